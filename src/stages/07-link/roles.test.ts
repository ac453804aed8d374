import { describe, expect, it } from 'vitest';
import { cueForRole, cueText } from './roles.js';

const cue = (role: string, text: string) => cueForRole({ role })?.test(` ${cueText(text)} `) ?? false;

describe('cueForRole', () => {
  it('gives a title of its own class its class cue as well as the short title', () => {
    expect(cue('President of the European Commission', 'Commission chief')).toBe(true);
    expect(cue('President of the European Commission', 'President')).toBe(true);
    expect(cue('President of the European Commission', 'Council chief')).toBe(false);
  });
});

describe('spun secretaries', () => {
  it('reads "Assistant" after an office word as "Secretary", and nowhere else', () => {
    expect(cueText('Overseas Assistant David Lamy')).toContain('overseas secretary');
    expect(cue('Minister of Foreign Affairs', 'Overseas Assistant')).toBe(true);
    expect(cueText('an assistant coach')).toBe('an assistant coach');
  });
});
