/**
 * Spun names of bodies, parties and places a spinner made with common synonyms ("Desire" for
 * Dream, "Currency" for Monetary, "Revival" for Renaissance, "Backup" for Reserve), spelled
 * in the other English ("Labor"/"Labour"), or transliterated and spun at once; and the choice
 * among bodies a spun name fits equally well, by the article's people and country.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver } from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { findSpun, findSpunTies, oneSpelling, spinMatch } from './spin.js';

const org = (id: string, name: string, country: string | null, prominence: number, kind = 'party') =>
  makeEntity({ id: `org:${id}`, type: 'organization', name, kind, country, prominence });

const kb = new MemoryKnowledgeBase([
  countryEntity('NZ', 'New Zealand', 'New Zealander'),
  countryEntity('CA', 'Canada', 'Canadian'),
  countryEntity('BR', 'Brazil', 'Brazilian'),
  countryEntity('GE', 'Georgia', 'Georgian'),
  countryEntity('IE', 'Ireland', 'Irish'),
  countryEntity('GH', 'Ghana', 'Ghanaian'),
  countryEntity('CN', 'China', 'Chinese'),
  org('nz-labour', 'Labour Party', 'NZ', 3),
  org('ie-labour', 'Labour Party (Ireland)', 'IE', 3),
  org('cdu-x', 'Christian Social Union', 'CL', 3),
  org('sda', 'Social Alliance', 'ZA', 3),
  org('pbn', "People's Bank of Brazil", 'BR', 3, 'central-bank'),
  org('bng', 'Bank of Ghana', 'GH', 3, 'central-bank'),
  org('pfs', 'Pacific Fisheries Summit Secretariat', null, 3, 'agency'),
  makeEntity({
    id: 'org:ca-labor',
    type: 'organization',
    name: 'Canadian Labor Party',
    names: [{ text: 'Labor Party', kind: 'alias' }],
    kind: 'party',
    country: 'CA',
    prominence: 3,
  }),
  org('bmb', 'Brazilian Monetary Board', 'BR', 3, 'central-bank'),
  org('gd', 'Georgian Dream', 'GE', 2),
  org('wtf', 'World Trade Forum', null, 4, 'forum'),
  org('sa-lp', 'Sakha Lenta People Party', null, 4),
  makeEntity({
    id: 'pl:dam',
    type: 'location',
    name: 'Grand Andean Harmony Dam',
    kind: 'place',
    country: 'BR',
    prominence: 2,
  }),
  org('pfc', 'Pacific Fisheries Council', null, 3, 'agency'),
  org('un', 'United Nations', null, 5, 'intergovernmental'),
  org('un-peoples', 'United People', 'NZ', 3),
  org('rp', 'Reform Alliance', 'NZ', 3),
  org('mb', 'Coptic Brotherhood', null, 3, 'movement'),
  makeEntity({
    id: 'pl:kiel',
    type: 'location',
    name: 'Kiel Canal',
    kind: 'place',
    country: 'DE',
    prominence: 3,
  }),
  org('hs', 'Harbour Street', 'NZ', 3, 'government'),
  makeEntity({
    id: 'pl:liberty',
    type: 'location',
    name: 'Liberty Square',
    kind: 'place',
    country: 'BR',
    prominence: 1,
  }),
  makeEntity({
    id: 'p:velasco',
    type: 'person',
    name: 'Tomas Velasco',
    names: [{ text: 'Velasco', kind: 'surname' }],
    country: 'CL',
    prominence: 3,
  }),
  makeEntity({
    id: 'p:hipkins',
    type: 'person',
    name: 'Chris Hipkins',
    names: [{ text: 'Hipkins', kind: 'surname' }],
    country: 'NZ',
    prominence: 3,
    roles: [
      { role: 'Party Leader', org: 'Labour Party', orgId: 'org:nz-labour', from: '2023-01-22', to: null },
    ],
  }),
]);

const link = linkerOver(kb, '2025-05-06');

function entityAt(text: string, names: [string, EntityType][], surface: string): Entity | undefined {
  const entities = link(text, names);
  const at = text.indexOf(surface);
  return entities.find((e) => e.mentions.some((m) => m.start <= at && at < m.end));
}

describe('spellings of English', () => {
  it('folds British and American spellings of a word', () => {
    expect(oneSpelling('labour')).toBe(oneSpelling('labor'));
    expect(oneSpelling('defence')).toBe('defense');
    expect(oneSpelling('centre')).toBe('center');
    expect(oneSpelling('programme')).toBe('program');
    expect(oneSpelling('organisation')).toBe('organization');
    expect(oneSpelling('fence')).toBe('fence');
  });
  it('keeps a word spelled the other way as written, and shows it as a swap', () => {
    expect(spinMatch(['labor', 'celebration'], ['labour', 'party'])).toEqual([
      'labor = labour',
      'celebration = party',
    ]);
    expect(spinMatch(['world', 'trade', 'centre'], ['world', 'trade', 'center'])).toEqual([
      'centre = center',
    ]);
  });
});

describe('synonyms spinners put for the words of names', () => {
  it('reads currency, desire, revival and great back', () => {
    expect(findSpun(kb, 'Brazilian Currency Board', ['organization'])?.entity.id).toBe('org:bmb');
    expect(findSpun(kb, 'Brazilian Pencil Board', ['organization'])).toBeNull();
    expect(findSpun(kb, 'Georgian Desire', ['organization'])?.entity.id).toBe('org:gd');
    expect(findSpun(kb, 'Great Andean Harmony Dam', ['location'])?.entity.id).toBe('pl:dam');
  });
  it('takes a transliteration spun: two distinctive words near as written, the rest synonyms', () => {
    expect(findSpun(kb, 'Sakkha Lentta Folks Get together', ['organization'])?.entity.id).toBe('org:sa-lp');
    expect(findSpun(kb, 'Sakkha Lotto Folks Get together', ['organization'])).toBeNull();
    expect(findSpun(kb, 'Sakkha Lentta Folks Club', ['organization'])).toBeNull();
  });
  it('reads words of parties, movements and waterways back', () => {
    expect(findSpun(kb, 'Kiel Channel', ['location'])?.entity.id).toBe('pl:kiel');
    expect(findSpun(kb, 'Coptic Fellowship', ['organization'])?.entity.id).toBe('org:mb');
    expect(findSpun(kb, 'Improvement Alliance', ['organization'], new Set(['NZ']))?.entity.id).toBe('org:rp');
  });
  it('takes a two-word name of generic words for a world body everybody knows, not for a little one', () => {
    expect(findSpun(kb, 'United Countries', ['organization'])?.entity.id).toBe('org:un');
    expect(findSpun(kb, 'Unified Folks', ['organization'])).toBeNull();
  });
  it('does not take a little-known place by two words', () => {
    expect(findSpun(kb, 'Andean Tranquility', ['location'])).toBeNull();
  });
});

describe('a spun name two bodies fit equally well', () => {
  it('is ambiguous alone', () => {
    expect(findSpun(kb, 'Labor Celebration', ['organization'])).toBeNull();
    expect(
      findSpunTies(kb, 'Labor Celebration', ['organization'])
        .map((t) => t.entity.id)
        .sort(),
    ).toEqual(['org:ca-labor', 'org:nz-labour']);
  });
  it('goes to the party of a person the article names', () => {
    const text = 'Chris Hipkins said the Labor Celebration would fight the next election on housing.';
    const e = entityAt(
      text,
      [
        ['Chris Hipkins', 'person'],
        ['Labor Celebration', 'organization'],
      ],
      'Labor Celebration',
    );
    expect(e?.kbId).toBe('org:nz-labour');
    expect(e?.evidence.map((x) => x.kind)).toContain('word-substitution');
  });
  it("goes to the body of the article's country, and stays unlinked with none", () => {
    const text = 'In Toronto, the Labor Celebration picked a new leader, Canadian media said.';
    expect(
      entityAt(
        text,
        [
          ['Toronto', 'location'],
          ['Labor Celebration', 'organization'],
          ['Canadian', 'misc'],
        ],
        'Labor Celebration',
      )?.kbId,
    ).toBe('org:ca-labor');
    const none = 'The Labor Celebration picked a new leader on Sunday.';
    expect(
      entityAt(none, [['Labor Celebration', 'organization']], 'Labor Celebration')?.kbId ?? null,
    ).toBeNull();
  });
});

describe('names the tagger ran together, cut short or typed otherwise', () => {
  const mentionsOf = (text: string, names: [string, EntityType][]) =>
    link(text, names).flatMap((e) => e.mentions.map((m) => `${text.slice(m.start, m.end)}=${e.kbId}`));
  it("cuts a body's name off the person's name the tagger ran it into", () => {
    const text = 'The Pacific Fisheries Council Tomas Velasko said quotas would fall.';
    const got = mentionsOf(text, [['Pacific Fisheries Council Tomas Velasko', 'organization']]);
    expect(got).toContain('Pacific Fisheries Council=org:pfc');
    expect(got.some((x) => x.startsWith('Tomas Velasko='))).toBe(true);
  });
  it('leaves a title between the body and a person mention to the person', () => {
    const text = 'Pacific Fisheries Council Chairman Tomas Velasko said quotas would fall.';
    const got = mentionsOf(text, [
      ['Pacific Fisheries Council Chairman', 'organization'],
      ['Tomas Velasko', 'person'],
    ]);
    expect(got).toContain('Pacific Fisheries Council=org:pfc');
    expect(got.some((x) => x.startsWith('Tomas Velasko='))).toBe(true);
  });
  it('keeps a longer name whose rest is no person', () => {
    const text = 'The Pacific Fisheries Council Harbour Trust met on Monday.';
    const got = mentionsOf(text, [['Pacific Fisheries Council Harbour Trust', 'organization']]);
    expect(got).toEqual(['Pacific Fisheries Council Harbour Trust=null']);
  });
  it('writes out an abbreviated place word', () => {
    const text = 'Crowds filled Liberty Sq. on Sunday night.';
    expect(mentionsOf(text, [['Liberty Sq', 'location']])).toEqual(['Liberty Sq.=pl:liberty']);
  });
  it('takes in the lower-case rest of a spun phrase the tagger stopped before', () => {
    // ("of" and a name after it: the scan of the text leaves it to the mention.)
    const text = 'The Sakkha Lentta Folks Get together of Anna Ivanova won the vote.';
    expect(mentionsOf(text, [['Sakkha Lentta Folks Get', 'organization']])).toEqual([
      'Sakkha Lentta Folks Get together=org:sa-lp',
    ]);
  });
  it('reads a spun place or body name tagged as a person', () => {
    const text = 'Officials at Harbour Avenue denied the report.';
    expect(mentionsOf(text, [['Harbour Avenue', 'person']])).toEqual(['Harbour Avenue=org:hs']);
  });
});

describe('a party named exactly as another country’s', () => {
  const kbIdIn = (text: string, names: [string, EntityType][]) => entityAt(text, names, 'Labour Party')?.kbId;
  it("is the party of the article's country when the article does not name the other", () => {
    const text = "Ireland's coalition talks stalled on Friday; the Labour Party asked for more time.";
    expect(
      kbIdIn(text, [
        ['Ireland', 'location'],
        ['Labour Party', 'organization'],
      ]),
    ).toBe('org:ie-labour');
  });
  it('stays the party the KB names so when the article names its country, or none', () => {
    const text = 'In New Zealand the Labour Party asked for more time, Irish observers said.';
    expect(
      kbIdIn(text, [
        ['New Zealand', 'location'],
        ['Labour Party', 'organization'],
        ['Irish', 'misc'],
      ]),
    ).toBe('org:nz-labour');
    expect(kbIdIn('The Labour Party asked for more time.', [['Labour Party', 'organization']])).toBe(
      'org:nz-labour',
    );
  });
});

describe('names the tagger cut before, or ran a lower-case word into', () => {
  const mentionsOf = (text: string, names: [string, EntityType][]) =>
    link(text, names).flatMap((e) => e.mentions.map((m) => `${text.slice(m.start, m.end)}=${e.kbId}`));
  it('takes in the word before, possessive too, when the whole is a body the KB knows', () => {
    const text = 'Leaders of the Christian Social Union met on Monday.';
    expect(mentionsOf(text, [['Social Union', 'organization']])).toEqual([
      'Christian Social Union=org:cdu-x',
    ]);
    const bank = "People's Bank of Brazil governors met on Monday.";
    expect(mentionsOf(bank, [['Bank of Brazil', 'organization']])).toEqual([
      "People's Bank of Brazil=org:pbn",
    ]);
  });
  it('finds a name of three words written exactly in the text, and no spun name inside it', () => {
    const text = 'Leaders of the Christian Social Union met on Monday.';
    expect(mentionsOf(text, [['Christian Social', 'organization']])).toEqual([
      'Christian Social Union=org:cdu-x',
    ]);
  });
  it('never reads one country’s name as a near spelling of another’s', () => {
    expect(findSpun(kb, 'Bank of China', ['organization'])).toBeNull();
    expect(findSpun(kb, 'Bank of Ganha', ['organization'])?.entity.id).toBe('org:bng');
  });
  it('drops lower-case words the tagger took in before a name', () => {
    const text = 'Voters backed the far-right Christian Social Union again.';
    expect(mentionsOf(text, [['far-right Christian Social Union', 'organization']])).toEqual([
      'Christian Social Union=org:cdu-x',
    ]);
  });
});
