import { describe, expect, it } from 'vitest';
import { blankLineParagraphs, segment } from '../../04-segment/index.js';
import {
  afterPreposition,
  continuedQuotation,
  groupAttributions,
  leadingFragment,
  matchContents,
  parentheticalLead,
  quotationCommaEnd,
  quotationStart,
  raisedSubjectContent,
  sourceEnd,
} from './attributions.js';
import { bucket, lexiconClass, root, rootRates, stem, transcriptColon } from './features.js';
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

describe('the stacked second pass', () => {
  const text = 'Graham has been critical of the plan, aides said.';
  const paragraphs = blankLineParagraphs(text);
  const { sentences, tokens } = segment(text, paragraphs);
  const features = (firstPass?: RoleSpan[]) =>
    sequences(
      text,
      paragraphs,
      sentences,
      tokens,
      new Set(['said']),
      undefined,
      undefined,
      undefined,
      undefined,
      firstPass,
    )[0]!.feats;

  it("reads the first pass's labels: a source and a content around an untagged cue change its features", () => {
    const alone = features();
    const around = features([at(text, 'Graham', 'source'), at(text, 'the plan', 'content')]);
    const critical = tokens.findIndex((t) => text.slice(t.start, t.end) === 'critical');
    expect(around[critical]!.length).toBeGreaterThan(alone[critical]!.length);
    // With nothing tagged by the first pass the stacked features still say so (every token O).
    expect(features([])[critical]!.length).toBeGreaterThan(alone[critical]!.length);
  });

  it('keeps its stacked flag through a save/load round trip', () => {
    const model = new Perceptron(10, undefined, undefined, true);
    model.stacked = true;
    expect(Perceptron.load(model.averaged().save()).stacked).toBe(true);
    expect(Perceptron.load(new Perceptron(10, undefined, undefined, true).averaged().save()).stacked).toBe(
      false,
    );
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

describe('pairing cues with contents', () => {
  const index = { referents: [], occurrences: [] };
  const paragraphOf = () => 0;

  it('gives a content to the cue next to it, not to an earlier cue of the paragraph', () => {
    const text = 'Ostrowski made the pledge in Gdansk. He said the shipyard would reopen in May.';
    const spans: RoleSpan[] = [
      at(text, 'Ostrowski', 'source'),
      at(text, 'made the pledge', 'cue'),
      at(text, 'He', 'source'),
      at(text, 'said', 'cue'),
      at(text, 'the shipyard would reopen in May', 'content'),
    ];
    const grouped = groupAttributions(text, spans, paragraphOf, index);
    expect(grouped).toHaveLength(1);
    const [a] = grouped;
    expect(text.slice(a!.cue.start, a!.cue.end)).toBe('said');
    expect(text.slice(a!.span.start, a!.span.end)).toBe('the shipyard would reopen in May');
    expect(a!.phrase?.text).toBe('He');
  });

  it('pairs each cue and each content once, nearest first', () => {
    const text = 'Lind said taxes would rise, and Moreau argued rents would fall.';
    const cues = [at(text, 'said', 'cue'), at(text, 'argued', 'cue')];
    const contents = [at(text, 'taxes would rise', 'content'), at(text, 'rents would fall', 'content')];
    const m = matchContents(cues, contents, paragraphOf);
    expect(m.get(cues[0]!)).toBe(contents[0]);
    expect(m.get(cues[1]!)).toBe(contents[1]);
    // Contents of another paragraph are never paired.
    expect(matchContents(cues, contents, (o) => (o < text.indexOf('and') ? 0 : 1)).get(cues[0]!)).toBe(
      contents[0],
    );
    expect(
      matchContents(cues.slice(0, 1), contents.slice(1), (o) => (o < text.indexOf('and') ? 0 : 1)).size,
    ).toBe(0);
  });
});

describe('a content that closes a quotation it did not open', () => {
  const index = { referents: [], occurrences: [] };
  const paragraphOf = () => 0;

  it('runs back to the opening mark when nothing else was tagged in between', () => {
    const text = 'Berg said: “The quay is old. It will not survive another winter.” Prices rose.';
    const spans: RoleSpan[] = [
      at(text, 'said', 'cue'),
      at(text, 'It will not survive another winter.”', 'content'),
    ];
    const sentences = [{ start: 0, end: text.indexOf(' Prices') }];
    const [a] = groupAttributions(text, spans, paragraphOf, index, sentences);
    expect(text.slice(a!.span.start, a!.span.end)).toBe(
      '“The quay is old. It will not survive another winter.”',
    );
  });

  it('stays when its cue or another tagged span lies between the opening mark and it', () => {
    const text = '“The quay is old, Berg said, and will not survive another winter.”';
    const content = at(text, 'and will not survive another winter.”', 'content');
    const cue = at(text, 'said', 'cue');
    const source = at(text, 'Berg', 'source');
    const start = (spans: RoleSpan[]) =>
      quotationStart(text, content.start, content.end, () => true, spans, content, cue);
    expect(start([cue, content])).toBe(content.start);
    const otherCue = at(text, '“', 'cue');
    expect(
      quotationStart(text, content.start, content.end, () => true, [source, content], content, otherCue),
    ).toBe(content.start);
  });
});

describe('a content broken by its attribution', () => {
  const index = { referents: [], occurrences: [] };
  const paragraphOf = () => 0;
  const text = 'Even if the ferry fails, Lind said, the harbour will be kept open.';

  it('joins the fragment before the cue and source to the content after them', () => {
    const spans: RoleSpan[] = [
      at(text, 'Even if the ferry fails', 'content'),
      at(text, 'Lind', 'source'),
      at(text, 'said', 'cue'),
      at(text, 'the harbour will be kept open', 'content'),
    ];
    const [a] = groupAttributions(text, spans, paragraphOf, index);
    expect(text.slice(a!.span.start, a!.span.end)).toBe(
      'Even if the ferry fails, Lind said, the harbour will be kept open',
    );
    expect(a!.phrase?.text).toBe('Lind');
  });

  it('leaves a fragment alone when words lie between it and the attribution', () => {
    const other = 'The ferry fails on Monday and Lind said the harbour will be kept open.';
    const spans: RoleSpan[] = [
      at(other, 'The ferry fails', 'content'),
      at(other, 'Lind', 'source'),
      at(other, 'said', 'cue'),
      at(other, 'the harbour will be kept open', 'content'),
    ];
    const [a] = groupAttributions(other, spans, paragraphOf, index);
    expect(other.slice(a!.span.start, a!.span.end)).toBe('the harbour will be kept open');
    expect(leadingFragment(other, spans[2]!, spans[3]!, spans, new Set([spans[3]!]))).toBeNull();
  });

  it('leaves a fragment alone when no comma sets the attribution off after it', () => {
    const text = 'Speaking to the dock workers, Lind said the harbour will be kept open.';
    const spans: RoleSpan[] = [
      at(text, 'the dock workers', 'content'),
      at(text, 'Lind', 'source'),
      at(text, 'said', 'cue'),
      at(text, 'the harbour will be kept open', 'content'),
    ];
    expect(leadingFragment(text, spans[2]!, spans[3]!, spans, new Set([spans[3]!]))).toBeNull();
    const [a] = groupAttributions(text, spans, paragraphOf, index);
    expect(text.slice(a!.span.start, a!.span.end)).toBe('the harbour will be kept open');
  });
});

describe('source spans', () => {
  const index = { referents: [], occurrences: [] };
  const span = (text: string, s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length };
  };

  it('drop a comma (or bracket) the tagger ran on to, but keep one closing an appositive', () => {
    const text = 'The Tax Foundation, a think tank, said rates would rise. Ms. Berg, the minister, said no.';
    const cut = sourceEnd(text, span(text, 'The Tax Foundation,'));
    expect(text.slice(cut.start, cut.end)).toBe('The Tax Foundation');
    const kept = span(text, 'Ms. Berg, the minister,');
    expect(sourceEnd(text, kept)).toEqual(kept);
    const bracket = 'Mr. Burman (a former aide) said so.';
    const b = sourceEnd(bracket, span(bracket, 'Mr. Burman ('));
    expect(bracket.slice(b.start, b.end)).toBe('Mr. Burman');
  });

  it('take the comma closing an appositive the tagger stopped short of', () => {
    const text = 'Nils Vik, a fellow at the institute, said rates would rise.';
    const grown = sourceEnd(text, span(text, 'Nils Vik, a fellow at the institute'));
    expect(text.slice(grown.start, grown.end)).toBe('Nils Vik, a fellow at the institute,');
  });

  it('are the relative pronoun alone when the span ends with one', () => {
    const text = 'It was backed by the mayor, who said the quay would open in May.';
    const rel = sourceEnd(text, span(text, 'the mayor, who'));
    expect(text.slice(rel.start, rel.end)).toBe('who');
  });

  it('reach a cue past a long appositive, but not across half a paragraph', () => {
    const appositive = ', the port authority’s chief engineer for the northern harbour and its two locks,';
    const near = `Ingrid Haugen${appositive} said the quay would open in May.`;
    const spansOf = (text: string): RoleSpan[] => [
      at(text, 'Ingrid Haugen', 'source'),
      at(text, 'said', 'cue'),
      at(text, 'the quay would open in May', 'content'),
    ];
    expect(groupAttributions(near, spansOf(near), () => 0, index)[0]!.phrase?.text).toBe('Ingrid Haugen');
    const far = `Ingrid Haugen${appositive}${appositive} said the quay would open in May.`;
    expect(groupAttributions(far, spansOf(far), () => 0, index)[0]!.phrase).toBeNull();
  });

  it('are the subject before a cue whose content follows it, unless the cue ends with a preposition', () => {
    const text =
      'Mayor Ingrid Lind, back from the capital on Monday, told the dock workers the ferry would run.';
    const spans: RoleSpan[] = [
      at(text, 'Mayor Ingrid Lind', 'source'),
      at(text, 'told', 'cue'),
      at(text, 'the dock workers', 'source'),
      at(text, 'the ferry would run', 'content'),
    ];
    expect(groupAttributions(text, spans, () => 0, index)[0]!.phrase?.text).toBe('Mayor Ingrid Lind');
    const according = 'The ferry will run all winter, according to the harbour office.';
    const spans2: RoleSpan[] = [
      at(according, 'The ferry will run all winter', 'content'),
      at(according, 'according to', 'cue'),
      at(according, 'the harbour office', 'source'),
    ];
    expect(groupAttributions(according, spans2, () => 0, index)[0]!.phrase?.text).toBe('the harbour office');
    const lead = 'According to the harbour office, the ferry will run all winter.';
    const spans3: RoleSpan[] = [
      at(lead, 'According to', 'cue'),
      at(lead, 'the harbour office', 'source'),
      at(lead, 'the ferry will run all winter', 'content'),
    ];
    expect(groupAttributions(lead, spans3, () => 0, index)[0]!.phrase?.text).toBe('the harbour office');
  });

  it('are trimmed when grouped', () => {
    const text = 'The Tax Foundation, in a report, said rates would rise.';
    const spans: RoleSpan[] = [
      at(text, 'The Tax Foundation,', 'source'),
      at(text, 'said', 'cue'),
      at(text, 'rates would rise', 'content'),
    ];
    const [a] = groupAttributions(text, spans, () => 0, index);
    expect(a!.phrase?.text).toBe('The Tax Foundation');
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

  const contentsOf = (text: string, spans: RoleSpan[]) =>
    groupAttributions(text, spans, paragraphOf, index, sentencesOf(text)).map((a) => ({
      cue: text.slice(a.cue.start, a.cue.end),
      content: text.slice(a.span.start, a.span.end),
    }));

  it('takes the clause before "…, a source said." with the attribution nested in it', () => {
    const text = 'But an aide decided to change course, a source said.';
    const spans = [
      at(text, 'an aide', 'source'),
      at(text, 'decided', 'cue'),
      at(text, 'to change course', 'content'),
      at(text, 'a source', 'source'),
      at(text, 'said', 'cue'),
    ];
    expect(contentsOf(text, spans)).toEqual([
      { cue: 'said', content: 'But an aide decided to change course' },
      { cue: 'decided', content: 'to change course' },
    ]);
    // A tagged content the pairing left over is not an attribution nested in the clause.
    const orphan = [at(text, 'to change course', 'content'), at(text, 'said', 'cue')];
    expect(contentsOf(text, [at(text, 'an aide', 'content'), ...orphan])).toEqual([
      { cue: 'said', content: 'to change course' },
    ]);
  });

  it('takes the clause before a cue whose source runs on to the sentence end', () => {
    const text = 'The port would close next year, said Lind, the harbour master.';
    const spans = [at(text, 'said', 'cue'), at(text, 'Lind, the harbour master', 'source')];
    expect(contentsOf(text, spans)).toEqual([{ cue: 'said', content: 'The port would close next year' }]);
  });

  it('takes the clause after it when an attribution of its own opens there', () => {
    const text = 'Lind said that the mayor wanted the port closed.';
    const spans = [
      at(text, 'Lind', 'source'),
      at(text, 'said', 'cue'),
      at(text, 'the mayor', 'source'),
      at(text, 'wanted', 'cue'),
      at(text, 'the port closed', 'content'),
    ];
    expect(contentsOf(text, spans)).toEqual([
      { cue: 'said', content: 'that the mayor wanted the port closed' },
      { cue: 'wanted', content: 'the port closed' },
    ]);
    // Not when the inner attribution's source does not open the clause.
    const inserted = 'Lind said the port, Berg warned, would close.';
    const other = [at(inserted, 'Lind', 'source'), at(inserted, 'said', 'cue')];
    expect(
      contentsOf(inserted, [...other, at(inserted, 'Berg', 'source'), at(inserted, 'warned', 'cue')]).map(
        (a) => a.cue,
      ),
    ).not.toContain('said');
  });
});

describe('feature set 2 (clusters, cue rates, stems, transcript turns)', () => {
  it('stems plural, past and gerund endings', () => {
    expect(['warns', 'warned', 'warning', 'denied', 'says', 'press'].map(stem)).toEqual([
      'warn',
      'warn',
      'warn',
      'deny',
      'say',
      'press',
    ]);
  });

  it('finds the colon of a transcript turn opening a paragraph, and only there', () => {
    const raw = (s: string) => s.split(' ').map((r) => ({ raw: r }));
    expect(transcriptColon(raw('WALLACE : Let me ask you'))).toBe(1);
    expect(transcriptColon(raw('Sen . Ted Cruz : We will win'))).toBe(4);
    expect(transcriptColon(raw('The message was blunt : no'))).toBe(-1);
    expect(transcriptColon(raw('WALLACE asked : why'))).toBe(-1);
    expect(transcriptColon(raw('" PENCE : She will not attend'))).toBe(2);
    expect(transcriptColon(raw('" the note : no'))).toBe(-1);
  });

  // Two speakers' turns in a transcript: names the model never saw in training share a
  // cluster with those it did, and the turn's colon is the cue.
  const clusterOf: Record<string, number> = { wallace: 5 << 8, trump: 5 << 8, holt: 5 << 8 };
  const extras = {
    cluster: (w: string) => clusterOf[w] ?? -1,
    cueRate: new Map<string, number>([['said', 7]]),
  };
  function turn(name: string, words: string) {
    const text = `${name}: ${words}`;
    const paragraphs = blankLineParagraphs(text);
    const { sentences, tokens } = segment(text, paragraphs);
    const [seq] = sequences(
      text,
      paragraphs,
      sentences,
      tokens,
      new Set(['said']),
      undefined,
      undefined,
      undefined,
      extras,
    );
    const start = text.indexOf(words);
    const spans: RoleSpan[] = [
      { start: 0, end: name.length, role: 'source' },
      { start: name.length, end: name.length + 1, role: 'cue' },
      { start, end: start + words.length - 1, role: 'content' },
    ];
    return { seq: seq!, gold: goldLabels(seq!, spans), spans };
  }

  it('learns transcript turns and keeps the O bias and cue rates through save/load', () => {
    const data = [
      turn('WALLACE', 'Let me ask you about the debt ceiling.'),
      turn('TRUMP', 'We will do something about it, believe me.'),
      turn('WALLACE', 'How would you pay for the wall?'),
      turn('TRUMP', 'Mexico is going to pay for it.'),
    ];
    const model = new Perceptron(14, undefined, undefined, true);
    model.featureVersion = 2;
    model.cueRates = [['said', 7]];
    for (let epoch = 0; epoch < 10; epoch++) for (const d of data) model.train(d.seq.feats, d.gold);
    const trained = model.averaged();
    trained.oBias = 1.5;
    const test = turn('HOLT', 'Your taxes are going up next year.');
    expect(labelsToSpans(test.seq, trained.decode(test.seq.feats))).toEqual(test.spans);
    const reloaded = Perceptron.load(trained.save());
    expect(reloaded.oBias).toBe(1.5);
    expect(reloaded.featureVersion).toBe(2);
    expect(reloaded.cueRates).toEqual([['said', 7]]);
    expect([...reloaded.decode(test.seq.feats)]).toEqual([...trained.decode(test.seq.feats)]);
  });

  it('decodes more spans as the O bias grows', () => {
    const { seq, gold } = example(TEXT, [at(TEXT, 'Anna Berg', 'source')]);
    const model = new Perceptron(12, undefined, undefined, true);
    for (let epoch = 0; epoch < 5; epoch++) model.train(seq.feats, gold);
    const trained = model.averaged();
    const tagged = () => [...trained.decode(seq.feats)].filter((l) => l !== 0).length;
    const before = tagged();
    trained.oBias = 1e6;
    expect(tagged()).toBe(seq.tokens.length);
    expect(before).toBeLessThan(seq.tokens.length);
  });
});

describe('feature set 4 (the cue word with the word and the word before, stem bigrams)', () => {
  const extrasOf = (version: number) => ({
    cluster: () => -1,
    cueRate: new Map<string, number>([['said', 7]]),
    version,
  });
  const featuresOf = (text: string, version: number) => {
    const paragraphs = blankLineParagraphs(text);
    const { sentences, tokens } = segment(text, paragraphs);
    return sequences(
      text,
      paragraphs,
      sentences,
      tokens,
      new Set(['said']),
      undefined,
      undefined,
      undefined,
      {
        ...extrasOf(version),
      },
    )[0]!.feats;
  };

  it('adds features that tell apart the same word after different cues', () => {
    const said = featuresOf('Berg said that rents would rise.', 4);
    const saidV3 = featuresOf('Berg said that rents would rise.', 3);
    // "that" (token 2): set 4 adds its conjunction with the cue word, the word before and the
    // place between the cue and the sentence end, and a stem bigram.
    expect(said[2]!.length).toBe(saidV3[2]!.length + 4);
    // The same word in the same place after another cue word: set 4 tells the two apart
    // by more features than set 3 does (its conjunctions with the cue word, the stem bigram).
    const differing = (version: number) => {
      const a = featuresOf('Berg said that rents would rise.', version)[2]!;
      const b = featuresOf('Berg told that rents would rise.', version)[2]!;
      return [...a].filter((f) => !b.includes(f)).length;
    };
    expect(differing(4)).toBe(differing(3) + 3);
  });
});

describe('feature set 5 (what a rare cue borrows from)', () => {
  it("gives a noun cue its verb's root, and a root the best cue rate of its words", () => {
    expect(['condemnation', 'condemned', 'chalks', 'chalked', 'accusation', 'accused'].map(root)).toEqual([
      'condemn',
      'condemn',
      'chalk',
      'chalk',
      'accus',
      'accus',
    ]);
    expect(root('statement')).toBe(root('stated'));
    expect(root('denial')).toBe(root('denied'));
    const rates = rootRates([
      ['chalked', 3],
      ['condemned', 5],
      ['condemns', 2],
    ]);
    expect(rates.get(root('chalks'))).toBe(3);
    expect(rates.get(root('condemnation'))).toBe(5);
  });

  it('classes words by the speech lexicon, nouns of a lexicon verb included', () => {
    expect(['said', 'believes', 'praised', 'warning', 'condemnation', 'harbour'].map(lexiconClass)).toEqual([
      1, 2, 3, 1, 4, 0,
    ]);
  });

  it('adds back-off features that an unseen cue shares with a seen one of its root', () => {
    const extras = (version: number) => ({
      cluster: () => -1,
      cueRate: new Map<string, number>([['condemned', 5]]),
      rootRate: rootRates([['condemned', 5]]),
      version,
    });
    const feats = (text: string, version: number) => {
      const paragraphs = blankLineParagraphs(text);
      const { sentences, tokens } = segment(text, paragraphs);
      const [seq] = sequences(
        text,
        paragraphs,
        sentences,
        tokens,
        new Set(),
        undefined,
        undefined,
        undefined,
        extras(version),
      );
      return seq!.feats;
    };
    const noun = 'Okafor made a strong condemnation of the decision.';
    const verb = 'Okafor condemned the decision.';
    // Set 5 only adds features: set 4's are all still there.
    const [v4, v5] = [feats(noun, 4), feats(noun, 5)];
    expect(v4.every((f, i) => [...f].every((id) => v5[i]!.includes(id)))).toBe(true);
    // "condemnation" (token 4) shares features with "condemned" (token 1) under set 5 only.
    const shared = (version: number) => {
      const n = feats(noun, version)[4]!;
      const v = feats(verb, version)[1]!;
      return [...n].filter((id) => v.includes(id)).length;
    };
    expect(shared(5)).toBeGreaterThan(shared(4));
  });
});

describe('distance buckets', () => {
  it('buckets distances by doubling, or by the limits given', () => {
    expect([-1, 0, 1, 2, 3, 4, 5, 8, 9, 16, 17].map((n) => bucket(n))).toEqual([
      0, 0, 1, 2, 3, 3, 4, 4, 5, 5, 6,
    ]);
    expect([0, 1, 2, 4, 8].map((n) => bucket(n, [0, 1, 3, 7]))).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('cost-augmented training', () => {
  it('decodes against the gold labels with the costs added, and still learns with a margin', () => {
    const { seq, gold } = example(TEXT, [at(TEXT, 'Anna Berg', 'source')]);
    const blank = new Perceptron(12);
    // Untrained, every label scores 0: the costs alone pick a wrong label everywhere.
    const augmented = blank.decode(seq.feats, { gold, miss: 2, other: 1 });
    augmented.forEach((label, i) => {
      expect(label).not.toBe(gold[i]);
      if (gold[i] !== 0) expect(label).toBe(0);
    });
    const model = new Perceptron(12, undefined, undefined, true);
    model.margin = { miss: 20, other: 10 };
    for (let epoch = 0; epoch < 10; epoch++) model.train(seq.feats, gold);
    expect([...model.averaged().decode(seq.feats)]).toEqual([...gold]);
  });
});

describe('content ends by PolNeAR conventions', () => {
  const index = { referents: [], occurrences: [] };
  const paragraphOf = (text: string) => (offset: number) => text.slice(0, offset).split('\n\n').length - 1;
  const sentencesOf = (text: string) => {
    const out: { start: number; end: number }[] = [];
    for (const m of text.matchAll(/[^.!?]+[.!?]+[”"]?/gu))
      out.push({ start: m.index, end: m.index + m[0].length });
    return out;
  };

  it('runs a quotation the tagger cut at its first sentence on to the closing mark', () => {
    const text = 'Trump said: “I wonder why it was bad. Think of that.” Then he left.';
    const spans: RoleSpan[] = [
      at(text, 'Trump', 'source'),
      at(text, 'said', 'cue'),
      at(text, '“I wonder why it was bad', 'content'),
    ];
    const [a] = groupAttributions(text, spans, paragraphOf(text), index, sentencesOf(text));
    expect(text.slice(a!.span.start, a!.span.end)).toBe('“I wonder why it was bad. Think of that.”');
  });

  it('stops at the paragraph, at another tagged span, and for a closed quotation', () => {
    const open = 'Trump said: “I wonder why it was bad.\n\nThink of that.” Then he left.';
    const spans: RoleSpan[] = [at(open, 'said', 'cue'), at(open, '“I wonder why it was bad', 'content')];
    const [a] = groupAttributions(open, spans, paragraphOf(open), index, sentencesOf(open));
    expect(open.slice(a!.span.start, a!.span.end)).toBe('“I wonder why it was bad');
    const blocked = 'Trump said: “It was bad. Think, Clinton said, of that.”';
    const b = groupAttributions(
      blocked,
      [at(blocked, 'said', 'cue'), at(blocked, '“It was bad', 'content'), at(blocked, 'Clinton', 'source')],
      paragraphOf(blocked),
      index,
      sentencesOf(blocked),
    );
    expect(blocked.slice(b[0]!.span.start, b[0]!.span.end)).toBe('“It was bad');
  });

  it('drops a trailing comma from a content', () => {
    const text = 'The cops could not accompany her, sources said.';
    const spans: RoleSpan[] = [
      at(text, 'The cops could not accompany her,', 'content'),
      at(text, 'sources', 'source'),
      at(text, 'said', 'cue'),
    ];
    const [a] = groupAttributions(text, spans, paragraphOf(text), index, sentencesOf(text));
    expect(text.slice(a!.span.start, a!.span.end)).toBe('The cops could not accompany her');
  });

  it('leaves a leading preposition out of a content', () => {
    const text = 'Residents voiced concerns about the new quay and its traffic.';
    const spans: RoleSpan[] = [
      at(text, 'Residents', 'source'),
      at(text, 'voiced concerns', 'cue'),
      at(text, 'about the new quay and its traffic', 'content'),
    ];
    const [a] = groupAttributions(text, spans, paragraphOf(text), index, sentencesOf(text));
    expect(text.slice(a!.span.start, a!.span.end)).toBe('the new quay and its traffic');
    // Not a lone preposition, nor one that is not PolNeAR's to leave out.
    expect(afterPreposition('about', 0, 5)).toBe(0);
    expect(afterPreposition('as a fraud', 0, 10)).toBe(0);
    expect(afterPreposition('for a ban', 0, 9)).toBe(4);
  });

  it('ends a quotation closed after a comma at its closing mark', () => {
    const text = 'The guard kept shouting, "Stay back," until the gates shut.';
    const spans: RoleSpan[] = [
      at(text, 'The guard', 'source'),
      at(text, 'kept shouting', 'cue'),
      at(text, '"Stay back," until the gates shut', 'content'),
    ];
    const [a] = groupAttributions(text, spans, paragraphOf(text), index, sentencesOf(text));
    expect(text.slice(a!.span.start, a!.span.end)).toBe('"Stay back,"');
    // A quotation closed without a comma, or a content not opening with one, is left as it is.
    expect(quotationCommaEnd('“Stay back” until dawn', 0, 22)).toBe(22);
    expect(quotationCommaEnd('he said “Stay back,” twice', 0, 26)).toBe(26);
    expect(quotationCommaEnd('“Stay back,” until dawn', 0, 23)).toBe(12);
  });

  it('gives the quotation an attribution breaks off and resumes to the same cue and source', () => {
    const text = '"The harbour is ready," the mayor said on Tuesday, "and the ferries will run."';
    const spans: RoleSpan[] = [
      at(text, '"The harbour is ready,"', 'content'),
      at(text, 'the mayor', 'source'),
      at(text, 'said', 'cue'),
    ];
    const [first, second] = groupAttributions(text, spans, paragraphOf(text), index, sentencesOf(text));
    expect(text.slice(first!.span.start, first!.span.end)).toBe('"The harbour is ready,"');
    expect(text.slice(second!.span.start, second!.span.end)).toBe('"and the ferries will run."');
    expect(second!.cue).toEqual(first!.cue);
    expect(second!.phrase).toEqual(first!.phrase);
  });

  it('leaves a resumed quotation alone when it has an attribution of its own or the first did not stop on a comma', () => {
    const own = '"The harbour is ready," the mayor said, "but the ferries are late," a captain added.';
    const ownSpans: RoleSpan[] = [
      at(own, '"The harbour is ready,"', 'content'),
      at(own, 'the mayor', 'source'),
      at(own, 'said', 'cue'),
    ];
    expect(groupAttributions(own, ownSpans, paragraphOf(own), index, sentencesOf(own))).toHaveLength(1);
    const tagged = '"The harbour is ready," the mayor said, "and the ferries," she added, "will run."';
    const taggedSpans: RoleSpan[] = [
      at(tagged, '"The harbour is ready,"', 'content'),
      at(tagged, 'the mayor', 'source'),
      at(tagged, 'said', 'cue'),
      at(tagged, 'added', 'cue'),
    ];
    expect(
      continuedQuotation(
        tagged,
        taggedSpans[0]!,
        tagged.indexOf('said') + 4,
        taggedSpans,
        new Set(),
        () => true,
      ),
    ).toBeNull();
    const stopped = '"The harbour is ready." The mayor said, "and the ferries will run."';
    const content = at(stopped, '"The harbour is ready."', 'content');
    expect(
      continuedQuotation(stopped, content, stopped.indexOf('said') + 4, [content], new Set(), () => true),
    ).toBeNull();
    const sentence = '"The harbour is ready," the mayor said. Later, "the ferries will run."';
    const first = at(sentence, '"The harbour is ready,"', 'content');
    expect(
      continuedQuotation(sentence, first, sentence.indexOf('said') + 4, [first], new Set(), () => true),
    ).toBeNull();
  });

  it("takes the sentence before an attribution set off by commas as its content's first fragment", () => {
    const text = 'The new quay, the harbour master said, would open in May.';
    const spans: RoleSpan[] = [
      at(text, 'the harbour master', 'source'),
      at(text, 'said', 'cue'),
      at(text, 'would open in May', 'content'),
    ];
    const [a] = groupAttributions(text, spans, paragraphOf(text), index, sentencesOf(text));
    expect(text.slice(a!.span.start, a!.span.end)).toBe(
      'The new quay, the harbour master said, would open in May',
    );
    const but = 'But the new quay, she said, would open in May.';
    const she = [at(but, 'she', 'source')];
    const lead = parentheticalLead(
      but,
      at(but, 'said', 'cue'),
      at(but, 'would open in May', 'content'),
      she,
      {
        start: 0,
        end: but.length,
      },
    );
    expect(lead && but.slice(lead.start, lead.end)).toBe('the new quay');
  });

  it('gives no first fragment when the attribution is not set off by commas or the sentence before it is tagged', () => {
    const sentence = { start: 0, end: 60 };
    const plain = 'The harbour master said the new quay would open in May.';
    expect(
      parentheticalLead(
        plain,
        at(plain, 'said', 'cue'),
        at(plain, 'the new quay would open', 'content'),
        [],
        sentence,
      ),
    ).toBeNull();
    const tagged = 'The quay, the harbour master said, would open in May.';
    const spans = [at(tagged, 'The quay', 'source')];
    expect(
      parentheticalLead(
        tagged,
        at(tagged, 'said', 'cue'),
        at(tagged, 'would open in May', 'content'),
        spans,
        sentence,
      ),
    ).toBeNull();
    const quoted = '"The quay," she said, "will open in May."';
    expect(
      parentheticalLead(
        quoted,
        at(quoted, 'said', 'cue'),
        at(quoted, '"will open in May."', 'content'),
        [],
        sentence,
      ),
    ).toBeNull();
  });
});

describe('raising frames (`the ferry is expected to sail`)', () => {
  const index = { referents: [], occurrences: [] };
  const paragraphOf = () => () => 0;
  const sentencesOf = (text: string) => [{ start: 0, end: text.length }];
  const shown = (text: string, a: { span: { start: number; end: number } }) =>
    text.slice(a.span.start, a.span.end);

  it('gives the subject and the infinitive around a passive cue as one content, with no source', () => {
    const text = 'The new ferry to the islands is expected to sail before the storms arrive.';
    // The tagger read the subject as the source and the infinitive as the content.
    const spans: RoleSpan[] = [
      at(text, 'The new ferry to the islands', 'source'),
      at(text, 'is expected', 'cue'),
      at(text, 'to sail before the storms arrive', 'content'),
    ];
    const [a] = groupAttributions(text, spans, paragraphOf(), index, sentencesOf(text));
    expect(shown(text, a!)).toBe('The new ferry to the islands is expected to sail before the storms arrive');
    expect(a!.phrase).toBeNull();
    // The tagger read the subject as the content and left the infinitive untagged.
    const subjectOnly: RoleSpan[] = [
      at(text, 'The new ferry to the islands', 'content'),
      at(text, 'is expected', 'cue'),
    ];
    const [b] = groupAttributions(text, subjectOnly, paragraphOf(), index, sentencesOf(text));
    expect(shown(text, b!)).toBe('The new ferry to the islands is expected to sail before the storms arrive');
  });

  it('takes the tagged infinitive the pairing left to the subject', () => {
    const text =
      "The council's vote was widely expected to come before Friday, but the mayor hopes for a delay.";
    const spans: RoleSpan[] = [
      at(text, "The council's vote", 'content'),
      at(text, 'was widely expected', 'cue'),
      at(text, 'to come before Friday', 'content'),
    ];
    const raised = raisedSubjectContent(
      text,
      spans[1]!,
      spans[0]!.start,
      spans[0]!.end,
      spans,
      sentencesOf(text)[0]!,
    );
    expect(raised && text.slice(raised.start, raised.end)).toBe(
      "The council's vote was widely expected to come before Friday",
    );
  });

  it('reads irregular passives as raising cues', () => {
    const text = 'The harbour master is thought to favour the northern route.';
    const spans: RoleSpan[] = [
      at(text, 'The harbour master', 'source'),
      at(text, 'is thought', 'cue'),
      at(text, 'to favour the northern route', 'content'),
    ];
    const [a] = groupAttributions(text, spans, paragraphOf(), index, sentencesOf(text));
    expect(shown(text, a!)).toBe('The harbour master is thought to favour the northern route');
    expect(a!.phrase).toBeNull();
  });

  it('reads `seem` and `appear` as raising cues too', () => {
    const text = 'The ferry company appeared to have run out of fuel.';
    const spans: RoleSpan[] = [
      at(text, 'The ferry company', 'source'),
      at(text, 'appeared', 'cue'),
      at(text, 'to have run out of fuel', 'content'),
    ];
    const [a] = groupAttributions(text, spans, paragraphOf(), index, sentencesOf(text));
    expect(shown(text, a!)).toBe('The ferry company appeared to have run out of fuel');
    expect(a!.phrase).toBeNull();
  });

  it('leaves active cues and passives without an infinitive alone', () => {
    const sentence = (text: string) => ({ start: 0, end: text.length });
    const active = 'The harbour master expected to sail before the storms.';
    const activeSpans: RoleSpan[] = [
      at(active, 'The harbour master', 'source'),
      at(active, 'expected', 'cue'),
      at(active, 'to sail before the storms', 'content'),
    ];
    const c = activeSpans[2]!;
    expect(
      raisedSubjectContent(active, activeSpans[1]!, c.start, c.end, activeSpans, sentence(active)),
    ).toBeNull();
    const that = 'The ferry is expected that it will sail.';
    const thatSpans: RoleSpan[] = [at(that, 'The ferry', 'source'), at(that, 'is expected', 'cue')];
    const t = at(that, 'that it will sail', 'content');
    expect(raisedSubjectContent(that, thatSpans[1]!, t.start, t.end, thatSpans, sentence(that))).toBeNull();
  });
});
