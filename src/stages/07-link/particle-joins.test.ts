import { describe, expect, it } from 'vitest';
import { linkLayers } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { withParticleJoins } from './particle-joins.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({ id: 'c:port', type: 'location', name: 'Bandar es Nour', kind: 'city', prominence: 2 }),
  makeEntity({ id: 'c:twin', type: 'location', name: 'Sable and Dune', kind: 'country', prominence: 2 }),
  makeEntity({
    id: 'ev:forum-12',
    type: 'event',
    name: 'FORUM12',
    names: [{ text: 'FORUM 12', kind: 'alias' }],
    prominence: 1,
  }),
  makeEntity({ id: 'p:rafa', type: 'person', name: 'Rafa de Souza', prominence: 2 }),
  makeEntity({
    id: 'pl:chapel',
    type: 'location',
    name: "St. Anselm's Chapel",
    kind: 'place',
    prominence: 1,
  }),
]);

function joined(text: string, names: readonly (readonly [string, EntityType])[]) {
  return withParticleJoins(kb, text, linkLayers(text, names).mentions).map((m) => [
    text.slice(m.start, m.end),
    m.type,
  ]);
}

describe('withParticleJoins', () => {
  it('makes one mention of a KB place cut at a particle, whatever the pieces were typed', () => {
    expect(
      joined('Protests spread through Bandar es Nour overnight.', [
        ['Bandar', 'person'],
        ['Nour', 'location'],
      ]),
    ).toEqual([['Bandar es Nour', 'location']]);
    expect(
      joined('Sable and Dune signed the accord.', [
        ['Sable', 'location'],
        ['Dune', 'location'],
      ]),
    ).toEqual([['Sable and Dune', 'location']]);
  });

  it("makes one mention of a KB place cut at a possessive, with or without the saint's full stop", () => {
    expect(
      joined("Pilgrims queued outside St Anselm's Chapel at dawn.", [
        ['St Anselm', 'person'],
        ['Chapel', 'organization'],
      ]),
    ).toEqual([["St Anselm's Chapel", 'location']]);
    expect(
      joined("Pilgrims queued outside St Anselm's Abbey at dawn.", [
        ['St Anselm', 'person'],
        ['Abbey', 'organization'],
      ]),
    ).toEqual([
      ['St Anselm', 'person'],
      ['Abbey', 'organization'],
    ]);
  });

  it('takes in the number of an event the tagger left out', () => {
    expect(joined('Delegates at FORUM 12 agreed a text.', [['FORUM', 'organization']])).toEqual([
      ['FORUM 12', 'event'],
    ]);
  });

  it('leaves pieces that make no KB name, or only a person, as tagged', () => {
    expect(
      joined('Trade between Sable and Nour grew.', [
        ['Sable', 'location'],
        ['Nour', 'location'],
      ]),
    ).toEqual([
      ['Sable', 'location'],
      ['Nour', 'location'],
    ]);
    expect(
      joined('Rafa de Souza scored twice.', [
        ['Rafa', 'person'],
        ['Souza', 'person'],
      ]),
    ).toEqual([
      ['Rafa', 'person'],
      ['Souza', 'person'],
    ]);
    expect(joined('FORUM 1200 delegates came.', [['FORUM', 'organization']])).toEqual([
      ['FORUM', 'organization'],
    ]);
  });
});
