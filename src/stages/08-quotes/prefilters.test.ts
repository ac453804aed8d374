/**
 * The stage's cheap pre-filters against the slower tests they stand in front of: each
 * may only say "no" where the slow test says no. Run over every sentence of the quotes
 * eval sets (test/eval/quotes-*.jsonl) and over made-up strings with the characters that
 * case-fold or lower-case oddly (ſ, the Kelvin sign, İ).
 */
import { describe, expect, it } from 'vitest';
import { quoteEvalTexts } from '../../../test/helpers/eval-texts.js';
import {
  cuesIn,
  endsAsParticiple,
  endsAsPossessive,
  lengthsByOpening,
  mayBeIn,
  type Word,
  wordsIn,
} from './cues.js';
import { HeadEnd } from './head-end.js';
import {
  CORE_VERB_FORMS,
  hasAgentEnding,
  isPersonNoun,
  isRoleNoun,
  NOT_SPEECH_BEFORE,
  PARTIAL_VERB_FORMS,
  PERSON_ROLE_NOUNS,
  SPEECH_VERB_FORMS,
} from './lexicon.js';
import { onlySpacesOrColonEnd } from './quote-frames.js';
import { endsInPunctuation } from './quote-units.js';
import { singleSpaced } from './resolve-context.js';
import { endsWithOffice, OFFICE_OF } from './resolve-organisations.js';
import { notSpeechBefore, SIGN_VERBS } from './scare-quotes.js';
import { mayEndInSignVerb, VERB_AT_END } from './sign-words.js';
import {
  endsInTitle,
  inPrepositionalPhrase,
  mayEndInCapitalised,
  PLACE_AFTER_NAME,
  POSSESSIVE_OF,
  PREPOSITION_BEFORE_NAME,
  TITLE_BEFORE,
  TRAILING_PRONOUN,
} from './speaker-before-cue.js';

/** Sentence-like stretches of `text`: cut after . ? ! and a space, and at newlines. */
function stretches(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.?!]["”’]?\s+|\n+/gu)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** A deterministic generator of strings over `alphabet` (a linear congruential sequence). */
function* randomStrings(alphabet: readonly string[], count: number, maxLength: number): Generator<string> {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  for (let n = 0; n < count; n++) {
    const length = next() % (maxLength + 1);
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[next() % alphabet.length];
    yield s;
  }
}

/** Case variants of `word`, and the same with "s" as "ſ" and "k" as the Kelvin sign. */
function variants(word: string): string[] {
  const upper = word.toUpperCase();
  const title = word[0]!.toUpperCase() + word.slice(1);
  return [
    word,
    upper,
    title,
    word.replaceAll('s', 'ſ'),
    word.replaceAll('k', '\u212a'),
    word.replaceAll('i', 'İ'),
  ];
}

const TEXTS = quoteEvalTexts();

describe('quotes pre-filters', () => {
  it('reads enough eval text to mean something', () => {
    expect(TEXTS.length).toBeGreaterThan(300);
  });

  it('mayBeIn never rules out a word whose lower-case form is in the table', () => {
    const words = ['according', ...SPEECH_VERB_FORMS.keys(), ...PARTIAL_VERB_FORMS.keys(), 'shot', 'fired'];
    const table = lengthsByOpening(words);
    const set = new Set(words);
    const check = (w: string) => {
      if (set.has(w.toLowerCase())) expect(mayBeIn(table, w, 0, w.length), w).toBe(true);
    };
    let ruledOut = 0;
    for (const word of words) for (const v of variants(word)) check(v);
    for (const text of TEXTS)
      for (const w of wordsIn(text, 0, text.length)) {
        check(text.slice(w.start, w.end));
        if (!mayBeIn(table, text, w.start, w.end)) ruledOut++;
      }
    // It does rule words out (or it would be no pre-filter).
    expect(ruledOut).toBeGreaterThan(10_000);
  });

  it('lengthsByOpening refuses words it cannot key', () => {
    expect(() => lengthsByOpening(['Said'])).toThrow(/lower-case ASCII/u);
    expect(() => lengthsByOpening(['a'])).toThrow(/lower-case ASCII/u);
    expect(() => lengthsByOpening(['ſaid'])).toThrow(/lower-case ASCII/u);
  });

  it('cues read through the pre-filter are the cues read without it', () => {
    // Plain word objects (not the scanner's) take cueAt's slow path: every word lower-cased.
    const plain = (ws: readonly Word[]): Word[] =>
      ws.map((w) => ({ start: w.start, end: w.end, lower: w.lower, capitalized: w.capitalized }));
    const made = [...CORE_VERB_FORMS.keys()].flatMap(variants);
    let cues = 0;
    for (const text of [made.join(' '), ...TEXTS]) {
      const fast = cuesIn(wordsIn(text, 0, text.length));
      expect(fast).toEqual(cuesIn(plain(wordsIn(text, 0, text.length))));
      cues += fast.length;
    }
    expect(cues).toBeGreaterThan(1000);
  });

  it('endsWithOffice says no only where the office pattern cannot match', () => {
    const made = [
      "Benjamin Netanyahu's office",
      'the minister’s press  office ',
      "Berg's OFFICE",
      "Berg's office\u00a0",
      'the office of the mayor',
      'office',
    ];
    const alphabet = [
      'o',
      'f',
      'i',
      'c',
      'e',
      'O',
      'F',
      'I',
      'C',
      'E',
      "'",
      '’',
      's',
      ' ',
      '\u00a0',
      'ſ',
      'İ',
      'x',
    ];
    for (const s of [...made, ...randomStrings(alphabet, 20_000, 16)]) {
      if (OFFICE_OF.test(s.replace(/\s+/gu, ' ').trim())) expect(endsWithOffice(s), s).toBe(true);
    }
    expect(endsWithOffice(made[4]!)).toBe(false);
    expect(endsWithOffice(made[2]!)).toBe(true);
  });

  it('onlySpacesOrColonEnd is the two patterns it replaces', () => {
    const alphabet = [' ', '\t', '\n', '\u00a0', '\u2003', ':', ',', 'a', 'Z', '“', '\ufeff'];
    const slow = (lead: string) => /^[\s]*$/u.test(lead) || /[:]\s*$/u.test(lead);
    for (const s of randomStrings(alphabet, 20_000, 8))
      expect(onlySpacesOrColonEnd(s), JSON.stringify(s)).toBe(slow(s));
    for (const text of TEXTS.slice(0, 200))
      for (const s of stretches(text)) {
        const lead = text.slice(s.start, Math.min(s.end, s.start + 40));
        expect(onlySpacesOrColonEnd(lead)).toBe(slow(lead));
      }
  });

  it('the end-anchored speaker patterns are tried on every head they can match', () => {
    const made = [
      "Netanyahu's office",
      "the minister's PRESS OFFICE",
      "Berg's aideſ",
      "the party's representatives",
      'she',
      'and SHE',
      'ſhe',
      'Berg, 54,',
      'it',
      'a spokesman for the ministry',
      'Kevin Oduya in Atlanta',
      'Rick Sandoval, 52, of Tulare County',
      'Julie Tremblay of the Desjardins',
      'Anna Berg of \u{1d400}thens',
      'Anna Berg of A\u{1d41a}hens',
      'Anna Berg from Zürich-Ost',
      'Anna Berg in Ölbronn',
      'Anna Berg in the U.S.',
    ];
    const heads = [...made];
    for (const text of TEXTS.slice(0, 300))
      for (const w of wordsIn(text, 0, text.length)) heads.push(text.slice(Math.max(0, w.end - 60), w.end));
    const alphabet = ['s', 'h', 'e', 'ſ', '\u212a', 'I', 'T', ' ', "'", '’', 'o', 'f', 'i', 'c', 'y', ','];
    heads.push(...randomStrings(alphabet, 20_000, 10));
    let possessives = 0;
    let pronouns = 0;
    let places = 0;
    for (const head of heads) {
      if (PLACE_AFTER_NAME.test(head)) {
        places++;
        expect(mayEndInCapitalised(head), head).toBe(true);
      }
      if (POSSESSIVE_OF.test(head)) {
        possessives++;
        expect(new HeadEnd(head).mayBePossessive(), head).toBe(true);
      }
      if (TRAILING_PRONOUN.test(head)) {
        pronouns++;
        expect(new HeadEnd(head).mayBePronoun(), head).toBe(true);
      }
    }
    expect(possessives).toBeGreaterThan(3);
    expect(pronouns).toBeGreaterThan(100);
    expect(places).toBeGreaterThan(100);
    expect(mayEndInCapitalised('the mayor of the town')).toBe(false);
    expect(new HeadEnd('Anna Berg').mayBePossessive()).toBe(false);
    expect(new HeadEnd('Anna Berg').mayBePronoun()).toBe(false);
    // A last letter that ends a noun or a pronoun is no longer enough: the word decides.
    expect(new HeadEnd('the Kremlin').mayBePossessive()).toBe(false);
    expect(new HeadEnd('the minister of state').mayBePronoun()).toBe(false);
  });

  it("notSpeechBefore reads only the markers that end in the lead's last letter, with the same answers", () => {
    // The test as it was written before: every marker against the lower-cased lead.
    const slow = (lead: string): boolean => {
      let trimmed = lead.trimEnd();
      const article = /\s(?:the|a|an)$/iu.exec(trimmed);
      if (article) trimmed = trimmed.slice(0, article.index);
      const lower = trimmed.toLowerCase();
      for (const marker of NOT_SPEECH_BEFORE) {
        if (!lower.endsWith(marker)) continue;
        const at = lower.length - marker.length;
        if (at === 0 || /[\s(]/u.test(lower[at - 1]!)) return true;
      }
      return false;
    };
    const leads: string[] = [];
    for (const marker of NOT_SPEECH_BEFORE)
      for (const v of [
        marker,
        marker.toUpperCase(),
        `the so ${marker} `,
        `(${marker}`,
        `x${marker}`,
        `a ${marker} the `,
      ])
        leads.push(v);
    for (const text of TEXTS.slice(0, 300))
      for (const w of wordsIn(text, 0, text.length))
        leads.push(text.slice(Math.max(0, w.end - 40), w.end + 1));
    let said = 0;
    for (const lead of leads) {
      // A sign's or a slogan's words are read first, apart from the markers.
      const sign =
        /(?:slogan|motto|banner|placard|sign|poster|billboard|t-shirt|hashtag|caption|headline|graffiti)s?\s*[,:]?\s*$|(?:read|reads|reading|said|says|saying|proclaimed|proclaiming)\s*:?\s*$/iu.test(
          lead,
        );
      if (sign) continue;
      const fast = notSpeechBefore(lead);
      expect(fast, JSON.stringify(lead)).toBe(slow(lead));
      if (fast) said++;
    }
    expect(said).toBeGreaterThan(50);
  });

  it("mayEndInSignVerb rules out only leads whose verb at the end is no sign's verb", () => {
    const leads: string[] = [];
    for (const verb of SIGN_VERBS)
      for (const v of variants(verb))
        for (const end of ['', ' ', ':', ': ', ' , ', ',\u00a0', ' :  '])
          leads.push(
            `A banner on the town hall ${v}${end}`,
            `${v}${end}`,
            ` ${v}${end}`,
            `Zürich-${v}${end}`,
          );
    for (const text of TEXTS.slice(0, 300))
      for (const w of wordsIn(text, 0, text.length))
        for (const end of ['', ': ', ', '])
          leads.push(`${text.slice(Math.max(0, w.start - 60), w.end)}${end}`);
    const alphabet = [
      'r',
      'e',
      'a',
      'd',
      's',
      'g',
      'R',
      'D',
      ' ',
      '\u00a0',
      ':',
      ',',
      'ü',
      'ſ',
      '\u212a',
      'İ',
      '-',
    ];
    leads.push(...randomStrings(alphabet, 30_000, 8));
    let signVerbs = 0;
    let ruledOut = 0;
    for (const lead of leads) {
      const verb = VERB_AT_END.exec(lead);
      if (!mayEndInSignVerb(lead)) ruledOut++;
      if (!verb || !SIGN_VERBS.has(verb[1]!.toLowerCase())) continue;
      signVerbs++;
      expect(mayEndInSignVerb(lead), JSON.stringify(lead)).toBe(true);
    }
    expect(signVerbs).toBeGreaterThan(300);
    expect(ruledOut).toBeGreaterThan(50_000);
  });

  it('endsInPunctuation is the end-anchored patterns it replaces', () => {
    const alphabet = ['.', '?', '!', ',', '…', ' ', 'a', '\ud83d\ude00', '\ud83d', '"', '”'];
    const strings = [...randomStrings(alphabet, 20_000, 6)];
    for (const text of TEXTS.slice(0, 200))
      for (const s of stretches(text)) strings.push(text.slice(s.start, s.end).trim());
    for (const s of strings) {
      expect(endsInPunctuation(s, false), JSON.stringify(s)).toBe(/[.?!…]$/u.test(s));
      expect(endsInPunctuation(s, true), JSON.stringify(s)).toBe(/[.?!,…]$/u.test(s));
    }
  });

  it('the passive and possessive tests of cueAt are the patterns they replace', () => {
    const words = ['said', 'told', 'ed', 'written', '’s', "'", 's', "it's", 'bergs', "berg'", '', 'd'];
    for (const text of TEXTS) for (const w of wordsIn(text, 0, text.length)) words.push(w.lower);
    words.push(...randomStrings(['s', "'", '’', 'e', 'd', 't', 'o', 'l', 'a', 'i'], 20_000, 5));
    for (const w of words) {
      expect(endsAsParticiple(w), w).toBe(/(?:ed|told|said|written)$/u.test(w));
      expect(endsAsPossessive(w), w).toBe(/['’]s?$/.test(w));
    }
  });

  it('singleSpaced is the replace-and-trim it stands for', () => {
    const alphabet = [' ', ' ', 'a', 'B', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\u2028', '-', '\ud83d'];
    const strings = [...randomStrings(alphabet, 30_000, 7), '', ' ', 'a  b', 'the minister'];
    for (const text of TEXTS.slice(0, 200))
      for (const s of stretches(text)) strings.push(text.slice(s.start, s.end));
    for (const s of strings) expect(singleSpaced(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').trim());
  });

  it('the title and preposition tests before a name are the patterns they stand in front of', () => {
    const made = [
      'Bank of England Governor ',
      'UN Secretary-General ',
      'the bank’s Director-General\t',
      'Vice-President ',
      'ExPresident ',
      '2President ',
      'Chief\u00a0',
      'President\u2003',
      'the President',
      'said President  ',
      'a spokesman for the Foreign ',
      'a spokesman for the U.S. ',
      'an aide to ',
      'Sarkozy-to ',
      'into ',
      'the ',
      'in the New York ',
      'in the Élysée ',
      'of the O’Neill ',
      'of\u00a0the ',
      'of the A B C D ',
      '5of ',
      'of ',
      '',
      ' ',
    ];
    const befores = [...made];
    for (const text of TEXTS.slice(0, 150))
      for (const w of wordsIn(text, 0, text.length)) {
        befores.push(text.slice(Math.max(0, w.start - 30), w.start));
        befores.push(text.slice(Math.max(0, w.start - 40), w.start));
      }
    const alphabet = [
      'of',
      'the',
      'Chief',
      'Head',
      'General',
      '-',
      ' ',
      '\u00a0',
      'É',
      '’',
      '.',
      'x',
      'A',
      '5',
      'in',
    ];
    befores.push(...randomStrings(alphabet, 30_000, 6));
    let titles = 0;
    let prepositions = 0;
    for (const before of befores) {
      const title = TITLE_BEFORE.test(before);
      const preposition = PREPOSITION_BEFORE_NAME.test(before);
      if (title) titles++;
      if (preposition) prepositions++;
      expect(endsInTitle(before), JSON.stringify(before)).toBe(title);
      expect(inPrepositionalPhrase(before), JSON.stringify(before)).toBe(preposition);
    }
    expect(titles).toBeGreaterThan(100);
    expect(prepositions).toBeGreaterThan(1000);
  });

  it('hasAgentEnding is the agent patterns, and isRoleNoun the role table', () => {
    const slow = (lower: string) =>
      /^[\p{Ll}-]{3,}(?:er|or|ist|eer|ian)$/u.test(lower) || /^[\p{Ll}-]{2,}(?:man|woman)$/u.test(lower);
    const words = ['er', 'ster', 'aster', 'ist', 'xist', 'taoist', 'ian', 'asian', 'fabian', 'man', 'woman'];
    words.push('xman', 'xxman', '-er-er', 'a-ist', 'économiste', 'ſpeaker', 'ﬁghter', 'Speaker', 'fighter');
    words.push('\u{1d41a}\u{1d41a}ter', 'a\u{1d41a}ter', 'e\u0301ditor');
    for (const text of TEXTS) for (const w of wordsIn(text, 0, text.length)) words.push(w.lower);
    words.push(
      ...randomStrings(['e', 'r', 'o', 'i', 's', 't', 'a', 'n', 'm', 'w', '-', 'é', 'X'], 30_000, 7),
    );
    let agents = 0;
    for (const w of new Set(words)) {
      const agent = slow(w);
      if (agent) agents++;
      expect(hasAgentEnding(w), w).toBe(agent);
      expect(isRoleNoun(w), w).toBe(Object.hasOwn(PERSON_ROLE_NOUNS, w));
    }
    expect(agents).toBeGreaterThan(500);
    expect(isPersonNoun('spokeswoman')).toBe(true);
    expect(isPersonNoun('water')).toBe(false);
  });
});
