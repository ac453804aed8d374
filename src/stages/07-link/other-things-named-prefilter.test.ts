/**
 * `mayNameVenue`, the pre-filter of the venue runs OtherThingsNamed reads: it must let through
 * every text in which VENUE_NAMES finds a run, on made-up copy and every linking eval text.
 */
import { describe, expect, it } from 'vitest';
import { linkEvalTexts } from '../../../test/helpers/eval-texts.js';
import { mayNameVenue, VENUE_NAMES } from './other-things-named.js';

function namesVenue(text: string): boolean {
  return new RegExp(VENUE_NAMES.source, VENUE_NAMES.flags).test(text);
}

describe('mayNameVenue', () => {
  it('lets through every made-up venue name and turns away copy without a venue noun', () => {
    const venues = [
      'Fans queued outside the Corvin Lumière concert hall on Friday.',
      'She sang at the Kremlin Palace nightclub.',
      'They met at the Old Bell pub, then the Grand Marlow hotel.',
      'The Blue Door cafe closed.',
      'A show at the Tate Modern gallery',
    ];
    for (const text of venues) {
      expect(namesVenue(text), text).toBe(true);
      expect(mayNameVenue(text), text).toBe(true);
    }
    expect(mayNameVenue('The Senate passed the bill on Friday.')).toBe(false);
    expect(mayNameVenue('The barrister met the hoteliers.')).toBe(false);
  });

  it('lets through every linking eval text with a venue name', () => {
    let venues = 0;
    for (const text of linkEvalTexts()) {
      if (!namesVenue(text)) continue;
      venues++;
      expect(mayNameVenue(text), text.slice(0, 80)).toBe(true);
    }
    expect(venues).toBeGreaterThan(5);
  });
});
