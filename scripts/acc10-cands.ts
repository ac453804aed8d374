import type { EntityType } from '../src/core/index.js';
import { activeKbPath, loadKnowledgeBase } from '../src/kb/store.js';
import { CandidateSearch, NAMES_AND_ALIASES, queryKeys } from '../src/stages/07-link/candidate-search.js';

const kb = loadKnowledgeBase(activeKbPath());
const type = (process.argv[2] ?? 'person') as EntityType;
for (const s of process.argv.slice(3)) {
  const cs = new CandidateSearch(kb, false);
  const c = cs.candidates(s, type, NAMES_AND_ALIASES, 0.4);
  console.log(s, queryKeys(s).join(','));
  for (const x of c.slice(0, 4))
    console.log(
      '   ',
      x.entity.name,
      x.entity.prominence,
      x.sim.toFixed(3),
      x.surnameSim.toFixed(3),
      x.givenSim.toFixed(3),
    );
}
