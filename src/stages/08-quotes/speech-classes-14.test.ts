/**
 * Classes found in blind11's wrong speakers (session 9): each test is a news-style passage
 * written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

describe('"the agency" / "the headquarters": an institution described by its kind', () => {
  it('is the institution named just before it in its paragraph', async () => {
    const q = await runQuotes(
      'The Norwegian Food Safety Authority said in a statement that the risk to consumers "remains very low". The agency said it was testing salmon from 40 farms along the coast.',
      {
        entities: [
          {
            name: 'Norwegian Food Safety Authority',
            type: 'organization',
            surfaces: ['Norwegian Food Safety Authority'],
          },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual([
      'Norwegian Food Safety Authority',
      'Norwegian Food Safety Authority',
    ]);
  });

  it('is the body whose name ends with the same word', async () => {
    const q = await runQuotes(
      'The talks were hosted by Qatar, according to the Joint Coordination Headquarters for Missing Persons. The headquarters said that 120 families had been told of the results.',
      {
        entities: [
          { name: 'Qatar', type: 'location', surfaces: ['Qatar'] },
          {
            name: 'Joint Coordination Headquarters',
            type: 'organization',
            surfaces: ['Joint Coordination Headquarters'],
          },
          { name: 'Missing Persons', type: 'event', surfaces: ['Missing Persons'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual([
      'Joint Coordination Headquarters',
      'Joint Coordination Headquarters',
    ]);
  });

  it('stays as written when no institution was named before it', async () => {
    const q = await runQuotes(
      'Heavy rain closed three roads near the border on Sunday. The agency said crews would work through the night.',
      {},
    );
    expect(q.map((x) => x.speaker)).toEqual(['The agency']);
  });
});

describe('a delayed lead after a headline or a dateline', () => {
  it('is the person the next paragraph names, though the headline names them first', async () => {
    const q = await runQuotes(
      "Almeida says port strike 'cannot last another month'\n\nLISBON — The head of Portugal's port authority warned on Friday that the strike risked closing the country's largest terminal for good.\n\n“We are losing ships to Spain every day,” Rui Almeida told reporters at the port.",
      {
        entities: [
          { name: 'Rui Almeida', type: 'person', surfaces: ['Almeida', 'Rui Almeida'] },
          { name: 'Portugal', type: 'location', surfaces: ['Portugal'] },
          { name: 'LISBON', type: 'location', surfaces: ['LISBON'] },
          { name: 'Spain', type: 'location', surfaces: ['Spain'] },
        ],
      },
    );
    expect(q.find((x) => x.text.startsWith('the strike risked'))?.speaker).toBe('Rui Almeida');
  });

  it('is the person the next paragraph names after a dateline alone', async () => {
    const q = await runQuotes(
      "OSLO — The head of the Nordic Council's energy committee said on Monday that the region must build two new interconnectors by 2030.\n\nIngrid Solberg, a former Norwegian energy minister who took the post in March, said that talks with Sweden were “moving, but slowly”.",
      {
        entities: [
          { name: 'Ingrid Solberg', type: 'person', surfaces: ['Ingrid Solberg'] },
          { name: 'OSLO', type: 'location', surfaces: ['OSLO'] },
          { name: 'Nordic Council', type: 'organization', surfaces: ['Nordic Council'] },
          { name: 'Sweden', type: 'location', surfaces: ['Sweden'] },
        ],
      },
    );
    expect(q.find((x) => x.text.startsWith('the region must'))?.speaker).toBe('Ingrid Solberg');
  });
});

describe('"the 42-year-old Zimbabwean": an age and a nationality describing a person', () => {
  it('is the person named before, not the nationality as a name', async () => {
    const q = await runQuotes(
      'World Athletics President Amara Nwosu said the stadium was "the finest we have ever used". The 58-year-old Nigerian told reporters that she had not slept since Friday.',
      {
        entities: [
          { name: 'Amara Nwosu', type: 'person', surfaces: ['Amara Nwosu'] },
          { name: 'World Athletics', type: 'organization', surfaces: ['World Athletics'] },
          { name: 'Nigerian', type: 'misc', surfaces: ['Nigerian'] },
        ],
      },
    );
    expect(q.find((x) => x.text.startsWith('she had not slept'))?.speaker).toBe('Amara Nwosu');
  });
});

describe('a person, then where they come from or work, before the cue', () => {
  it('is the person after "of the Nairobi-based …" (the seat before the organisation)', async () => {
    const q = await runQuotes(
      'Analyst Tomas Berzins of the Riga-based Institute for Baltic Markets said the budget was "a promise without a plan".',
      {
        entities: [
          { name: 'Tomas Berzins', type: 'person', surfaces: ['Tomas Berzins'] },
          {
            name: 'Institute for Baltic Markets',
            type: 'organization',
            surfaces: ['Institute for Baltic Markets'],
          },
          { name: 'Riga', type: 'location', surfaces: ['Riga'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tomas Berzins']);
  });

  it('is the person after their age and home town ("NAME, 47, of PLACE, REGION, said")', async () => {
    const q = await runQuotes(
      'Sheep farmer Gwen Pritchard, 47, of Llandovery, Carmarthenshire, said she had lost a third of her flock to the snow.',
      {
        entities: [
          { name: 'Gwen Pritchard', type: 'person', surfaces: ['Gwen Pritchard'] },
          { name: 'Llandovery', type: 'location', surfaces: ['Llandovery'] },
          { name: 'Carmarthenshire', type: 'location', surfaces: ['Carmarthenshire'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Gwen Pritchard']);
  });
});

describe('a place opening the sentence before its subject', () => {
  it('is not the speaker of "In Lagos, NAME visited … but said …"', async () => {
    const q = await runQuotes(
      'In Lagos, Health Commissioner Folake Adeyemi visited the flooded clinic but said the supply of clean water was improving.',
      {
        entities: [
          { name: 'Lagos', type: 'location', surfaces: ['Lagos'] },
          { name: 'Folake Adeyemi', type: 'person', surfaces: ['Folake Adeyemi'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Folake Adeyemi']);
  });
});

describe("a person's description written as a title after an opening phrase", () => {
  it('finds "Outside the station, retired lorry driver NAME, 71, said …"', async () => {
    const q = await runQuotes(
      'Outside the station, retired lorry driver Margaret Doyle, 71, said she had queued for three hours.',
      { entities: [{ name: 'Margaret Doyle', type: 'person', surfaces: ['Margaret Doyle'] }] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['she had queued for three hours', 'Margaret Doyle']]);
  });

  it('finds "At the vigil in Lyon, 24-year-old student NAME said …"', async () => {
    const q = await runQuotes(
      'At the vigil in Lyon, 24-year-old student Camille Roux said she had known two of the victims.',
      {
        entities: [
          { name: 'Camille Roux', type: 'person', surfaces: ['Camille Roux'] },
          { name: 'Lyon', type: 'location', surfaces: ['Lyon'] },
        ],
      },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['she had known two of the victims', 'Camille Roux']]);
  });

  it('finds "One of the winners, the Danish chemist Dr. NAME, 61, said …"', async () => {
    const q = await runQuotes(
      'One of the winners, the Danish chemist Dr. Mette Holm, 61, said she had been asleep when the call came.',
      { entities: [{ name: 'Mette Holm', type: 'person', surfaces: ['Mette Holm'] }] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['she had been asleep when the call came', 'Mette Holm'],
    ]);
  });
});

describe('"exile" and "advocate" as person nouns in a title before a name', () => {
  it('finds "Eritrean exile NAME, 52, who runs a café in Berlin, said …"', async () => {
    const q = await runQuotes(
      'Eritrean exile Yonas Tesfaye, 52, who runs a café in Berlin, said he had not seen his brother since 2009.',
      {
        entities: [
          { name: 'Yonas Tesfaye', type: 'person', surfaces: ['Yonas Tesfaye'] },
          { name: 'Berlin', type: 'location', surfaces: ['Berlin'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Yonas Tesfaye']);
  });

  it('finds "Housing advocate NAME, whose …, said …"', async () => {
    const q = await runQuotes(
      'Housing advocate Priya Nair, whose group runs two shelters in Leeds, said the winter had been the hardest in a decade.',
      {
        entities: [
          { name: 'Priya Nair', type: 'person', surfaces: ['Priya Nair'] },
          { name: 'Leeds', type: 'location', surfaces: ['Leeds'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Priya Nair']);
  });
});

describe('"The X leader, NAME, said CLAUSE": no inverted attribution', () => {
  it('reads the clause after "said" as the content, not as the speaker', async () => {
    const q = await runQuotes(
      'The Socialist leader, Pierre Roux, said his party would vote against the government.',
      { entities: [{ name: 'Pierre Roux', type: 'person', surfaces: ['Pierre Roux'] }] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['his party would vote against the government', 'Pierre Roux'],
    ]);
  });
});

describe('a question-and-answer interview whose answers are bare quotations', () => {
  it('gives each answer after a "Q:" paragraph to the interviewee the introduction names, past a paragraph of narrative', async () => {
    const q = await runQuotes(
      "Interview: Chile's copper minister on prices and water\n\nSANTIAGO — Aurora Williams has run the mining ministry since March. She spoke to us at her office.\n\nQ: Will prices hold up this year?\n\n“Nobody can promise that. Demand from China is slowing, but the grid transition needs all the copper we can dig.”\n\nWilliams, 51, said she speaks to President Gabriel Boric every week.\n\nQ: What about water for the mines?\n\n“Every new mine will have to use desalinated water. There is no other way in the north.”",
      {
        entities: [
          { name: 'Aurora Williams', type: 'person', surfaces: ['Aurora Williams'] },
          { name: 'Chile', type: 'location', surfaces: ['Chile'] },
          { name: 'SANTIAGO', type: 'location', surfaces: ['SANTIAGO'] },
          { name: 'China', type: 'location', surfaces: ['China'] },
          { name: 'Gabriel Boric', type: 'person', surfaces: ['Gabriel Boric'] },
        ],
      },
    );
    const answers = q.filter((x) => x.kind === 'direct');
    expect(answers.length).toBe(2);
    expect(answers.map((x) => x.speaker)).toEqual(['Aurora Williams', 'Aurora Williams']);
  });
});

describe('a subordinator before a plural subject', () => {
  it('is not part of the speaker ("…, although engineers admitted that …")', async () => {
    const q = await runQuotes(
      'The bridge is due to reopen on Monday, although engineers admitted that the repairs could take another week.',
      {},
    );
    expect(q.map((x) => x.speaker)).toEqual(['engineers']);
  });
});
