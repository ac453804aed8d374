/**
 * The attribution tagger: paragraphs of tokens in, Source / Cue / Content spans out.
 * Shared by the training script and the stage, so both featurise text the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Paragraph, Sentence, Token } from '../../../core/annotations.js';
import { CopydeskError } from '../../../core/errors.js';
import { defineResource } from '../../../core/resources.js';
import type { Span } from '../../../core/span.js';
import { PACKAGE_ROOT } from '../gender.js';
import { SPEECH_VERB_FORMS } from '../lexicon.js';
import { sequenceFeatures, type TokenView } from './features.js';
import { LABELS, Perceptron } from './perceptron.js';

export type Role = 'source' | 'cue' | 'content';

export interface RoleSpan extends Span {
  readonly role: Role;
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
): Sequence[] {
  const out: Sequence[] = [];
  const sentenceStartSet = new Set(sentences.map((s) => s.start));
  let t = 0;
  for (const p of paragraphs) {
    while (t < tokens.length && tokens[t]!.start < p.start) t++;
    const seq: Token[] = [];
    while (t < tokens.length && tokens[t]!.end <= p.end) seq.push(tokens[t++]!);
    if (seq.length === 0) continue;
    if (cueFilter && !seq.some((k) => cueFilter(text.slice(k.start, k.end).toLowerCase()))) continue;
    const views: TokenView[] = seq.map((k) => {
      const raw = text.slice(k.start, k.end);
      return { start: k.start, end: k.end, raw, lower: raw.toLowerCase() };
    });
    const starts = new Set<number>();
    views.forEach((v, i) => {
      if (sentenceStartSet.has(v.start)) starts.add(i);
    });
    out.push({ tokens: seq, feats: sequenceFeatures(views, starts, learnedCues) });
  }
  return out;
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

/** Largest gap (in tokens) between two content pieces that are joined into one. */
const CONTENT_GAP = 3;

/**
 * Joins content pieces the tagger broke apart: two content spans separated by at most
 * {@link CONTENT_GAP} tokens with no source or cue (and no sentence end) between them are
 * one content. A perceptron's labels flicker inside long clauses; annotations do not.
 */
export function joinContent(seq: Sequence, labels: Uint8Array, text: string): Uint8Array {
  const out = Uint8Array.from(labels);
  const bCon = LABELS.indexOf('B-CON');
  const iCon = LABELS.indexOf('I-CON');
  let lastContent = -1;
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    if (l === bCon && lastContent >= 0 && i - lastContent - 1 <= CONTENT_GAP) {
      let clean = true;
      for (let k = lastContent + 1; k < i; k++) {
        const raw = text.slice(seq.tokens[k]!.start, seq.tokens[k]!.end);
        if (out[k] !== 0 || raw === '.' || raw === '?' || raw === '!') clean = false;
      }
      if (clean) for (let k = lastContent + 1; k <= i; k++) out[k] = iCon;
    }
    if (out[i] === bCon || out[i] === iCon) lastContent = i;
    else if (out[i] !== 0) lastContent = -1;
  }
  return out;
}

/** Tags a document's paragraphs with the model. */
export function tagAttributions(
  model: Perceptron,
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  tokens: readonly Token[],
): RoleSpan[] {
  const cues = new Set(model.cueWords);
  // A paragraph without a single cue word has no attribution to find: skip it.
  const hasCue = (w: string) => cues.has(w) || SPEECH_VERB_FORMS.has(w);
  return sequences(text, paragraphs, sentences, tokens, cues, hasCue).flatMap((seq) =>
    labelsToSpans(seq, model.decode(seq.feats)),
  );
}

export const MODEL_PATH = new URL('models/quotes/attribution.bin.gz', PACKAGE_ROOT);

/** The shipped attribution model, loaded once per process. */
export const QUOTES_MODEL = defineResource<Perceptron>('quotes/attribution-model', () => {
  if (!existsSync(MODEL_PATH)) {
    throw new CopydeskError(
      'DATA_INVALID',
      `quotes model missing at ${MODEL_PATH.pathname}; run npm run train:quotes`,
    );
  }
  return Perceptron.load(readFileSync(MODEL_PATH));
});
