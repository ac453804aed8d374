/**
 * "a staging of Verdi's Otello": a one-word name in the possessive before a work of the stage
 * is the work's author, not a body bearing the surname (works-of-creators.ts); and "the Drava
 * river": a name before a noun of waters is the river's, not a party's (landform-names.ts).
 */
import { describe, expect, it } from 'vitest';
import { linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { creatorOfWork } from './works-of-creators.js';

const verdi = makeEntity({
  id: 'o:verdi',
  type: 'organization',
  name: 'Verdi Energia',
  names: [{ text: 'Verdi', kind: 'alias' }],
  kind: 'company',
  country: 'IT',
  description: 'Italian energy company',
  prominence: 3,
});
const drava = makeEntity({
  id: 'o:drava',
  type: 'organization',
  name: 'Drava',
  kind: 'party',
  country: 'HR',
  description: 'Croatian green party',
  prominence: 2,
});
const thames = makeEntity({
  id: 'pl:thames',
  type: 'location',
  name: 'Thames',
  kind: 'place',
  country: 'GB',
  description: 'river flowing through London',
  prominence: 2,
});
const kb = new MemoryKnowledgeBase([verdi, drava, thames]);

describe('the author of a work of the stage', () => {
  it('leaves a body unlinked when its name is the possessive before an opera', () => {
    const title = "La Scala opened its season with Verdi's Otello, and opera fans queued overnight.";
    expect(linkedEntityOver(kb, title, [['Verdi', 'organization']], 'Verdi')?.kbId ?? null).toBeNull();
    const noun = "The festival closes with Verdi's requiem under a young conductor.";
    expect(linkedEntityOver(kb, noun, [['Verdi', 'organization']], 'Verdi')?.kbId ?? null).toBeNull();
  });

  it('keeps the body in business copy and a body of the arts before its own staging', () => {
    const shares = "Verdi's shares rose 4% after the utility raised its forecast.";
    expect(linkedEntityOver(kb, shares, [['Verdi', 'organization']], 'Verdi')?.kbId).toBe('o:verdi');
    const product = "Verdi's Solare tariff drew 40,000 customers, the company said.";
    expect(linkedEntityOver(kb, product, [['Verdi', 'organization']], 'Verdi')?.kbId).toBe('o:verdi');
    const house = makeEntity({
      id: 'o:met',
      type: 'organization',
      name: 'Met',
      kind: 'venue',
      description: 'opera house in New York',
    });
    expect(creatorOfWork("'s Aida drew a full house", 'The opera season opened.', house)).toBeNull();
  });
});

describe('a name before a noun of waters', () => {
  it('leaves a party named like the river unlinked', () => {
    const text = 'Low water on the Drava river halted barge traffic near Osijek, officials said.';
    expect(linkedEntityOver(kb, text, [['Drava', 'organization']], 'Drava')?.kbId ?? null).toBeNull();
  });

  it('keeps the party elsewhere and a river of the KB before "river"', () => {
    const party = 'Drava won three seats in the city assembly.';
    expect(linkedEntityOver(kb, party, [['Drava', 'organization']], 'Drava')?.kbId).toBe('o:drava');
    const river = 'Rowers trained on the Thames river before dawn.';
    expect(linkedEntityOver(kb, river, [['Thames', 'location']], 'Thames')?.kbId).toBe('pl:thames');
  });
});
