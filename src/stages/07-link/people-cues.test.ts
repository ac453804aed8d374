/**
 * Cues about people that decide a link either way: a character of fiction or a museum's
 * curator is nobody of the KB; a family-name-first namesake keeps its lone family name; a
 * body's one-word name that begins a farm's is not the body; a trade word glued before the one
 * word a person is known by, and a quoted nickname inside a name, are no part of the name; a
 * minor town's name as the subject of "said" is a person's surname; a past office called
 * "former", and an appointment due next month, are role cues.
 */
import { describe, expect, it } from 'vitest';
import {
  countryEntity,
  linkerOver,
  linkLayers,
  personEntity,
  wordTokens,
  writtenAs,
} from '../../../test/helpers/link-fixtures.js';
import type { EntityType, Mention } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';
import { adjustMentions } from './spans.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('DE', 'Germany', 'German'),
  countryEntity('UA', 'Ukraine', 'Ukrainian'),
  countryEntity('CN', 'China', 'Chinese'),
  countryEntity('IL', 'Israel', 'Israeli'),
  countryEntity('JP', 'Japan', 'Japanese'),
  countryEntity('BR', 'Brazil', 'Brazilian'),
  countryEntity('SA', 'Saudi Arabia', 'Saudi'),
  countryEntity('ZA', 'South Africa', 'South African'),
  countryEntity('NO', 'Norway', 'Norwegian'),
  countryEntity('TH', 'Thailand', 'Thai'),
  countryEntity('SN', 'Senegal', 'Senegalese'),
  makeEntity({
    id: 'o:nasa',
    type: 'organization',
    name: 'NASA',
    names: [{ text: 'Nasa', kind: 'alias' }],
    country: 'US',
    prominence: 4,
  }),
  makeEntity({ id: 'o:kettle', type: 'organization', name: 'Kettle Coffee', kind: 'company', prominence: 1 }),
  makeEntity({ id: 'pl:ueda', type: 'location', name: 'Ueda', kind: 'city', country: 'JP', prominence: 1 }),
  makeEntity({
    id: 'o:mori',
    type: 'organization',
    name: 'Mori',
    kind: 'company',
    country: 'JP',
    prominence: 1,
  }),
  personEntity({ id: 'mori', name: 'Haruki Mori', surname: 'Mori', country: 'JP', prominence: 3 }),
  makeEntity({
    id: 'pl:nagano',
    type: 'location',
    name: 'Nagano',
    kind: 'city',
    country: 'JP',
    prominence: 2,
  }),
  personEntity({
    id: 'scholz',
    name: 'Olaf Scholz',
    surname: 'Scholz',
    country: 'DE',
    prominence: 5,
    born: 1958,
    description: 'Chancellor of Germany 2021–2025',
    roles: [{ role: 'Chancellor', org: 'DE', from: '2021-12-08', to: '2025-05-06' }],
  }),
  personEntity({
    id: 'fedorov',
    name: 'Mykhailo Fedorov',
    surname: 'Fedorov',
    country: 'UA',
    prominence: 3,
    born: 1991,
    description: 'Ukrainian minister of digital transformation',
    roles: [{ role: 'Minister of Digital Transformation', org: 'UA', from: '2019-08-29' }],
  }),
  personEntity({
    id: 'wang-yi',
    name: 'Wang Yi',
    surname: 'Wang',
    country: 'CN',
    prominence: 4,
    born: 1953,
    description: 'Chinese Minister of Foreign Affairs',
    roles: [{ role: 'Minister of Foreign Affairs', org: 'CN', from: '2023-07-25' }],
  }),
  makeEntity({
    id: 'p:lula',
    type: 'person',
    name: 'Luiz Inácio Lula da Silva',
    names: [
      { text: 'Lula', kind: 'alias' },
      { text: 'da Silva', kind: 'surname' },
    ],
    country: 'BR',
    prominence: 5,
  }),
  makeEntity({
    id: 'p:duplantis',
    type: 'person',
    name: 'Armand Duplantis',
    names: [
      { text: 'Mondo Duplantis', kind: 'alias' },
      { text: 'Duplantis', kind: 'surname' },
    ],
    country: 'SE',
    prominence: 1,
  }),
  personEntity({
    id: 'ueda',
    name: 'Kazuo Ueda',
    surname: 'Ueda',
    country: 'JP',
    prominence: 4,
    description: 'Governor of the Bank of Japan',
  }),
  personEntity({
    id: 'nagano',
    name: 'Shigeru Nagano',
    surname: 'Nagano',
    country: 'JP',
    prominence: 3,
  }),
  personEntity({
    id: 'jens',
    name: 'Jens Stoltenberg',
    surname: 'Stoltenberg',
    country: 'NO',
    prominence: 4,
    description: 'Norwegian finance minister; NATO Secretary General 2014–2024',
  }),
  makeEntity({
    id: 'p:mbs',
    type: 'person',
    name: 'Mohammed bin Salman',
    names: [
      { text: 'MBS', kind: 'alias' },
      { text: 'bin Salman', kind: 'surname' },
    ],
    country: 'SA',
    prominence: 5,
  }),
  personEntity({
    id: 'ramaphosa',
    name: 'Cyril Ramaphosa',
    surname: 'Ramaphosa',
    country: 'ZA',
    prominence: 4,
    description: 'President of South Africa',
    roles: [{ role: 'President', org: 'ZA', from: '2018-02-15' }],
  }),
  personEntity({
    id: 'trump',
    name: 'Donald Trump',
    surname: 'Trump',
    country: 'US',
    prominence: 5,
    roles: [{ role: 'President', org: 'US', from: '2025-01-20' }],
  }),
  personEntity({
    id: 'paetongtarn',
    name: 'Paetongtarn Shinawatra',
    surname: 'Shinawatra',
    country: 'TH',
    prominence: 3,
    description: 'Prime Minister of Thailand 2024-25',
  }),
  personEntity({
    id: 'faye',
    name: 'Bassirou Diomaye Faye',
    surname: 'Faye',
    country: 'SN',
    prominence: 3,
    born: 1980,
    description: 'President of Senegal since 2024',
    roles: [{ role: 'President', org: 'SN', from: '2024-04-02' }],
  }),
  personEntity({
    id: 'gantz',
    name: 'Benny Gantz',
    surname: 'Gantz',
    country: 'IL',
    prominence: 3,
    born: 1959,
    description: 'Israeli centrist leader',
    roles: [{ role: 'Minister of Defence', org: 'IL', from: '2020-05-17', to: '2022-12-29' }],
  }),
  personEntity({
    id: 'hollis',
    name: 'Martin Hollister',
    surname: 'Hollister',
    country: 'US',
    prominence: 1,
    roles: [{ role: 'Chief Executive Officer', org: 'Kettle Coffee', orgId: 'o:kettle', from: '2024-09' }],
  }),
]);

const link = linkerOver(kb, '2025-02-10');

/** The KB id linked to the mention written `surface` (null: unlinked; undefined: no such mention). */
function kbIdOf(text: string, names: [string, EntityType][], surface: string, date?: string) {
  return writtenAs(link(text, names, date), text, surface)?.kbId;
}

describe('people the context says are nobody of the KB', () => {
  it('leaves a character of fiction unlinked, title and all', () => {
    const text = 'In the novel, the fictional Chancellor Olaf Schulte flees Berlin. Schulte hides in a barn.';
    const names: [string, EntityType][] = [
      ['Olaf Schulte', 'person'],
      ['Berlin', 'location'],
      ['Schulte', 'person'],
    ];
    expect(kbIdOf(text, names, 'Olaf Schulte')).toBeNull();
    expect(kbIdOf(text, names, 'Schulte')).toBeNull();
    const real = 'Chancellor Olaf Schulte flew to Kyiv on Monday.';
    expect(kbIdOf(real, [['Olaf Schulte', 'person']], 'Olaf Schulte', '2024-03-01')).toBe('p:scholz');
  });

  it('leaves a curator bearing a minister’s name unlinked', () => {
    const text = 'Curator Mikhail Fedorov said the museum would reopen its library.';
    expect(kbIdOf(text, [['Mikhail Fedorov', 'person']], 'Mikhail Fedorov')).toBeNull();
    const minister = 'Ukraine’s digital transformation minister Mikhail Fedorov said the drones were ready.';
    expect(kbIdOf(minister, [['Mikhail Fedorov', 'person']], 'Mikhail Fedorov')).toBe('p:fedorov');
  });

  it('keeps the lone family name of a namesake written family name first with the namesake', () => {
    const text =
      'Wang Yi, a 17-year-old chess player from Hubei, won the junior title. Wang took the last game.';
    const names: [string, EntityType][] = [
      ['Wang Yi', 'person'],
      ['Wang', 'person'],
    ];
    const entities = link(text, names);
    expect(entities.every((e) => e.kbId === null)).toBe(true);
    expect(entities.find((e) => e.name === 'Wang Yi')?.mentions).toHaveLength(2);
    const minister = 'Foreign Minister Wang Yi arrived in Berlin. Wang said talks would go on.';
    expect(kbIdOf(minister, [...names, ['Berlin', 'location']], 'Wang')).toBe('p:wang-yi');
  });

  it('does not take a body’s name that begins a farm’s, a shop’s or a street’s for the body', () => {
    const text = 'Nasa Crater Farm, a dairy near Chester, won a prize for its cheddar.';
    expect(kbIdOf(text, [['Nasa', 'organization']], 'Nasa')).toBeNull();
    const cafe = 'Nasa Moon Cafe opened on Friday.';
    expect(kbIdOf(cafe, [['Nasa', 'organization']], 'Nasa')).toBeNull();
    const agency = 'Nasa Administrator Jared Isaacman said the launch would slip.';
    expect(kbIdOf(agency, [['Nasa', 'organization']], 'Nasa')).toBe('o:nasa');
  });
});

describe('people named in few words', () => {
  it('gives a lone given name after a word of kin the family name of the person named before', () => {
    const text = 'The prize is named after the diplomat Thorvald Stoltenberg, not his son Jens.';
    const names: [string, EntityType][] = [
      ['Thorvald Stoltenberg', 'person'],
      ['Jens', 'person'],
    ];
    expect(kbIdOf(text, names, 'Jens')).toBe('p:jens');
    expect(kbIdOf(text, names, 'Thorvald Stoltenberg')).toBeNull();
    // No KB person of that given name and family name: nobody.
    const other = 'The prize is named after the diplomat Thorvald Stoltenberg, not his son Nils.';
    expect(kbIdOf(other, [names[0]!, ['Nils', 'person']], 'Nils')).toBeNull();
    const alone = 'Jens said the prize was well deserved.';
    expect(kbIdOf(alone, [['Jens', 'person']], 'Jens')).toBeNull();
  });

  it('finds a name the tagger missed after a mention and title words ("Saudi Crown Prince MBS")', () => {
    const text = 'Saudi Crown Prince MBS welcomed the envoys in Riyadh on Tuesday.';
    const layers = linkLayers(text, [['Saudi', 'location']]);
    const entities = linkDocument(kb, { text, date: '2025-05-13', tokens: wordTokens(text), ...layers });
    const mbs = entities.find((e) => e.kbId === 'p:mbs');
    expect(mbs?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['MBS']);
  });

  it('repairs a long surname alone one slip off one of the best known, in public affairs', () => {
    const text = 'Trump confronted Ramaposa over tariffs at the summit. Ramaposa rejected the claim.';
    const names: [string, EntityType][] = [
      ['Trump', 'person'],
      ['Ramaposa', 'person'],
    ];
    expect(kbIdOf(text, names, 'Ramaposa', '2025-05-21')).toBe('p:ramaphosa');
    // Not a private person, nor outside public affairs.
    const farmer = 'Ramaposa, a farmer near Polokwane, said the tariffs had cost him his crop.';
    expect(kbIdOf(farmer, [['Ramaposa', 'person']], 'Ramaposa', '2025-05-21')).toBeNull();
    const match = 'Ramaposa scored twice as the visitors won the cup final.';
    expect(kbIdOf(match, [['Ramaposa', 'person']], 'Ramaposa', '2025-05-21')).toBeNull();
  });
});

describe('names written otherwise', () => {
  it('links the lone given name by which Thai copy calls one well-known person, the country named', () => {
    const text = 'The court removed the Thai prime minister. Paetongtarn said she would respect the ruling.';
    expect(
      kbIdOf(
        text,
        [
          ['Thai', 'location'],
          ['Paetongtarn', 'organization'],
        ],
        'Paetongtarn',
      ),
    ).toBe('p:paetongtarn');
    // Without the country named, or presented as somebody else, nobody.
    const bare = 'Paetongtarn said she would respect the ruling.';
    expect(kbIdOf(bare, [['Paetongtarn', 'person']], 'Paetongtarn')).toBeNull();
    const cook = 'Paetongtarn, a cook from a Thai village, said she would open a stall.';
    expect(
      kbIdOf(
        cook,
        [
          ['Paetongtarn', 'person'],
          ['Thai', 'location'],
        ],
        'Paetongtarn',
      ),
    ).toBeNull();
  });

  it('reads the first word of a sentence the tagger left out as part of the name after it', () => {
    const text = "Bassirou Diomay Fay, 44, was sworn in as Senegal's president on Tuesday.";
    const names: [string, EntityType][] = [
      ['Diomay Fay', 'person'],
      ['Senegal', 'location'],
    ];
    const faye = link(text, names, '2024-04-02').find((e) => e.kbId === 'p:faye');
    expect(faye?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Bassirou Diomay Fay']);
    // A title is no first name.
    const titled = 'President Diomay Fay spoke in Dakar.';
    expect(
      link(titled, [['Diomay Fay', 'person']], '2024-04-02').flatMap((e) =>
        e.mentions.map((m) => titled.slice(m.start, m.end)),
      ),
    ).not.toContain('President Diomay Fay');
  });
});

describe('the words of a name', () => {
  const mention = (start: number, end: number, type: EntityType): Mention => ({
    start,
    end,
    type,
    by: 'test',
    confidence: 1,
  });
  const spans = (text: string, ms: Mention[]) =>
    adjustMentions(kb, text, ms).map((m) => [text.slice(m.start, m.end), m.type]);

  it('drops a trade word glued before the one word a person is known by', () => {
    const text = 'Host Lula opened the summit in Belém.';
    expect(spans(text, [mention(0, 9, 'person')])).toEqual([['Lula', 'person']]);
    expect(kbIdOf(text, [['Host Lula', 'person']], 'Lula')).toBe('p:lula');
  });

  it('takes a quoted nickname between given name and surname into the name', () => {
    const text = 'Armand "Mondo" Duplantis cleared 6.10 metres in Eugene.';
    const cut = [mention(0, 6, 'misc'), mention(8, 13, 'misc'), mention(15, 24, 'person')];
    expect(spans(text, cut)).toEqual([['Armand "Mondo" Duplantis', 'person']]);
    expect(kbIdOf(text, [['Armand "Mondo" Duplantis', 'person']], 'Armand "Mondo" Duplantis')).toBe(
      'p:duplantis',
    );
    const curly = 'Jake “The Snake” Roberts signed autographs.';
    expect(spans(curly, [mention(0, 4, 'person'), mention(17, 24, 'person')])).toEqual([
      ['Jake “The Snake” Roberts', 'person'],
    ]);
  });

  it('reads a minor town’s name before "said" as a well-known bearer’s surname', () => {
    const text = 'The central bank raised its rate to 0.5%. Ueda said wages were rising.';
    expect(kbIdOf(text, [['Ueda', 'location']], 'Ueda')).toBe('p:ueda');
    expect(kbIdOf(text, [['Ueda', 'organization']], 'Ueda')).toBe('p:ueda');
    // A town of some note keeps its name; so does a minor town that says nothing.
    const town = 'The river rose overnight. Nagano said schools would close.';
    expect(kbIdOf(town, [['Nagano', 'location']], 'Nagano')).toBe('pl:nagano');
    const visit = 'Snow fell in Ueda overnight.';
    expect(kbIdOf(visit, [['Ueda', 'location']], 'Ueda')).toBe('pl:ueda');
    // A body the KB knows by the word speaks for itself.
    const company = 'The tower will open in May. Mori said rents would rise.';
    expect(kbIdOf(company, [['Mori', 'organization']], 'Mori')).toBe('o:mori');
  });
});

describe('role cues of past and coming offices', () => {
  it('counts a past office called "former" as the title named', () => {
    const text = 'Benny Ganz, a former defence minister, said his party would back the deal.';
    expect(kbIdOf(text, [['Benny Ganz', 'person']], 'Benny Ganz')).toBe('p:gantz');
    const plain = 'Benny Ganz said his party would back the deal.';
    expect(kbIdOf(plain, [['Benny Ganz', 'person']], 'Benny Ganz')).toBeNull();
  });

  it('counts an appointment due within weeks when the KB gives only its month', () => {
    const text = 'Kettle Coffee named Martin Holister as chief executive on Tuesday.';
    const names: [string, EntityType][] = [
      ['Kettle Coffee', 'organization'],
      ['Martin Holister', 'person'],
    ];
    expect(kbIdOf(text, names, 'Martin Holister', '2024-08-13')).toBe('p:hollis');
    expect(kbIdOf(text, names, 'Martin Holister', '2024-03-13')).toBeNull();
  });
});
