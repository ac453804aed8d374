/**
 * The name-word filter rules out only strings a lookup finds nothing for: checked against
 * the lookup itself on names of a small KB written many ways (case, punctuation,
 * apostrophes, "Jnr", words around them) and on words around names in running text.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../core/random.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { NameWordFilter } from './name-words.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'p:1',
    type: 'person',
    name: 'Ferdinand Marcos Jr.',
    names: [{ text: 'Bongbong Marcos', kind: 'alias' }],
  }),
  makeEntity({ id: 'p:2', type: 'person', name: "Beto O'Rourke" }),
  makeEntity({
    id: 'o:1',
    type: 'organization',
    name: 'Bank of England',
    names: [{ text: 'BoE', kind: 'short' }],
  }),
  makeEntity({
    id: 'o:2',
    type: 'organization',
    name: 'G7',
    names: [{ text: 'Group of Seven', kind: 'alias' }],
  }),
  makeEntity({ id: 'l:1', type: 'location', name: 'Ramstein Air Base' }),
  makeEntity({ id: 'l:2', type: 'location', name: 'Sharm el-Sheikh' }),
  makeEntity({ id: 'l:3', type: 'location', name: 'São Paulo' }),
  makeEntity({ id: 'e:1', type: 'event', name: 'Munich Security Conference' }),
]);

const variants = (name: string): string[] => [
  name,
  name.toUpperCase(),
  name.toLowerCase(),
  `${name}'s`,
  `the ${name}`,
  `${name} said`,
  `  ${name}.`,
  name.replace(/ /g, '-'),
  name.replace(/ /g, '  '),
  name.replace(/o/g, "o'"),
  name.replace(/e/g, 'e`'),
  `${name} Jnr`,
  `${name} Snr`,
  name.replace(/Jr\.$/, 'Jnr'),
  name.replace(/Jr\.$/, 'J’r'),
  `(${name})`,
];

describe('NameWordFilter', () => {
  const filter = NameWordFilter.for(kb)!;
  it('is built for a KB that lists its keys', () => {
    expect(filter).not.toBeNull();
  });
  it('never rules out a string the lookup finds', () => {
    const names = [...kb.entities()].flatMap((e) => [e.name, ...e.names.map((n) => n.text)]);
    const strings = [
      ...names.flatMap(variants),
      'Jnr',
      'Marcos Jr',
      'Marcos Jnr',
      'marcos jr',
      "o'",
      '',
      '...',
      '42',
    ];
    let found = 0;
    let ruledOut = 0;
    for (const s of strings) {
      const hits = kb.lookup(s).length;
      if (hits > 0) found++;
      if (!filter.mayName(s)) {
        ruledOut++;
        expect(hits, s).toBe(0);
      }
    }
    // The test means something: many strings are found, many ruled out.
    expect(found).toBeGreaterThan(20);
    expect(ruledOut).toBeGreaterThan(20);
  });
  it('never rules out a span of running text the lookup finds', () => {
    const text =
      "Officials at Ramstein air base and the Bank of England's governor met in Sharm el-Sheikh; Bongbong Marcos JNR and Beto O'Rourke, the G7 (Group of Seven) and São Paulo's mayor.";
    const starts = [...text.matchAll(/\S+/g)].map((m) => m.index);
    let found = 0;
    for (const a of starts) {
      for (let b = a + 1; b <= Math.min(text.length, a + 40); b++) {
        const s = text.slice(a, b);
        const hits = kb.lookup(s).length;
        if (hits > 0) found++;
        if (!filter.mayName(s)) expect(hits, s).toBe(0);
      }
    }
    expect(found).toBeGreaterThan(10);
  });
  it('keeps every string whose normalised form is a key (the whole-key test), on random ASCII strings', () => {
    const random = seededRandom(5);
    const pieces = ['Ab', 'c', 'D', 'jnr', 'Jr', 'sr', ' ', '  ', "'", '`', '-', '.', ',', '7', '\t'];
    let ruledOut = 0;
    for (let k = 0; k < 4000; k++) {
      let s = '';
      const length = 1 + Math.floor(random() * 8);
      for (let i = 0; i < length; i++)
        s +=
          random() < 0.7
            ? pieces[Math.floor(random() * pieces.length)]!
            : String.fromCharCode(32 + Math.floor(random() * 95));
      const key = normalizeName(s);
      if (key === '') continue;
      // A filter of this one key must keep the string; one of another key may rule it out.
      expect(new NameWordFilter([key]).mayName(s), JSON.stringify(s)).toBe(true);
      const other = new NameWordFilter([`${key}x`, `x${key}`]);
      if (!other.mayName(s)) ruledOut++;
    }
    expect(ruledOut).toBeGreaterThan(1000);
  });
});
