import { describe, expect, it } from 'vitest';
import { publicAffairsIn } from './public-and-private-life.js';

describe('publicAffairsIn', () => {
  it('reads the words of war from the air as public affairs', () => {
    expect(publicAffairsIn(' the navy would stop bombing the port after the deal ')).toBe('bombing');
    expect(publicAffairsIn(' air strikes hit the depot overnight ')).toBe('air strikes');
    expect(publicAffairsIn(' she baked bread for the village fair ')).toBeNull();
  });
});
