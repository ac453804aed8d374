/**
 * Property tests: on varied random text, tokens and sentences must be lossless and well
 * nested. Token texts plus the whitespace between them rebuild the text exactly; tokens
 * never overlap, never contain whitespace, and each lies inside one sentence; sentences
 * lie inside one paragraph.
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph, Sentence, Token } from '../../core/annotations.js';
import { seededRandom as random } from '../../core/random.js';
import { blankLineParagraphs, segment } from './segment.js';

const FRAGMENTS = [
  'the',
  'Secretary-General',
  'U.S.',
  'Gen.',
  'J.',
  'Mr.',
  'e.g.',
  'a.m.',
  '3.5',
  '1,200',
  '$1.2bn',
  'US$95.6',
  '5 %',
  '2%',
  "Russia's",
  'don’t',
  "O'Brien",
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '``',
  "''",
  '.',
  '...',
  '…',
  '?!',
  ',',
  ';',
  ':',
  '(',
  ')',
  '[',
  '—',
  '--',
  '-',
  'https://example.com/a_(b)?c=1.',
  'www.example.org',
  'press@example.org',
  '@handle',
  '#tag',
  "'90s",
  'talksAnd',
  'And',
  'He',
  'The',
  'défense',
  'Москва',
  '東京',
  '👍🏽',
  '\u0301',
  '\u200b',
  '\u00ad',
  '©',
  '°',
  '€',
  '&',
  'AT&T',
  '24/7',
  '10:30',
  '\ud800',
  'x.Y',
  'said.The',
  'n’t',
  "'s",
  '$',
  '%',
  '.5',
];
const SPACES = [' ', ' ', ' ', ' ', '', '\n', '\n\n', '\t', '\u00a0', '\u2009', '  \n \n '];

function randomText(next: () => number, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = next();
    if (r < 0.08) parts.push(String.fromCharCode(Math.floor(next() * 0x3000)));
    else parts.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!);
    parts.push(SPACES[Math.floor(next() * SPACES.length)]!);
  }
  return parts.join('');
}

function checkInvariants(
  text: string,
  paragraphs: readonly Paragraph[],
  tokens: readonly Token[],
  sentences: readonly Sentence[],
) {
  // Tokens: ordered, non-empty, non-overlapping, without whitespace; gaps are whitespace only.
  let at = 0;
  const rebuilt: string[] = [];
  for (const t of tokens) {
    expect(t.start).toBeGreaterThanOrEqual(at);
    expect(t.end).toBeGreaterThan(t.start);
    const gap = text.slice(at, t.start);
    expect(gap).toMatch(/^\s*$/u);
    const body = text.slice(t.start, t.end);
    expect(body).not.toMatch(/\s/u);
    rebuilt.push(gap, body);
    at = t.end;
  }
  expect(text.slice(at)).toMatch(/^\s*$/u);
  rebuilt.push(text.slice(at));
  expect(rebuilt.join('')).toBe(text);

  // Sentences: ordered, each inside one paragraph, starting and ending on token edges.
  let p = 0;
  let previousEnd = 0;
  for (const s of sentences) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    while (p < paragraphs.length && paragraphs[p]!.end < s.end) p++;
    const paragraph = paragraphs[p]!;
    expect(paragraph).toBeDefined();
    expect(s.start).toBeGreaterThanOrEqual(paragraph.start);
    expect(s.end).toBeLessThanOrEqual(paragraph.end);
    previousEnd = s.end;
  }
  // Every token lies in exactly one sentence.
  let k = 0;
  for (const t of tokens) {
    while (k < sentences.length && sentences[k]!.end <= t.start) k++;
    const s = sentences[k]!;
    expect(s).toBeDefined();
    expect(t.start).toBeGreaterThanOrEqual(s.start);
    expect(t.end).toBeLessThanOrEqual(s.end);
  }
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  for (const s of sentences) {
    expect(starts.has(s.start)).toBe(true);
    expect(ends.has(s.end)).toBe(true);
  }
}

describe('lossless invariant', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('holds on random text (seed %i)', (seed) => {
    const next = random(seed);
    for (let n = 0; n < 40; n++) {
      const text = randomText(next, 10 + Math.floor(next() * 120));
      const paragraphs = blankLineParagraphs(text);
      const { tokens, sentences } = segment(text, paragraphs);
      checkInvariants(text, paragraphs, tokens, sentences);
    }
  });

  it('holds on random characters of every plane', () => {
    const next = random(99);
    for (let n = 0; n < 50; n++) {
      let text = '';
      for (let i = 0; i < 200; i++) text += String.fromCharCode(Math.floor(next() * 0x10000));
      const paragraphs = blankLineParagraphs(text);
      const { tokens, sentences } = segment(text, paragraphs);
      checkInvariants(text, paragraphs, tokens, sentences);
    }
  });

  it('holds on an empty text and on whitespace', () => {
    for (const text of ['', ' ', '\n\n', '\u00a0\t']) {
      const { tokens, sentences } = segment(text);
      expect(tokens).toEqual([]);
      expect(sentences).toEqual([]);
    }
  });
});
