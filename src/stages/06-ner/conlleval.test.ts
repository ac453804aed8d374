import { describe, expect, it } from 'vitest';
import { Conlleval, scoreSentences } from './conlleval.js';

function score(lines: string) {
  const scorer = new Conlleval();
  for (const line of lines.split('\n')) {
    const t = line.trim();
    if (t === '') scorer.boundary();
    else {
      const [, gold, guess] = t.split(/\s+/);
      scorer.add(gold!, guess!);
    }
  }
  return scorer.result();
}

describe('Conlleval', () => {
  it('counts a chunk only when boundaries and type both match', () => {
    const r = score(`
Angela I-PER I-PER
Merkel I-PER I-PER
met O O
the O I-ORG
European I-ORG I-ORG
Commission I-ORG I-ORG
in O O
Brussels I-LOC I-ORG
`);
    expect(r.overall.gold).toBe(3);
    expect(r.overall.guessed).toBe(3);
    expect(r.overall.correct).toBe(1);
    expect(r.overall.precision).toBeCloseTo(33.33, 2);
    expect(r.types.get('PER')!.f1).toBe(100);
    expect(r.types.get('ORG')!.correct).toBe(0);
    expect(r.types.get('LOC')!.guessed).toBe(0);
    expect(r.types.get('LOC')!.f1).toBe(0);
  });

  it('treats IOB1 gold against IOB2 guesses as the same chunks', () => {
    const r = score(`
Bill I-PER B-PER
Clinton I-PER I-PER
Hillary B-PER B-PER
Clinton I-PER I-PER
`);
    expect(r.overall.gold).toBe(2);
    expect(r.overall.correct).toBe(2);
  });

  it('does not merge two adjacent guessed chunks into one gold chunk', () => {
    const r = score(`
New I-LOC B-LOC
York I-LOC B-LOC
`);
    expect(r.overall.gold).toBe(1);
    expect(r.overall.guessed).toBe(2);
    expect(r.overall.correct).toBe(0);
  });

  it('closes chunks at a sentence boundary, and counts a correct chunk open at the end', () => {
    const r = score(`
Paris I-LOC I-LOC

Rome I-LOC I-LOC`);
    expect(r.overall.gold).toBe(2);
    expect(r.overall.correct).toBe(2);
    expect(r.tokens).toBe(2);
  });

  it('misses a chunk whose guess runs one token too long', () => {
    const r = score(`
Deutsche I-ORG I-ORG
Bank I-ORG I-ORG
shares O I-ORG
`);
    expect(r.overall.correct).toBe(0);
  });

  it('reports zero, not NaN, when nothing is guessed', () => {
    const r = scoreSentences([{ gold: ['I-PER'], guessed: ['O'] }]);
    expect(r.overall.precision).toBe(0);
    expect(r.overall.recall).toBe(0);
    expect(r.overall.f1).toBe(0);
  });

  it('counts token accuracy as conlleval does', () => {
    const r = scoreSentences([{ gold: ['I-PER', 'O', 'I-LOC'], guessed: ['B-PER', 'O', 'I-ORG'] }]);
    // B-PER vs I-PER is a different tag, though the chunk is right.
    expect(r.correctTags).toBe(1);
    expect(r.overall.correct).toBe(1);
  });
});
