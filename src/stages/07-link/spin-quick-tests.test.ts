/**
 * The quick tests of spin.ts skip work only where the full test would find nothing: the
 * same answers with them as without them, on many spun, misspelt, country-swapped and
 * mixed names; and the property of `normalizeName` they rest on.
 */
import { describe, expect, it } from 'vitest';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { letters, lettersSimilarity } from './similarity.js';
import {
  findSpun,
  forgetSpunAnswers,
  letterBag,
  mayBeNearLetters,
  type SpinMatch,
  spunSpans,
  withoutPossessives,
  withoutQuickTests,
} from './spin.js';
import { letterMask, mayBeNearBags, mayBeNearMasks } from './spin-words.js';
import { SPINNER_SYNONYM_CLASSES, spinnerSynonyms } from './spinner-lexicon.js';

const country = (code: string, name: string, names: string[], prominence = 4) =>
  makeEntity({
    id: `cd:country/${code.toLowerCase()}`,
    type: 'location',
    kind: 'country',
    country: code,
    name,
    names: [
      ...names.map((text) => ({ text, kind: 'alias' as const })),
      { text: code, kind: 'short' as const },
      { text: `${name}ian`, kind: 'demonym' as const },
    ],
    prominence,
  });

const org = (
  id: string,
  name: string,
  prominence: number,
  countryCode: string | null = null,
  aliases: string[] = [],
) =>
  makeEntity({
    id,
    type: 'organization',
    name,
    country: countryCode,
    prominence,
    names: aliases.map((text) => ({ text, kind: 'alias' as const })),
  });

const kb = new MemoryKnowledgeBase([
  country('CA', 'Canada', ['Dominion of Canada']),
  country('NZ', 'New Zealand', ['Aotearoa']),
  country('AD', 'Andorra', ['Principality of Andorra', 'AND']),
  country('US', 'United States', ['United States of America', 'USA', 'America', 'U.S.']),
  country('AT', 'Austria', ['Republic of Austria']),
  country('TG', 'Togo', ['TO', 'Togolese Republic']),
  org('org:boc', 'Bank of Canada', 4, 'CA'),
  org('org:cb', 'Central Bank', 3, 'CA'),
  org('org:nzf', 'New Zealand First', 3, 'NZ'),
  org('org:fm', 'Family Mart NZ', 2, 'NZ'),
  org('org:at', 'Andorra Telecom', 2, 'AD'),
  org('org:fed', 'Federal Reserve', 5, 'US', ['Federal Reserve System']),
  org('org:usa', 'United States Army', 4, 'US', ['US Army']),
  org('org:ovp', "Austrian People's Party", 3, 'AT'),
  org('org:who', 'World Health Organization', 5),
  org('org:wb', 'World Bank', 4),
  org('org:wto', 'World Trade Organization', 4),
  org('org:icc', 'International Criminal Court', 4),
  org('org:wap', "Workers' Action Party", 3),
  org('org:lrp', 'Lakeland Reform Party', 3),
  org('org:brics', 'BRICS Development Bank', 3),
  org('org:dos', 'Department of State', 4),
  org('org:rep', 'Republican Party', 5, 'US'),
  org('org:dem', 'Democratic Party', 5, 'US'),
  org('org:fbi', 'Federal Bureau of Investigation', 5, 'US'),
  makeEntity({ id: 'ev:msc', type: 'event', name: 'Munich Security Conference', prominence: 4 }),
  makeEntity({ id: 'ev:wef', type: 'event', name: 'World Economic Forum', prominence: 5 }),
  makeEntity({ id: 'loc:ws', type: 'location', name: 'Wall Street', prominence: 4 }),
  makeEntity({ id: 'loc:wh', type: 'location', name: 'White House', prominence: 5, country: 'US' }),
]);

/** Spun, misspelt, country-swapped and mixed forms of the KB's names, and words around them. */
function surfaces(): string[] {
  const names: string[] = [];
  for (const e of kb.entities()) names.push(e.name, ...e.names.map((n) => n.text));
  const out = new Set<string>();
  for (const name of names) {
    const words = name.split(' ');
    out.add(name);
    for (let i = 0; i < words.length; i++) {
      const lower = words[i]!.toLowerCase();
      // Each word swapped for each synonym of the hand lexicon, and misspelt.
      for (const s of spinnerSynonyms(lower))
        out.add([...words.slice(0, i), s, ...words.slice(i + 1)].join(' '));
      if (lower.length > 4) {
        out.add(
          [...words.slice(0, i), words[i]!.slice(0, -2) + words[i]!.slice(-1), ...words.slice(i + 1)].join(
            ' ',
          ),
        );
      }
      // A vowel for another ("Family Mert NZ"): a near spelling of the same length.
      const vowel = words[i]!.replace(/[aeiou]/, (v) => (v === 'e' ? 'a' : 'e'));
      if (vowel !== words[i]) out.add([...words.slice(0, i), vowel, ...words.slice(i + 1)].join(' '));
      // Every word but this one swapped where the lexicon can.
      out.add(words.map((w, k) => (k === i ? w : (spinnerSynonyms(w.toLowerCase())[0] ?? w))).join(' '));
    }
    for (const extra of ['Says', 'Trump', 'and', 'To', 'of the United States', 'of Canada', 'in Andorra']) {
      out.add(`${name} ${extra}`);
      out.add(`${extra} ${name}`);
    }
    for (const c of ['Canada', 'New Zealand', 'America', 'USA', 'Andorra', 'AND', 'Togo']) {
      out.add(`${name} ${c}`);
      out.add(name.replace(/Canada|New Zealand|NZ|United States|US|Andorra/, c));
    }
  }
  out.add('Globe Well being Group');
  out.add('Worldwide Felony Courtroom');
  out.add('Federal Get of the United States');
  out.add('Financial institution of Canada and Colorado');
  out.add('Folks Get together');
  out.add("Folks's Get together");
  out.add('Republican Get together');
  out.add('Ministry of State');
  out.add('BRIKS Growth Financial institution');
  // Run words read one by one (runNameWords): possessives, hyphens and a last "Jnr".
  out.add("Financial institution of Canada's Governor");
  out.add("Folks's-Get together Jnr");
  out.add('Globe Well-being Group Snr');
  out.add("Worldwide Felony Courtroom's Jnr");
  return [...out];
}

function summary(m: SpinMatch | null): string {
  return m ? `${m.entity.id} ${m.name} ${m.swaps.join(', ')}` : '-';
}

describe('quick tests of spun names', () => {
  const all = surfaces();

  it('leave every answer of findSpun as the full tests give it', () => {
    expect(all.length).toBeGreaterThan(500);
    for (const countries of [new Set<string>(), new Set(['AT']), new Set(['US', 'CA', 'NZ'])]) {
      for (const types of [['organization', 'event', 'location'], ['organization'], ['event']] as const) {
        const slow = withoutQuickTests(kb, () => all.map((s) => summary(findSpun(kb, s, types, countries))));
        const fast = all.map((s) => summary(findSpun(kb, s, types, countries)));
        expect(fast).toEqual(slow);
      }
    }
    // Some of them are found: the comparison is not only of nulls.
    const found = all.filter((s) => findSpun(kb, s, ['organization', 'event', 'location']) !== null);
    expect(found.length).toBeGreaterThan(50);
  });

  it('leave every span spunSpans finds in running text', () => {
    const text = all.map((s, i) => (i % 3 === 0 ? `The ${s} met. ` : `${s} said on Monday, `)).join('');
    const slow = withoutQuickTests(kb, () => spunSpans(kb, text, new Set(['US'])));
    const fast = spunSpans(kb, text, new Set(['US']));
    expect(fast.map((x) => [x.start, x.end, summary(x.match)])).toEqual(
      slow.map((x) => [x.start, x.end, summary(x.match)]),
    );
    expect(fast.length).toBeGreaterThan(20);
  });

  it('give every text the same spans with the words of earlier texts remembered', () => {
    // Texts that share their words in other runs and cases: what a pass keeps per word text
    // (`WordFacts`) must hold wherever that text stands.
    const texts = [0, 1, 2].map((k) =>
      all
        .filter((_, i) => i % 3 === k)
        .map((s, i) => (i % 2 === 0 ? `${s} said. ` : `On Monday ${s.toUpperCase()} and ${s} met. `))
        .join(''),
    );
    const spans = (text: string) =>
      spunSpans(kb, text, new Set(['US'])).map((x) => [x.start, x.end, summary(x.match)]);
    const alone = texts.map((text) => {
      forgetSpunAnswers(kb);
      return spans(text);
    });
    forgetSpunAnswers(kb);
    const inTurn = texts.map(spans);
    expect(inTurn).toEqual(alone);
    expect(alone.flat().length).toBeGreaterThan(20);
  });
});

describe('normalizeName word by word', () => {
  const tokens = [
    'Côte',
    "d'Ivoire",
    'People’s',
    'U.S.',
    'ΟΔΟΣ',
    'ΑΣ.',
    'Σίσυφος',
    'İstanbul',
    'Smith-Jnr',
    'Jnr',
    'snr',
    'Straße',
    'Ærø',
    '¼',
    '--',
    "'s",
    'NATO’s',
    'Ĳssel',
    'ﬁnance',
    'Łódź',
    'and',
  ];
  const words = (s: string) => (s.length === 0 ? [] : s.split(' '));

  it('gives the words of each token in turn (the first word of a form is its first token’s)', () => {
    // Every sequence of up to three tokens.
    for (const a of tokens) {
      for (const b of tokens) {
        for (const c of ['', ...tokens]) {
          const parts = c ? [a, b, c] : [a, b];
          const whole = words(normalizeName(parts.join(' ')));
          const each = parts.flatMap((p) => words(normalizeName(p)));
          expect(whole[0]).toBe(each[0]);
          // The middle token's words stand in a row in the whole (a put-in country name).
          if (c) {
            const middle = words(normalizeName(b));
            const before = words(normalizeName(a)).length;
            if (!middle.some((w) => /^[js]n?r$/.test(w))) {
              expect(whole.slice(before, before + middle.length)).toEqual(middle);
            }
          }
        }
      }
    }
  });
});

/** Lexicon words, names and mangled forms of them: a vowel for another, a letter doubled, dropped, or swapped. */
function nearSpellingWords(): { l: string; bag: Uint8Array | null }[] {
  const base = [
    ...new Set(SPINNER_SYNONYM_CLASSES.flatMap((c) => c.split('|')).filter((w) => !w.includes(' '))),
    'brics',
    'briks',
    'nato',
    'opec',
    'trump',
    'truman',
    'republican',
    'democratic',
    'hezbollah',
    'hizballah',
    'kremlin',
    'pentagon',
    'reuters',
    'bloomberg',
    'tesla',
    'qatar',
    'katar',
    'ukraine',
  ];
  // Mangled forms: a vowel for another, a letter doubled, dropped, or swapped with the next.
  const words = new Set(base);
  for (const w of base) {
    words.add(w.replace(/[aeiou]/, (v) => (v === 'a' ? 'e' : 'a')));
    words.add(w.replace(/([^aeiou])/, '$1$1'));
    if (w.length > 4) words.add(w.slice(0, 2) + w.slice(3));
    if (w.length > 3) words.add(w[0]! + w[2]! + w[1]! + w.slice(3));
  }
  return [...words].map((w) => ({ l: letters(w), bag: letterBag(letters(w)) }));
}

describe('the letter-count bound before near spellings', () => {
  const all = nearSpellingWords();

  it('never turns away a pair the comparison finds near', () => {
    let near = 0;
    let turnedAway = 0;
    for (const a of all) {
      for (const b of all) {
        const isNear = lettersSimilarity(a.l, b.l, 0.85) >= 0.85;
        const may = mayBeNearLetters(a.l, a.bag, b.l, b.bag);
        if (isNear) {
          near++;
          expect(may).toBe(true);
        } else if (!may) turnedAway++;
      }
    }
    expect(near).toBeGreaterThan(1000);
    expect(turnedAway).toBeGreaterThan(all.length * all.length * 0.5);
  });

  it('is never false where the bags allow when read from the letters present and the lengths', () => {
    const read = all.flatMap((w) => (w.bag ? [{ ...w, bag: w.bag, mask: letterMask(w.bag) }] : []));
    let turnedAway = 0;
    const wrong: string[] = [];
    for (const a of read) {
      for (const b of read) {
        const bags = mayBeNearBags(a.bag, 0, a.l.length, b.bag, 0, b.l.length);
        const masks = mayBeNearMasks(a.mask, a.l.length, b.mask, b.l.length);
        if (bags && !masks) wrong.push(`${a.l} ${b.l}`);
        else if (!masks) turnedAway++;
      }
    }
    expect(wrong).toEqual([]);
    // It answers most pairs the bags turn away without reading them.
    expect(turnedAway).toBeGreaterThan(read.length * read.length * 0.3);
  });
});

describe('withoutPossessives', () => {
  it('cuts what the expression cuts', () => {
    const names = [
      "People's Party",
      'Folks’s Get together',
      "Workers' Action Party",
      "Rock'sy's",
      "'s",
      "s'",
      "O'Sullivan's",
      'NATO’s_x',
      "it's9 it's",
      "x's's",
      'plain',
      '',
      "Ann's-Bakery",
      'Zoë’s café',
    ];
    for (const n of names) expect(withoutPossessives(n)).toBe(n.replace(/['’]s\b/g, ''));
  });
});
