import { describe, expect, it } from 'vitest';
import { wordTokens } from '../../../test/helpers/link-fixtures.js';
import type { EntityType, Mention } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';
import { adjustMentions, hasWords, lastLetters, missedMentions, wordEnds, words } from './spans.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'cd:country/de',
    type: 'location',
    name: 'Germany',
    country: 'DE',
    kind: 'country',
    names: [{ text: 'German', kind: 'demonym' }],
    prominence: 4,
  }),
  makeEntity({
    id: 'cd:person/ursula-von-der-leyen',
    type: 'person',
    name: 'Ursula von der Leyen',
    names: [{ text: 'von der Leyen', kind: 'surname' }],
    prominence: 5,
  }),
  makeEntity({
    id: 'cd:person/mohammed-bin-salman',
    type: 'person',
    name: 'Mohammed bin Salman',
    names: [{ text: 'bin Salman', kind: 'surname' }],
    prominence: 4,
  }),
  makeEntity({ id: 'cd:person/pope-leo-xiv', type: 'person', name: 'Pope Leo XIV', prominence: 5 }),
  makeEntity({
    id: 'cd:person/rachel-reeves',
    type: 'person',
    name: 'Rachel Reeves',
    names: [{ text: 'Reeves', kind: 'surname' }],
    prominence: 3,
  }),
  makeEntity({
    id: 'Q22686',
    type: 'person',
    name: 'Donald Trump',
    names: [{ text: 'Trump', kind: 'surname' }],
    prominence: 5,
  }),
]);

function mention(text: string, surface: string, type: EntityType): Mention {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, type, by: 'test', confidence: 1 };
}

function surfaces(
  text: string,
  mentions: readonly { start: number; end: number; type?: string }[],
): string[] {
  return mentions.map((m) => `${text.slice(m.start, m.end)}${m.type ? `/${m.type}` : ''}`);
}

describe('adjustMentions', () => {
  it('drops titles and demonyms that the tagger put inside a name', () => {
    const text = 'Chancellor of the Exchequer Rachel Reeves spoke. German Chancellor Merz listened.';
    const adjusted = adjustMentions(kb, text, [
      mention(text, 'Exchequer Rachel Reeves', 'organization'),
      mention(text, 'German Chancellor Merz', 'person'),
    ]);
    expect(surfaces(text, adjusted)).toEqual(['Rachel Reeves/person', 'Merz/person']);
  });

  it('drops a contender’s description capitalised at a sentence start ("Rival", "Challenger")', () => {
    const text = 'The count was slow. Rival Tom Hale said he had won. Challenger Luc Marre agreed.';
    const adjusted = adjustMentions(kb, text, [
      mention(text, 'Rival Tom Hale', 'person'),
      mention(text, 'Challenger Luc Marre', 'person'),
    ]);
    expect(surfaces(text, adjusted)).toEqual(['Tom Hale/person', 'Luc Marre/person']);
  });

  it('drops a demonym written as a noun ("Briton", "Frenchman") before a name', () => {
    const text = 'Briton Tom Hale won the race. Frenchman Luc Marre was second.';
    const adjusted = adjustMentions(kb, text, [
      mention(text, 'Briton Tom Hale', 'organization'),
      mention(text, 'Frenchman Luc Marre', 'person'),
    ]);
    expect(surfaces(text, adjusted)).toEqual(['Tom Hale/organization', 'Luc Marre/person']);
  });

  it('takes in initials, the surname after them and a suffix the tagger stopped before', () => {
    const text = 'Labour Secretary Anna B. Kowalsky Jr. said jobs grew. Nobody disputed it.';
    expect(surfaces(text, adjustMentions(kb, text, [mention(text, 'Anna', 'person')]))).toEqual([
      'Anna B. Kowalsky Jr./person',
    ]);
  });

  it('takes in a generational suffix after a whole name the tagger stopped before (session acc24-link-a)', () => {
    const text =
      'Tom F. Hale Jr. was confirmed on Thursday. Luc Marre Jnr said nothing. Ana Vidal Junior left. Jr Smith stayed.';
    const adjusted = adjustMentions(kb, text, [
      mention(text, 'Tom F. Hale', 'person'),
      mention(text, 'Luc Marre', 'person'),
      mention(text, 'Ana Vidal', 'person'),
    ]);
    expect(surfaces(text, adjusted)).toEqual([
      'Tom F. Hale Jr./person',
      'Luc Marre Jnr/person',
      'Ana Vidal Junior/person',
    ]);
  });

  it('drops a capitalised spun title with "Of" in it ("Head Of State")', () => {
    const text = 'Commission Head Of State Rachel Reaves met farmers.';
    expect(
      surfaces(text, adjustMentions(kb, text, [mention(text, 'Of State Rachel Reaves', 'person')])),
    ).toEqual(['Rachel Reaves/person']);
  });

  it('keeps a title that is part of the name, and widens to a regnal name', () => {
    const text = 'Pope Leo XIV blessed the crowd.';
    expect(surfaces(text, adjustMentions(kb, text, [mention(text, 'Leo', 'person')]))).toEqual([
      'Pope Leo XIV/person',
    ]);
  });

  it('takes in a regnal number after a given name the KB does not know with it, not the pronoun', () => {
    const text = 'King Olaf VII opened the bridge, and Olaf I thought, wrote Olaf.';
    const first = mention(text, 'Olaf', 'person');
    const second = text.indexOf('Olaf', first.end);
    const adjusted = adjustMentions(kb, text, [first, { ...first, start: second, end: second + 4 }]);
    expect(surfaces(text, adjusted)).toEqual(['Olaf VII/person', 'Olaf/person']);
  });

  it('joins names cut at a particle, before or after', () => {
    const text = 'Crown Prince Mohammed bin Salman met the EU’s von der Leyen.';
    const adjusted = adjustMentions(kb, text, [
      mention(text, 'Mohammed', 'person'),
      mention(text, 'Leyen', 'person'),
    ]);
    expect(surfaces(text, adjusted)).toEqual(['Mohammed bin Salman/person', 'von der Leyen/person']);
  });

  it('joins a name cut at its particle after a title and given name typed as a place (acc26-link-a)', () => {
    const text = 'The strike drew a rebuke from Crown Prince Mohammed bin Salman al-Saud on Tuesday.';
    const royals = new MemoryKnowledgeBase([
      makeEntity({
        id: 'p:mbs',
        type: 'person',
        name: 'Mohammed bin Salman Al Saud',
        names: [{ text: 'Mohammed bin Salman al-Saud', kind: 'alias' }],
        prominence: 4,
      }),
    ]);
    const adjusted = adjustMentions(royals, text, [
      mention(text, 'Crown Prince Mohammed', 'location'),
      mention(text, 'Salman al-Saud', 'person'),
    ]);
    expect(surfaces(text, adjusted)).toEqual(['Mohammed bin Salman al-Saud/person']);
  });

  it('keeps a place before a particle when the words before the given name are no titles', () => {
    const text = 'Tourists crowd Dubai Marina bin Rashid Street at night.';
    const adjusted = adjustMentions(kb, text, [mention(text, 'Dubai Marina', 'location')]);
    expect(surfaces(text, adjusted)).toEqual(['Dubai Marina/location']);
  });

  it('drops a serviceman’s calling before a KB person’s exact name, not a given name (acc26-link-a)', () => {
    const text = 'The swap freed former Marine Dale Corrigan. Marine Le Pen welcomed it.';
    const people = new MemoryKnowledgeBase([
      makeEntity({
        id: 'p:corrigan',
        type: 'person',
        name: 'Dale Corrigan',
        names: [{ text: 'Corrigan', kind: 'surname' }],
        prominence: 2,
      }),
      makeEntity({
        id: 'p:le-pen',
        type: 'person',
        name: 'Marine Le Pen',
        names: [{ text: 'Le Pen', kind: 'surname' }],
        prominence: 4,
      }),
    ]);
    const adjusted = adjustMentions(people, text, [
      mention(text, 'Marine Dale Corrigan', 'person'),
      mention(text, 'Marine Le Pen', 'person'),
    ]);
    expect(surfaces(text, adjusted)).toEqual(['Dale Corrigan/person', 'Marine Le Pen/person']);
  });

  it('joins every lower-case "al-" part of an Arab name cut after the given name', () => {
    const text = 'The emir, Sheikh Nasser al-Khalid al-Thani, spoke.';
    const adjusted = adjustMentions(kb, text, [mention(text, 'Nasser', 'person')]);
    expect(surfaces(text, adjusted)).toEqual(['Nasser al-Khalid al-Thani/person']);
  });

  it("takes in the word before a body the KB knows when the two make a longer body's name (acc25-link-b)", () => {
    const banks = new MemoryKnowledgeBase([
      makeEntity({
        id: 'o:boa',
        type: 'organization',
        name: 'Bank of Arvonia',
        kind: 'company',
        prominence: 2,
      }),
      makeEntity({
        id: 'o:pboa',
        type: 'organization',
        name: "People's Bank of Arvonia",
        kind: 'central-bank',
        prominence: 3,
      }),
    ]);
    const text = "People's Bank of Arvonia Governor Lin Hao said rates would fall.";
    const adjusted = adjustMentions(banks, text, [mention(text, 'Bank of Arvonia', 'organization')]);
    expect(surfaces(text, adjusted)).toEqual(["People's Bank of Arvonia/organization"]);
    const plain = 'The Bank of Arvonia opened a branch in the port.';
    expect(
      surfaces(plain, adjustMentions(banks, plain, [mention(plain, 'Bank of Arvonia', 'organization')])),
    ).toEqual(['Bank of Arvonia/organization']);
  });

  it('keeps nested mentions of the tagger', () => {
    const text = 'At the NATO summit in The Hague, leaders met.';
    const adjusted = adjustMentions(kb, text, [
      mention(text, 'NATO summit in The Hague', 'event'),
      mention(text, 'NATO', 'organization'),
    ]);
    expect(adjusted).toHaveLength(2);
  });
});

describe('missedMentions and their recovery', () => {
  it('offers capitalised runs no mention covers, without leading titles', () => {
    const text = 'Trump said President Putin called. Officials in Berlin agreed.';
    const berlin = mention(text, 'Berlin', 'location');
    expect(surfaces(text, missedMentions(text, wordTokens(text), [berlin]))).toEqual([
      'Trump',
      'Putin',
      'Officials',
    ]);
  });

  it('skips sentence-initial function words, weekdays and months, but not months that are names', () => {
    const text = 'The minister left. On Thursday, May spoke. In March, Callas sang. Every vote counts.';
    expect(surfaces(text, missedMentions(text, wordTokens(text), []))).toEqual(['May', 'Callas']);
  });

  it('treats a run as covered by any mention overlapping it, whatever order the mentions come in', () => {
    const text = 'Anna Berg met Olaf Lund and Piet Smit in Oslo.';
    const oslo = mention(text, 'Oslo', 'location');
    const olaf = mention(text, 'Olaf', 'person');
    const anna = mention(text, 'Anna Berg', 'person');
    expect(surfaces(text, missedMentions(text, wordTokens(text), [oslo, olaf, anna]))).toEqual(['Piet Smit']);
  });

  it('ends a run at a dotted word the segmenter kept inside the sentence when a mention starts after it (acc26-link-a)', () => {
    const text = 'Talks stalled after a call with Tep Vanna Sen. Anutin flew to St. Petersburg later.';
    // The tokens keep an abbreviation's dot with its word ("Sen.", "St."), as the segmenter's do.
    const tokens = wordTokens(text)
      .map((t) =>
        text.slice(t.start, t.end) === 'Sen' || text.slice(t.start, t.end) === 'St'
          ? { ...t, end: t.end + 1 }
          : t,
      )
      .filter((t, k, all) => !(text.charAt(t.start) === '.' && k > 0 && all[k - 1]!.end > t.start));
    const anutin = mention(text, 'Anutin', 'person');
    const missed = missedMentions(text, tokens, [anutin]);
    expect(surfaces(text, missed)).toEqual(['Talks', 'Tep Vanna Sen.', 'St. Petersburg']);
    expect(missed[1]!.exactOnly).toBe(true);
    expect(missed[2]!.exactOnly).toBeUndefined();
  });

  it('ends such a run before a word that is never a name, with no mention after it (session 23)', () => {
    const text = 'Talks stalled after a call with Tep Vanna Sen. Then she flew home.';
    const tokens = wordTokens(text)
      .map((t) => (text.slice(t.start, t.end) === 'Sen' ? { ...t, end: t.end + 1 } : t))
      .filter((t, k, all) => !(text.charAt(t.start) === '.' && k > 0 && all[k - 1]!.end > t.start));
    const missed = missedMentions(text, tokens, []);
    expect(surfaces(text, missed)).toEqual(['Talks', 'Tep Vanna Sen.']);
    expect(missed[1]!.exactOnly).toBe(true);
  });

  it('links a missed household surname, but not an unknown capitalised word', () => {
    const text = 'Trump said the talks had failed. Officials disagreed.';
    const entities = linkDocument(kb, {
      text,
      sentences: [],
      mentions: [],
      tokens: wordTokens(text),
      date: '2025-06-01',
    });
    expect(entities.map((e) => [e.name, e.kbId])).toEqual([['Donald Trump', 'Q22686']]);
  });

  it('adds a missed surname to the person the article already names', () => {
    const text = 'Rachel Reeves presented the budget. Reeves said it was fair.';
    const entities = linkDocument(kb, {
      text,
      sentences: [],
      mentions: [mention(text, 'Rachel Reeves', 'person')],
      tokens: wordTokens(text),
      date: '2025-06-01',
    });
    expect(entities).toHaveLength(1);
    expect(entities[0]?.mentions).toHaveLength(2);
  });
});

describe('lastLetters', () => {
  it('reads the letters a span ends with as the expression does', () => {
    const texts = [
      'Tim Prepare',
      'Prepare',
      'Jean-Luc',
      "O'Neill",
      'Mr. X.',
      'Angela Merkel ',
      'Łukasz Kamiński',
      'Jürgen Müller',
      'Ísland',
      'G7',
      'Smith3',
      '',
      'San José',
      'Ba‘ath',
      'İzmir',
      'Δήμος Αθηναίων',
      '𝐀𝐁',
    ];
    for (const t of texts) {
      for (let start = 0; start <= t.length; start++) {
        for (let end = start; end <= t.length; end++) {
          expect(lastLetters(t, start, end)).toBe(/(\p{L}+)$/u.exec(t.slice(start, end))?.[1]);
        }
      }
    }
  });
});

describe('words of a span', () => {
  it('are the runs /[^\\s]+/g finds, at their places', () => {
    const texts = [
      'President  Emmanuel\tMacron\n said',
      '\u00a0Zürich\u2003–\u3000“Guv”\ufeffend ',
      '𝐀BC 😀\u2028x\u202fy\u1680z',
      '   ',
      '',
      'one',
    ];
    for (const text of texts) {
      for (let a = 0; a <= text.length; a++) {
        for (let b = a; b <= text.length; b++) {
          const expected = [...text.slice(a, b).matchAll(/[^\s]+/g)].map((m) => ({
            start: a + m.index,
            end: a + m.index + m[0].length,
            text: m[0],
          }));
          expect(words(text, a, b)).toEqual(expected);
        }
      }
    }
  });

  it('are counted and ended as /\\S+/g finds them, without cutting them out', () => {
    const texts = [
      'President  Emmanuel\tMacron\n said',
      '\u00a0Zürich\u2003–\u3000“Guv”\ufeffend ',
      '𝐀BC 😀\u2028x\u202fy\u1680z',
      'Bank of  England air base',
      '   ',
      '',
      'one',
    ];
    const scratch: number[] = [7, 8, 9];
    let some = 0;
    for (const text of texts) {
      for (let a = 0; a <= text.length; a++) {
        for (let b = a; b <= text.length; b++) {
          const matches = [...text.slice(a, b).matchAll(/\S+/g)];
          for (const atLeast of [1, 2, 3, 4])
            expect(hasWords(text, a, b, atLeast)).toBe(matches.length >= atLeast);
          expect([...wordEnds(text, a, b, scratch)]).toEqual(matches.map((m) => a + m.index + m[0].length));
          if (matches.length >= 3) some++;
        }
      }
    }
    expect(some).toBeGreaterThan(100);
  });
});
