/**
 * A spun body name matched word for word to one country's body, in an article naming the
 * sitting officer of another country's body of the same kind, is left unlinked
 * (rival-bodies.ts): "the National Book Bank … Governor Ana Ortiz said".
 */
import { describe, expect, it } from 'vitest';
import { linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { rivalBodyNamed } from './rival-bodies.js';

const reserve = makeEntity({
  id: 'o:nrb',
  type: 'organization',
  name: 'National Reserve Bank',
  kind: 'central-bank',
  country: 'US',
  prominence: 5,
});
const peso = makeEntity({
  id: 'o:banco',
  type: 'organization',
  name: 'Banco Central del Sur',
  kind: 'central-bank',
  country: 'AR',
  prominence: 3,
});
const ortiz = makeEntity({
  id: 'p:ana-ortiz',
  type: 'person',
  name: 'Ana Ortiz',
  names: [{ text: 'Ortiz', kind: 'surname' }],
  country: 'AR',
  prominence: 3,
  roles: [{ role: 'Governor', org: 'Banco Central del Sur', orgId: 'o:banco', from: '2022-01-01', to: null }],
});
const minister = makeEntity({
  id: 'p:tom-reed',
  type: 'person',
  name: 'Tom Reed',
  names: [{ text: 'Reed', kind: 'surname' }],
  country: 'US',
  prominence: 3,
  roles: [
    { role: 'Secretary of Labor', org: 'Department of Labor', orgId: null, from: '2023-01-01', to: null },
  ],
});
const kb = new MemoryKnowledgeBase([reserve, peso, ortiz, minister]);

describe('a spun body name beside another country’s officer of the same kind of body', () => {
  it('is not the matched body', () => {
    const text = 'The National Book Bank held rates at 5%, Governor Ana Ortiz told reporters.';
    const names = [
      ['National Book Bank', 'organization'],
      ['Ana Ortiz', 'person'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'National Book Bank')?.kbId ?? null).toBeNull();
    expect(rivalBodyNamed(kb, text, [], reserve, '2025-06-01')).toBeNull();
  });

  it('is the matched body beside officers of other kinds of body, or one who has left', () => {
    const text = 'The National Book Bank held rates at 5%, Labor Secretary Tom Reed said.';
    const names = [
      ['National Book Bank', 'organization'],
      ['Tom Reed', 'person'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'National Book Bank')?.kbId).toBe('o:nrb');
    const before = 'The National Book Bank held rates, Governor Ana Ortiz said.';
    const at = before.indexOf('Ana Ortiz');
    const mentions = [{ start: at, end: at + 9, type: 'person' as const, by: 'test', confidence: 1 }];
    expect(rivalBodyNamed(kb, before, mentions, reserve, '2021-06-01')).toBeNull();
    expect(rivalBodyNamed(kb, before, mentions, reserve, '2025-06-01')).toBe(
      'Banco Central del Sur (Ana Ortiz)',
    );
  });
});
