/**
 * "King Felipe": a reigning monarch named by the title and the regnal name without its number
 * is the one reigning that day under that name, not a sound-alike of another king's title and
 * name ("King Philippe", of Belgium).
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { reigningUnderName } from './reigning-names.js';

const monarch = (
  id: string,
  name: string,
  aliases: string[],
  country: string,
  from: string,
  to: string | null = null,
) =>
  makeEntity({
    id,
    type: 'person',
    name,
    names: aliases.map((text) => ({ text, kind: 'alias' as const })),
    country,
    prominence: 3,
    description: `Monarch of ${country}`,
    roles: [{ role: 'Monarch', org: country, orgId: `cd:country/${country.toLowerCase()}`, from, to }],
  });

const felipe = monarch('p:felipe', 'Felipe VI', ['King Felipe VI'], 'ES', '2014-06-19');
const philippe = monarch('p:philippe', 'Philippe of Belgium', ['King Philippe'], 'BE', '2013-07-21');
const juanCarlos = monarch('p:juan-carlos', 'Juan Carlos I', [], 'ES', '1975-11-22', '2014-06-19');
const kb = new MemoryKnowledgeBase([
  countryEntity('ES', 'Spain', 'Spanish'),
  countryEntity('BE', 'Belgium', 'Belgian'),
  felipe,
  philippe,
  juanCarlos,
]);

const link = linkerOver(kb, '2024-11-04');
const kbIdOf = (text: string, names: [string, EntityType][], surface: string) =>
  writtenAs(link(text, names), text, surface)?.kbId ?? null;
const named = (name: string) =>
  kb
    .lookup(name)
    .filter((h) => h.entity.type === 'person')
    .map((h) => h.entity);

describe('a king named by the title and his regnal name alone', () => {
  it('is the king reigning under that name, not a sound-alike of another king', () => {
    const text =
      'King Felipe visited flooded towns near Valencia on Sunday. Crowds threw mud at the royal party.';
    expect(kbIdOf(text, [['Felipe', 'person']], 'Felipe')).toBe('p:felipe');
  });

  it('still reads another king’s own title and name', () => {
    const text = 'Belgium’s King Philippe opened the new session of parliament on Tuesday.';
    const names: [string, EntityType][] = [
      ['Belgium', 'location'],
      ['King Philippe', 'person'],
    ];
    expect(kbIdOf(text, names, 'King Philippe')).toBe('p:philippe');
  });
});

describe('reigningUnderName', () => {
  it('finds the monarch reigning on the date under the name and a number', () => {
    expect(reigningUnderName('King', 'Felipe', '2024-11-04', named)).toBe(felipe);
  });

  it('finds nobody before the reign began, under another title, or without a date', () => {
    expect(reigningUnderName('King', 'Felipe', '2010-01-01', named)).toBeNull();
    expect(reigningUnderName('President', 'Felipe', '2024-11-04', named)).toBeNull();
    expect(reigningUnderName('King', 'Felipe', null, named)).toBeNull();
  });

  it('finds nobody for a monarch no longer reigning', () => {
    expect(reigningUnderName('King', 'Juan', '2024-11-04', named)).toBeNull();
  });
});
