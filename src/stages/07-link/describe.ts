/**
 * One-line descriptions of linked and repaired entities for text reports:
 * `Beit Higseth → Pete Hegseth (role: Secretary of Defense, US; sound-alike 0.89)`.
 */
import type { Entity, Evidence } from '../../core/annotations.js';

function cue(e: Evidence): string {
  switch (e.kind) {
    case 'role-context':
      return `role: ${e.detail}`;
    case 'sound-alike':
      return `sound-alike ${e.score.toFixed(2)}`;
    case 'spelling':
      return `spelling ${e.score.toFixed(2)}`;
    case 'document-consistency':
      return `same article: ${e.detail}`;
    case 'word-substitution':
      return `swapped words: ${e.detail.replace(/ \([^)]*\)$/, '')}`;
    case 'co-mention':
      return `article names ${e.detail}`;
    default:
      return `${e.kind}: ${e.detail}`;
  }
}

/** The evidence of an entity as a parenthesised list, strongest cues first. */
export function describeEvidence(entity: Entity): string {
  const shown = entity.evidence.filter((e) => e.kind !== 'exact-name' && e.kind !== 'alias');
  return shown.length > 0 ? ` (${shown.map(cue).join('; ')})` : '';
}

/** `surface → canonical (evidence)` for each distinct repaired surface of the entity. */
export function describeRepairs(entity: Entity, text: string): string[] {
  const surfaces = [
    ...new Set(entity.mentions.filter((m) => m.repaired).map((m) => text.slice(m.start, m.end))),
  ];
  return surfaces.map((s) => `${s} → ${entity.name}${describeEvidence(entity)}`);
}
