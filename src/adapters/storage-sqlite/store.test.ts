import { describeCorpusStore } from '../../ports/corpus-store.case.js';
import { describeDocumentStore } from '../../ports/document-store.case.js';
import { SqliteDocumentStore } from './store.js';

describeDocumentStore('sqlite', async (options) => SqliteDocumentStore.open(':memory:', options));
describeCorpusStore('sqlite', async () => SqliteDocumentStore.open(':memory:'));
