/**
 * Scraper debris: lines of page furniture that a scraper copied into the article body.
 * Each source line is classified on its own (what it says), then captions are found
 * by their neighbours (a caption sits next to a photo credit). A line is only removed
 * on positive evidence — a short line is not debris because it is short.
 */
import type { BlockRole, DebrisKind, ProvenanceSignal } from '../../core/annotations.js';
import { agencyOf, CREDIT_HINT, parseCredit } from './credit.js';
import {
  BOILERPLATE,
  CAPTION_CUES,
  CAPTION_PREFIX,
  IMAGE_EXTENSION,
  IMAGE_HOST,
  READ_MORE,
  READ_MORE_CAPS,
  REPORTING,
  SECTION_LABELS,
  SHARE_LINE,
  SHARE_WORDS,
  SOURCE_LINE,
  SOURCE_LINK_LINE,
  SPUN_CREDIT_LINE,
  TAG_LINE,
} from './lexicon.js';

const BY = 'clean';

/** A piece of a source line to remove, with its debris kind. */
export interface DebrisPiece {
  readonly kind: DebrisKind;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

/** A trimmed line of the source text, inside one block. */
export interface SourceLine {
  readonly start: number;
  readonly end: number;
  readonly block: number;
  readonly role: BlockRole;
}

export interface LineVerdict {
  pieces: DebrisPiece[];
  signals: ProvenanceSignal[];
  /** The whole line is a photo credit: its neighbours may be captions. */
  credit: boolean;
}

/** `Credit:`, `Photo:`, `Photograph:` inside a line: a credit may follow even without an agency. */
const TAIL_CREDIT_PREFIX = /\b(?:credit|photo|photograph|image|picture)s?\s*(?::|\u2026|\.{3})/i;
const URL_LINE = /^(?:https?:\/\/|\/\/|www\.)\S+$/iu;
const INLINE_CREDIT =
  /[([](?:(?:photo(?:graph)?s?|image|picture|foto)\s*(?:by\b|:|credit:?)|(?:AP|AFP|REUTERS|Reuters|EPA|EPA-EFE) Photo\s*\/)[^()[\]]{1,120}[)\]]/giu;
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** Captions end with the date the picture was taken: `…, February 12, 2025.` */
const DATE_AT_END = new RegExp(
  `(?:\\b${MONTH}\\.? \\d{1,2}, \\d{4}|\\b\\d{1,2} ${MONTH} \\d{4})\\.?\\)?$`,
  'u',
);
/^(?:[\p{Lu}][\p{L}.' -]{1,40},?\s+)?\((Reuters|AP|AFP|Bloomberg|dpa|Xinhua|TASS|Anadolu|EFE|UPI|CNN)\)\s*[-–—]/u;

function signal(kind: ProvenanceSignal['kind'], value: string, detail: string | null, confidence: number) {
  return { kind, value, detail, confidence, by: BY } satisfies ProvenanceSignal;
}

function agencySignals(agencies: readonly string[], detail: string, confidence: number): ProvenanceSignal[] {
  return agencies.map((a) => signal('agency-credit', a, detail, confidence));
}

function hostOf(url: string): string | null {
  const m = /^(?:https?:)?\/\/([^/?#:\s]+)|^(www\.[^/?#:\s]+)/iu.exec(url);
  return (m?.[1] ?? m?.[2] ?? null)?.toLowerCase() ?? null;
}

/** Collapsed, trimmed text of a line, for whole-line tests. */
function flat(text: string): string {
  if (!ODD_SPACE.test(text)) return text.trim();
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Whitespace other than single spaces, or invisible characters (not Unicode-mode: faster). */
const ODD_SPACE =
  /[\t\n\v\f\r\u00a0\u00ad\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/;
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/gu)) n++;
  return n;
}

/** A line of share buttons: every word is a share word (`Share Facebook Twitter Email`). */
function isShareButtons(line: string): boolean {
  if (line.length > 120) return false;
  const space = line.indexOf(' ');
  const first = (space < 0 ? line : line.slice(0, space)).toLowerCase().replace(/[|•·:,/]+$/u, '');
  if (!SHARE_WORDS.has(first) && first !== 'gift') return false;
  const lower = line
    .toLowerCase()
    .replace(/[|•·:,/]+/gu, ' ')
    .trim();
  if (lower.length === 0) return false;
  // A single word is a share button only when it says so (`Share`, `Tweet`); `X` or
  // `Email` alone could be anything.
  if (SHARE_WORDS.has(lower)) return lower.includes(' ') || lower === 'share' || lower === 'tweet';
  const words = lower.split(/\s+/u);
  // Pairs such as "share this", "copy link" are in the set as phrases.
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    if (two && SHARE_WORDS.has(two)) {
      i++;
      continue;
    }
    if (!SHARE_WORDS.has(words[i]!)) return false;
  }
  return words.length >= 2 || words[0] === 'share';
}

/** Lines longer than this are body paragraphs: only credits inside them are looked for. */
const LONG_LINE = 600;

/**
 * Debris found in one line from its own text. `atEnd` is true for the last lines of
 * the article, where a bare link is a source link rather than an embed.
 */
export function classifyLine(source: string, line: SourceLine, atEnd: boolean): LineVerdict {
  const verdict: LineVerdict = { pieces: [], signals: [], credit: false };
  if (line.end - line.start <= LONG_LINE && classifyShortLine(source, line, atEnd, verdict)) return verdict;

  let end = line.end;
  const tail = trailingCredit(source, line);
  if (tail) {
    const head = flat(source.slice(line.start, tail.captionEnd));
    verdict.signals.push(...agencySignals(tail.agencies, flat(source.slice(tail.start, line.end)), 0.9));
    verdict.pieces.push({ kind: 'photo-credit', start: tail.start, end: line.end, confidence: 0.85 });
    if (isCaptionLike(head, true)) {
      verdict.pieces.unshift({ kind: 'caption', start: line.start, end: tail.captionEnd, confidence: 0.9 });
      return verdict;
    }
    end = tail.captionEnd;
  }

  const raw = source.slice(line.start, end);
  if (raw.includes('(') || raw.includes('[')) {
    INLINE_CREDIT.lastIndex = 0;
    for (let m = INLINE_CREDIT.exec(raw); m !== null; m = INLINE_CREDIT.exec(raw)) {
      const credit = parseCredit(m[0]);
      if (!credit) continue;
      const start = line.start + m.index;
      verdict.signals.push(...agencySignals(credit.agencies, m[0], 0.9));
      verdict.pieces.push({ kind: 'photo-credit', start, end: start + m[0].length, confidence: 0.9 });
    }
  }
  if (raw.includes('dvertisement') || raw.includes('DVERTISEMENT')) {
    INLINE_ADVERT.lastIndex = 0;
    for (let m = INLINE_ADVERT.exec(raw); m !== null; m = INLINE_ADVERT.exec(raw)) {
      const start = line.start + m.index;
      verdict.pieces.push({ kind: 'section-label', start, end: start + m[0].length, confidence: 0.8 });
    }
  }
  if (verdict.pieces.length > 0) classifyRemainder(source, line, atEnd, verdict);
  return verdict;
}

/**
 * An advertisement marker a scraper flattened into the text, between two sentences:
 * `… the talks. Advertisement The minister …` (never `Advertisement revenue fell`).
 */
const INLINE_ADVERT =
  /(?<=[.!?"”’]\s+)(?:ADVERTISEMENT|Advertisement)(?:\s*[-–—]\s*(?:scroll|continue reading)[\p{L} ]{0,30}?(?=\s+\p{Lu}))?(?=\s+["“\p{Lu}])/gu;

/**
 * When a credit was cut from a line, what is left may itself be furniture
 * (`Share this article (Photo by …)`): the remainder, if it is one piece, gets the
 * whole-line tests too.
 */
function classifyRemainder(source: string, line: SourceLine, atEnd: boolean, verdict: LineVerdict): void {
  const pieces = verdict.pieces.slice().sort((a, b) => a.start - b.start);
  const kept: [number, number][] = [];
  let at = line.start;
  for (const p of pieces) {
    if (p.start > at) kept.push([at, p.start]);
    at = Math.max(at, p.end);
  }
  if (at < line.end) kept.push([at, line.end]);
  const visible = kept.filter(
    ([a, b]) => flat(source.slice(a, b)).replace(/^[\s.,;:…—–-]+|[\s.,;:…—–-]+$/gu, '') !== '',
  );
  if (visible.length !== 1) return;
  let [a, b] = visible[0]!;
  while (a < b && /[\s.,;:…—–\u00ad\u200b-]/u.test(source[a]!)) a++;
  while (b > a && /[\s.,;:…—–\u00ad\u200b-]/u.test(source[b - 1]!)) b--;
  if (b - a > LONG_LINE) return;
  const sub: LineVerdict = { pieces: [], signals: [], credit: false };
  if (classifyShortLine(source, { ...line, start: a, end: b }, atEnd, sub)) {
    verdict.pieces.push(...sub.pieces);
    verdict.signals.push(...sub.signals);
  }
}

/**
 * The whole-line tests, for lines short enough to be furniture. Fills `verdict` and
 * returns true when the line is decided.
 */
function classifyShortLine(source: string, line: SourceLine, atEnd: boolean, verdict: LineVerdict): boolean {
  const raw = source.slice(line.start, line.end);
  // Whole-line comparisons need collapsed spaces; longer lines only meet anchored tests.
  const text = raw.length <= 200 ? flat(raw) : raw;
  const whole = (kind: DebrisKind, confidence: number): true => {
    verdict.pieces.push({ kind, start: line.start, end: line.end, confidence });
    return true;
  };
  if (text.length === 0) return true;

  const c0 = text.charCodeAt(0);
  const url =
    c0 === 0x68 || c0 === 0x48 || c0 === 0x77 || c0 === 0x2f ? text.replace(/[\s.,;:!?…]+$/u, '') : '';
  if (url && URL_LINE.test(url)) {
    const host = hostOf(url);
    const path = url.replace(/[?#].*$/u, '');
    if (IMAGE_EXTENSION.test(path) || (host && IMAGE_HOST.test(host))) {
      if (host) verdict.signals.push(signal('image-host', host, url, 0.95));
      return whole('image-url', 0.95);
    }
    verdict.signals.push(signal('source-link', url, host, atEnd ? 0.8 : 0.6));
    return whole('source-link', atEnd ? 0.8 : 0.6);
  }

  const short = text.length <= 200;
  if (short) {
    const lower = text.toLowerCase().replace(/[\s:.…»›>→|]+$/u, '');
    if (SECTION_LABELS.has(lower) || TAG_LINE.test(text)) {
      return whole('section-label', line.role === 'heading' ? 0.95 : 0.85);
    }
    const link = SOURCE_LINK_LINE.exec(text);
    if (link && (link[1] === '' || URL_LINE.test(link[1]!))) {
      const host = link[1] ? hostOf(link[1]) : null;
      verdict.signals.push(signal('source-link', link[1] || text, host, 0.9));
      return whole('source-link', 0.95);
    }
    const src = SOURCE_LINE.exec(text);
    if (src) {
      const rest = (src[1] ?? '').trim();
      const host = URL_LINE.test(rest) ? hostOf(rest) : null;
      const agency = rest && !host ? agencyOf(rest) : null;
      if (rest.length === 0 || host || agency || wordCount(rest) <= 8) {
        verdict.signals.push(signal('source-link', rest || text, host ?? agency, 0.9));
        if (agency) verdict.signals.push(signal('agency-credit', agency, text, 0.85));
        return whole('source-link', 0.95);
      }
    }
    if (READ_MORE.test(text) || READ_MORE_CAPS.test(text)) return whole('read-more', 0.9);
    if (SHARE_LINE.test(text) || isShareButtons(text)) return whole('share', 0.9);
  }
  if (text.length <= 400 && (BOILERPLATE.test(text) || SPUN_CREDIT_LINE.test(text))) {
    const agencies = [
      ...new Set(
        text
          .split(/[\s,.;()©]+/u)
          .map(agencyOf)
          .filter((a) => a !== null),
      ),
    ];
    verdict.signals.push(...agencySignals(agencies, text, 0.8));
    if (/^\(?(?:reporting|additional reporting|editing|writing) by\b/iu.test(text)) {
      verdict.signals.push(signal('byline', text, 'agency sign-off', 0.7));
    }
    return whole('boilerplate', 0.9);
  }

  if (short) {
    const credit = parseCredit(text);
    if (credit) {
      verdict.credit = true;
      verdict.signals.push(...agencySignals(credit.agencies, text, 0.95));
      return whole('photo-credit', credit.agencies.length > 0 ? 0.95 : 0.85);
    }
  }

  if (CAPTION_PREFIX.test(text) && wordCount(text) <= 80) {
    const tail = trailingCredit(source, line);
    if (tail) {
      verdict.signals.push(...agencySignals(tail.agencies, flat(source.slice(tail.start, line.end)), 0.9));
      verdict.pieces.push({ kind: 'caption', start: line.start, end: tail.captionEnd, confidence: 0.9 });
      verdict.pieces.push({ kind: 'photo-credit', start: tail.start, end: line.end, confidence: 0.9 });
      return true;
    }
    return whole('caption', 0.85);
  }
  return false;
}

interface TrailingCredit {
  /** Where the credit starts in the source. */
  readonly start: number;
  /** Where the text before it ends (its closing punctuation included). */
  readonly captionEnd: number;
  readonly agencies: readonly string[];
}

/**
 * A credit at the end of a line after a sentence end or a bracket:
 * `… February 12, 2025. Sputnik/Gavriil Grigorov/Pool via REUTERS`.
 * Only the last 160 characters are searched, so long paragraphs cost little.
 */
function trailingCredit(source: string, line: SourceLine): TrailingCredit | null {
  const from = Math.max(line.start, line.end - 160);
  const tail = source.slice(from, line.end);
  if (!CREDIT_HINT.test(tail) && !TAIL_CREDIT_PREFIX.test(tail)) return null;
  const candidates: [number, number][] = [];
  for (const m of tail.matchAll(/[.!?)\]]\s+|\s+(?=[([])|\s+[|–—-]\s+/gu)) {
    candidates.push([from + m.index, from + m.index + m[0].length]);
  }
  for (const [cut, start] of candidates) {
    const rest = source.slice(start, line.end);
    const credit = parseCredit(rest);
    // A credit with no agency and no `Credit:` is too weak at a sentence end: `… said John Smith.`
    if (!credit || (credit.agencies.length === 0 && !credit.prefixed)) continue;
    const head = source.slice(line.start, cut + 1).trim();
    if (head.length === 0) return null;
    const captionEnd = /[.!?)\]]/u.test(source[cut]!) ? cut + 1 : cut;
    return { start, captionEnd, agencies: credit.agencies };
  }
  return null;
}

/**
 * Whether a line reads like a photo caption: short, not reported speech, and either
 * phrased like one (`attends a meeting`, `during a press conference`) or ending with the
 * date the picture was taken. `nextToCredit` relaxes nothing; it documents the caller.
 */
export function isCaptionLike(text: string, nextToCredit: boolean): boolean {
  if (!nextToCredit || text.length === 0) return false;
  const words = wordCount(text);
  if (words > 60 || REPORTING.test(text)) return false;
  return CAPTION_CUES.test(text) || DATE_AT_END.test(text) || CAPTION_PREFIX.test(text);
}

/**
 * Second pass: a kept line next to a photo-credit line is a caption when it reads like
 * one. The line before the credit is tried first (the usual layout), then the one after.
 */
export function findCaptions(source: string, lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const isKept = (i: number) => i >= 0 && i < lines.length && verdicts[i]!.pieces.length === 0;
  for (let i = 0; i < lines.length; i++) {
    if (!verdicts[i]!.credit) continue;
    for (const j of [i - 1, i + 1]) {
      if (!isKept(j)) continue;
      const line = lines[j]!;
      if (line.role === 'heading' && j === i + 1) continue;
      if (isCaptionLike(flat(source.slice(line.start, line.end)), true)) {
        verdicts[j]!.pieces.push({ kind: 'caption', start: line.start, end: line.end, confidence: 0.8 });
        break;
      }
    }
  }
}
