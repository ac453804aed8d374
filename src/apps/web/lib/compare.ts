/**
 * Compares a copy with its original word by word (jsdiff), for the story page: runs of
 * text marked kept, dropped (in the original only) or added (in the copy only), and the
 * large drops that are whole paragraphs or sentences taken out.
 */
import { diffWords } from 'diff';

export interface Run {
  readonly text: string;
  readonly kind: 'same' | 'removed' | 'added';
}

export interface Comparison {
  readonly original: readonly Run[];
  readonly copy: readonly Run[];
  readonly droppedWords: number;
  readonly addedWords: number;
  /** Dropped runs of 12 words or more: paragraphs or sentences the copy left out. */
  readonly bigDrops: readonly string[];
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function compareTexts(original: string, copy: string): Comparison {
  const parts = diffWords(original, copy);
  const left: Run[] = [];
  const right: Run[] = [];
  let droppedWords = 0;
  let addedWords = 0;
  const bigDrops: string[] = [];
  for (const p of parts) {
    if (p.removed) {
      left.push({ text: p.value, kind: 'removed' });
      const n = words(p.value);
      droppedWords += n;
      if (n >= 12) bigDrops.push(p.value.trim());
    } else if (p.added) {
      right.push({ text: p.value, kind: 'added' });
      addedWords += words(p.value);
    } else {
      left.push({ text: p.value, kind: 'same' });
      right.push({ text: p.value, kind: 'same' });
    }
  }
  return { original: left, copy: right, droppedWords, addedWords, bigDrops };
}
