/**
 * Roman numerals of regnal names ("Charles III", "Leo XIV", "John XXIII"): one pattern for every
 * reader of them, so the spans, the context reading and the exact names agree on what a regnal
 * number is. I to XXXIX: no monarch or pope of the news goes higher, and a wider pattern would
 * take "XL" sizes and "MCM" dates. Also the number written with a mention (the context's
 * `regnal`) and the veto it gives: "Elizabeth I's locket" is not Elizabeth II.
 */
import type { Span } from '../../core/span.js';
import type { KbEntity } from '../../kb/model.js';
import type { MentionContext } from './context.js';
import { REGNAL_ORDINAL_WORDS, romanNumeral } from './name-glosses.js';

/** A Roman numeral from I to XXXIX, as a pattern source; it also matches the empty string. */
const NUMERAL = 'X{0,3}(?:IX|IV|V?I{0,3})';

/** A regnal numeral of one letter or more, as a pattern source. */
export const REGNAL_NUMERAL = `(?=[IVX])${NUMERAL}`;

/** A space and a regnal numeral as a word of its own after a name, then up to three characters. */
const NUMERAL_AFTER = new RegExp(`^ (${REGNAL_NUMERAL})(?![\\p{L}\\p{N}])(.{0,3})`, 'u');

/** A regnal numeral standing after the name that ends at `end`: the numeral and what follows it. */
export function regnalNumeralAt(
  text: string,
  end: number,
): { numeral: string; length: number; after: string } | null {
  const m = NUMERAL_AFTER.exec(text.slice(end, end + 12));
  if (!m) return null;
  return { numeral: m[1]!, length: 1 + m[1]!.length, after: m[2] ?? '' };
}

/**
 * The regnal number written with a mention: the numeral the mention itself ends with
 * ("Charles I was painted …"), else one right after it ("Elizabeth I's locket"), or null.
 */
export function regnalNumberWith(text: string, span: Span): string | null {
  return regnalEnding(text, span) ?? regnalAfter(text, span);
}

/**
 * The Roman numeral of a regnal name right after a mention ("Elizabeth I's", "Henry VIII,"),
 * or null. A lone "I" counts before a possessive or punctuation, or after a title of reign
 * ("King Charles I was executed"): else it is the pronoun ("after meeting Charles I was …").
 */
function regnalAfter(text: string, span: Span): string | null {
  const m = regnalNumeralAt(text, span.end);
  if (!m) return ordinalAfter(text, span.end);
  if (
    m.numeral === 'I' &&
    !/^(?:['’]s\b|[,.;:)])/.test(m.after) &&
    !(reignTitleBefore(text, span) && !PRONOUN_VERB_AFTER.test(text.slice(span.end + 2, span.end + 14)))
  )
    return null;
  return m.numeral;
}

/**
 * " the First", " the Fourteenth": a regnal number in words right after the name ("the
 * execution of King Charles the First"), capitalised as in a name, as its Roman numeral.
 */
const ORDINAL_AFTER = new RegExp(
  `^ the (${REGNAL_ORDINAL_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/** The regnal number written in words right after the name ending at `end`, as a numeral, or null. */
function ordinalAfter(text: string, end: number): string | null {
  // (A five-character test first: most names are followed by no "the".)
  if (text.slice(end, end + 5) !== ' the ') return null;
  const word = ORDINAL_AFTER.exec(text.slice(end, end + 18))?.[1];
  return word ? romanNumeral(REGNAL_ORDINAL_WORDS.indexOf(word.toLowerCase()) + 1) : null;
}

/** A verb the pronoun "I" takes right after it: "Queen Elizabeth I think was the finest". */
const PRONOUN_VERB_AFTER =
  /^\s*(?:am|think|believe|guess|know|mean|suppose|reckon|feel|felt|say|said|have|had|do|did|will|would|can|could|must|met|saw|['’](?:m|ve|d|ll))\b/;

/** A title of reign heading the mention or right before it, then one name word: "King Charles". */
const REIGN_TITLED =
  /\b(?:King|Queen|Pope|Emperor|Empress|Tsar|Tsarina|Czar|Kaiser|Sultan)\s+\p{Lu}\p{Ll}+$/u;
function reignTitleBefore(text: string, span: Span): boolean {
  return REIGN_TITLED.test(text.slice(Math.max(0, span.start - 12), span.end));
}
/**
 * "Charles I was painted …": the Roman numeral the mention itself ends with, the tagger having
 * taken it into the name, or null. After a name word only: a lone "I" is no mention.
 */
function regnalEnding(text: string, span: Span): string | null {
  return REGNAL_ENDING.exec(text.slice(span.start, span.end))?.[1] ?? null;
}
const REGNAL_ENDING = new RegExp(
  `^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*\\s+(${REGNAL_NUMERAL})$`,
  'u',
);

/** True when `name` ends in the regnal number `numeral` ("Elizabeth II", "II"). */
function hasRegnalNumber(name: string, numeral: string): boolean {
  return name.endsWith(` ${numeral}`);
}

/**
 * "Queen Elizabeth I's locket" is not Elizabeth II, "Charles II, the Merry Monarch" not Charles
 * III: a regnal number written with the name that none of the candidate's names ends with is
 * another monarch or pope, whatever title stands next to it (the numeral), else null.
 */
export function otherRegnalNumber(context: MentionContext, candidate: KbEntity): string | null {
  const regnal = context.regnal;
  if (!regnal) return null;
  const ownNumber =
    hasRegnalNumber(candidate.name, regnal) || candidate.names.some((n) => hasRegnalNumber(n.text, regnal));
  return ownNumber ? null : regnal;
}
