/**
 * A body's generic name after another country's word ("the Israeli Defense Ministry") is that
 * country's body, not a KB body of another country its words match by a swap (the US
 * Department of Defense, "ministry = department").
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { countryNamedBefore } from './foreign-bodies.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  countryEntity('IL', 'Israel', 'Israeli'),
  makeEntity({
    id: 'o:dod',
    type: 'organization',
    name: 'US Department of Defense',
    names: [
      { text: 'Defense Department', kind: 'alias' },
      { text: 'Pentagon', kind: 'alias' },
    ],
    kind: 'ministry',
    country: 'US',
    prominence: 4,
  }),
]);

describe('the country word before a body’s name', () => {
  it('is read from a demonym or a possessive country name', () => {
    const text = 'a spokesman for the Israeli Defense Ministry and Israel’s Defense Ministry';
    expect(countryNamedBefore(kb, text, text.indexOf('Defense'))).toBe('IL');
    expect(countryNamedBefore(kb, text, text.lastIndexOf('Defense'))).toBe('IL');
    expect(countryNamedBefore(kb, 'the Defense Ministry', 4)).toBeNull();
  });
});

describe('a generic body name after another country’s word', () => {
  it('is not the US department its words match', () => {
    const text =
      'Congress paid for a tunnel-detection project last year. A spokeswoman for the Israeli Defense Ministry declined to comment on the cost.';
    const names: [string, EntityType][] = [['Defense Ministry', 'organization']];
    expect(linkedEntityOver(kb, text, names, 'Defense Ministry')?.kbId ?? null).toBeNull();
  });

  it('is the US department after "American"', () => {
    const text = 'Officials at the American Defense Ministry declined to comment on the cost of the project.';
    const names: [string, EntityType][] = [['Defense Ministry', 'organization']];
    expect(linkedEntityOver(kb, text, names, 'Defense Ministry')?.kbId).toBe('o:dod');
  });
});
