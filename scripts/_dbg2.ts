import { defaultKbPath, loadKnowledgeBase } from '../src/kb/store.js';
import { contentWords, findSpun, spunSpans } from '../src/stages/07-link/spin.js';

const kb = loadKnowledgeBase(defaultKbPath());
for (const s of process.argv.slice(2)) {
  const m = findSpun(kb, s, ['organization', 'event', 'location'], new Set());
  console.log(s, contentWords(s), contentWords(s, true), m?.entity.name, m?.swaps);
  console.log(
    '  spans',
    spunSpans(kb, `The ${s} met.`).map((x) => [x.start, x.end, x.match.entity.name]),
  );
}
