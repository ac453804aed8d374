import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../core/annotations.js';
import { CopydeskError } from '../../../core/errors.js';
import { emptyScore, parseQuoteGold, quoteFigures, scoreArticle } from './jsonl.js';
import {
  articleFolds,
  countArticle,
  emptyCounts,
  inAttributedSegments,
  parseAnn,
  prf,
  quoteToPolnear,
} from './polnear.js';

const quote = (text: string, part: string, speaker: string | null, extra: Partial<Quote> = {}): Quote => {
  const start = text.indexOf(part);
  return {
    start,
    end: start + part.length,
    kind: 'direct',
    speaker: speaker ? { name: speaker, entityId: null, mention: null } : null,
    cue: null,
    confidence: 0.9,
    by: 'quotes',
    ...extra,
  };
};

describe('JSONL quote gold', () => {
  it('parses lines and reports a bad line by number', () => {
    const gold = parseQuoteGold(
      '{"id":"a","text":"x","quotes":[{"snippet":"x","speaker":["A"],"kind":"direct"}]}\n',
      'g',
    );
    expect(gold[0]!.quotes[0]!.speaker).toEqual(['A']);
    expect(() => parseQuoteGold('{"id":"a"}\n', 'g.jsonl')).toThrow(CopydeskError);
    expect(() => parseQuoteGold('nope', 'g.jsonl')).toThrow(/g.jsonl:1/);
  });

  it('finds a gold quote inside a predicted one, whatever the quotation marks', () => {
    const text = '“We will not,” he said, “accept this.” Other words.';
    const score = emptyScore();
    scoreArticle(
      text,
      [
        { snippet: '"We will not', speaker: ['Anna Berg'], kind: 'direct' },
        { snippet: 'accept this', speaker: ['Anna Berg'], kind: 'direct' },
        { snippet: 'never said', speaker: null, kind: 'direct' },
      ],
      [
        quote(text, '“We will not,” he said, “accept this.”', 'anna  berg'),
        quote(text, 'Other words.', null),
      ],
      score,
    );
    const f = quoteFigures(score);
    expect(score.found).toBe(2);
    expect(f.recall).toBeCloseTo(2 / 3);
    expect(f.precision).toBeCloseTo(1 / 2);
    expect(f.speakerAccuracy).toBe(1);
  });

  it("takes another name of the speaker's KB entity as that speaker, and nothing else", () => {
    const text = '“Talks go on,” the department said. “We are in touch,” a diplomat said.';
    const gold = [
      { snippet: 'Talks go on', speaker: ['United States Department of State'], kind: 'direct' as const },
      { snippet: 'We are in touch', speaker: ['United States Department of State'], kind: 'direct' as const },
    ];
    const linked = (name: string, entityId: string | null) => ({ name, entityId, mention: null });
    const predicted = [
      quote(text, '“Talks go on,”', null, { speaker: linked('US Department of State', 'cd:org/state') }),
      quote(text, '“We are in touch,”', null, {
        speaker: {
          ...linked('a diplomat', null),
          anonymous: true,
          affiliation: linked('State Dept', 'cd:org/state'),
        },
      }),
    ];
    const names = new Map([['United States Department of State', 'cd:org/state']]);
    const namesEntity = (name: string, kbId: string) => names.get(name) === kbId;
    const withKb = emptyScore();
    scoreArticle(text, gold, predicted, withKb, namesEntity);
    expect(withKb.speakerRight).toBe(2);
    expect(withKb.speakerRightByName).toBe(1);
    // Without the KB's names, and for a speaker linked to another entity, the names differ.
    const plain = emptyScore();
    scoreArticle(text, gold, predicted, plain);
    expect(plain.speakerRight).toBe(0);
    const other = emptyScore();
    scoreArticle(
      text,
      gold,
      [quote(text, '“Talks go on,”', null, { speaker: linked('Pentagon', 'cd:org/dod') })],
      other,
      namesEntity,
    );
    expect(other.speakerRight).toBe(0);
  });
});

describe('PolNeAR scoring', () => {
  const ann = [
    'T1\tSource 0 4\tBerg',
    'T2\tCue 5 9\tsaid',
    'T3\tContent 10 20;25 30\tx',
    'T4\tAttribution 5 9\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    '#1\tAnnotatorNotes T1\tnote',
  ].join('\n');

  it('puts every annotator of an article in the same cross-fitting fold', () => {
    const article = (name: string) => ({ name, text: '', attributions: [] });
    const articles = ['a', 'a', 'b', 'c', 'c', 'd'].map(article);
    expect([...articleFolds(articles, 2)]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
      ['d', 1],
    ]);
  });

  it('reads relations with discontinuous content as fragments', () => {
    const [a] = parseAnn(ann);
    expect(a!.source).toEqual([{ start: 0, end: 4 }]);
    expect(a!.content).toEqual([
      { start: 10, end: 20 },
      { start: 25, end: 30 },
    ]);
  });

  it('scores exact matches per role and maps a quote to PolNeAR conventions', () => {
    const text = 'Berg said that prices would rise.';
    const q = quote(text, 'prices would rise', 'Berg', {
      kind: 'indirect',
      cue: { start: 5, end: 9, text: 'said' },
      speaker: { name: 'Berg', entityId: null, mention: { start: 0, end: 4 } },
    });
    const mapped = quoteToPolnear(text, q);
    expect(mapped.content).toEqual([{ start: 10, end: 32 }]);
    const counts = emptyCounts();
    countArticle(
      [{ source: [{ start: 0, end: 4 }], cue: [{ start: 5, end: 9 }], content: [{ start: 10, end: 32 }] }],
      [mapped],
      counts,
    );
    expect(prf(counts.Content).f1).toBe(1);
    expect(prf(counts.Source).f1).toBe(1);
  });

  it('maps a partial quote that only leads into a quotation onto the quotation', () => {
    const text = 'The businessman says of Clinton, “If she gets the chance, she will sell it.”';
    const cueAt = text.indexOf('says');
    const q = quote(text, 'says of Clinton, “If she gets the chance, she will sell it.”', null, {
      kind: 'partial',
      cue: { start: cueAt, end: cueAt + 4, text: 'says' },
    });
    const mark = text.indexOf('“');
    expect(quoteToPolnear(text, q).content).toEqual([{ start: mark, end: text.length }]);
    // The tagger's stacked features keep the old mapping, which it was trained on.
    expect(quoteToPolnear(text, q, false).content).toEqual([{ start: q.start, end: text.length }]);
  });

  it('restricts predictions to attribution-bearing sentence segments', () => {
    const sentences = [
      { start: 0, end: 20 },
      { start: 21, end: 40 },
      { start: 41, end: 60 },
    ];
    const gold = [
      { source: [{ start: 22, end: 25 }], cue: [{ start: 26, end: 30 }], content: [{ start: 31, end: 39 }] },
    ];
    const predicted = [
      { source: [{ start: 1, end: 4 }], cue: [{ start: 5, end: 9 }], content: [{ start: 10, end: 19 }] },
      { source: [{ start: 22, end: 25 }], cue: [{ start: 26, end: 30 }], content: [{ start: 31, end: 45 }] },
    ];
    const kept = inAttributedSegments(sentences, gold, predicted);
    expect(kept[0]).toEqual({ source: [], cue: [], content: [] });
    expect(kept[1]).toEqual(predicted[1]);
  });
});
