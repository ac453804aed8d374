import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { BodyNameBags, bagOf, reorderedBody, reorderings } from './reordered-bodies.js';

const body = (id: string, name: string, prominence: number, aliases: string[] = []) =>
  makeEntity({
    id,
    type: 'organization',
    name,
    prominence,
    names: aliases.map((text) => ({ text, kind: 'alias' as const })),
  });

const kb = new MemoryKnowledgeBase([
  countryEntity('NO', 'Norway', 'Norwegian'),
  countryEntity('CL', 'Chile', 'Chilean'),
  body('org:norges-bank', 'Bank of Norway', 4, ['Norges Bank']),
  body('org:nordic-bank', 'Nordic Investment Bank', 3),
  body('org:chile-bank', 'Development Bank of Chile', 2),
  body('org:bureau-a', 'Bureau of Federal Statistics', 3),
  body('org:bureau-b', 'Federal Statistics Bureau', 3),
]);

describe('reorderings', () => {
  it('gives every other order of the words, each also with "of" before a word', () => {
    const names = reorderings(['Norway', 'Bank']);
    expect(names).toEqual(expect.arrayContaining(['Bank Norway', 'Bank of Norway', 'Norway of Bank']));
    expect(names).not.toContain('Norway Bank');
  });
});

describe('reorderedBody', () => {
  it('finds a well-known body whose name is the words in another order', () => {
    expect(reorderedBody(kb, 'Norway Bank')?.entity.id).toBe('org:norges-bank');
    expect(reorderedBody(kb, 'the Norway Bank')?.name).toBe('Bank of Norway');
    expect(reorderedBody(kb, 'Investment Nordic Bank')?.entity.id).toBe('org:nordic-bank');
  });

  it('finds nothing for a lesser body, two bodies, or words that are no name', () => {
    expect(reorderedBody(kb, 'Chile Development Bank')).toBeNull();
    // "Federal Bureau Statistics" reorders into both bureaus' names.
    expect(reorderedBody(kb, 'Statistics Federal Bureau')).toBeNull();
    expect(reorderedBody(kb, 'Norway bank')).toBeNull();
    expect(reorderedBody(kb, 'Bank')).toBeNull();
  });
});

describe('BodyNameBags', () => {
  it('gives every order of a name, with or without "of", one bag', () => {
    expect(bagOf('Norway Bank')).toBe(bagOf('Bank of Norway'));
    expect(bagOf('Statistics Federal Bureau')).toBe(bagOf('Bureau of Federal Statistics'));
    expect(bagOf('Norway Bank')).not.toBe(bagOf('Norway Investment Bank'));
  });

  it("knows the bags of the KB's organisation names and aliases, and no others", () => {
    const bags = BodyNameBags.for(kb);
    expect(bags.has('Norway Bank')).toBe(true);
    expect(bags.has('Bank Norges')).toBe(true);
    // A country's name is no organisation's.
    expect(bags.has('Norway')).toBe(false);
    expect(bags.has('Energy Ministry')).toBe(false);
  });

  it('lets reorderedBody answer without a look-up when no order can name a body', () => {
    const lookups: string[] = [];
    // The KB with its look-ups recorded.
    const counting = Object.create(kb) as typeof kb;
    counting.lookup = (name: string) => {
      lookups.push(name);
      return kb.lookup(name);
    };
    expect(reorderedBody(counting, 'Energy Ministry Office', BodyNameBags.for(kb))).toBeNull();
    expect(lookups).toEqual([]);
    expect(reorderedBody(counting, 'Norway Bank', BodyNameBags.for(kb))?.entity.id).toBe('org:norges-bank');
    expect(lookups.length).toBeGreaterThan(0);
  });
});

describe('bodies named in another word order, in the linker', () => {
  it('links the reordered name of a well-known body, with the word order as evidence', () => {
    const text = 'The Norway Bank kept its key rate at 4.5 percent on Thursday.';
    const entity = linkedEntityOver(kb, text, [['Norway Bank', 'organization']], 'Norway Bank');
    expect(entity?.kbId).toBe('org:norges-bank');
    expect(entity?.evidence.map((e) => e.detail)).toContain('Norway Bank ~ Bank of Norway (word order)');
  });

  it('leaves a person or place typed mention alone', () => {
    const text = 'Norway Bank, a fisherman from Tromsø, sold his boat.';
    expect(linkedEntityOver(kb, text, [['Norway Bank', 'person']], 'Norway Bank')?.kbId ?? null).toBeNull();
  });
});
