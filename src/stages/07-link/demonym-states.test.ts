/**
 * A demonym standing for its state: before the state's forces or offices it is the country,
 * before "central bank" the country's central bank (demonym-states.ts).
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('UA', 'Ukraine', 'Ukrainian'),
  countryEntity('LT', 'Lithuania', 'Lithuanian'),
  countryEntity('JP', 'Japan', 'Japanese'),
  makeEntity({
    id: 'o:boj',
    type: 'organization',
    name: 'Bank of Japan',
    kind: 'central-bank',
    country: 'JP',
    prominence: 4,
  }),
]);

const entityOver = (text: string, names: [string, EntityType][], surface: string) =>
  linkedEntityOver(kb, text, names, surface);

describe('a demonym standing for its state', () => {
  it('is the country before its forces or its offices', () => {
    const troops = 'Ukrainian forces shot down 40 drones overnight, the air force said.';
    expect(entityOver(troops, [['Ukrainian', 'misc']], 'Ukrainian')?.kbId).toBe('cd:country/ua');
    const president = 'Lithuanian President Jonas Petraitis opened the new bridge on Friday.';
    expect(entityOver(president, [['Lithuanian', 'misc']], 'Lithuanian')?.kbId).toBe('cd:country/lt');
  });

  it('is nothing before people or things of the country', () => {
    const refugees = 'Ukrainian refugees opened a bakery in the old town.';
    expect(entityOver(refugees, [['Ukrainian', 'misc']], 'Ukrainian')?.kbId ?? null).toBeNull();
    const singer = 'A Lithuanian singer topped the charts in Riga.';
    expect(entityOver(singer, [['Lithuanian', 'misc']], 'Lithuanian')?.kbId ?? null).toBeNull();
  });

  it('is the country\'s central bank before "central bank"', () => {
    const text = 'The Japanese central bank kept rates on hold, citing weak consumption.';
    expect(entityOver(text, [['Japanese', 'misc']], 'Japanese central bank')?.kbId).toBe('o:boj');
  });

  it('is the central bank called "Bank of <country>" in a body\'s name of the demonym and "Bank"', () => {
    const text = 'The Japanese Bank raised interest rates for the first time in a decade.';
    expect(entityOver(text, [['Japanese Bank', 'organization']], 'Japanese Bank')?.kbId).toBe('o:boj');
  });

  it('is no central bank where the article speaks of nothing a central bank does', () => {
    const text = 'The Japanese Bank opened a branch beside the station in Osaka.';
    expect(entityOver(text, [['Japanese Bank', 'organization']], 'Japanese Bank')?.kbId ?? null).toBeNull();
  });
});
