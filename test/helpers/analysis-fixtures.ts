/**
 * Hand-built analyses for storage and corpus tests: entities, quotes and figures are
 * placed by finding their surface text, so fixtures stay readable.
 */
import type { AnalysisJson } from '../../src/core/analysis.js';
import { toAnalysisJson } from '../../src/core/analysis.js';
import type { EntityType, QuoteKind } from '../../src/core/annotations.js';
import type { RawInput } from '../../src/core/meta.js';
import { makeDoc } from './make-doc.js';

export interface StoryFixture {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly published?: string;
  readonly publisher?: string;
  readonly canonicalUrl?: string;
  readonly entities?: readonly {
    name: string;
    type?: EntityType;
    kbId?: string | null;
    /** Surface forms to find in the text; `!` before one marks it repaired. */
    surfaces: readonly string[];
  }[];
  readonly quotes?: readonly { text: string; speaker: string | null; kind?: QuoteKind }[];
  readonly figures?: readonly { text: string; value: number; unit: string }[];
}

function locate(text: string, surface: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`fixture: "${surface}" not in text`);
  return { start, end: start + surface.length };
}

export function storyAnalysis(story: StoryFixture): AnalysisJson {
  const doc = makeDoc(story.text, {
    id: story.id,
    meta: {
      title: story.title ?? null,
      published: story.published ?? null,
      publisher: story.publisher ?? null,
      canonicalUrl: story.canonicalUrl ?? null,
    },
  });
  const entities = (story.entities ?? []).map((e, i) => ({
    id: `e${i + 1}`,
    type: e.type ?? ('person' as const),
    name: e.name,
    kbId: e.kbId ?? null,
    by: 'fixture',
    confidence: 0.9,
    evidence: [],
    mentions: e.surfaces.map((s) => {
      const repaired = s.startsWith('!');
      return { ...locate(story.text, repaired ? s.slice(1) : s), repaired };
    }),
  }));
  doc.set('entities', entities);
  doc.set(
    'quotes',
    (story.quotes ?? []).map((q) => {
      const speaker = entities.find((e) => e.name === q.speaker);
      return {
        ...locate(story.text, q.text),
        kind: q.kind ?? ('direct' as const),
        speaker: q.speaker ? { name: q.speaker, entityId: speaker?.id ?? null, mention: null } : null,
        cue: null,
        by: 'fixture',
        confidence: 0.8,
      };
    }),
  );
  doc.set(
    'figures',
    (story.figures ?? []).map((f) => ({
      ...locate(story.text, f.text),
      kind: f.unit === 'percent' ? ('percent' as const) : ('count' as const),
      value: f.value,
      unit: f.unit,
      subject: null,
      by: 'fixture',
      confidence: 0.9,
    })),
  );
  doc.set('dates', []);
  return toAnalysisJson(doc);
}

export function rawOf(text: string): RawInput {
  return {
    content: text,
    mediaType: 'text/plain',
    origin: { kind: 'inline', label: 'fixture' },
    byteLength: text.length,
  };
}
