/**
 * A company named after a thing of fiction or myth, its accents dropped: an article that writes
 * the word with them as the thing's (lower case, or after its kind) speaks of the thing, and the
 * unaccented word after it is the thing too. The company's own accented name still links.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { accentedSourceOf, accentedThingWords, foldAccents } from './accented-sources.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'o:silmar',
    type: 'organization',
    name: 'Silmar',
    kind: 'company',
    prominence: 3,
    description: 'American maker of surveillance drones',
  }),
  makeEntity({
    id: 'o:vaerna',
    type: 'organization',
    name: 'Værna',
    names: [{ text: 'Vaerna', kind: 'alias' }],
    kind: 'company',
    prominence: 3,
    description: 'Norwegian insurer',
  }),
]);

const link = linkerOver(kb, '2025-05-02');

describe('a company’s name written with the accents of the thing it was named after', () => {
  it('leaves the unaccented word unlinked after the article wrote the thing’s accented form', () => {
    const common =
      'The museum shows a silmár of the old sagas. Visitors said the Silmar display was the best.';
    expect(writtenAs(link(common, [['Silmar', 'organization']]), common, 'Silmar')?.kbId ?? null).toBeNull();
    const kind = 'The saga tells of the sword Sílmar. Children queued for the Silmar replica.';
    expect(writtenAs(link(kind, [['Silmar', 'organization']]), kind, 'Silmar')?.kbId ?? null).toBeNull();
  });

  it('still links the company in news, and a company whose own name is accented', () => {
    const news = 'Silmar won a drone contract from the army on Friday.';
    expect(writtenAs(link(news, [['Silmar', 'organization']]), news, 'Silmar')?.kbId).toBe('o:silmar');
    const own = 'Shares in Værna rose after the storm. Vaerna said claims would be paid.';
    expect(writtenAs(link(own, [['Vaerna', 'organization']]), own, 'Vaerna')?.kbId).toBe('o:vaerna');
  });
});

describe('accentedThingWords', () => {
  it('reads accented words in lower case or after an article and a kind noun, by their folded form', () => {
    const words = accentedThingWords('A palantír lay beside the sword Andúril, and Zoë Müller spoke.');
    expect([...words]).toEqual([
      ['palantir', 'palantír'],
      ['anduril', 'Andúril'],
    ]);
    expect(foldAccents('Andúril')).toBe('anduril');
    expect(accentedThingWords('No accents here.').size).toBe(0);
  });

  it('reads nothing for an accented surface or a name of the entity', () => {
    const silmar = kb.get('o:silmar')!;
    const words = accentedThingWords('the sword Sílmar');
    expect(accentedSourceOf('Silmar', silmar, words)).toBe('the thing written Sílmar');
    expect(accentedSourceOf('Sílmar', silmar, words)).toBeNull();
  });
});
