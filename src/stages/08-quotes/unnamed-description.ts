/**
 * Descriptions that name no one, whatever person their words might fit:
 *
 * - `“…,” said the founder of a crypto hedge fund, who asked not to be named`: a speaker
 *   who withholds their name is unnamed (not the KB's founder of another company, nor a
 *   minister named earlier).
 * - `According to the people familiar with the matter, …`: a plural description is a
 *   group, never the one person the passage is about.
 */
import { isPluralSpeakerNoun } from './speaker-phrase.js';

/** Right after the speaker's phrase: a clause saying the name is withheld. */
const WITHHELD =
  /^,?\s+(?:who\s+(?:(?:asked|requested|declined|refused|did\s+not\s+want|didn['’]t\s+want)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|(?:declined|refused)\s+to\s+give\s+(?:his|her|their)\s+(?:full\s+)?name|spoke\s+(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously))|(?:speaking\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity)\b/iu;

/** Does a clause withholding the speaker's name follow the phrase ending at `end`? */
export function nameWithheldAfter(text: string, end: number): boolean {
  return WITHHELD.test(text.slice(end, end + 90));
}

/** "the people familiar with …", "the officials", "the sources close to …": the head after "the" is plural. */
export function isPluralDescription(phrase: string): boolean {
  const m = /^the\s+([\p{Ll}-]+)(?:\s|$)/u.exec(phrase);
  return m !== null && isPluralSpeakerNoun(m[1]!);
}

/** Does the description (its words, and the text after it ending at `end`) name no one person? */
export function namesNoOne(text: string, phrase: string, end: number): boolean {
  return isPluralDescription(phrase) || nameWithheldAfter(text, end);
}
