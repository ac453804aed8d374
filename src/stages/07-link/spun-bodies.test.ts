/**
 * Generic body names spun word by word ("Nationwide Meeting" for National Assembly, "Safety
 * Council", "Reserve Financial institution", "Supreme Court docket") go to the body of that
 * generic name in the article's dominant country, as the names written plainly do
 * (national-bodies.ts) — and stay unlinked when no country dominates.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, linkLayers, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';
import { membersName } from './national-bodies.js';
import { despunReadings } from './spinner-lexicon.js';

const body = (id: string, name: string, country: string) =>
  makeEntity({ id: `org:${id}`, type: 'organization', name, country, prominence: 3 });

const kb = new MemoryKnowledgeBase([
  countryEntity('KR', 'South Korea', 'South Korean'),
  countryEntity('FR', 'France', 'French'),
  countryEntity('AU', 'Australia', 'Australian'),
  countryEntity('IN', 'India', 'Indian'),
  body('kr-assembly', 'National Assembly (South Korea)', 'KR'),
  body('fr-assembly', 'National Assembly of France', 'FR'),
  body('rba', 'Reserve Bank of Australia', 'AU'),
  body('rbi', 'Reserve Bank of India', 'IN'),
  makeEntity({
    id: 'p:chalmers',
    type: 'person',
    name: 'Jim Chalmers',
    names: [{ text: 'Chalmers', kind: 'surname' }],
    country: 'AU',
    prominence: 3,
  }),
]);

const link = linkerOver(kb, '2024-12-04');

function entityAt(text: string, names: [string, EntityType][], surface: string): Entity | undefined {
  const entities = link(text, names);
  const at = text.indexOf(surface);
  return entities.find((e) => e.mentions.some((m) => m.start <= at && at < m.end));
}

describe('spun generic body names', () => {
  it('reads the spun words back', () => {
    expect(despunReadings('nationwide meeting')).toContain('national assembly');
    expect(despunReadings('safety council')).toContain('security council');
    expect(despunReadings('reserve financial institution')).toEqual(['reserve bank']);
    expect(despunReadings('national assembly')).toEqual([]);
  });

  it("links a spun name to the body of the article's country", () => {
    const korea = 'South Korean lawmakers voted the decree down in the Nationwide Meeting in Seoul.';
    const kr = entityAt(
      korea,
      [
        ['South Korean', 'misc'],
        ['Nationwide Meeting', 'organization'],
      ],
      'Nationwide Meeting',
    );
    expect(kr?.name).toBe('National Assembly (South Korea)');
    expect(kr?.mentions[0]?.repaired).toBe(true);
    const france = 'French deputies left the Nationwide Meeting after the vote.';
    expect(
      entityAt(
        france,
        [
          ['French', 'misc'],
          ['Nationwide Meeting', 'organization'],
        ],
        'Nationwide Meeting',
      )?.name,
    ).toBe('National Assembly of France');
  });

  it('takes in the lower-case rest of a spun phrase the tagger left out', () => {
    const text = 'Treasurer Jim Chalmers said the Reserve Financial institution was right to hold rates.';
    const e = entityAt(
      text,
      [
        ['Jim Chalmers', 'person'],
        ['Reserve Financial', 'organization'],
      ],
      'Reserve Financial',
    );
    expect(e?.name).toBe('Reserve Bank of Australia');
    expect(text.slice(e!.mentions[0]!.start, e!.mentions[0]!.end)).toBe('Reserve Financial institution');
  });

  it('leaves the name unlinked when no country dominates', () => {
    const text = 'Delegates met at the Nationwide Meeting of beekeepers on Saturday.';
    expect(
      entityAt(text, [['Nationwide Meeting', 'organization']], 'Nationwide Meeting')?.kbId ?? null,
    ).toBeNull();
  });
});

describe('parties named by their members and bodies named with a word before them', () => {
  const de = new MemoryKnowledgeBase([
    countryEntity('DE', 'Germany', 'German'),
    countryEntity('GB', 'United Kingdom', 'British'),
    makeEntity({
      id: 'org:cdu',
      type: 'organization',
      name: 'Christian Democratic Union of Germany',
      kind: 'party',
      country: 'DE',
      prominence: 4,
    }),
    makeEntity({
      id: 'org:reform',
      type: 'organization',
      name: 'Reform UK',
      kind: 'party',
      country: 'GB',
      prominence: 3,
    }),
    makeEntity({
      id: 'p:merz',
      type: 'person',
      name: 'Friedrich Merz',
      names: [{ text: 'Merz', kind: 'surname' }],
      country: 'DE',
      prominence: 5,
    }),
    makeEntity({
      id: 'org:democrats',
      type: 'organization',
      name: 'Democratic Party',
      names: [{ text: 'Democrats', kind: 'alias' }],
      kind: 'party',
      country: 'US',
      prominence: 5,
    }),
    makeEntity({
      id: 'org:fdp',
      type: 'organization',
      name: 'Free Democratic Party',
      names: [{ text: 'Free Democrats', kind: 'alias' }],
      kind: 'party',
      country: 'DE',
      prominence: 3,
    }),
  ]);
  const at = (text: string, names: [string, EntityType][], surface: string) => {
    const i = text.indexOf(surface);
    return linkDocument(de, { text, date: '2025-02-24', ...linkLayers(text, names) }).find((e) =>
      e.mentions.some((m) => m.start <= i && i < m.end),
    );
  };

  it("reads the members' plural as the party of the article's country", () => {
    expect(membersName('christian democratic union')).toBe('christian democrats');
    expect(membersName('conservative party')).toBe('conservatives');
    expect(membersName('labour party')).toBeNull();
    const text = "Friedrich Merz's Christian Democrats won Sunday's election.";
    expect(
      at(
        text,
        [
          ['Friedrich Merz', 'person'],
          ['Christian Democrats', 'organization'],
        ],
        'Christian Democrats',
      )?.name,
    ).toBe('Christian Democratic Union of Germany');
  });

  it('takes in the capitalised word before a one-word mention when together they are a KB name', () => {
    const text = 'Nigel Farage led Reform UK into parliament.';
    const e = at(text, [['UK', 'location']], 'Reform UK');
    expect(e?.name).toBe('Reform UK');
  });

  it('takes in the word before a one-word body the KB knows when together they name another body', () => {
    const text = 'The Free Democrats walked out of the coalition talks in Berlin on Thursday.';
    expect(at(text, [['Democrats', 'organization']], 'Free Democrats')?.name).toBe('Free Democratic Party');
    const plain = 'Senate Democrats walked out of the budget talks on Thursday.';
    expect(at(plain, [['Democrats', 'organization']], 'Democrats')?.name).toBe('Democratic Party');
  });
});

describe('words spinners put for reserve, monetary and dream', () => {
  const spunKb = new MemoryKnowledgeBase([
    countryEntity('US', 'United States', 'American'),
    countryEntity('AM', 'Armenia', 'Armenian'),
    makeEntity({
      id: 'org:fed',
      type: 'organization',
      name: 'Federal Reserve',
      country: 'US',
      prominence: 5,
    }),
    makeEntity({
      id: 'p:bessent',
      type: 'person',
      name: 'Scott Bessent',
      names: [{ text: 'Bessent', kind: 'surname' }],
      country: 'US',
      prominence: 4,
    }),
    makeEntity({ id: 'org:amf', type: 'organization', name: 'Arab Monetary Fund', prominence: 3 }),
    makeEntity({ id: 'org:ad', type: 'organization', name: 'Armenian Dream', country: 'AM', prominence: 3 }),
  ]);
  const kbIdOf = (text: string, surface: string, person?: string) => {
    const names: [string, EntityType][] = [[surface, 'organization']];
    if (person) names.push([person, 'person']);
    const entities = linkDocument(spunKb, { text, date: '2025-03-20', ...linkLayers(text, names) });
    return writtenAs(entities, text, surface)?.kbId ?? null;
  };
  it('reads "Backup" as Reserve, "Currency" as Monetary, "Desire" as Dream', () => {
    // A generic body's name, in the article's country (Bessent's).
    const fed = 'Scott Bessent said the Federal Backup should cut rates.';
    expect(kbIdOf(fed, 'Federal Backup', 'Scott Bessent')).toBe('org:fed');
    expect(kbIdOf('The Arab Currency Fund approved a loan to Tunisia.', 'Arab Currency Fund')).toBe(
      'org:amf',
    );
    expect(kbIdOf('Armenian Desire won the vote in Yerevan.', 'Armenian Desire')).toBe('org:ad');
  });
  it('keeps a name that swaps the distinctive word too', () => {
    expect(kbIdOf('The Central Backup left rates unchanged on Wednesday.', 'Central Backup')).toBeNull();
  });
});

describe('a little-known body behind one synonym of two words', () => {
  const small = new MemoryKnowledgeBase([
    countryEntity('DE', 'Germany', 'German'),
    countryEntity('FR', 'France', 'French'),
    makeEntity({ id: 'org:seawatch', type: 'organization', name: 'Sea-Watch', country: 'DE', prominence: 1 }),
  ]);
  const linked = (text: string, names: [string, EntityType][]) =>
    linkDocument(small, { text, date: '2025-06-02', ...linkLayers(text, names) }).find((e) =>
      e.mentions.some((m) => text.slice(m.start, m.end) === 'Ocean Watch'),
    )?.kbId ?? null;

  it('needs its country in the article', () => {
    const breton = 'An environmental group, Ocean Watch, said trawlers off Brest in France broke the quota.';
    expect(
      linked(breton, [
        ['Ocean Watch', 'organization'],
        ['Brest', 'location'],
        ['France', 'location'],
      ]),
    ).toBeNull();
    const german = 'The rescue ship of Ocean Watch docked in Germany after the crossing, the charity said.';
    expect(
      linked(german, [
        ['Ocean Watch', 'organization'],
        ['Germany', 'location'],
      ]),
    ).toBe('org:seawatch');
  });
});
