import { describe, it } from 'vitest';
import { describeCorpusStore } from '../../ports/corpus-store.case.js';
import { describeDocumentStore } from '../../ports/document-store.case.js';
import { announceSkip, freshPostgresStore, postgresTestUrl } from './test-database.js';

if (postgresTestUrl() === null) {
  announceSkip('DocumentStore conformance: postgres');
  describe.skip('DocumentStore conformance: postgres (no COPYDESK_TEST_PG_URL)', () => {
    it('needs a PostgreSQL server', () => {});
  });
} else {
  describeDocumentStore('postgres', freshPostgresStore);
  describeCorpusStore('postgres', freshPostgresStore);
}
