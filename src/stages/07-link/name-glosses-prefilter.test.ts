/**
 * `mayHoldGloss`, the pre-filter of `deglossName`: it must let through every surface in which
 * GLOSS_RE finds a gloss — made-up translated names and every capitalised run of the linking
 * eval texts.
 */
import { describe, expect, it } from 'vitest';
import { linkEvalTexts } from '../../../test/helpers/eval-texts.js';
import { GLOSS_RE, mayHoldGloss, NAME_GLOSSES } from './name-glosses.js';

function holdsGloss(surface: string): boolean {
  return new RegExp(GLOSS_RE.source, GLOSS_RE.flags.replace('g', '')).test(surface);
}

describe('mayHoldGloss', () => {
  it('lets through every gloss, in any case, and turns away names without one', () => {
    for (const gloss of Object.keys(NAME_GLOSSES)) {
      for (const surface of [`Anna ${gloss}`, `Anna ${gloss.toUpperCase()} Smith`, `X-${gloss}`]) {
        expect(holdsGloss(surface), surface).toBe(true);
        expect(mayHoldGloss(surface), surface).toBe(true);
      }
    }
    expect(mayHoldGloss('Christine the Guard')).toBe(true);
    expect(mayHoldGloss('Mohammed son of Salman')).toBe(true);
    expect(mayHoldGloss('Keir Starmer')).toBe(false);
    expect(mayHoldGloss('Emmanuel Macron')).toBe(false);
  });

  it('lets through every capitalised run of the linking eval texts that holds a gloss', () => {
    let glossed = 0;
    for (const text of linkEvalTexts())
      for (const m of text.matchAll(/\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|son|\p{Lu})[\p{L}'’.-]*){1,3}/gu)) {
        if (!holdsGloss(m[0])) continue;
        glossed++;
        expect(mayHoldGloss(m[0]), m[0]).toBe(true);
      }
    expect(glossed).toBeGreaterThan(100);
  });
});
