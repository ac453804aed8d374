/**
 * "Vantor Valley Orchards, a cider maker in Kent": an article that writes a company's name only
 * as the first word of a local business's does not name the company, so it lends no support to
 * a near spelling of the company's chief ("Timothee Brook" for Timothy Brook). The company named alone
 * still supports the repair.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'o:vantor',
    type: 'organization',
    name: 'Vantor',
    kind: 'company',
    country: 'US',
    prominence: 4,
    description: 'American maker of phones and laptops',
  }),
  personEntity({
    id: 'brook',
    name: 'Timothy Brook',
    surname: 'Brook',
    country: 'US',
    prominence: 3,
    born: 1962,
    description: 'CEO of Vantor since 2012',
    roles: [{ role: 'Chief Executive Officer', org: 'Vantor', orgId: 'o:vantor', from: '2012-01-09' }],
  }),
]);

const link = linkerOver(kb, '2025-09-02');

const kbIdOf = (text: string, names: [string, EntityType][], surface: string) =>
  writtenAs(link(text, names), text, surface)?.kbId ?? null;

describe('a company named only inside a local business’s name', () => {
  it('lends no support to a near spelling of the company’s chief', () => {
    const text =
      'Vantor Valley Orchards, a cider maker in Kent, reported a record harvest. Timothee Brook said the phone jokes never stop.';
    const names: [string, EntityType][] = [
      ['Vantor Valley Orchards', 'organization'],
      ['Timothee Brook', 'person'],
    ];
    expect(kbIdOf(text, names, 'Timothee Brook')).toBeNull();
  });

  it('still supports the repair when the company is named alone', () => {
    const text = 'Vantor reported record phone sales. Timothee Brook said demand in China had recovered.';
    const names: [string, EntityType][] = [
      ['Vantor', 'organization'],
      ['Timothee Brook', 'person'],
    ];
    expect(kbIdOf(text, names, 'Timothee Brook')).toBe('p:brook');
  });
});
