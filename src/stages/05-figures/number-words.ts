/**
 * Spelled-out numbers in news English: "three", "twenty-three", "two hundred and
 * fifty", "a dozen", "half a million", "1.5" is not here (digits are parsed by the
 * figure scanner). Also spelled ordinals ("third", "twenty-first") for the ordinal rule.
 * A small state machine rather than a grammar library: it must run on every number
 * word in every article, and it stops at the first word that cannot continue the number.
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};
const ORDINAL_TEENS: Readonly<Record<string, number>> = {
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
};
const ORDINAL_TENS: Readonly<Record<string, number>> = {
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};

/** Lower-case words that may start a spelled number (used to build the scanner's regex). */
export const NUMBER_START_WORDS: readonly string[] = [
  ...Object.keys(UNITS),
  ...Object.keys(TEENS),
  ...Object.keys(TENS),
  ...Object.keys(ORDINAL_UNITS).filter((w) => w !== 'first' && w !== 'second'),
  ...Object.keys(ORDINAL_TEENS),
  ...Object.keys(ORDINAL_TENS),
  'a',
  'an',
  'half',
];

export interface SpelledNumber {
  readonly value: number;
  /** Offset just after the last word of the number. */
  readonly end: number;
  readonly ordinal: boolean;
  /** How many number words were read ("twenty-three" is 2). */
  readonly words: number;
  /** True when the number carries a scale word (thousand/million/…), so none may follow. */
  readonly scaled: boolean;
}

type Last = 'start' | 'a' | 'half' | 'half-a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen';

/** One word, with the separator before it; `and` is read as part of the separator. */
const WORD = /([\s\u00A0]+(?:and[\s\u00A0]+)?|-)?([A-Za-z]+)/y;

/**
 * Reads a spelled number starting exactly at `start` (which must be a word start).
 * Returns null when the words there are not a number ("a" alone, "half" alone).
 */
export function parseSpelledNumber(text: string, start: number): SpelledNumber | null {
  let total = 0;
  let current = 0;
  let last: Last = 'start';
  let lastScale = Number.POSITIVE_INFINITY;
  let end = start;
  let words = 0;
  let numberWords = 0;
  let scaled = false;
  let pos = start;
  let first = true;
  while (true) {
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m) break;
    const sep = m[1] ?? '';
    if (first && sep !== '') break;
    if (!first && sep === '') break;
    // "and" only joins "hundred and five" / "million and twenty", never two numbers.
    const hasAnd = /and/.test(sep);
    if (hasAnd && last !== 'hundred' && last !== 'scale') break;
    // A hyphen joins only tens and units ("twenty-three"), and ordinals ("twenty-first").
    const word = m[2]!.toLowerCase();
    const wordEnd = m.index + m[0].length;
    const next = step(word, last, sep === '-', current, lastScale);
    if (!next) break;
    first = false;
    pos = wordEnd;
    if (next.kind === 'ordinal') {
      current = next.apply(current);
      end = wordEnd;
      words++;
      return { value: total + current, end, ordinal: true, words, scaled };
    }
    if (next.kind === 'scale') {
      total += (current === 0 ? 1 : current) * next.scale;
      current = 0;
      lastScale = next.scale;
      scaled = true;
    } else {
      current = next.apply(current);
    }
    last = next.last;
    words++;
    if (next.last !== 'a' && next.last !== 'half' && next.last !== 'half-a') {
      numberWords++;
      end = wordEnd;
    }
  }
  // "a"/"half a" count only when completed by hundred/thousand/dozen/…; `end` stops at
  // the last number word, so a trailing "a" ("two a day") is not part of the number.
  if (numberWords === 0) return null;
  return { value: total + current, end, ordinal: false, words, scaled };
}

type Step =
  | { kind: 'value'; last: Last; apply: (current: number) => number }
  | { kind: 'scale'; last: Last; scale: number }
  | { kind: 'ordinal'; apply: (current: number) => number };

function step(word: string, last: Last, hyphen: boolean, current: number, lastScale: number): Step | null {
  const afterWhole = last === 'start' || last === 'hundred' || last === 'scale';
  if (word === 'a' || word === 'an') {
    if (last === 'start') return { kind: 'value', last: 'a', apply: () => 1 };
    if (last === 'half') return { kind: 'value', last: 'half-a', apply: () => 0.5 };
    return null;
  }
  if (word === 'half') return last === 'start' ? { kind: 'value', last: 'half', apply: () => 0 } : null;
  if (last === 'half') return null;
  if (word in UNITS) {
    if (hyphen ? last !== 'tens' : !(afterWhole || last === 'tens')) return null;
    if (last === 'a' || last === 'half-a') return null;
    const v = UNITS[word]!;
    return { kind: 'value', last: 'unit', apply: (c) => c + v };
  }
  if (word in TEENS) {
    if (hyphen || !afterWhole) return null;
    const v = TEENS[word]!;
    return { kind: 'value', last: 'teen', apply: (c) => c + v };
  }
  if (word in TENS) {
    if (hyphen || !afterWhole) return null;
    const v = TENS[word]!;
    return { kind: 'value', last: 'tens', apply: (c) => c + v };
  }
  if (word === 'hundred') {
    if (hyphen || !(last === 'unit' || last === 'teen' || last === 'a')) return null;
    if (current % 100 === 0 && current >= 100) return null;
    return { kind: 'value', last: 'hundred', apply: (c) => (c % 100) * 100 + (c - (c % 100)) };
  }
  if (word === 'dozen') {
    if (hyphen || !(last === 'unit' || last === 'a' || last === 'half-a')) return null;
    return { kind: 'value', last: 'dozen', apply: (c) => c * 12 };
  }
  if (word in SCALES) {
    const scale = SCALES[word]!;
    if (hyphen || scale >= lastScale) return null;
    if (!(last === 'unit' || last === 'teen' || last === 'tens' || last === 'hundred' || last === 'a')) {
      if (last !== 'half-a') return null;
    }
    return { kind: 'scale', last: 'scale', scale };
  }
  if (word in ORDINAL_UNITS) {
    if (hyphen ? last !== 'tens' : !afterWhole) return null;
    const v = ORDINAL_UNITS[word]!;
    return { kind: 'ordinal', apply: (c) => c + v };
  }
  if (word in ORDINAL_TEENS) {
    if (hyphen || !afterWhole) return null;
    const v = ORDINAL_TEENS[word]!;
    return { kind: 'ordinal', apply: (c) => c + v };
  }
  if (word in ORDINAL_TENS) {
    if (hyphen || !afterWhole) return null;
    const v = ORDINAL_TENS[word]!;
    return { kind: 'ordinal', apply: (c) => c + v };
  }
  if (word === 'hundredth') {
    if (hyphen || !(last === 'unit' || last === 'teen' || last === 'a')) return null;
    return { kind: 'ordinal', apply: (c) => c * 100 };
  }
  return null;
}
