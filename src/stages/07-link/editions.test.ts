import { describe, expect, it } from 'vitest';
import { editionEntity, linkLayers } from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { type KbEntity, makeEntity } from '../../kb/model.js';
import { editionOf } from './editions.js';
import { linkDocument } from './link-document.js';

const place = (id: string, name: string) => makeEntity({ id, type: 'location', name, prominence: 3 });

const kb = new MemoryKnowledgeBase([
  makeEntity({ id: 'ev:convention', type: 'event', name: 'Liberty Party Convention', prominence: 2 }),
  editionEntity(
    'ev:convention-2024',
    '2024 Liberty Party Convention',
    'ev:convention',
    'pl:harbor',
    '2024-07-15',
    '2024-07-18',
  ),
  editionEntity(
    'ev:convention-2020',
    '2020 Liberty Party Convention',
    'ev:convention',
    'pl:ridge',
    '2020-08-24',
    '2020-08-27',
  ),
  place('pl:harbor', 'Harborview'),
  place('pl:ridge', 'Ridgeton'),
  // A conference held in the same town every year: its place tells no edition apart.
  makeEntity({ id: 'ev:forum', type: 'event', name: 'Lakeside Policy Forum', prominence: 3 }),
  editionEntity('ev:forum-2024', '2024 Lakeside Policy Forum', 'ev:forum', 'pl:lakeside', '2024-02-16'),
  editionEntity('ev:forum-2025', '2025 Lakeside Policy Forum', 'ev:forum', 'pl:lakeside', '2025-02-14'),
  place('pl:lakeside', 'Lakeside'),
  makeEntity({ id: 'ev:cup', type: 'event', name: 'Coastal Cup', prominence: 3 }),
  editionEntity('ev:cup-final', '2025 Coastal Cup final', 'ev:cup', 'pl:harbor', '2025-05-31'),
  makeEntity({ id: 'ev:shield', type: 'event', name: 'Coastal Shield', prominence: 2 }),
  editionEntity(
    'ev:shield-finals',
    '2025 Coastal Shield Finals',
    'ev:shield',
    'pl:ridge',
    '2025-06-04',
    '2025-06-08',
  ),
]);

const named =
  (...ids: string[]) =>
  (p: KbEntity) =>
    ids.includes(p.id);

describe('editionOf', () => {
  const series = kb.get('ev:convention')!;

  it('takes the edition held in a place the article names, near its date', () => {
    expect(editionOf(kb, series, '2024-07-16', named('pl:harbor'))?.entity.id).toBe('ev:convention-2024');
    // A year on, the place still points at that edition (a look back).
    expect(editionOf(kb, series, '2025-03-01', named('pl:harbor'))?.entity.id).toBe('ev:convention-2024');
  });

  it('takes nothing on the date alone, nor for a place named long before or after', () => {
    expect(editionOf(kb, series, '2024-07-16', named())).toBeNull();
    expect(editionOf(kb, series, '2027-07-16', named('pl:harbor'))).toBeNull();
  });

  it('takes nothing when every edition is held in the named place', () => {
    expect(editionOf(kb, kb.get('ev:forum')!, '2025-02-14', named('pl:lakeside'))).toBeNull();
  });

  it('does not take a final or a finals tournament for the competition', () => {
    expect(editionOf(kb, kb.get('ev:cup')!, '2025-05-31', named('pl:harbor'))).toBeNull();
    expect(editionOf(kb, kb.get('ev:shield')!, '2025-06-08', named('pl:ridge'))).toBeNull();
  });
});

function link(text: string, names: [string, EntityType][], date: string): Entity[] {
  return linkDocument(kb, { text, date, ...linkLayers(text, names) });
}

describe('dated editions in the linker', () => {
  it('links a series name to the edition the article places', () => {
    const text = 'Delegates cheered at the Liberty Party Convention in Harborview on Tuesday.';
    const entities = link(
      text,
      [
        ['Liberty Party Convention', 'event'],
        ['Harborview', 'location'],
      ],
      '2024-07-16',
    );
    const convention = entities.find((e) => e.type === 'event');
    expect(convention?.kbId).toBe('ev:convention-2024');
    expect(convention?.evidence.some((x) => x.detail.includes('held in Harborview'))).toBe(true);
  });

  it('reads a host named inside the event mention', () => {
    const text = 'Delegates cheered at the Liberty Party Convention in Ridgeton.';
    const entities = link(text, [['Liberty Party Convention', 'event']], '2020-08-25');
    expect(entities.find((e) => e.type === 'event')?.kbId).toBe('ev:convention-2020');
  });

  it('keeps the series when no place points at an edition', () => {
    const text = 'The Liberty Party Convention has chosen its nominee every four years since 1952.';
    const entities = link(text, [['Liberty Party Convention', 'event']], '2024-07-16');
    expect(entities.find((e) => e.type === 'event')?.kbId).toBe('ev:convention');
  });
});
