/**
 * Repairs of spacing artifacts that machine translation and careless scraping leave in
 * a paragraph (already normalised to single spaces). Every repair only adds or removes
 * spaces, or drops a doubled punctuation mark: words are never invented, and a
 * sentence boundary is never guessed into the text. A run-on such as `talksAnd he`
 * becomes `talks And he`; the segmenter then recognises the boundary (see
 * 04-segment/README.md). URLs and e-mail addresses are never touched.
 */
import { CAMEL_CASE_NAMES, HYPHEN_PREFIXES, RUN_ON_STARTERS, SUSPENDED_HYPHEN_NEXT } from './lexicon.js';
import type { Edit } from './mapped-text.js';

/** What a repair was; also the value of the `translation-artifact` signal. */
export type ArtifactRule =
  | 'spaced-hyphen'
  | 'run-on'
  | 'spaced-punctuation'
  | 'spaced-clitic'
  | 'doubled-punctuation';

export interface ArtifactEdit extends Edit {
  readonly rule: ArtifactRule;
}

const PROTECTED = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

interface Rule {
  readonly rule: ArtifactRule;
  readonly pattern: RegExp;
  /** Replacement for the match; a function may veto a match by returning null. */
  readonly replace: string | ((m: RegExpExecArray, text: string) => string | null);
}

const starters = RUN_ON_STARTERS.join('|');
const prefixes = HYPHEN_PREFIXES.join('|');

/** The word (letters) that starts at `index` in `text`, lower-cased. */
function wordAt(text: string, index: number): string {
  const m = /^\p{L}+/u.exec(text.slice(index, index + 40));
  return m ? m[0].toLowerCase() : '';
}

/** The letters around `index` (a camel-case word split point), lower-cased. */
function wordAround(text: string, index: number): string {
  let a = index;
  while (a > 0 && /\p{L}/u.test(text[a - 1]!)) a--;
  let b = index;
  while (b < text.length && /\p{L}/u.test(text[b]!)) b++;
  return text.slice(a, b).toLowerCase();
}

const notSuspended = (m: RegExpExecArray, text: string): string | null =>
  SUSPENDED_HYPHEN_NEXT.has(wordAt(text, m.index + m[0].length)) ? null : '';

const notCamelName = (m: RegExpExecArray, text: string): string | null =>
  CAMEL_CASE_NAMES.has(wordAround(text, m.index)) ? null : ' ';

const RULES: readonly Rule[] = [
  // `Secretary -General`, `one -sided`: a space before a hyphen that joins two words.
  { rule: 'spaced-hyphen', pattern: /(?<=\p{L}) +(?=-\p{L})/gu, replace: '' },
  // `Secretary- General`, but not the suspended hyphen of `pro- and anti-war`.
  { rule: 'spaced-hyphen', pattern: /(?<=\p{L}-) +(?=\p{L})/gu, replace: notSuspended },
  // `non - European`: spaces on both sides only after a known prefix.
  {
    rule: 'spaced-hyphen',
    pattern: new RegExp(`(?<=(?:^|[^\\p{L}])(?:${prefixes})) - (?=\\p{L})`, 'giu'),
    replace: (m, text) => (SUSPENDED_HYPHEN_NEXT.has(wordAt(text, m.index + m[0].length)) ? null : '-'),
  },
  // `said ,` `here .` `( word )`; not before `...` and not `5 %` (a percentage).
  { rule: 'spaced-punctuation', pattern: / +(?=[,;!?)\]}]|:(?!\d)|\.(?![.\w]))/gu, replace: '' },
  { rule: 'spaced-punctuation', pattern: /(?<=[([{]) +/gu, replace: '' },
  { rule: 'spaced-punctuation', pattern: /(?<=[“]) +|(?<=‘) +(?=\p{L})| +(?=”)/gu, replace: '' },
  // `Russia 's`, `do n't`, `don 't`.
  {
    rule: 'spaced-clitic',
    pattern:
      /(?<=\p{L}) +(?=['’](?:s|re|ve|ll|d|m)(?!\p{L}))|(?<=\p{L}) +(?=n['’]t(?!\p{L}))|(?<=\p{L}n) +(?=['’]t(?!\p{L}))/gu,
    replace: '',
  },
  // `,,` `, ,` `;;` and a lone doubled full stop `..` (an ellipsis `...` stays).
  { rule: 'doubled-punctuation', pattern: /,(?: ?,)+/gu, replace: ',' },
  { rule: 'doubled-punctuation', pattern: /;(?: ?;)+/gu, replace: ';' },
  { rule: 'doubled-punctuation', pattern: /(?<!\.)\.\.(?!\.)/gu, replace: '.' },
  { rule: 'doubled-punctuation', pattern: /,(?=\.(?!\.))/gu, replace: '' },
  // Run-ons. `talksAnd`: a lower-case word running into a capitalised one.
  {
    rule: 'run-on',
    pattern: /(?<=(?:^|[^\p{L}'’])\p{Ll}{2,})(?=\p{Lu}\p{Ll})/gu,
    replace: notCamelName,
  },
  // `MoscowThe`, `NATOHe`: a capitalised word running into a sentence starter.
  {
    rule: 'run-on',
    pattern: new RegExp(`(?<=(?:^|[^\\p{L}'’])\\p{Lu}\\p{L}+)(?=(?:${starters})(?!\\p{L}))`, 'gu'),
    replace: notCamelName,
  },
  // `defense.He`, `2014.The`, `said."He`: sentence punctuation with no space after it.
  { rule: 'run-on', pattern: /(?<=[\p{Ll}\d]{2}[.!?])(?=\p{Lu})|(?<=[.!?]["”’])(?=\p{Lu})/gu, replace: ' ' },
  // `2 %According`, `(Reuters)The`, `”he said`, `Moscow,Russia`, `said“We`.
  {
    rule: 'run-on',
    pattern:
      /(?<=%)(?=\p{L})|(?<=[)\]])(?=\p{Lu})|(?<=”)(?=\p{L})|(?<=\p{Ll}[,;])(?=\p{L})|(?<=[\p{L}\d,.:;!?])(?=“)/gu,
    replace: ' ',
  },
];

/**
 * Straight double quotes paired left to right: a space just inside a pair goes
 * (`" word "` → `"word"`). Skipped when the count is odd or the pairing looks wrong, as
 * when a quote runs on into the next paragraph.
 */
function straightQuoteEdits(text: string, out: ArtifactEdit[]): void {
  const positions: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) positions.push(i);
  if (positions.length === 0 || positions.length % 2 === 1) return;
  const edits: ArtifactEdit[] = [];
  for (let k = 0; k < positions.length; k += 2) {
    const open = positions[k]!;
    const close = positions[k + 1]!;
    const before = open > 0 ? text[open - 1]! : ' ';
    const after = close + 1 < text.length ? text[close + 1]! : ' ';
    // An opening quote follows a space or an opening bracket; a closing one is followed
    // by a space or punctuation. Anything else means the pairing is off.
    if (!/[\s([{—–-]/u.test(before) || /[\p{L}\d]/u.test(after)) return;
    if (text[open + 1] === ' ')
      edits.push({ start: open + 1, end: open + 2, text: '', rule: 'spaced-punctuation' });
    if (close - 1 > open + 1 && text[close - 1] === ' ')
      edits.push({ start: close - 1, end: close, text: '', rule: 'spaced-punctuation' });
  }
  out.push(...edits);
}

/** The repairs to make in one normalised paragraph, unsorted and possibly overlapping. */
export function findArtifacts(text: string): ArtifactEdit[] {
  const out: ArtifactEdit[] = [];
  for (const { rule, pattern, replace } of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const replacement = typeof replace === 'string' ? replace : replace(m, text);
      if (replacement !== null && (m[0].length > 0 || replacement.length > 0)) {
        out.push({ start: m.index, end: m.index + m[0].length, text: replacement, rule });
      }
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  if (text.includes('"')) straightQuoteEdits(text, out);
  if (out.length === 0) return out;
  return dropProtected(text, out);
}

/** Removes edits that fall inside a URL or an e-mail address. */
function dropProtected(text: string, edits: ArtifactEdit[]): ArtifactEdit[] {
  if (!text.includes('@') && !text.includes('www.') && !text.includes('://')) return edits;
  const spans: [number, number][] = [];
  PROTECTED.lastIndex = 0;
  for (let m = PROTECTED.exec(text); m !== null; m = PROTECTED.exec(text)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  return edits.filter((e) => !spans.some(([a, b]) => e.start < b && e.end > a && !(e.end === a)));
}
