/**
 * `Machado, who has been in hiding since …, dedicated the prize “to the suffering people of
 * Venezuela …”`, `Hamas welcomed the warrants as “an important step toward justice”`: a
 * partial quotation with no cue, in a sentence that opens with a name as its subject, is
 * that subject's words, not those of the speaker of the paragraph before.
 */
import type { Unit } from './quote-units.js';
import type { ReferentIndex } from './referents.js';
import { type ResolveContext, type Resolved, resolvedAs } from './resolve-context.js';
import { resolvePronoun } from './resolve-pronouns.js';
import { occurrenceStartingAt } from './speaker-phrase.js';

/** Before the name: the text's start, a line break, or a sentence's end. */
const SENTENCE_OPENS = /(?:^|\n|[.!?][”"’]?\s+)$/u;
/** After the name: its verb (a lower-case word) or an appositive's comma, no possessive. */
const SUBJECT_GOES_ON = /^(?:,|\s+\p{Ll})/u;

/**
 * The person or organisation that opens the sentence of a cue-less partial quotation
 * (whose span starts at its sentence), as its speaker; null otherwise.
 */
export function partialSubject(unit: Unit, context: ResolveContext, index: ReferentIndex): Resolved | null {
  if (unit.kind !== 'partial') return null;
  const { text } = context;
  const opening = unit.span.start;
  if (!SENTENCE_OPENS.test(text.slice(Math.max(0, opening - 4), opening))) return null;
  // ("Later in the day Machado dedicated …": a time adverb may open the sentence.)
  const c = text.charCodeAt(opening);
  const lead =
    c === 76 || c === 69 ? (TIME_LEAD.exec(text.slice(opening, opening + 40))?.[0].length ?? 0) : 0;
  // ("The Farmers Union welcomed …": an article may stand before the name.)
  const article = /^the\s+/iu.exec(text.slice(opening + lead, opening + lead + 5))?.[0].length ?? 0;
  const o = occurrenceStartingAt(index, opening + lead + article);
  if (!o) return pronounSubject(unit, context);
  if (o.referent.type !== 'person' && o.referent.type !== 'organization') return null;
  if (!SUBJECT_GOES_ON.test(text.slice(o.end, o.end + 3))) return null;
  return resolvedAs(o.referent, o, 0.6);
}

/** "Later ", "Earlier in the day, ": a time adverb before a sentence's subject. */
const TIME_LEAD =
  /^(?:Later|Earlier)(?:\s+(?:in|on)\s+the\s+(?:day|week|evening|morning|afternoon|night))?,?\s+/u;

/** "Later she …", "He …": a subject pronoun opening the sentence, perhaps after a time adverb. */
const PRONOUN_OPENING =
  /^(?:(?:Later|Earlier|Then|Afterwards|Separately|Meanwhile),?\s+(he|she)|(He|She))\s+\p{Ll}/u;

/**
 * `Later she dedicated the award to “the suffering people of Venezuela”`: a sentence opened
 * by "he" or "she" gives its partial quotation to whom the pronoun stands for.
 */
function pronounSubject(unit: Unit, context: ResolveContext): Resolved | null {
  const start = unit.span.start;
  const m = PRONOUN_OPENING.exec(context.text.slice(start, start + 24));
  if (!m) return null;
  const pronoun = (m[1] ?? m[2])!;
  const at = start + m[0].length - pronoun.length - 2;
  return resolvePronoun(
    { start: at, end: at + pronoun.length, kind: 'pronoun', referent: null, text: pronoun.toLowerCase() },
    context,
  );
}
