import { describe, expect, it } from 'vitest';
import { groupAttributions } from './attributions.js';
import {
  type ContentStartContext,
  ContentStartRanker,
  candidateStarts,
  prepareStart,
  startFeatures,
} from './content-starts.js';
import type { RoleSpan } from './tagger.js';

const at = (text: string, part: string, role: RoleSpan['role']): RoleSpan => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, role };
};

const TEXT =
  'Union leaders pressed the council to keep the depot open, and the mayor said that, “We will listen.”';

function context(overrides: Partial<ContentStartContext> = {}): ContentStartContext {
  const content = at(TEXT, 'the council to keep the depot open', 'content');
  return {
    text: TEXT,
    ruleStart: content.start,
    taggerStart: content.start,
    end: content.end,
    floor: 0,
    cue: at(TEXT, 'pressed', 'cue'),
    others: [at(TEXT, 'Union leaders', 'source'), at(TEXT, 'said', 'cue')],
    ...overrides,
  };
}

const from = (start: number, end = TEXT.indexOf(',')) => TEXT.slice(start, end);

describe('candidate content starts', () => {
  it('are the word starts from the floor (after the cue, for a content after it) to before the end', () => {
    const starts = candidateStarts(context()).map((s) => from(s));
    expect(starts[0]).toBe('the council to keep the depot open');
    expect(starts).toContain('the council to keep the depot open');
    expect(starts).toContain('to keep the depot open');
    expect(starts.at(-1)).toBe('open');
  });

  it('take a word both with and without its opening mark', () => {
    const quote = at(TEXT, '“We will listen.”', 'content');
    const starts = candidateStarts(
      context({
        ruleStart: quote.start,
        taggerStart: quote.start,
        end: quote.end,
        floor: TEXT.indexOf('and the mayor'),
        cue: at(TEXT, 'said', 'cue'),
      }),
    ).map((s) => TEXT.slice(s, quote.end));
    expect(starts).toContain('“We will listen.”');
    expect(starts).toContain('We will listen.”');
    expect(starts).toContain('that, “We will listen.”');
  });

  it('leave out the word right after `that` (the PolNeAR mapping keeps the `that`), unless the tagger or the rules start there', () => {
    const text = 'Mills said that the ferry would run.';
    const base = { text, end: text.length - 1, floor: 0, cue: at(text, 'said', 'cue'), others: [] };
    const that = text.indexOf('that');
    const the = text.indexOf('the ferry');
    const fromThat = candidateStarts({ ...base, ruleStart: that, taggerStart: that });
    expect(fromThat).toContain(that);
    expect(fromThat).not.toContain(the);
    expect(fromThat).toContain(text.indexOf('ferry'));
    expect(candidateStarts({ ...base, ruleStart: the, taggerStart: the })).toContain(the);
  });
});

describe('candidate content starts around the cue', () => {
  const text = 'Against the odds, the mayor said, the depot will stay open.';
  const content = at(text, 'the depot will stay open', 'content');
  const base = { text, end: content.end, floor: 0, cue: at(text, 'said', 'cue'), others: [] };

  it('never take a content that ends after its cue back over the cue', () => {
    const starts = candidateStarts({ ...base, ruleStart: content.start, taggerStart: content.start });
    expect(starts).toContain(content.start);
    expect(starts).toContain(text.indexOf('depot'));
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(base.cue.end);
  });

  it('unless the tagger or the rules start it there', () => {
    const starts = candidateStarts({ ...base, ruleStart: content.start, taggerStart: 0 });
    expect(starts).toContain(0);
    expect(starts).not.toContain(text.indexOf('the odds'));
  });

  it('reach back to the sentence start for a content before its cue', () => {
    const odds = text.indexOf('the odds');
    const starts = candidateStarts({
      ...base,
      end: text.indexOf(', the mayor'),
      ruleStart: odds,
      taggerStart: odds,
    });
    expect(starts[0]).toBe(0);
  });
});

describe('content start features', () => {
  it('name the words on both sides, the place against the cue and the spans a start passes', () => {
    const prepared = prepareStart(context());
    const atObject = startFeatures(prepared, TEXT.indexOf('the council'));
    expect(atObject).toContain('prev=#low');
    expect(atObject).toContain('first=the');
    expect(atObject).toContain('fromCue=0');
    expect(atObject).toContain('tagger=true');
    expect(atObject).toContain('cue=other|first=the');
    const atTo = startFeatures(prepared, TEXT.indexOf('to keep'));
    expect(atTo).toContain('first=to');
    expect(atTo).toContain('fromCue=2');
    expect(atTo).toContain('fromTagger=2');
    const atSource = startFeatures(prepared, 0);
    expect(atSource).toContain('crossed=source');
    expect(atSource).toContain('atFloor=true|first=#cap');
    expect(atSource.some((f) => f.startsWith('fromCue=') && Number(f.slice(8)) >= 8)).toBe(true);
  });

  it('see the quotation marks of the content a start makes', () => {
    const quote = at(TEXT, '“We will listen.”', 'content');
    const c = context({
      ruleStart: quote.start,
      taggerStart: quote.start,
      end: quote.end,
      floor: TEXT.indexOf('and the mayor'),
      cue: at(TEXT, 'said', 'cue'),
    });
    const prepared = prepareStart(c);
    expect(startFeatures(prepared, quote.start)).toContain('marks=quoted');
    expect(startFeatures(prepared, quote.start + 1)).toContain('marks=unbalanced');
    expect(startFeatures(prepared, quote.start)).toContain('cue=speech|prev=p,');
  });
});

describe('the content start ranker', () => {
  it('keeps the best-scoring candidate, and the rules’ start when nothing scores higher', () => {
    const beforeTo = new ContentStartRanker(new Map([['first=to', 2]]));
    expect(from(beforeTo.choose(context()))).toBe('to keep the depot open');
    expect(new ContentStartRanker(new Map()).choose(context())).toBe(context().ruleStart);
  });

  it('picks what the summed weights of the feature names pick, on a fresh ranker and on a warm one', () => {
    const weights = new Map([
      ['first=to', 1.5],
      ['prev+first=#low|to', 0.7],
      ['cue=other|crossed=source', -2],
      ['fromCue=8', 0.4],
      ['marks=unbalanced', -1],
      ['first+second=the|#low', 0.25],
      ['fromTagger=1|fromRules=1', 0.9],
      ['commas=0|sign=1', 0.3],
      ['cueWord=press|fromCue=2', 1.1],
    ]);
    const byNames = (c: ContentStartContext) => {
      const reference = new ContentStartRanker(weights);
      const prepared = prepareStart(c);
      let best = c.ruleStart;
      let bestScore = reference.score(startFeatures(prepared, best));
      for (const start of candidateStarts(c)) {
        const s = reference.score(startFeatures(prepared, start));
        if (s > bestScore) [best, bestScore] = [start, s];
      }
      return best;
    };
    const ranker = new ContentStartRanker(weights);
    const contexts = [context(), context({ taggerStart: TEXT.indexOf('council') })];
    for (let pass = 0; pass < 2; pass++) for (const c of contexts) expect(ranker.choose(c)).toBe(byNames(c));
  });

  it('survives a save and load', () => {
    const ranker = new ContentStartRanker(
      new Map([
        ['first=to', 2],
        ['bias', 0],
      ]),
    );
    expect([...ContentStartRanker.load(ranker.save()).weights]).toEqual([['first=to', 2]]);
  });

  it('decides the start of a grouped content', () => {
    const text = 'Okafor pressed the council to keep the depot open. Prices rose.';
    const spans: RoleSpan[] = [
      at(text, 'Okafor', 'source'),
      at(text, 'pressed', 'cue'),
      at(text, 'the council to keep the depot open', 'content'),
    ];
    const sentences = [
      { start: 0, end: text.indexOf(' Prices') },
      { start: text.indexOf('Prices'), end: text.length },
    ];
    const index = { referents: [], occurrences: [] };
    const [asTagged] = groupAttributions(text, spans, () => 0, index, sentences);
    expect(text.slice(asTagged!.span.start, asTagged!.span.end)).toBe('the council to keep the depot open');
    const atTo = new ContentStartRanker(new Map([['cue=other|first=to', 3]]));
    const [a] = groupAttributions(text, spans, () => 0, index, sentences, undefined, atTo);
    expect(text.slice(a!.span.start, a!.span.end)).toBe('to keep the depot open');
  });
});
