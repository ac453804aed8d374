/**
 * A rough sentence splitter and tokenizer for stage unit tests that need `sentences`
 * and `tokens` without depending on the real segment stage. Two token styles let a test
 * prove a stage does not depend on how "$1.2bn" or "5%" were split: `split` is
 * PTB-like ($ | 1.2 | bn, 5 | %), `glued` keeps "$1.2bn" and "5%" as one token.
 * Not a segmenter: it knows no abbreviations beyond a handful.
 */
import type { Sentence, Token, TokenKind } from '../../src/core/annotations.js';

const ABBREVIATIONS = /\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|U\.S|a\.m|p\.m)\.$/;

export function roughSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?]["”’]?(?=\s+["“‘(]?[A-Z0-9])|\n\s*\n/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 6), m.index + 1)))
      continue;
    pushTrimmed(text, start, end, out);
    start = end;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e });
}

export type TokenStyle = 'split' | 'glued';

const PATTERNS: Record<TokenStyle, RegExp> = {
  split:
    /(https?:\/\/\S+[^\s.,;)])|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|([A-Za-z]+(?:['’][A-Za-z]+)?)|(["“”‘’])|([.,;:!?()–—-])|(\S)/g,
  glued:
    /(https?:\/\/\S+[^\s.,;)])|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|((?:US\$|[$€£¥₹])?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|bn|m|tn|k)?)|([A-Za-z]+(?:['’][A-Za-z]+)?)|(["“”‘’])|([.,;:!?()–—-])|(\S)/g,
};
const KINDS: readonly TokenKind[] = ['url', 'email', 'number', 'word', 'quote', 'punct', 'symbol'];

export function roughTokens(text: string, style: TokenStyle = 'split'): Token[] {
  const re = new RegExp(PATTERNS[style]);
  const out: Token[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    out.push({ start: m.index, end: m.index + m[0].length, kind: KINDS[group] ?? 'symbol' });
  }
  return out;
}
