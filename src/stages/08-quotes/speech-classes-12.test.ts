/**
 * Classes found by the tenth blind set's errors in session 8 (acc11-quotes): each test is
 * a news-style passage written for the test, one class each, so that a rule change that
 * loses a class fails.
 */
import { describe, expect, it } from 'vitest';
import { makeQuoteDoc } from '../../../test/helpers/quote-doc.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import type { Mention } from '../../core/annotations.js';
import { Pipeline } from '../../core/pipeline.js';
import { Resources } from '../../core/resources.js';
import { countryFormBy } from './eval/jsonl.js';
import { PERSON_FACTS, type PersonFacts } from './gender.js';
import { quotesStage } from './index.js';

/** Person facts that know a few countries' demonyms, as the KB does. */
const DEMONYMS: Readonly<Record<string, string>> = { Brazil: 'Brazilian', Norway: 'Norwegian' };
const FACTS: PersonFacts = {
  gender: () => null,
  roles: () => [],
  demonym: (name) => DEMONYMS[name] ?? null,
};

describe("a country's body named with the country's possessive", () => {
  it('names "Brazil\'s foreign ministry" by the demonym, as reporters also write it', async () => {
    const q = await runQuotes(
      "Brazil's foreign ministry said the sanctions were an attack on the country's sovereignty.",
      { entities: [{ name: 'Brazil', type: 'location', kbId: 'kb:br', surfaces: ['Brazil'] }] },
      FACTS,
    );
    expect(q[0]?.speaker).toBe('Brazilian foreign ministry');
  });

  it('keeps the possessive form when the place is no country the KB knows', async () => {
    const q = await runQuotes(
      "Ohio's health department said two more cases had been confirmed.",
      { entities: [{ name: 'Ohio', type: 'location', kbId: 'kb:oh', surfaces: ['Ohio'] }] },
      FACTS,
    );
    expect(q[0]?.speaker).toBe("Ohio's health department");
  });

  it('lets the eval read either form of the same body as one name', () => {
    const form = countryFormBy((c) => DEMONYMS[c] ?? null);
    expect(form("Norway's sovereign wealth fund")).toBe('Norwegian sovereign wealth fund');
    expect(form('Norwegian sovereign wealth fund')).toBe('Norwegian sovereign wealth fund');
    expect(form("Ohio's health department")).toBe("Ohio's health department");
  });
});

describe('a name the tagger cut short or took too much of', () => {
  it('widens a given name over "des" and the surname after it', async () => {
    const q = await runQuotes(
      'Claire des Roches, the gallery\'s director, said the paintings were insured. "We will reopen on Monday," she said.',
      { entities: [{ name: 'Claire', type: 'person', surfaces: ['Claire'] }] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Claire des Roches', 'Claire des Roches']);
  });

  it('drops a trade word that opens the sentence before a full name', async () => {
    const q = await runQuotes(
      'Blacksmith Tomas Vidal, 58, said he had forged the new railings by hand. "It took me a winter," he said.',
      {
        entities: [{ name: 'Blacksmith Tomas Vidal', type: 'person', surfaces: ['Blacksmith Tomas Vidal'] }],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tomas Vidal', 'Tomas Vidal']);
  });

  it('reads a tagger mention inside a linked name ("Harald" in "King Harald V") as that person', async () => {
    const text =
      'King Harald V visited the flooded valley on Tuesday.\n\n"Norway stands with you," the king said.';
    const doc = makeQuoteDoc(text, {
      entities: [{ name: 'Harald V', type: 'person', kbId: 'kb:harald', surfaces: ['King Harald V'] }],
    });
    // The tagger's own mention is the given name alone, inside the linked one.
    const at = text.indexOf('Harald');
    const mentions: Mention[] = [{ start: at, end: at + 6, type: 'person', by: 'test', confidence: 1 }];
    doc.set('mentions', mentions);
    const king: PersonFacts = { ...FACTS, roles: (id) => (id === 'kb:harald' ? ['king', 'norway'] : []) };
    const pipeline = Pipeline.build([quotesStage], {
      resources: new Resources().provide(PERSON_FACTS, king),
      initialLayers: ['text', 'paragraphs', 'sentences', 'tokens', 'mentions', 'entities'],
    });
    await pipeline.run(doc);
    const quote = doc.get('quotes').find((x) => text.slice(x.start, x.end).includes('stands with you'));
    expect(quote?.speaker?.name).toBe('Harald V');
  });
});

describe('whom an unnamed source or a relative speaks as', () => {
  it('gives "Doctors at … Hospital" the hospital as affiliation when the tagger called it a place', async () => {
    const q = await runQuotes(
      'Doctors at St Brendan Hospital said on Friday that the twins were breathing on their own.',
      { entities: [{ name: 'St Brendan Hospital', type: 'location', surfaces: ['St Brendan Hospital'] }] },
    );
    expect(q[0]).toMatchObject({ anonymous: true, affiliation: 'St Brendan Hospital' });
  });

  it('gives the words of "X, the widow of Y," to X, not to Y', async () => {
    const q = await runQuotes(
      'Marta Ilves, the widow of the jailed publisher Peter Ilves, said on Sunday that she would keep the paper open.\n\n"They will not silence us," she said.',
      {
        entities: [
          { name: 'Marta Ilves', type: 'person', surfaces: ['Marta Ilves'] },
          { name: 'Peter Ilves', type: 'person', surfaces: ['Peter Ilves'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Marta Ilves', 'Marta Ilves']);
  });

  it('still reads a name that is the whole appositive as the speaker', async () => {
    const q = await runQuotes(
      "The club's chairman, Richard Hale, said the manager had the board's support.",
      {
        entities: [{ name: 'Richard Hale', type: 'person', surfaces: ['Richard Hale'] }],
      },
    );
    expect(q[0]?.speaker).toBe('Richard Hale');
  });
});

describe('reported speech whose subject the rules did not know as a speaker', () => {
  it('reads "The diocese said …" as the diocese speaking, not as a nationality pointing back', async () => {
    const q = await runQuotes(
      'Organist Anne Roux, 52, said she had played the new organ for the first time.\n\nThe diocese said it expected two million pilgrims next year.',
      { entities: [{ name: 'Organist Anne Roux', type: 'person', surfaces: ['Organist Anne Roux'] }] },
    );
    expect(q.find((x) => x.text.includes('pilgrims'))?.speaker).toBe('The diocese');
  });

  it('reads a champion named with the title before the name', async () => {
    const q = await runQuotes('Former champion Ilse Brandt said the young pair would dominate for years.', {
      entities: [{ name: 'Ilse Brandt', type: 'person', surfaces: ['Ilse Brandt'] }],
    });
    expect(q[0]).toMatchObject({ text: 'the young pair would dominate for years', speaker: 'Ilse Brandt' });
  });

  it('reads an election monitor named after its description', async () => {
    const q = await runQuotes('The independent monitor Vybory said it had logged hundreds of violations.', {
      entities: [{ name: 'Vybory', type: 'organization', surfaces: ['Vybory'] }],
    });
    expect(q[0]).toMatchObject({ text: 'it had logged hundreds of violations', speaker: 'Vybory' });
  });
});

describe('the clause after a cue, past what stands before it', () => {
  it('skips "in a video message" before a clause with no "that"', async () => {
    const q = await runQuotes('Anna Berg said in a video message she was ready to serve.', {
      entities: [{ name: 'Anna Berg', type: 'person', surfaces: ['Anna Berg'] }],
    });
    expect(q[0]).toMatchObject({ text: 'she was ready to serve', speaker: 'Anna Berg' });
  });
});

describe('no clause after the adverbial', () => {
  it('reads nothing after "told staff in an email seen by reporters"', async () => {
    const q = await runQuotes(
      'Job cuts are coming, chief executive Mara Lind told staff in an email seen by reporters.',
      {
        entities: [{ name: 'Mara Lind', type: 'person', surfaces: ['Mara Lind'] }],
      },
    );
    expect(q.map((x) => x.text)).not.toContain('seen by reporters');
  });
});

describe('the subject of "used … to" before a cue', () => {
  it('gives "X used his speech to call …" to X, not to the speaker before', async () => {
    const q = await runQuotes(
      '"We need a ceasefire now," Anna Berg said.\n\nPrime Minister Tomas Vidal used his speech to call the council “paralysed and out of date”.',
      {
        entities: [
          { name: 'Anna Berg', type: 'person', surfaces: ['Anna Berg'] },
          { name: 'Tomas Vidal', type: 'person', surfaces: ['Tomas Vidal'] },
        ],
      },
    );
    expect(q.find((x) => x.text.includes('paralysed'))?.speaker).toBe('Tomas Vidal');
  });

  it('gives "X took to social media to say …" to X', async () => {
    const q = await runQuotes('Anna Berg took to social media to say the count had been rigged.', {
      entities: [{ name: 'Anna Berg', type: 'person', surfaces: ['Anna Berg'] }],
    });
    expect(q[0]).toMatchObject({ text: 'the count had been rigged', speaker: 'Anna Berg' });
  });
});

describe('a nationality noun opening a sentence', () => {
  it('reads "The Swede said" (tagged a name, "The" included) as the Swedish athlete named before', async () => {
    const q = await runQuotes(
      'Lars Ekberg won the 400 metres on Sunday in a record time.\n\nThe Swede said he had not expected to run so fast.',
      {
        entities: [{ name: 'Lars Ekberg', type: 'person', surfaces: ['Lars Ekberg'] }],
        mentions: { 'The Swede': 'person' },
      },
    );
    expect(q[0]).toMatchObject({ text: 'he had not expected to run so fast', speaker: 'Lars Ekberg' });
  });
});

describe('a person "of" an organisation the tagger did not find', () => {
  it('gives "Economist Ana Ruiz of Brightwater said" to the person, not to the firm', async () => {
    const q = await runQuotes(
      'Economist Ana Ruiz of Brightwater said the truce was “better than feared, but brittle”.',
      { entities: [{ name: 'Ana Ruiz', type: 'person', surfaces: ['Ana Ruiz'] }] },
    );
    expect(q[0]?.speaker).toBe('Ana Ruiz');
  });
});
