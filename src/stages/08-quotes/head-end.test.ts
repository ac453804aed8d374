/**
 * The reading of a head's end against the patterns and scans it stands in front of: the
 * possessive's and the pronoun's patterns must never match a head whose reading rules them
 * out, and the words the other rules read must be the ones their scans gave. Over heads
 * cut from every eval text, heads written for the test, and heads joined at random from
 * pieces that make the patterns match, in any case and with "ſ" (which the patterns'
 * `/iu` reads as "s"), the Kelvin sign, "İ" and "ı".
 */
import { describe, expect, it } from 'vitest';
import { quoteEvalTexts } from '../../../test/helpers/eval-texts.js';
import { wordsIn } from './cues.js';
import { END_RULE, HeadEnd, POSSESSIVE_NOUN_ENDS } from './head-end.js';
import { POSSESSIVE_OF, TRAILING_PRONOUN } from './speaker-before-cue.js';
import { isAsciiLetterCode, isLetterOrHyphen, isNameChar, suffixStart } from './speaker-phrase.js';

const TEXTS = quoteEvalTexts();

/** Heads joined from `pieces` (a deterministic linear congruential sequence), up to `most` pieces each. */
function* joined(pieces: readonly string[], count: number, most: number): Generator<string> {
  let seed = 2024;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  for (let n = 0; n < count; n++) {
    const length = 1 + (next() % most);
    let s = '';
    for (let i = 0; i < length; i++) s += pieces[next() % pieces.length];
    yield s;
  }
}

const MADE = [
  "Netanyahu's office",
  "the minister's PRESS OFFICE",
  "the minister's press secretary",
  "Berg's aideſ",
  "Berg's ſtaff",
  "Berg's spokeſman",
  'Berg’s Representatives',
  'she',
  'and SHE',
  'ſhe',
  'İt',
  'ı',
  'one of them',
  'two of thoſe',
  'but many',
  'Some',
  'U.S. officials',
  'Anna Berg',
  'Anna Berg in Ölbronn',
  'the mayor of the town',
];

function heads(): string[] {
  const out = [...MADE];
  for (const text of TEXTS.slice(0, 400))
    for (const w of wordsIn(text, 0, text.length)) out.push(text.slice(Math.max(0, w.end - 60), w.end));
  const pieces = [
    "'s ",
    '’s ',
    ' ',
    ', ',
    '(',
    'press ',
    ...POSSESSIVE_NOUN_ENDS,
    'OFFICE',
    'ſtaff',
    'aideſ',
    'he',
    'She',
    'ſhe',
    'İt',
    'ı',
    'I',
    'it',
    'They',
    'we',
    '\u212a',
    'them',
    'thoſe',
    'many',
    'Berg',
    'é',
  ];
  out.push(...joined(pieces, 30_000, 5));
  return out;
}

describe('HeadEnd', () => {
  const all = heads();

  it('lets the possessive and pronoun patterns run on every head they match', () => {
    let possessives = 0;
    let pronouns = 0;
    for (const head of all) {
      const last = new HeadEnd(head);
      if (POSSESSIVE_OF.test(head)) {
        possessives++;
        expect(last.mayBePossessive(), head).toBe(true);
      }
      if (TRAILING_PRONOUN.test(head)) {
        pronouns++;
        expect(last.mayBePronoun(), head).toBe(true);
      }
    }
    expect(possessives).toBeGreaterThan(500);
    expect(pronouns).toBeGreaterThan(500);
  });

  it('rules the patterns out on heads whose last word is none of theirs', () => {
    let ruledOut = 0;
    for (const head of all) {
      const last = new HeadEnd(head);
      if (!last.mayBePossessive() && !last.mayBePronoun()) ruledOut++;
    }
    // Most heads end in a name, a noun or a verb: neither pattern runs on them.
    expect(ruledOut).toBeGreaterThan(all.length / 2);
    expect(new HeadEnd('the Kremlin').mayBePossessive()).toBe(false);
    expect(new HeadEnd('the minister of state').mayBePronoun()).toBe(false);
  });

  it('gives the words the scans of phraseEndingAt read', () => {
    const wrong: string[] = [];
    for (const head of all) {
      const last = new HeadEnd(head);
      const letters = head.slice(suffixStart(head, isAsciiLetterCode)).toLowerCase();
      if (
        last.letters !== letters ||
        last.allows(END_RULE.partitive) !== (letters === 'them' || letters === 'those') ||
        last.allows(END_RULE.quantifier) !==
          ['many', 'some', 'most', 'others', 'several'].includes(letters) ||
        last.word !== head.slice(suffixStart(head, isLetterOrHyphen)).toLowerCase() ||
        last.nameTail !== head.slice(suffixStart(head, isNameChar))
      )
        wrong.push(head);
    }
    expect(wrong).toEqual([]);
  });
});
