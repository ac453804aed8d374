import { describe, expect, it } from 'vitest';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { contentWords, findSpun, spinMatch, spunSpans } from './spin.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({ id: 'org:bundesbank', type: 'organization', name: 'Bank of Italy', prominence: 3 }),
  makeEntity({
    id: 'org:unhcr',
    type: 'organization',
    name: 'International Labour Organization',
    prominence: 3,
  }),
  makeEntity({ id: 'org:ecj', type: 'organization', name: 'European Court of Justice', prominence: 3 }),
  makeEntity({ id: 'org:ilo', type: 'organization', name: 'International Trade Centre', prominence: 2 }),
  makeEntity({ id: 'ev:asf', type: 'event', name: 'Aspen Security Forum', prominence: 3 }),
  makeEntity({
    id: 'org:sco',
    type: 'organization',
    name: 'Shanghai Cooperation Organisation',
    prominence: 3,
  }),
]);

describe('contentWords', () => {
  it('reads listed word groups as one word and drops function words', () => {
    expect(contentWords('Financial institution of Italy')).toEqual(['financial institution', 'italy']);
    expect(contentWords('the World Well being Group')).toEqual(['world', 'well being', 'group']);
  });
});

describe('spinMatch', () => {
  it('needs every word to answer, one kept and one swapped', () => {
    expect(spinMatch(['financial institution', 'italy'], ['bank', 'italy'])).toEqual([
      'financial institution = bank',
    ]);
    expect(spinMatch(['bank', 'italy'], ['bank', 'italy'])).toBeNull();
    expect(spinMatch(['financial institution', 'spain'], ['bank', 'italy'])).toBeNull();
    expect(spinMatch(['worldwide', 'financial'], ['international', 'monetary'])).toBeNull();
  });
});

describe('spunSpans in runs', () => {
  it('finds two spun names in one run of capitalised words', () => {
    const text = 'He once ran the Financial institution of Italy and Financial institution of Italy staff.';
    expect(spunSpans(kb, text).length).toBe(2);
  });

  it('does not take a spun name out of a longer name', () => {
    const who = new MemoryKnowledgeBase([
      makeEntity({ id: 'org:who', type: 'organization', name: 'World Health Organization', prominence: 5 }),
    ]);
    expect(spunSpans(who, 'The Globe Health Organisation held talks.').length).toBe(1);
    expect(spunSpans(who, 'The Globe Health Organisation of Kenyan Herbalists met in Nakuru.')).toEqual([]);
  });

  it('ends a spun name before its possessive, with either apostrophe', () => {
    const bodies = new MemoryKnowledgeBase([
      makeEntity({ id: 'org:who', type: 'organization', name: 'World Health Organization', prominence: 5 }),
    ]);
    const found = (text: string) =>
      spunSpans(bodies, text).map((x) => [text.slice(x.start, x.end), x.match.name]);
    expect(found("The Globe Health Organisation's chief flew to Goma.")).toEqual([
      ['Globe Health Organisation', 'World Health Organization'],
    ]);
    expect(found('The Globe Health Organisation’s report came out on Monday.')).toEqual([
      ['Globe Health Organisation', 'World Health Organization'],
    ]);
  });

  it('goes on with a lower-case word only as the next word of a listed group', () => {
    const bodies = new MemoryKnowledgeBase([
      makeEntity({ id: 'org:who', type: 'organization', name: 'World Health Organization', prominence: 5 }),
      makeEntity({ id: 'ev:gg', type: 'event', name: 'Global Games', prominence: 4 }),
    ]);
    const found = (text: string) => spunSpans(bodies, text).map((x) => text.slice(x.start, x.end));
    // "being" after "Well", "games" after "Video": the groups "well being" and "video games".
    expect(found('Delegates of the Globe Well being Group met in Geneva.')).toEqual([
      'Globe Well being Group',
    ]);
    expect(found('Fans of the Global Video games cheered.')).toEqual(['Global Video games']);
    // "games" after "World" is a common noun: no run "World games", so no spun Global Games.
    expect(found('Crowds at the World games cheered.')).toEqual([]);
  });
});

describe('findSpun', () => {
  it.each([
    ['Financial institution of Italy', 'Bank of Italy'],
    ['Worldwide Labour Group', 'International Labour Organization'],
    ['European Courtroom of Justice', 'European Court of Justice'],
    ['Aspen Safety Discussion board', 'Aspen Security Forum'],
    ['Shanghai Collaboration Group', 'Shanghai Cooperation Organisation'],
  ])('%s → %s', (spun, name) => {
    expect(findSpun(kb, spun, ['organization', 'event'])?.entity.name).toBe(name);
  });

  it('takes WordNet substitutes when the rest of the name stands as written', () => {
    const world = new MemoryKnowledgeBase([
      makeEntity({ id: 'org:wb', type: 'organization', name: 'World Bank', prominence: 4 }),
      makeEntity({ id: 'org:wto', type: 'organization', name: 'World Trade Organization', prominence: 4 }),
      makeEntity({
        id: 'org:fm',
        type: 'organization',
        name: 'Freedom Movement',
        country: 'SI',
        prominence: 2,
      }),
    ]);
    expect(findSpun(world, 'Globe Bank', ['organization'])?.entity.name).toBe('World Bank');
    expect(findSpun(world, 'Globe Trade Company', ['organization'])?.entity.name).toBe(
      'World Trade Organization',
    );
    // Every word swapped, one a thesaurus guess: only for the best known bodies.
    expect(findSpun(world, 'Globe Commerce Company', ['organization'])?.entity.name).toBe(
      'World Trade Organization',
    );
    const lesser = new MemoryKnowledgeBase([
      makeEntity({ id: 'org:wto3', type: 'organization', name: 'World Trade Organization', prominence: 3 }),
    ]);
    expect(findSpun(lesser, 'Globe Commerce Company', ['organization'])).toBeNull();
    // A minor national body through a thesaurus guess, its country not named: no.
    expect(findSpun(world, 'Freedom Event', ['organization'], new Set(['KR']))).toBeNull();
  });

  it('reads a country written out inside a name', () => {
    const withCountries = new MemoryKnowledgeBase([
      makeEntity({
        id: 'cd:country/ca',
        type: 'location',
        name: 'Canada',
        kind: 'country',
        country: 'CA',
        prominence: 4,
      }),
      makeEntity({
        id: 'cd:country/nz',
        type: 'location',
        name: 'New Zealand',
        kind: 'country',
        country: 'NZ',
        names: [{ text: 'NZ', kind: 'short' }],
        prominence: 4,
      }),
      makeEntity({
        id: 'org:nzf',
        type: 'organization',
        name: 'New Zealand First',
        kind: 'party',
        country: 'NZ',
        prominence: 3,
      }),
      makeEntity({
        id: 'org:fm',
        type: 'organization',
        name: 'Family Mart NZ',
        country: 'NZ',
        prominence: 2,
      }),
      makeEntity({ id: 'org:boc', type: 'organization', name: 'Central Bank', country: 'CA', prominence: 3 }),
    ]);
    // Another name of the country put in: an exact KB name comes back.
    expect(findSpun(withCountries, 'Family Mart New Zealand', ['organization'])?.entity.id).toBe('org:fm');
    // "… of Canada" after a spun name of a Canadian body.
    expect(
      findSpun(withCountries, 'Central Financial institution of Canada', ['organization'])?.entity.id,
    ).toBe('org:boc');
    // A body of another country is not taken.
    expect(
      findSpun(withCountries, 'Central Financial institution of New Zealand', ['organization']),
    ).toBeNull();
  });

  it('needs a distinctive kept word in a two-word name', () => {
    const state = new MemoryKnowledgeBase([
      makeEntity({ id: 'org:dos', type: 'organization', name: 'Department of State', prominence: 4 }),
    ]);
    expect(findSpun(state, 'Ministry of State', ['organization'])).toBeNull();
  });

  it('finds nothing for names that only share a word, or of another type', () => {
    expect(findSpun(kb, 'Bank of Spain', ['organization'])).toBeNull();
    expect(findSpun(kb, 'Aspen Ski Festival', ['organization', 'event'])).toBeNull();
    expect(findSpun(kb, 'Aspen Safety Discussion board', ['organization'])).toBeNull();
  });
});

describe('spunSpans', () => {
  it('finds a spun name a tagger would cut at its lower-case words, without the leading article', () => {
    const text =
      'Rates were held by the Financial institution of Italy on Thursday, said Aspen Safety Discussion board staff.';
    const spans = spunSpans(kb, text).map((x) => [text.slice(x.start, x.end), x.match.entity.name]);
    expect(spans).toEqual([
      ['Financial institution of Italy', 'Bank of Italy'],
      ['Aspen Safety Discussion board', 'Aspen Security Forum'],
    ]);
  });

  it('does not run across "in" nor try runs without a listed synonym', () => {
    const text = 'Bank of Italy officials met in Rome. Maria Rossi and Luca Bianchi of Italy spoke.';
    // (The KB name written exactly comes back as it is, with no swaps.)
    const spans = spunSpans(kb, text);
    expect(spans.filter((x) => x.match.swaps.length > 0)).toEqual([]);
    expect(spans.map((x) => text.slice(x.start, x.end))).toEqual(['Bank of Italy']);
  });
});

describe('names with every word swapped', () => {
  const parties = new MemoryKnowledgeBase([
    makeEntity({ id: 'org:lrp', type: 'organization', name: 'Lakeland Reform Party', prominence: 3 }),
    makeEntity({ id: 'org:wap', type: 'organization', name: "Workers' Action Party", prominence: 3 }),
    makeEntity({ id: 'org:pfa', type: 'organization', name: 'People Forward Alliance', prominence: 2 }),
    makeEntity({ id: 'org:icc', type: 'organization', name: 'International Criminal Court', prominence: 4 }),
  ]);

  it('match a known name of three words or more, multi-word spins standing for one word', () => {
    expect(findSpun(parties, "Staff' Motion Social gathering", ['organization'])?.entity.name).toBe(
      "Workers' Action Party",
    );
    expect(findSpun(parties, 'Worldwide Felony Courtroom', ['organization'])?.swaps).toEqual([
      'worldwide = international',
      'felony = criminal',
      'courtroom = court',
    ]);
  });

  it('but not a little-known one, nor with a near spelling in place of a word', () => {
    expect(findSpun(parties, 'Folks Ahead Coalition', ['organization'])).toBeNull();
    expect(findSpun(parties, 'Worldwide Felony Courtrom', ['organization'])).toBeNull();
  });

  it('are found in running text where no mention was tagged', () => {
    const text = "The ruling Staff' Motion Social gathering won the vote on Sunday.";
    const spans = spunSpans(parties, text).map((x) => [text.slice(x.start, x.end), x.match.entity.name]);
    expect(spans).toEqual([["Staff' Motion Social gathering", "Workers' Action Party"]]);
  });
});

describe('names short of their country word', () => {
  const parties = new MemoryKnowledgeBase([
    makeEntity({
      id: 'cd:country/pt',
      type: 'location',
      name: 'Portugal',
      kind: 'country',
      country: 'PT',
      names: [{ text: 'Portuguese', kind: 'demonym' }],
      prominence: 4,
    }),
    makeEntity({
      id: 'cd:country/ar',
      type: 'location',
      name: 'Argentina',
      kind: 'country',
      country: 'AR',
      names: [{ text: 'Argentine', kind: 'demonym' }],
      prominence: 4,
    }),
    makeEntity({
      id: 'org:psd',
      type: 'organization',
      name: 'Portuguese Workers Party',
      country: 'PT',
      prominence: 2,
    }),
    makeEntity({
      id: 'org:ucr',
      type: 'organization',
      name: 'Radical Party of Argentina',
      country: 'AR',
      prominence: 3,
    }),
  ]);

  it('match when the article names that country', () => {
    expect(findSpun(parties, 'Staff Social gathering', ['organization'], new Set(['PT']))?.entity.name).toBe(
      'Portuguese Workers Party',
    );
    expect(findSpun(parties, 'Radical Get together', ['organization'], new Set(['AR']))?.swaps).toEqual([
      'get together = party',
    ]);
  });

  it('not otherwise, nor without a synonym swap', () => {
    expect(findSpun(parties, 'Staff Social gathering', ['organization'])).toBeNull();
    expect(findSpun(parties, 'Staff Social gathering', ['organization'], new Set(['AR']))).toBeNull();
    expect(findSpun(parties, 'Radical Party', ['organization'], new Set(['AR']))).toBeNull();
  });
});

describe('spun place names', () => {
  const places = new MemoryKnowledgeBase([
    makeEntity({
      id: 'loc:east-bank',
      type: 'location',
      name: 'East Bank',
      kind: 'territory',
      prominence: 4,
    }),
    makeEntity({
      id: 'loc:mill-street',
      type: 'location',
      name: 'Mill Street',
      kind: 'place',
      prominence: 1,
    }),
  ]);

  it('match well-known places, found in running text', () => {
    const text = 'Troops entered the East Financial institution on Friday.';
    const spans = spunSpans(places, text).map((x) => [text.slice(x.start, x.end), x.match.entity.name]);
    expect(spans).toEqual([['East Financial institution', 'East Bank']]);
  });

  it('not little-known ones', () => {
    expect(findSpun(places, 'Mill Road', ['location'])).toBeNull();
  });
});
