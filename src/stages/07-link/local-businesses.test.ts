/**
 * A KB body's name at the head of a local business's name ("Vantor Roofing, a family firm in
 * Hull") is the business's, and so is the short name said alone after it. The body itself,
 * and a longer name the KB knows as the body's, still link.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { localBusinessNamed } from './local-businesses.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'o:vantor',
    type: 'organization',
    name: 'Vantor',
    kind: 'company',
    prominence: 4,
    description: 'American maker of electric vans',
  }),
  makeEntity({
    id: 'o:vantor-motors',
    type: 'organization',
    name: 'Vantor Motors',
    kind: 'company',
    prominence: 2,
    description: 'Vantor’s dealership arm',
  }),
  // A bearer of the word as a surname: the scan for missed names then reads it as a name.
  makeEntity({
    id: 'p:ilse-vantor',
    type: 'person',
    name: 'Ilse Vantor',
    names: [{ text: 'Vantor', kind: 'surname' }],
    country: 'AL',
    prominence: 2,
  }),
]);

const link = linkerOver(kb, '2025-03-04');

function idsOf(text: string, names: [string, EntityType][]): (string | null)[] {
  const entities = link(text, names);
  return names.map(([surface]) => {
    const at = text.indexOf(surface);
    return (
      entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + surface.length))?.kbId ??
      null
    );
  });
}

describe('a KB body’s name heading a local business’s', () => {
  it('leaves the business and its short name after unlinked', () => {
    const text =
      'Vantor Roofing, a family firm in Hull, won the contract to repair the school. The owner said Vantor had never sold a van.';
    expect(
      idsOf(text, [
        ['Vantor Roofing', 'organization'],
        ['Vantor', 'organization'],
      ]),
    ).toEqual([null, null]);
  });

  it('leaves the name unlinked when the tagger cut the business name short', () => {
    const text = 'Vantor Kebab House in Leeds was fined for a dirty kitchen.';
    expect(idsOf(text, [['Vantor', 'organization']])).toEqual([null]);
  });

  it('leaves a takeaway named after the body, and the body’s name said alone after it, unlinked', () => {
    const text =
      'Vantor Pizza, a takeaway in Port Talbot, lost its licence after an inspection. The Vantor manager said the ovens were new.';
    expect(
      idsOf(text, [
        ['Vantor Pizza', 'organization'],
        ['Vantor', 'organization'],
      ]),
    ).toEqual([null, null]);
    expect(localBusinessNamed('Vantor Grill opened on the high street.', 'Vantor', () => false)).toBe(
      'Grill',
    );
  });

  it('reads a longer name presented as a firm of a town as a business, whatever its trade', () => {
    const text =
      'Vantor Lighting, a 30-year-old family firm in Wrexham, was sold to its staff. Its founder said Vantor had nothing to do with the van maker.';
    expect(
      idsOf(text, [
        ['Vantor Lighting', 'organization'],
        ['Vantor', 'organization'],
      ]),
    ).toEqual([null, null]);
    expect(localBusinessNamed('Vantor Tyres opened in Leeds.', 'Vantor', () => false)).toBe('Tyres');
  });

  it('leaves the body’s name unlinked where the tagger missed it after such a business', () => {
    const text =
      'Vantor Builders, a construction firm in Accra, won a contract for 300 homes. Vantor chief executive Kofi Mensah said the name was his grandfather’s.';
    const entities = linkerOver(kb, '2025-03-04', { tokens: true })(text, [
      ['Vantor Builders', 'person'],
      ['Kofi Mensah', 'person'],
    ]);
    const vantor = entities.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'Vantor'));
    expect(vantor?.type).toBe('organization');
    expect(vantor?.kbId ?? null).toBeNull();
  });

  it('still links the body, and a longer name the KB knows', () => {
    expect(idsOf('Vantor recalled 4,000 vans on Monday.', [['Vantor', 'organization']])).toEqual([
      'o:vantor',
    ]);
    const unit = 'Vantor Motors, a dealership business in Leeds, said Vantor would open more.';
    expect(localBusinessNamed(unit, 'Vantor', (n) => n === 'Vantor Motors')).toBeNull();
    expect(
      localBusinessNamed('Vantor Energy, the battery arm of the van maker, grew.', 'Vantor', () => false),
    ).toBeNull();
    const text = 'Vantor Motors Roofing opened in Leeds. Vantor said sales rose.';
    expect(localBusinessNamed(text, 'Vantor', (n) => n === 'Vantor Motors')).toBeNull();
  });
});

describe('localBusinessNamed', () => {
  const never = () => false;
  it('names the trade word of the business', () => {
    expect(localBusinessNamed('The Crown Farm, a dairy near Ely, won.', 'Crown', never)).toBe('Farm');
  });

  it('reads each article anew: a trade word elsewhere in one is no business in the next', () => {
    const withFarm = 'Crown said profits rose. The Crown Farm, a dairy near Ely, won.';
    expect(localBusinessNamed(withFarm, 'Crown', never)).toBe('Farm');
    // The same name in an article without any trade word, then a trade word not after the name.
    expect(localBusinessNamed('Crown Estates said profits rose.', 'Crown', never)).toBeNull();
    expect(localBusinessNamed('Crown Estates bought a Dairy near Ely.', 'Crown', never)).toBeNull();
    expect(localBusinessNamed(withFarm, 'Crown', never)).toBe('Farm');
  });

  it('reads whole words only, and no brand of a big firm', () => {
    expect(localBusinessNamed('Crowning Farm opened.', 'Crown', never)).toBeNull();
    expect(localBusinessNamed('Vantor Store opened in Leeds.', 'Vantor', never)).toBeNull();
  });

  it('reads a letter of any script before the name as part of a longer word', () => {
    expect(localBusinessNamed('The Ducrown Farm opened.', 'crown', never)).toBeNull();
    expect(localBusinessNamed('Ž Crown Farm and ŽCrown Farm.', 'Crown', never)).toBe('Farm');
    expect(localBusinessNamed('ŽCrown Farm opened.', 'Crown', never)).toBeNull();
    // A letter outside the basic plane (two UTF-16 units) is one letter; an emoji is none.
    expect(localBusinessNamed('𝒜Crown Farm opened.', 'Crown', never)).toBeNull();
    expect(localBusinessNamed('😀Crown Farm opened.', 'Crown', never)).toBe('Farm');
  });

  it('finds the business at a later mention when an earlier one is part of a longer word', () => {
    expect(localBusinessNamed('Ducrown Farm and then Crown Farm.', 'Crown', never)).toBe('Farm');
  });

  it('reads the name where it stands, not again inside itself', () => {
    // "Ha Ha Ha Farm": the name "Ha Ha" is found at the start; the trade word then follows "Ha".
    expect(localBusinessNamed('Ha Ha Ha Farm opened.', 'Ha Ha', never)).toBe('Farm');
    expect(localBusinessNamed('Ha Ha said so.', 'Ha Ha', never)).toBeNull();
  });
});
