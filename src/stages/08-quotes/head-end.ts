/**
 * The end of a speaker head ("Netanyahu's office", "one of them, who …,", "he", "U.S.
 * officials", "Anna Berg"), read once for the end-anchored rules of `phraseEndingAt`
 * (speaker-before-cue.ts).
 *
 * Why one reading: each of those rules needs the head to end in a word of its own — a
 * possessive's noun ("'s office"), a pronoun, "them"/"those", a quantifier, a role noun, a
 * capitalised name — and each asked the head's end with a scan or a character test of its
 * own, then ran its pattern (anchored at the end, so tried from every position) whenever
 * the last letter allowed it: a head ending in "e", "t" or "y" ran the pronoun pattern, one
 * ending in "s" or "n" the possessive's. Here the head's last runs are read once, and the
 * last word decides, by one look-up in {@link END_RULES}, which of the word rules may run.
 */
import { isAsciiLetterCode, isLetterOrHyphen, isNameChar, suffixStart } from './speaker-phrase.js';

/** The rules of `phraseEndingAt` that only a head ending in one of their words can match. */
export const END_RULE = {
  /** `POSSESSIVE_OF`: "Netanyahu's office", "the minister's press secretary". */
  possessive: 1,
  /** `TRAILING_PRONOUN`: "he", "and she". */
  pronoun: 2,
  /** `PARTITIVE_END`: "one of them", "two of those". */
  partitive: 4,
  /** `QUANTIFIER_END`: "many", "Some". */
  quantifier: 8,
} as const;

/** The last words of `POSSESSIVE_OF`'s nouns ("press office" ends in "office"). */
export const POSSESSIVE_NOUN_ENDS: readonly string[] =
  'office workplace campaign team spokesman spokeswoman spokesperson government aides ministry administration secretary camp representative representatives statement staff'.split(
    ' ',
  );
/** The words `TRAILING_PRONOUN` ends in. */
export const PRONOUN_ENDS: readonly string[] = ['he', 'she', 'they', 'we', 'i', 'it'];
/** The quantifiers `QUANTIFIER_END` ends in ("many say", "Some said"). */
export const QUANTIFIER_ENDS: readonly string[] = ['many', 'some', 'most', 'others', 'several'];

/** For each lower-case last word, the {@link END_RULE} bits of the rules that may match (made once). */
const END_RULES: ReadonlyMap<string, number> = (() => {
  const rules = new Map<string, number>();
  const add = (words: Iterable<string>, rule: number) => {
    for (const w of words) rules.set(w, (rules.get(w) ?? 0) | rule);
  };
  add(POSSESSIVE_NOUN_ENDS, END_RULE.possessive);
  add(PRONOUN_ENDS, END_RULE.pronoun);
  add(['them', 'those'], END_RULE.partitive);
  add(QUANTIFIER_ENDS, END_RULE.quantifier);
  return rules;
})();

/** The end of a head, as `phraseEndingAt`'s rules read it. */
export class HeadEnd {
  /** The head's last run of ASCII letters, lower-cased ('' when another character ends it). */
  readonly letters: string;
  /**
   * Whether a character outside ASCII ends the head or stands right before {@link letters}
   * ("ſhe", "İt", "aideſ"): the possessive and pronoun patterns, case-insensitive, may then
   * read it as one of their letters, so they are left to decide.
   */
  readonly foreign: boolean;
  /** The {@link END_RULE} bits of the rules the last word allows. */
  private readonly rules: number;
  private nameStartValue = -1;

  constructor(readonly head: string) {
    const start = suffixStart(head, isAsciiLetterCode);
    this.letters = head.slice(start).toLowerCase();
    this.foreign = head.charCodeAt(start - 1) >= 128;
    this.rules = END_RULES.get(this.letters) ?? 0;
  }

  /** May the rule `rule` ({@link END_RULE}) match the head? (Its pattern decides.) */
  allows(rule: number): boolean {
    return (this.rules & rule) !== 0;
  }

  /** May `POSSESSIVE_OF` match? Its noun ends the head (or a character outside ASCII may stand for a letter of it). */
  mayBePossessive(): boolean {
    return this.foreign || this.allows(END_RULE.possessive);
  }

  /** May `TRAILING_PRONOUN` match? A pronoun ends the head (or a character outside ASCII may stand for a letter of it). */
  mayBePronoun(): boolean {
    return this.foreign || this.allows(END_RULE.pronoun);
  }

  /** Where the head's last run of name characters (`[\p{L}'’.-]`) starts. */
  get nameStart(): number {
    if (this.nameStartValue < 0) this.nameStartValue = suffixStart(this.head, isNameChar);
    return this.nameStartValue;
  }

  /** The head's last run of name characters (`[\p{L}'’.-]`): a name's last word, as written. */
  get nameTail(): string {
    return this.head.slice(this.nameStart);
  }

  /** The head's last run of `[\p{L}-]`, lower-cased: the word a bare plural ("officials") ends in. */
  get word(): string {
    return this.head.slice(suffixStart(this.head, isLetterOrHyphen)).toLowerCase();
  }
}
