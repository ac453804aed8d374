/**
 * Role evidence (evidence.ts): a past office dated by "then" right before its title counts as
 * copy naming it, as "former" does.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  personEntity({
    id: 'halloran',
    name: 'Edmund J. Halloran',
    surname: 'Halloran',
    country: 'US',
    prominence: 2,
    born: 1921,
    description: 'US Attorney General 1957-61 (1921-1979)',
    roles: [{ role: 'Attorney General', org: 'US', from: '1957-01-21', to: '1961-01-20' }],
  }),
]);

describe('a past office dated by "then" (session acc24-link-a)', () => {
  it('repairs a name without its middle initial beside "then attorney general"', () => {
    const text = 'A 1959 letter signed by Edmund Halloran, then attorney general, sold at auction in Boston.';
    expect(
      linkedEntityOver(kb, text, [['Edmund Halloran', 'person']], 'Edmund Halloran', '2024-11-14')?.kbId,
    ).toBe('p:halloran');
  });

  it('does not date the office by a "then" elsewhere in the sentence', () => {
    const text = 'Edmund Halloran, a retired attorney, then spoke about the auction in Boston.';
    expect(
      linkedEntityOver(kb, text, [['Edmund Halloran', 'person']], 'Edmund Halloran', '2024-11-14')?.kbId ??
        null,
    ).toBeNull();
  });
});
