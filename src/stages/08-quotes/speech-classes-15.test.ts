/**
 * Classes found in blind13's wrong speakers (session 10): each test is a news-style passage
 * written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

describe('a sentence adverb or a time phrase before the subject', () => {
  it('is never the speaker: "However, on Monday he said …"', async () => {
    const q = await runQuotes(
      'Petra Lindqvist first conceded in a video. "Voters have spoken," she said. However, on Tuesday she said she would contest the count, alleging "serious irregularities" by officials.',
      { entities: [{ name: 'Petra Lindqvist', type: 'person', surfaces: ['Petra Lindqvist'] }] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toContainEqual(['"serious irregularities"', 'Petra Lindqvist']);
    expect(q.map((x) => x.speaker)).not.toContain('However');
  });

  it('is never the speaker: "Two days later NAME announced …, saying …"', async () => {
    const q = await runQuotes(
      'The coach kept his side in the final for a long time. Three days later Tomas Berger announced he would leave, saying in a statement that it was "the right moment for someone new."',
      { entities: [{ name: 'Tomas Berger', type: 'person', surfaces: ['Tomas Berger'] }] },
    );
    expect(q.map((x) => x.speaker)).toContain('Tomas Berger');
    expect(q.map((x) => x.speaker)).not.toContain('Three');
  });
});

describe('a name that is a whole title in quotation marks', () => {
  it('is no antecedent for "he"', async () => {
    const q = await runQuotes(
      'Dario Ventresca, who won best director for "A Quiet Harbour," thanked his mother from the stage. "She drove me to every audition," he said.',
      {
        entities: [
          { name: 'Dario Ventresca', type: 'person', surfaces: ['Dario Ventresca'] },
          { name: 'Quiet Harbour', type: 'person', surfaces: ['Quiet Harbour'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Dario Ventresca']);
  });
});

describe('a person named right after an organisation in a title', () => {
  it('is the speaker, without the organisation: "Co-leader of the Greens NAME said"', async () => {
    const q = await runQuotes(
      'Co-leader of the Green Alliance Maren Holt, who becomes deputy mayor, said the coalition was "ready to govern."',
      {
        entities: [
          { name: 'Green Alliance', type: 'organization', surfaces: ['Green Alliance'] },
          { name: 'Maren Holt', type: 'person', surfaces: ['Maren Holt'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Maren Holt']);
  });
});

describe('a title with an abbreviation before the name', () => {
  it('reads past the initials\' dots: "U.S. Secretary of State NAME …, saying"', async () => {
    const q = await runQuotes(
      'U.K. Minister of State Harriet Cole welcomed the deal in a statement, saying the two governments had "turned a page" on the dispute.',
      { entities: [{ name: 'Harriet Cole', type: 'person', surfaces: ['Harriet Cole'] }] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Harriet Cole']);
  });
});

describe('a regnal given name alone after the full name', () => {
  it('is the full name, though a tagger calls it an organisation: "Leo said"', async () => {
    const q = await runQuotes(
      'Pope Leo XIV appeared on the balcony on Thursday evening. "Peace be with you all," Leo said in Italian.',
      {
        entities: [
          { name: 'Pope Leo XIV', type: 'person', kbId: 'kb:pope-leo-xiv', surfaces: ['Pope Leo XIV'] },
          { name: 'Leo', type: 'organization', surfaces: ['Leo'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Pope Leo XIV']);
  });
});

describe('a name in apposition to "his predecessor"', () => {
  it('is no antecedent for the "he" the sentence is about', async () => {
    const q = await runQuotes(
      '"We will rebuild together," Mayor Tobias Engel said on Monday.\n\nHe thanked his predecessor, Walter Krenn, who led the city for 20 years. "Walter showed us the way," he said.',
      {
        entities: [
          { name: 'Tobias Engel', type: 'person', surfaces: ['Tobias Engel'] },
          { name: 'Walter Krenn', type: 'person', surfaces: ['Walter Krenn'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tobias Engel', 'Tobias Engel']);
  });
});

describe('"the agency said" after content that names a public body', () => {
  it('is the body named earlier in its sentence', async () => {
    const q = await runQuotes(
      'The Met Office had issued an amber wind warning for the coast at 6 a.m. on Friday, the agency said.',
      { entities: [{ name: 'Met Office', type: 'organization', surfaces: ['Met Office'] }] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Met Office']);
  });

  it('is not a company named in the sentence', async () => {
    const q = await runQuotes(
      'Northwind Freight had failed three safety checks since March, the agency said.',
      {
        entities: [{ name: 'Northwind Freight', type: 'organization', surfaces: ['Northwind Freight'] }],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['the agency']);
  });
});

describe('"the ministry" after a minister named with a portfolio', () => {
  it("is that portfolio's ministry", async () => {
    const q = await runQuotes(
      'Health Minister Ingrid Solberg said the outbreak was "under control." Two of the patients had been discharged on Tuesday, the ministry said.',
      { entities: [{ name: 'Ingrid Solberg', type: 'person', surfaces: ['Ingrid Solberg'] }] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ingrid Solberg', 'health ministry']);
  });

  it("is no prime minister's", async () => {
    const q = await runQuotes(
      'Prime Minister Ingrid Solberg said the outbreak was "under control." Two of the patients had been discharged on Tuesday, the ministry said.',
      { entities: [{ name: 'Ingrid Solberg', type: 'person', surfaces: ['Ingrid Solberg'] }] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ingrid Solberg', 'the ministry']);
  });
});

describe('a description that would hold a clause ("said in a statement that the president")', () => {
  it("is cut to the clause's own subject", async () => {
    const q = await runQuotes(
      'The palace said in a statement that the king had asked the mayor to "form a government of national unity."',
      {},
    );
    expect(q.map((x) => x.speaker)).toEqual(['the king']);
  });
});

describe('a message sent by radio', () => {
  it('is speech: "“…,” Unit-9 commander NAME radioed"', async () => {
    const q = await runQuotes(
      '"We have a good chute," Expedition-71 commander Lena Brandt radioed after landing.',
      {
        entities: [{ name: 'Lena Brandt', type: 'person', surfaces: ['Lena Brandt'] }],
      },
    );
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Lena Brandt', 'radioed']]);
  });
});

describe('"it" after a country\'s body spoke in its paragraph', () => {
  it('is that body, not the country', async () => {
    const q = await runQuotes(
      'Norway\'s foreign ministry said three diplomats had been expelled on Friday. It described the expulsions as "a proportionate response."',
      { entities: [{ name: 'Norway', type: 'location', surfaces: ['Norway'] }] },
      { gender: () => null, roles: () => [], demonym: (c) => (c === 'Norway' ? 'Norwegian' : null) },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Norwegian foreign ministry', 'Norwegian foreign ministry']);
  });
});

describe('a partial quotation that ends its sentence, with a cue in the next', () => {
  it('keeps the cue of its own sentence', async () => {
    const q = await runQuotes(
      'The row began when Senator Clara Voss said the only way forward was "talking to each other." Governor Amir Haddad asked her what she meant.',
      {
        entities: [
          { name: 'Clara Voss', type: 'person', surfaces: ['Clara Voss'] },
          { name: 'Amir Haddad', type: 'person', surfaces: ['Amir Haddad'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Clara Voss']);
  });
});

describe('a name given in apposition to "his first name"', () => {
  it('is still the antecedent of "he"', async () => {
    const q = await runQuotes(
      'A baker in Leeds, who gave only his first name, Tariq, said trade was slow. "People are counting every penny," he said.',
      { entities: [{ name: 'Tariq', type: 'person', surfaces: ['Tariq'] }] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tariq', 'Tariq']);
  });
});

describe('"he" after a sentence whose object holds a possessive name', () => {
  it("is the sentence's subject, not the possessor", async () => {
    const q = await runQuotes(
      'Mayor John Engel announced Walter Krenn\'s death on Sunday. "Walter was the best of us," he wrote.',
      {
        entities: [
          { name: 'John Engel', type: 'person', surfaces: ['John Engel'] },
          { name: 'Walter Krenn', type: 'person', surfaces: ['Walter Krenn'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['John Engel']);
  });
});

describe('"according to" a nationality and a plural noun', () => {
  it('is an unnamed group of sources, not the nationality', async () => {
    const q = await runQuotes(
      'Perez, 54, landed at an air base near Lisbon, according to Portuguese officials.',
      {
        entities: [
          { name: 'Portuguese', type: 'misc', surfaces: ['Portuguese'] },
          { name: 'Perez', type: 'person', surfaces: ['Perez'] },
        ],
      },
    );
    expect(q.map((x) => [x.speaker, x.anonymous])).toEqual([['Portuguese officials', true]]);
  });
});

describe('a description with a relative clause before the cue', () => {
  it('is the speaker: "“…,” a man who had fled to the coast told Reuters"', async () => {
    const q = await runQuotes(
      'Mayor John Engel said the town was empty.\n\n"We do not know when we can go back," a man who had fled to the coast told Reuters by telephone.',
      { entities: [{ name: 'John Engel', type: 'person', surfaces: ['John Engel'] }] },
    );
    expect(q.map((x) => [x.speaker, x.anonymous])).toEqual([
      ['John Engel', undefined],
      ['a man', true],
    ]);
  });
});

describe('"a spokesperson for the company"', () => {
  it('speaks for the company named before', async () => {
    const q = await runQuotes(
      'Northwind Freight said in a statement that it was "working around the clock" to restore service. A spokesperson for the company later estimated that 4,000 parcels had been delayed.',
      { entities: [{ name: 'Northwind Freight', type: 'organization', surfaces: ['Northwind Freight'] }] },
    );
    expect(q.map((x) => [x.speaker, x.affiliation])).toEqual([
      ['Northwind Freight', undefined],
      ['A spokesperson for the company', 'Northwind Freight'],
    ]);
  });
});

describe('the name an unnamed speaker gave', () => {
  it('is the speaker, and "she" goes on with it', async () => {
    const q = await runQuotes(
      'Health Minister Ingrid Solberg visited the ward on Monday.\n\nA nurse, who gave her name only as Birgit, told the local paper that she had "never seen anything like it." "We worked through the night," she said.',
      {
        entities: [
          { name: 'Ingrid Solberg', type: 'person', surfaces: ['Ingrid Solberg'] },
          { name: 'Birgit', type: 'location', surfaces: ['Birgit'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Birgit', 'Birgit']);
  });

  it('is the name after "identified only by her first name,"', async () => {
    const q = await runQuotes(
      'A student who was near the stage, who asked to be identified only by her first name, Lena, said people "just froze."',
      {},
    );
    expect(q.map((x) => x.speaker)).toEqual(['Lena']);
  });
});

describe('"the company said" after a company spoke in its paragraph', () => {
  it('is the company that spoke, not a rival it spoke about', async () => {
    const q = await runQuotes(
      'Northwind Freight lost a third of its value on Monday after Bluewater Logistics cut its prices.\n\nNorthwind Freight said in a statement that Bluewater Logistics\' offer was "not sustainable." "Our customers value reliability over price," the company said.',
      {
        entities: [
          { name: 'Northwind Freight', type: 'organization', surfaces: ['Northwind Freight'] },
          { name: 'Bluewater Logistics', type: 'organization', surfaces: ['Bluewater Logistics'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Northwind Freight', 'Northwind Freight']);
  });
});

describe('"the ministry" a paragraph after the minister', () => {
  it('stays as written', async () => {
    const q = await runQuotes(
      'Health Minister Ingrid Solberg opened the new ward on Monday.\n\nTwo of the patients had been discharged on Tuesday, the ministry said.',
      { entities: [{ name: 'Ingrid Solberg', type: 'person', surfaces: ['Ingrid Solberg'] }] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['the ministry']);
  });
});

describe('a quotation whose speaker the next sentence names as its source', () => {
  it('takes the name after "The complaint came from"', async () => {
    const q = await runQuotes(
      'Protesters blocked roads in several cities.\n\n"Nobody listens to us. Nobody ever has." The complaint came from Marta Ruiz, leader of the dockworkers\' union, speaking at a rally.',
      { entities: [{ name: 'Marta Ruiz', type: 'person', surfaces: ['Marta Ruiz'] }] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Marta Ruiz']);
  });
});

describe('a passive cue with its agent after "by"', () => {
  it('is the agent\'s: "was described by coach NAME as “…”"', async () => {
    const q = await runQuotes(
      'Jonas Weber\'s save in the final minute was described by coach Pieter Claes as "the best I have ever seen."',
      {
        entities: [
          { name: 'Jonas Weber', type: 'person', surfaces: ['Jonas Weber'] },
          { name: 'Pieter Claes', type: 'person', surfaces: ['Pieter Claes'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Pieter Claes']);
  });
});

describe('a one-word name that no one gave as theirs', () => {
  it('is no speaker for the next "he"', async () => {
    const q = await runQuotes(
      'Foreign Minister Kestutis Budrys backed her. He told reporters that the Baltic states would "pay their share". He said Vilnius alone would give 0.25% of its GDP.',
      { entities: [{ name: 'Kestutis Budrys', type: 'person', surfaces: ['Kestutis Budrys'] }] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toContainEqual([
      'Vilnius alone would give 0.25% of its GDP',
      'Kestutis Budrys',
    ]);
  });
});

describe('"he" after a sentence naming two men', () => {
  it('is the subject, not the object', async () => {
    const q = await runQuotes(
      'Prime Minister John Engel thanked Walter Krenn in a video message. "Congratulations, my friend," he said.',
      {
        entities: [
          { name: 'John Engel', type: 'person', surfaces: ['John Engel'] },
          { name: 'Walter Krenn', type: 'person', surfaces: ['Walter Krenn'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['John Engel']);
  });
});

describe('"according to" a place and its police', () => {
  it("is the place's police, not the place", async () => {
    const q = await runQuotes(
      'The suspect was arrested at a petrol station after a cashier recognised him, according to Harwich police.',
      { entities: [{ name: 'Harwich', type: 'location', surfaces: ['Harwich'] }] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Harwich police']);
  });
});

describe('a name that qualifies the subject ("Engel supporter NAME")', () => {
  it('is no subject to prefer over the person it qualifies', async () => {
    const q = await runQuotes(
      'Outside the court, Engel supporter Walter Krenn, 55, said the verdict was "a disgrace".\n\n"They want him gone. Everybody knows it," he said.',
      {
        entities: [
          { name: 'John Engel', type: 'person', surfaces: ['Engel'] },
          { name: 'Walter Krenn', type: 'person', surfaces: ['Walter Krenn'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Walter Krenn', 'Walter Krenn']);
  });
});
