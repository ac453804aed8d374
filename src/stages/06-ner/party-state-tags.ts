/**
 * US legislators' party-and-state tags: "Sen. Ted Cruz, R-Texas, said", "Rep. Nancy Pelosi
 * (D-Calif.)", "Sen. Bernie Sanders, I-Vt.". The tagger reads the tag as one place named
 * "R-Texas", and the report listed "R-Texas", "R-Fla" and "I-Vt" among the places. The place
 * is the state; the letter before the hyphen is the party. The mention is narrowed to the
 * state as copy writes it, with the stop of an AP abbreviation ("Fla."), which the knowledge
 * base holds as the state's short name.
 */
import type { Mention } from '../../core/annotations.js';
import { US_STATE_BY_AP_ABBREVIATION, US_STATE_BY_CODE, US_STATES } from '../../kb/us-states.js';

const PARTY_INITIAL = /^[RDI]-/;

/** The end of the state in a tag's text after the party initial, or -1 if it is no state. */
function stateEnd(text: string, start: number, end: number): number {
  const written = text.slice(start, end);
  // Own keys only: `in` would also take "R-Constructor" for a state through the prototype.
  if (US_STATES.has(written) || Object.hasOwn(US_STATE_BY_CODE, written)) return end;
  if (Object.hasOwn(US_STATE_BY_AP_ABBREVIATION, written)) return end;
  if (text[end] === '.' && Object.hasOwn(US_STATE_BY_AP_ABBREVIATION, `${written}.`)) return end + 1;
  return -1;
}

/** Returns the mentions with every party-and-state tag narrowed to its state, typed a place. */
export function withPartyStateTags(text: string, mentions: readonly Mention[]): readonly Mention[] {
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.end - m.start < 4 || !PARTY_INITIAL.test(text.slice(m.start, m.start + 2))) continue;
    const end = stateEnd(text, m.start + 2, m.end);
    if (end < 0) continue;
    out ??= [...mentions];
    out[i] = { ...m, start: m.start + 2, end, type: 'location' };
  }
  return out ?? mentions;
}
