import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import type { PersonFacts } from './gender.js';
import { POLNEAR_CONVENTIONS } from './index.js';

const quotesOf = runQuotes;

describe('quotes stage: direct quotes', () => {
  it('joins a quote broken by its attribution into one quote', async () => {
    const q = await quotesOf(
      'Ingrid Solberg was firm. "We will not," Solberg said, "punish investment now."',
      {
        mentions: { 'Ingrid Solberg': 'person', Solberg: 'person' },
      },
    );
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ kind: 'direct', speaker: 'Ingrid Solberg', cue: 'said' });
    expect(q[0]!.text).toBe('"We will not," Solberg said, "punish investment now."');
  });

  it('reads curly quotes, inverted attribution and an appositive after the name', async () => {
    const q = await quotesOf(
      '“Patience has run out,” said Pieter de Vries, who leads the dockers’ union. “We strike tonight.”',
      { mentions: { 'Pieter de Vries': 'person' } },
    );
    // The quotation after the attribution sentence continues the same speaker: one quote.
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      [
        '“Patience has run out,” said Pieter de Vries, who leads the dockers’ union. “We strike tonight.”',
        'Pieter de Vries',
      ],
    ]);
  });

  it('keeps a quote that spans paragraphs by the continuing-paragraph convention', async () => {
    const text =
      'Jonas Lindqvist spoke first.\n\n"I made mistakes, and I own them," Lindqvist said. "We grew too fast.\n\n"That stops today."\n\nShareholders applauded.';
    const q = await quotesOf(text, { mentions: { 'Jonas Lindqvist': 'person', Lindqvist: 'person' } });
    const long = q.find((x) => x.text.includes('We grew too fast'));
    expect(long?.text).toContain('That stops today');
    expect(long?.speaker).toBe('Jonas Lindqvist');
  });

  it('closes a quote whose closing mark the scraper lost at the paragraph end', async () => {
    const text =
      '“The budget is balanced,“ said Katarzyna Nowak. “We are not borrowing.\n\nEconomists were sceptical.';
    const q = await quotesOf(text, { mentions: { 'Katarzyna Nowak': 'person' } });
    expect(q.map((x) => x.text)).toEqual(['“The budget is balanced,“', '“We are not borrowing.']);
    expect(q.every((x) => x.speaker === 'Katarzyna Nowak')).toBe(true);
  });

  it('does not split a quote at a nested quotation', async () => {
    const q = await quotesOf('“The so-called “first” plan is dead,” said Tomas Kowalczyk.', {
      mentions: { 'Tomas Kowalczyk': 'person' },
    });
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe('“The so-called “first” plan is dead,”');
  });
});

describe('quotes stage: not speech', () => {
  it('ignores scare quotes, nicknames and titles', async () => {
    const q = await quotesOf(
      'The so-called "peace dividend" has gone. The plan, dubbed "Rearm Europe", was unveiled. The film "The Last Harvest" won.',
    );
    expect(q).toEqual([]);
  });
});

describe('quotes stage: partial and reported speech', () => {
  it('makes a partial quote of quoted words inside reported speech', async () => {
    const q = await quotesOf('Marleen Bakker called the union’s demands “unaffordable” on Monday.', {
      mentions: { 'Marleen Bakker': 'person' },
    });
    expect(q).toEqual([
      expect.objectContaining({ kind: 'partial', speaker: 'Marleen Bakker', cue: 'called' }),
    ]);
    expect(q[0]!.text).toContain('“unaffordable”');
  });

  it('finds said-that, according-to, trailing attribution and office-said reported speech', async () => {
    const text = [
      'Friedrich Merz told reporters in Berlin that Europe had to spend far more on defence.',
      'According to economists at ING, the slowdown gives the bank room to cut rates.',
      'Cases have risen to 412, the department said.',
      "Elizabeth Warren's office said she would oppose the nomination.",
    ].join('\n\n');
    const q = await quotesOf(text, {
      mentions: { 'Friedrich Merz': 'person', ING: 'organization', 'Elizabeth Warren': 'person' },
    });
    expect(q.map((x) => [x.kind, x.text, x.speaker, x.cue])).toEqual([
      ['indirect', 'Europe had to spend far more on defence', 'Friedrich Merz', 'told'],
      ['indirect', 'the slowdown gives the bank room to cut rates', 'economists at ING', 'According to'],
      ['indirect', 'Cases have risen to 412', 'the department', 'said'],
      // The office said it, not its head (session 6).
      ['indirect', 'she would oppose the nomination', "Elizabeth Warren's office", 'said'],
    ]);
  });

  it('reads "said in comments via email that"', async () => {
    const q = await quotesOf(
      'A spokeswoman for Meridian Airlines said in comments via email that the company was reviewing the incident.',
      { mentions: { 'Meridian Airlines': 'organization' } },
    );
    expect(q).toEqual([
      expect.objectContaining({
        text: 'the company was reviewing the incident',
        speaker: 'A spokeswoman for Meridian Airlines',
      }),
    ]);
  });

  it('does not take a relative clause or a "to" complement for speech', async () => {
    const q = await quotesOf('William Ruto vowed on Wednesday to end police brutality after the protests.', {
      mentions: { 'William Ruto': 'person' },
    });
    expect(q).toEqual([]);
  });
});

describe('quotes stage: speakers', () => {
  it('resolves he and she to the nearest person of that gender', async () => {
    const text =
      'Kaja Kallas met Russian envoy Sergei Ryabkov for three hours.\n\n"There was no progress," she said.\n\nRyabkov blamed sanctions. "The door is open," he said.';
    const q = await quotesOf(text, {
      mentions: { 'Kaja Kallas': 'person', 'Sergei Ryabkov': 'person', Ryabkov: 'person' },
    });
    expect(q.map((x) => x.speaker)).toEqual(['Kaja Kallas', 'Sergei Ryabkov']);
  });

  it('uses the knowledge base gender when the link stage provides it', async () => {
    const text = 'Sam Taylor met Alex Morgan. "We agreed on nothing," she said.';
    const entities = [
      { name: 'Sam Taylor', type: 'person' as const, kbId: 'Q1', surfaces: ['Sam Taylor'] },
      { name: 'Alex Morgan', type: 'person' as const, kbId: 'Q2', surfaces: ['Alex Morgan'] },
    ];
    const facts: PersonFacts = { gender: (id) => (id === 'Q1' ? 'female' : 'male'), roles: () => [] };
    const q = await quotesOf(text, { entities }, facts);
    expect(q[0]).toMatchObject({ speaker: 'Sam Taylor', entityId: 'E1' });
  });

  it('matches a definite description to the person given that role', async () => {
    const text =
      'The founder of Wind Shift Capital, Elena Petrova, bet early on wind.\n\n"People told me I was mad," the founder of Wind Shift Capital said.';
    const q = await quotesOf(text, {
      mentions: { 'Elena Petrova': 'person', 'Wind Shift Capital': 'organization' },
    });
    expect(q[0]).toMatchObject({ speaker: 'Elena Petrova', cue: 'said' });
  });

  it('links the speaker to the entity and its canonical name', async () => {
    const text = '"We are ready," said Beit Higseth. Higseth said more troops would follow.';
    const entities = [
      { name: 'Pete Hegseth', type: 'person' as const, kbId: 'Q3', surfaces: ['Beit Higseth', 'Higseth'] },
    ];
    const q = await quotesOf(text, { entities });
    expect(q.map((x) => [x.speaker, x.entityId])).toEqual([
      ['Pete Hegseth', 'E1'],
      ['Pete Hegseth', 'E1'],
    ]);
  });

  it('takes the speaker named in the next sentence, and the paragraph speaker after', async () => {
    const text =
      '"We will not let this city be held hostage." That was the message from Jessica Tisch on Wednesday. "The right to protest is sacred."';
    const q = await quotesOf(text, { mentions: { 'Jessica Tisch': 'person' } });
    expect(q.map((x) => x.speaker)).toEqual(['Jessica Tisch', 'Jessica Tisch']);
  });

  it('gives no speaker rather than a guess', async () => {
    const q = await quotesOf('The talks failed.\n\n"Nobody wins a long strike, and everybody knows it."');
    expect(q).toEqual([expect.objectContaining({ speaker: null, kind: 'direct' })]);
    expect(q[0]!.confidence).toBeLessThan(0.9);
  });

  it('returns nothing for an article with no speech', async () => {
    expect(await quotesOf('Shares rose 2 percent on Monday. Oil fell.')).toEqual([]);
  });
});

describe('quotes stage with the shipped attribution model', () => {
  const text =
    'Anna Berg said the plan would fail.\n\n"We will not back down," said Tom Ruiz. Critics hope the budget will grow.';
  const mentions = { 'Anna Berg': 'person', 'Tom Ruiz': 'person' } as const;

  it("keeps the rules' quotations and adds nothing that is not speech by default", async () => {
    const q = await quotesOf(text, { mentions }, undefined, { model: true });
    expect(q.find((x) => x.kind === 'direct')).toMatchObject({
      text: '"We will not back down,"',
      speaker: 'Tom Ruiz',
    });
    expect(q.find((x) => x.text.includes('plan would fail'))?.speaker).toBe('Anna Berg');
    expect(q.some((x) => x.text.includes('budget will grow'))).toBe(false);
  });

  it('loads the model and returns well-formed quotes under the PolNeAR conventions', async () => {
    const q = await quotesOf(text, { mentions }, undefined, POLNEAR_CONVENTIONS);
    expect(q.length).toBeGreaterThan(0);
    for (const x of q) {
      expect(x.text.length).toBeGreaterThan(0);
      expect(x.confidence).toBeGreaterThan(0);
      expect(x.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('cue words inside names', () => {
  it('does not read "States" in "the United States" as a speech verb', async () => {
    const { cuesIn, wordsIn } = await import('./cues.js');
    const text = 'Hegseth said the United States expected Europe to shoulder the overwhelming share.';
    const cues = cuesIn(wordsIn(text, 0, text.length)).map((c) => text.slice(c.start, c.end));
    expect(cues).toEqual(['said']);
  });
});

describe('quotes stage: speaker names from unlinked entities', () => {
  const unlinked = (name: string, type: 'person' | 'organization', ...surfaces: string[]) => ({
    name,
    type,
    surfaces: surfaces.length ? surfaces : [name],
  });

  it('joins a lone surname to the full name, surname first or last', async () => {
    const q = await quotesOf(
      'Kim Sung-ho, a labour activist in Seoul, has organised riders for years.\n\n' +
        '"The apps know everything about us," Kim said.\n\n' +
        'Pieter de Vries leads the union. De Vries said his members would stay out.',
      {
        entities: [
          unlinked('Kim Sung-ho', 'person'),
          unlinked('Kim', 'person'),
          unlinked('Pieter de Vries', 'person'),
          // A tagger may call the surname an organisation.
          unlinked('De Vries', 'organization'),
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Kim Sung-ho', 'Pieter de Vries']);
    expect(q[0]!.entityId).toBe('E1');
  });

  it('drops a title kept in the name, even after an organisation with "of"', async () => {
    const q = await quotesOf(
      'Bank of England Governor Andrew Bailey said inflation was "heading in the right direction" on Tuesday.',
      {
        entities: [
          unlinked('Bank of England', 'organization'),
          unlinked('Bank of England Governor Andrew Bailey', 'person', 'Andrew Bailey'),
        ],
      },
    );
    expect(q[0]!.speaker).toBe('Andrew Bailey');
  });

  it('widens names a tagger cut short', async () => {
    const q = await quotesOf(
      '"What used to be exceptional is becoming normal," said AEMET spokesman Ruben del Campo.\n\n' +
        'The IG Metall union called the cuts "unacceptable" and promised resistance.\n\n' +
        'The Russian Defence Ministry claimed its forces had captured the village.\n\n' +
        "Ukraine's General Staff said fighting in the area was continuing.",
      {
        entities: [
          unlinked('AEMET', 'organization'),
          unlinked('Ruben', 'person'),
          unlinked('Metall', 'organization'),
          unlinked('Defence Ministry', 'organization'),
          // A lone organisation head tagged as a person.
          unlinked('Staff', 'person'),
        ],
        mentions: { Russian: 'misc', Ukraine: 'location' },
      },
    );
    expect(q.map((x) => x.speaker)).toEqual([
      'Ruben del Campo',
      'IG Metall',
      'Russian Defence Ministry',
      'General Staff',
    ]);
  });

  it('takes the appositive name after "the mayor of <place>"', async () => {
    const q = await quotesOf(
      '"If the river rises another metre," said the mayor of Passau, Juergen Dupper, "the old town will flood again."',
      { entities: [unlinked('Passau', 'person'), unlinked('Juergen Dupper', 'person')] },
    );
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBe('Juergen Dupper');
  });
});
