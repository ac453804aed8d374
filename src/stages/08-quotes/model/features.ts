/**
 * Features of the attribution tagger: for every token of a paragraph, a list of hashed
 * feature ids (FNV-1a over short strings). Lexical context, word shape, the cue lexicon,
 * quotation-mark state (inside/outside a quotation, distance to the marks), sentence
 * position and distance to the nearest cue verb stand in for the syntax a parser would
 * give, at a few microseconds per token.
 */
import type { Span } from '../../../core/span.js';
import {
  CORE_VERB_FORMS,
  PARTIAL_QUOTE_VERBS,
  PARTIAL_VERB_FORMS,
  PERSON_ROLE_NOUNS,
  PLURAL_ROLE_NOUNS,
  PRONOUNS,
  SPEECH_VERB_FORMS,
  SPEECH_VERB_LEMMAS,
} from '../lexicon.js';

/**
 * The second feature set's inputs (models with `featureVersion` 2). Both generalise past
 * the words seen as cues and sources in train: a cue verb seen twice still shares its
 * cluster with "said"/"argued", and its cue rate says how often it was a cue.
 */
export interface FeatureExtras {
  /** Word cluster of a lower-cased word, packed coarse/mid/fine (NER's table); -1 when unknown. */
  readonly cluster: (lower: string) => number;
  /** For words seen as a cue in train: the share of their occurrences that were cues, as 1–7. */
  readonly cueRate: ReadonlyMap<string, number>;
  /**
   * 3 adds the clusters' conjunctions with the nearest cues, quotation state and mentions;
   * 4 the cue word with the word and the word before, and stem bigrams; 5 the back-offs a
   * rare cue borrows from (its root, the root's cue rate, its lexicon class, light verbs and
   * the head verb of a phrasal cue).
   */
  readonly version?: number;
  /**
   * Feature set 5: for a word's {@link root}, the highest cue rate among the train words
   * of that root (`chalks` borrows from `chalked`, `condemnation` from `condemned`).
   */
  readonly rootRate?: ReadonlyMap<string, number>;
}

/** A crude stem (plural, past and gerund endings off) so that "warns/warned/warning" share weights. */
export function stem(lower: string): string {
  if (lower.length > 5 && lower.endsWith('ing')) return lower.slice(0, -3);
  if (lower.length > 4 && lower.endsWith('ied')) return `${lower.slice(0, -3)}y`;
  if (lower.length > 4 && lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.length > 4 && lower.endsWith('ed')) return lower.slice(0, -2);
  if (lower.length > 3 && lower.endsWith('es')) return lower.slice(0, -2);
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

/**
 * Index of the colon of a transcript turn opening the paragraph (`WALLACE: …`,
 * `Sen. Ted Cruz: …`, `"WALLACE: …`): a colon after one to five capitalised words (or `.` of a title),
 * or -1. PolNeAR annotates the name as source, the colon as cue, the turn as content.
 */
export function transcriptColon(tokens: readonly { readonly raw: string }[]): number {
  // A transcript quoted whole opens each turn with a quotation mark (`"WALLACE: …`).
  const first = /^["“]$/u.test(tokens[0]?.raw ?? '') ? 1 : 0;
  if (!/^\p{Lu}/u.test(tokens[first]?.raw ?? '')) return -1;
  for (let i = first + 1; i < Math.min(tokens.length, first + 6); i++) {
    const r = tokens[i]!.raw;
    if (r === ':') return i;
    if (!/^\p{Lu}/u.test(r) && r !== '.') return -1;
  }
  return -1;
}

/**
 * A cruder stem than {@link stem}: also derivational endings off, so that a noun cue
 * shares its verb's root (`condemnation`/`condemned`, `accusation`/`accused`,
 * `criticism`/`criticized`). Only ever compared with other roots, never shown.
 */
export function root(lower: string): string {
  for (const suffix of ROOT_SUFFIXES) {
    if (lower.length > suffix.length + 3 && lower.endsWith(suffix))
      return withoutFinalE(lower.slice(0, -suffix.length).replace(/i$/u, 'y'));
  }
  return withoutFinalE(stem(lower));
}

/** `state` and `stated` (stem `stat`) meet without the final e. */
function withoutFinalE(word: string): string {
  return word.length > 3 && word.endsWith('e') ? word.slice(0, -1) : word;
}

const ROOT_SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'isms', 'ism', 'ions', 'ion', 'als', 'al', 'ly'];

/** For every root, the highest of its words' cue rates (feature set 5's back-off). */
export function rootRates(cueRates: Iterable<readonly [string, number]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, rate] of cueRates) {
    const r = root(word);
    if (rate > (out.get(r) ?? 0)) out.set(r, rate);
  }
  return out;
}

/** Verbs that take a noun cue (`made a strong condemnation of`, `took aim at`, `voiced concern`). */
const LIGHT_VERBS = new Set(
  `make makes made making take takes took taken taking give gives gave given giving voice voices
  voiced voicing express expresses expressed expressing issue issues issued issuing offer offers
  offered offering raise raises raised raising level levels leveled levelled have has had having
  put puts putting lay lays laid laying pay pays paid paying cast casts casting`
    .split(/\s+/)
    .filter((w) => w),
);

/** Words that may stand between a cue verb and its particle or preposition (`campaigned heavily for`). */
const AUXILIARIES = new Set(
  'has have had is are was were be been being will would could should may might must do does did not also'.split(
    ' ',
  ),
);

/** Roots of the speech lexicon's lemmas, so that `warning` or `denial` finds `warn` and `deny`. */
const LEXICON_ROOTS = new Set([...SPEECH_VERB_LEMMAS, ...PARTIAL_QUOTE_VERBS].map(root));

/**
 * A word's class in the stage's lexicon: 1 core speech verb, 2 other speech verb, 3 verb
 * of partial quotes (`praised`, `blasted`), 4 another word of a lexicon lemma's root
 * (`warning`, `condemnation`), 0 none.
 */
export function lexiconClass(lower: string): number {
  if (CORE_VERB_FORMS.has(lower)) return 1;
  if (SPEECH_VERB_FORMS.has(lower)) return 2;
  if (PARTIAL_VERB_FORMS.has(lower)) return 3;
  return LEXICON_ROOTS.has(root(lower)) ? 4 : 0;
}

export interface TokenView extends Span {
  readonly lower: string;
  readonly raw: string;
  /**
   * The named-entity mention the token lies in, from the NER stage: 0 none, else
   * 1 + 2 × type index (person, organization, location, misc, …) + 1 inside (not first).
   */
  readonly mention?: number;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two hashes (a feature template and its values) into one. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Per-word hashes and shapes, cached: words repeat, and strings are the slow part. */
const wordCache = new Map<
  string,
  { readonly hash: number; readonly shape: number; readonly suffix: number }
>();
const WORD_CACHE_LIMIT = 200_000;

function wordInfo(
  raw: string,
  lower: string,
): { readonly hash: number; readonly shape: number; readonly suffix: number } {
  const key = raw;
  let info = wordCache.get(key);
  if (!info) {
    if (wordCache.size > WORD_CACHE_LIMIT) wordCache.clear();
    info = { hash: fnv(lower), shape: fnv(shape(raw)), suffix: fnv(lower.slice(-3)) };
    wordCache.set(key, info);
  }
  return info;
}

function shape(raw: string): string {
  let out = '';
  for (const ch of raw.slice(0, 6)) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

/** Distances grouped by doubling: 0 (and negative), 1, 2, 3–4, 5–8, 9–16, more. */
const DOUBLING = [0, 1, 2, 4, 8, 16];

/** The bucket of `n`: how many of the ascending `limits` it exceeds. */
export function bucket(n: number, limits: readonly number[] = DOUBLING): number {
  let b = 0;
  while (b < limits.length && n > limits[b]!) b++;
  return b;
}

/**
 * Feature ids for each token of one sequence (a paragraph). `sentenceStarts` marks the
 * tokens that open a sentence. Ids are unbounded hashes; the model folds them.
 */
export function sequenceFeatures(
  tokens: readonly TokenView[],
  sentenceStarts: ReadonlySet<number>,
  learnedCues: ReadonlySet<string>,
  ruleTags?: Uint8Array,
  extras?: FeatureExtras,
  passTags?: Uint8Array,
): Uint32Array[] {
  // Cue words: the speech-verb lexicon plus the cue words learned from the training data,
  // decided once per token (the templates ask about each token several times).
  const isCueWord = (w: string) => learnedCues.has(w) || SPEECH_VERB_FORMS.has(w) || w === 'according';
  const cueAt = tokens.map((t) => isCueWord(t.lower));
  const isCue = (k: number) => k >= 0 && k < cueAt.length && cueAt[k]!;
  const n = tokens.length;
  const out: Uint32Array[] = new Array(n);
  // Quotation state: inside a quotation after an odd number of double marks.
  const inside = new Uint8Array(n);
  let open = false;
  for (let i = 0; i < n; i++) {
    const r = tokens[i]!.raw;
    const isMark = r === '"' || r === '“' || r === '”' || r === '«' || r === '»';
    if (isMark) {
      if (r === '“' || r === '«') open = true;
      else if (r === '”' || r === '»') open = false;
      else open = !open;
      inside[i] = 2;
    } else inside[i] = open ? 1 : 0;
  }
  // Distances to the nearest cue verb on each side and sentence indices.
  const sentence = new Int32Array(n);
  let s = -1;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sentenceStarts.has(i)) s++;
    sentence[i] = s;
  }
  const leftCue = new Int32Array(n).fill(-1);
  const rightCue = new Int32Array(n).fill(-1);
  let last = -1;
  for (let i = 0; i < n; i++) {
    leftCue[i] = last >= 0 && sentence[last] === sentence[i] ? i - last : -1;
    if (isCue(i)) last = i;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    rightCue[i] = last >= 0 && sentence[last] === sentence[i] ? last - i : -1;
    if (isCue(i)) last = i;
  }
  const sentenceEnd = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--)
    sentenceEnd[i] = i + 1 < n && sentence[i + 1] === sentence[i] ? sentenceEnd[i + 1]! : i;
  // Commas between a token and its nearest cue on each side (clause boundaries).
  const commasLeft = new Int32Array(n);
  const commasRight = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (leftCue[i]! < 0) continue;
    let c = 0;
    for (let k = i - leftCue[i]! + 1; k < i; k++) if (tokens[k]!.raw === ',') c++;
    commasLeft[i] = c;
  }
  for (let i = 0; i < n; i++) {
    if (rightCue[i]! < 0) continue;
    let c = 0;
    for (let k = i + 1; k < i + rightCue[i]!; k++) if (tokens[k]!.raw === ',') c++;
    commasRight[i] = c;
  }
  // Nearest comma (or sentence edge) on each side, and sentences that hold a quotation mark.
  const prevComma = new Int32Array(n);
  const nextComma = new Int32Array(n);
  let pc = -1;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sentence[i] !== sentence[i - 1]) pc = i - 1;
    prevComma[i] = pc;
    if (tokens[i]!.raw === ',') pc = i;
  }
  let nc = n;
  for (let i = n - 1; i >= 0; i--) {
    if (i === n - 1 || sentence[i] !== sentence[i + 1]) nc = i + 1;
    nextComma[i] = nc;
    if (tokens[i]!.raw === ',') nc = i;
  }
  const sentenceHasMark = new Uint8Array(s + 1);
  for (let i = 0; i < n; i++) if (inside[i] === 2) sentenceHasMark[sentence[i]!] = 1;
  const sentenceHasCue = new Uint8Array(s + 1);
  for (let i = 0; i < n; i++) if (isCue(i)) sentenceHasCue[sentence[i]!] = 1;
  let posInSentence = 0;
  const info = tokens.map((t) => wordInfo(t.raw, t.lower));
  const BOS = fnv('<s>');
  const EOS = fnv('</s>');
  const wh = (k: number) => (k < 0 ? BOS : k >= n ? EOS : info[k]!.hash);
  const w = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : tokens[k]!.lower);
  const f: number[] = [];
  // Template ids are small integers mixed with the values; keep their numbers stable.
  const add = (template: number, value: number) => f.push(mix(template, value));
  // Feature set 2 (see FeatureExtras): clusters, cue rates, stems, colons and transcripts.
  const UNKNOWN = 0xfffff;
  const clusters = extras ? tokens.map((t) => extras.cluster(t.lower)) : [];
  const mid = (k: number) =>
    k < 0 || k >= n ? UNKNOWN - 1 : clusters[k]! < 0 ? UNKNOWN : (clusters[k]! >>> 8) & 0x3ff;
  const fine = (k: number) => (k < 0 || k >= n || clusters[k]! < 0 ? UNKNOWN : (clusters[k]! >>> 18) & 0xfff);
  const rate = (k: number) => (k < 0 || k >= n ? 0 : (extras?.cueRate.get(tokens[k]!.lower) ?? 0));
  const colon = extras ? transcriptColon(tokens) : -1;
  // The last colon before each token in its sentence ("put it bluntly: …", "Trump: …").
  const lastColon = new Int32Array(n).fill(-1);
  for (let i = 1; i < n; i++) {
    lastColon[i] =
      sentence[i - 1] !== sentence[i] ? -1 : tokens[i - 1]!.raw === ':' ? i - 1 : lastColon[i - 1]!;
  }
  const addExtras = (i: number) => {
    const lc = leftCue[i]!;
    const rc = rightCue[i]!;
    const m = mid(i);
    add(70, fine(i));
    add(71, m);
    add(72, mid(i - 1));
    add(73, mid(i + 1));
    add(74, m * 8 + bucket(rc));
    add(75, m * 8 + bucket(lc));
    add(76, mix(mid(i - 1), m));
    if (lc >= 0) add(77, mid(i - lc));
    if (rc >= 0) add(78, mid(i + rc));
    add(79, rate(i));
    add(80, rate(i - 1) * 16 + rate(i + 1));
    add(81, mix(fnv(stem(tokens[i]!.lower)), rate(i)));
    if (rate(i) > 0) add(82, mix(m, rate(i)));
    if (colon >= 0) add(83, i < colon ? 0 : i === colon ? 1 : i === colon + 1 ? 2 : 3);
    if (lastColon[i]! >= 0) add(84, bucket(i - lastColon[i]!) * 4 + inside[i]!);
    if (tokens[i]!.raw === ':') add(85, mid(i - 1) * 4 + inside[Math.max(0, i - 1)]!);
    if ((extras?.version ?? 2) < 3) return;
    add(90, mid(i - 2));
    add(91, mid(i + 2));
    add(92, mix(m, mid(i + 1)));
    add(93, m * 4 + inside[i]!);
    if (lc >= 0) {
      add(94, mix(mid(i - lc), bucket(lc)));
      add(95, mix(mid(i - lc + 1), bucket(lc)));
      add(99, rate(i - lc) * 8 + bucket(lc));
    }
    if (rc >= 0) {
      add(96, mix(mid(i + rc), bucket(rc)));
      add(97, mix(mid(i + rc - 1), bucket(rc)));
      add(100, rate(i + rc) * 8 + bucket(rc));
    }
    const mention = tokens[i]!.mention;
    if (mention !== undefined) add(98, m * 16 + mention);
    if ((extras?.version ?? 2) < 4) return;
    // Set 4: the cue word itself with the word and the word before (`said | that`,
    // `told | reporters`), the place between the cue and the sentence end, stem bigrams.
    if (lc >= 0 && lc <= 8) {
      add(110, mix(info[i]!.hash, info[i - lc]!.hash));
      add(111, mix(wh(i - 1), info[i - lc]!.hash));
      add(112, (bucket(lc) * 8 + bucket(sentenceEnd[i]! - i)) * 4 + inside[i]!);
    }
    add(114, mix(fnv(stem(w(i - 1))), fnv(stem(tokens[i]!.lower))));
    if ((extras?.version ?? 2) < 5) return;
    cueBackOff(i);
  };
  // Set 5: what a cue rarely or never seen in train shares with the frequent ones — its
  // root and the root's cue rate, its class in the lexicon, the light verb of a noun cue
  // (`made a … condemnation of`), the head verb of a phrasal cue (`chalks up`,
  // `has campaigned heavily for`).
  const roots = extras && (extras.version ?? 2) >= 5 ? tokens.map((t) => root(t.lower)) : [];
  const rootHash = roots.map(fnv);
  const rootRate = (k: number) => (k < 0 || k >= n ? 0 : (extras?.rootRate?.get(roots[k]!) ?? 0));
  const lexClass = roots.length ? tokens.map((t) => lexiconClass(t.lower)) : [];
  const lex = (k: number) => (k < 0 || k >= n ? 0 : lexClass[k]!);
  /** The nearest word up to `reach` before `i` in its sentence that `test` accepts, or -1. */
  const before = (i: number, reach: number, test: (k: number) => boolean) => {
    for (let k = i - 1; k >= Math.max(0, i - reach) && sentence[k] === sentence[i]; k--) {
      if (tokens[k]!.raw === ',') return -1;
      if (test(k)) return k;
    }
    return -1;
  };
  const isLight = (k: number) => LIGHT_VERBS.has(tokens[k]!.lower);
  const cueLike = (k: number) => rootRate(k) > 0 || lex(k) > 0;
  const cueBackOff = (i: number) => {
    const rr = rootRate(i);
    const lc = lex(i);
    add(120, rootHash[i]!);
    add(121, rr * 8 + lc);
    add(122, rootRate(i - 1) * 8 + rootRate(i + 1));
    add(123, lex(i - 1) * 8 + lex(i + 1));
    add(124, mix(rootHash[i]!, wh(i + 1)));
    add(125, mix(wh(i - 1), rootHash[i]!));
    if (rr > 0 || lc > 0) add(126, mix(mid(i), rr * 8 + lc));
    if (AUXILIARIES.has(tokens[i]!.lower)) add(127, rootRate(i + 1) * 8 + lex(i + 1));
    const light = before(i, 5, isLight);
    if (light >= 0) {
      const lightRoot = fnv(root(tokens[light]!.lower));
      add(128, mix(lightRoot, bucket(i - light)));
      add(129, mix(lightRoot, info[i]!.hash));
      add(130, mix(lightRoot, rr * 8 + lc));
      // The preposition closing the frame, with the noun before it (`condemnation | of`).
      if (i - light >= 2) add(131, mix(mix(lightRoot, info[i]!.hash), rootRate(i - 1) * 8 + lex(i - 1)));
    }
    const head = before(i, 3, cueLike);
    if (head >= 0) {
      add(132, mix(info[i]!.hash, rootRate(head) * 8 + lex(head)));
      add(133, mix(info[i]!.hash, rootHash[head]!));
      add(134, (bucket(i - head) * 8 + rootRate(head)) * 8 + lex(head));
    }
  };
  const addStacked = passTags
    ? stackedFeatures(passTags, sentence, add, (k) => info[k]!.hash, rate, mid)
    : null;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sentenceStarts.has(i)) posInSentence = 0;
    f.length = 0;
    const t = tokens[i]!;
    const me = info[i]!;
    const q = inside[i]!;
    const lc = leftCue[i]!;
    const rc = rightCue[i]!;
    const cl = Math.min(2, commasLeft[i]!);
    const cr = Math.min(2, commasRight[i]!);
    const pos = bucket(posInSentence);
    add(1, 0);
    add(2, me.hash);
    add(3, wh(i - 1));
    add(4, wh(i + 1));
    add(5, wh(i - 2));
    add(6, wh(i + 2));
    add(7, mix(wh(i - 1), me.hash));
    add(8, mix(me.hash, wh(i + 1)));
    add(9, me.shape);
    add(10, me.suffix);
    add(11, q);
    add(12, i > 0 ? inside[i - 1]! : 9);
    add(13, i + 1 < n ? inside[i + 1]! : 9);
    add(14, pos);
    add(15, bucket(lc));
    add(16, bucket(rc));
    add(17, sentenceHasCue[sentence[i]!]!);
    add(18, bucket(lc) * 16 + q);
    add(19, bucket(rc) * 16 + q);
    add(20, (lc >= 0 ? 2 : 0) + (rc >= 0 ? 1 : 0) + 4 * q);
    add(21, (lc >= 0 ? cl : 3) * 4 + (rc >= 0 ? cr : 3));
    add(22, bucket(sentenceEnd[i]! - i));
    add(23, mix(me.hash, q));
    add(24, mix(me.shape, pos));
    if (lc >= 0) {
      add(25, info[i - lc]!.hash);
      add(26, mix(info[i - lc]!.hash, cl));
    }
    if (rc >= 0) {
      add(27, info[i + rc]!.hash);
      add(28, mix(info[i + rc]!.hash, cr));
      add(29, wh(i + rc - 1));
    }
    if (sentenceEnd[i] === i) add(30, 0);
    if (isCue(i)) {
      add(31, 0);
      add(32, wh(i - 1));
      add(33, wh(i + 1));
    }
    if (learnedCues.has(t.lower)) add(34, 0);
    if (SPEECH_VERB_FORMS.has(t.lower)) add(35, 0);
    if (lc >= 0 && w(i - lc + 1) === 'that') add(36, lc === 2 ? 1 : 2);
    if (isCue(i - 1)) add(37, 0);
    if (isCue(i + 1)) add(38, 0);
    if (isCue(i + 2)) add(39, 0);
    if (Object.hasOwn(PRONOUNS, t.lower)) add(40, 0);
    if (Object.hasOwn(PERSON_ROLE_NOUNS, t.lower) || PLURAL_ROLE_NOUNS.has(t.lower)) add(41, 0);
    if (q === 2) add(42, me.hash);
    add(44, wh(i - 3));
    add(45, wh(i + 3));
    add(46, bucket(i - prevComma[i]!) * 8 + bucket(nextComma[i]! - i));
    if (lc >= 0) add(47, mix(wh(i - lc + 1), bucket(lc)));
    if (rc >= 0) add(48, mix(wh(i + rc - 1), bucket(rc)));
    add(49, sentenceHasMark[sentence[i]!]! * 4 + q);
    if (i > 0 && tokens[i - 1]!.raw === ',') add(50, me.hash);
    if (i + 1 < n && tokens[i + 1]!.raw === ',') add(51, me.hash);
    if (ruleTags) {
      const rt = ruleTags[i]!;
      const prevRt = i > 0 ? ruleTags[i - 1]! : 7;
      const nextRt = i + 1 < n ? ruleTags[i + 1]! : 7;
      add(52, rt);
      add(53, prevRt * 8 + nextRt);
      add(54, mix(me.hash, rt));
      add(55, rt * 16 + q);
      add(56, rt * 64 + prevRt * 8 + nextRt);
    }
    const c0 = t.raw.charCodeAt(0);
    if (c0 >= 65 && c0 <= 90) add(43, posInSentence === 0 ? 1 : 2);
    if (t.mention !== undefined) {
      // Named-entity mentions: sources are mostly people and organisations next to a cue.
      const m = t.mention;
      add(57, m);
      add(58, m * 16 + bucket(rc));
      add(59, m * 16 + bucket(lc));
      add(60, m * 8 + (i > 0 ? (tokens[i - 1]!.mention ?? 0) : 15));
      // Place in the paragraph: transcripts open a paragraph with "NAME:".
      add(61, mix(me.shape, Math.min(i, 4)));
      if (t.raw === ':' && i <= 4 && tokens.slice(0, i).every((k) => /^\p{Lu}/u.test(k.raw))) add(62, 0);
    }
    if (extras) addExtras(i);
    if (addStacked) addStacked(i, ruleTags?.[i]);
    out[i] = Uint32Array.from(f);
    posInSentence++;
  }
  return out;
}

/** BIO label indices as {@link sequenceFeatures} reads them (perceptron.ts's LABELS order). */
const B_SRC = 1;
const I_SRC = 2;
const B_CUE = 3;
const B_CON = 5;
const I_CON = 6;
/** A distance bucket for "none in this sentence". */
const NONE = 7;

/**
 * The stacked pass's features (a second tagger reading the first one's labels, `passTags`):
 * the first pass's label around each token, and the attribution frame it tagged around the
 * token in its sentence — a source ending before it and a content starting after it, with no
 * cue between (`Graham | has been critical of | Trump`: the first pass found the two sides and
 * not the cue), the nearest first-pass cues — conjoined with the word, its cue rate and its
 * cluster, so that a rarely seen cue between a tagged source and content can be taken up.
 */
function stackedFeatures(
  tags: Uint8Array,
  sentence: Int32Array,
  add: (template: number, value: number) => void,
  wordHash: (k: number) => number,
  rate: (k: number) => number,
  mid: (k: number) => number,
): (i: number, ruleTag: number | undefined) => void {
  const n = tags.length;
  const sourceEnd = new Int32Array(n).fill(-1);
  const cueLeft = new Int32Array(n).fill(-1);
  for (let i = 1; i < n; i++) {
    const same = sentence[i - 1] === sentence[i];
    const prev = tags[i - 1]!;
    sourceEnd[i] = !same
      ? -1
      : prev === B_SRC || prev === I_SRC
        ? i - 1
        : prev >= B_CUE
          ? -1
          : sourceEnd[i - 1]!;
    cueLeft[i] = !same ? -1 : prev === B_CUE || prev === B_CUE + 1 ? i - 1 : cueLeft[i - 1]!;
  }
  const contentStart = new Int32Array(n).fill(-1);
  const cueRight = new Int32Array(n).fill(-1);
  for (let i = n - 2; i >= 0; i--) {
    const same = sentence[i + 1] === sentence[i];
    const next = tags[i + 1]!;
    contentStart[i] = !same
      ? -1
      : next === B_CON || next === I_CON
        ? i + 1
        : next === B_CUE || next === B_CUE + 1
          ? -1
          : contentStart[i + 1]!;
    cueRight[i] = !same ? -1 : next === B_CUE ? i + 1 : cueRight[i + 1]!;
  }
  const far = (d: number) => (d < 0 ? NONE : bucket(d));
  return (i, ruleTag) => {
    const t = tags[i]!;
    const prev = i > 0 ? tags[i - 1]! : 7;
    const next = i + 1 < n ? tags[i + 1]! : 7;
    add(140, t);
    add(141, prev * 8 + next);
    add(142, mix(wordHash(i), t));
    add(143, (t * 8 + prev) * 8 + next);
    const frame =
      far(sourceEnd[i]! < 0 ? -1 : i - sourceEnd[i]!) * 8 +
      far(contentStart[i]! < 0 ? -1 : contentStart[i]! - i);
    add(144, frame * 8 + t);
    add(145, mix(frame, rate(i)));
    add(146, mix(frame, mid(i)));
    add(147, mix(frame, wordHash(i)));
    const cues =
      far(cueLeft[i]! < 0 ? -1 : i - cueLeft[i]!) * 8 + far(cueRight[i]! < 0 ? -1 : cueRight[i]! - i);
    add(148, cues * 8 + t);
    if (ruleTag !== undefined) add(149, ruleTag * 8 + t);
  };
}
