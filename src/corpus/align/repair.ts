/**
 * Applies aligned names to a copy's analysis: the copy's entity at an aligned span
 * takes the original's name (and KB id), its mentions there are marked repaired, and
 * the alignment is recorded as `corpus-alignment` evidence. A mangled name the copy's
 * NER missed becomes an entity of its own, with every occurrence of that surface.
 * Re-applying to an already repaired copy changes nothing.
 */
import type { AnalysisJson } from '../../core/analysis.js';
import type { Evidence } from '../../core/annotations.js';
import { type AlignedName, alignNames } from './align.js';

type Entity = AnalysisJson['entities'][number];
type Mention = Entity['mentions'][number];
type WorkingEntity = Omit<Entity, 'mentions' | 'evidence'> & { mentions: Mention[]; evidence: Evidence[] };

export interface AlignmentRepair {
  readonly surface: string;
  readonly name: string;
  readonly kbId: string | null;
  readonly similarity: number;
}

export function repairFromOriginal(
  copy: AnalysisJson,
  original: AnalysisJson,
): { analysis: AnalysisJson; repairs: AlignmentRepair[] } {
  const aligned = alignNames(copy, original);
  if (aligned.length === 0) return { analysis: copy, repairs: [] };
  const entities: WorkingEntity[] = copy.entities.map((e) => ({
    ...e,
    mentions: [...e.mentions],
    evidence: [...e.evidence],
  }));
  const renamed = new Map<string, string>(); // copy entity id → new name
  const repairs: AlignmentRepair[] = [];
  for (const name of aligned) {
    const source = original.entities[name.original.entityIndex]!;
    const evidence: Evidence = {
      kind: 'corpus-alignment',
      detail: `"${name.copy.text}" stands where the original ${original.id} has "${name.original.text}"`,
      score: round(name.similarity),
    };
    const target = entities.find((e) => e.mentions.some((m) => overlaps(m, name.copy)));
    if (target) {
      if (target.name === source.name && target.kbId === (source.kbId ?? target.kbId)) {
        markRepaired(target, name.copy.text);
        continue;
      }
      const index = entities.indexOf(target);
      entities[index] = {
        ...target,
        name: source.name,
        kbId: source.kbId ?? target.kbId,
        type: source.type,
        mentions: target.mentions.map((m) => (sameSurface(m, name.copy.text) ? { ...m, repaired: true } : m)),
        evidence: [...target.evidence, evidence],
      };
      renamed.set(target.id, source.name);
    } else {
      const existing = entities.find(
        (e) => e.name === source.name && e.evidence.some((v) => v.kind === 'corpus-alignment'),
      );
      const mentions = occurrences(copy.text, name.copy.text).filter(
        (span) => !entities.some((e) => e.mentions.some((m) => overlaps(m, span))),
      );
      if (mentions.length === 0) continue;
      if (existing) {
        existing.mentions.push(...mentions.map((m) => ({ ...m, repaired: true })));
      } else {
        entities.push({
          id: `align-${entities.length + 1}`,
          type: source.type,
          name: source.name,
          kbId: source.kbId,
          confidence: round(0.5 + name.similarity / 2),
          mentions: mentions.map((m) => ({ ...m, repaired: true })),
          evidence: [evidence],
        });
      }
    }
    repairs.push({
      surface: name.copy.text,
      name: source.name,
      kbId: source.kbId,
      similarity: round(name.similarity),
    });
  }
  if (repairs.length === 0) return { analysis: copy, repairs };
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  const quotes = copy.quotes.map((q) =>
    q.speaker?.entityId && renamed.has(q.speaker.entityId)
      ? { ...q, speaker: { ...q.speaker, name: renamed.get(q.speaker.entityId)! } }
      : q,
  );
  return { analysis: { ...copy, entities, quotes }, repairs };
}

function markRepaired(entity: WorkingEntity, surface: string): void {
  entity.mentions = entity.mentions.map((m) => (sameSurface(m, surface) ? { ...m, repaired: true } : m));
}

function sameSurface(m: Mention, surface: string): boolean {
  return m.text === surface || surface.endsWith(` ${m.text}`) || m.text.endsWith(` ${surface}`);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whole-word occurrences of `surface` in `text`. */
function occurrences(text: string, surface: string): { start: number; end: number; text: string }[] {
  const spans: { start: number; end: number; text: string }[] = [];
  let at = text.indexOf(surface);
  while (at >= 0) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + surface.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
      spans.push({ start: at, end: at + surface.length, text: surface });
    }
    at = text.indexOf(surface, at + surface.length);
  }
  return spans;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export type { AlignedName };
