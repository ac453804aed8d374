/**
 * Classes of speech and speakers found by a third blind set (test/eval/quotes-blind3.jsonl):
 * each test is a news-style sentence of one class, written for the test.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

const pairs = (qs: { text: string; speaker: string | null }[]) => qs.map((q) => [q.text, q.speaker]);

describe('estimates and beliefs before a clause without "that"', () => {
  it('reads "estimated" before a bare clause', async () => {
    const q = await runQuotes('The port authority estimated the repairs would take six months.');
    expect(pairs(q)).toEqual([['the repairs would take six months', 'The port authority']]);
  });

  it('reads "believe" and "worry" after a group or an organisation', async () => {
    const q = await runQuotes(
      'Detectives believe the fire was started deliberately.\n\nCritics worry the new rules could push small dairies out of business.',
    );
    expect(pairs(q)).toEqual([
      ['the fire was started deliberately', 'Detectives'],
      ['the new rules could push small dairies out of business', 'Critics'],
    ]);
  });

  it('does not read an adjective ("are worried") or an object ("believe in") as a stated view', async () => {
    const q = await runQuotes(
      'Shop owners are worried the market will move.\n\nThe volunteers believe in second chances for every dog.',
    );
    expect(q).toEqual([]);
  });
});

describe('demands, gerunds and documents', () => {
  it('keeps the verb in a demand ("called for an inquiry")', async () => {
    const q = await runQuotes('The Green Party called for an independent inquiry into the contract.', {
      mentions: { 'Green Party': 'organization' },
    });
    expect(pairs(q)).toEqual([['called for an independent inquiry into the contract', 'Green Party']]);
  });

  it('reads a gerund after "recalled"', async () => {
    const q = await runQuotes(
      'Marta Ruiz recalled waiting three hours in the rain for a bus to the clinic.',
      {
        mentions: { 'Marta Ruiz': 'person' },
      },
    );
    expect(pairs(q)).toEqual([['waiting three hours in the rain for a bus to the clinic', 'Marta Ruiz']]);
  });

  it('reads a statement or a lawsuit "saying/claiming" as the subject\'s speech', async () => {
    const q = await runQuotes(
      'The transport ministry issued a statement saying the night trains would run again from May.',
    );
    expect(pairs(q)).toEqual([['the night trains would run again from May', 'The transport ministry']]);
  });

  it('names the person a lawsuit\'s "former employee" turns out to be', async () => {
    const q = await runQuotes(
      'A former cook at the catering company Ostra has filed a lawsuit claiming he was fired for joining a union.\n\nIn the complaint, Piet Vaal says managers read his messages.',
      { mentions: { Ostra: 'organization', 'Piet Vaal': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['he was fired for joining a union', 'Piet Vaal'],
      ['managers read his messages', 'Piet Vaal'],
    ]);
  });
});

describe('what was not said', () => {
  it('skips a negated or refused cue', async () => {
    const q = await runQuotes(
      'The mayor did not say when the bridge would reopen. Her deputy declined to say whether the budget was spent.',
    );
    expect(q).toEqual([]);
  });

  it("skips a denial whose object is others' accusations, keeps a denied clause", async () => {
    const q = await runQuotes(
      'The mill denied allegations that it had dumped dye in the river.\n\nThe mill denied that it had ever dumped dye in the river.',
    );
    expect(pairs(q)).toEqual([['it had ever dumped dye in the river', 'The mill']]);
  });
});

describe('subjects: relatives, members, workplaces and appositives', () => {
  it('takes the antecedent of "who said" as the speaker', async () => {
    const q = await runQuotes(
      'The school closed on Friday, angering parents who said it had been the heart of the village.',
    );
    expect(pairs(q)).toEqual([['it had been the heart of the village', 'parents']]);
  });

  it('takes "one" after "with", not "with one"', async () => {
    const q = await runQuotes(
      'Rival bakers were less kind, with one calling the recipe "a crime against bread."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['one']);
  });

  it('keeps the workplace of an unnamed speaker ("one official at the finance ministry")', async () => {
    const q = await runQuotes(
      '"Nobody asked us where we want to live," said one official at the finance ministry.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['one official at the finance ministry']);
  });

  it('keeps a described person, not the organisation in apposition after it', async () => {
    const q = await runQuotes(
      'A spokesman for the largest union, the Nurses Alliance, said members would vote on a strike.',
      { mentions: { 'Nurses Alliance': 'organization' } },
    );
    expect(pairs(q)).toEqual([['members would vote on a strike', 'A spokesman for the largest union']]);
  });

  it('reads an appositive holding a quoted title ("whose film “Tapes” opens …")', async () => {
    const q = await runQuotes(
      'Harriet Cole, whose film "Tapes" opens in London this week, said every reel told a different story.',
      { mentions: { 'Harriet Cole': 'person', London: 'location' } },
    );
    expect(pairs(q)).toEqual([['every reel told a different story', 'Harriet Cole']]);
  });

  it('drops a long occupation word the tagger kept in the name ("Veterinarian Lena Holt")', async () => {
    const q = await runQuotes('Veterinarian Lena Holt said the seal would be released on Sunday.', {
      mentions: { 'Veterinarian Lena Holt': 'person' },
    });
    expect(pairs(q)).toEqual([['the seal would be released on Sunday', 'Lena Holt']]);
  });

  it("keeps an organisation's board as the speaker", async () => {
    const q = await runQuotes("In a statement, Vireo's board said the chief executive had resigned.", {
      mentions: { Vireo: 'organization' },
    });
    expect(pairs(q)).toEqual([['the chief executive had resigned', "Vireo's board"]]);
  });
});

describe('quotations and the statements next to them', () => {
  it("does not give a quotation to the next statement's speaker in an unsplit sentence", async () => {
    const q = await runQuotes(
      'The jury president said the dish showed "real depth." Cruz said she would open a cooking school.',
      { mentions: { Cruz: 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['the dish showed "real depth."', 'The jury president'],
      ['she would open a cooking school', 'Cruz'],
    ]);
  });

  it('starts partial content at the clause before "but that"', async () => {
    const q = await runQuotes(
      'Their spokesman, Paul Berg, said he was relieved but that the city still needed "serious answers" on traffic.',
      { mentions: { 'Paul Berg': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['he was relieved but that the city still needed "serious answers" on traffic', 'Paul Berg'],
    ]);
  });

  it('gives a quotation opening the article to the person its words "belonged to"', async () => {
    const q = await runQuotes(
      '"We are not leaving this valley."\n\nThe defiant words belonged to Olga Petrenko, who leads the residents\' group.',
      { mentions: { 'Olga Petrenko': 'person' } },
    );
    expect(pairs(q)).toEqual([['"We are not leaving this valley."', 'Olga Petrenko']]);
  });
});

describe('accounts, colon leads and titles inside subjects', () => {
  it('reads "described how …" from the wh-word on', async () => {
    const q = await runQuotes(
      'Senator Laura Brennan described how the bill would cut taxes for families on low incomes.',
      { mentions: { 'Laura Brennan': 'person' } },
    );
    expect(pairs(q)).toEqual([['how the bill would cut taxes for families on low incomes', 'Laura Brennan']]);
  });

  it('gives a quotation after "DESCRIPTION, NAME, was blunt:" to the name', async () => {
    const q = await runQuotes(
      'The union\'s leader, Anna Berg, was blunt: "This bill takes from nurses and gives to shareholders."',
      { mentions: { 'Anna Berg': 'person' } },
    );
    expect(pairs(q)).toEqual([['"This bill takes from nurses and gives to shareholders."', 'Anna Berg']]);
  });

  it('does not give a colon-led quotation to a person after the verb', async () => {
    const q = await runQuotes('The ruling was a warning to Anna Berg: "Pay the fine or lose the licence."', {
      mentions: { 'Anna Berg': 'person' },
    });
    expect(q.map((x) => x.speaker)).toEqual([null]);
  });

  it('keeps a scare-quoted title inside a plural subject', async () => {
    const q = await runQuotes(
      'Critics of the so-called "growth plan" said it would add billions to the deficit.',
    );
    expect(pairs(q)).toEqual([
      ['it would add billions to the deficit', 'Critics of the so-called "growth plan"'],
    ]);
  });
});

describe('transcript turns under PolNeAR conventions', () => {
  const transcript =
    'WALLACE: Will you accept the result of this election?\n\nTRUMP: I will look at it at the time, and I will keep you in suspense.\n\nCLARIFICATION: An earlier version misstated the date of the debate.';

  it('reads "NAME: words" paragraphs as attributions (name, colon, words before the final period)', async () => {
    const q = await runQuotes(transcript, {}, undefined, {
      model: true,
      indirect: 'model',
      modelOverQuotes: true,
      modelKeep: 'all',
    });
    const turns = q.filter((x) => x.cue === ':').map((x) => [x.text, x.speaker]);
    expect(turns).toEqual([
      ['Will you accept the result of this election?', 'WALLACE'],
      ['I will look at it at the time, and I will keep you in suspense', 'TRUMP'],
    ]);
  });

  it('reads the turns of a transcript quoted whole, the name without its mark', async () => {
    const quoted = transcript.replace(/^(WALLACE|TRUMP):/gmu, '"$1:');
    const q = await runQuotes(quoted, {}, undefined, {
      model: true,
      indirect: 'model',
      modelOverQuotes: true,
      modelKeep: 'all',
    });
    const turns = q.filter((x) => x.cue === ':').map((x) => [x.text, x.speaker]);
    expect(turns).toEqual([
      ['Will you accept the result of this election?', 'WALLACE'],
      ['I will look at it at the time, and I will keep you in suspense', 'TRUMP'],
    ]);
  });

  it('leaves them alone under the stage defaults', async () => {
    const q = await runQuotes(transcript);
    expect(q.filter((x) => x.cue === ':')).toEqual([]);
  });
});

describe('doubled apostrophes as quotation marks', () => {
  const text = "The harbour board met on Tuesday. ''We are not ready for the new ferries,'' Anna Berg said.";

  it('are read under PolNeAR conventions, the quote spanning both apostrophes', async () => {
    const q = await runQuotes(text, {}, undefined, { doubledApostrophes: true });
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ["''We are not ready for the new ferries,''", 'Anna Berg'],
    ]);
  });

  it('are left alone under the stage defaults', async () => {
    const q = await runQuotes(text);
    expect(q.some((x) => x.text.startsWith("''"))).toBe(false);
  });
});

describe('names, nicknames and quotations of the next sentence', () => {
  it('drops a nickname after "nicknamed the"', async () => {
    const q = await runQuotes(
      'Lawmakers passed a law nicknamed the "one big beautiful bill for working families" on Friday.',
    );
    expect(q).toEqual([]);
  });

  it("does not give a quotation to the next sentence's speaker when that sentence quotes its own words", async () => {
    const q = await runQuotes(
      'Critics have dubbed the scheme "a tax on being young and poor." The minister called the criticism "nonsense from people who never built a house."',
    );
    expect(q.map((x) => x.speaker)).toEqual([null, 'The minister']);
  });
});

describe('an attribution left inside a quotation', () => {
  it('takes the speaker from "…, NAME said. …" inside the marks', async () => {
    const q = await runQuotes(
      'Fans waited outside the stadium for hours.\n\n"We lost the vote, Marco Rossi said. We did not lose the argument."',
      { mentions: { 'Marco Rossi': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Marco Rossi']);
  });

  it('leaves no speaker when the pronoun inside has no antecedent', async () => {
    const q = await runQuotes(
      '"We lost the vote," said Marco Rossi.\n\n"They will be back, she said, because this club is their home."',
      { mentions: { 'Marco Rossi': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Marco Rossi', null]);
  });
});
