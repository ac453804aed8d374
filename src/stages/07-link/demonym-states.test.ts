/**
 * A demonym standing for its state: before the state's forces or offices it is the country,
 * before "central bank" the country's central bank (demonym-states.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  countryEntity,
  linkedEntityOver,
  linkLayers,
  writtenAs,
} from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';

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

  it("is the country's central bank after the country's name and a possessive (acc25-link-b)", () => {
    const text = "Japan's central bank held its key rate at 0.5%, the governor told reporters.";
    const entities = linkDocument(kb, {
      text,
      date: '2025-06-17',
      ...linkLayers(text, [['Japan', 'location']]),
    });
    expect(writtenAs(entities, text, "Japan's central bank")?.kbId).toBe('o:boj');
    // The country keeps its own mention inside the bank's.
    expect(writtenAs(entities, text, 'Japan')?.kbId).toBe('cd:country/jp');
  });

  it("is no central bank after a country's possessive and another noun", () => {
    const text = "Japan's central banking reforms were debated in parliament on Monday.";
    const entities = linkDocument(kb, {
      text,
      date: '2025-06-17',
      ...linkLayers(text, [['Japan', 'location']]),
    });
    expect(entities.some((e) => e.kbId === 'o:boj')).toBe(false);
  });
});
