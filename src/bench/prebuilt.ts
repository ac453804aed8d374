/**
 * Records for the corpus benchmark's `store` mode: what the full pipeline — with NER,
 * linking and quotes — would store for a synthetic article, built from the generator's
 * own knowledge of where its names, quotes and figures are.
 */
import { toAnalysisJson } from '../core/analysis.js';
import { IDENTITY_OFFSETS, NewsDoc } from '../core/index.js';
import type { RawInput } from '../core/meta.js';
import { articleRecord } from '../corpus/record.js';
import type { ArticleRecord } from '../ports/document-store.js';
import type { SyntheticArticle } from './story-corpus.js';

function rawOf(text: string): RawInput {
  return {
    content: text,
    mediaType: 'text/plain',
    origin: { kind: 'inline', label: 'bench' },
    byteLength: text.length,
  };
}

/** A record as the full pipeline with NER, linking and quotes would make it, built from the generator's truth. */
export function prebuiltRecord(a: SyntheticArticle, id: string): ArticleRecord {
  const doc = new NewsDoc({
    id,
    raw: rawOf(a.text),
    meta: { title: a.title, published: a.published, publisher: a.publisher },
  });
  doc.set('source', a.text);
  doc.set('text', a.text);
  doc.set('offsets', IDENTITY_OFFSETS);
  const byName = new Map<string, { start: number; end: number; text: string; repaired: boolean }[]>();
  for (const p of [...a.people].sort((x, y) => y.surface.length - x.surface.length)) {
    const taken = [...byName.values()].flat();
    for (const m of a.text.matchAll(new RegExp(`\\b${p.surface}\\b`, 'g'))) {
      const span = {
        start: m.index,
        end: m.index + p.surface.length,
        text: p.surface,
        repaired: p.surface !== p.name && !p.name.endsWith(p.surface),
      };
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      byName.set(p.name, [...(byName.get(p.name) ?? []), span]);
    }
  }
  const entities = [...byName.entries()].map(([name, mentions], i) => ({
    id: `e${i + 1}`,
    type: 'person' as const,
    name,
    kbId: null,
    confidence: 0.9,
    by: 'bench',
    evidence: [],
    mentions: mentions.sort((x, y) => x.start - y.start),
  }));
  doc.set('entities', entities);
  doc.set(
    'quotes',
    a.quotes
      .filter((q) => a.text.includes(q.text))
      .map((q) => {
        const start = a.text.indexOf(q.text);
        const speaker = entities.find((e) => e.name === q.speaker);
        return {
          start,
          end: start + q.text.length,
          text: q.text,
          kind: 'direct' as const,
          speaker: { name: q.speaker, entityId: speaker?.id ?? null, mention: null },
          cue: null,
          by: 'bench',
          confidence: 0.9,
        };
      }),
  );
  doc.set(
    'figures',
    [...a.text.matchAll(/\b(\d+(?:\.\d+)?) (percent|billion euros|workers)\b/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: m[2] === 'percent' ? ('percent' as const) : ('count' as const),
      value: Number(m[1]),
      unit: m[2] === 'percent' ? 'percent' : m[2] === 'workers' ? 'count' : 'EUR',
      subject: null,
      by: 'bench',
      confidence: 0.9,
    })),
  );
  doc.set('dates', []);
  return articleRecord(toAnalysisJson(doc), rawOf(a.text), `bench:${id}`);
}
