/**
 * Classes of reported speech and of speaker phrases beyond "X said (that) …": each test
 * is a news-style sentence of one class, so that a rule change that loses a class fails.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

const pairs = (qs: { text: string; speaker: string | null }[]) => qs.map((q) => [q.text, q.speaker]);

describe('speaker heads: agent nouns, plurals and descriptions', () => {
  it('takes an agent noun after the cue as the speaker ("said one grower")', async () => {
    const q = await runQuotes('"The frost took everything," said one grower, who asked not to be named.');
    expect(pairs(q)).toEqual([['"The frost took everything,"', 'one grower']]);
  });

  it('takes a plural agent noun with its modifiers as the speaker', async () => {
    const q = await runQuotes(
      'Dairy farmers in Galicia say milk prices no longer cover their feed bills.\n\nRice millers said stocks would last until March.',
      { mentions: { Galicia: 'location' } },
    );
    expect(pairs(q)).toEqual([
      ['milk prices no longer cover their feed bills', 'Dairy farmers in Galicia'],
      ['stocks would last until March', 'Rice millers'],
    ]);
  });

  it('keeps the modifiers of a plural speaker after a comma', async () => {
    const q = await runQuotes(
      'Ferry crossings will be cut by half next month, harbour pilots said on Friday.',
    );
    expect(pairs(q)).toEqual([['Ferry crossings will be cut by half next month', 'harbour pilots']]);
  });

  it('reads a plural organisation noun as a speaker ("Taxi associations said")', async () => {
    const q = await runQuotes('Taxi associations said the new licence fee would drive drivers out of work.');
    expect(pairs(q)).toEqual([['the new licence fee would drive drivers out of work', 'Taxi associations']]);
  });

  it('does not read a capitalised surname ending in -ers as a plural speaker', async () => {
    const q = await runQuotes('Tom Walters said the bridge would reopen in May.');
    expect(pairs(q)).toEqual([['the bridge would reopen in May', 'Tom Walters']]);
  });

  it('reads a plural head before a determiner phrase ("Analysts at one bank wrote in a note … that")', async () => {
    const q = await runQuotes(
      'Traders at a Frankfurt brokerage wrote in a note to investors that the euro would weaken further.',
      { mentions: { Frankfurt: 'location' } },
    );
    expect(pairs(q)).toEqual([['the euro would weaken further', 'Traders at a Frankfurt brokerage']]);
  });

  it('gives the person, not the organisation, in "NAME of the ORG, said"', async () => {
    const q = await runQuotes(
      'One of them, Amara Diallo of the Dakar Institute of Economics, said rates would "stay high for a while."',
      { mentions: { 'Amara Diallo': 'person', 'Dakar Institute of Economics': 'organization' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Amara Diallo']);
  });

  it('keeps "the founder of ORG" a description of a person, not the organisation', async () => {
    const q = await runQuotes(
      '"Rail freight is back," said the founder of Northline Cargo, a Leeds haulier.',
      {
        mentions: { 'Northline Cargo': 'organization', Leeds: 'location' },
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['the founder of Northline Cargo']);
  });

  it('prefers the name in apposition to a description after the cue', async () => {
    const q = await runQuotes(
      '"I queued for three hours," said one fan, Marta Kowalska, a nurse from Gdansk.',
      {
        mentions: { 'Marta Kowalska': 'person', Gdansk: 'location' },
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Marta Kowalska']);
  });

  it('attributes a quote to the name after a description ("the club\'s coach, NAME, said")', async () => {
    const q = await runQuotes('"We were not ready," the club\'s coach, Lars Eriksen, said after the match.', {
      mentions: { 'Lars Eriksen': 'person' },
    });
    expect(q.map((x) => x.speaker)).toEqual(['Lars Eriksen']);
  });
});

describe('reported speech beyond "X said that"', () => {
  it('reads a long listener phrase before "that"', async () => {
    const q = await runQuotes(
      "Ana Ruiz told delegates at the union's spring congress in Seville on Sunday that the strike would go ahead.",
      { mentions: { 'Ana Ruiz': 'person', Seville: 'location' } },
    );
    expect(pairs(q)).toEqual([['the strike would go ahead', 'Ana Ruiz']]);
  });

  it('does not read a relative "that" after the lead-in phrase as a content clause', async () => {
    const q = await runQuotes(
      'Ana Ruiz wrote in a letter that was read out at the congress a plea for calm.\n\nAna Ruiz told delegates at the congress who had travelled from Madrid that night to leave.',
      { mentions: { 'Ana Ruiz': 'person', Madrid: 'location' } },
    );
    expect(q.map((x) => x.text)).not.toContain('was read out at the congress a plea for calm');
    expect(q.map((x) => x.text)).not.toContain('night to leave');
  });

  it('reads a trailing attribution followed by a circumstance', async () => {
    const q = await runQuotes(
      'The two sides have agreed to reopen the border crossing, Foreign Minister Lina Haddad said after talks in Amman.',
      { mentions: { 'Lina Haddad': 'person', Amman: 'location' } },
    );
    expect(pairs(q)).toEqual([['The two sides have agreed to reopen the border crossing', 'Lina Haddad']]);
  });

  it('reads "described X as Y" with the verb in the content', async () => {
    const q = await runQuotes('Mayor Jonas Berg described the new tram line as a success.', {
      mentions: { 'Jonas Berg': 'person' },
    });
    expect(pairs(q)).toEqual([['described the new tram line as a success', 'Jonas Berg']]);
  });

  it('reads "urged X (not) to" and "promised to" as reported speech', async () => {
    const q = await runQuotes(
      'Health Minister Eva Lind urged parents not to delay vaccinations.\n\nThe council leader has promised to reopen the library by June.',
      { mentions: { 'Eva Lind': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['urged parents not to delay vaccinations', 'Eva Lind'],
      ['promised to reopen the library by June', 'The council leader'],
    ]);
  });

  it('does not read "urged restraint" as speech, but reads "warned about" with its danger', async () => {
    const q = await runQuotes(
      'Eva Lind urged restraint.\n\nEva Lind warned about the costs of the plan to expand.\n\nEva Lind warned of cuts.',
      { mentions: { 'Eva Lind': 'person' } },
    );
    // The verb and preposition are part of the content: "warned about …" is the warning.
    expect(pairs(q)).toEqual([['warned about the costs of the plan to expand', 'Eva Lind']]);
  });

  it('reads "estimated that" as reported speech, but not "estimated the cost"', async () => {
    const q = await runQuotes(
      'Pablo Soto estimated that half the harvest was lost.\n\nPablo Soto estimated the cost at two million euros.',
      { mentions: { 'Pablo Soto': 'person' } },
    );
    expect(pairs(q)).toEqual([['half the harvest was lost', 'Pablo Soto']]);
  });

  it('reads a document as a speaker ("The report said")', async () => {
    const q = await runQuotes(
      'The audit said three of the five contracts had been awarded without a tender.',
    );
    expect(pairs(q)).toEqual([
      ['three of the five contracts had been awarded without a tender', 'The audit'],
    ]);
  });
});

describe('speaker resolution of descriptions and pronouns', () => {
  it('resolves "its chief executive" in a lead to the person named speaking next', async () => {
    const q = await runQuotes(
      'The Danish brewer Nordhavn will close two plants next year, its chief executive said on Tuesday.\n\n"Demand for lager is not coming back," Mette Holm told analysts.',
      { mentions: { Nordhavn: 'organization', 'Mette Holm': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Mette Holm', 'Mette Holm']);
  });

  it('does not give a bare "the official" to a person named later', async () => {
    const q = await runQuotes(
      'The head of the port authority has promised to speed up inspections.\n\n"There will be no more queues," said the official.\n\n"We have heard that before," said Omar Saleh, a truck driver.',
      { mentions: { 'Omar Saleh': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['The head of the port authority', 'the official', 'Omar Saleh']);
  });

  it('does not give the description to a newcomer with another title', async () => {
    const q = await runQuotes(
      'The airline will cut 300 jobs, its chairman said.\n\nUnion leader Piotr Nowak said the cuts were "a betrayal."',
      { mentions: { 'Piotr Nowak': 'person' } },
    );
    expect(q[0]!.speaker).toBe('its chairman');
  });

  it('resolves "the orchestra" to the organisation named with that word', async () => {
    const q = await runQuotes(
      'The Bergen Philharmonic Orchestra will tour Japan in the spring, the orchestra announced on Friday.',
      { mentions: { 'Bergen Philharmonic Orchestra': 'organization', Japan: 'location' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Bergen Philharmonic Orchestra']);
  });

  it('continues a described speaker with a pronoun of the same gender', async () => {
    const q = await runQuotes(
      '"The road is closed," said Jan Novak, a driver.\n\nThe police spokeswoman said two lorries had collided. She told local radio that the road would reopen at noon.',
      { mentions: { 'Jan Novak': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual([
      'Jan Novak',
      'The police spokeswoman',
      'The police spokeswoman',
    ]);
  });

  it('keeps the cue before a partial quote over a cue in the next sentence', async () => {
    const q = await runQuotes(
      'Director Ines Moreau said the festival wanted "to bring cinema back to the villages." Guests were told to arrive early.',
      { mentions: { 'Ines Moreau': 'person' } },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['partial', 'Ines Moreau']]);
  });

  it('does not read a passive cue as speech by its subject', async () => {
    const q = await runQuotes('Residents were told the water was safe to drink.');
    expect(q).toEqual([]);
  });
});

describe('names and titles are not quotes', () => {
  it('drops a quoted name given to a thing ("a programme called “…”")', async () => {
    const q = await runQuotes(
      'The ministry will fund schools under a programme called "Bright Start." Critics were unconvinced.\n\nThe ferry, named "Northern Star," sails on Friday.',
    );
    expect(q).toEqual([]);
  });

  it('keeps a quote after "the minister called" and "what she called"', async () => {
    const q = await runQuotes(
      'Eva Lind attacked the budget, which she called "a recipe for decline." It was a move the minister called "reckless."',
      { mentions: { 'Eva Lind': 'person' } },
    );
    expect(q.map((x) => x.text)).toEqual(['"a recipe for decline."', '"reckless."']);
  });

  it('drops a title after a possessive ("Verdi’s “…”") but keeps a quote after "it’s"', async () => {
    const q = await runQuotes(
      'The season opens with Verdi\'s "La forza del destino." It\'s "a gamble," Tomas Berg said.',
      { mentions: { Verdi: 'person', 'Tomas Berg': 'person' } },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['partial', 'Tomas Berg']]);
  });
});

describe('quotes that open an article', () => {
  it('takes the speaker from the next paragraph when it says whose words they were', async () => {
    const q = await runQuotes(
      '"Nobody has seen a flood like this."\n\nThose were the words of Karl Weber, who has kept the lock on the river for thirty years.',
      { mentions: { 'Karl Weber': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Karl Weber']);
  });

  it('leaves a lone opening quote without a speaker when the next paragraph does not name one', async () => {
    const q = await runQuotes(
      '"Nobody has seen a flood like this."\n\nThe river rose two metres overnight, and Karl Weber closed the lock.',
      { mentions: { 'Karl Weber': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual([null]);
  });

  it('resolves "His answer was short:" to the man named after the quote', async () => {
    const q = await runQuotes(
      'His answer to the shareholders was short: "We sell the mine or we lose the company."\n\nMartin Kraus, who has run the group since 2019, faces a vote on Friday.',
      { mentions: { 'Martin Kraus': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Martin Kraus']);
  });

  it('does not give "Her answer" to a man named after the quote', async () => {
    const q = await runQuotes(
      'Her answer to the shareholders was short: "We sell the mine or we lose the company."\n\nMr. Martin Kraus, the chairman, disagreed.',
      { mentions: { 'Martin Kraus': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual([null]);
  });
});

describe('clause openings and attribution order', () => {
  it('reads a subject behind an opening phrase and a title ("Asked about X, Minister NAME said")', async () => {
    const q = await runQuotes(
      'Asked about the delays, Health Minister Sofia Marin said the hospital would open in May.\n\nIn a statement, the Swiss chemicals group Lonvia said it would cut 400 jobs.',
      { mentions: { 'Sofia Marin': 'person', Lonvia: 'organization', Swiss: 'misc' } },
    );
    expect(pairs(q)).toEqual([
      ['the hospital would open in May', 'Sofia Marin'],
      ['it would cut 400 jobs', 'Lonvia'],
    ]);
  });

  it('reads speech in a subordinate clause ("… after the company warned that …")', async () => {
    const q = await runQuotes(
      'Shares in Kestrel fell sharply after the company warned that profits would halve.',
      {
        mentions: { Kestrel: 'organization' },
      },
    );
    // "the company" is Kestrel, named before it in the same sentence (speech-classes-8).
    expect(pairs(q)).toEqual([['profits would halve', 'Kestrel']]);
  });

  it('keeps "X told the radio: “…”" over a cue in the next sentence', async () => {
    const q = await runQuotes(
      'The union leader, Paul Roche, told local radio: "We have waited long enough." He denied that the strike was political.',
      { mentions: { 'Paul Roche': 'person' } },
    );
    expect(q.map((x) => [x.kind, x.speaker, x.cue])).toEqual([
      ['direct', 'Paul Roche', 'told'],
      ['indirect', 'Paul Roche', 'denied'],
    ]);
  });

  it('reads a trailing "forecast" as an attribution, but not a sentence-initial noun use', async () => {
    const q = await runQuotes(
      'Unemployment will rise to 7 percent next year, the central bank forecast on Thursday.\n\nThe forecast for next year is grim.',
    );
    expect(pairs(q)).toEqual([['Unemployment will rise to 7 percent next year', 'the central bank']]);
  });
});

describe('more speaker phrases and participle additions', () => {
  it('reads plural heads with an adjective and a preposition ("people familiar with", "sources close to")', async () => {
    const q = await runQuotes(
      'People familiar with the talks said a deal was close.\n\nSources close to the club said the coach would stay.',
    );
    expect(pairs(q)).toEqual([
      ['a deal was close', 'People familiar with the talks'],
      ['the coach would stay', 'Sources close to the club'],
    ]);
  });

  it('reads two coordinated names as one speaker', async () => {
    const q = await runQuotes(
      'Airbus and Safran said in a joint statement that the engine programme would continue.',
      {
        mentions: { Airbus: 'organization', Safran: 'organization' },
      },
    );
    expect(pairs(q)).toEqual([['the engine programme would continue', 'Airbus and Safran']]);
  });

  it('reads ", adding that …" as reported speech of the same speaker, after a quote or a report', async () => {
    const q = await runQuotes(
      '"The talks are over," the Dutch trade minister said, adding that the Netherlands would not sign.\n\nNora Vos said the deal was dead, adding that farmers had been ignored.',
      { mentions: { Netherlands: 'location', 'Nora Vos': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['"The talks are over,"', 'the Dutch trade minister'],
      ['the Netherlands would not sign', 'the Dutch trade minister'],
      ['the deal was dead', 'Nora Vos'],
      ['farmers had been ignored', 'Nora Vos'],
    ]);
  });

  it('does not read ", warning of …" as a clause of speech', async () => {
    const q = await runQuotes('Nora Vos said the deal was dead, warning of protests across the country.', {
      mentions: { 'Nora Vos': 'person' },
    });
    expect(pairs(q)).toEqual([['the deal was dead, warning of protests across the country', 'Nora Vos']]);
  });
});

describe('documents and state bodies', () => {
  it('attributes a finding to the author of a report, or to the document', async () => {
    const q = await runQuotes(
      'A study published on Monday by the Nordic Health Institute found that one in five teenagers slept less than six hours.\n\nThe survey showed that screen time had doubled since 2015.',
      { mentions: { 'Nordic Health Institute': 'organization' } },
    );
    expect(pairs(q)).toEqual([
      ['one in five teenagers slept less than six hours', 'Nordic Health Institute'],
      ['screen time had doubled since 2015', 'The survey'],
    ]);
  });

  it('does not read "found that" with a person subject or without "that" as a finding', async () => {
    const q = await runQuotes('Inspectors found cracks in the dam. The team found that hard to explain.');
    expect(q.map((x) => x.text)).not.toContain('cracks in the dam');
  });

  it('gives "its government" to the country it belongs to', async () => {
    const q = await runQuotes(
      'Portugal won an exemption from the new rules. Its government has said it will not raise fuel taxes.',
      { mentions: { Portugal: 'location' } },
    );
    expect(pairs(q)).toEqual([['it will not raise fuel taxes', 'Portugal']]);
  });
});

describe('groups and their members', () => {
  it('reads "One of them, a cleaner named NAME, said"', async () => {
    const q = await runQuotes(
      'Hotel staff walked out on Friday. One of them, a porter named Yusuf Demir, said he had not been paid since March.',
      { mentions: { 'Yusuf Demir': 'person' } },
    );
    expect(pairs(q)).toEqual([['he had not been paid since March', 'Yusuf Demir']]);
  });

  it('gives "many say" to the group that opens the sentence or the one before', async () => {
    const q = await runQuotes(
      'Olive growers in Jaén are counting their losses, but many say the worst is over.\n\nCherry farmers in Kent lost half their crop. Some said insurance would not cover it.',
      { mentions: { Jaén: 'location', Kent: 'location' } },
    );
    expect(pairs(q)).toEqual([
      ['the worst is over', 'Olive growers in Jaén'],
      ['insurance would not cover it', 'Cherry farmers in Kent'],
    ]);
  });

  it('keeps "many" as written when no group was named', async () => {
    const q = await runQuotes('The storm closed the port. Many said the warning had come too late.');
    expect(pairs(q)).toEqual([['the warning had come too late', 'Many']]);
  });
});

describe('blame and group members', () => {
  it('reads "X blamed …" as a stated view, not the passive "was blamed"', async () => {
    const q = await runQuotes(
      'Mayor Rui Costa blamed the delays on a shortage of engineers.\n\nThe contractor was blamed for the flooding of the tunnel.',
      { mentions: { 'Rui Costa': 'person' } },
    );
    expect(pairs(q)).toEqual([['the delays on a shortage of engineers', 'Rui Costa']]);
  });

  it('names "one of them" after the group: one member of it', async () => {
    const q = await runQuotes(
      'Some nurses were less convinced; one of them, who asked not to be named, said the new shifts were exhausting.',
    );
    expect(pairs(q)).toEqual([['the new shifts were exhausting', 'one nurse']]);
  });
});

describe('long subjects', () => {
  it('reads a description holding a quoted title and an appositive with a number', async () => {
    const q = await runQuotes(
      'The director of "Quiet Harbour", a documentary that has drawn 120,000 viewers, said on Monday that a sequel was planned.',
    );
    expect(pairs(q)).toEqual([['a sequel was planned', 'The director of "Quiet Harbour"']]);
  });

  it('reads a name behind common nouns used as its title ("Chip maker NAME said")', async () => {
    const q = await runQuotes('Chip maker Lumitek said its factories were running normally.', {
      mentions: { Lumitek: 'organization' },
    });
    expect(pairs(q)).toEqual([['its factories were running normally', 'Lumitek']]);
  });

  it('keeps "Others" as written', async () => {
    const q = await runQuotes(
      'Commuters in Leeds were resigned. "I will stay home," said Ann Cole, a clerk. Others said they would drive to work.',
      { mentions: { Leeds: 'location', 'Ann Cole': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ann Cole', 'Others']);
  });

  it('gives a cue after "and" the subject that opens the sentence', async () => {
    const q = await runQuotes(
      'The governor, Lena Park, visited the flooded district and promised to rebuild every school.\n\nThe plan was approved and announced on Monday.',
      { mentions: { 'Lena Park': 'person' } },
    );
    expect(pairs(q)).toEqual([['promised to rebuild every school', 'Lena Park']]);
  });

  it('reads "posted/reported/replied that" but not "responded to" or "answered questions"', async () => {
    const q = await runQuotes(
      'Mira Holm posted on social media that the tour was cancelled. The agency reported that two trains had collided. Mira Holm responded to the criticism on Friday. Mira Holm answered questions for an hour.',
      { mentions: { 'Mira Holm': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['the tour was cancelled', 'Mira Holm'],
      ['two trains had collided', 'The agency'],
    ]);
  });
});

describe('speakers introduced by an occupation, a nationality or a description (blind set 2)', () => {
  it('reads a lower-case occupation with a modifier before the name as a title ("said boat owner NAME")', async () => {
    const q = await runQuotes('"The tide came early," said boat owner Ravi Menon, "and we lost the nets."', {
      mentions: { 'Ravi Menon': 'person' },
    });
    expect(q.map((x) => x.speaker)).toEqual(['Ravi Menon']);
  });

  it('does not read a lower-case verb phrase before a name as a title', async () => {
    const q = await runQuotes('"We sold out by noon," said the baker, who thanked Julie Tremblay.', {
      mentions: { 'Julie Tremblay': 'person' },
    });
    expect(q.map((x) => x.speaker)).toEqual(['the baker']);
  });

  it('takes the person after a nationality and an occupation ("said Canadian visitor NAME")', async () => {
    const q = await runQuotes('"We waited six hours for this," said Canadian visitor Julie Tremblay.', {
      mentions: { Canadian: 'misc', 'Julie Tremblay': 'person' },
    });
    expect(q.map((x) => x.speaker)).toEqual(['Julie Tremblay']);
  });

  it('drops a capitalised occupation the tagger kept in the name ("Baker Tomasz Nowak")', async () => {
    const q = await runQuotes('Baker Tomasz Nowak, whose shop flooded, said he would reopen in June.', {
      mentions: { 'Baker Tomasz Nowak': 'person' },
    });
    expect(q.map((x) => x.speaker)).toEqual(['Tomasz Nowak']);
  });

  it('keeps a given name with an agent ending before a particle ("Pieter de Vries")', async () => {
    const q = await runQuotes('Pieter de Vries said the strike would go on.', {
      mentions: { 'Pieter de Vries': 'person' },
    });
    expect(q.map((x) => x.speaker)).toEqual(['Pieter de Vries']);
  });

  it('gives the name before a descriptive appositive, not the organisation inside it', async () => {
    const q = await runQuotes(
      'Lina Haddad, founder of the charity Open Hands, said that donations had doubled.',
      {
        mentions: { 'Lina Haddad': 'person', 'Open Hands': 'organization' },
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Lina Haddad']);
  });

  it('gives the organisation named in apposition after a description ("A group, the X Forum, said")', async () => {
    const q = await runQuotes(
      "A tenants' group, the Riverside Renters Forum, said that the rent rise was unlawful.",
      {
        mentions: { 'Riverside Renters Forum': 'organization' },
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Riverside Renters Forum']);
  });

  it('never takes a place the tagger called a person as the antecedent of "he"', async () => {
    const q = await runQuotes(
      'Tour boats returned to Kapiti Island on Sunday. "It was worth the wait," he said.',
      {
        mentions: { 'Kapiti Island': 'person' },
      },
    );
    expect(q.map((x) => x.speaker)).toEqual([null]);
  });
});

describe('reported speech with described and placed subjects (blind set 2)', () => {
  it('reads "NAME in PLACE said that" with the person as the speaker', async () => {
    const q = await runQuotes('Shop owner Maria Lopes in Porto said that sales had halved since June.', {
      mentions: { 'Maria Lopes': 'person', Porto: 'location' },
    });
    expect(pairs(q)).toEqual([['sales had halved since June', 'Maria Lopes']]);
  });

  it('takes the content after "that", not the description, in "DESC, NAME, said in … that"', async () => {
    const q = await runQuotes(
      "The clinic's head nurse, Rosa Lindqvist, said in an interview that waiting times had doubled.",
      { mentions: { 'Rosa Lindqvist': 'person' } },
    );
    expect(pairs(q)).toEqual([['waiting times had doubled', 'Rosa Lindqvist']]);
  });

  it('reads a subject described without a listed head noun before ", NAME, said … that"', async () => {
    const q = await runQuotes(
      'The lead partner at the firm, Omar Haddad, said in comments via email that the deal would close in May.',
      { mentions: { 'Omar Haddad': 'person' } },
    );
    expect(pairs(q)).toEqual([['the deal would close in May', 'Omar Haddad']]);
  });

  it('still reads a trailing attribution after a comma ("CONTENT, NAME said in Brussels.")', async () => {
    const q = await runQuotes('The talks would resume next week, Ana Berg said in Brussels.', {
      mentions: { 'Ana Berg': 'person' },
    });
    expect(pairs(q)).toEqual([['The talks would resume next week', 'Ana Berg']]);
  });

  it('reads a management as a speaker ("The company\'s management said … that")', async () => {
    const q = await runQuotes("The mill's management said in a statement that all wages had been paid.");
    expect(pairs(q)).toEqual([['all wages had been paid', "The mill's management"]]);
  });
});

describe('speakers named after the quotation or later in the article (blind set 2)', () => {
  it('takes the speaker from "The words were those of NAME" after a quotation paragraph', async () => {
    const q = await runQuotes(
      'Villagers in the valley say the new road has changed their lives.\n\n"We used to walk four hours to the clinic."\n\nThe words were those of Halima Sesay, a midwife in the village.',
      { mentions: { 'Halima Sesay': 'person' } },
    );
    expect(q.map((x) => [x.text.slice(0, 12), x.speaker])).toEqual([
      ['the new road', 'Villagers in the valley'],
      ['"We used to ', 'Halima Sesay'],
    ]);
  });

  it('takes the speaker from "That was how NAME summed up …"', async () => {
    const q = await runQuotes(
      'The festival closed on Sunday.\n\n"I came every night."\n\nThat was how student Aiko Tanaka summed up her week.',
      { mentions: { 'Aiko Tanaka': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Aiko Tanaka']);
  });

  it('gives a delayed lead ("A nurse at a clinic in X says …") to the person named speaking next', async () => {
    const q = await runQuotes(
      'A nurse at a rural clinic in Kisumu says the new vaccine fridges have stopped the waste.\n\n"We used to throw doses away every week," said Grace Achieng, a nurse with ten years at the clinic.',
      { mentions: { Kisumu: 'location', 'Grace Achieng': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Grace Achieng', 'Grace Achieng']);
  });

  it('keeps an indefinite description that is not the lead as written', async () => {
    const q = await runQuotes(
      'The clinic reopened on Monday.\n\nA nurse at the clinic said the fridges had stopped the waste. "We used to throw doses away," said Grace Achieng.',
      { mentions: { 'Grace Achieng': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['A nurse at the clinic', 'Grace Achieng']);
  });
});

describe('clause openings and pronoun antecedents (blind set 2)', () => {
  it('reads a subject after two comma-delimited openings ("In X, one of …, factory owner NAME said")', async () => {
    const q = await runQuotes(
      'In Bangladesh, one of the largest garment exporters, factory owner Rahim Uddin said his orders had halved.',
      { mentions: { Bangladesh: 'location', 'Rahim Uddin': 'person' } },
    );
    expect(pairs(q)).toEqual([['his orders had halved', 'Rahim Uddin']]);
  });

  it('does not take a name opening a quoted title as the antecedent of "she"', async () => {
    const q = await runQuotes(
      'Shareholder Robin Hale, who has attended the so-called "Glastonbury for Bankers" for ten years, was moved. "I came for the jokes," she said.',
      { mentions: { 'Robin Hale': 'person', Glastonbury: 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Robin Hale']);
  });
});

describe('documents as sources after "according to" (blind set 2)', () => {
  it('reads "according to a report by AUTHOR" with the author as the source', async () => {
    const q = await runQuotes(
      'House prices in Cork have fallen for a third month, according to a report by a property website.',
    );
    expect(pairs(q)).toEqual([['House prices in Cork have fallen for a third month', 'a property website']]);
  });

  it('ends the source before a participle ("a survey of farmers published on Monday")', async () => {
    const q = await runQuotes(
      'Dairy herds are shrinking across the region, according to a survey of farmers published on Monday.',
    );
    expect(pairs(q)).toEqual([['Dairy herds are shrinking across the region', 'a survey of farmers']]);
  });
});

describe('a definite description repeating an unnamed speaker (blind set 2)', () => {
  it('gives "The spokeswoman" the speaker first written "A council spokeswoman"', async () => {
    const q = await runQuotes(
      'A council spokeswoman said the pool would reopen in May.\n\nResidents said they had waited long enough.\n\nThe spokeswoman said repairs had cost more than planned.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['A council spokeswoman', 'Residents', 'A council spokeswoman']);
  });

  it('does not take the organisation inside an earlier description for "the department"', async () => {
    const q = await runQuotes(
      '"Cases are rising," said a spokesman for the state health department.\n\nMost cases are in schools, the department said.',
    );
    expect(q.map((x) => x.speaker)).toEqual([
      'a spokesman for the state health department',
      'the department',
    ]);
  });
});

describe('person nouns without an agent ending (blind set 2)', () => {
  it('reads "A lifeguard at the beach, who asked not to be named, said that …"', async () => {
    const q = await runQuotes(
      'A lifeguard at the beach, who asked not to be named, said that swimmers must stay between the flags.',
    );
    expect(pairs(q)).toEqual([['swimmers must stay between the flags', 'A lifeguard at the beach']]);
  });
});

describe('delayed leads (blind set 2)', () => {
  it('gives a delayed lead to the person introduced in the next paragraph under another title', async () => {
    const q = await runQuotes(
      'A ferry operator in Split says bookings for the summer have never been higher.\n\nMarko Babić, founder of the shipping line Adria Blue, said that two new routes would open in June.',
      { mentions: { Split: 'location', 'Marko Babić': 'person', 'Adria Blue': 'organization' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Marko Babić', 'Marko Babić']);
  });

  it('gives a definite delayed lead to the person whose quotation paragraph follows', async () => {
    const q = await runQuotes(
      'The owner of a Lisbon bakery says tourists now buy more bread than locals.\n\nThe bakery\'s founder, Rui Costa, remembers the quiet years.\n\n"We sold forty loaves on a good day."',
      { mentions: { Lisbon: 'location', 'Rui Costa': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Rui Costa', 'Rui Costa']);
  });

  it('does not give a lead to a name inside its own reported clause', async () => {
    const q = await runQuotes(
      'The publisher of the novel said on Tuesday that an English edition by Hannah Cole would appear in May.\n\n"I never expected this," the author told reporters.',
      { mentions: { 'Hannah Cole': 'person' } },
    );
    expect(q[0]!.speaker).toBe('The publisher of the novel');
  });
});

describe('speech in a relative clause and names with two particles (blind set 2)', () => {
  it('reads "…, which she said could …" as the pronoun\'s speech', async () => {
    const q = await runQuotes(
      'Finance Minister Clara Holm on Monday presented a new budget, which she said would cut the deficit by half.',
      { mentions: { 'Clara Holm': 'person' } },
    );
    expect(pairs(q)).toEqual([['would cut the deficit by half', 'Clara Holm']]);
  });

  it('stops the relative clause\'s content at a comma and reads "that it says"', async () => {
    const q = await runQuotes(
      'Northwind Energy has asked for new wording that it says allows faster permits, and it wants a reply by June.',
      { mentions: { 'Northwind Energy': 'organization' } },
    );
    expect(pairs(q)).toEqual([['allows faster permits', 'Northwind Energy']]);
  });

  it('does not read an object relative ("which she said in May") as speech', async () => {
    const q = await runQuotes('The plan, which she said in May, was dropped.', {});
    expect(q).toEqual([]);
  });

  it('widens an unlinked given name over two particles ("Ursula von der Leyen")', async () => {
    const q = await runQuotes('Ursula von der Leyen said the summit would go ahead.', {
      entities: [{ name: 'Ursula', type: 'person', surfaces: ['Ursula'] }],
    });
    expect(q.map((x) => x.speaker)).toEqual(['Ursula von der Leyen']);
  });
});

describe('"it" for a country (blind set 1 leftover)', () => {
  it('resolves "it" to the country in the paragraph when no organisation is near', async () => {
    const q = await runQuotes('Portugal won a clause that it says gives its fleet more time.', {
      mentions: { Portugal: 'location' },
    });
    expect(pairs(q)).toEqual([['gives its fleet more time', 'Portugal']]);
  });

  it('still prefers an organisation for "it"', async () => {
    const q = await runQuotes(
      'In Portugal, Atlantis Fisheries won a clause that it says gives its fleet more time.',
      {
        mentions: { Portugal: 'location', 'Atlantis Fisheries': 'organization' },
      },
    );
    expect(pairs(q)).toEqual([['gives its fleet more time', 'Atlantis Fisheries']]);
  });
});
