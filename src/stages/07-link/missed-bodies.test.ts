/**
 * Bodies' names the tagger missed (link-missed.ts): a brand written with a lower-case letter
 * then a capital ("xAI"), a club's name with its number ("Racing 92"), a company before a
 * deed of companies ("Boeing named …").
 */
import { describe, expect, it } from 'vitest';
import { kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'o:qai',
    type: 'organization',
    name: 'qAI',
    kind: 'company',
    country: 'US',
    prominence: 3,
  }),
  makeEntity({
    id: 'o:stade-71',
    type: 'organization',
    name: 'Stade 71',
    kind: 'sports-club',
    country: 'FR',
    prominence: 1,
  }),
  makeEntity({
    id: 'o:airframe',
    type: 'organization',
    name: 'Airframa',
    kind: 'company',
    country: 'US',
    prominence: 3,
  }),
  makeEntity({
    id: 'p:lena',
    type: 'person',
    name: 'Lena Brandt',
    names: [{ text: 'Brandt', kind: 'surname' }],
    kind: 'businessperson',
    country: 'US',
    prominence: 3,
  }),
]);

const link = linkerOver(kb, '2025-08-25', { tokens: true });

describe('bodies the tagger missed', () => {
  it('is the brand written with a capital second, as its owner writes it', () => {
    const text = 'Lena Brandt said her start-up qAI sued two rivals on Monday, accusing them of collusion.';
    const entities = link(text, [['Lena Brandt', 'person']]);
    expect(kbIdAt(entities, text, 'qAI')).toBe('o:qai');
  });

  it('is no brand when the letters are not the KB’s to the letter', () => {
    const text = 'Lena Brandt said the qAi team had been told on Monday.';
    const entities = link(text, [['Lena Brandt', 'person']]);
    expect(kbIdAt(entities, text, 'qAi')).toBeUndefined();
  });

  it('is the club with its number after the name', () => {
    const text = "Jules Petit, a winger for Stade 71's reserve side, scored twice on Sunday.";
    const entities = link(text, [['Jules Petit', 'person']]);
    expect(kbIdAt(entities, text, 'Stade 71')).toBe('o:stade-71');
  });

  it('is the company before a deed of companies: "named"', () => {
    const text = 'Airframa named an industry veteran as chief executive on Thursday.';
    const entities = link(text, []);
    expect(kbIdAt(entities, text, 'Airframa')).toBe('o:airframe');
  });
});
