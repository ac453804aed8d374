import { describe, expect, it } from 'vitest';
import { findDateline } from './dateline.js';

describe('findDateline', () => {
  it('reads the agency from wire datelines', () => {
    expect(findDateline('MUNICH, Feb 14 (Reuters) - Allies agreed.')?.agency).toBe('Reuters');
    expect(findDateline('WASHINGTON (AP) — The Senate voted.')?.agency).toBe('AP');
    expect(findDateline('Headline here\n\nPARIS, March 3, 2025 (AFP) – Farmers protested.')?.agency).toBe(
      'AFP',
    );
  });

  it('gives the offsets of the agency in the whole text, after a headline and a byline', () => {
    const text =
      'Grid delays cost developer dearly\n\nBy Tomas Berg\n\nOSLO, March 3 ( Copydesk Wire ) - The founder spoke.';
    const dateline = findDateline(text);
    expect(dateline?.place).toBe('OSLO');
    expect(text.slice(dateline!.agencyStart, dateline!.agencyEnd)).toBe('Copydesk Wire');
  });

  it('looks no further than the third paragraph, and not at brackets in running text', () => {
    expect(findDateline('The minister (pictured) - who spoke on Friday - declined.')).toBeNull();
    expect(findDateline('One.\n\nTwo.\n\nThree.\n\nLAGOS (Reuters) - Late dateline.')).toBeNull();
  });
});
