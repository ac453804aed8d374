/**
 * A paraphrase-robust fingerprint of a story: the sequence of what it is *about* —
 * named entities (after repair, so "Mark Root" counts as Mark Rutte), figures and
 * dates — in text order. Spinners and machine translation change the words around
 * them but rarely these, so two copies of one story share most fingerprint shingles
 * even when they share few word shingles.
 */
import type { AnalysisJson } from '../../core/analysis.js';
import { hashString } from './hash.js';

export function fingerprintItems(analysis: AnalysisJson): string[] {
  const items: { start: number; key: string }[] = [];
  for (const entity of analysis.entities) {
    const key = `e:${(entity.kbId ?? entity.name).toLowerCase()}`;
    for (const m of entity.mentions) items.push({ start: m.start, key });
  }
  for (const f of analysis.figures) items.push({ start: f.start, key: `n:${f.value}:${f.unit}` });
  // Relative dates ("on Monday") resolve against each copy's own date: only absolute ones agree.
  for (const d of analysis.dates) if (!d.relative) items.push({ start: d.start, key: `d:${d.value}` });
  items.sort((a, b) => a.start - b.start);
  return items.map((i) => i.key);
}

/** Hashes of overlapping runs of `size` fingerprint items (all items when fewer). */
export function fingerprintShingles(items: readonly string[], size = 3): Set<number> {
  const shingles = new Set<number>();
  if (items.length === 0) return shingles;
  if (items.length < size) {
    shingles.add(hashString(items.join('|')));
    return shingles;
  }
  for (let i = 0; i + size <= items.length; i++) shingles.add(hashString(items.slice(i, i + size).join('|')));
  return shingles;
}
