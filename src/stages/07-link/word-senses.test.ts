/**
 * A company's one-word name read in another sense of its word: a term of science ("a Tesla
 * coil"), a crop's growers, a town's shopping centre, the rainforest a company is named after
 * ("fires in the Amazon"). The company itself, named as such, still links.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const company = (id: string, name: string, description: string) =>
  makeEntity({ id, type: 'organization', name, kind: 'company', prominence: 4, description });

const kb = new MemoryKnowledgeBase([
  company('o:pear', 'Pear', 'Norlandic maker of phones and laptops'),
  company('o:volta', 'Volta', 'Norlandic electric-car maker'),
  company('o:orinoco', 'Orinoco', 'Online retailer and cloud provider'),
  company('o:hexagon', 'Hexagon', 'Norland defence ministry, named after its headquarters'),
  makeEntity({ id: 'l:orinoco-forest', type: 'location', name: 'Orinoco rainforest', prominence: 2 }),
]);

const link = linkerOver(kb, '2025-06-02');
const kbIdOf = (text: string, surface: string, type: EntityType = 'organization') =>
  writtenAs(link(text, [[surface, type]]), text, surface)?.kbId ?? null;

describe('a body’s one-word name in another sense of the word', () => {
  it('reads a term of science, a crop’s growers and a town’s shopping centre, not the company', () => {
    expect(kbIdOf('Students built a working Volta coil for the science fair in Bergen.', 'Volta')).toBeNull();
    expect(kbIdOf('The Volta principle was the theme of the physics lecture.', 'Volta')).toBeNull();
    expect(kbIdOf('Pear growers in the valley expect a record harvest this autumn.', 'Pear')).toBeNull();
    expect(
      kbIdOf('The Hexagon shopping centre in Dunmore will close in March, the council said.', 'Hexagon'),
    ).toBeNull();
  });

  it('reads the rainforest the name is said as after a preposition of place and "the"', () => {
    expect(
      kbIdOf('Wildfires in the Orinoco destroyed a record area of forest this year.', 'Orinoco'),
    ).not.toBe('o:orinoco');
    expect(kbIdOf('Logging across the Orinoco, researchers said, doubled.', 'Orinoco')).not.toBe('o:orinoco');
  });

  it('still links the company', () => {
    expect(kbIdOf('Pear shareholders backed the buyback on Tuesday.', 'Pear')).toBe('o:pear');
    expect(kbIdOf('Volta shares rose 4% after the delivery figures.', 'Volta')).toBe('o:volta');
    expect(kbIdOf('Workers in the Orinoco warehouse in Leeds voted to strike.', 'Orinoco')).toBe('o:orinoco');
    expect(kbIdOf('Orinoco said sales in the quarter rose.', 'Orinoco')).toBe('o:orinoco');
    expect(kbIdOf('The Hexagon said the drill would go ahead.', 'Hexagon')).toBe('o:hexagon');
  });
});
