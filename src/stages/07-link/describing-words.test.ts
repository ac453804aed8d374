import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { lastWords } from './describing-words.js';

describe('lastWords', () => {
  it("is what split(' ').slice(-n).join(' ') gives, spaces at either end and doubled too", () => {
    const parts = ['local', 'teacher', ' ', '  ', 'Zürich', '', 'a'];
    let checked = 0;
    for (const a of parts)
      for (const b of parts)
        for (const c of parts)
          for (const d of parts) {
            const text = `${a} ${b}${c} ${d}`;
            for (const n of [1, 2, 3, 4]) {
              expect(lastWords(text, n)).toBe(text.split(' ').slice(-n).join(' '));
              expect(lastWords(text.trim(), n)).toBe(text.trim().split(' ').slice(-n).join(' '));
              checked++;
            }
          }
    expect(checked).toBeGreaterThan(1000);
    expect(lastWords('said on Monday that the local teacher', 3)).toBe('the local teacher');
  });
});

describe('trades and leanings before a name (session acc24-link-a)', () => {
  const kb = new MemoryKnowledgeBase([
    countryEntity('AR', 'Arvania', 'Arvanian'),
    personEntity({
      id: 'darvish',
      name: 'Karim Darvishi',
      surname: 'Darvishi',
      country: 'AR',
      prominence: 4,
      born: 1948,
      description: 'President of Arvania 2013–2021',
      roles: [{ role: 'President', org: 'AR', orgId: 'cd:country/ar', from: '2013-08-03', to: '2021-08-03' }],
    }),
    personEntity({
      id: 'quinlan',
      name: 'Maire Quinlan',
      surname: 'Quinlan',
      country: 'AR',
      prominence: 3,
      born: 1957,
      description: 'President of Arvania since 2025',
      roles: [{ role: 'Member of Parliament', org: 'AR', orgId: 'cd:country/ar', from: '2016-03-01' }],
    }),
  ]);
  const idOf = (text: string, names: [string, EntityType][], surface: string) =>
    linkedEntityOver(kb, text, names, surface, '2024-11-09')?.kbId;

  it('refuses the famous exact name after a trade of the high street, and the surname after it', () => {
    const text =
      'Retired tailor Karim Darvishi, 77, from Sarvan, says strangers still stop him in the street. Darvishi laughs about it.';
    const names: [string, EntityType][] = [
      ['Karim Darvishi', 'person'],
      ['Darvishi', 'person'],
    ];
    expect(idOf(text, names, 'Karim Darvishi') ?? null).toBeNull();
    expect(idOf(text, names, 'Darvishi') ?? null).toBeNull();
  });

  it('refuses the famous exact name after a school post written as one word (session 22)', () => {
    for (const post of ['headteacher', 'headmaster', 'headmistress', 'schoolteacher']) {
      const text = `The show's judge, retired ${post} Karim Darvishi, said the standard was the highest in years.`;
      expect(idOf(text, [['Karim Darvishi', 'person']], 'Karim Darvishi') ?? null, post).toBeNull();
    }
  });

  it('reads a left-winger as a politician, not a football position', () => {
    const text = 'Independent left-winger Maire Quinlin won a seat in Arvania’s parliament by a landslide.';
    expect(idOf(text, [['Maire Quinlin', 'person']], 'Maire Quinlin')).toBe('p:quinlan');
  });
});

describe('trades of the high street, capitalised at a sentence start (session acc26-link-a)', () => {
  const kb = new MemoryKnowledgeBase([
    countryEntity('AR', 'Arvania', 'Arvanian'),
    personEntity({
      id: 'darvish',
      name: 'Karim Darvishi',
      surname: 'Darvishi',
      country: 'AR',
      prominence: 4,
      born: 1948,
      description: 'President of Arvania 2013–2021',
      roles: [{ role: 'President', org: 'AR', orgId: 'cd:country/ar', from: '2013-08-03', to: '2021-08-03' }],
    }),
  ]);
  const idOf = (text: string, names: [string, EntityType][], surface: string) =>
    linkedEntityOver(kb, text, names, surface, '2024-11-09')?.kbId ?? null;

  it('reads the trade word the tagger took for a one-word name as describing the name after it', () => {
    const text =
      'Sarvan Ink, a studio in the Arvanian capital, is booked for months. Tattoo artist Karim Darvish said he turns people away.';
    const names: [string, EntityType][] = [
      ['Tattoo', 'person'],
      ['Karim Darvish', 'person'],
    ];
    expect(idOf(text, names, 'Karim Darvish')).toBeNull();
  });

  it('refuses a spelling after a bartender, a tattooist or a chauffeur', () => {
    for (const trade of ['bartender', 'tattooist', 'chauffeur', 'beautician']) {
      const text = `Arvanian tourists pack the old town, and local ${trade} Karim Darvish said business has doubled.`;
      expect(idOf(text, [['Karim Darvish', 'person']], 'Karim Darvish'), trade).toBeNull();
    }
  });

  it('still repairs the spelling in news of the president', () => {
    const text = 'Former Arvanian president Karim Darvish said the election was rigged.';
    expect(idOf(text, [['Karim Darvish', 'person']], 'Karim Darvish')).toBe('p:darvish');
  });
});
