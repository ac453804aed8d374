/**
 * A person's exact name written with a slip of form, not of spelling: a one-word stage name
 * split at a syllable ("Min Seo" for Minseo) or a surname given a stray "s" ("Dana Corvells"
 * for Dana Corvell). The form put back links as the exact name would, vetoes included; a name
 * that is only near a KB name that way, or names a private person, stays unlinked.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { joinedHalves, withoutStrayS } from './stray-name-forms.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'p:minseo',
    type: 'person',
    name: 'Minseo',
    country: 'KR',
    prominence: 1,
    born: 1998,
    description: 'South Korean singer; member of the band Starlane',
  }),
  makeEntity({
    id: 'p:corvell',
    type: 'person',
    name: 'Dana Corvell',
    names: [{ text: 'Corvell', kind: 'surname' }],
    country: 'US',
    prominence: 4,
    born: 1989,
    description: 'American singer-songwriter',
  }),
]);

const link = linkerOver(kb, '2025-08-26');

function linked(text: string, surface: string): string | null {
  return writtenAs(link(text, [[surface, 'person']]), text, surface)?.kbId ?? null;
}

describe('a name split at a syllable or given a stray s', () => {
  it('links the stage name written in two halves', () => {
    expect(linked('Min Seo was discharged from military service on Tuesday.', 'Min Seo')).toBe('p:minseo');
  });

  it('links the full name with a stray s, even in copy of private life', () => {
    const text = 'Dana Corvells and her fiance announced their engagement to fans on Instagram.';
    expect(linked(text, 'Dana Corvells')).toBe('p:corvell');
  });

  it('still refuses a private person of that name', () => {
    const text = 'Dana Corvells, a 41-year-old nurse from Tulsa, won the state lottery.';
    expect(linked(text, 'Dana Corvells')).toBeNull();
  });

  it('reads no stray s off a name an apposition presents: many surnames end in s', () => {
    const text = 'Dana Corvells, the Tulsa Roughnecks captain, signed a one-year deal.';
    expect(linked(text, 'Dana Corvells')).toBeNull();
  });

  it('puts back no form that is not the name exactly', () => {
    expect(linked('Min Sae finished his military service on Tuesday.', 'Min Sae')).toBeNull();
  });
});

describe('the forms put back', () => {
  it('joins two capitalised halves, the second in lower case', () => {
    expect(joinedHalves('Min Seo')).toBe('Minseo');
    expect(joinedHalves('Kim Jong Un')).toBeNull();
    expect(joinedHalves('Minseo')).toBeNull();
  });

  it('drops one final s after a letter other than s, in a name of two words or more', () => {
    expect(withoutStrayS('Dana Corvells')).toBe('Dana Corvell');
    expect(withoutStrayS('Emma Ross')).toBeNull();
    expect(withoutStrayS('Corvells')).toBeNull();
  });
});
