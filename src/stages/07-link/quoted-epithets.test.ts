/**
 * `called Ventresca "the butcher of the budget"`: words in quotes right after a name are the
 * epithet a speaker gives it, not the writer's description of a butcher: the prime minister
 * still links. The same words as a plain apposition still present a private person.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('IT', 'Italy', 'Italian'),
  personEntity({
    id: 'ventresca',
    name: 'Aurelio Ventresca',
    surname: 'Ventresca',
    country: 'IT',
    prominence: 5,
    born: 1962,
    description: 'Prime Minister of Italy since 2022',
    roles: [{ role: 'Prime Minister', org: 'IT', orgId: 'cd:country/it', from: '2022-10-22' }],
  }),
]);

const link = linkerOver(kb, '2024-05-07');

const kbIdOf = (text: string, surface: string) =>
  writtenAs(link(text, [[surface, 'person']]), text, surface)?.kbId ?? null;

describe('an epithet in quotes after a name', () => {
  it('links the name a speaker calls "the butcher of …"', () => {
    expect(kbIdOf('The union leader called Ventresca "the butcher of the budget".', 'Ventresca')).toBe(
      'p:ventresca',
    );
    expect(kbIdOf('Protesters branded Ventresca “the butcher of Naples” on Friday.', 'Ventresca')).toBe(
      'p:ventresca',
    );
  });

  it('still reads a plain apposition as a private person', () => {
    expect(
      kbIdOf('Aurelio Ventresca, the butcher of the village, closed his shop.', 'Aurelio Ventresca'),
    ).toBeNull();
  });
});
