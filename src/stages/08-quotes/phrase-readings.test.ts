/**
 * The readings a family of rules shares (description-reading.ts, phrase-edges.ts) against
 * the patterns each rule used to read the phrase with: the same answers on every short run
 * of words of the quotes eval texts, on phrases written for the test, and on random strings
 * of the characters that case-fold or lower-case oddly (ſ, the Kelvin sign, İ) and of
 * spaces that are not ASCII.
 */
import { describe, expect, it } from 'vitest';
import { quoteEvalTexts } from '../../../test/helpers/eval-texts.js';
import { DescriptionReading } from './description-reading.js';
import { directionAt } from './marks.js';
import { closesWithOffice, mayBeOneWordAfterThe, phraseEdges } from './phrase-edges.js';
import { sentenceStart } from './pronoun-sentence-subject.js';
import { onlyPunctuation } from './quote-units.js';
import { withoutRegnalTitle } from './referent-names.js';
import { closesTrimmed, opensTrimmed } from './reported-words.js';
import { isHeadlineTitle, nationalityAfterThe } from './resolve-description-words.js';
import { endsWithOffice } from './resolve-organisations.js';
import { articleAtEnd, isTitleCaseWord, leadEnd } from './scare-quotes.js';
import { endsLikeDayWord } from './speaker-before-cue.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { isAsciiLetterCode, suffixStart } from './speaker-phrase.js';

/** Runs of one to six words of every eval text (each word with the spaces after it trimmed). */
function wordRuns(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of texts.slice(0, 150)) {
    const words = [...text.matchAll(/\S+/gu)];
    for (let i = 0; i < words.length; i++)
      for (let n = 1; n <= 6 && i + n <= words.length; n++) {
        const from = words[i]!.index;
        const last = words[i + n - 1]!;
        out.add(text.slice(from, last.index + last[0].length));
      }
  }
  return [...out];
}

/** A deterministic generator of strings over `alphabet` (a linear congruential sequence). */
function* randomStrings(alphabet: readonly string[], count: number, maxLength: number): Generator<string> {
  let seed = 987654;
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

/** Words and characters the readings and the patterns could disagree on. */
const ALPHABET = [
  'the ',
  'The',
  'THE',
  'his',
  'hiſ',
  'her',
  'its',
  'itſ',
  'ITS',
  'their',
  'a',
  'an',
  'A',
  'İts',
  '\u212a',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '\n',
  'of',
  'for',
  'police',
  'Police',
  'office',
  'OFFICE',
  "'s",
  '’s',
  'Swede',
  'minister',
  'x',
];

const TEXTS = quoteEvalTexts();
const PHRASES = [
  ...wordRuns(TEXTS),
  'the minister',
  'The founder of Wind Shift Capital',
  'its chief executive',
  'their government',
  'itſ government',
  'hiſ office',
  'A spokesman',
  'an aide to the mayor',
  'the',
  ' the minister',
  'the\u00a0minister',
  'IMF chief',
  'the police',
  'The Police',
  'police',
  'The Swede',
  "Berg's office ",
  'backoffice',
  ...randomStrings(ALPHABET, 30_000, 6),
];

describe('shared phrase readings', () => {
  it('reads enough phrases to mean something', () => {
    expect(PHRASES.length).toBeGreaterThan(50_000);
  });

  it("a description's reading gives the answers of the patterns it replaces", () => {
    const wrong: string[] = [];
    for (const text of PHRASES) {
      const r = new DescriptionReading(text);
      // The head as resolveDescription found it inline.
      const raw = text.toLowerCase().split(/\s+/);
      const prep = raw.findIndex((w, i) => i > 0 && /^(of|for|at|with|from|in|to|on)$/.test(w));
      const head = (prep > 0 ? raw[prep - 1] : raw[raw.length - 1])?.replace(/['’]s$/u, '');
      if (
        r.definite !== (/^(the|his|her|their|its)\s/i.test(text) || isHeadlineTitle(text)) ||
        r.opensWith('the') !== /^the\s/iu.test(text) ||
        r.opensWith('a', 'an') !== /^(?:a|an)\s/iu.test(text) ||
        r.opensWith('its', 'their') !== /^(?:its|their)\s/iu.test(text) ||
        r.words.join('|') !== raw.join('|') ||
        r.prep !== prep ||
        r.head !== head
      )
        wrong.push(text);
    }
    expect(wrong).toEqual([]);
    // "itſ" is "its" to a case-insensitive Unicode pattern, never to one without the flag.
    expect(new DescriptionReading('itſ government').opensWith('its', 'their')).toBe(true);
    expect(new DescriptionReading('hiſ office').definite).toBe(false);
  });

  it("a phrase's edges let through every phrase its rules' patterns answer", () => {
    const wrong: string[] = [];
    for (const text of PHRASES) {
      const edges = phraseEdges(text);
      let ok =
        closesWithOffice(edges) === endsWithOffice(text) &&
        (edges.opening === 'the') === /^the\s/iu.test(text) &&
        (!/^(?:the\s+)?police$/iu.test(text) || edges.closing === 'police');
      for (const kind of ['name', 'mention'] as const) {
        const phrase: SpeakerPhrase = { start: 10, end: 10 + text.length, kind, referent: null, text };
        if (nationalityAfterThe(phrase, `${'x'.repeat(10)}${text}`) !== null && !mayBeOneWordAfterThe(edges))
          ok = false;
      }
      if (!ok) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    expect(phraseEdges('  The Police \n')).toEqual({ opening: '', closing: 'police' });
    expect(phraseEdges('the Swede')).toEqual({ opening: 'the', closing: 'swede' });
    expect(mayBeOneWordAfterThe(phraseEdges('Kaja Kallas'))).toBe(false);
  });

  it('sentenceStart reads by code what the per-character patterns read', () => {
    const slow = (text: string, at: number) => {
      const floor = Math.max(0, at - 400);
      let k = at;
      while (
        k > floor &&
        text[k - 1] !== '\n' &&
        !(/[.!?]/u.test(text[k - 2] ?? '') && /\s/u.test(text[k - 1]!))
      )
        k--;
      return k;
    };
    const made = ['Yes.\u00a0Berg said', 'Stop!\tThe minister', 'Why?\u2003She', 'A.B. Berg', '.\n x'];
    for (const text of [...TEXTS.slice(0, 60), ...made])
      for (let at = 0; at <= text.length; at += 3) expect(sentenceStart(text, at)).toBe(slow(text, at));
  });
});

describe('characters and words read by code', () => {
  /** Every character the replaced classes name, spaces that are not ASCII, and a few others. */
  const CHARS = [
    ...' \t\n\u00a0\u2003\ufeff([{—–-/.,;:!?)]}…"“”„«»‟\'‘’aZ09ſ\u212aİé',
    '\ud835\udc00',
    '\ud835',
  ];

  it('directionAt reads the neighbours as the patterns did', () => {
    const SPACE_OR_OPENER = /[\s([{—–\-/]/;
    const CLOSER_FOLLOW = /[\s.,;:!?)\]}—–\-…]/;
    const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
    const DOUBLE_CLOSE = new Set(['”', '»']);
    const slow = (text: string, i: number, glyphOpen: boolean, glyphClose: boolean) => {
      const prev = i > 0 ? text[i - 1]! : ' ';
      const next = i + 1 < text.length ? text[i + 1]! : ' ';
      const left = !/\s/.test(next) && (SPACE_OR_OPENER.test(prev) || DOUBLE_OPEN.has(prev) || prev === '"');
      const right = !/\s/.test(prev) && (CLOSER_FOLLOW.test(next) || DOUBLE_CLOSE.has(next) || next === '"');
      if (left && !right) return 'open';
      if (right && !left) return 'close';
      if (glyphOpen) return 'open';
      if (glyphClose) return 'close';
      return 'either';
    };
    const wrong: string[] = [];
    for (const a of ['', ...CHARS])
      for (const b of ['', ...CHARS])
        for (const [open, close] of [
          [true, false],
          [false, true],
          [false, false],
        ] as const) {
          const text = `${a}"${b}`;
          const i = a.length;
          if (directionAt(text, i, open, close) !== slow(text, i, open, close)) wrong.push(text);
        }
    expect(wrong).toEqual([]);
  });

  it('the content trims and the title-case test are the classes they replace', () => {
    for (const c of CHARS) {
      expect(opensTrimmed(c, 0), c).toBe(/[\s,:—–-]/u.test(c));
      expect(closesTrimmed(c, 0), c).toBe(/[\s.,;:!?—–-]/u.test(c));
    }
    for (const w of [
      '',
      'of',
      'Of',
      'the',
      'The',
      'to',
      'a',
      'an',
      'x',
      '9th',
      'Élan',
      'élan',
      'ſ',
      '\u212a',
      '\ud835\udc00x',
    ])
      expect(isTitleCaseWord(w), w).toBe(
        /^[\p{Lu}\p{N}]/u.test(w) || /^(of|the|and|a|an|in|on|for|to)$/.test(w),
      );
  });

  it("the day test reads the head's last letters as the pattern read its end", () => {
    const heads = [
      ...PHRASES.slice(0, 20_000),
      'on Friday',
      'last week',
      'Berg also',
      'Berg ALSO',
      'yesterday',
      'dayx',
    ];
    const wrong = heads.filter(
      (h) =>
        endsLikeDayWord(h.slice(suffixStart(h, isAsciiLetterCode))) !==
        /(?:day|week|month|year|also|again)$/u.test(h.slice(-7)),
    );
    expect(wrong).toEqual([]);
  });
});

describe('the frames’ gap test', () => {
  it('onlyPunctuation is the pattern it replaces, on slices and on ranges', () => {
    const alphabet = [
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '\ufeff',
      ',',
      ';',
      ':',
      '—',
      '–',
      '-',
      '.',
      'a',
      '“',
      '\ud835',
    ];
    const wrong: string[] = [];
    for (const s of randomStrings(alphabet, 20_000, 6)) {
      if (onlyPunctuation(s) !== /^[\s,;:—–-]*$/u.test(s)) wrong.push(s);
      const from = Math.min(1, s.length);
      if (onlyPunctuation(s, from, s.length - 1) !== /^[\s,;:—–-]*$/u.test(s.slice(from, s.length - 1)))
        wrong.push(s);
    }
    expect(wrong).toEqual([]);
  });
});

describe('names read by code', () => {
  it('withoutRegnalTitle gives what the replace it stands for gives', () => {
    const REGNAL =
      /^(?:Pope|King|Queen|Prince|Princess|Emperor|Empress|Sheikh|Emir|Sultan|Dalai|Patriarch)$/u;
    const slow = (name: string) => name.replace(/^\S+\s+(?=\S)/u, (t) => (REGNAL.test(t.trim()) ? '' : t));
    const alphabet = ['Pope', 'King', 'Leo', 'XIV', ' ', '  ', '\u00a0', '\n', 'Emir', 'x', '\ud835\udc00'];
    const wrong = [
      ...randomStrings(alphabet, 20_000, 5),
      'Pope Leo XIV',
      'Pope',
      'Pope ',
      ' Pope Leo',
      'King\u00a0Felipe',
    ].filter((n) => withoutRegnalTitle(n) !== slow(n));
    expect(wrong).toEqual([]);
  });
});

describe('the article before a name', () => {
  it('articleAtEnd finds what the end-anchored pattern found', () => {
    const alphabet = [
      'the',
      'THE',
      'a',
      'A',
      'an',
      'aN',
      'n',
      'e',
      'h',
      't',
      ' ',
      '\u00a0',
      '\n',
      'x',
      'ſ',
      'İ',
      '\u212a',
    ];
    const wrong = [
      ...randomStrings(alphabet, 30_000, 5),
      'known as the',
      'a',
      ' a',
      'Milan',
      'lathe',
      ' THE',
    ].filter((s) => articleAtEnd(s) !== (/\s(?:the|a|an)$/iu.exec(s)?.index ?? -1));
    expect(wrong).toEqual([]);
  });
});

describe('the end of the words before a quotation', () => {
  it('leadEnd reads the possessive and "called / named" the end-anchored patterns found', () => {
    const alphabet = [
      'called',
      'CALLED',
      'Named',
      'renamed',
      'named',
      'nameD',
      'calleD',
      "'s",
      '’s',
      "'",
      '’',
      's',
      'S',
      'ſ',
      'İ',
      '\u212a',
      ' ',
      '\u00a0',
      '\n',
      '\u2003',
      'x',
      'band',
    ];
    const leads = [
      ...randomStrings(alphabet, 30_000, 5),
      "Mahler's ",
      'the band’s',
      'Sanders’ ',
      'a project called ',
      'an app NAMED',
      'unnamed ',
      ...TEXTS.slice(0, 200).flatMap((text) =>
        [...text.matchAll(/[“"‘'«]/gu)].map((m) => text.slice(Math.max(0, m.index - 60), m.index)),
      ),
    ];
    const wrong = leads.filter((lead) => {
      const { possessive, calledOrNamed } = leadEnd(lead);
      return possessive !== /['’]s?\s*$/u.test(lead) || calledOrNamed !== /(?:called|named)\s*$/iu.test(lead);
    });
    expect(wrong).toEqual([]);
    expect(leadEnd("Mahler's ")).toEqual({ possessive: true, calledOrNamed: false });
    expect(leadEnd('a project called ')).toEqual({ possessive: false, calledOrNamed: true });
  });
});
