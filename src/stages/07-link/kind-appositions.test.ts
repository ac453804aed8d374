/**
 * An apposition saying what a name is — a band, a ship, a brand — overrules the KB's sense of
 * the name; a kind the entity's own profile names, or a body's own word without a genre
 * ("the militant group"), does not.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'o:citadel',
    type: 'organization',
    name: 'Citadel',
    kind: 'ministry',
    prominence: 4,
    description: 'Defence ministry of Norland, named after its headquarters',
  }),
  makeEntity({
    id: 'o:vortak',
    type: 'organization',
    name: 'Vortak',
    kind: 'company',
    prominence: 3,
    description: 'Norlandic sportswear brand',
  }),
  makeEntity({
    id: 'o:redhand',
    type: 'organization',
    name: 'Red Hand',
    kind: 'militant-group',
    prominence: 3,
    description: 'Armed faction in the north of Norland',
  }),
  makeEntity({ id: 'l:halden', type: 'location', name: 'Haldenburg', kind: 'city', prominence: 3 }),
]);

const link = linkerOver(kb, '2025-09-20');

function kbIdOf(text: string, surface: string, type: EntityType = 'organization'): string | null {
  return writtenAs(link(text, [[surface, type]]), text, surface)?.kbId ?? null;
}

describe('an apposition that says what the name is', () => {
  it('leaves a band, a ship or a brand bearing a body’s or a town’s name unlinked', () => {
    expect(
      kbIdOf('Citadel, the K-pop boy group that debuted in 2019, sold out two nights.', 'Citadel'),
    ).toBeNull();
    expect(kbIdOf('Citadel, a rock band from the coast, released its third album.', 'Citadel')).toBeNull();
    expect(
      kbIdOf(
        'Haldenburg, the cruiser launched in 1998, was towed to the scrapyard.',
        'Haldenburg',
        'location',
      ),
    ).toBeNull();
  });

  it('leaves a name given to a band or a ship just before it unlinked', () => {
    expect(
      kbIdOf('Fans queued all night to hear a band called Citadel play in the square.', 'Citadel'),
    ).toBeNull();
    expect(
      kbIdOf('The tanker named Haldenburg ran aground on Tuesday.', 'Haldenburg', 'location'),
    ).toBeNull();
  });

  it('leaves a figure of myth bearing a company’s name unlinked', () => {
    expect(
      kbIdOf('At the shrine, Vortak, the goddess Selvi, was offered bread and salt, guides said.', 'Vortak'),
    ).toBeNull();
    expect(kbIdOf('Vortak, the river god of the old tribes, was honoured each spring.', 'Vortak')).toBeNull();
  });

  it('still links the body presented by its own kind', () => {
    expect(
      kbIdOf('Citadel, the ministry that runs the army, said the drill would go ahead.', 'Citadel'),
    ).toBe('o:citadel');
    expect(kbIdOf('Vortak, the sportswear brand, reported higher profits.', 'Vortak')).toBe('o:vortak');
    expect(kbIdOf('The minister named Citadel officials in the report.', 'Citadel')).toBe('o:citadel');
    expect(kbIdOf('Red Hand, the armed group that holds the valley, said it would talk.', 'Red Hand')).toBe(
      'o:redhand',
    );
  });
});

describe('a vessel’s kind right before the name (session acc22-link-b)', () => {
  it('leaves the town a warship is named after unlinked', () => {
    expect(
      kbIdOf('The loss of the cruiser Haldenburg still weighs on the navy.', 'Haldenburg', 'location'),
    ).toBeNull();
    expect(
      kbIdOf('Divers reached the sunken Norlandic flagship Haldenburg on Friday.', 'Haldenburg', 'location'),
    ).toBeNull();
  });

  it('still links the town after a vessel noun that is no name’s kind', () => {
    expect(kbIdOf('The ferry to Haldenburg was cancelled on Friday.', 'Haldenburg', 'location')).toBe(
      'l:halden',
    );
  });
});

describe('a warship’s kind right after a town’s name "the" opens (session acc23-link-a)', () => {
  it('leaves the town a submarine or a cruiser is named after unlinked', () => {
    expect(
      kbIdOf(
        'Families marked ten years since the Haldenburg nuclear submarine sank off the cape.',
        'Haldenburg',
        'location',
      ),
    ).toBeNull();
    expect(kbIdOf('The Haldenburg cruiser was towed to port.', 'Haldenburg', 'location')).toBeNull();
  });

  it('still links the town of a ferry, a body’s ship, or a town not opened by "the"', () => {
    expect(kbIdOf('Storms halted the Haldenburg ferry for a third day.', 'Haldenburg', 'location')).toBe(
      'l:halden',
    );
    expect(kbIdOf('The Vortak ship docked in the harbour on Monday.', 'Vortak')).toBe('o:vortak');
    expect(kbIdOf('Sailors at the Haldenburg submarine base went on strike.', 'Haldenburg', 'location')).toBe(
      'l:halden',
    );
    expect(kbIdOf('Haldenburg shipyard workers went on strike.', 'Haldenburg', 'location')).toBe('l:halden');
    expect(kbIdOf('Crowds in Haldenburg ferry tourists to the island.', 'Haldenburg', 'location')).toBe(
      'l:halden',
    );
  });
});
