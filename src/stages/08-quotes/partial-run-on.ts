/**
 * Later quoted fragments of the same reported clause. In `Araqchi said the strikes were
 * “outrageous” and would have “everlasting consequences”` or `Nuñez described the theft as
 * “major” and said it was the work of a team that was “experienced” and “probably
 * foreign”`, the first fragment has the cue; the ones after it, joined by `and` and a verb
 * of the same subject, have none of their own and would be dropped as scare quotes. They
 * belong to the first fragment's partial quote, which runs on to the last of them. So do
 * the fragments of a second complement of its cue (`said it was “very bad” — or that the
 * Fed was “playing politics”`).
 */
import type { QuotedSpan } from './marks.js';
import { frameAfter } from './quote-frames.js';
import { innerText, type Unit } from './quote-units.js';
import type { ReferentIndex } from './referents.js';
import { commaTitle, looksLikeScareOrTitle, namesAWork, notSpeechBefore } from './scare-quotes.js';

/** The longest gap between two fragments of one clause. */
const GAP_MAX = 100;
/**
 * A gap that carries the same subject on: `and` (or `, and`) followed by the next mark or
 * by a lower-case word that is no determiner or pronoun opening a new subject (`and would
 * have`, `and said it was`, `and threatened to make Spain pay`; not `and the minister
 * called it`, `and Sánchez said`, `and he said`).
 */
const SAME_SUBJECT_GAP =
  /^,?\s+and\s+(?:$|(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|he|she|they|it|we|i|you|some|many|others?)\b)\p{Ll})/u;
/**
 * A gap that opens a second complement of the same cue: `and that` / `— or that` with a
 * clause after it (`said the talks had “stalled” and that Tehran reserved “all options”`).
 * Not the demonstrative `and that was …`, which is a new clause of its own.
 */
const SECOND_COMPLEMENT_GAP =
  /^(?:,?\s+and|,?\s+or|\s*[—–]\s*or)\s+that\s+(?!(?:is|was|were|are|will|would|has|had|could|should|may|might|means|meant|did|does|do)\b)\S/u;
/** Words that end a clause or open another speaker's: none may stand in a gap. */
const CLAUSE_BREAK = /[.?!;:]|\b(?:but|though|although|while|whereas|according)\b/u;

/**
 * How many of the units after `units[u]` (a partial quotation framed by the cue before it)
 * are later fragments of its clause within `[.., sentenceEnd)`: each single, after a
 * same-subject gap, short (a fragment that would otherwise be dropped as a scare quote), no
 * title or name of a work, and no attribution right after it.
 */
export function laterFragments(
  text: string,
  units: readonly Unit[],
  u: number,
  sentenceEnd: number,
  index: ReferentIndex,
): number {
  let count = 0;
  let end = units[u]!.span.end;
  for (let k = u + 1; k < units.length; k++) {
    const unit = units[k]!;
    if (unit.parts.length !== 1) break;
    const part = unit.parts[0]!;
    if (part.start >= sentenceEnd) break;
    const gap = text.slice(end, part.start);
    if (gap.length > GAP_MAX || CLAUSE_BREAK.test(gap) || /["“”«»„]/u.test(gap)) break;
    if (!SAME_SUBJECT_GAP.test(gap) && !SECOND_COMPLEMENT_GAP.test(gap)) break;
    // A longer quotation, or one ending in a sentence's punctuation, stands as a quote of
    // its own ("and said he was confident the IOC was “in very good hands”").
    if (!looksLikeScareOrTitle(text, part, end) || !isFragment(text, part, end)) break;
    const next = units[k + 1]?.span.start ?? sentenceEnd;
    if (frameAfter(text, part.end, Math.min(next, sentenceEnd), index)) break;
    count++;
    end = part.end;
  }
  return count;
}

/** A fragment of words said: no title, no name of a work, no sign or slogan. */
function isFragment(text: string, part: QuotedSpan, from: number): boolean {
  const lead = text.slice(Math.max(from, part.start - 60), part.start);
  return !notSpeechBefore(lead) && !namesAWork(lead, innerText(text, part)) && !commaTitle(text, part);
}
