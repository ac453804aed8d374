/**
 * `FA chief executive Mark Bullingham said … The governing body said an interim appointment
 * would be made`: a sport's (or a profession's) governing body is the association,
 * federation or league named last before it.
 */
import type { Referent } from './referents.js';
import { countBefore, insideQuote, type ResolveContext } from './resolve-context.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** "the governing body", "the sport's governing body", "football's governing body". */
const GOVERNING_BODY = /^(?:the\s+)?(?:[\p{L}'’-]+\s+)?governing\s+body$/iu;

/** The words that name a governing body. */
const GOVERNING_NAME =
  /\b(?:association|federation|league|council|union|confederation|board|authority|committee)\b/iu;

/**
 * The organisation a "governing body" phrase stands for: the nearest one named before it,
 * outside quotations, in its paragraph or the two before, whose name says it governs; null
 * for any other phrase.
 */
export function governingBodyNamedBefore(phrase: SpeakerPhrase, context: ResolveContext): Referent | null {
  if (!GOVERNING_BODY.test(phrase.text)) return null;
  const paragraph = context.paragraphOf(phrase.start);
  const occurrences = context.index.occurrences;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (context.paragraphOf(o.start) < paragraph - 2) break;
    if (o.referent.type !== 'organization' || insideQuote(context.quoted, o.start)) continue;
    if (GOVERNING_NAME.test(o.referent.name)) return o.referent;
  }
  return null;
}
