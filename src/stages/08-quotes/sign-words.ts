/**
 * The words of a sign, a banner or a placard are not speech, wherever the sign stands in
 * the sentence: `A sign outside a clinic in Midland reads ‘…’` (the sign is the subject,
 * with words between it and its verb) and `‘…,’ read a banner hung from the town hall`
 * (the verb and the sign after the quotation). scare-quotes.ts catches the sign noun right
 * before its verb ("Their banner read: …"); this module the two shapes it cannot see.
 */
import { isAsciiLetter, isSpaceAt } from './reported-words.js';
import { SIGN_NOUNS, SIGN_VERBS } from './scare-quotes.js';

/** A sentence opening with a sign as its subject: the determiner, up to two modifiers, the noun. */
const SIGN_SUBJECT =
  /^[\s(]*(?:a|an|the|one|another|their|his|her|its|[\p{L}-]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s/iu;
/** The sign's verb ending the lead, maybe with a colon or a comma. */
export const VERB_AT_END = /\s([\p{L}]+)\s*[:,]?\s*$/u;
/** After the quotation: the verb, then the sign ("read a banner", "said a placard"). */
const VERB_THEN_SIGN =
  /^[\s,.]*([\p{L}]+)\s+(?:a|an|the|one|another)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?=[\s,.;]|$)/u;

/**
 * Could {@link VERB_AT_END} find a verb of {@link SIGN_VERBS} in `lead`? Its verb is the last
 * run of letters, with only spaces and one colon or comma after it. Read from the end by
 * hand: that run, when it is ASCII letters after an ASCII character, is the pattern's verb,
 * and it must be a sign's verb. (The pattern, anchored at the end, is tried from every space
 * of the lead, and the lead is read before every quotation.) Other characters are left to
 * the pattern.
 */
export function mayEndInSignVerb(lead: string): boolean {
  let e = lead.length;
  while (e > 0 && isSpaceAt(lead, e - 1)) e--;
  const mark = lead.charCodeAt(e - 1);
  if (mark === 58 || mark === 44) {
    e--;
    while (e > 0 && isSpaceAt(lead, e - 1)) e--;
  }
  let b = e;
  while (b > 0 && isAsciiLetter(lead.charCodeAt(b - 1))) b--;
  // A letter outside ASCII ends or opens the run: the pattern decides.
  if ((b === e && lead.charCodeAt(e - 1) >= 128) || lead.charCodeAt(b - 1) >= 128) return true;
  return b < e && SIGN_VERBS.has(lead.slice(b, e).toLowerCase());
}

/** Is `lead` (the quotation's sentence up to it) "<a sign …> reads"? */
export function signBefore(lead: string): boolean {
  if (!mayEndInSignVerb(lead)) return false;
  const verb = VERB_AT_END.exec(lead);
  if (!verb || !SIGN_VERBS.has(verb[1]!.toLowerCase())) return false;
  const subject = SIGN_SUBJECT.exec(lead);
  return (
    subject !== null &&
    subject.index + subject[0].length <= verb.index + 1 &&
    SIGN_NOUNS.has(subject[1]!.toLowerCase())
  );
}

/** Does `tail` (the text right after the quotation) give it to a sign ("read a banner")? */
export function signAfter(tail: string): boolean {
  const m = VERB_THEN_SIGN.exec(tail);
  return m !== null && SIGN_VERBS.has(m[1]!.toLowerCase()) && SIGN_NOUNS.has(m[2]!.toLowerCase());
}
