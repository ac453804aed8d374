/**
 * Property tests of cleanText on varied random input: well-formed paragraphs, a
 * monotone offset map that stays inside the source, removed spans inside the source,
 * nothing invisible left behind, and idempotence (cleaning clean text changes nothing).
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../core/annotations.js';
import { seededRandom as random } from '../../core/random.js';
import { type CleanResult, cleanText } from './clean.js';

/** Body text, mangled the ways machine translation and scraping mangle it. */
const BODY = [
  'NATO allies met in Munich on Friday.',
  'Secretary -General Mark Rutte said',
  'talksAnd he left',
  'defense.He called',
  '2 %According to',
  'said ,',
  '“ Go ”',
  '" we will "',
  "Russia 's",
  "do n't",
  'ﬁnal',
  'ＮＡＴＯ',
  'donâ€™t',
  'Re\u0301union',
  '\u200b',
  '\u00ad',
  '\u00a0',
  '\t',
  'He resigned.',
  'Talks stall',
  'U.S.',
  '3.5',
  '1,200',
  '—',
  '...',
  ',,',
  '..',
  '(Photo by Jane Roe/Getty Images)',
];

/** Scraper debris, on lines of its own as scrapers leave it. */
const DEBRIS = [
  'REUTERS/Gleb Garanich',
  'Hristo Rusev | Getty Images News | Getty Images',
  'Putin attends a meeting in Moscow, Russia, February 12, 2025.',
  'Putin attends a meeting in Moscow, Russia, February 12, 2025. Sputnik/Gavriil Grigorov/Pool via REUTERS',
  'https://cdn.example.com/a.jpg',
  'https://www.example.com/story',
  'Source link',
  'Read more: Allies pledge',
  'Share this article',
  'Advertisement',
  '© 2025 Reuters',
];
const SPACES = [' ', ' ', ' ', '  ', '\u00a0', '\t', ''];
const BREAKS = ['\n', '\n\n', '\n \n', '\n\n\n'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

/** An article: body paragraphs of mangled pieces, with debris lines among them. */
function randomSource(next: () => number): string {
  const parts: string[] = [];
  const paragraphs = 2 + Math.floor(next() * 12);
  for (let p = 0; p < paragraphs; p++) {
    if (next() < 0.3) parts.push(pick(next, DEBRIS));
    else {
      const n = 1 + Math.floor(next() * 12);
      for (let i = 0; i < n; i++) {
        parts.push(
          next() < 0.04 ? String.fromCharCode(0x20 + Math.floor(next() * 0x3000)) : pick(next, BODY),
        );
        if (i < n - 1) parts.push(pick(next, SPACES));
      }
    }
    parts.push(pick(next, BREAKS));
  }
  return parts.join('');
}

/** Anything at all: pieces of both kinds and random characters, glued at random. */
function randomJunk(next: () => number): string {
  const parts: string[] = [];
  const n = 5 + Math.floor(next() * 60);
  for (let i = 0; i < n; i++) {
    const r = next();
    parts.push(
      r < 0.05 ? String.fromCharCode(Math.floor(next() * 0x3000)) : pick(next, r < 0.6 ? BODY : DEBRIS),
    );
    parts.push(pick(next, [...SPACES, ...BREAKS]));
  }
  return parts.join('');
}

function blocksOf(source: string): Block[] {
  const out: Block[] = [];
  for (const m of source.matchAll(/\S(?:[^\n]|\n(?![ \t]*\n))*/gu)) {
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length, role: 'paragraph' });
  }
  return out;
}

function checkResult(source: string, result: CleanResult): void {
  const { text, paragraphs, offsets } = result;
  // Paragraphs: ordered, non-empty, trimmed, single-spaced, joined by blank lines.
  expect(paragraphs.map((p) => text.slice(p.start, p.end)).join('\n\n')).toBe(text);
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    expect(body.length).toBeGreaterThan(0);
    expect(body).not.toMatch(/^\s|\s$|\s\s|[\n\t\u00a0\u200b\u00ad]/u);
  }
  // Offsets: monotone, inside the source.
  let previous = 0;
  for (let i = 0; i <= text.length; i++) {
    const at = offsets.toSource(i);
    expect(at).toBeGreaterThanOrEqual(previous);
    expect(at).toBeLessThanOrEqual(source.length);
    previous = at;
  }
  // Removed debris points into the source and never overlaps.
  let end = 0;
  for (const r of result.removed) {
    expect(r.source.start).toBeGreaterThanOrEqual(end);
    expect(r.source.end).toBeLessThanOrEqual(source.length);
    end = r.source.end;
  }
}

describe('cleanText properties', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'hold on random scraped articles, and cleaning is idempotent (seed %i)',
    (seed) => {
      const next = random(seed);
      for (let n = 0; n < 40; n++) {
        const source = randomSource(next);
        const result = cleanText(source, blocksOf(source));
        checkResult(source, result);
        const again = cleanText(result.text, result.paragraphs);
        expect(again.text).toBe(result.text);
      }
    },
  );

  it.each([11, 12, 13, 14])('hold on random junk (seed %i)', (seed) => {
    const next = random(seed);
    for (let n = 0; n < 40; n++) {
      const source = randomJunk(next);
      checkResult(source, cleanText(source, blocksOf(source)));
    }
  });
});

describe('cleanText on degenerate input', () => {
  // Inputs that make look-behind patterns quadratic; each must come back whole.
  it.each([
    ['a long lower-case run', `${'a'.repeat(50_000)}Ab`, 50_003],
    ['a long capital run', `Moscow${'A'.repeat(50_000)}The end`, 50_014],
    ['a long run of dots', `x${'.'.repeat(50_000)}Y`, 50_002],
    ['alternating commas', `${'a,'.repeat(25_000)}b`, 75_001],
  ])('%s', (_name, source, length) => {
    const result = cleanText(source, [{ start: 0, end: source.length, role: 'paragraph' }]);
    expect(result.text.length).toBe(length);
    expect(result.paragraphs).toHaveLength(1);
  });
});
