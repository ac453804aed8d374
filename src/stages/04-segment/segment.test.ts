import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import type { Paragraph } from '../../core/annotations.js';
import { Resources } from '../../core/resources.js';
import { segmentStage } from './index.js';
import { segment } from './segment.js';

/** The sentences of `text` as strings. */
function sentences(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}

/** The tokens of `text` as strings. */
function tokens(text: string): string[] {
  return segment(text).tokens.map((t) => text.slice(t.start, t.end));
}

function kinds(text: string): string[] {
  return segment(text).tokens.map((t) => `${text.slice(t.start, t.end)}/${t.kind}`);
}

describe('sentence splitting', () => {
  const cases: [string, string[]][] = [
    [
      'The talks ended. Officials left Geneva on Friday.',
      ['The talks ended.', 'Officials left Geneva on Friday.'],
    ],
    // An abbreviation at a sentence end splits before a sentence starter...
    [
      'The envoy flew back to the U.S. He said talks would resume.',
      ['The envoy flew back to the U.S.', 'He said talks would resume.'],
    ],
    // ...but not inside a name or a noun phrase.
    ['The U.S. economy grew 2.8 percent in 2024.', ['The U.S. economy grew 2.8 percent in 2024.']],
    [
      'Gen. Mark Milley and Sen. Jeanne Shaheen met Lt. Col. Ann Ruiz at 10 a.m. on Feb. 14.',
      ['Gen. Mark Milley and Sen. Jeanne Shaheen met Lt. Col. Ann Ruiz at 10 a.m. on Feb. 14.'],
    ],
    [
      'The vote is set for 5 p.m. The result is expected by midnight.',
      ['The vote is set for 5 p.m.', 'The result is expected by midnight.'],
    ],
    [
      'Vice President J. D. Vance spoke after George W. Bush. Dr. Ruth Ellis, of St. Louis, disagreed.',
      ['Vice President J. D. Vance spoke after George W. Bush.', 'Dr. Ruth Ellis, of St. Louis, disagreed.'],
    ],
    [
      'Shares of Apple Inc. rose. Acme Corp. said it was cutting 1,200 jobs.',
      ['Shares of Apple Inc. rose.', 'Acme Corp. said it was cutting 1,200 jobs.'],
    ],
    [
      'He lives at No. 10 Downing St. The house is old.',
      ['He lives at No. 10 Downing St.', 'The house is old.'],
    ],
    ['The answer was No. Then he left.', ['The answer was No.', 'Then he left.']],
    // An opening quotation after an initial or abbreviation starts a sentence; a quoted
    // nickname between a name's parts does not.
    [
      'The founder wrote on X. "Big step for the company today," he added.',
      ['The founder wrote on X.', '"Big step for the company today," he added.'],
    ],
    [
      'The envoy returned to the U.S. \u201cWe made progress,\u201d she said.',
      ['The envoy returned to the U.S.', '\u201cWe made progress,\u201d she said.'],
    ],
    [
      'Former President William J. "Bill" Clinton spoke first.',
      ['Former President William J. "Bill" Clinton spoke first.'],
    ],
    [
      'Senator Robert J. \u201cBob\u201d Casey and the U.S. "special relationship" were discussed.',
      ['Senator Robert J. \u201cBob\u201d Casey and the U.S. "special relationship" were discussed.'],
    ],
    // Quotes: a sentence that ends inside quotes, and a quote followed by its attribution.
    [
      '"We will not reach 3 % by wishing it," Root told journalists. "It takes budgets."',
      ['"We will not reach 3 % by wishing it," Root told journalists.', '"It takes budgets."'],
    ],
    [
      'He called the plan "unrealistic." Next week the ministers meet again.',
      ['He called the plan "unrealistic."', 'Next week the ministers meet again.'],
    ],
    ['“Why now?” she asked. “Because we must.”', ['“Why now?” she asked.', '“Because we must.”']],
    ['“Stop!” he shouted, and the crowd fell silent.', ['“Stop!” he shouted, and the crowd fell silent.']],
    // A quote spanning two sentences: the boundary still falls inside it.
    [
      '"We came to talk. We did not come to surrender," Zelensky said.',
      ['"We came to talk.', 'We did not come to surrender," Zelensky said.'],
    ],
    // Nested quotes.
    [
      '"He told me, \'Go home.\' Then he walked out," she said. Police declined to comment.',
      ["\"He told me, 'Go home.'", 'Then he walked out," she said.', 'Police declined to comment.'],
    ],
    [
      '“The minister said ‘we are ready.’ Nobody believed him,” an aide said.',
      ['“The minister said ‘we are ready.’', 'Nobody believed him,” an aide said.'],
    ],
    // Parentheses and ellipses.
    [
      'The bill passed (the vote was 52-48.) Democrats objected.',
      ['The bill passed (the vote was 52-48.)', 'Democrats objected.'],
    ],
    [
      'He paused... and then he went on. The room waited… Nobody spoke.',
      ['He paused... and then he went on.', 'The room waited…', 'Nobody spoke.'],
    ],
    // Decimals, money and thousands never split.
    [
      'The deal is worth $1.2bn, or 3.5 percent of the 1,200,000 budget.',
      ['The deal is worth $1.2bn, or 3.5 percent of the 1,200,000 budget.'],
    ],
    // Run-ons left by cleanup: `talksAnd he` became `talks And he`.
    [
      'The two sides held talks And he said the mood was good.',
      ['The two sides held talks', 'And he said the mood was good.'],
    ],
    [
      'Inflation rose 2 % According to the bureau, food led the rise.',
      ['Inflation rose 2 %', 'According to the bureau, food led the rise.'],
    ],
    [
      'The minister spoke to reporters The talks would go on, he said.',
      ['The minister spoke to reporters', 'The talks would go on, he said.'],
    ],
    ['He told The Guardian and wrote in The Atlantic.', ['He told The Guardian and wrote in The Atlantic.']],
    // A title in capitals is not a run-on.
    [
      'She was reading Pride And Prejudice on the train.',
      ['She was reading Pride And Prejudice on the train.'],
    ],
    // URLs and e-mails keep their dots.
    [
      'Details are at https://example.org/report.pdf. Write to press@example.org. Thanks.',
      ['Details are at https://example.org/report.pdf.', 'Write to press@example.org.', 'Thanks.'],
    ],
    // e.g. and i.e. never end a sentence; a numbered list item is not a sentence.
    ['Some allies, e.g. Poland, spend more.', ['Some allies, e.g. Poland, spend more.']],
    ['1. Raise spending to 3 percent.', ['1. Raise spending to 3 percent.']],
    ['Is it over?! Nobody knows.', ['Is it over?!', 'Nobody knows.']],
    [
      'Rep. G.K. Butterfield (D-N.C.) 6 votes and Doug Flach (U.S.) won.',
      ['Rep. G.K. Butterfield (D-N.C.) 6 votes and Doug Flach (U.S.) won.'],
    ],
    [
      'Markets were closed on Monday. -- Warsaw Newsroom +48 22 653 9700',
      ['Markets were closed on Monday.', '-- Warsaw Newsroom +48 22 653 9700'],
    ],
    ['Prices rose 2 percent. — and then fell.', ['Prices rose 2 percent. — and then fell.']],
    // A quoted question or exclamation followed by its attribution is one sentence...
    ['"Why now?" Trump asked. "Because," Vance said.', ['"Why now?" Trump asked.', '"Because," Vance said.']],
    [
      '“We will not surrender!” Gen. Valeriy Zaluzhny told troops.',
      ['“We will not surrender!” Gen. Valeriy Zaluzhny told troops.'],
    ],
    // ...but a new sentence after a quote is not an attribution.
    ['"It is over." The minister said nothing more.', ['"It is over."', 'The minister said nothing more.']],
    ['"It is over." Officials said later it was not.', ['"It is over."', 'Officials said later it was not.']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('never crosses a paragraph boundary', () => {
    const text = 'Markets react\n\nStocks fell on Monday in the U.S.\n\nThe Fed is expected to act';
    expect(sentences(text)).toEqual([
      'Markets react',
      'Stocks fell on Monday in the U.S.',
      'The Fed is expected to act',
    ]);
  });

  it('uses the paragraphs it is given', () => {
    const text = 'First part. Second part. Third part.';
    const paragraphs: Paragraph[] = [
      { start: 0, end: 11, role: 'paragraph' },
      { start: 12, end: 36, role: 'paragraph' },
    ];
    const result = segment(text, paragraphs);
    expect(result.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'First part.',
      'Second part.',
      'Third part.',
    ]);
  });

  it('rejects paragraphs outside the text or out of order', () => {
    expect(() => segment('short', [{ start: 0, end: 50 }])).toThrow(/outside the text/);
    expect(() =>
      segment('one two three', [
        { start: 4, end: 7 },
        { start: 0, end: 3 },
      ]),
    ).toThrow(/out of order/);
  });
});

describe('tokens', () => {
  it('splits punctuation off and keeps abbreviations and initials whole', () => {
    expect(tokens('In the U.S., Gen. J. D. Vance (R-Ohio) spoke.')).toEqual([
      'In',
      'the',
      'U.S.',
      ',',
      'Gen.',
      'J.',
      'D.',
      'Vance',
      '(',
      'R-Ohio',
      ')',
      'spoke',
      '.',
    ]);
  });

  it('splits clitics the PTB way', () => {
    expect(tokens("Russia's envoy said they don't know and can't say; I'm sure they've met.")).toEqual([
      'Russia',
      "'s",
      'envoy',
      'said',
      'they',
      'do',
      "n't",
      'know',
      'and',
      'ca',
      "n't",
      'say',
      ';',
      'I',
      "'m",
      'sure',
      'they',
      "'ve",
      'met',
      '.',
    ]);
    expect(tokens('Ukraine’s allies won’t wait.')).toEqual([
      'Ukraine',
      '’s',
      'allies',
      'wo',
      'n’t',
      'wait',
      '.',
    ]);
  });

  it('reads text tokenized before (CoNLL style) the same way', () => {
    expect(tokens("Russia 's envoy , who 's in Bonn , said they 're ready .")).toEqual([
      'Russia',
      "'s",
      'envoy',
      ',',
      'who',
      "'s",
      'in',
      'Bonn',
      ',',
      'said',
      'they',
      "'re",
      'ready',
      '.',
    ]);
    expect(kinds("the 'shadow' fleet")).toEqual([
      'the/word',
      "'/quote",
      'shadow/word',
      "'/quote",
      'fleet/word',
    ]);
  });

  it('keeps a list number at the start of a paragraph with its full stop', () => {
    expect(tokens('1. Ajax 20 points\n\n2. PSV 18')).toEqual([
      '1.',
      'Ajax',
      '20',
      'points',
      '2.',
      'PSV',
      '18',
    ]);
    expect(tokens('It rose by 2. Then it fell.')).toEqual([
      'It',
      'rose',
      'by',
      '2',
      '.',
      'Then',
      'it',
      'fell',
      '.',
    ]);
  });

  it('keeps an abbreviation compound whole, as CoNLL does', () => {
    expect(tokens('The U.S.-led coalition and a U.K.-based firm.')).toEqual([
      'The',
      'U.S.-led',
      'coalition',
      'and',
      'a',
      'U.K.-based',
      'firm',
      '.',
    ]);
  });

  it('keeps names with apostrophes and hyphenated words whole', () => {
    expect(
      tokens("O'Brien met the Secretary-General in Côte d'Ivoire, a non-European rock'n'roll fan."),
    ).toEqual([
      "O'Brien",
      'met',
      'the',
      'Secretary-General',
      'in',
      'Côte',
      "d'Ivoire",
      ',',
      'a',
      'non-European',
      "rock'n'roll",
      'fan',
      '.',
    ]);
  });

  it('keeps numbers whole and currency signs and percent apart', () => {
    expect(
      kinds('$1.2bn, US$95.6 billion, €800m, 1,200 troops, 3.5%, 20th, the 1990s, 24/7 at 10:30'),
    ).toEqual([
      '$/symbol',
      '1.2bn/number',
      ',/punct',
      'US$/symbol',
      '95.6/number',
      'billion/word',
      ',/punct',
      '€/symbol',
      '800m/number',
      ',/punct',
      '1,200/number',
      'troops/word',
      ',/punct',
      '3.5/number',
      '%/symbol',
      ',/punct',
      '20th/number',
      ',/punct',
      'the/word',
      '1990s/number',
      ',/punct',
      '24/7/number',
      'at/word',
      '10:30/number',
    ]);
  });

  it('keeps a signed number whole', () => {
    expect(kinds('Call +44 20 7542, up +0.435 on 5+3')).toEqual([
      'Call/word',
      '+44/number',
      '20/number',
      '7542/number',
      ',/punct',
      'up/word',
      '+0.435/number',
      'on/word',
      '5/number',
      '+/symbol',
      '3/number',
    ]);
  });

  it('keeps a number with a leading decimal point whole', () => {
    expect(kinds('a .45 calibre, batting .500')).toEqual([
      'a/word',
      '.45/number',
      'calibre/word',
      ',/punct',
      'batting/word',
      '.500/number',
    ]);
  });

  it('splits a list of numbers that is not a thousands group', () => {
    expect(tokens('scores of 2,3 and 1,20')).toEqual(['scores', 'of', '2', ',', '3', 'and', '1', ',', '20']);
  });

  it('makes quotes separate tokens of kind quote', () => {
    expect(kinds('“Go,” he said. "No" and \'maybe\'')).toEqual([
      '“/quote',
      'Go/word',
      ',/punct',
      '”/quote',
      'he/word',
      'said/word',
      './punct',
      '"/quote',
      'No/word',
      '"/quote',
      'and/word',
      "'/quote",
      'maybe/word',
      "'/quote",
    ]);
  });

  it('treats the possessive apostrophe of a plural as a word', () => {
    expect(kinds("the players' union")).toEqual(['the/word', 'players/word', "'/word", 'union/word']);
  });

  it('keeps URLs, e-mails, handles and hashtags whole, without trailing punctuation', () => {
    expect(
      kinds('See https://www.example.com/a?b=1, www.example.org. Mail desk@example.co.uk or @nato #Munich.'),
    ).toEqual([
      'See/word',
      'https://www.example.com/a?b=1/url',
      ',/punct',
      'www.example.org/url',
      './punct',
      'Mail/word',
      'desk@example.co.uk/email',
      'or/word',
      '@nato/word',
      '#Munich/word',
      './punct',
    ]);
  });

  it('keeps dashes and ellipses as single tokens', () => {
    expect(tokens('Peace — if it comes -- will cost... a lot…')).toEqual([
      'Peace',
      '—',
      'if',
      'it',
      'comes',
      '--',
      'will',
      'cost',
      '...',
      'a',
      'lot',
      '…',
    ]);
  });

  it('splits a run-on left without a space after the full stop', () => {
    expect(tokens('defense.He called')).toEqual(['defense', '.', 'He', 'called']);
  });

  it('handles company names with ampersands and domain-like names', () => {
    expect(tokens('AT&T and S&P rose; Amazon.com fell.')).toEqual([
      'AT&T',
      'and',
      'S&P',
      'rose',
      ';',
      'Amazon.com',
      'fell',
      '.',
    ]);
  });

  it('keeps emoji and symbols as tokens', () => {
    expect(kinds('Up 5° 👍 & +2')).toEqual([
      'Up/word',
      '5/number',
      '°/symbol',
      '👍/symbol',
      '&/symbol',
      '+2/number',
    ]);
  });
});

describe('segment stage', () => {
  it('writes sentences and tokens from text and paragraphs', () => {
    const text = 'Munich talks\n\nAllies met in Munich. They agreed.';
    const doc = makeDoc(text, {
      layers: {
        paragraphs: [
          { start: 0, end: 12, role: 'heading' },
          { start: 14, end: text.length, role: 'paragraph' },
        ],
      },
    });
    segmentStage.run(doc, { config: {}, resources: new Resources() });
    expect(doc.get('sentences').map((s) => text.slice(s.start, s.end))).toEqual([
      'Munich talks',
      'Allies met in Munich.',
      'They agreed.',
    ]);
    expect(doc.get('tokens')).toHaveLength(10);
  });
});
