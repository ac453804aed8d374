/**
 * A famous person described by his own role in other words is still that person: an office
 * left in another language by a machine translation ("ambassadeur", "Botschafter"), or one
 * newsroom trade named by another ("journalist" of a profile saying "commentator"). Private
 * trades beside the same spellings still keep the famous bearer out.
 */
import { describe, expect, it } from 'vitest';
import { linkLayers, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { linkDocument } from './link-document.js';

const kb = new MemoryKnowledgeBase([
  personEntity({
    id: 'koval',
    name: 'Bohdan Kovalenko',
    surname: 'Kovalenko',
    country: 'UA',
    prominence: 4,
    born: 1968,
    description: 'Ukrainian general; former commander-in-chief; ambassador to Canada since 2024',
    roles: [{ role: 'Ambassador', org: 'Canada', from: '2024-05-01' }],
  }),
  personEntity({
    id: 'marsh',
    name: 'Dwight Marshfield',
    surname: 'Marshfield',
    country: 'US',
    prominence: 4,
    born: 1971,
    description: 'American conservative political commentator and television host',
  }),
]);

function link(text: string, surface: string, date = '2025-03-04'): Entity[] {
  const names: [string, EntityType][] = [[surface, 'person']];
  return linkDocument(kb, { text, date, ...linkLayers(text, names) });
}

const kbIdOf = (text: string, surface: string) => writtenAs(link(text, surface), text, surface)?.kbId;

describe('an office left in another language', () => {
  it('reads "ambassadeur", "embajador" and "Botschafter" as the ambassador the KB names', () => {
    const fr = 'Bohdan Kovalenkko, ambassadeur in Ottawa and former army chief, said the war had changed.';
    expect(kbIdOf(fr, 'Bohdan Kovalenkko')).toBe('p:koval');
    const es = 'Bohdan Kovalenkko, embajador in Ottawa, warned that the front line was under strain.';
    expect(kbIdOf(es, 'Bohdan Kovalenkko')).toBe('p:koval');
    const de = 'Bohdan Kovalenkko, Botschafter in Ottawa, met Canadian ministers on Monday.';
    expect(kbIdOf(de, 'Bohdan Kovalenkko')).toBe('p:koval');
  });

  it('still keeps the general out of a private trade in the same place', () => {
    const baker = 'Bohdan Kovalenkko, a baker in Lviv, has kept his shop open through the blackouts.';
    expect(kbIdOf(baker, 'Bohdan Kovalenkko')).toBeNull();
    const chauffeur = 'Bohdan Kovalenkko, chauffeur in Lviv, drove the family west.';
    expect(kbIdOf(chauffeur, 'Bohdan Kovalenkko')).toBeNull();
  });
});

describe('newsroom trades named by one another', () => {
  it('takes a journalist, a presenter or a broadcaster for the commentator and host', () => {
    const journalist = 'American journalist Dwight Marsfield released his interview with the Kremlin leader.';
    expect(kbIdOf(journalist, 'Dwight Marsfield')).toBe('p:marsh');
    const presenter = 'Veteran presenter Dwight Marsfield said he would launch his own network.';
    expect(kbIdOf(presenter, 'Dwight Marsfield')).toBe('p:marsh');
  });

  it('still refuses the commentator to a journalist when the profile is another trade', () => {
    const general = 'Ukrainian journalist Bohdan Kovalenkko filed his last report from Kherson.';
    expect(kbIdOf(general, 'Bohdan Kovalenkko')).toBeNull();
    const plumber = 'Dwight Marsfield, a plumber in Tulsa, fixed the school boiler for free.';
    expect(kbIdOf(plumber, 'Dwight Marsfield')).toBeNull();
  });
});
