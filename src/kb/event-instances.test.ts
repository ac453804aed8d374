import { describe, expect, it } from 'vitest';
import {
  daysFromSpan,
  eventHostId,
  eventSeriesId,
  eventSpan,
  instanceNear,
  instancesOf,
} from './event-instances.js';
import { MemoryKnowledgeBase } from './memory.js';
import { makeEntity } from './model.js';
import { eventToEntity } from './sources/convert.js';

function summit(name: string, from: string, to?: string) {
  const e = eventToEntity({
    name,
    kind: 'summit',
    country: 'NL',
    series: 'NATO summit',
    from,
    to,
    prominence: 3,
  });
  // The build resolves role organisations; here the series and host ids are set by hand.
  return {
    ...e,
    roles: e.roles.map((r) => ({
      ...r,
      orgId: r.role === 'Instance of' ? 'cd:event/nato-summit' : 'cd:country/nl',
    })),
  };
}

const series = makeEntity({ id: 'cd:event/nato-summit', type: 'event', name: 'NATO summit', prominence: 4 });
const y2024 = summit('2024 NATO summit', '2024-07-09', '2024-07-11');
const y2025 = summit('2025 NATO summit', '2025-06-24', '2025-06-25');
const y2026 = summit('2026 NATO summit', '2026-07');
const kb = new MemoryKnowledgeBase([series, y2026, y2024, y2025]);

describe('event instances', () => {
  it('read the series, span and host an instance was built with', () => {
    expect(eventSeriesId(y2025)).toBe('cd:event/nato-summit');
    expect(eventSpan(y2025)).toEqual({ from: '2025-06-24', to: '2025-06-25' });
    expect(eventSpan(y2026)).toEqual({ from: '2026-07', to: '2026-07' });
    expect(eventHostId(y2025)).toBe('cd:country/nl');
    expect(eventSeriesId(series)).toBeNull();
    expect(eventSpan(series)).toBeNull();
  });

  it('count days to a span at its own precision', () => {
    const span = { from: '2025-06-24', to: '2025-06-25' };
    expect(daysFromSpan(span, '2025-06-25')).toBe(0);
    expect(daysFromSpan(span, '2025-06-20')).toBe(4);
    expect(daysFromSpan(span, '2025-07-02')).toBe(7);
    // "2026-07" covers the whole of July.
    expect(daysFromSpan({ from: '2026-07', to: '2026-07' }, '2026-07-31')).toBe(0);
    expect(daysFromSpan({ from: '2026-07', to: '2026-07' }, '2026-08-02')).toBe(2);
  });

  it('list the instances of a series oldest first', () => {
    expect(instancesOf(kb, 'cd:event/nato-summit').map((e) => e.name)).toEqual([
      '2024 NATO summit',
      '2025 NATO summit',
      '2026 NATO summit',
    ]);
    expect(instancesOf(kb, 'cd:event/g7-summit')).toEqual([]);
  });

  it('take the instance held around the article date, or none when none is near', () => {
    expect(instanceNear(kb, 'cd:event/nato-summit', '2025-06-24')?.name).toBe('2025 NATO summit');
    // "Allies prepare for next month's summit" and "last week's summit".
    expect(instanceNear(kb, 'cd:event/nato-summit', '2025-05-20')?.name).toBe('2025 NATO summit');
    expect(instanceNear(kb, 'cd:event/nato-summit', '2024-07-20')?.name).toBe('2024 NATO summit');
    // Half a year from any summit: the series stands.
    expect(instanceNear(kb, 'cd:event/nato-summit', '2025-12-31')).toBeNull();
  });
});
