import { describe, expect, it } from 'vitest';
import { linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { acronymOfNamedBody, mayBeSharedAcronym } from './article-acronyms.js';

const body = (id: string, name: string, short: string, prominence: number) =>
  makeEntity({ id, type: 'organization', name, prominence, names: [{ text: short, kind: 'short' }] });

const kb = new MemoryKnowledgeBase([
  body('org:nlf-ngo', 'National Literacy Foundation', 'NLF', 3),
  body('org:nlf-armed', 'National Liberation Front', 'NLF', 2),
  body('org:unrelated', 'Harbour Authority', 'HA', 2),
]);

describe('acronymOfNamedBody', () => {
  const ngo = kb.get('org:nlf-ngo')!;
  const front = kb.get('org:nlf-armed')!;
  it('gives the other bearer of the short form that the article names', () => {
    expect(acronymOfNamedBody('NLF', ngo, [front])?.id).toBe('org:nlf-armed');
  });
  it('gives nothing when the article names no other bearer, or the mention is no short form', () => {
    expect(acronymOfNamedBody('NLF', ngo, [kb.get('org:unrelated')!])).toBeNull();
    expect(acronymOfNamedBody('National Literacy Foundation', ngo, [front])).toBeNull();
  });
});

describe('mayBeSharedAcronym', () => {
  it('is the gate of acronymOfNamedBody: no other bearer is asked for past a no', () => {
    const ngo = kb.get('org:nlf-ngo')!;
    const front = kb.get('org:nlf-armed')!;
    expect(mayBeSharedAcronym('NLF', ngo)).toBe(true);
    for (const [surface, linked] of [
      ['National Literacy Foundation', ngo],
      ['HA', ngo],
      ['NLF', kb.get('org:unrelated')!],
    ] as const) {
      expect(mayBeSharedAcronym(surface, linked)).toBe(false);
      expect(acronymOfNamedBody(surface, linked, [front, ngo, kb.get('org:unrelated')!])).toBeNull();
    }
  });
});

describe('an acronym two bodies share, after one of them is named in full', () => {
  it('links the body the article names', () => {
    const text = 'The National Liberation Front seized the port. NLF fighters then moved north.';
    const names = [
      ['National Liberation Front', 'organization'],
      ['NLF', 'organization'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'NLF')?.kbId).toBe('org:nlf-armed');
  });
  it('keeps the first reading when the article names neither', () => {
    const text = 'NLF volunteers taught 200 adults to read this year.';
    expect(linkedEntityOver(kb, text, [['NLF', 'organization']], 'NLF')?.kbId).toBe('org:nlf-ngo');
  });
});

describe('an acronym two bodies share, before a noun for armed men (acc23-link-b)', () => {
  const armedKb = new MemoryKnowledgeBase([
    makeEntity({ ...body('org:dmf-ngo', 'Doctors for Mountain Folk', 'DMF', 3), kind: 'ngo' }),
    makeEntity({ ...body('org:dmf-armed', 'Democratic Mountain Front', 'DMF', 2), kind: 'armed-group' }),
  ]);
  it('links the armed group when its fighters are named after the letters', () => {
    const text = 'DMF militants shelled the valley town overnight, residents said.';
    expect(linkedEntityOver(armedKb, text, [['DMF', 'organization']], 'DMF')?.kbId).toBe('org:dmf-armed');
  });
  it('keeps the first reading before any other noun', () => {
    const text = 'DMF volunteers opened a clinic in the valley town.';
    expect(linkedEntityOver(armedKb, text, [['DMF', 'organization']], 'DMF')?.kbId).toBe('org:dmf-ngo');
  });
});

describe('an acronym two bodies share, before a deed of war (acc27-link-b)', () => {
  const armedKb = new MemoryKnowledgeBase([
    makeEntity({ ...body('org:dmf-ngo', 'Doctors for Mountain Folk', 'DMF', 3), kind: 'ngo' }),
    makeEntity({ ...body('org:dmf-armed', 'Democratic Mountain Front', 'DMF', 2), kind: 'armed-group' }),
  ]);
  it('links the armed group when it takes or shells a town', () => {
    for (const text of [
      'The DMF captured the valley town of Oruz after a two-month siege, residents said.',
      'The DMF has stormed the garrison at the pass.',
    ])
      expect(linkedEntityOver(armedKb, text, [['DMF', 'organization']], 'DMF')?.kbId).toBe('org:dmf-armed');
  });
  it('keeps the first reading after a deed of peace', () => {
    const text = 'The DMF opened a clinic in the valley town of Oruz.';
    expect(linkedEntityOver(armedKb, text, [['DMF', 'organization']], 'DMF')?.kbId).toBe('org:dmf-ngo');
  });
});
