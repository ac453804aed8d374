/**
 * Precision and recall mechanisms of the linker, each on its own news-style sentences:
 * namesakes described by an occupation, close names of ordinary people, support from the
 * article, spun organisation names, surnames that start with a particle, central banks
 * named by what they are.
 */
import { describe, expect, it } from 'vitest';
import {
  countryEntity,
  linkerOver,
  linkLayers,
  wordTokens,
  writtenAs,
} from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType, Token } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { headNoun } from './descriptor.js';
import { linkDocument } from './link-document.js';

const country = countryEntity;

const kb = new MemoryKnowledgeBase([
  country('FR', 'France', 'French'),
  country('IT', 'Italy', 'Italian'),
  country('SE', 'Sweden', 'Swedish'),
  makeEntity({
    id: 'org:bank-of-italy',
    type: 'organization',
    name: 'Bank of Italy',
    kind: 'central-bank',
    country: 'IT',
    prominence: 3,
  }),
  makeEntity({ id: 'org:ec', type: 'organization', name: 'European Commission', prominence: 5 }),
  makeEntity({ id: 'org:spotify', type: 'organization', name: 'Spotify', prominence: 3 }),
  makeEntity({
    id: 'ev:aspen',
    type: 'event',
    name: 'Aspen Security Forum',
    kind: 'conference',
    description: 'annual national security conference in Aspen, Colorado',
    prominence: 3,
  }),
  makeEntity({
    id: 'Q3052772',
    type: 'person',
    name: 'Emmanuel Macron',
    names: [{ text: 'Macron', kind: 'surname' }],
    country: 'FR',
    prominence: 5,
    description: 'President of France since 2017',
    roles: [{ role: 'President', org: 'FR', orgId: 'cd:country/fr', from: '2017-05-14', to: null }],
  }),
  makeEntity({
    id: 'cd:person/fabio-panetta',
    type: 'person',
    name: 'Fabio Panetta',
    names: [{ text: 'Panetta', kind: 'surname' }],
    country: 'IT',
    prominence: 3,
    description: 'Governor of the Bank of Italy',
    roles: [
      {
        role: 'Central Bank Governor',
        org: 'Bank of Italy',
        orgId: 'org:bank-of-italy',
        from: '2023-11-01',
        to: null,
      },
    ],
  }),
  makeEntity({
    id: 'cd:person/ursula-von-der-leyen',
    type: 'person',
    name: 'Ursula von der Leyen',
    names: [{ text: 'von der Leyen', kind: 'surname' }],
    country: 'DE',
    prominence: 5,
    description: 'President of the European Commission since 2019',
    roles: [
      {
        role: 'President of the European Commission',
        org: 'European Commission',
        orgId: 'org:ec',
        from: '2019-12-01',
        to: null,
      },
    ],
  }),
  makeEntity({
    id: 'cd:person/daniel-ek',
    type: 'person',
    name: 'Daniel Ek',
    names: [{ text: 'Ek', kind: 'surname' }],
    country: 'SE',
    prominence: 3,
    description: 'Co-founder and chief executive of Spotify',
    roles: [
      { role: 'Chief Executive Officer', org: 'Spotify', orgId: 'org:spotify', from: '2006', to: null },
    ],
  }),
]);

const link = linkerOver(kb, '2025-03-10');

describe('namesakes described by an occupation', () => {
  it('leaves an exactly named private person unlinked and says why', () => {
    const text =
      'Fabio Panetta, a tram driver in Turin, found a wallet with 3,000 euros and handed it in. Panetta said honesty was normal.';
    const entities = link(text, [
      ['Fabio Panetta', 'person'],
      ['Panetta', 'person'],
    ]);
    const e = writtenAs(entities, text, 'Fabio Panetta')!;
    expect(e.kbId).toBeNull();
    expect(e.evidence[0]).toMatchObject({ kind: 'contradiction' });
    expect(e.evidence[0]?.detail).toMatch(/driver/);
    expect(writtenAs(entities, text, 'Panetta')?.kbId).toBeNull();
  });

  it('leaves a conductor, of a tram or an orchestra, unlinked under an exact name', () => {
    const tram = 'An old photograph shows Turin tram conductor Fabio Panetta in his cap and uniform.';
    expect(writtenAs(link(tram, [['Fabio Panetta', 'person']]), tram, 'Fabio Panetta')?.kbId).toBeNull();
    const stage = 'The conductor Emmanuel Macron led the Lyon orchestra through Ravel on Sunday.';
    expect(
      writtenAs(link(stage, [['Emmanuel Macron', 'person']]), stage, 'Emmanuel Macron')?.kbId,
    ).toBeNull();
  });

  it('reads a trade stated as the predicate ("runs a bakery"), not the verb alone', () => {
    const shop = 'Fabio Panetta runs a gelato kiosk on the Lido. Panetta said July was his best month.';
    expect(writtenAs(link(shop, [['Fabio Panetta', 'person']]), shop, 'Fabio Panetta')?.kbId).toBeNull();
    const bank = 'Fabio Panetta runs the Bank of Italy, and markets read every word.';
    expect(writtenAs(link(bank, [['Fabio Panetta', 'person']]), bank, 'Fabio Panetta')?.kbId).toBe(
      'cd:person/fabio-panetta',
    );
  });

  it('still links the same name when the apposition names the office', () => {
    const text = 'Fabio Panetta, governor of the Bank of Italy, warned that growth would slow.';
    const entities = link(text, [
      ['Fabio Panetta', 'person'],
      ['Bank of Italy', 'organization'],
    ]);
    expect(writtenAs(entities, text, 'Fabio Panetta')?.kbId).toBe('cd:person/fabio-panetta');
  });
});

describe('close names of ordinary people', () => {
  it('does not repair a near spelling when the article says nothing of the famous person', () => {
    const text =
      'Emmanuel Macrom opened a second ice-cream parlour in Nantes this spring. Macrom said pistachio sold best.';
    const entities = link(text, [
      ['Emmanuel Macrom', 'person'],
      ['Macrom', 'person'],
    ]);
    expect(entities.every((e) => e.kbId === null)).toBe(true);
  });

  it('repairs the same spelling when the article speaks of his sphere, with that evidence', () => {
    const text =
      'Emmanuel Macrom flew to Berlin on Monday. The French government wants a joint defence fund.';
    const entities = link(text, [['Emmanuel Macrom', 'person']]);
    const e = writtenAs(entities, text, 'Emmanuel Macrom')!;
    expect(e.kbId).toBe('Q3052772');
    expect(e.evidence.map((x) => x.kind)).toContain('co-mention');
    expect(e.evidence.some((x) => /France/.test(x.detail))).toBe(true);
  });

  it('never repairs on a shared given name and a loosely similar surname', () => {
    const text = 'Daniel Eker, a Stockholm software developer, said Swedish streaming apps were too costly.';
    const entities = link(text, [['Daniel Eker', 'person']]);
    expect(writtenAs(entities, text, 'Daniel Eker')?.kbId).toBeNull();
    const other = 'Daniel Ekstrom told Spotify investors in Sweden that podcasts were growing.';
    expect(writtenAs(link(other, [['Daniel Ekstrom', 'person']]), other, 'Daniel Ekstrom')?.kbId).toBeNull();
  });
});

describe('names a letter or two off a famous one', () => {
  it('repairs a one-letter slip of a household name in public-affairs copy, with no support', () => {
    const text = 'Ursula von der Leyn told leaders at the summit that sanctions would stay in place.';
    const e = writtenAs(link(text, [['Ursula von der Leyn', 'person']]), text, 'Ursula von der Leyn')!;
    expect(e.kbId).toBe('cd:person/ursula-von-der-leyen');
    expect(e.evidence.map((x) => x.kind)).toContain('popularity');
  });

  it('repairs a two-letter slip with support from the article', () => {
    const text = 'Fabbio Panneta said inflation in Italy was easing faster than expected.';
    expect(writtenAs(link(text, [['Fabbio Panneta', 'person']]), text, 'Fabbio Panneta')?.kbId).toBe(
      'cd:person/fabio-panetta',
    );
  });

  it('leaves the same slip alone in an ordinary-person story', () => {
    const text =
      'Ursula von der Leyn grows tomatoes on an allotment in Leeds. She won first prize at the village show.';
    expect(
      writtenAs(link(text, [['Ursula von der Leyn', 'person']]), text, 'Ursula von der Leyn')?.kbId,
    ).toBeNull();
    const cellist = 'The cellist Emmanuel Macrom played Bach in a church in Lyon.';
    expect(
      writtenAs(link(cellist, [['Emmanuel Macrom', 'person']]), cellist, 'Emmanuel Macrom')?.kbId,
    ).toBeNull();
  });

  it('refuses even an exact name described by a public noun in a walk of private life', () => {
    const text =
      'Emmanuel Macron, a Lyon dog show judge, disqualified three poodles. Macron said rules are rules.';
    expect(writtenAs(link(text, [['Emmanuel Macron', 'person']]), text, 'Emmanuel Macron')?.kbId).toBeNull();
    // A judge of a court stays a public noun.
    expect(headNoun('a judge in Turin')).toBe('judge');
    expect(headNoun('a Lyon dog show judge')).toBe('show judge');
  });

  it('compares a one-word name with the title the KB writes as part of the name ("Pope Fransis")', () => {
    const papal = new MemoryKnowledgeBase([
      makeEntity({
        id: 'Q450675',
        type: 'person',
        name: 'Pope Francis',
        prominence: 5,
        description: 'Pope of the Catholic Church from 2013 to 2025',
        roles: [{ role: 'Pope', org: 'Catholic Church', orgId: null, from: '2013-03-13', to: '2025-04-21' }],
      }),
    ]);
    const text = 'Thousands prayed for Pope Fransis in Rome. Fransis was said to be resting.';
    const names: [string, EntityType][] = [
      ['Fransis', 'person'],
      ['Fransis', 'person'],
    ];
    const entities = linkDocument(papal, { text, date: '2025-02-24', ...linkLayers(text, names) });
    expect(entities.find((e) => e.kbId === 'Q450675')?.mentions).toHaveLength(2);
    const bare = 'Thousands prayed for Fransis in Rome.';
    const alone = linkDocument(papal, {
      text: bare,
      date: '2025-02-24',
      ...linkLayers(bare, [['Fransis', 'person']]),
    });
    expect(alone.every((e) => e.kbId === null)).toBe(true);
  });

  it('reads spun titles: "Foreign Priest" is a foreign minister, not a clergyman', () => {
    const text = 'French Foreign Priest Emmanuel Macron met his counterparts in Rome.';
    expect(writtenAs(link(text, [['Emmanuel Macron', 'person']]), text, 'Emmanuel Macron')?.kbId).toBe(
      'Q3052772',
    );
  });
});

describe('business titles and given names', () => {
  it('a bare "founder" or "co-founder" is no role evidence, and another given name rules a repair out', () => {
    const one = 'The mill reopened in May, said founder Daniel Ekwall, who hired twelve weavers.';
    expect(writtenAs(link(one, [['Daniel Ekwall', 'person']]), one, 'Daniel Ekwall')?.kbId).toBeNull();
    const two = 'Co-founder Sara Ekk said the Swedish start-up would open a plant in Luleå.';
    expect(writtenAs(link(two, [['Sara Ekk', 'person']]), two, 'Sara Ekk')?.kbId).toBeNull();
  });

  it('a role cue does not turn one person into another of a different given name', () => {
    const text =
      'Swedish chief executive Marcus Ekberg told Spotify staff in Stockholm that hiring would slow.';
    expect(
      writtenAs(
        link(text, [
          ['Marcus Ekberg', 'person'],
          ['Spotify', 'organization'],
        ]),
        text,
        'Marcus Ekberg',
      )?.kbId,
    ).toBeNull();
  });

  it('the same title with its company is role evidence', () => {
    const text = 'Spotify founder Daniel Eck said podcasts now bring in more than music.';
    const e = writtenAs(
      link(text, [
        ['Spotify', 'organization'],
        ['Daniel Eck', 'person'],
      ]),
      text,
      'Daniel Eck',
    )!;
    expect(e.kbId).toBe('cd:person/daniel-ek');
    expect(e.evidence[0]).toMatchObject({ kind: 'role-context', score: 1 });
  });
});

describe('spun organisation names', () => {
  it('links a name translated word by word, with the swaps as evidence', () => {
    const text = 'The Financial institution of Italy left its forecast unchanged on Friday.';
    const entities = link(text, [['Financial institution of Italy', 'organization']]);
    const e = writtenAs(entities, text, 'Financial institution of Italy')!;
    expect(e.name).toBe('Bank of Italy');
    expect(e.evidence[0]).toMatchObject({ kind: 'word-substitution' });
    expect(e.mentions[0]?.repaired).toBe(true);
  });

  it('refuses when the words after the name describe another kind of body', () => {
    const text = 'The European Fee, a student debating club in Ghent, elected a new board.';
    const entities = link(text, [['European Fee', 'organization']]);
    expect(writtenAs(entities, text, 'European Fee')?.kbId).toBeNull();
    const plain = 'Brussels said the European Fee would propose new tariffs.';
    expect(writtenAs(link(plain, [['European Fee', 'organization']]), plain, 'European Fee')?.name).toBe(
      'European Commission',
    );
  });
});

describe('spun event names', () => {
  const withTokens = (text: string): Entity[] =>
    linkDocument(kb, {
      text,
      date: '2025-07-15',
      mentions: [],
      sentences: [{ start: 0, end: text.length }],
      tokens: wordTokens(text),
    });

  it('links a spun event name, and refuses it when described as another kind of event', () => {
    const plain = 'Generals and diplomats gathered for the Aspen Safety Forum on Tuesday.';
    expect(writtenAs(withTokens(plain), plain, 'Aspen Safety Forum')?.kbId).toBe('ev:aspen');
    const fair =
      'The Aspen Safety Forum, a trade fair for fire alarms and smoke detectors, opened on Tuesday.';
    const e = writtenAs(withTokens(fair), fair, 'Aspen Safety Forum');
    expect(e?.kbId ?? null).toBeNull();
  });

  it('refuses a spun event name that goes on to name another audience', () => {
    const text = 'The Aspen Safety Forum for ski instructors opened at the resort on Tuesday.';
    expect(writtenAs(withTokens(text), text, 'Aspen Safety Forum')?.kbId ?? null).toBeNull();
  });
});

describe('surnames and central banks', () => {
  it('joins a surname that starts with a particle to its full form', () => {
    const text =
      'Commission President Ursula fon der Layen presented the budget. Fon der Layen said defence came first.';
    const entities = link(text, [
      ['Ursula fon der Layen', 'person'],
      ['Fon der Layen', 'person'],
    ]);
    const e = writtenAs(entities, text, 'Fon der Layen')!;
    expect(e.kbId).toBe('cd:person/ursula-von-der-leyen');
    expect(e.mentions).toHaveLength(2);
  });

  it('joins a bare surname written without its particle ("Leyen" for von der Leyen)', () => {
    const text = 'Commission President Ursula von der Leyn flew to Kyiv. Leyn pledged more aid.';
    const entities = link(text, [
      ['Ursula von der Leyn', 'person'],
      ['Leyn', 'person'],
    ]);
    expect(writtenAs(entities, text, 'Leyn')?.kbId).toBe('cd:person/ursula-von-der-leyen');
  });

  it('counts an office taken weeks after the article as a role cue (an appointment)', () => {
    const text = 'Rome named Fabio Panneta governor of the Bank of Italy on Tuesday.';
    const entities = link(
      text,
      [
        ['Fabio Panneta', 'person'],
        ['Bank of Italy', 'organization'],
      ],
      '2023-10-20',
    );
    expect(writtenAs(entities, text, 'Fabio Panneta')?.kbId).toBe('cd:person/fabio-panetta');
    expect(writtenAs(entities, text, 'Fabio Panneta')?.evidence[0]).toMatchObject({
      kind: 'role-context',
      score: 1,
    });
  });

  it('refuses somebody presented with "a/an" and a noun of no public office', () => {
    const text =
      'As French President Emmanuel Macron toured the port, Emmanuel Macrone, an ice-sculpture guide, drew a bigger crowd.';
    const entities = link(text, [
      ['Emmanuel Macron', 'person'],
      ['Emmanuel Macrone', 'person'],
    ]);
    expect(writtenAs(entities, text, 'Emmanuel Macron')?.kbId).toBe('Q3052772');
    const other = writtenAs(entities, text, 'Emmanuel Macrone')!;
    expect(other.kbId).toBeNull();
    expect(other.evidence[0]?.detail).toMatch(/guide/);
  });

  it('repairs a mangled full name the tagger missed, on the same evidence as a tagged one', () => {
    const text = 'Emmanuel Makron told French mayors in Paris that the trade deal would wait.';
    const tokens: Token[] = wordTokens(text);
    const entities = linkDocument(kb, {
      text,
      date: '2025-03-10',
      mentions: [],
      sentences: [{ start: 0, end: text.length }],
      tokens,
    });
    const e = writtenAs(entities, text, 'Emmanuel Makron');
    expect(e?.kbId).toBe('Q3052772');
    expect(e?.mentions[0]?.repaired).toBe(true);
  });

  it('reads "the Italian central bank" as the Bank of Italy in a role cue', () => {
    const text = 'Fabio Panneta, who heads the Italian central bank as governor, spoke in Rome.';
    const entities = link(text, [['Fabio Panneta', 'person']]);
    const e = writtenAs(entities, text, 'Fabio Panneta')!;
    expect(e.kbId).toBe('cd:person/fabio-panetta');
    expect(e.evidence[0]).toMatchObject({ kind: 'role-context', score: 1 });
  });
});
