/**
 * Character-level normalisation of one paragraph, in one pass over the source:
 * - NFC for the rare decomposed clusters (a base letter followed by combining marks);
 * - compatibility characters that only change the look: Latin ligatures (ﬁ → fi),
 *   full-width ASCII (Ａ → A), non-breaking and Unicode hyphens (‑ → -);
 * - invisible characters dropped: zero-width spaces and joiners, bidi marks, soft
 *   hyphens, BOMs, C0/C1 control characters;
 * - mojibake repaired: UTF-8 read as Windows-1252 by some scraper (`donâ€™t` → `don’t`);
 * - every run of whitespace (tabs, newlines, no-break and other Unicode spaces) becomes
 *   one ASCII space; leading and trailing whitespace goes.
 *
 * Deliberately *not* NFKC: it would also turn `km²` into `km2`, `½` into `1⁄2` and `™`
 * into `TM`, changing what the text says.
 */
import type { Span } from '../../core/span.js';
import { MappedText } from './mapped-text.js';

const KEEP = 0;
const DROP = 1;
const SPACE = 2;
const MAP = 3;

const LIGATURES: Record<number, string> = {
  64256: 'ff',
  64257: 'fi',
  64258: 'fl',
  64259: 'ffi',
  64260: 'ffl',
  64261: 'st',
  64262: 'st',
};

/** How a code unit is treated; `MAP` characters go through {@link mapped}. */
function classify(c: number): number {
  if (c < 0x80) {
    if (c >= 0x21 && c < 0x7f) return KEEP;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return SPACE;
    return DROP;
  }
  if (c < 0xa0) return DROP; // C1 controls
  if (c === 0xa0) return SPACE;
  if (c === 0xad) return DROP; // soft hyphen
  if (c < 0x1680) return KEEP;
  if (c === 0x1680 || c === 0x3000) return SPACE;
  if (c >= 0x2000 && c <= 0x206f) {
    if (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f) return SPACE;
    if (c <= 0x200f || (c >= 0x202a && c <= 0x202e) || c >= 0x2060) return DROP;
    if (c === 0x2010 || c === 0x2011) return MAP;
    return KEEP;
  }
  if (c === 0xfeff) return DROP;
  if (c >= 0xfb00 && c <= 0xfb06) return MAP;
  if (c >= 0xff01 && c <= 0xff5e) return MAP;
  return KEEP;
}

function mapped(c: number): string {
  if (c === 0x2010 || c === 0x2011) return '-';
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return LIGATURES[c] ?? String.fromCharCode(c);
}

/** Windows-1252 characters of the bytes 0x80–0x9F, as they appear in mojibake. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The byte a character stands for when UTF-8 was decoded as Windows-1252, or -1. */
function cp1252Byte(c: number): number {
  if (c >= 0xa0 && c <= 0xff) return c;
  if (c >= 0x80 && c <= 0x9f) return c;
  const k = CP1252_HIGH.indexOf(String.fromCharCode(c));
  return k >= 0 ? 0x80 + k : -1;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Mojibake: UTF-8 bytes that a scraper decoded as Windows-1252 (`donâ€™t`, `BogotÃ¡`).
 * At a character that would be a UTF-8 lead byte (Â–ô), reads the continuation bytes
 * the lead promises; when they decode as valid UTF-8 to a printable character, returns
 * `[length, decoded]`. Text that merely contains `Ã` or `â` is never touched.
 */
export function mojibakeAt(source: string, i: number, end: number): [number, string] | null {
  const lead = source.charCodeAt(i);
  const count = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
  const bytes = new Uint8Array(count + 1);
  bytes[0] = lead;
  for (let k = 1; k <= count; k++) {
    if (i + k >= end) return null;
    const b = cp1252Byte(source.charCodeAt(i + k));
    if (b < 0x80 || b > 0xbf) return null;
    bytes[k] = b;
  }
  let decoded: string;
  try {
    decoded = UTF8.decode(bytes);
  } catch {
    return null;
  }
  const d = decoded.charCodeAt(0);
  if (d < 0xa0 || (d >= 0xd800 && d <= 0xdfff && decoded.length < 2)) return null;
  return [count + 1, decoded];
}

function isCombining(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/** Growable output: the string parts plus the per-code-unit source map. */
class Output {
  parts: string[] = [];
  length = 0;
  srcStart: Int32Array;
  srcEnd: Int32Array;
  copied: Uint8Array;
  private runStart = -1;
  private runLength = 0;

  constructor(
    private readonly source: string,
    capacity: number,
  ) {
    this.srcStart = new Int32Array(capacity);
    this.srcEnd = new Int32Array(capacity);
    this.copied = new Uint8Array(capacity);
  }

  private ensure(extra: number): void {
    const need = this.length + extra;
    if (need <= this.srcStart.length) return;
    const size = Math.max(need, this.srcStart.length * 2);
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.srcStart = grow(this.srcStart, (n) => new Int32Array(n));
    this.srcEnd = grow(this.srcEnd, (n) => new Int32Array(n));
    this.copied = grow(this.copied, (n) => new Uint8Array(n));
  }

  /** Copies source code unit `i` unchanged. */
  copy(i: number): void {
    this.ensure(1);
    if (this.runStart >= 0 && this.runStart + this.runLength !== i) this.flush();
    if (this.runStart < 0) this.runStart = i;
    this.runLength++;
    const k = this.length++;
    this.srcStart[k] = i;
    this.srcEnd[k] = i + 1;
    this.copied[k] = 1;
  }

  /** Copies source code units `[i, j)` unchanged. */
  copyRun(i: number, j: number): void {
    const n = j - i;
    this.ensure(n);
    if (this.runStart >= 0 && this.runStart + this.runLength !== i) this.flush();
    if (this.runStart < 0) this.runStart = i;
    this.runLength += n;
    const { srcStart, srcEnd, copied } = this;
    let k = this.length;
    for (let p = i; p < j; p++, k++) {
      srcStart[k] = p;
      srcEnd[k] = p + 1;
    }
    copied.fill(1, this.length, k);
    this.length = k;
  }

  /** Emits `text` standing for source `[start, end)`. */
  replace(start: number, end: number, text: string): void {
    this.flush();
    this.ensure(text.length);
    this.parts.push(text);
    for (let j = 0; j < text.length; j++) {
      const k = this.length++;
      this.srcStart[k] = start;
      this.srcEnd[k] = end;
      this.copied[k] = 0;
    }
  }

  flush(): void {
    if (this.runStart >= 0) {
      this.parts.push(this.source.slice(this.runStart, this.runStart + this.runLength));
      this.runStart = -1;
      this.runLength = 0;
    }
  }

  finish(): MappedText {
    this.flush();
    const n = this.length;
    // Views, not copies: this output is discarded once finished.
    return new MappedText(
      this.parts.length === 1 ? this.parts[0]! : this.parts.join(''),
      this.srcStart.subarray(0, n),
      this.srcEnd.subarray(0, n),
      this.copied.subarray(0, n),
    );
  }
}

/**
 * Normalises the source `ranges` (the kept lines of one paragraph, in order) into one
 * line of text. The gap between two ranges counts as whitespace.
 */
export function normaliseRanges(source: string, ranges: readonly Span[]): MappedText {
  let capacity = 8;
  for (const r of ranges) capacity += r.end - r.start + 1;
  const out = new Output(source, capacity);
  // Pending whitespace run: emitted as one space before the next visible character.
  let spaceStart = -1;
  let spaceEnd = -1;
  let spaceSingle = false;
  let previousEnd = -1;
  for (const range of ranges) {
    if (previousEnd >= 0 && out.length > 0) {
      if (spaceStart < 0) spaceStart = previousEnd;
      spaceEnd = range.start;
      spaceSingle = false;
    }
    previousEnd = range.end;
    let i = range.start;
    while (i < range.end) {
      const c = source.charCodeAt(i);
      const kind = classify(c);
      if (kind === SPACE) {
        if (spaceStart < 0) {
          spaceStart = i;
          spaceSingle = c === 0x20;
        } else spaceSingle = false;
        spaceEnd = i + 1;
        i++;
        continue;
      }
      if (kind === DROP) {
        i++;
        continue;
      }
      if (spaceStart >= 0) {
        if (out.length > 0) {
          if (spaceSingle) out.copy(spaceStart);
          else out.replace(spaceStart, spaceEnd, ' ');
        }
        spaceStart = -1;
      }
      if (c >= 0xc2 && c <= 0xf4) {
        const fixed = mojibakeAt(source, i, range.end);
        if (fixed) {
          out.replace(i, i + fixed[0], fixed[1]);
          i += fixed[0];
          continue;
        }
      }
      const next = i + 1 < range.end ? source.charCodeAt(i + 1) : 0;
      if (next >= 0x300 && isCombining(next)) {
        let j = i + 2;
        while (j < range.end && isCombining(source.charCodeAt(j))) j++;
        const cluster = source.slice(i, j);
        const composed = cluster.normalize('NFC');
        if (composed === cluster) for (let k = i; k < j; k++) out.copy(k);
        else out.replace(i, j, composed);
        i = j;
        continue;
      }
      if (kind === MAP) {
        out.replace(i, i + 1, mapped(c));
        i++;
        continue;
      }
      // Fast path: a run of printable ASCII and single spaces between words is copied as is.
      let j = i + 1;
      while (j < range.end) {
        const d = source.charCodeAt(j);
        if (d >= 0x21 && d < 0x7f) j++;
        else if (d === 0x20 && j + 1 < range.end) {
          const e = source.charCodeAt(j + 1);
          if (e >= 0x21 && e < 0x7f) j += 2;
          else break;
        } else break;
      }
      // Leave a letter followed by a combining mark to the cluster path above.
      if (j < range.end && j > i + 1 && isCombining(source.charCodeAt(j))) j--;
      out.copyRun(i, j);
      i = j;
    }
  }
  return out.finish();
}
