/**
 * An acronym two KB bodies share is the one the article names in full: "RSF" after "the
 * Rapid Support Forces" is the Sudanese paramilitary, not Reporters Without Borders, whatever
 * the exact pass picked for the letters alone. Once every mention is linked, a body linked by
 * a short form it shares becomes the other bearer of that form when the article links exactly
 * one such bearer by another name. Without one, a noun for armed men right after the letters
 * ("RSF paramilitaries", session acc23-link-b) or a deed of war ("the RSF captured …",
 * acc27-link-b) makes them the armed group's.
 */
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

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

/**
 * Nouns for the people of an armed body right after its short form: "RSF paramilitaries",
 * "the ADF rebels", "PKK fighters". Copy writes them after an armed group's letters, never
 * after a press-freedom charity's or a ministry's.
 */
const ARMED_MEMBERS_AFTER =
  /^\s+(?:paramilitar(?:y|ies)|fighters?|militants?|rebels?|insurgents?|militia(?:s|men)?|gunmen|guerrillas?|jihadists?)\b/i;

/**
 * A deed of war right after the letters: "The RSF captured El Fasher", "the ADF has attacked
 * a village". Only an armed body takes a town or shells one (session acc27-link-b).
 */
const ARMED_DEED_AFTER =
  /^\s+(?:(?:has|have|had)\s+)?(?:captured|seized|recaptured|retook|overran|stormed|shelled|besieged|ambushed|attacked)\b/i;

/**
 * The armed group `surface`, a short form `linked` shares with other bodies, stands for when
 * the copy writes a noun for armed men or a deed of war right after it (`after`: the text
 * after one of its mentions): the one organisation of kind `armed-group` among the form's bearers; null when
 * the linked body is one already, or none or several are.
 */
export function armedBodyOfAcronym(
  kb: KnowledgeBase,
  surface: string,
  linked: KbEntity,
  after: string,
): KbEntity | null {
  if (linked.kind === 'armed-group' || !(ARMED_MEMBERS_AFTER.test(after) || ARMED_DEED_AFTER.test(after)))
    return null;
  const norm = normalizeName(surface);
  const armed = new Map<string, KbEntity>();
  for (const h of kb.lookup(surface))
    if (h.kind === 'short' && h.entity.kind === 'armed-group' && hasShort(h.entity, norm))
      armed.set(h.entity.id, h.entity);
  return armed.size === 1 ? [...armed.values()][0]! : null;
}
