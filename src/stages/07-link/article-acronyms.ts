/**
 * An acronym two KB bodies share is the one the article names in full: "RSF" after "the
 * Rapid Support Forces" is the Sudanese paramilitary, not Reporters Without Borders, whatever
 * the exact pass picked for the letters alone. Once every mention is linked, a body linked by
 * a short form it shares becomes the other bearer of that form when the article links exactly
 * one such bearer by another name.
 */
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';

/** Whether `entity` has `norm` (a normalised surface) among its short forms. */
function hasShort(entity: KbEntity, norm: string): boolean {
  return entity.names.some((n) => n.kind === 'short' && normalizeName(n.text) === norm);
}

/**
 * Whether `surface` is a short form of `linked`, an organisation: only then may another bearer
 * take it (`acronymOfNamedBody`). The article's other linked entities are gathered only past
 * this test (they were gathered for every linked body, as many times as the article has
 * clusters; speed-link-19).
 */
export function mayBeSharedAcronym(surface: string, linked: KbEntity): boolean {
  return linked.type === 'organization' && hasShort(linked, normalizeName(surface));
}

/**
 * The body of `named` (the article's other linked entities) that `surface`, a short form of
 * `linked`, stands for instead: the one other organisation with that short form; else null.
 */
export function acronymOfNamedBody(
  surface: string,
  linked: KbEntity,
  named: Iterable<KbEntity>,
): KbEntity | null {
  if (!mayBeSharedAcronym(surface, linked)) return null;
  const norm = normalizeName(surface);
  const bearers = new Map<string, KbEntity>();
  for (const e of named) {
    if (e.id !== linked.id && e.type === 'organization' && hasShort(e, norm)) bearers.set(e.id, e);
  }
  return bearers.size === 1 ? [...bearers.values()][0]! : null;
}
