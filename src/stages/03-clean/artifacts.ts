/**
 * Repairs of spacing artifacts that machine translation and careless scraping leave in
 * a paragraph (already normalised to single spaces). Every repair only adds or removes
 * spaces, or drops a doubled punctuation mark: words are never invented, and a
 * sentence boundary is never guessed into the text. A run-on such as `talksAnd he`
 * becomes `talks And he`; the segmenter then recognises the boundary (see
 * 04-segment/README.md). URLs and e-mail addresses are never touched.
 */
import {
  CAMEL_CASE_NAMES,
  HYPHEN_PREFIXES,
  RUN_ON_STARTERS,
  SPACED_COMPOUNDS,
  SUSPENDED_HYPHEN_NEXT,
} from './lexicon.js';
import type { Edit } from './mapped-text.js';

/** What a repair was (counted in `CleanResult.repairs`). */
export type ArtifactRule =
  | 'spaced-hyphen'
  | 'run-on'
  | 'spaced-punctuation'
  | 'spaced-clitic'
  | 'doubled-punctuation';

export interface ArtifactEdit extends Edit {
  readonly rule: ArtifactRule;
}

/** URLs (with or without a scheme), e-mail addresses, @handles and #hashtags. */
const PROTECTED = /(?:https?:\/\/|www\.)\S+|[\w-]+(?:\.[\w-]+)+\/\S*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#]\w+/gu;

interface Rule {
  readonly rule: ArtifactRule;
  /**
   * A cheap forward test that must match wherever `pattern` can: most paragraphs have
   * no artifacts, and scanning the look-behinds of `pattern` is slow.
   */
  readonly hint: number;
  readonly pattern: RegExp;
  /** Replacement for the match; a function may veto a match by returning null. */
  readonly replace: string | ((m: RegExpExecArray, text: string) => string | null);
}

const prefixes = HYPHEN_PREFIXES.join('|');

/** The word (letters) that starts at `index` in `text`, lower-cased. */
function wordAt(text: string, index: number): string {
  const m = /^\p{L}+/u.exec(text.slice(index, index + 40));
  return m ? m[0].toLowerCase() : '';
}

const notSuspended = (m: RegExpExecArray, text: string): string | null =>
  SUSPENDED_HYPHEN_NEXT.has(wordAt(text, m.index + m[0].length)) ? null : '';

const H_SPACE_HYPHEN = 1;
const H_HYPHEN_SPACE = 2;
const H_SPACE_PUNCT = 4;
const H_OPEN_SPACE = 8;
const H_CLITIC = 16;
const H_DOUBLED = 32;
const H_CAMEL = 64;
const H_STOP_CAPITAL = 128;
const H_GLUED = 256;
const H_SPACED_DASH = 512;
const H_STARTER = 1024;
const STARTER_SET = new Set(RUN_ON_STARTERS);

const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isUpperCode = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLetterCode = (c: number) => isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/**
 * One pass over the paragraph that says which rules can apply (bit flags): a superset
 * of where each rule's pattern matches for Latin-script text. Most paragraphs have no
 * artifacts, and the rules' look-behind patterns are slow to scan.
 */
function scanHints(text: string): number {
  let hints = 0;
  const n = text.length;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Most characters are lower-case letters, which start no pattern.
    if (c >= 0x61 && c <= 0x7a) {
      prev = c;
      continue;
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    switch (c) {
      case 0x20: // space
        if (next === 0x2d) {
          const after = i + 2 < n ? text.charCodeAt(i + 2) : 0;
          if (isLetterCode(after)) hints |= H_SPACE_HYPHEN;
          else if (after === 0x20) hints |= H_SPACED_DASH;
        } else if (next === 0x27 || next === 0x2019) hints |= H_CLITIC;
        else if (
          next === 0x6e &&
          i + 2 < n &&
          (text.charCodeAt(i + 2) === 0x27 || text.charCodeAt(i + 2) === 0x2019)
        )
          hints |= H_CLITIC;
        else if (
          next === 0x2c ||
          next === 0x3b ||
          next === 0x3a ||
          next === 0x21 ||
          next === 0x3f ||
          next === 0x2e ||
          next === 0x29 ||
          next === 0x5d ||
          next === 0x7d ||
          next === 0x201d
        )
          hints |= H_SPACE_PUNCT;
        break;
      case 0x2d: // -
        if (next === 0x20 && isLetterCode(prev)) hints |= H_HYPHEN_SPACE;
        break;
      case 0x28:
      case 0x5b:
      case 0x7b:
      case 0x2018:
        if (next === 0x20) hints |= H_OPEN_SPACE;
        break;
      case 0x201c: // “
        if (next === 0x20) hints |= H_OPEN_SPACE;
        if (prev !== 0 && prev !== 0x20 && prev !== 0x28 && prev !== 0x5b && prev !== 0x7b) hints |= H_GLUED;
        break;
      case 0x2c: // ,
      case 0x3b: // ;
        if (next === c || next === 0x2e || (next === 0x20 && i + 2 < n && text.charCodeAt(i + 2) === c))
          hints |= H_DOUBLED;
        else if (isLetterCode(next)) hints |= H_GLUED;
        break;
      case 0x2e: // .
        if (next === 0x2e) hints |= H_DOUBLED;
        else if (isUpperCode(next) || next === 0x22 || next === 0x201d || next === 0x2019)
          hints |= H_STOP_CAPITAL;
        break;
      case 0x21:
      case 0x3f:
        if (isUpperCode(next) || next === 0x22 || next === 0x201d || next === 0x2019) hints |= H_STOP_CAPITAL;
        break;
      case 0x25: // %
      case 0x201d: // ”
        if (isLetterCode(next)) hints |= H_GLUED;
        break;
      case 0x29:
      case 0x5d:
        if (isUpperCode(next)) hints |= H_GLUED;
        break;
      default:
        if (isUpperCode(c) && isLetterCode(prev) && next >= 0x61 && next <= 0x7a) {
          if (prev >= 0x61 && prev <= 0x7a) hints |= H_CAMEL;
          if ((hints & H_STARTER) === 0) {
            let k = i + 2;
            while (k < n && isLetterCode(text.charCodeAt(k))) k++;
            if (STARTER_SET.has(text.slice(i, k))) hints |= H_STARTER;
          }
        }
    }
    prev = c;
  }
  return hints;
}

const RULES: readonly Rule[] = [
  // `Secretary -General`, `one -sided`: a space before a hyphen that joins two words.
  { rule: 'spaced-hyphen', hint: H_SPACE_HYPHEN, pattern: /(?<=\p{L}) +(?=-\p{L})/gu, replace: '' },
  // `Secretary- General`, but not the suspended hyphen of `pro- and anti-war`.
  { rule: 'spaced-hyphen', hint: H_HYPHEN_SPACE, pattern: /(?<=\p{L}-) +(?=\p{L})/gu, replace: notSuspended },
  // `non - European`: spaces on both sides only after a known prefix.
  {
    rule: 'spaced-hyphen',
    hint: H_SPACED_DASH,
    pattern: new RegExp(`(?<=(?:^|[^\\p{L}])(?:${prefixes})) - (?=\\p{L})`, 'giu'),
    replace: (m, text) => (SUSPENDED_HYPHEN_NEXT.has(wordAt(text, m.index + m[0].length)) ? null : '-'),
  },
  // `Secretary - General`, `commander - in - chief`: a listed compound spaced on both sides.
  {
    rule: 'spaced-hyphen',
    hint: H_SPACED_DASH,
    pattern: /(?<![\p{L}-])\p{L}+(?: - \p{L}+){1,2}(?![\p{L}-])/gu,
    replace: (m) =>
      SPACED_COMPOUNDS.has(m[0].replaceAll(' - ', '-').toLowerCase()) ? m[0].replaceAll(' - ', '-') : null,
  },
  // `said ,` `here .` `( word )`; not before `...` and not `5 %` (a percentage).
  {
    rule: 'spaced-punctuation',
    hint: H_SPACE_PUNCT,
    pattern: / +(?=[,;!?)\]}]|:(?!\d))|(?<!\.) +(?=\.(?![.\w])|\.(?=\p{Lu}\p{Ll}))/gu,
    replace: '',
  },
  { rule: 'spaced-punctuation', hint: H_OPEN_SPACE, pattern: /(?<=[([{]) +/gu, replace: '' },
  {
    rule: 'spaced-punctuation',
    hint: H_OPEN_SPACE | H_SPACE_PUNCT,
    pattern: /(?<=(?:^|[\s([{—–])“) +|(?<=(?:^|[\s([{—–])‘) +(?=\p{L})| +(?=”(?:[\s,.;:!?)\]]|$))/gu,
    replace: '',
  },
  // `Russia 's`, `do n't`, `don 't`.
  {
    rule: 'spaced-clitic',
    hint: H_CLITIC,
    pattern:
      /(?<=\p{L}) +(?=['’](?:s|re|ve|ll|d|m)(?!\p{L}))|(?<=\p{L}) +(?=n['’]t(?!\p{L}))|(?<=(?:^|[^\p{L}])(?:[Dd]o|[Dd]oes|[Dd]id|[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Hh]as|[Hh]ave|[Hh]ad|[Cc]ould|[Ww]ould|[Ss]hould|[Mm]ust|[Nn]eed|[Cc]a|[Ww]o|[Aa]i)n) +(?=['’]t(?!\p{L}))/gu,
    replace: '',
  },
  // `,,` `, ,` `;;` and a lone doubled full stop `..` (an ellipsis `...` stays).
  { rule: 'doubled-punctuation', hint: H_DOUBLED, pattern: /,(?: ?,)+/gu, replace: ',' },
  { rule: 'doubled-punctuation', hint: H_DOUBLED, pattern: /;(?: ?;)+/gu, replace: ';' },
  { rule: 'doubled-punctuation', hint: H_DOUBLED, pattern: /(?<!\.)\.\.(?=\s+\p{Lu}|\s*$)/gu, replace: '.' },
  { rule: 'doubled-punctuation', hint: H_DOUBLED, pattern: /,(?=\.(?!\.))/gu, replace: '' },
  // `defense.He`, `2014.The`, `said."He`: sentence punctuation with no space after it.
  {
    rule: 'run-on',
    hint: H_STOP_CAPITAL,
    pattern: /(?<=[\p{Ll}\d]{2}[.!?])(?=\p{Lu})|(?<=[.!?]["”’])(?=\p{Lu})/gu,
    replace: ' ',
  },
  // `2 %According`, `(Reuters)The`, `”he said`, `Moscow,Russia`, `said“We`.
  {
    rule: 'run-on',
    hint: H_GLUED,
    pattern:
      /(?<=%)(?=\p{L})|(?<=[)\]])(?=\p{Lu})|(?<=”)(?=\p{L})|(?<=[\p{Ll}"”’)][,;])(?=\p{L})|(?<=[\p{L}\d,.:;!?])(?=“[\p{L}\d‘'])/gu,
    replace: ' ',
  },
];

const STARTER_LENGTHS = [...new Set(RUN_ON_STARTERS.map((w) => w.length))].sort((a, b) => b - a);

/** Letters for run-on purposes: ASCII, Latin-1 and everything outside punctuation blocks. */
function isLetterish(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  if (c < 0xc0) return false;
  return (
    c !== 0xd7 &&
    c !== 0xf7 &&
    !(c >= 0x2000 && c <= 0x2bff) &&
    !(c >= 0x3000 && c <= 0x303f) &&
    !(c >= 0xd800 && c <= 0xdfff) &&
    c !== 0xfeff
  );
}

function isLowerCode(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c >= 0xdf && c <= 0xff) return c !== 0xf7;
  if (c >= 0x100 && c <= 0x17f) return (c & 1) === 1;
  return false;
}

function isUpperLetter(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  if (c >= 0x100 && c <= 0x17f) return (c & 1) === 0;
  return false;
}

/**
 * Run-ons inside one run of letters, in linear time (look-behind patterns for these go
 * quadratic on long letter runs):
 * - `talksAnd`: a lower-case word of two or more letters running into a capitalised one,
 *   the whole run having one lower→upper change (`realDonaldTrump` has two, `iPhone` a
 *   one-letter head);
 * - `MoscowThe`, `NATOHe`: a capitalised word of four or more letters running into a
 *   sentence starter (`NowThis` is too short a head, `McDonaldThe` has two changes).
 * `CAMEL_CASE_NAMES` are never split, nor a word right after one with a one-letter lower-case
 * head (`uMkhonto weSizwe`: a Nguni name's noun-class prefixes, not a lost space).
 */
function camelRunOns(text: string, out: ArtifactEdit[]): void {
  const n = text.length;
  let i = 0;
  // The end of the last run that opened with a lower-case prefix on a capital ("uMkhonto").
  let prefixedEnd = -2;
  while (i < n) {
    if (!isLetterish(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const a = i;
    while (i < n && isLetterish(text.charCodeAt(i))) i++;
    const b = i;
    const before = a > 0 ? text.charCodeAt(a - 1) : 0;
    // "uMkhonto weSizwe", "iNkosi yaMakhosi": words of a language that writes a noun-class
    // prefix in lower case on a capital, one after another, are a name, not run-ons.
    const afterPrefixed = prefixedEnd === a - 1 && before === 0x20;
    if (b - a >= 3 && isLowerCode(text.charCodeAt(a)) && isUpperLetter(text.charCodeAt(a + 1)))
      prefixedEnd = b;
    if (b - a < 4 || before === 0x27 || before === 0x2019 || afterPrefixed) continue;
    let changes = 0;
    let first = -1;
    let lowerHead = isLowerCode(text.charCodeAt(a));
    for (let p = a + 1; p < b; p++) {
      const c = text.charCodeAt(p);
      if (isUpperLetter(c) && isLowerCode(text.charCodeAt(p - 1))) {
        changes++;
        if (first < 0) first = p;
      } else if (first < 0 && !isLowerCode(c)) lowerHead = false;
    }
    if (changes > 1) continue;
    let at = -1;
    if (
      changes === 1 &&
      lowerHead &&
      first - a >= 2 &&
      first + 1 < b &&
      isLowerCode(text.charCodeAt(first + 1))
    ) {
      at = first;
    } else if (isUpperLetter(text.charCodeAt(a))) {
      for (const length of STARTER_LENGTHS) {
        const p = b - length;
        if (p - a >= 4 && isUpperLetter(text.charCodeAt(p)) && STARTER_SET.has(text.slice(p, b))) {
          at = p;
          break;
        }
      }
    }
    if (at >= 0 && !CAMEL_CASE_NAMES.has(text.slice(a, b).toLowerCase())) {
      out.push({ start: at, end: at, text: ' ', rule: 'run-on' });
    }
  }
}

/**
 * Straight double quotes paired left to right: a space just inside a pair goes
 * (`" word "` → `"word"`). Skipped when the count is odd or the pairing looks wrong, as
 * when a quote runs on into the next paragraph, and when the paragraph also has curly
 * double quotes: a straight mark there may close a curly one (`“… for humanity," U.N. chief
 * … said`), so straight marks cannot be paired among themselves.
 */
function straightQuoteEdits(text: string, out: ArtifactEdit[]): void {
  if (CURLY_DOUBLE.test(text)) return;
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
    if (!/[\s([{—–:,;-]/u.test(before) || /[\p{L}\d]/u.test(after)) return;
    // `added:"We` → `added: "We`
    if (/[:,;]/u.test(before)) edits.push({ start: open, end: open, text: ' ', rule: 'run-on' });
    if (text[open + 1] === ' ')
      edits.push({ start: open + 1, end: open + 2, text: '', rule: 'spaced-punctuation' });
    if (close - 1 > open + 1 && text[close - 1] === ' ')
      edits.push({ start: close - 1, end: close, text: '', rule: 'spaced-punctuation' });
  }
  out.push(...edits);
}

const CURLY_DOUBLE = /[“”„]/u;

/** The repairs to make in one normalised paragraph, unsorted and possibly overlapping. */
export function findArtifacts(text: string): ArtifactEdit[] {
  const out: ArtifactEdit[] = [];
  const hints = scanHints(text);
  if (hints === 0 && !text.includes('"')) return out;
  for (const { rule, hint, pattern, replace } of RULES) {
    if ((hints & hint) === 0) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const replacement = typeof replace === 'string' ? replace : replace(m, text);
      if (replacement !== null && (m[0].length > 0 || replacement.length > 0)) {
        out.push({ start: m.index, end: m.index + m[0].length, text: replacement, rule });
      }
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  if (hints & (H_CAMEL | H_STARTER)) camelRunOns(text, out);
  if (text.includes('"')) straightQuoteEdits(text, out);
  if (out.length === 0) return out;
  return dropProtected(text, out);
}

/** Removes edits that fall inside a URL or an e-mail address. */
function dropProtected(text: string, edits: ArtifactEdit[]): ArtifactEdit[] {
  if (!text.includes('@') && !text.includes('/') && !text.includes('#')) return edits;
  const spans: [number, number][] = [];
  PROTECTED.lastIndex = 0;
  for (let m = PROTECTED.exec(text); m !== null; m = PROTECTED.exec(text)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  if (spans.length === 0) return edits;
  // Both lists ordered by start: one merge pass, not edits × spans.
  edits.sort((x, y) => x.start - y.start || x.end - y.end);
  const kept: ArtifactEdit[] = [];
  let k = 0;
  for (const e of edits) {
    while (k < spans.length && spans[k]![1] <= e.start) k++;
    const span = spans[k];
    const inside = span !== undefined && e.start < span[1] && e.end > span[0];
    if (!inside) kept.push(e);
  }
  return kept;
}
