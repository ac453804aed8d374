/**
 * A body's name the KB does not know, spelled near the name of a body a linked person of the
 * article holds a role in, is that body (session acc22-link-b; `linkPeoplesBodiesBySpelling`
 * in link-consistency.ts): "Ilka Sorvan, whose Vanra party …" is Sorvan's Vandra.
 */
import { describe, expect, it } from 'vitest';
import { kbIdAt, linkerOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const vandra = makeEntity({
  id: 'o:vandra',
  type: 'organization',
  name: 'Vandra',
  kind: 'party',
  country: 'EE',
  prominence: 2,
  names: [{ text: 'Vandra Party', kind: 'alias' }],
});
const sorvan = personEntity({
  id: 'sorvan',
  name: 'Ilka Sorvan',
  surname: 'Sorvan',
  country: 'EE',
  prominence: 3,
  roles: [{ role: 'Party Leader', org: 'Vandra Party', orgId: 'o:vandra', from: '2024-03' }],
});
const kb = new MemoryKnowledgeBase([vandra, sorvan]);
const link = linkerOver(kb, '2025-10-01');

describe('a body of the article’s person, misspelt', () => {
  it('is that body when its leader is linked in the article', () => {
    const text = 'Ilka Sorvan, whose Vanra party leads the polls, drew thousands to a rally on Sunday.';
    const entities = link(text, [
      ['Ilka Sorvan', 'person'],
      ['Vanra', 'organization'],
    ]);
    expect(kbIdAt(entities, text, 'Vanra')).toBe('o:vandra');
  });

  it('is nothing without its person, or when the spelling is far off', () => {
    const alone = 'The Vanra party leads the polls ahead of Sunday’s vote.';
    expect(kbIdAt(link(alone, [['Vanra', 'organization']]), alone, 'Vanra')).toBeNull();
    const far = 'Ilka Sorvan, whose Vorota party leads the polls, drew thousands to a rally.';
    expect(
      kbIdAt(
        link(far, [
          ['Ilka Sorvan', 'person'],
          ['Vorota', 'organization'],
        ]),
        far,
        'Vorota',
      ),
    ).toBeNull();
  });
});
