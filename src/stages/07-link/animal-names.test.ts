/**
 * An animal named after a firm, a place or an event ("Vantor, a greyhound trained in Cork",
 * "a racehorse called Vantor") is the animal: the KB body stays unlinked. The body itself,
 * in copy about animals or brands of animal food, still links.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'o:vantor',
    type: 'organization',
    name: 'Vantor',
    kind: 'company',
    prominence: 4,
    description: 'American maker of graphics chips',
  }),
  makeEntity({
    id: 'l:orlen',
    type: 'location',
    name: 'Orlenburg',
    kind: 'city',
    country: 'DE',
    prominence: 3,
  }),
]);

const link = linkerOver(kb, '2025-09-20');

function kbIdOf(text: string, surface: string, type: EntityType = 'organization'): string | null {
  return writtenAs(link(text, [[surface, type]]), text, surface)?.kbId ?? null;
}

describe('an animal presented by its kind after the name', () => {
  it('leaves a greyhound or a filly bearing a firm’s or a town’s name unlinked', () => {
    expect(
      kbIdOf('Vantor, a greyhound trained in County Cork, won the Derby final at Shelbourne Park.', 'Vantor'),
    ).toBeNull();
    expect(
      kbIdOf(
        'Orlenburg, the three-year-old filly from a Newmarket yard, was scratched on Friday.',
        'Orlenburg',
        'location',
      ),
    ).toBeNull();
  });

  it('still links the firm when the apposition names its own trade', () => {
    expect(kbIdOf('Vantor, a chip maker with a dog-friendly campus, raised its forecast.', 'Vantor')).toBe(
      'o:vantor',
    );
    expect(kbIdOf('Vantor, the company behind a dog food brand, raised its forecast.', 'Vantor')).toBe(
      'o:vantor',
    );
  });
});

describe('an animal named just before the name', () => {
  it('leaves "a racehorse called …" and "the greyhound …" unlinked', () => {
    expect(kbIdOf('A racehorse called Vantor won the opening race at Ascot.', 'Vantor')).toBeNull();
    expect(kbIdOf('The greyhound Vantor broke the track record at Romford.', 'Vantor')).toBeNull();
  });

  it('still links the firm after an animal word that qualifies something else', () => {
    expect(kbIdOf('At the dog show sponsors included Vantor and two banks.', 'Vantor')).toBe('o:vantor');
    expect(kbIdOf('Shares of Vantor rose after the horse racing app launched.', 'Vantor')).toBe('o:vantor');
  });
});
