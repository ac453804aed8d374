/**
 * segment: tokens and sentences of a text, paragraph by paragraph. A plain function so
 * benchmarks and other tools can call it without a document.
 */
import type { Paragraph, Sentence, Token } from '../../core/annotations.js';
import { CopydeskError } from '../../core/errors.js';
import type { Span } from '../../core/span.js';
import { splitSentences } from './sentences.js';
import { Tokenizer } from './tokenize.js';

export interface Segmentation {
  readonly sentences: Sentence[];
  readonly tokens: Token[];
}

/** Paragraphs of a text that has none marked: blocks separated by blank lines. */
export function blankLineParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const m of text.matchAll(/\S(?:[^\n]|\n(?![ \t\r\f\v]*\n))*/gu)) {
    let end = m.index + m[0].length;
    while (end > m.index && /\s/u.test(text[end - 1]!)) end--;
    out.push({ start: m.index, end, role: 'paragraph' });
  }
  return out;
}

function checkParagraphs(text: string, paragraphs: readonly Span[]): void {
  let previousEnd = 0;
  for (const p of paragraphs) {
    if (
      !Number.isInteger(p.start) ||
      !Number.isInteger(p.end) ||
      p.start < previousEnd ||
      p.end < p.start ||
      p.end > text.length
    ) {
      throw new CopydeskError(
        'DATA_INVALID',
        `paragraph [${p.start}, ${p.end}) is out of order or outside the text (length ${text.length})`,
      );
    }
    previousEnd = p.end;
  }
}

/**
 * Tokens and sentences of `text`. `paragraphs` (ordered, non-overlapping spans) bound
 * the sentences; by default the text's blank-line-separated blocks. Throws
 * `DATA_INVALID` for paragraphs out of order or outside the text.
 */
export function segment(text: string, paragraphs: readonly Span[] = blankLineParagraphs(text)): Segmentation {
  checkParagraphs(text, paragraphs);
  const tokenizer = new Tokenizer(text);
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    const t0 = tokenizer.tokens.length;
    tokenizer.run(p.start, p.end);
    const t1 = tokenizer.tokens.length;
    if (t1 > t0) splitSentences(text, tokenizer.tokens, tokenizer.flags, t0, t1, sentences);
  }
  return { sentences, tokens: tokenizer.tokens };
}
