/**
 * A set of lower-case words asked about spans of a text: `has(text, start, end)` is
 * `words.has(text.slice(start, end).toLowerCase())`, without cutting the span out or
 * lower-casing it when it is ASCII (the words a linker tests per capitalised word of an
 * article: "The", "President", "Monday" — one string per test was most of their cost).
 */
export class FoldedWordSet {
  /** ASCII words by their first letter and length (`bucketKey`). */
  private readonly buckets = new Map<number, string[]>();

  constructor(private readonly words: ReadonlySet<string>) {
    for (const w of words) {
      if (w.length === 0 || !isAscii(w)) continue;
      const key = bucketKey(w.charCodeAt(0), w.length);
      const list = this.buckets.get(key);
      if (list) list.push(w);
      else this.buckets.set(key, [w]);
    }
  }

  /** `words.has(text.slice(start, end).toLowerCase())`. */
  has(text: string, start: number, end: number): boolean {
    if (end <= start) return this.words.has('');
    for (let i = start; i < end; i++) {
      // Beyond ASCII, lower-casing may change the length ("İ"): read as the plain test reads it.
      if (text.charCodeAt(i) >= 128) return this.words.has(text.slice(start, end).toLowerCase());
    }
    // An ASCII span lower-cased is ASCII: only an ASCII word can equal it.
    const list = this.buckets.get(bucketKey(lower(text.charCodeAt(start)), end - start));
    if (!list) return false;
    for (const w of list) {
      let k = 1;
      while (k < w.length && w.charCodeAt(k) === lower(text.charCodeAt(start + k))) k++;
      if (k === w.length) return true;
    }
    return false;
  }
}

function bucketKey(first: number, length: number): number {
  return first * 65_536 + length;
}

/** An ASCII code lower-cased. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return false;
  return true;
}
