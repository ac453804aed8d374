import { describe, expect, it } from 'vitest';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { defaultKbPath, loadKnowledgeBase } from '../../kb/store.js';
import { CandidateSearch, SURNAMES } from './candidate-search.js';
import { letters } from './similarity.js';
import { surnameLettersOf, WELL_KNOWN, WellKnownSurnameLetters } from './surname-letters.js';

describe('WellKnownSurnameLetters (a small KB)', () => {
  const kb = new MemoryKnowledgeBase([
    makeEntity({
      id: 'p:hrytsenkyy',
      type: 'person',
      name: 'Ostap Hrytsenkyy',
      names: [
        { text: 'Hrytsenkyy', kind: 'surname' },
        { text: 'Ostap Hrytsenkiy', kind: 'alias' },
      ],
      prominence: 5,
    }),
    makeEntity({ id: 'p:bin-faisal', type: 'person', name: 'Khalid bin Faisal', prominence: 3 }),
    makeEntity({ id: 'p:al-rashidi', type: 'person', name: 'Omar al-Rashidi', prominence: 4 }),
    // Less well known: not held.
    makeEntity({ id: 'p:kowalczyk', type: 'person', name: 'Ewa Kowalczyk', prominence: 2 }),
    // Not a person: not held.
    makeEntity({ id: 'o:brightwater', type: 'organization', name: 'Brightwater Holdings', prominence: 5 }),
  ]);
  const held = WellKnownSurnameLetters.for(kb);

  it('holds the surnames of the well known as their own names and aliases spell them', () => {
    // The surname, an alias's other romanisation, a surname without its particle or article.
    for (const word of ['Hrytsenkyy', 'Hrytsenkiy', 'bin Faisal', 'Faisal', 'al-Rashidi', 'Rashidi'])
      expect(held.has(letters(word)), word).toBe(true);
  });

  it('holds no near spelling, no lesser-known person’s surname and no other kind of name', () => {
    for (const word of ['Hrytsenko', 'Faisel', 'Kowalczyk', 'Brightwater', 'Holdings', 'Ostap'])
      expect(held.has(letters(word)), word).toBe(false);
  });
});

describe('WellKnownSurnameLetters (the shipped KB)', () => {
  const kb = loadKnowledgeBase(defaultKbPath());
  const held = WellKnownSurnameLetters.for(kb);
  const people = [...kb.entities()].filter((e) => e.type === 'person');

  it('holds every surname form of every well-known person', () => {
    const missing: string[] = [];
    for (const e of people)
      if (e.prominence >= WELL_KNOWN) for (const l of surnameLettersOf(e)) if (!held.has(l)) missing.push(l);
    expect(missing).toEqual([]);
  });

  it('rules out only words whose surname search finds no well-known bearer of their letters', () => {
    // What a surname alone's search for its own spelling keeps (link-one-word.ts): candidates at
    // 0.85 whose surname forms hold the word's letters; for words not held, none is well known.
    const search = new CandidateSearch(kb, false);
    const words = [
      'Zelenski',
      'Zelensky',
      'Netanjahu',
      'Erdogan',
      'Sheinbaum',
      'Trudo',
      'Albanesi',
      'Okonjo',
      'Baerbok',
      'Kowalski',
      'Thompson',
      'Whitfield',
    ];
    let ruledOut = 0;
    for (const word of words) {
      const l = letters(word);
      if (held.has(l)) continue;
      ruledOut++;
      const bearers = search
        .candidates(word, 'person', SURNAMES, 0.85)
        .filter((c) => c.entity.prominence >= WELL_KNOWN && surnameLettersOf(c.entity).includes(l));
      expect(
        bearers.map((c) => c.entity.name),
        word,
      ).toEqual([]);
    }
    expect(ruledOut).toBeGreaterThan(0);
  });
});
