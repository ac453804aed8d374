/**
 * Classes found in blind24's errors (session acc24-quotes): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { org, person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import { kinshipGender } from './gender.js';
import { nameGivenNext } from './given-name-after.js';
import { stripHonorific } from './referent-names.js';
import { namingRelative } from './scare-quotes.js';

describe('an unnamed speaker named in apposition in the next sentence, "The woman, NAME,"', () => {
  it('is that person', async () => {
    const q = await runQuotes(
      'In Dudley, youths threw bricks at a bus shelter. "We hid in the kitchen," said one neighbour. The woman, Carol Pike, 64, told ITV she had called the police twice.',
      { entities: [person('Carol Pike')] },
    );
    expect(q[0]!.speaker).toBe('Carol Pike');
  });

  it('reads the name and its closing comma, and nothing in another sentence shape', () => {
    const u = ', a witness. The woman, Janet Cole, 61, said';
    const given = nameGivenNext(u, 0)!;
    expect([given.name, u.slice(given.start, given.end)]).toEqual(['Janet Cole', 'Janet Cole']);
    expect(nameGivenNext(', a witness. The woman said nothing.', 0)).toBeNull();
  });
});

describe('a kinship noun in apposition before a name, "Her father, the painter NAME,"', () => {
  it('gives the name the kinship gender', () => {
    expect(kinshipGender("Han's father, the novelist ")).toBe('male');
    expect(kinshipGender('her mother, ')).toBe('female');
    expect(kinshipGender('the minister, ')).toBeNull();
  });

  it('so "she" after his words goes to the daughter, not to him', async () => {
    const q = await runQuotes(
      'The novelist Ines Baptista won the prize on Thursday.\n\nHer father, the painter Ruy Baptista, told reporters that his daughter would give no interviews. "How can we celebrate now?" she said, according to her father.',
      { entities: [person('Ines Baptista', 'Baptista'), person('Ruy Baptista')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ruy Baptista', 'Ines Baptista']);
  });
});

describe('"said ORGANISATION\'s NAME" after a quotation', () => {
  it('is the person, not the body', async () => {
    const q = await runQuotes(
      'Campaigners welcomed the verdict. "This is a day for the families," said Amnesty International\'s Laura Kemp.',
      { entities: [org('Amnesty International'), person('Laura Kemp')] },
    );
    expect(q[0]!.speaker).toBe('Laura Kemp');
  });
});

describe('a plural occupation the tagger kept before a name, "Chief of Detectives NAME"', () => {
  it('is dropped from the name', () => {
    expect(stripHonorific('Detectives Joseph Kenny')).toBe('Joseph Kenny');
    expect(stripHonorific('Marcos Ruiz Lopez')).toBe('Marcos Ruiz Lopez');
  });
});

describe('a language after a preposition that the tagger typed as a person', () => {
  it('never takes "he"', async () => {
    const q = await runQuotes(
      'The two leaders shook hands at the airport.\n\nAs they parted, Erdogan switched to English. "See you in Ankara," he said.',
      { entities: [person('Recep Tayyip Erdogan', 'Erdogan'), person('English')] },
    );
    expect(q[0]!.speaker).toBe('Recep Tayyip Erdogan');
  });
});

describe('a habitual "used to" before a speech verb', () => {
  it('leaves the subject before it the speaker, "her late father, NAME, used to tell her: “…”"', async () => {
    const q = await runQuotes(
      'Lopez thanked her supporters on Wednesday night.\n\nShe recalled that her late father, Tomas Lopez, used to tell her: "Never stop fighting for others."',
      { entities: [person('Maria Lopez', 'Lopez'), person('Tomas Lopez')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tomas Lopez']);
  });
});

describe('a cue-less partial quotation in a sentence opened by a time adverb and a name', () => {
  it('is the name\'s, "Later in the day NAME dedicated the win to the “…”"', async () => {
    const q = await runQuotes(
      'The White House criticised the choice. Its spokesman, Tom Reyes, said the panel had "lost its way."\n\nLater in the day Vargas dedicated the award to the "families who waited for news".',
      { entities: [person('Ana Vargas', 'Vargas'), person('Tom Reyes', 'Reyes'), org('White House')] },
    );
    expect(q[q.length - 1]!.speaker).toBe('Ana Vargas');
  });
});

describe('a relative clause of speech on a name, in a sentence holding a quotation', () => {
  it('is reported speech of that name: "NAME, who said he had lost his home, wrote: “…”"', async () => {
    const q = await runQuotes(
      'Actor Tom Berger, who said he had lost his home, wrote on X: "Everything is gone."',
      { entities: [person('Tom Berger', 'Berger')] },
    );
    expect(q.map((x) => [x.text, x.kind, x.speaker])).toEqual([
      ['he had lost his home', 'indirect', 'Tom Berger'],
      ['"Everything is gone."', 'direct', 'Tom Berger'],
    ]);
  });

  it('and after an inverted attribution with an age: "…,” said NAME, 55, who said …"', async () => {
    const q = await runQuotes(
      'In Rafah, crowds gathered at dawn. "It is a day of grief," said Ali Hassan, 55, who said he had lost two sons in the war.',
      { entities: [person('Ali Hassan', 'Hassan')] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['"It is a day of grief,"', 'Ali Hassan'],
      ['he had lost two sons in the war', 'Ali Hassan'],
    ]);
  });
});

describe('a closing "reported" with a time after it', () => {
  it('attributes the clause before it: "…, state media reported on Monday."', async () => {
    const q = await runQuotes(
      'The minister and four aides were killed when their plane crashed in the mountains, state media reported on Monday.',
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['The minister and four aides were killed when their plane crashed in the mountains', 'state media'],
    ]);
  });
});

describe('a present-tense relative naming its antecedent, "which engineers call “…”"', () => {
  it('is a name, not speech', async () => {
    const q = await runQuotes(
      'The booster was caught between the arms of the tower, which the company\'s engineers call "chopsticks".',
    );
    expect(q).toEqual([]);
    expect(namingRelative('between the arms, which company engineers call ')).toBe(true);
    expect(namingRelative('the plan, which the minister called ')).toBe(false);
  });
});

describe('"a company spokesperson" after a company named before', () => {
  it('speaks for that company', async () => {
    const q = await runQuotes(
      'Contoso said in a statement that it was aware of the outage. A company spokesperson told reporters that about two million users had been affected.',
      { entities: [org('Contoso')] },
    );
    expect(q.map((x) => [x.speaker, x.affiliation ?? null])).toEqual([
      ['Contoso', null],
      ['A company spokesperson', 'Contoso'],
    ]);
  });
});

describe('a participle\'s appositive on the subject, "NAME, speaking before OTHER, called him “…”"', () => {
  it("is the subject's, never the name inside the participle's clause", async () => {
    const q = await runQuotes(
      'Chancellor Petra Lindqvist, speaking before Marcus Hale, called him "the best partner this country has had."',
      { entities: [person('Petra Lindqvist', 'Lindqvist'), person('Marcus Hale', 'Hale')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Petra Lindqvist']);
  });
});

describe('a past participle after a document\'s noun, "in a statement posted on its website that"', () => {
  it("is no speech verb of the document: the outer verb's subject speaks", async () => {
    const q = await runQuotes(
      'Camp Willow said in a statement posted on its website that the camp was "grieving with our families" and thanked the rescuers.',
      { entities: [org('Camp Willow')] },
    );
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Camp Willow', 'said']]);
  });
});

describe('", and police chiefs said …" after a quotation', () => {
  it('is a second report with its own plural speaker', async () => {
    const q = await runQuotes(
      'Interior Minister Karl Brandt said the state would ensure there was "a reckoning" for the rioters, and police chiefs said extra cells had been made ready.',
      { entities: [person('Karl Brandt', 'Brandt')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Karl Brandt', 'police chiefs']);
    expect(q[1]!.text).toBe('extra cells had been made ready');
  });
});

describe('an unnamed source for a body named by an organisation and lower-case words', () => {
  it('speaks for the body as written, "the U.N. human rights office", not for the U.N.', async () => {
    const q = await runQuotes(
      'A spokesperson for the U.N. refugee agency said in Geneva that it was "alarmed" by the expulsions.',
      { entities: [org('United Nations', 'U.N.')] },
    );
    expect(q.map((x) => [x.anonymous ?? false, x.affiliation ?? null])).toEqual([
      [true, 'U.N. refugee agency'],
    ]);
  });

  it('while a lone noun after the name only gives its kind', async () => {
    const q = await runQuotes(
      'A spokesperson for his Popular Unity party said the vote had been "a fair contest" in most districts.',
      { entities: [org('Popular Unity')] },
    );
    expect(q.map((x) => x.affiliation ?? null)).toEqual(['Popular Unity']);
  });
});

describe('"NAME broke into tears: “…”" (wept, sobbed)', () => {
  it('introduces what the subject said, as "smiled:" does', async () => {
    const q = await runQuotes(
      'Best actress went to Marta Vidal for "Small Hours". Vidal, who had been nominated four times, broke into tears: "This is for my mother."',
      { entities: [person('Marta Vidal', 'Vidal')] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['"This is for my mother."', 'Marta Vidal']]);
  });
});
