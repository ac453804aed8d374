/**
 * The analysis JSON: copydesk's public output contract (`copydesk/analysis@1`),
 * documented in docs/analysis-schema.md and schema/analysis.schema.json. Spans are
 * expanded with their text here, at the edge; inside, layers hold offsets only.
 */
import type {
  BlockRole,
  DateGrain,
  DebrisKind,
  EntityType,
  Evidence,
  FigureKind,
  QuoteKind,
  SignalKind,
} from './annotations.js';
import type { LayerName, NewsDoc } from './doc.js';
import type { ArticleMeta } from './meta.js';

export const ANALYSIS_SCHEMA_ID = 'copydesk/analysis@1';

export interface SpanJson {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface AnalysisJson {
  readonly schema: typeof ANALYSIS_SCHEMA_ID;
  readonly id: string;
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly paragraphs: readonly { start: number; end: number; role: BlockRole }[];
  readonly sentences: readonly { start: number; end: number }[];
  readonly entities: readonly {
    id: string;
    type: EntityType;
    name: string;
    kbId: string | null;
    confidence: number;
    mentions: readonly (SpanJson & { repaired: boolean; description?: true })[];
    evidence: readonly Evidence[];
  }[];
  readonly quotes: readonly (SpanJson & {
    kind: QuoteKind;
    speaker: {
      name: string;
      entityId: string | null;
      anonymous?: true;
      affiliation?: { name: string; entityId: string | null };
    } | null;
    cue: SpanJson | null;
    confidence: number;
  })[];
  readonly figures: readonly (SpanJson & {
    kind: FigureKind;
    value: number;
    unit: string;
    subject: string | null;
  })[];
  readonly dates: readonly (SpanJson & { value: string; grain: DateGrain; relative: boolean })[];
  readonly removed: readonly { kind: DebrisKind; text: string; confidence: number }[];
  readonly provenance: {
    readonly originalPublisher: string | null;
    readonly signals: readonly {
      kind: SignalKind;
      value: string;
      detail: string | null;
      confidence: number;
    }[];
    readonly scores: { machineTranslated: number | null; scraped: number | null };
  };
  /** Stages that ran, in order, with their versions and times in milliseconds. */
  readonly pipeline: readonly { name: string; version: string; ms: number }[];
  /**
   * Layers of this contract that no stage of the pipeline produced, so an empty list
   * there means "not analysed", not "none found".
   */
  readonly pending: readonly PendingLayer[];
}

export const REPORTED_LAYERS = ['entities', 'quotes', 'figures', 'dates', 'removed', 'provenance'] as const;
export type PendingLayer = (typeof REPORTED_LAYERS)[number];

export function toAnalysisJson(doc: NewsDoc): AnalysisJson {
  const text = doc.maybe('text') ?? '';
  const span = (s: { start: number; end: number }): SpanJson => ({
    text: text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
  });
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  const provenance = doc.maybe('provenance');
  return {
    schema: ANALYSIS_SCHEMA_ID,
    id: doc.id,
    text,
    meta: { ...doc.meta, authors: [...doc.meta.authors] },
    paragraphs: (doc.maybe('paragraphs') ?? []).map((p) => ({ start: p.start, end: p.end, role: p.role })),
    sentences: (doc.maybe('sentences') ?? []).map((s) => ({ start: s.start, end: s.end })),
    entities: (doc.maybe('entities') ?? []).map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      kbId: e.kbId,
      confidence: round(e.confidence),
      mentions: e.mentions.map((m) => ({
        ...span(m),
        repaired: m.repaired,
        ...(m.description ? { description: true as const } : {}),
      })),
      evidence: e.evidence.map((ev) => ({ ...ev, score: round(ev.score) })),
    })),
    quotes: (doc.maybe('quotes') ?? []).map((q) => ({
      ...span(q),
      kind: q.kind,
      speaker: q.speaker
        ? {
            name: q.speaker.name,
            entityId: q.speaker.entityId,
            ...(q.speaker.anonymous ? { anonymous: true as const } : {}),
            ...(q.speaker.affiliation
              ? {
                  affiliation: { name: q.speaker.affiliation.name, entityId: q.speaker.affiliation.entityId },
                }
              : {}),
          }
        : null,
      cue: q.cue ? span(q.cue) : null,
      confidence: round(q.confidence),
    })),
    figures: (doc.maybe('figures') ?? []).map((f) => ({
      ...span(f),
      kind: f.kind,
      value: f.value,
      unit: f.unit,
      subject: f.subject,
    })),
    dates: (doc.maybe('dates') ?? []).map((d) => ({
      ...span(d),
      value: d.value,
      grain: d.grain,
      relative: d.relative,
    })),
    removed: (doc.maybe('removed') ?? []).map((r) => ({
      kind: r.kind,
      text: r.text,
      confidence: round(r.confidence),
    })),
    provenance: {
      originalPublisher: provenance?.originalPublisher ?? null,
      signals: (doc.maybe('signals') ?? []).map((s) => ({
        kind: s.kind,
        value: s.value,
        detail: s.detail,
        confidence: round(s.confidence),
      })),
      scores: {
        machineTranslated: provenance?.scores.machineTranslated ?? null,
        scraped: provenance?.scores.scraped ?? null,
      },
    },
    pipeline: doc.trail.map((t) => ({ name: t.name, version: t.version, ms: round(t.ms) })),
    pending: pendingLayers(doc),
  };
}

/** Which reported layers the document lacks because no stage produced them. */
export function pendingLayers(doc: NewsDoc): PendingLayer[] {
  return REPORTED_LAYERS.filter((layer) => !doc.has(layer as LayerName));
}
