/**
 * `Machado, who has been in hiding since …, dedicated the prize “to the suffering people of
 * Venezuela …”`, `Hamas welcomed the warrants as “an important step toward justice”`: a
 * partial quotation with no cue, in a sentence that opens with a name as its subject, is
 * that subject's words, not those of the speaker of the paragraph before.
 */
import type { Unit } from './quote-units.js';
import type { ReferentIndex } from './referents.js';
import { type ResolveContext, type Resolved, resolvedAs } from './resolve-context.js';
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
  // ("The Farmers Union welcomed …": an article may stand before the name.)
  const article = /^the\s+/iu.exec(text.slice(unit.span.start, unit.span.start + 5))?.[0].length ?? 0;
  const o = occurrenceStartingAt(index, unit.span.start + article);
  if (!o || (o.referent.type !== 'person' && o.referent.type !== 'organization')) return null;
  const opening = unit.span.start;
  if (!SENTENCE_OPENS.test(text.slice(Math.max(0, opening - 4), opening))) return null;
  if (!SUBJECT_GOES_ON.test(text.slice(o.end, o.end + 3))) return null;
  return resolvedAs(o.referent, o, 0.6);
}
