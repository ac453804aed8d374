/**
 * Another bearer of a famous name, told apart by the words around it: a monarch of another
 * number, a sibling or relative under the same family name, a private person presented by a
 * trade or an age, a politician of another country's party — and the surname alone later in
 * the article, which follows the full form's decision.
 */
import { describe, expect, it } from 'vitest';
import {
  countryEntity,
  kbIdAt,
  linkLayers,
  personEntity,
  wordTokens,
} from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { affiliationAfter } from './affiliations.js';
import { linkDocument } from './link-document.js';

const party = (id: string, name: string, country: string) =>
  makeEntity({ id, type: 'organization', name, kind: 'party', country, prominence: 2 });

const kb = new MemoryKnowledgeBase([
  countryEntity('GB', 'United Kingdom', 'British'),
  countryEntity('IT', 'Italy', 'Italian'),
  countryEntity('SK', 'Slovakia', 'Slovak'),
  countryEntity('KP', 'North Korea', 'North Korean'),
  countryEntity('KR', 'South Korea', 'South Korean'),
  countryEntity('SY', 'Syria', 'Syrian'),
  countryEntity('BR', 'Brazil', 'Brazilian'),
  countryEntity('IN', 'India', 'Indian'),
  countryEntity('US', 'United States', 'American'),
  party('o:m5s', 'Five Star Movement', 'IT'),
  party('o:smer', 'Smer', 'SK'),
  makeEntity({
    id: 'p:charles-iii',
    type: 'person',
    name: 'Charles III',
    names: [{ text: 'King Charles', kind: 'alias' }],
    country: 'GB',
    born: 1948,
    prominence: 5,
    description: 'King of the United Kingdom since 2022',
    roles: [{ role: 'Monarch', org: 'GB', orgId: 'cd:country/gb', from: '2022-09-08', to: null }],
  }),
  personEntity({
    id: 'fico',
    name: 'Robert Fico',
    surname: 'Fico',
    country: 'SK',
    prominence: 4,
    born: 1964,
    description: 'Prime Minister of Slovakia; leader of Smer',
    roles: [{ role: 'Prime Minister', org: 'SK', orgId: 'cd:country/sk', from: '2023-10-25' }],
  }),
  personEntity({
    id: 'meloni',
    name: 'Giorgia Meloni',
    surname: 'Meloni',
    country: 'IT',
    prominence: 5,
    born: 1977,
    description: 'Prime Minister of Italy since 2022',
    roles: [{ role: 'Prime Minister', org: 'IT', orgId: 'cd:country/it', from: '2022-10-22' }],
  }),
  personEntity({
    id: 'kim-jong-un',
    name: 'Kim Jong Un',
    surname: 'Un',
    country: 'KP',
    prominence: 5,
    born: 1984,
    description: 'Supreme Leader of North Korea since 2011',
    roles: [{ role: 'Supreme Leader', org: 'KP', orgId: 'cd:country/kp', from: '2011-12-17' }],
  }),
  personEntity({
    id: 'lee-jae-myung',
    name: 'Lee Jae-myung',
    surname: 'Jae-myung',
    country: 'KR',
    prominence: 4,
    born: 1963,
    description: 'President of South Korea since 2025',
    roles: [{ role: 'President', org: 'KR', orgId: 'cd:country/kr', from: '2025-06-04' }],
  }),
  personEntity({
    id: 'al-sharaa',
    name: 'Ahmed al-Sharaa',
    surname: 'al-Sharaa',
    country: 'SY',
    prominence: 4,
    born: 1982,
    description: 'President of Syria since 2025',
    roles: [{ role: 'President', org: 'SY', orgId: 'cd:country/sy', from: '2025-01-29' }],
  }),
  personEntity({
    id: 'vinicius',
    name: 'Vinícius Júnior',
    surname: 'Júnior',
    country: 'BR',
    prominence: 3,
    born: 2000,
    description: 'Brazilian footballer; Real Madrid forward',
  }),
  personEntity({
    id: 'rahul-gandhi',
    name: 'Rahul Gandhi',
    surname: 'Gandhi',
    country: 'IN',
    prominence: 4,
    born: 1970,
    description: 'Leader of the Opposition in the Lok Sabha; Congress politician',
  }),
  personEntity({
    id: 'caine',
    name: 'Dan Caine',
    surname: 'Caine',
    country: 'US',
    prominence: 3,
    born: 1968,
    description: 'Chairman of the US Joint Chiefs of Staff since 2025',
    roles: [{ role: 'Chairman of the Joint Chiefs of Staff', org: 'US', from: '2025-04' }],
  }),
  personEntity({
    id: 'dong-jun',
    name: 'Dong Jun',
    surname: 'Dong',
    country: 'CN',
    prominence: 3,
    born: 1961,
    description: 'Chinese Defence Minister since 2023',
    roles: [{ role: 'Minister of Defence', org: 'CN', from: '2023-12-29' }],
  }),
]);

function link(text: string, names: [string, EntityType][], date = '2025-06-20', tokens = false): Entity[] {
  return linkDocument(kb, {
    text,
    date,
    ...linkLayers(text, names),
    ...(tokens ? { tokens: wordTokens(text) } : {}),
  });
}

describe('a regnal number', () => {
  it('written inside the mention keeps another monarch of the name unlinked', () => {
    const text =
      'A letter in the hand of King James I, dated 1610, goes on show in Edinburgh. Charles I, his son, was beheaded in 1649.';
    const entities = link(text, [
      ['King James', 'person'],
      ['Edinburgh', 'location'],
      ['Charles I', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Charles I')).toBeFalsy();
  });

  it('keeps another monarch unlinked even beside a title naming the office and the country', () => {
    const text =
      'An exhibition on Charles II, the British monarch restored to the throne in 1660, opens in Oxford. Charles kept spaniels at court.';
    const entities = link(text, [
      ['Charles II', 'person'],
      ['Oxford', 'location'],
      ['Charles', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Charles II')).toBeFalsy();
    expect(kbIdAt(entities, text, 'Charles')).toBeFalsy();
  });

  it('still lets the monarch of that number be named', () => {
    const text = 'Charles III opened the new session of Parliament in London on Tuesday.';
    const entities = link(text, [['Charles III', 'person']]);
    expect(kbIdAt(entities, text, 'Charles III')).toBe('p:charles-iii');
  });
});

describe('a sibling under the same family name', () => {
  it('is not the leader whose generation syllable the given name shares', () => {
    const text =
      "A museum devoted to Kim Jong-il opened in Wonsan. Kim Jong-il ruled before North Korea's supreme leader.";
    const entities = link(text, [
      ['Kim Jong-il', 'person'],
      ['Wonsan', 'location'],
      ['Kim Jong-il', 'person'],
      ['North Korea', 'location'],
    ]);
    expect(kbIdAt(entities, text, 'Kim Jong-il')).toBeFalsy();
    expect(kbIdAt(entities, text, 'Kim Jong-il', 1)).toBeFalsy();
  });

  it('leaves vowels romanised otherwise to the same person', () => {
    const text = "North Korea's supreme leader Kim Jong-eun inspected a missile factory on Monday.";
    const entities = link(text, [
      ['North Korea', 'location'],
      ['Kim Jong-eun', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Kim Jong-eun')).toBe('p:kim-jong-un');
  });

  it('keeps a businessman of the same family name and generation syllable apart', () => {
    const text = 'South Korean President Lee Jae-yong met investors in Busan on Friday.';
    const entities = link(text, [
      ['Lee Jae-yong', 'person'],
      ['Busan', 'location'],
    ]);
    expect(kbIdAt(entities, text, 'Lee Jae-yong')).toBeFalsy();
  });
});

describe('a relative the tagger typed as a place', () => {
  it('is a person, and the surname alone after it stays with that person', () => {
    const text = 'Neighbours of Maher al-Sharaa, a retired judge, said he had left Aleppo. Al-Sharaa is 81.';
    const entities = link(text, [
      ['Maher al-Sharaa', 'location'],
      ['Aleppo', 'location'],
      ['Al-Sharaa', 'person'],
    ]);
    const relative = entities.find((e) => e.name === 'Maher al-Sharaa');
    expect(relative?.type).toBe('person');
    expect(relative?.kbId).toBeFalsy();
    expect(kbIdAt(entities, text, 'Al-Sharaa')).toBeFalsy();
  });

  it('leaves the surname alone to its famous bearer when no relative is named', () => {
    const text = 'Syrian President Ahmed al-Sharaa flew to Riyadh. Al-Sharaa met the crown prince.';
    const entities = link(text, [
      ['Ahmed al-Sharaa', 'person'],
      ['Riyadh', 'location'],
      ['Al-Sharaa', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Al-Sharaa')).toBe('p:al-sharaa');
  });
});

describe('a private person presented before or after the name', () => {
  it('a trade and an age before "named" present a namesake', () => {
    const text =
      'A 41-year-old conductor from Pune named Rahul Gandhi won the lottery. Gandhi plans to buy a flat.';
    const entities = link(text, [
      ['Pune', 'location'],
      ['Rahul Gandhi', 'person'],
      ['Gandhi', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Rahul Gandhi')).toBeFalsy();
    expect(kbIdAt(entities, text, 'Gandhi', 1)).toBeFalsy();
  });

  it('a service sold to private clients is a trade, whatever the age', () => {
    const text =
      'Giorgia Melone, 48, a tax adviser in Turin, was elected to lead the local guild of accountants. Melone thanked her colleagues.';
    const entities = link(text, [
      ['Giorgia Melone', 'person'],
      ['Turin', 'location'],
      ['Melone', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Giorgia Melone')).toBeFalsy();
    expect(kbIdAt(entities, text, 'Melone')).toBeFalsy();
  });

  it('an age the birth year rules out refuses an exact name the tagger missed', () => {
    const text =
      'Vinícius Júnior, a 17-year-old beach volleyball player from Natal, joined the youth squad. He trains at dawn.';
    const entities = link(text, [['Natal', 'location']], '2025-06-20', true);
    expect(kbIdAt(entities, text, 'Vinícius Júnior')).toBeFalsy();
  });

  it('the same name the tagger missed, with nothing against it, is the footballer', () => {
    const text = 'Vinícius Júnior scored twice as Brazil beat Chile in the qualifier.';
    const entities = link(
      text,
      [
        ['Brazil', 'location'],
        ['Chile', 'location'],
      ],
      '2025-06-20',
      true,
    );
    expect(kbIdAt(entities, text, 'Vinícius Júnior')).toBe('p:vinicius');
  });
});

describe("another country's party after the name", () => {
  it('keeps a near spelling of a foreign leader unlinked, and the surname after it', () => {
    const text =
      'Roberto Fico of the Five Star Movement was sworn in as regional president on Monday. Fico promised new hospitals.';
    const entities = link(text, [
      ['Roberto Fico', 'person'],
      ['Five Star Movement', 'organization'],
      ['Fico', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Roberto Fico')).toBeFalsy();
    expect(kbIdAt(entities, text, 'Fico', 1)).toBeFalsy();
  });

  it("is no veto for the person's own party", () => {
    expect(affiliationAfter(' of Smer said', 0, (n) => kb.lookup(n))?.entity.id).toBe('o:smer');
    const text = 'Prime Minister Robert Fico of Smer won the confidence vote in parliament on Monday.';
    const entities = link(text, [
      ['Robert Fico', 'person'],
      ['Smer', 'organization'],
    ]);
    expect(kbIdAt(entities, text, 'Robert Fico')).toBe('p:fico');
  });

  it('reads the longest party name the words after "of" begin', () => {
    const hit = affiliationAfter(' of the Five Star Movement in Naples', 0, (n) => kb.lookup(n));
    expect(hit?.entity.id).toBe('o:m5s');
    expect(hit?.country).toBe('IT');
    expect(affiliationAfter(' of the city council', 0, (n) => kb.lookup(n))).toBeNull();
  });
});

describe('the chairman of the Joint Chiefs', () => {
  it('is a title of its own, not a weak chairman, and outweighs a defence title of the next name', () => {
    const text =
      'Chairman of the Joint Chiefs of Staff Dann Kaine and Defence Minister Carla Bruni spoke to reporters.';
    const entities = link(text, [
      ['Dann Kaine', 'person'],
      ['Carla Bruni', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Dann Kaine')).toBe('p:caine');
  });
});
