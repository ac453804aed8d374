/**
 * Vetoes that keep a namesake, a relative or a thing named like a famous person unlinked:
 * an age the person's birth year rules out, a kinship apposition ("father of …"), a
 * company's or product's head noun next to the name, a name after an article that stands
 * for a thing ("the Petro,"), and sports and arts occupations before the name.
 */
import { describe, expect, it } from 'vitest';
import {
  countryEntity,
  linkerOver,
  linkLayers,
  wordTokens,
  writtenAs,
} from '../../../test/helpers/link-fixtures.js';
import type { Entity, Token } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('NG', 'Nigeria', 'Nigerian'),
  countryEntity('GB', 'United Kingdom', 'British'),
  makeEntity({
    id: 'p:elizabeth-ii',
    type: 'person',
    name: 'Elizabeth II',
    names: [
      { text: 'Queen Elizabeth II', kind: 'alias' },
      { text: 'Queen Elizabeth', kind: 'alias' },
    ],
    country: 'GB',
    born: 1926,
    prominence: 5,
    description: 'Queen of the United Kingdom from 1952 to 2022',
    roles: [{ role: 'Monarch', org: 'GB', orgId: 'cd:country/gb', from: '1952-02-06', to: '2022-09-08' }],
  }),
  makeEntity({
    id: 'p:osimhen',
    type: 'person',
    name: 'Victor Osimhen',
    names: [{ text: 'Osimhen', kind: 'surname' }],
    country: 'NG',
    born: 1998,
    prominence: 3,
    description: 'Nigerian footballer; striker for the national team',
  }),
  countryEntity('CL', 'Chile', 'Chilean'),
  countryEntity('RO', 'Romania', 'Romanian'),
  makeEntity({
    id: 'p:tinubu',
    type: 'person',
    name: 'Bola Tinubu',
    names: [{ text: 'Tinubu', kind: 'surname' }],
    country: 'NG',
    born: 1952,
    prominence: 4,
    description: 'President of Nigeria since 2023',
    roles: [{ role: 'President', org: 'NG', orgId: 'cd:country/ng', from: '2023-05-29', to: null }],
  }),
  makeEntity({
    id: 'p:kast',
    type: 'person',
    name: 'José Antonio Kast Jr.',
    names: [{ text: 'Kast', kind: 'surname' }],
    country: 'CL',
    born: 1966,
    prominence: 4,
    description: 'President of Chile',
    roles: [{ role: 'President', org: 'CL', orgId: 'cd:country/cl', from: '2026-03-11', to: null }],
  }),
  makeEntity({
    id: 'p:dan',
    type: 'person',
    name: 'Nicușor Dan',
    names: [{ text: 'Dăncilă', kind: 'surname' }],
    country: 'RO',
    born: 1969,
    prominence: 3,
    description: 'President of Romania since 2025',
    roles: [{ role: 'President', org: 'RO', orgId: 'cd:country/ro', from: '2025-05-26', to: null }],
  }),
  makeEntity({
    id: 'p:okonjo',
    type: 'person',
    name: 'Ngozi Okonjo-Iweala',
    names: [{ text: 'Okonjo-Iweala', kind: 'surname' }],
    country: 'NG',
    born: 1954,
    prominence: 4,
    description: 'Director-General of the World Trade Organization since 2021',
    roles: [
      {
        role: 'Director-General',
        org: 'World Trade Organization',
        orgId: null,
        from: '2021-03-01',
        to: null,
      },
    ],
  }),
  makeEntity({
    id: 'org:dangote',
    type: 'organization',
    name: 'Dangote',
    names: [{ text: 'Dangote Group', kind: 'alias' }],
    country: 'NG',
    prominence: 3,
    description: 'Nigerian industrial conglomerate',
  }),
  makeEntity({
    id: 'pl:kainji',
    type: 'location',
    name: 'Kainji Dam',
    names: [{ text: 'Kainji hydro plant', kind: 'alias' }],
    country: 'NG',
    prominence: 2,
    description: 'dam on the Niger River',
  }),
  makeEntity({
    id: 'pl:ikeja',
    type: 'location',
    name: 'Ikeja Cantonment',
    country: 'NG',
    prominence: 2,
    description: 'army barracks in Lagos',
  }),
  makeEntity({
    id: 'ev:lagos-forum',
    type: 'event',
    name: 'Lagos Security Forum',
    kind: 'conference',
    country: 'NG',
    prominence: 3,
    description: 'annual conference on West African security policy',
  }),
]);

const link = linkerOver(kb, '2026-05-10');

describe('a stated age', () => {
  it('refuses an exactly named person whose birth year rules the age out', () => {
    const text = 'Bola Tinubu, 19, scored twice for Kwara United on Sunday, his coach said.';
    const e = writtenAs(link(text, [['Bola Tinubu', 'person']]), text, 'Bola Tinubu')!;
    expect(e.kbId).toBeNull();
    expect(e.evidence[0]?.detail).toMatch(/aged 19/);
  });

  it('keeps the link when the age is the person’s own', () => {
    const text = 'Bola Tinubu, 74, told reporters in Abuja that the naira would recover.';
    expect(writtenAs(link(text, [['Bola Tinubu', 'person']]), text, 'Bola Tinubu')?.kbId).toBe('p:tinubu');
    const before = 'The 74-year-old Bola Tinubu spoke in Abuja on Monday.';
    expect(writtenAs(link(before, [['Bola Tinubu', 'person']]), before, 'Bola Tinubu')?.kbId).toBe(
      'p:tinubu',
    );
  });
});

describe('a relative described by kinship', () => {
  it('does not repair the father into the son named after him', () => {
    const text =
      'Crowds in Santiago remembered José Antonio Kast, father of the current president, who fled Germany after the war.';
    const e = writtenAs(link(text, [['José Antonio Kast', 'person']]), text, 'José Antonio Kast')!;
    expect(e.kbId).toBeNull();
    expect(e.evidence[0]?.detail).toMatch(/father of/);
  });
});

describe('a company, product or thing named like a person', () => {
  it('refuses a surname right after a company head noun', () => {
    const text = 'Lagos cosmetics maker Tinubu said it would open a factory in Ghana next year.';
    expect(writtenAs(link(text, [['Tinubu', 'person']]), text, 'Tinubu')?.kbId).toBeNull();
  });

  it('refuses a surname that an article and a thing apposition make a product', () => {
    const text = 'Traders dumped the Tinubu, the meme coin launched by an Abuja start-up, after a hack.';
    expect(writtenAs(link(text, [['Tinubu', 'person']]), text, 'Tinubu')?.kbId).toBeNull();
  });

  it('refuses a surname a company apposition describes', () => {
    const text = 'Tinubu, the family-owned textile group based in Kano, doubled its exports to Ghana.';
    expect(writtenAs(link(text, [['Tinubu', 'person']]), text, 'Tinubu')?.kbId).toBeNull();
    const person = 'Tinubu, the head of the ruling group, flew to Kano.';
    expect(writtenAs(link(person, [['Tinubu', 'person']]), person, 'Tinubu')?.kbId).toBe('p:tinubu');
  });

  it('refuses a thing even when the role words of the person stand next to it', () => {
    const text = 'Traders dumped the Tinubu, a token named after the Nigerian president, after a hack.';
    expect(writtenAs(link(text, [['Tinubu', 'person']]), text, 'Tinubu')?.kbId).toBeNull();
  });

  it('refuses a name followed by a vessel or a building named after the person', () => {
    const text = 'The Bola Tinubu ferry ran aground in the Lagos lagoon on Sunday.';
    expect(writtenAs(link(text, [['Bola Tinubu', 'person']]), text, 'Bola Tinubu')?.kbId).toBeNull();
    const protest = 'Police broke up Bola Tinubu street protests in Lagos, the president said.';
    expect(writtenAs(link(protest, [['Bola Tinubu', 'person']]), protest, 'Bola Tinubu')?.kbId).toBe(
      'p:tinubu',
    );
  });

  it('refuses a film-industry namesake named exactly', () => {
    const text = 'Nollywood star Bola Tinubu announced a sequel to his hit comedy.';
    expect(writtenAs(link(text, [['Bola Tinubu', 'person']]), text, 'Bola Tinubu')?.kbId).toBeNull();
  });

  it('still links the surname used attributively and alone', () => {
    const attributive = 'Critics say the Tinubu government has raised fuel prices twice.';
    expect(writtenAs(link(attributive, [['Tinubu', 'person']]), attributive, 'Tinubu')?.kbId).toBe(
      'p:tinubu',
    );
    const plain = 'Tinubu said the reforms would continue.';
    expect(writtenAs(link(plain, [['Tinubu', 'person']]), plain, 'Tinubu')?.kbId).toBe('p:tinubu');
  });
});

describe('sports and arts occupations before the name', () => {
  it('does not repair a near spelling of a gymnast from the famous person’s country', () => {
    const text =
      'Nigerian gymnast Ngozi Okonjo-Iwela won the floor final at the African championships in Lagos.';
    expect(
      writtenAs(link(text, [['Ngozi Okonjo-Iwela', 'person']]), text, 'Ngozi Okonjo-Iwela')?.kbId,
    ).toBeNull();
  });
});

describe('sports and arts in an apposition', () => {
  it('refuses an exact name presented as a sports official, keeps a former athlete described with "the"', () => {
    const judge = 'Bola Tinubu, a rhythmic gymnastics judge from Ibadan, was suspended on Friday.';
    expect(writtenAs(link(judge, [['Bola Tinubu', 'person']]), judge, 'Bola Tinubu')?.kbId).toBeNull();
    const past = 'Bola Tinubu, the former rugby captain turned president, spoke in Abuja.';
    expect(writtenAs(link(past, [['Bola Tinubu', 'person']]), past, 'Bola Tinubu')?.kbId).toBe('p:tinubu');
  });
});

describe('a sporting result right after the name', () => {
  it('refuses an exactly named person who scored or won a race', () => {
    const text = 'Bola Tinubu scored twice as Enyimba beat Rivers United 3-1 in Aba.';
    expect(writtenAs(link(text, [['Bola Tinubu', 'person']]), text, 'Bola Tinubu')?.kbId).toBeNull();
    const race = 'Bola Tinubu won the marathon in Lagos in two hours and eight minutes.';
    expect(writtenAs(link(race, [['Bola Tinubu', 'person']]), race, 'Bola Tinubu')?.kbId).toBeNull();
    const vote = 'Bola Tinubu won the election in 2023 with 37 percent of the vote.';
    expect(writtenAs(link(vote, [['Bola Tinubu', 'person']]), vote, 'Bola Tinubu')?.kbId).toBe('p:tinubu');
  });

  it('reads a race to do something or for an office as an election', () => {
    const lead = 'Bola Tinubu won the race to lead the ruling party after a night of counting in Abuja.';
    expect(writtenAs(link(lead, [['Bola Tinubu', 'person']]), lead, 'Bola Tinubu')?.kbId).toBe('p:tinubu');
    const ticket = 'Bola Tinubu won the race for the nomination at the party convention in Abuja.';
    expect(writtenAs(link(ticket, [['Bola Tinubu', 'person']]), ticket, 'Bola Tinubu')?.kbId).toBe(
      'p:tinubu',
    );
    const run = 'Bola Tinubu won the race for his club in Ibadan by four seconds.';
    expect(writtenAs(link(run, [['Bola Tinubu', 'person']]), run, 'Bola Tinubu')?.kbId).toBeNull();
  });

  it('reads a place given an age in years as somebody named after it', () => {
    const girl = 'Nigeria, a 14-year-old from Leeds, won the regional spelling bee on Saturday.';
    expect(writtenAs(link(girl, [['Nigeria', 'location']]), girl, 'Nigeria')?.kbId ?? null).toBeNull();
    const score = 'The Super Eagles of Nigeria 3-0 up at half time, the stadium announcer said.';
    expect(writtenAs(link(score, [['Nigeria', 'location']]), score, 'Nigeria')?.kbId).toBe('cd:country/ng');
    const state = 'Nigeria, a 64-year-old state, holds elections in February.';
    expect(writtenAs(link(state, [['Nigeria', 'location']]), state, 'Nigeria')?.kbId).toBe('cd:country/ng');
  });

  it('reads a name given to somebody the article introduces as theirs', () => {
    const robot = 'In the new picture book, a cheeky robot named Bola Tinubu helps a girl find her cat.';
    expect(
      writtenAs(link(robot, [['Bola Tinubu', 'person']]), robot, 'Bola Tinubu')?.kbId ?? null,
    ).toBeNull();
    const verb = 'The president named Bola Tinubu as the guest of honour, officials said.';
    expect(writtenAs(link(verb, [['Bola Tinubu', 'person']]), verb, 'Bola Tinubu')?.kbId).toBe('p:tinubu');
  });

  it('reads another regnal number after the name as another monarch', () => {
    const first = "Queen Elizabeth I's locket ring has been kept at the house for centuries, the guide says.";
    expect(
      writtenAs(link(first, [['Queen Elizabeth', 'person']]), first, 'Queen Elizabeth')?.kbId ?? null,
    ).toBeNull();
    const second = "Queen Elizabeth II's coronation gown went on show in London on Sunday, the guide says.";
    expect(writtenAs(link(second, [['Queen Elizabeth', 'person']]), second, 'Queen Elizabeth')?.kbId).toBe(
      'p:elizabeth-ii',
    );
    const pronoun = 'Queen Elizabeth I think was the finest monarch, the guide says.';
    expect(writtenAs(link(pronoun, [['Queen Elizabeth', 'person']]), pronoun, 'Queen Elizabeth')?.kbId).toBe(
      'p:elizabeth-ii',
    );
  });

  it('refuses the reigning namesake for a monarch numbered in words, and the name alone after', () => {
    const text =
      'Pilgrims marked the death of Queen Elizabeth the First at Richmond in 1603. Elizabeth had reigned for 44 years.';
    const entities = link(text, [
      ['Queen Elizabeth', 'person'],
      ['Elizabeth', 'person'],
    ]);
    expect(entities.filter((e) => e.kbId === 'p:elizabeth-ii')).toEqual([]);
  });

  it('reads a thing word before a comma as no head of the name', () => {
    const text = "The leader of the ruling party's parliamentary group, Bola Tinubu, spoke on Sunday.";
    expect(writtenAs(link(text, [['Bola Tinubu', 'person']]), text, 'Bola Tinubu')?.kbId).toBe('p:tinubu');
    const maker = 'Shares in helicopter maker Bola Tinubu rose on Sunday.';
    expect(writtenAs(link(maker, [['Bola Tinubu', 'person']]), maker, 'Bola Tinubu')?.kbId).toBeNull();
  });

  it('reads a kind of ship before the name as a ship named after the person, and its later copies', () => {
    const text =
      'The P&O liner Queen Elizabeth left Dover for a 90-night cruise. Guests on the Queen Elizabeth dined with the captain.';
    const names: [string, 'person'][] = [
      ['Queen Elizabeth', 'person'],
      ['Queen Elizabeth', 'person'],
    ];
    const entities = link(text, names);
    expect(entities.filter((e) => e.kbId === 'p:elizabeth-ii')).toEqual([]);
    const ferry = 'The Irish ferry Bola Tinubu docked at Holyhead on Sunday.';
    expect(
      writtenAs(link(ferry, [['Bola Tinubu', 'person']]), ferry, 'Bola Tinubu')?.kbId ?? null,
    ).toBeNull();
    // A hard-liner is a politician's line, no ship.
    const line = 'Ruling-party hard-liner Bola Tinubu addressed the nation on Sunday.';
    expect(writtenAs(link(line, [['Bola Tinubu', 'person']]), line, 'Bola Tinubu')?.kbId).toBe('p:tinubu');
  });

  it('refuses a politician’s exact name for a member of a sports club named right after it', () => {
    const club = 'Bola Tinubu of Ikeja Road Runners won the veterans’ 10k in Lagos on Sunday.';
    expect(writtenAs(link(club, [['Bola Tinubu', 'person']]), club, 'Bola Tinubu')?.kbId ?? null).toBeNull();
    const athletic = 'Bola Tinubu of Kano Athletic Club finished third in the masters mile.';
    expect(
      writtenAs(link(athletic, [['Bola Tinubu', 'person']]), athletic, 'Bola Tinubu')?.kbId ?? null,
    ).toBeNull();
    // A footballer of his club, and a politician of his party, keep their links.
    const striker = 'Victor Osimhen of Lagos Football Club opened the academy on Sunday.';
    expect(writtenAs(link(striker, [['Victor Osimhen', 'person']]), striker, 'Victor Osimhen')?.kbId).toBe(
      'p:osimhen',
    );
    const party = 'Bola Tinubu of the ruling party opened the academy on Sunday.';
    expect(writtenAs(link(party, [['Bola Tinubu', 'person']]), party, 'Bola Tinubu')?.kbId).toBe('p:tinubu');
  });

  it('reads a past trade in apposition as the career of an office holder the article names', () => {
    const text =
      'Nigerian President Bola Tinubu was sworn in on Monday in Abuja. Bola Tinibu, a former accountant, pledged to cut fuel prices.';
    const entities = link(text, [
      ['Bola Tinubu', 'person'],
      ['Bola Tinibu', 'person'],
    ]);
    expect(writtenAs(entities, text, 'Bola Tinibu')?.kbId).toBe('p:tinubu');
    // The name written exactly, introduced by a past trade, may be a namesake's.
    const raffle = 'Bola Tinubu, a former accountant, won the church raffle in Kano on Sunday.';
    expect(
      writtenAs(link(raffle, [['Bola Tinubu', 'person']]), raffle, 'Bola Tinubu')?.kbId ?? null,
    ).toBeNull();
  });

  it('keeps a sports figure who scored: the result is their trade', () => {
    const text = 'Victor Osimhen scored twice as Nigeria beat Benin 3-1 in Uyo.';
    expect(writtenAs(link(text, [['Victor Osimhen', 'person']]), text, 'Victor Osimhen')?.kbId).toBe(
      'p:osimhen',
    );
  });
});

describe('a sports word just before an exact name', () => {
  it('refuses a runner, keeps a former athlete', () => {
    const text = 'Nigerian marathon runner Bola Tinubu won in Berlin on Sunday.';
    expect(writtenAs(link(text, [['Bola Tinubu', 'person']]), text, 'Bola Tinubu')?.kbId).toBeNull();
    const past = 'Former rugby winger Bola Tinubu addressed the nation on Sunday.';
    expect(writtenAs(link(past, [['Bola Tinubu', 'person']]), past, 'Bola Tinubu')?.kbId).toBe('p:tinubu');
  });
});

describe('a post at a body named by a common noun', () => {
  it('does not repair a near spelling on popularity alone', () => {
    const text =
      'Bola Tinabu, chief executive of a credit union in Kano, Nigeria, said members were worried.';
    expect(writtenAs(link(text, [['Bola Tinabu', 'person']]), text, 'Bola Tinabu')?.kbId).toBeNull();
  });
});

describe('a person whose surname names a company', () => {
  it('joins a given name to the company name and keeps the later surname with the person', () => {
    const text =
      'Pupils visited the school founded by trader Aliko Dangote in Kano. Dangote was born in 1957.';
    const entities = link(text, [
      ['Aliko', 'misc'],
      ['Dangote', 'organization'],
      ['Kano', 'location'],
      ['Dangote', 'organization'],
    ]);
    const person = writtenAs(entities, text, 'Aliko Dangote');
    expect(person?.type).toBe('person');
    expect(person?.kbId).toBeNull();
    expect(person?.mentions).toHaveLength(2);
  });
});

describe('a spun event for another audience', () => {
  it('refuses a spun event name followed by the trade it is for', () => {
    const text = 'The Lagos Safety Forum for lift engineers opened at the trade fair grounds on Monday.';
    const e = writtenAs(link(text, [['Lagos Safety Forum', 'event']]), text, 'Lagos Safety Forum');
    expect(e?.kbId ?? null).toBeNull();
    const real = 'The Lagos Safety Forum opened on Monday with a debate on the Sahel.';
    expect(writtenAs(link(real, [['Lagos Safety Forum', 'event']]), real, 'Lagos Safety Forum')?.kbId).toBe(
      'ev:lagos-forum',
    );
  });
});

describe('an organisation the tagger missed at the start of a sentence', () => {
  const withTokens = (text: string): Entity[] => {
    const tokens: Token[] = wordTokens(text);
    return linkDocument(kb, {
      text,
      date: '2026-05-10',
      mentions: [],
      sentences: [{ start: 0, end: text.length }],
      tokens,
    });
  };

  it('links a near spelling before a company title, not before a reporting verb', () => {
    const titled = 'Dangotte chief executive Ada Obi said cement sales rose.';
    expect(writtenAs(withTokens(titled), titled, 'Dangotte')?.kbId).toBe('org:dangote');
    const said = 'Dangotte said the strike was over.';
    expect(writtenAs(withTokens(said), said, 'Dangotte')?.kbId ?? null).toBeNull();
  });

  it('links the exact name before a reporting verb', () => {
    const text = 'Dangote said cement sales rose in the first quarter.';
    expect(writtenAs(withTokens(text), text, 'Dangote')?.kbId).toBe('org:dangote');
  });
});

describe('names the tagger cut or left untyped', () => {
  it('takes in lower-case words and a neighbouring mention that complete a KB name', () => {
    const text =
      'Engineers inspected the Kainji hydro plant after floods. Soldiers left Ikeja Cantonment on Monday.';
    const entities = link(text, [
      ['Kainji', 'location'],
      ['Ikeja', 'misc'],
      ['Cantonment', 'location'],
    ]);
    expect(writtenAs(entities, text, 'Kainji hydro plant')?.kbId).toBe('pl:kainji');
    expect(writtenAs(entities, text, 'Ikeja Cantonment')?.kbId).toBe('pl:ikeja');
  });

  it('links a place the tagger typed as misc by its exact name', () => {
    const text = 'Inspectors said the Kainji Dam turbines were intact.';
    expect(writtenAs(link(text, [['Kainji Dam', 'misc']]), text, 'Kainji Dam')?.kbId).toBe('pl:kainji');
  });
});

describe('a spun event with a local audience or organiser', () => {
  it('refuses a spun event name for an audience of several words', () => {
    const text =
      'The Lagos Safety Forum for small and medium traders met at the market hall to discuss fire exits.';
    expect(
      writtenAs(link(text, [['Lagos Safety Forum', 'event']]), text, 'Lagos Safety Forum')?.kbId ?? null,
    ).toBeNull();
  });

  it("refuses a spun event name organised by the city's chamber of commerce", () => {
    const text =
      "The Lagos Safety Forum, organised by the city's chamber of commerce, discussed fire drills in shops.";
    expect(
      writtenAs(link(text, [['Lagos Safety Forum', 'event']]), text, 'Lagos Safety Forum')?.kbId ?? null,
    ).toBeNull();
  });
});

describe('a name used for a dish or a particle', () => {
  it('does not link a surname presented as a dish', () => {
    const text = 'Tinubu, the Ibadan dish of yam, beans and pepper sauce, sold out at the fair on Sunday.';
    expect(writtenAs(link(text, [['Tinubu', 'person']]), text, 'Tinubu')?.kbId ?? null).toBeNull();
  });

  it('does not link a surname used before the name of a particle', () => {
    const text = 'Physicists measured the mass of the Osimhen baryon. The Osimhen particle decays quickly.';
    expect(writtenAs(link(text, [['Osimhen', 'person']]), text, 'Osimhen')?.kbId ?? null).toBeNull();
  });
});

describe('a lone name presented privately where the tagger did not see it', () => {
  it('keeps the later mention unlinked', () => {
    const text =
      'Osimhen, a Ghanaian-born bus driver in Leeds, handed a lost purse to the police. Osimhen refused a reward.';
    const second = text.lastIndexOf('Osimhen');
    // The tagger saw only the second "Osimhen".
    const { sentences } = linkLayers(text, []);
    const mentions = [{ start: second, end: second + 7, type: 'person' as const, by: 'test', confidence: 1 }];
    const entities = linkDocument(kb, { text, date: '2026-05-10', sentences, mentions });
    const linked = entities.find((e) => e.mentions.some((m) => m.start === second));
    expect(linked?.kbId ?? null).toBeNull();
  });
});
