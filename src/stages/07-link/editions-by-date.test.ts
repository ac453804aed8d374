import { describe, expect, it } from 'vitest';
import { editionEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { editionByDate } from './editions-by-date.js';

const series = (id: string, name: string, alias?: string, kind = 'sports-event') =>
  makeEntity({
    id,
    type: 'event',
    name,
    kind,
    prominence: 2,
    ...(alias ? { names: [{ text: alias, kind: 'alias' as const }] } : {}),
  });

const kb = new MemoryKnowledgeBase([
  // A roving championship: each edition in another country.
  series('ev:cup', 'Continental Nations Cup', 'Nations Cup'),
  editionEntity(
    'ev:cup-2024',
    'Continental Nations Cup 2024',
    'ev:cup',
    'pl:north',
    '2024-06-10',
    '2024-07-08',
  ),
  editionEntity(
    'ev:cup-2026',
    'Continental Nations Cup 2026',
    'ev:cup',
    'pl:south',
    '2026-06-12',
    '2026-07-12',
  ),
  // A roving league whose only dated part is its finals tournament.
  series('ev:league', 'Continental Team League'),
  editionEntity(
    'ev:league-finals',
    '2025 Continental Team League Finals',
    'ev:league',
    'pl:north',
    '2025-06-04',
    '2025-06-08',
  ),
  editionEntity(
    'ev:league-final',
    '2026 Continental Team League final',
    'ev:league',
    'pl:south',
    '2026-06-01',
  ),
  // Held in the same town every year: an institution, not told apart by its date.
  series('ev:open', 'Lakeside Open'),
  editionEntity('ev:open-2024', '2024 Lakeside Open', 'ev:open', 'pl:lakeside', '2024-07-01', '2024-07-14'),
  editionEntity('ev:open-2025', '2025 Lakeside Open', 'ev:open', 'pl:lakeside', '2025-06-30', '2025-07-13'),
  // A roving summit: left to the place the article names (editions.ts).
  series('ev:summit', 'Ocean Rim summit', undefined, 'summit'),
  editionEntity(
    'ev:summit-2025',
    '2025 Ocean Rim summit',
    'ev:summit',
    'pl:north',
    '2025-10-31',
    '2025-11-01',
  ),
  editionEntity('ev:summit-2026', '2026 Ocean Rim summit', 'ev:summit', 'pl:south', '2026-11'),
]);

const cup = kb.get('ev:cup')!;

describe('editionByDate', () => {
  it('takes the edition of a roving series under way on the date, or just ended', () => {
    expect(editionByDate(kb, cup, '2024-07-08', 'They won the cup.')?.entity.id).toBe('ev:cup-2024');
    expect(editionByDate(kb, cup, '2024-07-10', 'They won the cup.')?.entity.id).toBe('ev:cup-2024');
  });

  it("takes nothing when the sentence names another year: the series' history", () => {
    expect(editionByDate(kb, cup, '2024-07-08', 'They have won the cup every year since 1998.')).toBeNull();
    expect(editionByDate(kb, cup, '2024-07-08', 'They won the 2024 cup.')?.entity.id).toBe('ev:cup-2024');
  });

  it('takes nothing some weeks after an edition, nor on a date between editions without a word of what is ahead', () => {
    expect(editionByDate(kb, cup, '2024-08-20', 'They won the cup.')).toBeNull();
    expect(editionByDate(kb, cup, '2025-12-01', 'The holders lost again.')).toBeNull();
  });

  it('takes the next edition when the sentence speaks of it as ahead, and names no other year', () => {
    expect(editionByDate(kb, cup, '2025-12-01', 'The draw for the cup was held on Friday.')?.entity.id).toBe(
      'ev:cup-2026',
    );
    expect(editionByDate(kb, cup, '2025-11-18', 'Ghana qualified for the cup on Tuesday.')?.entity.id).toBe(
      'ev:cup-2026',
    );
    expect(editionByDate(kb, cup, '2025-12-01', 'The draw recalled the cup of 2024.')).toBeNull();
    // More than a year ahead: too far for "the cup" to mean that edition.
    expect(editionByDate(kb, cup, '2024-12-01', 'The draw for the qualifiers was held.')).toBeNull();
  });

  it('never takes a final or a finals tournament for the competition', () => {
    expect(editionByDate(kb, kb.get('ev:league')!, '2025-06-08', 'Portugal won the league.')).toBeNull();
    expect(editionByDate(kb, kb.get('ev:league')!, '2026-06-01', 'They won the league.')).toBeNull();
  });

  it('takes nothing for a series held in one place every time', () => {
    expect(editionByDate(kb, kb.get('ev:open')!, '2025-07-13', 'She won the Open.')).toBeNull();
  });

  it('takes nothing for a roving series of summits', () => {
    expect(editionByDate(kb, kb.get('ev:summit')!, '2025-10-31', 'Leaders met at the summit.')).toBeNull();
  });
});

describe("a roving series named on an edition's date, in an article", () => {
  const link = linkerOver(kb, '2024-07-08');
  it('links the edition under way', () => {
    const text = 'Hosts Northland won the Nations Cup on penalties on Sunday night.';
    const entities = link(text, [['Nations Cup', 'event']]);
    expect(writtenAs(entities, text, 'Nations Cup')?.kbId).toBe('ev:cup-2024');
  });
  it('links the series on a date far from any edition', () => {
    const text = 'Northland have won the Nations Cup three times.';
    const entities = link(text, [['Nations Cup', 'event']], '2025-03-01');
    expect(writtenAs(entities, text, 'Nations Cup')?.kbId).toBe('ev:cup');
  });
});
