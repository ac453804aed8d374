/**
 * One-word places the tagger typed as people: read as the place the KB knows by that word
 * alone when a list or a verb of striking, taking or entering says "place" next to it.
 */
import { describe, expect, it } from 'vitest';
import {
  countryEntity,
  linkedEntityOver,
  linkerOver,
  personEntity,
} from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { placeCueAround } from './places-typed-as-people.js';

const place = (id: string, name: string, kind: string, aliases: string[] = []) =>
  makeEntity({
    id,
    type: 'location',
    name,
    kind,
    country: 'XX',
    prominence: 3,
    names: aliases.map((text) => ({ text, kind: 'alias' as const })),
  });

const kb = new MemoryKnowledgeBase([
  countryEntity('IR', 'Iran', 'Iranian'),
  countryEntity('RU', 'Russia', 'Russian'),
  place('pl:isfahan-site', 'Isfahan Nuclear Technology Center', 'place', ['Isfahan site']),
  place('pl:arak', 'Arak', 'place'),
  place('pl:bushehr', 'Bushehr', 'place', ['Busher']),
  place('geo:kherson', 'Kherson', 'city', ['Kherson city', 'Kherzon']),
  place('geo:hull', 'Hull', 'city'),
  personEntity({ id: 'hull', name: 'Charley Hull', surname: 'Hull', country: 'GB', prominence: 3 }),
]);

const link = linkerOver(kb, '2025-07-01');

describe('placeCueAround', () => {
  const text = 'Jets hit Arak and Busher; troops stormed Kherzon.';
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  it('reads a list with a linked place and a verb of taking as cues', () => {
    expect(placeCueAround(text, span('Busher'), [span('Arak')])).toBe('listed with Arak');
    expect(placeCueAround(text, span('Kherzon'), [])).toBe('"stormed Kherzon"');
  });
  it('reads a place declared free or liberated, and a verb of taking back', () => {
    const freed = 'The general declared Kherzon liberated on Sunday; later his men retook Busher.';
    const at = (s: string) => ({ start: freed.indexOf(s), end: freed.indexOf(s) + s.length });
    expect(placeCueAround(freed, at('Kherzon'), [])).toBe('declared Kherzon liberated');
    expect(placeCueAround(freed, at('Busher'), [])).toBe('"retook Busher"');
    const praised = 'The general declared Kherzon a hero and set him free.';
    const hero = { start: praised.indexOf('Kherzon'), end: praised.indexOf('Kherzon') + 7 };
    expect(placeCueAround(praised, hero, [])).toBeNull();
  });
  it('reads nothing without them, nor from a comma (a town and its state)', () => {
    expect(placeCueAround(text, span('Busher'), [])).toBeNull();
    const address = 'Floods cut off Busher, Kherson for two days.';
    const at = (s: string) => ({ start: address.indexOf(s), end: address.indexOf(s) + s.length });
    expect(placeCueAround(address, at('Busher'), [at('Kherson')])).toBeNull();
  });
  it('reads a comma as a list word when the list closes with "and" or "or"', () => {
    const list = 'Drones hit Busher, Arak and Tabriz on Friday.';
    const at = (s: string) => ({ start: list.indexOf(s), end: list.indexOf(s) + s.length });
    expect(placeCueAround(list, at('Busher'), [at('Arak')])).toBe('listed with Arak');
    const longer = 'Drones hit Busher, Arak, Kherson or Tabriz on Friday.';
    const on = (s: string) => ({ start: longer.indexOf(s), end: longer.indexOf(s) + s.length });
    expect(placeCueAround(longer, on('Busher'), [on('Arak')])).toBe('listed with Arak');
    const address = 'Floods cut off Busher, Kherson and left the port dry.';
    const by = (s: string) => ({ start: address.indexOf(s), end: address.indexOf(s) + s.length });
    expect(placeCueAround(address, by('Busher'), [by('Kherson')])).toBeNull();
  });
});

describe('one-word places the tagger typed as people', () => {
  it('links a place listed with a place the article names, and its later mention', () => {
    const text =
      'Iranian engineers returned to Arak and Busher on Monday. Satellite images of Busher showed new roofs.';
    const names = [
      ['Iranian', 'misc'],
      ['Arak', 'location'],
      ['Busher', 'person'],
      ['Busher', 'person'],
    ] as const;
    const entities = link(text, names);
    const bushehr = entities.find((e) => e.kbId === 'pl:bushehr');
    expect(bushehr?.mentions).toHaveLength(2);
    expect(bushehr?.type).toBe('location');
  });

  it('links a city after a verb of striking or taking', () => {
    const text = 'Russian drones struck Kherzon overnight, officials in Kyiv said.';
    expect(linkedEntityOver(kb, text, [['Kherzon', 'person']], 'Kherzon')?.kbId).toBe('geo:kherson');
  });

  it('leaves a word a KB person bears, and a place word with no cue, as a person', () => {
    const struck = 'Rain struck Hull on the final day of the tournament.';
    expect(linkedEntityOver(kb, struck, [['Hull', 'person']], 'Hull')?.kbId).not.toBe('geo:hull');
    const alone = 'Busher told reporters the talks would resume.';
    expect(linkedEntityOver(kb, alone, [['Busher', 'person']], 'Busher')?.kbId ?? null).toBeNull();
  });
});
