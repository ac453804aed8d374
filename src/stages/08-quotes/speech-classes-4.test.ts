/**
 * Classes found by the fourth blind set (quotes-blind4): each test is a news-style
 * passage written for the test, one class each, so that a rule change that loses a class
 * fails.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

const pairs = (qs: { text: string; speaker: string | null }[]) => qs.map((q) => [q.text, q.speaker]);

describe('a quotation continued after an attribution sentence', () => {
  it('joins “…,” said NAME. “…” into one quote of that speaker', async () => {
    const q = await runQuotes(
      'Dock workers walked out at dawn.\n\n"We gave them three months," said Ilse Brandt, a crane operator. "They gave us nothing."',
      { mentions: { 'Ilse Brandt': 'person' } },
    );
    expect(pairs(q)).toEqual([
      [
        '"We gave them three months," said Ilse Brandt, a crane operator. "They gave us nothing."',
        'Ilse Brandt',
      ],
    ]);
  });

  it('keeps a pronoun after the joined quote on the named speaker', async () => {
    const q = await runQuotes(
      '"Sales are down," said Folasade Ojo, who runs a fabric stall. "Nobody is buying."\n\nShe said she had cut her prices twice since June.',
      { mentions: { 'Folasade Ojo': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Folasade Ojo', 'Folasade Ojo']);
  });

  it('does not join when the second quotation has its own attribution', async () => {
    const q = await runQuotes(
      '"The port is full," said Ilse Brandt. "We cannot take more ships," Karl Weiss said.',
      { mentions: { 'Ilse Brandt': 'person', 'Karl Weiss': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['"The port is full,"', 'Ilse Brandt'],
      ['"We cannot take more ships,"', 'Karl Weiss'],
    ]);
  });

  it('keeps the two quotations apart under PolNeAR conventions (joinContinued off)', async () => {
    const q = await runQuotes(
      '"We gave them three months," said Ilse Brandt, a crane operator. "They gave us nothing."',
      { mentions: { 'Ilse Brandt': 'person' } },
      undefined,
      { joinContinued: false },
    );
    expect(q.map((x) => x.text)).toEqual(['"We gave them three months,"', '"They gave us nothing."']);
  });

  it('does not join a quotation that stops on a full stop', async () => {
    const q = await runQuotes('"The port is full." Ilse Brandt said so twice. "We cannot take more ships."', {
      mentions: { 'Ilse Brandt': 'person' },
    });
    expect(q.length).toBe(2);
  });
});

describe('speech acts with an infinitive keep their verb', () => {
  it('reports "vowed to …" and "urged X to …" with the verb', async () => {
    const q = await runQuotes(
      'Mayor Dario Vukic vowed to reopen the bridge by spring.\n\nThe fire chief urged residents to leave before dark.',
      { mentions: { 'Dario Vukic': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['vowed to reopen the bridge by spring', 'Dario Vukic'],
      ['urged residents to leave before dark', 'The fire chief'],
    ]);
  });
});

describe('appositive names are not trailing attributions', () => {
  it('does not read "The mayor of X, NAME, announced …" as content "The mayor of X"', async () => {
    const q = await runQuotes(
      'The mayor of Zadar, Ivo Peric, announced on Monday a ban on cars in the old town after dark.',
      { mentions: { 'Ivo Peric': 'person', Zadar: 'location' } },
    );
    expect(q.some((x) => x.text.startsWith('The mayor of'))).toBe(false);
  });
});

describe('roles and descriptions', () => {
  it('reads a title with "of the" inside and prefers the role holder named before', async () => {
    const q = await runQuotes(
      'Chancellor of the Exchequer Mara Quinn presented the budget on Wednesday.\n\nThe chancellor said fuel duty would stay frozen. Shadow chancellor Tom Ashby said the sums did not add up.',
      { mentions: { 'Mara Quinn': 'person', 'Tom Ashby': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['fuel duty would stay frozen', 'Mara Quinn'],
      ['the sums did not add up', 'Tom Ashby'],
    ]);
  });

  it('reads an appositive with no article ("NAME, founder of X,") as a role', async () => {
    const q = await runQuotes(
      'The words were spoken by Ravi Menon, founder of the Pune software firm Codeloom, at the opening.\n\nThe founder said he had refused two offers from buyers abroad.',
      { mentions: { 'Ravi Menon': 'person' } },
    );
    expect(pairs(q)).toEqual([['he had refused two offers from buyers abroad', 'Ravi Menon']]);
  });

  it('gives "the founder of ORG" to the one founder named before', async () => {
    const q = await runQuotes(
      'Harbour Wind has left the project. "The numbers no longer work," said Ines Kool, the company\'s founder.\n\nThe founder of Harbour Wind added that she still believed in offshore power.',
      { mentions: { 'Ines Kool': 'person', 'Harbour Wind': 'organization' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ines Kool', 'Ines Kool']);
  });

  it('keeps "she" on the paragraph\'s described speaker, not an earlier name of unknown gender', async () => {
    const q = await runQuotes(
      '"We are tired," said Kim Do-yun, a nurse.\n\nA hospital spokeswoman said talks would resume. "The door is open," she said.',
      { mentions: { 'Kim Do-yun': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual([
      'Kim Do-yun',
      'A hospital spokeswoman',
      'A hospital spokeswoman',
    ]);
  });
});

describe('speakers named after the quotation', () => {
  it('reads "So says NAME" after an opening quotation', async () => {
    const q = await runQuotes(
      '"Nobody else in the valley still fixes clocks."\n\nSo says Ada Fenwick, 71, who has run the shop since 1979.',
      { mentions: { 'Ada Fenwick': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ada Fenwick']);
  });

  it('gives an opening quotation to the person the next paragraph introduces speaking', async () => {
    const q = await runQuotes(
      '"When the canal freezes, we lose a month."\n\nMarta Vos has steered barges for twenty years. She said this winter was the worst yet.',
      { mentions: { 'Marta Vos': 'person' } },
    );
    expect(q[0]!.speaker).toBe('Marta Vos');
  });

  it('does not give an opening quotation to a person who does not speak in the next paragraph', async () => {
    const q = await runQuotes(
      '"Keep off the ice."\n\nThe sign was put up by Marta Vos last winter, and the ice has held since.',
      { mentions: { 'Marta Vos': 'person' } },
    );
    expect(q[0]!.speaker).toBeNull();
  });

  it('reads "DESC made the remark" in the next sentence', async () => {
    const q = await runQuotes(
      'Finance Minister Lea Horn met her Danish counterpart Jens Moller on Monday.\n\n"Trade is a bridge, not a weapon." The minister made the remark before the talks.',
      { mentions: { 'Lea Horn': 'person', 'Jens Moller': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Lea Horn']);
  });

  it('reads an interview transcript line "NAME: “…”"', async () => {
    const q = await runQuotes(
      'Noor Haddad runs a bakery in Ghent.\n\nQ: Was the winter hard?\n\nHaddad: "Very. We closed for six weeks."',
      { mentions: { 'Noor Haddad': 'person', Haddad: 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Noor Haddad']);
  });
});

describe('reported speech: coordination, participles, charges, ages', () => {
  it('reads a second verb after "but" as speech of the sentence subject', async () => {
    const q = await runQuotes(
      'Cyclists welcomed the new lanes but said the junctions were still dangerous.\n\nThe port authority declined to comment on the case, but said that all ships had to follow the rules.',
    );
    expect(pairs(q)).toEqual([
      ['the junctions were still dangerous', 'Cyclists'],
      ['all ships had to follow the rules', 'The port authority'],
    ]);
  });

  it('reads ", saying …" after a main clause with no speech verb', async () => {
    const q = await runQuotes(
      'Prime Minister Ana Duarte on Monday defended the fuel tax, saying the state could not keep borrowing.\n\nOne judge, Pavel Marek, dissented, arguing that the law was unclear.',
      { mentions: { 'Ana Duarte': 'person', 'Pavel Marek': 'person' } },
    );
    expect(pairs(q)).toEqual([
      // With no speech verb before it, the participle is the act and opens the content.
      ['saying the state could not keep borrowing', 'Ana Duarte'],
      ['arguing that the law was unclear', 'Pavel Marek'],
    ]);
  });

  it('reads "accused X of …" with its verb, not the passive "is accused of"', async () => {
    const q = await runQuotes(
      'Opposition leader Ruth Kane accused the minister of hiding the true cost of the scheme.\n\nA former mayor is accused of taking bribes from builders.',
      { mentions: { 'Ruth Kane': 'person' } },
    );
    expect(pairs(q)).toEqual([['accused the minister of hiding the true cost of the scheme', 'Ruth Kane']]);
  });

  it('reads a subject after a colon', async () => {
    const q = await runQuotes(
      'Not everyone agrees. Finance Minister Lars Berg is not convinced: he said on Monday that the plan would cost too much.',
      { mentions: { 'Lars Berg': 'person' } },
    );
    expect(pairs(q)).toEqual([['the plan would cost too much', 'Lars Berg']]);
  });

  it('gives "The 79-year-old says" to the person just named', async () => {
    const q = await runQuotes(
      'Joan Pryce has mended fishing nets in Tenby for sixty years.\n\nThe 79-year-old says orders have never been so scarce.',
      { mentions: { 'Joan Pryce': 'person' } },
    );
    expect(pairs(q)).toEqual([['orders have never been so scarce', 'Joan Pryce']]);
  });
});

describe('cue verbs and subjects', () => {
  it('reads "admitted" (a doubled consonant) and "chanted" as cues', async () => {
    const q = await runQuotes(
      'Tomas Ruiz runs the cooperative.\n\nHe admitted that the price was "too low for most of us". Farmers outside the town hall chanted "fair pay now" for an hour.',
      { mentions: { 'Tomas Ruiz': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['the price was "too low for most of us"', 'Tomas Ruiz'],
      ['"fair pay now"', 'Farmers outside the town hall'],
    ]);
  });

  it('does not read a relative clause on the subject as content before an inverted "said"', async () => {
    const q = await runQuotes(
      'Parent Ola Berg, whose son is in year four, said the school had not asked families first.',
      { mentions: { 'Ola Berg': 'person' } },
    );
    expect(pairs(q)).toEqual([['the school had not asked families first', 'Ola Berg']]);
  });

  it('gives a quotation after ", calling it" to the subject opening the sentence', async () => {
    const q = await runQuotes(
      'Prime Minister Mia Holt opened the new bridge on Friday, calling it "a promise kept".',
      { mentions: { 'Mia Holt': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Mia Holt']);
  });
});

describe('retorts, days before the verb, unnamed speakers', () => {
  it('reads "shot back that" as a cue', async () => {
    const q = await runQuotes('Mira Holt shot back that her rival had "never once" visited a farm.', {
      mentions: { 'Mira Holt': 'person' },
    });
    expect(pairs(q)).toEqual([['her rival had "never once" visited a farm', 'Mira Holt']]);
  });

  it('finds the subject across a day between it and the verb', async () => {
    const q = await runQuotes(
      "Latvia's defence minister Ivo Kalns on Thursday urged allies to send more air defence systems.",
      { mentions: { 'Ivo Kalns': 'person', Latvia: 'location' } },
    );
    expect(pairs(q)).toEqual([['urged allies to send more air defence systems', 'Ivo Kalns']]);
  });

  it('names an unnamed speaker by the name they gave, and keeps where they stood', async () => {
    const q = await runQuotes(
      '"The smoke came first," said a neighbour who gave her name only as Odile.\n\n"Nobody asked us," shouted a man at the back of the hall.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Odile', 'a man at the back of the hall']);
  });
});

describe('mis-marked quotations in scraped copy', () => {
  it('stops a quotation that lost its closer before ", said NAME"', async () => {
    const q = await runQuotes(
      '"The river rose in an hour, said Anna Vogt, who runs a cafe by the quay. "We lost everything downstairs."',
      { mentions: { 'Anna Vogt': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Anna Vogt']);
    expect(q[0]!.text).toContain('We lost everything');
  });

  it('starts a quotation at the paragraph when its opening mark was lost', async () => {
    const q = await runQuotes(
      'The mayor, Ivo Peric, spoke on Monday.\n\nWe have more visitors than residents on some days," Peric told local radio.',
      { mentions: { 'Ivo Peric': 'person', Peric: 'person' } },
    );
    expect(pairs(q)).toEqual([['We have more visitors than residents on some days,"', 'Ivo Peric']]);
  });

  it('reads a doubled opening mark as one', async () => {
    const q = await runQuotes('""The future is electric," said council leader Rune Dahl after the vote.', {
      mentions: { 'Rune Dahl': 'person' },
    });
    expect(pairs(q)).toEqual([['""The future is electric,"', 'Rune Dahl']]);
  });

  it('reads a single-quoted quotation continued over paragraphs as one quote', async () => {
    const q = await runQuotes(
      'Isla Moir gave evidence on Wednesday.\n\n‘We sold half our stock abroad. Now the warehouses are full.\n\n‘I have had to let six people go,’ she told the committee.',
      { mentions: { 'Isla Moir': 'person' } },
    );
    expect(q.length).toBe(1);
    expect(q[0]!.text).toContain('We sold half our stock abroad');
    expect(q[0]!.text).toContain('let six people go');
    expect(q[0]!.speaker).toBe('Isla Moir');
  });
});

describe('shifted roles and compound plurals', () => {
  it('does not give "The chancellor" to the shadow chancellor named last', async () => {
    const q = await runQuotes(
      'Chancellor Mara Quinn and shadow chancellor Tom Ashby clashed on Wednesday.\n\nThe chancellor said fuel duty would stay frozen.',
      { mentions: { 'Mara Quinn': 'person', 'Tom Ashby': 'person' } },
    );
    expect(pairs(q)).toEqual([['fuel duty would stay frozen', 'Mara Quinn']]);
  });

  it('keeps a compound plural subject whole ("Police unions")', async () => {
    const q = await runQuotes('Police unions welcomed the plan but said it came without extra staff.');
    expect(pairs(q)).toEqual([['it came without extra staff', 'Police unions']]);
  });
});

describe('titles and given names in quotation marks', () => {
  it('drops a title after a work noun and a name given after a naming verb and its object', async () => {
    const q = await runQuotes(
      'The Estonian entry will be the duo Tallinn Nights, whose song "No Sleep!" won on Saturday.\n\nFans have already dubbed the singer\'s silver coat "the coat of destiny".',
    );
    expect(q).toEqual([]);
  });

  it('still reads a partial quote after "called"', async () => {
    const q = await runQuotes('Mira Holt called the plan "a fantasy from start to finish".', {
      mentions: { 'Mira Holt': 'person' },
    });
    expect(q.map((x) => x.speaker)).toEqual(['Mira Holt']);
  });
});

describe('descriptions are noun phrases, not clauses', () => {
  it('takes the subject after a subordinator ("after some parents described …")', async () => {
    const q = await runQuotes(
      'The head teacher has defended the ban after some parents described it as "heavy-handed".',
    );
    expect(q.map((x) => x.speaker)).toEqual(['some parents']);
  });
});
