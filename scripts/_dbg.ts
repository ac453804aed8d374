import { defaultKbPath, loadKnowledgeBase } from '../src/kb/store.js';
import { contentWords, findSpun } from '../src/stages/07-link/spin.js';

const kb = loadKnowledgeBase(defaultKbPath());
for (const s of process.argv.slice(2))
  console.log(
    s,
    contentWords(s),
    contentWords(s, true),
    JSON.stringify(findSpun(kb, s, ['organization', 'event', 'location'], new Set(['KR']))?.swaps),
    findSpun(kb, s, ['organization', 'event', 'location'], new Set(['KR']))?.entity.name,
  );
