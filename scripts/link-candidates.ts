/**
 * The sound-alike candidates of the default KB for surfaces, best first, with their whole-name,
 * surname and given-name similarity and prominence — to see why a mangled name is or is not a
 * candidate before any evidence is weighed.
 *
 *   npx tsx scripts/link-candidates.ts person "Mark Carni" "Andjey Duda"
 *   npx tsx scripts/link-candidates.ts location Harkov
 */
import type { EntityType } from '../src/core/index.js';
import { activeKbPath, loadKnowledgeBase } from '../src/kb/store.js';
import { CandidateSearch, NAMES_AND_ALIASES, queryKeys } from '../src/stages/07-link/candidate-search.js';

const TYPES: readonly string[] = ['person', 'organization', 'location', 'event', 'misc'];
const [type, ...surfaces] = process.argv.slice(2);
if (!type || !TYPES.includes(type) || surfaces.length === 0) {
  process.stderr.write(`usage: link-candidates.ts <${TYPES.join('|')}> SURFACE…\n`);
  process.exit(2);
}
// A reader that stops early (`| head`) ends the listing quietly.
process.stdout.on('error', () => process.exit(0));
const kb = loadKnowledgeBase(activeKbPath());
for (const surface of surfaces) {
  const found = new CandidateSearch(kb, false).candidates(
    surface,
    type as EntityType,
    NAMES_AND_ALIASES,
    0.4,
  );
  process.stdout.write(`${surface}  keys ${queryKeys(surface).join(',')}\n`);
  for (const c of found.slice(0, 5))
    process.stdout.write(
      `  ${c.entity.name} (prominence ${c.entity.prominence}) ${c.sim.toFixed(3)} surname ${c.surnameSim.toFixed(3)} given ${c.givenSim.toFixed(3)}\n`,
    );
}
