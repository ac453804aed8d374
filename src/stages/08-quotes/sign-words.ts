/**
 * The words of a sign, a banner or a placard are not speech, wherever the sign stands in
 * the sentence: `A sign outside a clinic in Midland reads ‘…’` (the sign is the subject,
 * with words between it and its verb) and `‘…,’ read a banner hung from the town hall`
 * (the verb and the sign after the quotation). scare-quotes.ts catches the sign noun right
 * before its verb ("Their banner read: …"); this module the two shapes it cannot see.
 */
import { SIGN_NOUNS, SIGN_VERBS } from './scare-quotes.js';

/** A sentence opening with a sign as its subject: the determiner, up to two modifiers, the noun. */
const SIGN_SUBJECT =
  /^[\s(]*(?:a|an|the|one|another|their|his|her|its|[\p{L}-]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s/iu;
/** The sign's verb ending the lead, maybe with a colon or a comma. */
const VERB_AT_END = /\s([\p{L}]+)\s*[:,]?\s*$/u;
/** After the quotation: the verb, then the sign ("read a banner", "said a placard"). */
const VERB_THEN_SIGN =
  /^[\s,.]*([\p{L}]+)\s+(?:a|an|the|one|another)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?=[\s,.;]|$)/u;

/** Is `lead` (the quotation's sentence up to it) "<a sign …> reads"? */
export function signBefore(lead: string): boolean {
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
