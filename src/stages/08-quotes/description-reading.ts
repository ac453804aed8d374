/**
 * One reading of a definite or indefinite description ("the founder of Wind Shift Capital",
 * "its chief executive", "A spokesman"): its lower-case words, the word it opens with and its
 * head noun, made once per description and read by every rule of `resolveDescription`.
 *
 * Why one pass: the rules after the fixed phrases ("the statement", "the group", "the
 * agency") each re-read the phrase from its start with a pattern of their own — whether it
 * opens with "the" (four rules), with "its" or "their" (two), with "a" or "an", with a
 * determiner — and the head noun was split out inline. `resolveDescription` runs about twice
 * per article, so each of those patterns ran cold; the reading lower-cases and splits the
 * phrase once, and each rule compares a word.
 */
import { isHeadlineTitle } from './resolve-description-words.js';
import { HEAD_PREPOSITIONS } from './speaker-phrase.js';

/**
 * Prepositions that end a description's head: "a spokesperson [for] the ministry". Those of
 * {@link HEAD_PREPOSITIONS} but "by": the resolver's patterns this reading replaced never ended
 * a head there.
 */
const HEAD_ENDING_PREPOSITIONS: ReadonlySet<string> = new Set(
  [...HEAD_PREPOSITIONS].filter((w) => w !== 'by'),
);

/** Opening words of a definite description (a headline's title is one too: {@link isHeadlineTitle}). */
const DEFINITE_OPENINGS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its']);

export class DescriptionReading {
  /** The phrase lower-cased. */
  readonly lower: string;
  /** Its words: `lower` split at runs of whitespace (an empty first word when it opens with one). */
  readonly words: readonly string[];
  /**
   * The word the phrase opens with, lower-cased, when whitespace follows it (what `/^word\s/i`
   * tests); '' when the phrase is one word or opens with whitespace.
   */
  readonly opening: string;
  /**
   * {@link opening} with "ſ" read as "s", as a case-insensitive Unicode pattern reads it
   * (`/^its\s/iu` holds for "itſ "): lower-casing keeps "ſ", and it is the only character
   * outside ASCII that such a pattern folds to an ASCII letter and lower-casing does not
   * (the Kelvin sign lower-cases to "k"; "İ" folds to no ASCII letter).
   */
  private readonly openingFolded: string;
  /** Where the first preposition stands in {@link words} (never the first word), or -1. */
  readonly prep: number;
  /** The head noun: the word before the first preposition, else the last, without a possessive "'s". */
  readonly head: string | undefined;
  /** Opens with "the", "his", "her", "their" or "its", or is a headline's title ("IMF chief"). */
  readonly definite: boolean;

  constructor(readonly text: string) {
    this.lower = text.toLowerCase();
    const words = this.lower.split(/\s+/);
    this.words = words;
    this.opening = words.length > 1 ? words[0]! : '';
    this.openingFolded = this.opening.includes('ſ') ? this.opening.replaceAll('ſ', 's') : this.opening;
    this.prep = words.findIndex((w, i) => i > 0 && HEAD_ENDING_PREPOSITIONS.has(w));
    this.head = (this.prep > 0 ? words[this.prep - 1] : words[words.length - 1])?.replace(/['’]s$/u, '');
    // (A pattern without the Unicode flag folds no character outside ASCII: "hiſ" is no "his".)
    this.definite = DEFINITE_OPENINGS.has(this.opening) || isHeadlineTitle(text);
  }

  /** Does the phrase open with one of `words` and whitespace, in any case (as `/^(?:a|an)\s/iu` tests)? */
  opensWith(...words: readonly string[]): boolean {
    return words.includes(this.openingFolded);
  }
}
