/**
 * A title word the KB writes as part of a person's name ("Sheikh Hasina"), cut off by the
 * tagger before a misspelt rest ("Sheikh [Haseena]"): the title and the word are compared as
 * a full name first, so the word is not taken for the lone surname of another person whose
 * title the sentence names (a prime minister "Omar Raheem").
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkLayers, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { Entity } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('BD', 'Bangladesh', 'Bangladeshi'),
  countryEntity('JO', 'Jordan', 'Jordanian'),
  // Written with the title and no surname, as the KB writes such names.
  makeEntity({
    id: 'p:rahima',
    type: 'person',
    name: 'Sheikh Rahima',
    country: 'BD',
    prominence: 4,
    roles: [{ role: 'Prime Minister', org: 'BD', orgId: null, from: '2009-01-06', to: '2024-08-05' }],
  }),
  personEntity({
    id: 'rahim',
    name: 'Omar Raheem',
    surname: 'Raheem',
    country: 'JO',
    prominence: 2,
    roles: [{ role: 'Prime Minister', org: 'JO', from: '2024-09-18' }],
  }),
  makeEntity({
    id: 'p:teodor',
    type: 'person',
    name: 'Patriarch Teodorin',
    country: 'BG',
    prominence: 3,
    roles: [
      { role: 'Patriarch', org: 'Bulgarian Orthodox Church', orgId: null, from: '2013-02-24', to: null },
    ],
  }),
]);

function linked(text: string, surface: string): string | null {
  const entities: Entity[] = linkDocument(kb, {
    text,
    date: '2024-08-06',
    ...linkLayers(text, [[surface.split(' ').at(-1)!, 'person']]),
  });
  return (
    entities.find((e) =>
      e.mentions.some((m) => text.slice(m.start, m.end).includes(surface.split(' ').at(-1)!)),
    )?.kbId ?? null
  );
}

describe('a title word that begins a KB name', () => {
  it('keeps the title of a misspelt name and repairs it to the person who bears it', () => {
    const text =
      "Sheikh Raheema resigned as Bangladesh's prime minister and fled to India after weeks of protests.";
    expect(linked(text, 'Sheikh Raheema')).toBe('p:rahima');
  });

  it('reads a patriarch the same way', () => {
    const text = 'Patriarch Teodorinn led the Easter liturgy in the cathedral of Sofia on Sunday.';
    expect(linked(text, 'Patriarch Teodorinn')).toBe('p:teodor');
  });

  it("never repairs the misspelt name to another prime minister's surname", () => {
    const text =
      "Sheikh Raheema resigned as Bangladesh's prime minister and fled to India after weeks of protests.";
    expect(linked(text, 'Sheikh Raheema')).not.toBe('p:rahim');
  });
});
