import { describe, expect, it } from 'vitest';
import type { Quote } from '../../core/annotations.js';
import { groupQuotesBySpeaker } from './by-speaker.js';

const q = (start: number, name: string | null, entityId: string | null = null): Quote => ({
  start,
  end: start + 5,
  kind: 'direct',
  speaker: name ? { name, entityId, mention: null } : null,
  cue: null,
  confidence: 0.9,
  by: 'quotes',
});

describe('groupQuotesBySpeaker', () => {
  it('groups by entity, then by name, in order of first appearance, unattributed last', () => {
    const groups = groupQuotesBySpeaker([
      q(50, 'Pete Hegseth', 'E1'),
      q(0, null),
      q(10, 'Anna Berg'),
      q(30, 'Pete Hegseth', 'E1'),
      q(60, 'anna berg'),
    ]);
    expect(groups.map((g) => [g.name, g.quotes.map((x) => x.start)])).toEqual([
      ['Anna Berg', [10, 60]],
      ['Pete Hegseth', [30, 50]],
      [null, [0]],
    ]);
  });
});
