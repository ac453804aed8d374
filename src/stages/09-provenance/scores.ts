/**
 * Explainable provenance scores. Each clue is a piece of evidence with a weight — the
 * probability that it alone means "scraped" (or "machine-translated") — and the clues
 * combine by noisy-OR: 1 − Π(1 − wᵢ). Every clue that counted is returned, so the
 * score can always be shown with its reasons.
 */
export interface Clue {
  readonly reason: string;
  readonly weight: number;
}

export function noisyOr(clues: readonly Clue[]): number {
  let none = 1;
  for (const clue of clues) none *= 1 - Math.min(Math.max(clue.weight, 0), 0.99);
  return 1 - none;
}

/** Weight of a clue seen `count` times: repeats add evidence, with diminishing returns. */
export function repeated(weight: number, count: number, cap = 3): number {
  return 1 - (1 - weight) ** Math.min(count, cap);
}
