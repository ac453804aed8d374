import { describe, expect, it } from 'vitest';
import {
  endAllowed,
  LABEL_COUNT,
  labelName,
  labelsToSpans,
  spansToIob2,
  spansToLabels,
  tagsToSpans,
  transitionAllowed,
} from './tags.js';

describe('tagsToSpans (the conlleval chunk rule)', () => {
  it('reads IOB1: I- starts an entity, B- separates two adjacent entities of one type', () => {
    expect(tagsToSpans(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 2, end: 3, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
  });

  it('reads IOB2 the same way', () => {
    expect(tagsToSpans(['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC'])).toEqual(
      tagsToSpans(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC']),
    );
  });

  it('starts a new entity when the type changes inside a run', () => {
    expect(tagsToSpans(['I-ORG', 'I-LOC'])).toEqual([
      { start: 0, end: 1, type: 'ORG' },
      { start: 1, end: 2, type: 'LOC' },
    ]);
  });
});

describe('BILOU labels', () => {
  it('round-trips spans through labels', () => {
    const spans = [
      { start: 0, end: 3, type: 'ORG' },
      { start: 3, end: 4, type: 'ORG' },
      { start: 5, end: 7, type: 'PER' },
    ];
    const labels = spansToLabels(spans, 8);
    expect([...labels].map(labelName)).toEqual([
      'B-ORG',
      'I-ORG',
      'L-ORG',
      'U-ORG',
      'O',
      'B-PER',
      'L-PER',
      'O',
    ]);
    expect(labelsToSpans(labels)).toEqual(spans);
  });

  it('writes IOB2 with B- at every entity start', () => {
    expect(spansToIob2([{ start: 1, end: 3, type: 'LOC' }], 4)).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
  });

  it('allows only well-formed transitions', () => {
    const b = (name: string) => [...Array(LABEL_COUNT).keys()].find((l) => labelName(l) === name)!;
    expect(transitionAllowed(-1, b('B-PER'))).toBe(true);
    expect(transitionAllowed(-1, b('I-PER'))).toBe(false);
    expect(transitionAllowed(b('B-PER'), b('L-PER'))).toBe(true);
    expect(transitionAllowed(b('B-PER'), b('L-ORG'))).toBe(false);
    expect(transitionAllowed(b('B-PER'), b('O'))).toBe(false);
    expect(transitionAllowed(b('L-PER'), b('U-LOC'))).toBe(true);
    expect(endAllowed(b('I-PER'))).toBe(false);
    expect(endAllowed(b('U-PER'))).toBe(true);
  });

  it('decodes ill-formed label runs without losing tokens', () => {
    const b = (name: string) => [...Array(LABEL_COUNT).keys()].find((l) => labelName(l) === name)!;
    expect(labelsToSpans([b('I-PER'), b('I-PER'), b('O'), b('B-LOC')])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });
});
