/**
 * Merging imported entities into a knowledge base: an imported entity with a Wikidata
 * id replaces a hand-made one (slug id `cd:…`) of the same type, name and country, so a
 * Wikidata import upgrades the shipped people instead of duplicating them.
 */
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import type { KbEntity } from '../model.js';
import { normalizeName } from '../names.js';

export interface MergePlan {
  readonly upsert: KbEntity[];
  /** Slug ids superseded by an imported entity. */
  readonly remove: string[];
}

export function planMerge(kb: KnowledgeBase, incoming: readonly KbEntity[]): MergePlan {
  const remove: string[] = [];
  for (const e of incoming) {
    // Only people: places and organisations are referenced by id from roles, so they stay.
    if (!/^Q\d+$/.test(e.id) || e.type !== 'person') continue;
    const norm = normalizeName(e.name);
    for (const hit of kb.lookup(e.name)) {
      const old = hit.entity;
      if (
        old.id.startsWith('cd:') &&
        old.type === e.type &&
        normalizeName(old.name) === norm &&
        (old.country === null || e.country === null || old.country === e.country)
      ) {
        remove.push(old.id);
      }
    }
  }
  return { upsert: [...incoming], remove: [...new Set(remove)] };
}
