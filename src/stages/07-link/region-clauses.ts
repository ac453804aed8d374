/**
 * Where the capitalised name after "Town, " is not the town's address. "After talks in
 * Jeddah, Ukraine said it was ready": the comma closes an opening phrase and the country is
 * the subject of the next clause, not the region Jeddah lies in. And "Houston, a village in
 * Renfrewshire, Scotland": an apposition's county the KB does not know is placed in turn by
 * the name after it, which says the town is abroad.
 */
import { US_STATES } from '../../kb/us-states.js';

/**
 * Verbs a country's name governs as a subject in copy: speech, modal and auxiliary verbs,
 * the acts of governments.
 */
const SUBJECT_VERB =
  /^\s+(?:said|says|told|has|have|had|is|was|were|will|would|could|can|may|might|must|should|did|does|agreed|accepted|announced|rejected|warned|insisted|denied|welcomed|confirmed|urged|signed|responded|offered|proposed|demanded|refused|pledged|vowed|hopes|wants|plans)\b/;

/**
 * Whether the region name after a town's comma begins a new clause: a verb follows it
 * directly ("in Jeddah, Ukraine said …"). Not for a US state: "police in Paris, Texas said"
 * is an address the writer did not close with a second comma.
 */
export function regionIsSubject(region: string, afterRegion: string): boolean {
  return !US_STATES.has(region) && SUBJECT_VERB.test(afterRegion);
}

/** ", Scotland" after an apposition's region: the name that places the region in turn. */
const OUTER_REGION = /^,\s+(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)/u;

/**
 * The name after the apposition's region ("a village in Renfrewshire, Scotland": Scotland),
 * unless it starts a list, or null.
 */
export function outerRegion(afterRegion: string): string | null {
  const m = OUTER_REGION.exec(afterRegion);
  if (!m) return null;
  return /^\s*(?:and|or)\b/.test(afterRegion.slice(m[0].length)) ? null : m[1]!;
}
