import { describe, expect, it } from 'vitest';
import { groupAttributions } from './attributions.js';
import {
  type ContentEndContext,
  ContentEndRanker,
  candidateEnds,
  endFeatures,
  prepareContext,
} from './content-ends.js';
import type { RoleSpan } from './tagger.js';

const at = (text: string, part: string, role: RoleSpan['role']): RoleSpan => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, role };
};

const endOf = (text: string, part: string) => text.indexOf(part) + part.length;

const TEXT = 'The mayor criticized the stadium deal as a “giveaway” during a council meeting, aides said.';

function context(overrides: Partial<ContentEndContext> = {}): ContentEndContext {
  const content = at(TEXT, 'the stadium deal', 'content');
  return {
    text: TEXT,
    start: content.start,
    taggerEnd: content.end,
    ruleEnd: endOf(TEXT, 'council meeting'),
    limit: TEXT.length,
    cue: at(TEXT, 'criticized', 'cue'),
    others: [at(TEXT, 'aides', 'source'), at(TEXT, 'said', 'cue')],
    ...overrides,
  };
}

describe('candidate content ends', () => {
  it('are the word ends from the start to the limit, with and without their closing mark, never after a comma', () => {
    const words = candidateEnds(context()).map((e) => TEXT.slice(TEXT.indexOf('the stadium'), e));
    expect(words).toContain('the stadium deal');
    expect(words).toContain('the stadium deal as a “giveaway');
    expect(words).toContain('the stadium deal as a “giveaway”');
    expect(words).toContain('the stadium deal as a “giveaway” during a council meeting');
    expect(words.some((w) => w.endsWith(','))).toBe(false);
    expect(words.at(-1)).toBe(TEXT.slice(TEXT.indexOf('the stadium'), TEXT.length));
  });

  it('stop at the limit', () => {
    const limit = endOf(TEXT, '“giveaway”');
    expect(Math.max(...candidateEnds(context({ limit, ruleEnd: limit })))).toBe(limit);
  });
});

describe('content end features', () => {
  it('name the words on both sides, the cue class and the spans an end passes', () => {
    const early = endFeatures(prepareContext(context()), endOf(TEXT, 'the stadium deal'));
    expect(early).toContain('next=as');
    expect(early).toContain('tagger=true');
    expect(early).toContain('cue=other|next=as');
    expect(early).toContain('crossed=none');
    const late = endFeatures(prepareContext(context()), endOf(TEXT, 'aides said'));
    expect(late).toContain('crossed=source+cue');
    expect(late).toContain('marks=quoted');
    const open = endFeatures(prepareContext(context()), endOf(TEXT, '“giveaway'));
    expect(open).toContain('marks=unbalanced');
  });

  it('tell a speech verb from another cue', () => {
    const text = 'Ruiz said the port would close in March.';
    const speech = context({
      text,
      start: text.indexOf('the port'),
      taggerEnd: endOf(text, 'close'),
      ruleEnd: endOf(text, 'March'),
      limit: text.length,
      cue: at(text, 'said', 'cue'),
      others: [],
    });
    expect(endFeatures(prepareContext(speech), endOf(text, 'close'))).toContain('cue=speech|next=in');
  });
});

describe('the content end ranker', () => {
  it('keeps the best-scoring candidate, and the rules’ end when nothing scores higher', () => {
    const beforeDuring = new ContentEndRanker(new Map([['next=during', 2]]));
    expect(TEXT.slice(context().start, beforeDuring.choose(context()))).toBe(
      'the stadium deal as a “giveaway”',
    );
    const empty = new ContentEndRanker(new Map());
    expect(empty.choose(context())).toBe(context().ruleEnd);
  });

  it('picks what the summed weights of the feature names pick, on a fresh ranker and on a warm one', () => {
    // Weights on features of every kind, so that most keys of the scoring's cache are met.
    const weights = new Map([
      ['next=during', 1.5],
      ['last+next=#low|as', 0.7],
      ['cue=other|crossed=source+cue', -2],
      ['opener=the|len=3', 0.4],
      ['marks=unbalanced|at=inner', -1],
      ['next2=#low|#low', 0.25],
      ['fromTagger=1|fromRules=-2', 0.9],
      ['commas=0|sign=1', 0.3],
      ['cueWord=criticiz|next=p,', 1.1],
    ]);
    const byNames = (c: ContentEndContext) => {
      const reference = new ContentEndRanker(weights);
      const prepared = prepareContext(c);
      let best = c.ruleEnd;
      let bestScore = reference.score(endFeatures(prepared, best));
      for (const end of candidateEnds(c)) {
        const s = reference.score(endFeatures(prepared, end));
        if (s > bestScore) [best, bestScore] = [end, s];
      }
      return best;
    };
    const ranker = new ContentEndRanker(weights);
    const contexts = [
      context(),
      context({ taggerEnd: endOf(TEXT, 'as a'), ruleEnd: endOf(TEXT, '“giveaway”') }),
    ];
    for (let pass = 0; pass < 2; pass++) for (const c of contexts) expect(ranker.choose(c)).toBe(byNames(c));
  });

  it('survives a save and load', () => {
    const ranker = new ContentEndRanker(
      new Map([
        ['next=during', 2],
        ['bias', 0],
        ['len=3', -0.5],
      ]),
    );
    const reloaded = ContentEndRanker.load(ranker.save());
    expect([...reloaded.weights]).toEqual([
      ['len=3', -0.5],
      ['next=during', 2],
    ]);
  });

  it('decides the end of a grouped content', () => {
    const text = 'Okafor attacked the union in a late-night post. Prices rose.';
    const spans: RoleSpan[] = [
      at(text, 'Okafor', 'source'),
      at(text, 'attacked', 'cue'),
      at(text, 'the union', 'content'),
    ];
    const sentences = [
      { start: 0, end: text.indexOf(' Prices') },
      { start: text.indexOf('Prices'), end: text.length },
    ];
    const index = { referents: [], occurrences: [] };
    // Without the ranker the content runs on to the sentence end.
    const [ranOn] = groupAttributions(text, spans, () => 0, index, sentences);
    expect(text.slice(ranOn!.span.start, ranOn!.span.end)).toBe('the union in a late-night post');
    const beforeIn = new ContentEndRanker(new Map([['cue=other|next=in', 3]]));
    const [a] = groupAttributions(text, spans, () => 0, index, sentences, beforeIn);
    expect(text.slice(a!.span.start, a!.span.end)).toBe('the union');
  });
});
