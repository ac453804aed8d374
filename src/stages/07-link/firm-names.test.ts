/**
 * Firm names the tagger ran on: a firm and its town ("… Ltd of Cardiff"), two firms side by
 * side ("a Jeju Air Boeing") (firm-names.ts).
 */
import { describe, expect, it } from 'vitest';
import { linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { withModelAfter } from './firm-names.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({ id: 'c:leeds', type: 'location', name: 'Leeds', kind: 'city', country: 'GB', prominence: 2 }),
  makeEntity({
    id: 'o:england',
    type: 'organization',
    name: 'Bank of England',
    kind: 'central-bank',
    country: 'GB',
    prominence: 4,
  }),
  makeEntity({
    id: 'o:tway',
    type: 'organization',
    name: "T'way Air",
    kind: 'company',
    country: 'KR',
    prominence: 1,
  }),
  makeEntity({
    id: 'o:airbus',
    type: 'organization',
    name: 'Airbus',
    kind: 'company',
    country: 'FR',
    prominence: 4,
  }),
  makeEntity({
    id: 'o:a321',
    type: 'organization',
    name: 'Airbus A321',
    names: [{ text: 'Airbus A321neo', kind: 'alias' }],
    kind: 'aircraft',
    country: 'FR',
    prominence: 1,
  }),
  makeEntity({
    id: 'o:air-korea',
    type: 'organization',
    name: 'Air Korea',
    kind: 'company',
    country: 'KR',
    prominence: 1,
  }),
  makeEntity({ id: 'c:kr', type: 'location', name: 'Korea', kind: 'country', country: 'KR', prominence: 4 }),
  makeEntity({
    id: 'o:airbus-2030',
    type: 'organization',
    name: 'Airbus 2030',
    kind: 'programme',
    country: 'FR',
    prominence: 1,
  }),
]);

const entityOver = (text: string, names: [string, EntityType][], surface: string) =>
  linkedEntityOver(kb, text, names, surface);

describe('a firm and its town', () => {
  it('splits the town off after a company word, as a place of its own', () => {
    const text = 'Kestrel Roofing Ltd of Leeds has been fined for unsafe scaffolding.';
    const names: [string, EntityType][] = [['Kestrel Roofing Ltd of Leeds', 'organization']];
    expect(entityOver(text, names, 'Leeds')?.kbId).toBe('c:leeds');
    expect(entityOver(text, names, 'Kestrel Roofing Ltd')?.kbId ?? null).toBeNull();
  });

  it('splits the town off after a trade the firm is named by', () => {
    const text = 'Harrow Plumbing & Heating of Leeds said the leak was not its work.';
    const names: [string, EntityType][] = [['Harrow Plumbing & Heating of Leeds', 'organization']];
    expect(entityOver(text, names, 'Leeds')?.kbId).toBe('c:leeds');
    expect(entityOver(text, names, 'Harrow Plumbing & Heating')?.kbId ?? null).toBeNull();
  });

  it('keeps a name whose "of" is part of it', () => {
    const text = 'The Bank of England held rates at 4 percent.';
    expect(entityOver(text, [['Bank of England', 'organization']], 'Bank of England')?.kbId).toBe(
      'o:england',
    );
  });
});

describe('two firms side by side', () => {
  it("splits an airline and its plane's maker", () => {
    const text = "A T'way Air Airbus made an emergency landing in Daegu on Sunday.";
    const names: [string, EntityType][] = [["T'way Air Airbus", 'organization']];
    expect(entityOver(text, names, "T'way Air")?.kbId).toBe('o:tway');
    expect(entityOver(text, names, 'Airbus')?.kbId).toBe('o:airbus');
  });
});

describe('a maker and its model', () => {
  it('takes the model designation after the maker in when together they are a KB name', () => {
    const text = 'An Airbus A321neo of the charter airline skidded off the runway in Daegu.';
    expect(entityOver(text, [['Airbus', 'organization']], 'Airbus A321neo')?.kbId).toBe('o:a321');
  });

  it("takes it in after an airline's name run into the maker's, the country word closing the airline's", () => {
    const text = 'An Air Korea Airbus A321neo skidded off the runway in Daegu.';
    const names: [string, EntityType][] = [['Air Korea Airbus', 'organization']];
    expect(entityOver(text, names, 'Air Korea')?.kbId).toBe('o:air-korea');
    expect(entityOver(text, names, 'Airbus A321neo')?.kbId).toBe('o:a321');
  });

  it('leaves a year after the maker alone, and the maker where no model follows', () => {
    const text = 'Airbus 2030 deliveries will beat forecasts, the planemaker said.';
    const at = text.indexOf('Airbus');
    expect(
      withModelAfter(kb, text, { start: at, end: at + 6, type: 'organization', by: 'test', confidence: 1 }),
    ).toBeNull();
    const plain = 'Airbus said 30 jets were delayed.';
    expect(entityOver(plain, [['Airbus', 'organization']], 'Airbus')?.kbId).toBe('o:airbus');
  });
});
