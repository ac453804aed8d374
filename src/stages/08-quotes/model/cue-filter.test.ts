import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Mention, Token } from '../../../core/annotations.js';
import { shape, subjectBefore } from './clause-context.js';
import { CueFilter, cueCandidates, filterCues } from './cue-filter.js';
import type { RoleSpan } from './tagger.js';

/** Words, numbers and marks of a text as tokens (enough for these sentences). */
function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}’']+|\d+|[^\s\p{L}\d]/gu)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    kind: /^\p{L}/u.test(m[0]) ? 'word' : /^\d/u.test(m[0]) ? 'number' : 'punct',
  }));
}

/** The span of `part` (its first occurrence at or after `from`) in `text`. */
function at(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`no "${part}" in the text`);
  return { start, end: start + part.length };
}

const role = (text: string, r: RoleSpan['role'], part: string, from = 0): RoleSpan => ({
  role: r,
  ...at(text, part, from),
});

/** A filter from a few weights, as the training script writes it. */
function filterOf(weights: Record<string, number>, bias: number, threshold = 1 / 3): CueFilter {
  return CueFilter.load(gzipSync(JSON.stringify({ bias, threshold, weights })));
}

describe('the words around a cue', () => {
  it('finds the subject before a verb group and its class', () => {
    const text = 'Massachusetts Sen. Elizabeth Warren has long opposed the merger.';
    const tokens = tokenize(text);
    const mentions: Mention[] = [{ ...at(text, 'Elizabeth Warren'), type: 'person' } as Mention];
    const group = tokens.findIndex((t) => text.slice(t.start, t.end) === 'has');
    const subject = subjectBefore(text, tokens, 0, group, mentions);
    expect(subject.kind).toBe('mention:person');
    expect(text.slice(subject.span!.start, subject.span!.end)).toBe('Massachusetts Sen. Elizabeth Warren');
  });

  it('runs a noun phrase back to its determiner and reads pronouns and the sentence start', () => {
    const text = 'Many commuters are afraid that she hopes to close it.';
    const tokens = tokenize(text);
    const index = (w: string) => tokens.findIndex((t) => text.slice(t.start, t.end) === w);
    const many = subjectBefore(text, tokens, 0, index('are'), []);
    expect(text.slice(many.span!.start, many.span!.end)).toBe('Many commuters');
    expect(subjectBefore(text, tokens, 0, index('hopes'), []).kind).toBe('pronoun');
    expect(subjectBefore(text, tokens, 0, 0, []).kind).toBe('start');
  });

  it('names closed-class words as themselves and other words by shape', () => {
    const text = 'The Ferry was running late';
    const [the, ferry, was, running, late] = tokenize(text);
    expect([the, ferry, was, running, late].map((t) => shape(t, text))).toEqual([
      'the',
      '#cap',
      'was',
      '#ing',
      '#low',
    ]);
    expect(shape(undefined, text)).toBe('#end');
  });
});

describe('the cue filter', () => {
  const text = 'Lind said the ferry would run. The council hopes to reopen the bridge in May.';
  const sentences = [
    at(text, 'Lind said the ferry would run.'),
    at(text, 'The council hopes to reopen the bridge in May.'),
  ];
  const tokens = tokenize(text);
  const mentions: Mention[] = [{ ...at(text, 'Lind'), type: 'person' } as Mention];
  const tagged: RoleSpan[] = [
    role(text, 'source', 'Lind'),
    role(text, 'cue', 'said'),
    role(text, 'content', 'the ferry would run'),
    role(text, 'source', 'The council'),
    role(text, 'cue', 'hopes'),
    role(text, 'content', 'to reopen the bridge in May'),
  ];
  const rates = new Map([
    ['said', 7],
    ['hopes', 2],
  ]);

  it('describes each tagged cue: its words, lexicon class, subject and neighbouring spans', () => {
    const [said, hopes] = cueCandidates(text, sentences, tokens, mentions, tagged, rates);
    expect(said!.features).toEqual(
      expect.arrayContaining([
        'head=said',
        'lex=core',
        'rate=7',
        'subj=mention:person',
        'source=before',
        'content=after',
        'headline=true',
      ]),
    );
    expect(hopes!.features).toEqual(
      expect.arrayContaining([
        'head=hopes',
        'lex=speech',
        'next=to',
        'subj=noun',
        'headline=false',
        'rate+next=2|to',
      ]),
    );
  });

  it("reads whether a stacked tagger's first pass tagged the same cue", () => {
    const stacked: RoleSpan[] = tagged.map((s) =>
      s.role !== 'cue' ? s : { ...s, firstPass: s.start === text.indexOf('said') ? 'same' : 'none' },
    );
    const [said, hopes] = cueCandidates(text, sentences, tokens, mentions, stacked, rates);
    expect(said!.features).toEqual(
      expect.arrayContaining(['pass=same', 'pass+rate=same|7', 'pass+lex=same|core']),
    );
    expect(hopes!.features).toEqual(expect.arrayContaining(['pass=none', 'pass+rate=none|2']));
    // A single tagger's cues carry no such feature.
    expect(
      cueCandidates(text, sentences, tokens, mentions, tagged, rates)[0]!.features.some((f) =>
        f.startsWith('pass'),
      ),
    ).toBe(false);
  });

  it('gives the probability of a logistic model over the features', () => {
    const filter = filterOf({ 'lex=core': 2 }, -1);
    expect(filter.probability(['lex=core'])).toBeCloseTo(1 / (1 + Math.exp(-1)), 6);
    expect(filter.probability(['lex=speech'])).toBeCloseTo(1 / (1 + Math.exp(1)), 6);
    expect(filter.threshold).toBeCloseTo(1 / 3, 6);
  });

  it('drops the cues it rejects, and only them', () => {
    const kept = filterCues(
      text,
      sentences,
      tokens,
      mentions,
      tagged,
      rates,
      filterOf({ 'head=hopes': -10 }, 1),
    );
    expect(kept.map((s) => `${s.role}:${text.slice(s.start, s.end)}`)).toEqual([
      'source:Lind',
      'cue:said',
      'content:the ferry would run',
      'source:The council',
      'content:to reopen the bridge in May',
    ]);
    expect(filterCues(text, sentences, tokens, mentions, tagged, rates, filterOf({}, 1))).toEqual(tagged);
  });
});
