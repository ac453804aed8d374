/**
 * `According to S&P Global, the strike cost …`: the tagger found "S&P" and not the word
 * after it. After "according to", a source's name runs on over capitalised words to the
 * comma (or the sentence's end) that closes the attribution.
 */
import type { SpeakerPhrase } from './speaker-phrase.js';

/** Capitalised words, then the attribution's comma or the sentence's end. */
const NAME_TO_COMMA = /^((?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){1,3})(?=\s*(?:[,;]|\.?\s*$))/u;
/** After a body "of" a portfolio: "and", then capitalised words to the comma or the end. */
const PORTFOLIO_TO_COMMA = /^((?:\s+(?:and|&))?(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){1,3})(?=\s*(?:[,;]|\.?\s*$))/u;
/** Days and months: a time after the source, not its name. */
const CALENDAR =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/**
 * The source mention `phrase` widened over the capitalised words that follow it up to the
 * comma, as a name; the phrase itself when none follow. `to` bounds the sentence.
 */
export function sourceToComma(text: string, phrase: SpeakerPhrase, to: number): SpeakerPhrase {
  if (phrase.kind !== 'mention') return phrase;
  // "the California Department of Forestry and Fire Protection": a body "of" a portfolio
  // may name a second one after "and".
  const pattern = phrase.text.includes(' of ') ? PORTFOLIO_TO_COMMA : NAME_TO_COMMA;
  const m = pattern.exec(text.slice(phrase.end, Math.min(to, phrase.end + 60)));
  if (!m || CALENDAR.test(m[1]!)) return phrase;
  // The sentence's full stop ends the name ("… and Fire Protection."), an initial's keeps it.
  const name = /\p{L}{3}\.$/u.test(m[1]!) ? m[1]!.slice(0, -1) : m[1]!;
  const end = phrase.end + name.length;
  return { start: phrase.start, end, kind: 'name', referent: null, text: text.slice(phrase.start, end) };
}
