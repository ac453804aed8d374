/**
 * A near miss (a name a letter slip off a famous one) is refused when another candidate is
 * nearly as close — but not for a less prominent one two slips further off: names of one
 * pattern (Korean given names of two syllables) score alike whatever their letters.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, kbIdAt, linkLayers, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { linkDocument } from './link-document.js';

const leader = personEntity({
  id: 'kim-jong-un',
  name: 'Kim Jong Un',
  surname: 'Kim',
  country: 'KP',
  prominence: 5,
  description: 'Supreme Leader of North Korea',
  roles: [{ role: 'Supreme Leader', org: 'KP', from: '2011-12-17' }],
});
const envoy = (prominence: number) =>
  personEntity({
    id: 'kim-yong-hyun',
    name: 'Kim Yong-hyun',
    surname: 'Kim',
    country: 'KR',
    prominence,
    description: 'South Korean diplomat',
  });

function idOf(kb: MemoryKnowledgeBase, text: string, surface: string): string | null {
  const names: [string, EntityType][] = [[surface, 'person']];
  const entities = linkDocument(kb, { text, date: '2025-09-03', ...linkLayers(text, names) });
  return kbIdAt(entities, text, surface) ?? null;
}

describe('rivals of a near miss', () => {
  const text = 'Kim Jong-eun watched the military parade beside the defence minister on Wednesday.';

  it('takes no less prominent name two slips further off for a rival', () => {
    const kb = new MemoryKnowledgeBase([
      countryEntity('KP', 'North Korea', 'North Korean'),
      leader,
      envoy(2),
    ]);
    expect(idOf(kb, text, 'Kim Jong-eun')).toBe('p:kim-jong-un');
  });

  it('still takes an as prominent one for a rival', () => {
    const kb = new MemoryKnowledgeBase([
      countryEntity('KP', 'North Korea', 'North Korean'),
      leader,
      envoy(5),
    ]);
    expect(idOf(kb, text, 'Kim Jong-eun')).toBeNull();
  });
});
