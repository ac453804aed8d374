/**
 * The attribution tagger: paragraphs of tokens in, Source / Cue / Content spans out.
 * Shared by the training script and the stage, so both featurise text the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Mention, Paragraph, Quote, Sentence, Token } from '../../../core/annotations.js';
import { CopydeskError } from '../../../core/errors.js';
import { defineResource } from '../../../core/resources.js';
import type { Span } from '../../../core/span.js';
import { loadClusters } from '../../06-ner/gazetteer-source.js';
import { hashString } from '../../06-ner/hash.js';
import { quoteToPolnear } from '../eval/polnear.js';
import { PACKAGE_ROOT } from '../gender.js';
import { SPEECH_VERB_FORMS } from '../lexicon.js';
import { type FeatureExtras, rootRates, sequenceFeatures, type TokenView } from './features.js';
import { LABELS, Perceptron } from './perceptron.js';

export type Role = 'source' | 'cue' | 'content';

export interface RoleSpan extends Span {
  readonly role: Role;
  /** A stacked pass's cue: whether the first pass tagged the same span, an overlapping one, or none. */
  readonly firstPass?: 'same' | 'overlap' | 'none';
}

export interface Sequence {
  readonly tokens: readonly Token[];
  readonly feats: Uint32Array[];
}

const ROLE_OF: Record<string, Role> = { SRC: 'source', CUE: 'cue', CON: 'content' };
const TAG_OF: Record<Role, string> = { source: 'SRC', cue: 'CUE', content: 'CON' };

/** One sequence per paragraph, featurised. */
export function sequences(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  learnedCues: ReadonlySet<string>,
  cueFilter?: (lower: string) => boolean,
  ruleSpans?: readonly RoleSpan[],
  mentions?: readonly Mention[],
  extras?: FeatureExtras,
  firstPass?: readonly RoleSpan[],
): Sequence[] {
  const out: Sequence[] = [];
  const sentenceStartSet = new Set(sentences.map((s) => s.start));
  const mentionOf = mentions ? mentionCodes(tokens, mentions) : null;
  let t = 0;
  for (const p of paragraphs) {
    while (t < tokens.length && tokens[t]!.start < p.start) t++;
    const seq: Token[] = [];
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= p.end) seq.push(tokens[t++]!);
    if (seq.length === 0) continue;
    if (cueFilter && !seq.some((k) => cueFilter(text.slice(k.start, k.end).toLowerCase()))) continue;
    const views: TokenView[] = seq.map((k, i) => {
      const raw = text.slice(k.start, k.end);
      const view = { start: k.start, end: k.end, raw, lower: raw.toLowerCase() };
      return mentionOf ? { ...view, mention: mentionOf[first + i]! } : view;
    });
    const starts = new Set<number>();
    views.forEach((v, i) => {
      if (sentenceStartSet.has(v.start)) starts.add(i);
    });
    // What the rules found here (as BIO labels) is evidence the model weighs.
    const ruleTags = ruleSpans
      ? goldLabels({ tokens: seq, feats: [] }, spansWithin(ruleSpans, p))
      : undefined;
    // A stacked tagger reads the first pass's labels the same way.
    const passTags = firstPass
      ? goldLabels({ tokens: seq, feats: [] }, spansWithin(firstPass, p))
      : undefined;
    out.push({
      tokens: seq,
      feats: sequenceFeatures(views, starts, learnedCues, ruleTags, extras, passTags),
    });
  }
  return out;
}

const MENTION_TYPES = ['person', 'organization', 'location', 'misc'];

/** Per token, the code of the mention it lies in (see {@link TokenView.mention}). */
function mentionCodes(tokens: readonly Token[], mentions: readonly Mention[]): Uint8Array {
  const codes = new Uint8Array(tokens.length);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    while (m < sorted.length && sorted[m]!.end <= tok.start) m++;
    const mention = sorted[m];
    if (!mention || mention.start > tok.start || tok.end > mention.end) continue;
    const type = MENTION_TYPES.indexOf(mention.type);
    codes[i] = 1 + 2 * (type < 0 ? MENTION_TYPES.length : type) + (mention.start < tok.start ? 1 : 0);
  }
  return codes;
}

function spansWithin(spans: readonly RoleSpan[], range: Span): RoleSpan[] {
  return spans.filter((s) => s.start >= range.start && s.end <= range.end);
}

/**
 * The rules' quotes as role spans in PolNeAR's conventions (content with a leading
 * "that", a broken quote as two pieces, the speaker phrase as source), for the model.
 */
export function ruleRoleSpans(text: string, quotes: readonly Quote[]): RoleSpan[] {
  const out: RoleSpan[] = [];
  for (const q of quotes) {
    const a = quoteToPolnear(text, q, false);
    for (const s of a.source) out.push({ ...s, role: 'source' });
    for (const s of a.cue) out.push({ ...s, role: 'cue' });
    for (const s of a.content) out.push({ ...s, role: 'content' });
  }
  // Keep the spans disjoint: a later span overlapping an earlier one is dropped.
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  const disjoint: RoleSpan[] = [];
  for (const s of out)
    if (!disjoint.length || s.start >= disjoint[disjoint.length - 1]!.end) disjoint.push(s);
  return disjoint;
}

/** Gold BIO label indices of a sequence from role spans (a token belongs to a span it lies inside). */
export function goldLabels(seq: Sequence, spans: readonly RoleSpan[]): Uint8Array {
  const labels = new Uint8Array(seq.tokens.length);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let s = 0;
  let prevSpan: RoleSpan | null = null;
  seq.tokens.forEach((tok, i) => {
    while (s < sorted.length && sorted[s]!.end <= tok.start) s++;
    const span = sorted[s];
    if (span && span.start <= tok.start && tok.end <= span.end) {
      const tag = TAG_OF[span.role];
      labels[i] = LABELS.indexOf(`${prevSpan === span ? 'I' : 'B'}-${tag}` as (typeof LABELS)[number]);
      prevSpan = span;
    } else prevSpan = null;
  });
  return labels;
}

/** Role spans from decoded labels. */
export function labelsToSpans(seq: Sequence, labels: Uint8Array): RoleSpan[] {
  const out: RoleSpan[] = [];
  let cur: { role: Role; start: number; end: number } | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = LABELS[labels[i]!]!;
    const tok = seq.tokens[i]!;
    if (label === 'O') {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    const role = ROLE_OF[label.slice(2)]!;
    if (label.startsWith('B-') || !cur || cur.role !== role) {
      if (cur) out.push(cur);
      cur = { role, start: tok.start, end: tok.end };
    } else cur.end = tok.end;
  }
  if (cur) out.push(cur);
  return out;
}

/** Tags a document's paragraphs with the model. */
export function tagAttributions(
  model: Perceptron,
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  ruleSpans?: readonly RoleSpan[],
  mentions?: readonly Mention[],
): RoleSpan[] {
  const cues = new Set(model.cueWords);
  if (model.featureVersion >= 2 && !model.extras) {
    throw new CopydeskError('INTERNAL', 'quotes model of feature set 2 loaded without its word clusters');
  }
  const extras = model.featureVersion >= 2 ? model.extras : undefined;
  // A paragraph without a single cue word has no attribution to find: skip it. The
  // second feature set knows every word seen as a cue in train (its cue rates) and
  // reads transcript turns, whose cue is a colon.
  const hasCue = (w: string) =>
    cues.has(w) || SPEECH_VERB_FORMS.has(w) || (extras !== undefined && (w === ':' || extras.cueRate.has(w)));
  // A stacked model tags a second time, reading its first pass's labels.
  const firstPass = model.firstPass
    ? tagAttributions(model.firstPass, text, paragraphs, sentences, tokens, ruleSpans, mentions)
    : undefined;
  const spans = sequences(
    text,
    paragraphs,
    sentences,
    tokens,
    cues,
    hasCue,
    model.usesRules ? (ruleSpans ?? []) : undefined,
    model.usesMentions ? (mentions ?? []) : undefined,
    extras,
    firstPass,
  ).flatMap((seq) => labelsToSpans(seq, model.decode(seq.feats)));
  if (!firstPass) return spans;
  // A stacked pass's cue says whether the first pass tagged it too (the cue filter reads it).
  const firstCues = firstPass.filter((s) => s.role === 'cue');
  return spans.map((s) => {
    if (s.role !== 'cue') return s;
    const same = firstCues.some((c) => c.start === s.start && c.end === s.end);
    const near = same || firstCues.some((c) => c.start < s.end && s.start < c.end);
    return { ...s, firstPass: same ? 'same' : near ? 'overlap' : 'none' };
  });
}

export const MODEL_PATH = new URL('models/quotes/attribution.bin.gz', PACKAGE_ROOT);

/** The stacked second pass over {@link MODEL_PATH}'s labels (`train:quotes -- --stack`). */
export const STACKED_MODEL_PATH = new URL('models/quotes/attribution-stacked.bin.gz', PACKAGE_ROOT);

/** A tagger file, ready to tag (its word clusters attached). */
export function loadTagger(path: URL | string): Perceptron {
  const model = Perceptron.load(readFileSync(path));
  if (model.featureVersion >= 2) model.extras = featureExtras(model.cueRates, model.featureVersion);
  return model;
}

/**
 * The shipped attribution model, loaded once per process: the stacked second pass with
 * the first-pass tagger attached when both files are there, else the first pass alone.
 */
export const QUOTES_MODEL = defineResource<Perceptron>('quotes/attribution-model', () => {
  if (!existsSync(MODEL_PATH)) {
    throw new CopydeskError(
      'DATA_INVALID',
      `quotes model missing at ${MODEL_PATH.pathname}; run npm run train:quotes`,
    );
  }
  return shippedTagger();
});

/** A tagger ready to tag: `stacked` (a second pass) over `first`'s labels, or `first` alone. */
export function taggerPair(first: URL | string, stacked?: URL | string): Perceptron {
  const model = loadTagger(first);
  if (stacked === undefined) return model;
  const second = loadTagger(stacked);
  second.firstPass = model;
  return second;
}

/** The shipped tagger as the stage runs it: the stacked pass over the first when its file is there. */
export function shippedTagger(): Perceptron {
  return taggerPair(MODEL_PATH, existsSync(STACKED_MODEL_PATH) ? STACKED_MODEL_PATH : undefined);
}

/**
 * The second feature set's inputs: the NER stage's word clusters (resources/clusters)
 * and the cue rates learned from train (shipped in the model file).
 */
export function featureExtras(cueRates: readonly (readonly [string, number])[], version = 2): FeatureExtras {
  const { clustersLower } = loadClusters();
  return {
    version,
    cluster: (lower: string) => clustersLower.get(hashString(lower, true)),
    cueRate: new Map(cueRates),
    ...(version >= 5 ? { rootRate: rootRates(cueRates) } : {}),
  };
}
