import { describe, expect, it } from 'vitest';
import { linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { placeWithoutHead } from './geographic-heads.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({ id: 'org:orinoco', type: 'organization', name: 'Orinoco', kind: 'company', prominence: 4 }),
  makeEntity({
    id: 'pl:orinoco-basin',
    type: 'location',
    name: 'Orinoco basin',
    kind: 'place',
    prominence: 2,
  }),
  makeEntity({ id: 'org:gobi', type: 'organization', name: 'Gobi', kind: 'company', prominence: 3 }),
]);

describe('placeWithoutHead', () => {
  it('finds the place of the word and a geographic head, none without one', () => {
    expect(placeWithoutHead(kb, 'Orinoco')?.id).toBe('pl:orinoco-basin');
    expect(placeWithoutHead(kb, 'Gobi')).toBeNull();
  });
});

describe('a company word refused as a place', () => {
  it('links the place of that word and a geographic head', () => {
    const text = 'Fires burned for weeks in the Orinoco, satellite data showed.';
    expect(linkedEntityOver(kb, text, [['Orinoco', 'location']], 'Orinoco')?.kbId).toBe('pl:orinoco-basin');
  });
  it('keeps the company where the text speaks of it', () => {
    const text = 'Orinoco shares rose after the results.';
    expect(linkedEntityOver(kb, text, [['Orinoco', 'organization']], 'Orinoco')?.kbId).toBe('org:orinoco');
  });
});
