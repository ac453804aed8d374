import { describe, expect, it } from 'vitest';
import { blankLineParagraphs, segment } from '../../04-segment/index.js';
import { groupAttributions } from './attributions.js';
import { LABELS, Perceptron } from './perceptron.js';
import { goldLabels, labelsToSpans, type RoleSpan, sequences } from './tagger.js';

const TEXT = 'Anna Berg said the plan would fail. Prices rose sharply on Monday.';

function example(text: string, spans: RoleSpan[]) {
  const paragraphs = blankLineParagraphs(text);
  const { sentences, tokens } = segment(text, paragraphs);
  const [seq] = sequences(text, paragraphs, sentences, tokens, new Set(['said']));
  return { seq: seq!, gold: goldLabels(seq!, spans) };
}

const at = (text: string, part: string, role: RoleSpan['role']): RoleSpan => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, role };
};

describe('attribution tagger', () => {
  it('turns role spans into BIO labels and back', () => {
    const spans = [
      at(TEXT, 'Anna Berg', 'source'),
      at(TEXT, 'said', 'cue'),
      at(TEXT, 'the plan would fail', 'content'),
    ];
    const { seq, gold } = example(TEXT, spans);
    expect([...gold].slice(0, 4).map((g) => LABELS[g])).toEqual(['B-SRC', 'I-SRC', 'B-CUE', 'B-CON']);
    expect(labelsToSpans(seq, gold)).toEqual(spans);
  });

  it('learns a small task and survives a save/load round trip', () => {
    const texts = [
      'Anna Berg said the plan would fail.',
      'Tom Ruiz said the talks would resume.',
      'Maria Lopez said the port would close.',
      'Prices rose sharply on Monday.',
    ];
    const data = texts.map((t) => {
      const m = /^(\S+ \S+) (said) (.*)\.$/.exec(t);
      return example(t, m ? [at(t, m[1]!, 'source'), at(t, m[2]!, 'cue'), at(t, m[3]!, 'content')] : []);
    });
    const model = new Perceptron(12, undefined, undefined, true);
    for (let epoch = 0; epoch < 10; epoch++) for (const d of data) model.train(d.seq.feats, d.gold);
    const trained = model.averaged();
    const test = example('Jan Novak said the vote would pass.', []);
    const decoded = labelsToSpans(test.seq, trained.decode(test.seq.feats)).map((s) => s.role);
    expect(decoded).toEqual(['source', 'cue', 'content']);
    const reloaded = Perceptron.load(trained.save());
    expect([...reloaded.decode(test.seq.feats)]).toEqual([...trained.decode(test.seq.feats)]);
    expect([...reloaded.decode(data[3]!.seq.feats)].every((l) => l === 0)).toBe(true);
  });
});

describe('grouping tagged spans into attributions', () => {
  const index = { referents: [], occurrences: [] };
  const paragraphOf = () => 0;

  it('runs content on to the sentence end (before the period) when nothing else was tagged there', () => {
    const text = 'Berg said the plan would fail next year. Prices rose.';
    const spans: RoleSpan[] = [
      at(text, 'Berg', 'source'),
      at(text, 'said', 'cue'),
      at(text, 'the plan would fail', 'content'),
    ];
    const sentences = [
      { start: 0, end: text.indexOf(' Prices') },
      { start: text.indexOf('Prices'), end: text.length },
    ];
    const [a] = groupAttributions(text, spans, paragraphOf, index, sentences);
    expect(text.slice(a!.span.start, a!.span.end)).toBe('the plan would fail next year');
    // Without sentences, or with another tagged span in the way, the content stays.
    const plain = { start: spans[2]!.start, end: spans[2]!.end };
    expect(groupAttributions(text, spans, paragraphOf, index)[0]!.span).toEqual(plain);
    const blocked = [...spans, at(text, 'year', 'source')];
    expect(groupAttributions(text, blocked, paragraphOf, index, sentences)[0]!.span).toEqual(plain);
  });

  it('keeps the closing quotation mark after a final period', () => {
    const text = 'Berg said the plan was “doomed from the start.” Prices rose.';
    const spans: RoleSpan[] = [at(text, 'said', 'cue'), at(text, 'the plan', 'content')];
    const sentences = [{ start: 0, end: text.indexOf(' Prices') }];
    const [a] = groupAttributions(text, spans, paragraphOf, index, sentences);
    expect(text.slice(a!.span.start, a!.span.end)).toBe('the plan was “doomed from the start.”');
  });
});

describe('a cue the tagger gave no content', () => {
  const index = { referents: [], occurrences: [] };
  const paragraphOf = () => 0;
  const sentencesOf = (text: string) => [{ start: 0, end: text.length }];

  it('takes the clause after it, or the clause before "…, Berg said."', () => {
    const after = 'Berg warned the plan would fail next year.';
    const a = groupAttributions(
      after,
      [at(after, 'Berg', 'source'), at(after, 'warned', 'cue')],
      paragraphOf,
      index,
      sentencesOf(after),
    );
    expect(after.slice(a[0]!.span.start, a[0]!.span.end)).toBe('the plan would fail next year');
    const before = 'The plan would fail next year, Berg said.';
    const b = groupAttributions(
      before,
      [at(before, 'Berg', 'source'), at(before, 'said', 'cue')],
      paragraphOf,
      index,
      sentencesOf(before),
    );
    expect(before.slice(b[0]!.span.start, b[0]!.span.end)).toBe('The plan would fail next year');
    // Without sentences there is nothing to take.
    expect(groupAttributions(before, [at(before, 'said', 'cue')], paragraphOf, index)).toEqual([]);
  });
});
