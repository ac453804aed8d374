/**
 * How alike two spellings of a name are, in 0..1, scored the way mangling happens:
 * a weighted edit distance where the edits that translation round trips and spinners
 * make are cheap (vowel for vowel, p↔b, v↔f↔w, g↔j↔k↔c↔q, d↔t, s↔z, a doubled or
 * dropped letter, a lost h) and any other edit costs a full letter. Spaces and hyphens
 * are ignored, so split or merged tokens cost nothing.
 */
import { normalizeName } from '../../kb/names.js';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Letters that stand in for each other; same group = cheap substitution. */
const GROUP: Readonly<Record<string, number>> = {
  p: 1,
  b: 1,
  v: 2,
  f: 2,
  w: 2,
  g: 3,
  j: 3,
  k: 3,
  c: 3,
  q: 3,
  x: 3,
  d: 4,
  t: 4,
  s: 5,
  z: 5,
  m: 6,
  n: 6,
};

const CHEAP_SUB = 0.35;
const VOWEL_SUB = 0.3;
const NEAR_SUB = 0.6;
const CHEAP_INDEL = 0.3;
/** Two neighbouring letters swapped ("Able" for "Abel"): one slip, not two edits. */
const TRANSPOSE = 0.45;
/** A nasal lost before its stop ("Trup" for "Trump", "Donal" for "Donald"): heard, not written. */
const NASAL_INDEL = 0.5;

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return VOWEL_SUB;
  const ga = GROUP[a];
  if (ga !== undefined && ga === GROUP[b]) return ga === 6 ? NEAR_SUB : CHEAP_SUB;
  if ((a === 'l' && b === 'r') || (a === 'r' && b === 'l')) return NEAR_SUB;
  // "j" is "y" in German, Dutch and Slavic spellings (Kaja/Kaya, Jurij/Yuriy).
  if ((a === 'j' && b === 'y') || (a === 'y' && b === 'j')) return CHEAP_SUB;
  // "w" is the "u" of a glide in romanised names (Hwang/Huang, Kwan/Kuan).
  if ((a === 'w' && b === 'u') || (a === 'u' && b === 'w')) return CHEAP_SUB;
  // "c" before a front vowel is "s"; "x" is "ks": both cheap enough to be sound-alikes.
  if ((a === 'c' && (b === 's' || b === 'z')) || (b === 'c' && (a === 's' || a === 'z'))) return 0.45;
  return 1;
}

/** Cost of inserting or deleting `ch` next to `prev`/`next`: vowels, h and doublings are cheap. */
function indel(ch: string, prev: string | undefined, next: string | undefined): number {
  if (VOWELS.has(ch) || ch === 'h' || ch === prev || ch === next) return CHEAP_INDEL;
  // "ck" and "k", "cz" and "z", "sz" and "s", "sch" and "sh": one sound written with or without a helper letter.
  if (
    (ch === 'c' && (next === 'k' || next === 'z' || (prev === 's' && next === 'h'))) ||
    (ch === 'k' && prev === 'c') ||
    // An initial "kh" and "h" for the same sound in transliterations ("Kharkiv"/"Harkov",
    // "Kherson"/"Herson"); inside a name it stays a letter ("Bukhari" is not "Bagheri").
    (ch === 'k' && next === 'h' && prev === undefined) ||
    (ch === 's' && next === 'z')
  ) {
    return CHEAP_INDEL;
  }
  if ((ch === 'm' && (next === 'p' || next === 'b')) || (ch === 'd' && prev === 'n' && next === undefined))
    return NASAL_INDEL;
  return 1;
}

/**
 * ASCII-folded letters only: "Ursula von der Leyen" → "ursulavonderleyen". Transliteration
 * clusters that spell one sound are folded first ("dzh", "dj" → "j"; "tch" → "ch"; "ph" →
 * "f"; the German "sch" → "sh"), so "Redjep" and "Recep" differ by one cheap letter, not
 * three, "Wadefull" is next to "Wadephul" and "Warschau" next to "Warsaw".
 */
export function letters(name: string): string {
  // Plain ASCII normalises to its lower case (what normalizeName keeps of it is letters,
  // digits and spaces, and the digits and spaces go here) — except its "Jnr"/"Snr" rule.
  // (An apostrophe joins the letters around it, as normalising does, before vowels are folded: "Be'er".)
  const plain = ASCII.test(name) && !JUNIOR_END.test(name) && !APOSTROPHE.test(name);
  const base = plain ? name.toLowerCase() : normalizeName(name);
  const out = (VOWEL_SPELLING.test(base) ? foldVowelSpellings(base) : base).replace(/[^a-z]/g, '');
  // Most names have no cluster to fold: one test instead of three replacements.
  return CLUSTER.test(out)
    ? out
        .replace(/dzh|dj/g, 'j')
        .replace(/tch/g, 'ch')
        .replace(/ph/g, 'f')
        .replace(/sch/g, 'sh')
    : out;
}

/**
 * Spellings of one vowel sound that languages write differently, put into one form in words
 * of four letters or more (both sides of every comparison are folded, so names spelled alike
 * stay alike): the long "ee" of English before a consonant is the "i" of Indian, Arabic and
 * Slavic romanisations ("Neeraj"/"Niraj", "Nadeem"/"Nadim"), and a final "ey", "iy" or "ii"
 * is one final "i" ("Carney"/"Carni", "Andriy"/"Andrii"/"Andrey", "Keys"/"Kis"), and so is the
 * Slavic final "ej" that English copy writes "ey" ("Tadej"/"Tadey", "Andrej"/"Andrey"). Without it
 * each pair costs two edits and stays below the likeness a repair needs. Short words keep
 * their spelling ("Lee", "Ley" and "Li" are other people), and so do a final consonant + "y"
 * and "ie"/"ei" ("Ricky" is not "Rishi"; "Barnie" is nearer "Barnier" as written).
 */
function foldVowelSpellings(name: string): string {
  return name.replace(LONG_WORD, (w) => w.replace(EE, 'i').replace(FINAL_I, 'i'));
}

const LONG_WORD = /[a-z]{4,}/g;
const EE = /ee(?=[b-df-hj-np-tv-z])/g;
/** A final "ey", "iy", "ii"; "eys" of a plural-looking name ("Keys"). */
const FINAL_I = /(?:ey|ej|iy|ii)$|ey(?=s$)/;
const VOWEL_SPELLING = /ee[b-df-hj-np-tv-z]|(?:ey|ej|iy|ii)s?(?![a-z])/;

/** Any cluster `letters` folds ("dzh" and "dj" contain "dj" or "dz"; "tch"; "ph"; "sch"). */
const CLUSTER = /d[jz]|tch|ph|sch/;

const ASCII = /^[\x00-\x7f]*$/;
const APOSTROPHE = /['`]/;
/** Where normalizeName may turn "Jnr"/"Snr" into "jr"/"sr" (more than that: no harm). */
const JUNIOR_END = /[js]nr[^a-z0-9]*$/i;

let rowA = new Float64Array(64);
let rowB = new Float64Array(64);
let rowC = new Float64Array(64);
let delA = new Float64Array(64);
let delB = new Float64Array(64);

/** Substitution costs for every pair of lower-case ASCII letters, computed once. */
const SUB = new Float64Array(26 * 26);
for (let i = 0; i < 26; i++) {
  for (let j = 0; j < 26; j++)
    SUB[i * 26 + j] = substitution(String.fromCharCode(97 + i), String.fromCharCode(97 + j));
}

/**
 * {@link indel} for every lower-case ASCII letter between every pair of neighbours (26 = none),
 * computed once: `INDEL[(ch * 27 + prev) * 27 + next]`.
 */
const INDEL = new Float64Array(26 * 27 * 27);
for (let c = 0; c < 26; c++) {
  for (let p = 0; p < 27; p++) {
    for (let n = 0; n < 27; n++) {
      const letter = (k: number) => (k === 26 ? undefined : String.fromCharCode(97 + k));
      INDEL[(c * 27 + p) * 27 + n] = indel(letter(c)!, letter(p), letter(n));
    }
  }
}

/** Code of a lower-case ASCII letter, 0–25; -1 for anything else. */
function letterCode(s: string, i: number): number {
  const c = s.charCodeAt(i) - 97;
  return c >= 0 && c < 26 ? c : -1;
}

function indelCosts(s: string, into: Float64Array): void {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = letterCode(s, i);
    const p = i === 0 ? 26 : letterCode(s, i - 1);
    const n = i === last ? 26 : letterCode(s, i + 1);
    // Letters only (what `letters` gives) come from the table; anything else is computed.
    into[i] = c >= 0 && p >= 0 && n >= 0 ? INDEL[(c * 27 + p) * 27 + n]! : indel(s[i]!, s[i - 1], s[i + 1]);
  }
}

let codeA = new Int32Array(64);
let codeB = new Int32Array(64);

/**
 * Letter codes (0–25) and indel costs of a string of lower-case ASCII letters, into the
 * given arrays; false (arrays partly written) when it holds anything else.
 */
function letterCosts(s: string, codes: Int32Array, dels: Float64Array): boolean {
  const last = s.length - 1;
  let prev = 26;
  let c = last < 0 ? 26 : s.charCodeAt(0) - 97;
  for (let i = 0; i <= last; i++) {
    if (c < 0 || c > 25) return false;
    const next = i === last ? 26 : s.charCodeAt(i + 1) - 97;
    codes[i] = c;
    dels[i] = next >= 0 && next <= 26 ? INDEL[(c * 27 + prev) * 27 + next]! : 0;
    prev = c;
    c = next;
  }
  return true;
}

/**
 * Weighted edit distance between two letter strings (see module comment). Stops early
 * and returns `Infinity` once a row of the table costs more than `bound` everywhere (a
 * transposition can step over a row, so this may stop on a pair whose distance is within
 * `bound`: callers' results are defined by it). `within`: also stops once a row costs more
 * than it everywhere and the row before does less by less than a transposition — every
 * alignment meets the row or steps over it by a transposition from the row before, and costs
 * never fall, so only pairs farther apart than `within` stop there. Hot path: letter
 * codes and indel costs are read once per string into typed arrays, costs come from tables,
 * and each cell reads its neighbours from locals.
 */
export function weightedDistance(
  a: string,
  b: string,
  bound = Number.POSITIVE_INFINITY,
  within = Number.POSITIVE_INFINITY,
): number {
  const n = b.length;
  const m = a.length;
  if (rowA.length <= Math.max(n, m)) {
    const size = Math.max(n, m) * 2 + 1;
    rowA = new Float64Array(size);
    rowB = new Float64Array(size);
    rowC = new Float64Array(size);
    delA = new Float64Array(size);
    delB = new Float64Array(size);
    codeA = new Int32Array(size);
    codeB = new Int32Array(size);
  }
  // Anything but lower-case ASCII letters (never from `letters`): the general path.
  if (!letterCosts(a, codeA, delA) || !letterCosts(b, codeB, delB))
    return weightedDistanceAnyText(a, b, bound);
  return distanceOfCodes(codeA, delA, m, codeB, delB, n, bound, within);
}

/**
 * The table of {@link weightedDistance} over letter codes and indel costs (`m` and `n`
 * letters), every array a local: the loop reads no module binding.
 */
function distanceOfCodes(
  codesA: Int32Array,
  delsA: Float64Array,
  m: number,
  codesB: Int32Array,
  delsB: Float64Array,
  n: number,
  bound: number,
  within: number,
): number {
  const sub = SUB;
  // The least cost of the row before (row 0 starts at 0).
  let lastMin = 0;
  let prev = rowA;
  let cur = rowB;
  // The row before `prev`, for transpositions.
  let before = rowC;
  prev[0] = 0;
  for (let j = 1; j <= n; j++) prev[j] = prev[j - 1]! + delsB[j - 1]!;
  for (let i = 1; i <= m; i++) {
    const ca = codesA[i - 1]!;
    // The letter before (-1 on the first row: no transposition there).
    const caBefore = i > 1 ? codesA[i - 2]! : -1;
    const subRow = ca * 26;
    const dA = delsA[i - 1]!;
    let diagonal = prev[0]!;
    let left = diagonal + dA;
    cur[0] = left;
    let rowMin = left;
    let cbBefore = -1;
    for (let j = 1; j <= n; j++) {
      const cb = codesB[j - 1]!;
      const up = prev[j]!;
      // Adding 0 changes no cost: a match is the diagonal itself.
      let v = ca === cb ? diagonal : diagonal + sub[subRow + cb]!;
      const del = up + dA;
      if (del < v) v = del;
      const ins = left + delsB[j - 1]!;
      if (ins < v) v = ins;
      if (cbBefore === ca && caBefore === cb && ca !== cb) {
        const swap = before[j - 2]! + TRANSPOSE;
        if (swap < v) v = swap;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
      diagonal = up;
      left = v;
      cbBefore = cb;
    }
    if (rowMin > bound || (rowMin > within && lastMin + TRANSPOSE > within)) return Number.POSITIVE_INFINITY;
    lastMin = rowMin;
    const t = before;
    before = prev;
    prev = cur;
    cur = t;
  }
  return prev[n]!;
}

/**
 * {@link weightedDistance} for strings with characters other than a–z (costs computed as
 * met): the plain form of the algorithm, also what tests hold the fast path to.
 */
export function weightedDistanceAnyText(a: string, b: string, bound = Number.POSITIVE_INFINITY): number {
  const n = b.length;
  const m = a.length;
  indelCosts(a, delA);
  indelCosts(b, delB);
  let prev = rowA;
  let cur = rowB;
  // The row before `prev`, for transpositions.
  let before = rowC;
  prev[0] = 0;
  for (let j = 1; j <= n; j++) prev[j] = prev[j - 1]! + delB[j - 1]!;
  for (let i = 1; i <= m; i++) {
    const ca = a.charCodeAt(i - 1) - 97;
    const dA = delA[i - 1]!;
    cur[0] = prev[0]! + dA;
    let rowMin = cur[0]!;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1) - 97;
      const sub = prev[j - 1]! + (ca === cb ? 0 : SUB[ca * 26 + cb]!);
      const del = prev[j]! + dA;
      const ins = cur[j - 1]! + delB[j - 1]!;
      let v = Math.min(sub, del, ins);
      if (
        i > 1 &&
        j > 1 &&
        ca !== cb &&
        a.charCodeAt(i - 2) - 97 === cb &&
        b.charCodeAt(j - 2) - 97 === ca &&
        before[j - 2]! + TRANSPOSE < v
      ) {
        v = before[j - 2]! + TRANSPOSE;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > bound) return Number.POSITIVE_INFINITY;
    const t = before;
    before = prev;
    prev = cur;
    cur = t;
  }
  return prev[n]!;
}

/**
 * Similarity of two names in 0..1: 1 − distance / length of the longer. The first
 * letter counts double when it differs by more than a sound-alike (people rarely
 * mishear the start of a name as a different consonant).
 */
export function nameSimilarity(a: string, b: string, floor = 0): number {
  return lettersSimilarity(letters(a), letters(b), floor);
}

/** {@link nameSimilarity} of two strings already reduced by {@link letters}. */
export function lettersSimilarity(x: string, y: string, floor = 0): number {
  if (x.length === 0 || y.length === 0) return 0;
  if (x === y) return 1;
  const longer = Math.max(x.length, y.length);
  // Below `floor` the exact value does not matter: skip pairs too different in length, stop early.
  if (floor > 0 && Math.abs(x.length - y.length) * CHEAP_INDEL > (1 - floor) * longer) return 0;
  let d = weightedDistance(x, y, floor > 0 ? (1 - floor) * longer : Number.POSITIVE_INFINITY);
  if (!Number.isFinite(d)) return 0;
  if (firstLetterPenalty(x, y)) d += 0.5;
  return Math.max(0, 1 - d / longer);
}

/**
 * {@link lettersSimilarity}`(x, y, plainFloor)` for a caller to whom only a value of `floor`
 * or more matters: the same value whenever it reaches `floor`; below it, 0 or the same value.
 * It stops earlier than lettersSimilarity can: once the distance, with the first-letter
 * penalty (known before it), is past what `floor` allows — on a rule that never stops a
 * pair within it (see `within` of {@link weightedDistance}) — while every stop of the plain
 * comparison at `plainFloor` is kept, so a pair it gives 0 still gets 0.
 */
export function lettersSimilarityAtLeast(x: string, y: string, floor: number, plainFloor = 0): number {
  if (x.length === 0 || y.length === 0) return 0;
  if (x === y) return 1;
  const longer = Math.max(x.length, y.length);
  const apart = Math.abs(x.length - y.length) * CHEAP_INDEL;
  // The plain comparison's own stops.
  if (plainFloor > 0 && apart > (1 - plainFloor) * longer) return 0;
  const bound = plainFloor > 0 ? (1 - plainFloor) * longer : Number.POSITIVE_INFINITY;
  const penalty = firstLetterPenalty(x, y);
  let within = Number.POSITIVE_INFINITY;
  if (floor > 0) {
    // Reaching the floor needs distance + penalty ≤ (1 − floor)·longer; the margin keeps every
    // pair that reaches it within, whatever the rounding.
    within = (1 - floor) * longer - (penalty ? 0.5 : 0) + 1e-9;
    if (within < 0 || apart > within) return 0;
  }
  let d = weightedDistance(x, y, bound, within);
  if (!Number.isFinite(d)) return 0;
  if (penalty) d += 0.5;
  return Math.max(0, 1 - d / longer);
}

/**
 * Whether two names start with letters that are no sound-alikes of each other (a consonant
 * for another, neither a vowel nor h) — read from a table for a–z, else computed.
 */
export function firstLetterPenalty(x: string, y: string): boolean {
  const a = x.charCodeAt(0) - 97;
  const b = y.charCodeAt(0) - 97;
  if (a >= 0 && a < 26 && b >= 0 && b < 26) return FIRST_PENALTY[a * 26 + b] === 1;
  return (
    substitution(x[0]!, y[0]!) >= 1 &&
    !(VOWELS.has(x[0]!) || VOWELS.has(y[0]!) || x[0] === 'h' || y[0] === 'h')
  );
}

/** {@link firstLetterPenalty} of every pair of a–z letters (1: penalised). */
const FIRST_PENALTY = new Uint8Array(26 * 26);
for (let i = 0; i < 26; i++) {
  for (let j = 0; j < 26; j++) {
    const a = String.fromCharCode(97 + i);
    const b = String.fromCharCode(97 + j);
    FIRST_PENALTY[i * 26 + j] =
      substitution(a, b) >= 1 && !(VOWELS.has(a) || VOWELS.has(b) || a === 'h' || b === 'h') ? 1 : 0;
  }
}

/** Slots of a letter profile ({@link letterProfile}): three masks. */
export const PROFILE_SLOTS = 3;

/**
 * The letter profile of `x` (a string of letters) into `into` from `at` on: three bit masks
 * over a–z, the letters `x` has at least once, at least twice, at least three times — so
 * that Σ over k of the letters one string has k times and the other not gives how many
 * letters one string has more of than the other (exactly when no letter comes more than
 * three times, else less), with three bit counts (see {@link similarityCeiling}).
 */
export function letterProfile(x: string, into: Int32Array, at: number): void {
  let once = 0;
  let twice = 0;
  let thrice = 0;
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i) - 97;
    if (c < 0 || c >= 26) continue;
    const bit = 1 << c;
    if ((twice & bit) !== 0) thrice |= bit;
    else if ((once & bit) !== 0) twice |= bit;
    else once |= bit;
  }
  into[at] = once;
  into[at + 1] = twice;
  into[at + 2] = thrice;
}

/** Set bits of a 32-bit integer. */
function bitCount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * A ceiling on {@link lettersSimilarity}`(x, y, floor)` for every floor (and so on
 * {@link lettersSimilarityAtLeast}), from the letter profiles of both strings
 * ({@link letterProfile} of `x` at `px[ox…]`, of `y` at `py[oy…]`): a letter one string has more
 * of than the other is matched by no letter of it, so it is substituted or dropped — an edit
 * of its own costing at least 0.3 (the cheapest substitution or indel; a swap of neighbours
 * keeps the letters) — and the first-letter penalty comes on top. So the distance is at least
 * 0.3 · max(excess of x, excess of y); a tiny margin covers rounding in the table's sums.
 */
export function similarityCeiling(
  x: string,
  px: Int32Array,
  ox: number,
  y: string,
  py: Int32Array,
  oy: number,
): number {
  return similarityCeilingOf(x, px, ox, y, py[oy]!, py[oy + 1]!, py[oy + 2]!);
}

/**
 * {@link similarityCeiling} with the profile of `y` given as its three masks (a name kept
 * with its masks in its own fields: no profile array to reach for).
 */
export function similarityCeilingOf(
  x: string,
  px: Int32Array,
  ox: number,
  y: string,
  once: number,
  twice: number,
  thrice: number,
): number {
  const lx = x.length;
  const ly = y.length;
  if (lx === 0 || ly === 0) return 0;
  // Letters x has more of than y (at least: a letter more than three times counts three);
  // y's excess is at least that less the difference in length.
  const excess = bitCount(px[ox]! & ~once) + bitCount(px[ox + 1]! & ~twice) + bitCount(px[ox + 2]! & ~thrice);
  const other = excess - lx + ly;
  const unmatched = Math.max(excess, other);
  const longer = Math.max(lx, ly);
  const v = 1 - (CHEAPEST_EDIT * unmatched + (firstLetterPenalty(x, y) ? 0.5 : 0)) / longer;
  return Math.max(v, 0) + 1e-9;
}

/** The least cost of a substitution or an indel (a vowel for a vowel; a vowel, h or doubled letter dropped). */
const CHEAPEST_EDIT = Math.min(VOWEL_SUB, CHEAP_INDEL, CHEAP_SUB, NEAR_SUB, NASAL_INDEL);

/**
 * Plain slips between two letter strings (insertions, deletions, substitutions and swaps of
 * neighbours, each 1; optimal string alignment), or `max + 1` as soon as there are more than
 * `max`. "trumph"/"trump" 1, "ishida"/"ishiba" 1, "abasaraqchi"/"abbasaraghchi" 3. Apply to
 * `letters()` of both names.
 */
export function letterSlips(a: string, b: string, max: number): number {
  return slips(a, b, max, false);
}

/**
 * Consonants that stand in for each other (v/w/f, p/b, g/j/k/c/q, d/t, s/z, j/y, w/u): 1 for
 * each such pair of a–z letters. Vowels for vowels are not among them (a given name with its
 * vowels changed may well be another name: "Abolore" is not "Bola").
 */
const HALF_SLIP = new Uint8Array(26 * 26);
for (let i = 0; i < 26; i++) {
  for (let j = 0; j < 26; j++) {
    const a = String.fromCharCode(97 + i);
    const b = String.fromCharCode(97 + j);
    HALF_SLIP[i * 26 + j] =
      a !== b && !(VOWELS.has(a) && VOWELS.has(b)) && SUB[i * 26 + j]! <= CHEAP_SUB ? 1 : 0;
  }
}

/**
 * {@link letterSlips} where a consonant for its stand-in (v for w, g for j, …) is half a slip:
 * the same given name as another language writes it ("Enver"/"Anwar", "Johnny"/"Gianni") is
 * not another given name, while "Errol" stays three slips from "Elon".
 */
export function soundSlips(a: string, b: string, max: number): number {
  return slips(a, b, max, true);
}

/** Optimal string alignment bounded by `max`; with `halfSlips`, a consonant for its stand-in costs 0.5. */
function slips(a: string, b: string, max: number, halfSlips: boolean): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : halfSlips ? substitutionSlip(a, i - 1, b, j - 1) : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** 0.5 when the two letters are a consonant and its stand-in, else 1. */
function substitutionSlip(a: string, i: number, b: string, j: number): number {
  const x = letterCode(a, i);
  const y = letterCode(b, j);
  return x >= 0 && y >= 0 && HALF_SLIP[x * 26 + y] === 1 ? 0.5 : 1;
}
