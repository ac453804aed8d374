/**
 * Letters left unlinked are the body the article names, or whose event it names, when they
 * spell its name's initials (body-initials.ts).
 */
import { describe, expect, it } from 'vitest';
import { kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { bodiesNamed, bodyOfInitials, looksLikeInitials } from './body-initials.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'o:bon',
    type: 'organization',
    name: 'Bank of Norway',
    kind: 'central-bank',
    prominence: 3,
  }),
  makeEntity({
    id: 'o:wrf',
    type: 'organization',
    name: 'World Rowing Federation',
    kind: 'sports-body',
    prominence: 2,
  }),
  makeEntity({
    id: 'e:oar-cup',
    type: 'event',
    name: 'Oar Masters Cup',
    kind: 'sports-event',
    prominence: 1,
    roles: [{ role: 'Organizer', org: 'World Rowing Federation', orgId: 'o:wrf', from: null, to: null }],
  }),
  makeEntity({
    id: 'e:oar-cup-2025',
    type: 'event',
    name: '2025 Oar Masters Cup',
    kind: 'sports-event',
    prominence: 1,
    roles: [
      { role: 'Instance of', org: 'Oar Masters Cup', orgId: 'e:oar-cup', from: '2025-06', to: '2025-06' },
    ],
  }),
]);

const link = linkerOver(kb, '2025-06-10');

describe('looksLikeInitials', () => {
  it('takes three to six letters with two capitals or more', () => {
    for (const s of ['BoN', 'WRF', 'ECB', 'BoJ']) expect(looksLikeInitials(s)).toBe(true);
    for (const s of ['AI', 'Bank', 'Oslo', 'B-o-N', 'WRF2', 'TOOLONGX'])
      expect(looksLikeInitials(s)).toBe(false);
  });
});

describe('bodyOfInitials', () => {
  it('gives the one body whose name has the letters as initials, of every word or of capitals', () => {
    const bodies = bodiesNamed(kb, [kb.get('o:bon')!, kb.get('e:oar-cup-2025')!]);
    expect(bodyOfInitials('BoN', bodies)?.id).toBe('o:bon');
    expect(bodyOfInitials('BN', bodies)).toBeNull(); // two letters: too short to read
    expect(bodyOfInitials('WRF', bodies)?.id).toBe('o:wrf');
    expect(bodyOfInitials('XYZ', bodies)).toBeNull();
  });
});

describe('initials after the body is named', () => {
  it('links the letters to the bank the article names in full', () => {
    const text =
      "The Bank of Norway's governor said inflation was easing. The BoN held its rate at 4.5 percent.";
    const entities = link(text, [
      ['Bank of Norway', 'organization'],
      ['BoN', 'misc'],
    ]);
    expect(kbIdAt(entities, text, 'BoN')).toBe('o:bon');
  });

  it('links the letters to the body running the event the article names', () => {
    const text = 'Norway won the Oar Masters Cup on the lake. The WRF said crowds had doubled.';
    const entities = link(text, [
      ['Oar Masters Cup', 'event'],
      ['WRF', 'organization'],
    ]);
    expect(kbIdAt(entities, text, 'WRF')).toBe('o:wrf');
  });

  it('leaves letters no body of the article spells alone', () => {
    const text = 'The Bank of Norway held its rate. The WRF said rivers were low.';
    const entities = link(text, [
      ['Bank of Norway', 'organization'],
      ['WRF', 'organization'],
    ]);
    expect(kbIdAt(entities, text, 'WRF')).toBeNull();
  });
});
