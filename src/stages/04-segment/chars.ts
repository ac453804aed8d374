/**
 * Character classes on UTF-16 code units, without allocating: the tokenizer calls these
 * for every character. Whitespace is exactly what JavaScript's `\s` matches, so "the
 * gaps between tokens are whitespace" means the same thing everywhere.
 */

/** True for the code units JavaScript's `\s` matches. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

export function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/**
 * Letters, digits and combining marks: what words are made of. Outside ASCII, every
 * code unit is a letter except the punctuation and symbol blocks news text uses.
 */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return isDigit(c) || isAsciiUpper(c) || isAsciiLower(c);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c < 0x2000) return c !== 0x37e && c !== 0x387 && !(c >= 0x55a && c <= 0x55f) && c !== 0x589;
  if (c < 0x2c00) return false; // punctuation, currency, letterlike, arrows, maths, shapes, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xf8ff) return false; // surrogates (emoji), private use
  if (c >= 0xfe10 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  return c !== 0xfeff && c !== 0xfffd;
}

/** Upper-case letter, for any script (allocates only for non-ASCII letters). */
export function isUpper(c: number): boolean {
  if (c < 0x80) return isAsciiUpper(c);
  if (!isWordChar(c)) return false;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

/** Lower-case letter, for any script. */
export function isLower(c: number): boolean {
  if (c < 0x80) return isAsciiLower(c);
  if (!isWordChar(c)) return false;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase() && s === s.toLowerCase();
}

export function isLetter(c: number): boolean {
  return isWordChar(c) && !isDigit(c);
}

export const APOSTROPHE = 0x27;
export const RIGHT_SINGLE = 0x2019;

/** Quotation marks of every style; each is a token of kind `quote`. */
export function isQuote(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x60 ||
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2039 ||
    c === 0x203a ||
    c === 0x300c ||
    c === 0x300d
  );
}

/** Opening quotation marks (straight ones are decided by position). */
export function isOpeningQuote(c: number): boolean {
  return c === 0x201c || c === 0x2018 || c === 0x201e || c === 0xab || c === 0x2039 || c === 0x60;
}

/** Currency signs: their own `symbol` tokens. */
export function isCurrency(c: number): boolean {
  return c === 0x24 || (c >= 0xa2 && c <= 0xa5) || (c >= 0x20a0 && c <= 0x20cf);
}

/** Dashes and hyphens used as punctuation. */
export function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

/** Punctuation (as opposed to symbols such as `%`, `&`, `+`, `©`). */
export function isPunct(c: number): boolean {
  if (c < 0x80) {
    return (
      c === 0x21 ||
      (c >= 0x28 && c <= 0x2f && c !== 0x2b) || // ( ) * , - . /  (not +)
      c === 0x3a ||
      c === 0x3b ||
      c === 0x3f ||
      c === 0x5b ||
      c === 0x5c ||
      c === 0x5d ||
      c === 0x5f ||
      c === 0x7b ||
      c === 0x7d
    );
  }
  return (
    c === 0xa1 ||
    c === 0xa7 ||
    c === 0xb6 ||
    c === 0xb7 ||
    c === 0xbf ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    (c >= 0x3001 && c <= 0x3003)
  );
}
