/**
 * A body's exact name presented in apposition as an event ("The National Rally, a vintage
 * car event in Kent"): the tagger types it as an organisation, but it names the event.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { Entity } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'o:union',
    type: 'organization',
    name: 'Civic Union',
    description: 'political party in Nordland',
    prominence: 4,
  }),
  makeEntity({
    id: 'o:expo',
    type: 'organization',
    name: 'Harbour Expo',
    description: 'annual trade fair held in Bergvik',
    prominence: 3,
  }),
]);

const link = linkerOver(kb, '2025-05-17');

const idOf = (entities: Entity[], text: string, surface: string) =>
  writtenAs(entities, text, surface)?.kbId ?? null;

describe('a body named like an event presented in apposition', () => {
  it('refuses the party when the apposition calls the name a festival', () => {
    const text = 'The Civic Union, a folk music festival in the hills, drew 4,000 visitors on Saturday.';
    expect(idOf(link(text, [['Civic Union', 'organization']]), text, 'Civic Union')).toBeNull();
  });

  it('keeps the party when the apposition calls it a party', () => {
    const text = 'The Civic Union, a centre-right party, won 40 seats on Sunday.';
    expect(idOf(link(text, [['Civic Union', 'organization']]), text, 'Civic Union')).toBe('o:union');
  });

  it('keeps a body the KB itself describes as that kind of event', () => {
    const text = 'The Harbour Expo, a fair of shipbuilders, opened on Monday.';
    expect(idOf(link(text, [['Harbour Expo', 'organization']]), text, 'Harbour Expo')).toBe('o:expo');
  });
});
