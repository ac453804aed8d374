/**
 * Entity types, the BILOU label set the tagger predicts, and conversions between
 * CoNLL tag columns (IOB1 or IOB2), entity spans over tokens, and BILOU label ids.
 */

/** CoNLL entity types, in label order. */
export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof CONLL_TYPES)[number];

/** A run of tokens `[start, end)` (token indices) that names one entity. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/**
 * BILOU labels: 0 is O; for type t (index into {@link CONLL_TYPES}) the labels are
 * 1 + 4t + {0: B, 1: I, 2: L, 3: U}.
 */
export const LABEL_COUNT = 1 + 4 * CONLL_TYPES.length;
export const O = 0;
const B = 0;
const I = 1;
const L = 2;
const U = 3;

export function labelId(typeIndex: number, part: 0 | 1 | 2 | 3): number {
  return 1 + 4 * typeIndex + part;
}

/** The type index of a label (-1 for O). */
export function labelType(label: number): number {
  return label === O ? -1 : (label - 1) >> 2;
}

/** The BILOU part of a label: 0 B, 1 I, 2 L, 3 U (-1 for O). */
export function labelPart(label: number): number {
  return label === O ? -1 : (label - 1) & 3;
}

export function labelName(label: number): string {
  if (label === O) return 'O';
  return `${'BILU'[labelPart(label)]}-${CONLL_TYPES[labelType(label)]}`;
}

/**
 * Whether label `b` may follow label `a` (`a` = -1 for the sentence start). The
 * decoder only ever considers well-formed BILOU sequences.
 */
export function transitionAllowed(a: number, b: number): boolean {
  const aInside = a >= 0 && a !== O && (labelPart(a) === B || labelPart(a) === I);
  const bContinues = b !== O && (labelPart(b) === I || labelPart(b) === L);
  if (aInside) return bContinues && labelType(b) === labelType(a);
  return !bContinues;
}

/** Whether a sentence may end on label `a`. */
export function endAllowed(a: number): boolean {
  return a === O || labelPart(a) === L || labelPart(a) === U;
}

/** Splits a CoNLL tag (`B-PER`, `I-LOC`, `O`) into its prefix and type ("" for O). */
export function splitTag(tag: string): [string, string] {
  const dash = tag.indexOf('-');
  if (dash < 0) return [tag, ''];
  return [tag.slice(0, dash), tag.slice(dash + 1)];
}

/**
 * Entity spans from a sentence's tag column by the conlleval rule: a chunk starts at
 * `B-X`, or at `I-X` after `O` or after another type; so IOB1 and IOB2 both read right.
 */
export function tagsToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const [prefix, t] = i < tags.length ? splitTag(tags[i]!) : ['O', ''];
    const continues = start >= 0 && prefix === 'I' && t === type;
    if (!continues) {
      if (start >= 0) spans.push({ start, end: i, type });
      start = -1;
      if (prefix !== 'O') {
        start = i;
        type = t;
      }
    }
  }
  return spans;
}

/** IOB2 tags (`B-` at every entity start) for spans over `length` tokens. */
export function spansToIob2(spans: readonly TokenSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  }
  return tags;
}

/** BILOU label ids for spans over `length` tokens; spans of unknown types are dropped. */
export function spansToLabels(spans: readonly TokenSpan[], length: number): Uint8Array {
  const labels = new Uint8Array(length);
  for (const s of spans) {
    const t = CONLL_TYPES.indexOf(s.type as ConllType);
    if (t < 0) continue;
    if (s.end - s.start === 1) {
      labels[s.start] = labelId(t, U);
      continue;
    }
    labels[s.start] = labelId(t, B);
    for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = labelId(t, I);
    labels[s.end - 1] = labelId(t, L);
  }
  return labels;
}

/**
 * Spans from BILOU labels. Tolerant of ill-formed runs (which the constrained decoder
 * never produces): a B or I not closed by L still ends where its type stops.
 */
export function labelsToSpans(labels: ArrayLike<number>, length = labels.length): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i < length; i++) {
    const label = labels[i]!;
    const t = labelType(label);
    const part = labelPart(label);
    if (start >= 0 && (t !== type || part === B || part === U)) {
      spans.push({ start, end: i, type: CONLL_TYPES[type]! });
      start = -1;
    }
    if (label === O) continue;
    if (start < 0) {
      start = i;
      type = t;
    }
    if (part === L || part === U) {
      spans.push({ start, end: i + 1, type: CONLL_TYPES[type]! });
      start = -1;
    }
  }
  if (start >= 0) spans.push({ start, end: length, type: CONLL_TYPES[type]! });
  return spans;
}
