import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { type KbEntity, makeEntity } from '../../kb/model.js';

/** A dated election as the build stores it: its dates on the `Held in` role of its country. */
function election(id: string, name: string, country: string, from: string, aliases: string[] = []): KbEntity {
  return makeEntity({
    id,
    type: 'event',
    name,
    kind: 'election',
    names: aliases.map((text) => ({ text, kind: 'alias' as const })),
    prominence: 2,
    roles: [{ role: 'Held in', org: country, orgId: `country:${country}`, from, to: from }],
  });
}

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'country:PT',
    type: 'location',
    name: 'Portugal',
    kind: 'country',
    names: [{ text: 'Portuguese', kind: 'demonym' }],
    prominence: 3,
  }),
  makeEntity({
    id: 'country:KE',
    type: 'location',
    name: 'Kenya',
    kind: 'country',
    names: [{ text: 'Kenyan', kind: 'demonym' }],
    prominence: 3,
  }),
  election('ev:pt-2025', '2025 Portuguese legislative election', 'PT', '2025-05-18'),
  election('ev:pt-2026', '2026 Portuguese presidential election', 'PT', '2026-01-18'),
  election('ev:ke-2027', '2027 Kenyan general election', 'KE', '2027-08-10'),
  makeEntity({
    id: 'ev:ep-2029',
    type: 'event',
    name: '2029 European Parliament election',
    kind: 'election',
    prominence: 3,
  }),
]);

const link = linkerOver(kb, '2025-05-19');

describe('elections named by their country', () => {
  it('reads "Portugal\'s election" as the vote held nearest the date, the country kept inside', () => {
    const text =
      "Luis Montenegro's centre-right alliance won Portugal's election on Sunday but fell short of a majority.";
    const entities = link(text, [['Portugal', 'location']]);
    expect(writtenAs(entities, text, "Portugal's election")?.kbId).toBe('ev:pt-2025');
    expect(writtenAs(entities, text, 'Portugal')?.kbId).toBe('country:PT');
  });

  it('takes the class of election the copy names, and a demonym for its country', () => {
    const text = 'Campaigning for the Portuguese presidential election opened in Lisbon on Monday.';
    const entities = link(text, [['Portuguese', 'misc']], '2025-12-20');
    expect(writtenAs(entities, text, 'Portuguese presidential election')?.kbId).toBe('ev:pt-2026');
  });

  it('reads an election of no country by the word its name begins with', () => {
    const text = 'Far-right parties gained ground in the European vote, exit polls showed.';
    const entities = link(text, [['European', 'misc']], '2029-06-10');
    expect(writtenAs(entities, text, 'European vote')?.kbId).toBe('ev:ep-2029');
  });

  it('is nothing far from any election, for another class, a compound or a vote on a bill', () => {
    const far = "Kenya's election is due in 2027, the commission said.";
    expect(
      writtenAs(link(far, [['Kenya', 'location']], '2025-03-01'), far, "Kenya's election"),
    ).toBeUndefined();
    const local = "Portugal's local elections drew a low turnout.";
    expect(
      writtenAs(link(local, [['Portugal', 'location']]), local, "Portugal's local elections"),
    ).toBeUndefined();
    const buying = 'Police in Portugal arrested three men over Portuguese vote-buying.';
    const bought = link(buying, [
      ['Portugal', 'location'],
      ['Portuguese', 'misc'],
    ]);
    expect(bought.some((e) => e.type === 'event')).toBe(false);
    const bill = "Portugal's vote on the budget was delayed.";
    expect(link(bill, [['Portugal', 'location']]).some((e) => e.type === 'event')).toBe(false);
  });
});

describe('an event named by a noun of its kind alone (acc25-link-b)', () => {
  const conclaves = new MemoryKnowledgeBase([
    makeEntity({
      id: 'ev:conclave-2013',
      type: 'event',
      name: '2013 papal conclave',
      kind: 'election',
      prominence: 3,
      roles: [{ role: 'Held in', org: 'VA', orgId: 'country:VA', from: '2013-03-12', to: '2013-03-13' }],
    }),
    makeEntity({
      id: 'ev:conclave-2025',
      type: 'event',
      name: '2025 papal conclave',
      kind: 'election',
      prominence: 3,
      roles: [{ role: 'Held in', org: 'VA', orgId: 'country:VA', from: '2025-05-07', to: '2025-05-08' }],
    }),
  ]);
  const text = 'Pilgrims filled the square for days after the conclave, the Vatican said.';

  it('is the event of that kind held within three months of the date', () => {
    const entities = linkerOver(conclaves, '2025-05-20')(text, []);
    expect(writtenAs(entities, text, 'conclave')?.kbId).toBe('ev:conclave-2025');
  });

  it('is nothing when no event of the kind is that near', () => {
    const entities = linkerOver(conclaves, '2019-05-20')(text, []);
    expect(writtenAs(entities, text, 'conclave')).toBeUndefined();
  });
});
