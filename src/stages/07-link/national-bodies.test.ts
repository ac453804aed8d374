import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, linkLayers, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';
import { dominantCountry, NationalBodies } from './national-bodies.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('CL', 'Chile', 'Chilean'),
  countryEntity('PE', 'Peru', 'Peruvian'),
  countryEntity('NO', 'Norway', 'Norwegian'),
  makeEntity({
    id: 'org:cl-senate',
    type: 'organization',
    name: 'Senate of Chile',
    kind: 'legislature',
    prominence: 2,
  }),
  makeEntity({
    id: 'org:pe-court',
    type: 'organization',
    name: 'Constitutional Court of Peru',
    prominence: 2,
  }),
  makeEntity({
    id: 'org:cl-court',
    type: 'organization',
    name: 'Constitutional Court of Chile',
    prominence: 2,
  }),
  makeEntity({
    id: 'org:no-labour',
    type: 'organization',
    name: 'Labour Party',
    kind: 'party',
    country: 'NO',
    prominence: 3,
  }),
  makeEntity({
    id: 'cd:person/gabriel-boric',
    type: 'person',
    name: 'Gabriel Boric',
    names: [{ text: 'Boric', kind: 'surname' }],
    country: 'CL',
    prominence: 4,
  }),
]);

const link = linkerOver(kb, '2025-06-01');

describe('NationalBodies', () => {
  it('indexes bodies under their names without the country, parties under their word alone', () => {
    const index = NationalBodies.for(kb);
    expect(index.bodies('Senate').map((b) => b.country)).toEqual(['CL']);
    expect(
      index
        .bodies('the Constitutional Court')
        .map((b) => b.country)
        .sort(),
    ).toEqual(['CL', 'PE']);
    expect(index.bodies("Labour's").map((b) => b.entity.id)).toEqual(['org:no-labour']);
  });

  it('finds the dominant country, none on a tie', () => {
    expect(
      dominantCountry(
        new Map([
          ['CL', 3],
          ['PE', 1],
        ]),
      ),
    ).toBe('CL');
    expect(
      dominantCountry(
        new Map([
          ['CL', 2],
          ['PE', 2],
        ]),
      ),
    ).toBeNull();
  });
});

describe('generic body names in an article', () => {
  it('links "the Constitutional Court" to the court of the country the story is about', () => {
    const text =
      'Gabriel Boric said the Constitutional Court would rule on the pension bill. Boric urged calm in Chile.';
    const entities = link(text, [
      ['Gabriel Boric', 'person'],
      ['Constitutional Court', 'organization'],
      ['Boric', 'person'],
      ['Chile', 'location'],
    ]);
    expect(writtenAs(entities, text, 'Constitutional Court')?.kbId).toBe('org:cl-court');
  });

  it('leaves the name alone where no country dominates or the KB has no such body there', () => {
    const tie = 'Chile and Peru both asked the Constitutional Court to decide.';
    const both = link(tie, [
      ['Chile', 'location'],
      ['Peru', 'location'],
      ['Constitutional Court', 'organization'],
    ]);
    expect(writtenAs(both, tie, 'Constitutional Court')?.kbId).toBeNull();
    const elsewhere = 'In Peru, the Senate was abolished decades ago.';
    expect(
      writtenAs(
        link(elsewhere, [
          ['Peru', 'location'],
          ['Senate', 'organization'],
        ]),
        elsewhere,
        'Senate',
      )?.kbId,
    ).toBeNull();
  });
});

describe('a generic body name after a country’s demonym (acc26-link-b)', () => {
  it("is the named country's body, though the article speaks of another country more", () => {
    const text =
      'Peru hosted the talks, and Peru and Chile signed the pact on Friday, Peru said. Chilean Constitutional Court judges will review it.';
    const entities = link(text, [
      ['Peru', 'location'],
      ['Peru', 'location'],
      ['Chile', 'location'],
      ['Peru', 'location'],
      ['Chilean', 'misc'],
      ['Constitutional Court', 'organization'],
    ]);
    expect(writtenAs(entities, text, 'Constitutional Court')?.kbId).toBe('org:cl-court');
  });
});

describe('a spun name of another country’s body after a demonym (acc26-link-b)', () => {
  const tradeKb = new MemoryKnowledgeBase([
    countryEntity('US', 'United States', 'American'),
    countryEntity('CN', 'China', 'Chinese'),
    makeEntity({
      id: 'org:us-commerce',
      type: 'organization',
      name: 'United States Department of Commerce',
      names: [{ text: 'Department of Commerce', kind: 'alias' }],
      kind: 'ministry',
      country: 'US',
      prominence: 3,
    }),
    makeEntity({
      id: 'org:cn-commerce',
      type: 'organization',
      name: 'Chinese Ministry of Commerce',
      names: [{ text: 'Commerce Ministry of China', kind: 'alias' }],
      kind: 'ministry',
      country: 'CN',
      prominence: 2,
    }),
  ]);

  it("is the named country's body of that generic name, not nothing", () => {
    const text =
      'The United States raised tariffs again on Tuesday, the United States said. Chinese Commerce Ministry officials vowed to respond.';
    const entities = linkDocument(tradeKb, {
      text,
      date: '2025-04-09',
      ...linkLayers(text, [
        ['United States', 'location'],
        ['United States', 'location'],
        ['Chinese', 'misc'],
        ['Commerce Ministry', 'organization'],
      ]),
    });
    expect(writtenAs(entities, text, 'Commerce Ministry')?.kbId).toBe('org:cn-commerce');
  });
});

describe("a party named in the other spelling of English, in the article's country", () => {
  const parties = new MemoryKnowledgeBase([
    countryEntity('NO', 'Norway', 'Norwegian'),
    countryEntity('AU', 'Australia', 'Australian'),
    makeEntity({
      id: 'org:no-labour',
      type: 'organization',
      name: 'Labour Party',
      kind: 'party',
      country: 'NO',
      prominence: 3,
    }),
    makeEntity({
      id: 'org:au-labor',
      type: 'organization',
      name: 'Australian Labor Party',
      names: [{ text: 'Labor Party', kind: 'alias' }],
      kind: 'party',
      country: 'AU',
      prominence: 3,
    }),
  ]);
  const linkIn = (text: string, names: [string, EntityType][]) =>
    writtenAs(
      linkDocument(parties, { text, date: '2025-06-01', ...linkLayers(text, names) }),
      text,
      'Labor Party',
    )?.kbId;

  it('indexes bodies under either spelling', () => {
    const index = NationalBodies.for(parties);
    expect(
      index
        .bodiesInEitherSpelling('Labor Party')
        .map((b) => b.entity.id)
        .sort(),
    ).toEqual(['org:au-labor', 'org:no-labour']);
    expect(index.bodies('Labor Party').map((b) => b.entity.id)).toEqual(['org:au-labor']);
  });

  it("links the home country's party, and keeps the alias's party elsewhere", () => {
    const oslo = 'In Norway the Labor Party won the election, and Norway will keep its prime minister.';
    const names: [string, EntityType][] = [
      ['Norway', 'location'],
      ['Labor Party', 'organization'],
      ['Norway', 'location'],
    ];
    expect(linkIn(oslo, names)).toBe('org:no-labour');
    const canberra = 'The Labor Party won the election in Australia.';
    expect(
      linkIn(canberra, [
        ['Labor Party', 'organization'],
        ['Australia', 'location'],
      ]),
    ).toBe('org:au-labor');
  });
});

describe("a generic name the KB holds only as a stub from an office holder's role", () => {
  const stubs = new MemoryKnowledgeBase([
    countryEntity('KR', 'South Korea', 'South Korean'),
    countryEntity('FR', 'France', 'French'),
    makeEntity({
      id: 'cd:org/national-assembly',
      type: 'organization',
      name: 'National Assembly',
      kind: 'unlisted',
      prominence: 1,
    }),
    makeEntity({
      id: 'org:kr-assembly',
      type: 'organization',
      name: 'National Assembly of South Korea',
      kind: 'legislature',
      country: 'KR',
      prominence: 3,
    }),
    makeEntity({
      id: 'org:fr-assembly',
      type: 'organization',
      name: 'National Assembly of France',
      kind: 'legislature',
      country: 'FR',
      prominence: 3,
    }),
  ]);
  const linkStubs = linkerOver(stubs, '2025-06-01');

  it("links the name to the body of the article's country rather than to the stub", () => {
    const text = 'South Korean opposition lawmakers in the National Assembly voted to cut the budget.';
    const entities = linkStubs(text, [
      ['South Korean', 'misc'],
      ['National Assembly', 'organization'],
    ]);
    expect(writtenAs(entities, text, 'National Assembly')?.kbId).toBe('org:kr-assembly');
  });

  it('keeps the stub where no country dominates', () => {
    const text = 'Delegates met at the National Assembly on Tuesday.';
    const entities = linkStubs(text, [['National Assembly', 'organization']]);
    expect(writtenAs(entities, text, 'National Assembly')?.kbId).toBe('cd:org/national-assembly');
  });
});

describe("a generic name the KB files under another country's body, after the named country's possessive (acc25-link-b)", () => {
  const courts = new MemoryKnowledgeBase([
    countryEntity('FR', 'France', 'French'),
    countryEntity('SN', 'Senegal', 'Senegalese'),
    countryEntity('ML', 'Mali', 'Malian'),
    makeEntity({
      id: 'org:fr-council',
      type: 'organization',
      name: 'Constitutional Council',
      kind: 'court',
      country: 'FR',
      prominence: 3,
    }),
    makeEntity({
      id: 'org:sn-council',
      type: 'organization',
      name: 'Constitutional Council (Senegal)',
      kind: 'court',
      country: 'SN',
      prominence: 1,
    }),
  ]);
  const linkCourts = linkerOver(courts, '2024-03-05');

  it("is the named country's own body of that name", () => {
    const text =
      "Senegal's Constitutional Council ordered the vote held before April, overruling the president.";
    const entities = linkCourts(text, [
      ['Senegal', 'location'],
      ['Constitutional Council', 'organization'],
    ]);
    expect(writtenAs(entities, text, 'Constitutional Council')?.kbId).toBe('org:sn-council');
  });

  it('stays unlinked when the named country has no body of that name in the KB', () => {
    const text = "Mali's Constitutional Council confirmed the results on Thursday.";
    const entities = linkCourts(text, [
      ['Mali', 'location'],
      ['Constitutional Council', 'organization'],
    ]);
    expect(writtenAs(entities, text, 'Constitutional Council')?.kbId ?? null).toBeNull();
  });
});
