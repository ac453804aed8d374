/**
 * Cleanup and segmentation together, as the pipeline runs them, on a scraped,
 * machine-translated copy: the run-ons cleanup separates without punctuation must come
 * out as sentence boundaries, and debris must not leave sentence fragments behind.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../core/annotations.js';
import { cleanText } from '../03-clean/clean.js';
import { segment } from './segment.js';

const SCRAPED = `Kremlin says talks with Washington "constructive"

Russian Foreign Minister Sergei Lavrov attends a news conference in Riyadh, Saudi Arabia, February 18, 2025. REUTERS/Evelyn Hockstein

MOSCOW (Reuters) - The Kremlin said on Wednesday that the talks in Riyadh with U.S. officials were " constructive ",but that no date had been set for a meeting between the presidents.Kremlin spokesman Dmitry Peskov told reporters the sides had agreed to restore the work of their embassies.

"We are satisfied with the results ,but it is only the first step," Peskov said.He declined to say whether Ukraine would take part in future talksAnd he repeated that Moscow wanted "a durable peace, not a ceasefire".

Read more: What we know about the Riyadh talks

U.S. Secretary of State Marco Rubio , who led the American delegation, said the talks were "a first step of a long and difficult journey".According to Rubio, both sides would appoint high -level teams.

Inflation in Russia reached 9.9 %According to the central bank, food prices led the rise.

Share this article

Source link`;

function blocksOf(source: string): Block[] {
  const out: Block[] = [];
  for (const m of source.matchAll(/\S(?:[^\n]|\n(?![ \t]*\n))*/gu)) {
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length, role: 'paragraph' });
  }
  return out;
}

describe('cleanup, then segmentation', () => {
  it('turns a scraped, machine-translated copy into clean sentences', () => {
    const cleaned = cleanText(SCRAPED, blocksOf(SCRAPED));
    const { sentences, tokens } = segment(cleaned.text, cleaned.paragraphs);
    expect(sentences.map((s) => cleaned.text.slice(s.start, s.end))).toEqual([
      'Kremlin says talks with Washington "constructive"',
      'MOSCOW (Reuters) - The Kremlin said on Wednesday that the talks in Riyadh with U.S. officials were "constructive", but that no date had been set for a meeting between the presidents.',
      'Kremlin spokesman Dmitry Peskov told reporters the sides had agreed to restore the work of their embassies.',
      '"We are satisfied with the results, but it is only the first step," Peskov said.',
      'He declined to say whether Ukraine would take part in future talks',
      'And he repeated that Moscow wanted "a durable peace, not a ceasefire".',
      'U.S. Secretary of State Marco Rubio, who led the American delegation, said the talks were "a first step of a long and difficult journey".',
      'According to Rubio, both sides would appoint high-level teams.',
      'Inflation in Russia reached 9.9 %',
      'According to the central bank, food prices led the rise.',
    ]);
    expect(cleaned.removed.map((r) => r.kind)).toEqual([
      'caption',
      'photo-credit',
      'read-more',
      'share',
      'source-link',
    ]);
    // Every token maps back to the same characters in the scraped source.
    for (const t of tokens) {
      const word = cleaned.text.slice(t.start, t.end);
      if (!/^\p{L}+$/u.test(word)) continue;
      const at = cleaned.offsets.toSource(t.start);
      expect(SCRAPED.slice(at, at + word.length)).toBe(word);
    }
  });
});
