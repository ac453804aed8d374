/**
 * `President Joe Biden, who had warned before landfall that the storm could be “…,” said`:
 * the relative pronoun is the subject of the speech verb inside the relative clause, and
 * it stands for the person named right before its comma. The quotation is that person's.
 */
import type { CueMatch } from './cues.js';
import type { ReferentIndex } from './referents.js';
import { mentionPhrase, occurrenceEndingAt, type SpeakerPhrase } from './speaker-phrase.js';

/** ", who", then auxiliaries or adverbs only, up to the cue. */
const WHO_BEFORE_CUE =
  /,\s*who\s+(?:(?:has|had|have|also|once|earlier|previously|repeatedly|publicly|later|had\s+long)\s+)*$/u;

/** The person a "who" right before `cue` stands for, or null. */
export function relativeWhoSubject(
  text: string,
  from: number,
  cue: CueMatch,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const lead = text.slice(from, cue.start);
  // Cheap test first: most leads hold no "who".
  if (!lead.includes('who')) return null;
  const m = WHO_BEFORE_CUE.exec(lead);
  if (!m) return null;
  const o = occurrenceEndingAt(index, from + m.index);
  return o !== undefined && o.referent.type === 'person' ? mentionPhrase(text, o) : null;
}
