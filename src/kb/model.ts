/**
 * The knowledge-base data model: what copydesk knows about people, organisations,
 * places and events, independent of how it is stored. Documented in docs/knowledge-base.md.
 */
import type { EntityType } from '../core/annotations.js';

/**
 * An office or position held for a span of time. `org` is the organisation's canonical
 * name or an ISO 3166-1 alpha-2 country code (national offices); `orgId` is the
 * knowledge-base id it resolved to at build time, when it did.
 */
export interface KbRole {
  readonly role: string;
  readonly org: string;
  readonly orgId: string | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when unknown. */
  readonly from: string | null;
  /** Same precision rules; null while the role is held. */
  readonly to: string | null;
}

/** How a name relates to its entity; lookups weigh them differently. */
export type KbNameKind = 'name' | 'alias' | 'short' | 'surname' | 'demonym';

export interface KbName {
  readonly text: string;
  readonly kind: KbNameKind;
}

/**
 * Whether a name (or a lookup hit) names its entity in full — its canonical name or an alias —
 * rather than by a short form, a surname or a demonym, which only point at it in context.
 */
export function isNameOrAlias(name: { readonly kind: KbNameKind }): boolean {
  return name.kind === 'name' || name.kind === 'alias';
}

/** What sort of organisation or place an entity is (free vocabulary, documented). */
export type KbKind = string;

/** One entity of the knowledge base. */
export interface KbEntity {
  /** Wikidata QID (`Q7184`) where known, else a stable slug id (`cd:person/mark-rutte`). */
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** Every other name: aliases, short forms, derived surnames, demonyms. */
  readonly names: readonly KbName[];
  readonly description: string | null;
  /** ISO 3166-1 alpha-2 code, or null. */
  readonly country: string | null;
  readonly gender: 'male' | 'female' | null;
  readonly born: number | null;
  /** Popularity prior, 1 (rarely in world news) to 5 (household name worldwide). */
  readonly prominence: number;
  /** Organisation kind (`agency`, `outlet`, `party`, `ministry`…) or place kind (`country`, `city`). */
  readonly kind: KbKind | null;
  readonly roles: readonly KbRole[];
  /** Web domains a news outlet publishes from (`reuters.com`). */
  readonly domains: readonly string[];
  /** Image/CDN hosts whose URLs betray the outlet (`s.yimg.com` is not one; `static.reuters.com` is). */
  readonly imageHosts: readonly string[];
}

/** Counts that describe a knowledge base, for `kb stats` and reports. */
export interface KbStats {
  readonly entities: number;
  readonly byType: Readonly<Record<EntityType, number>>;
  readonly roles: number;
  readonly names: number;
  readonly hosts: number;
}

/** Fills optional fields of a partial entity with their empty values. */
export function makeEntity(
  init: Pick<KbEntity, 'id' | 'type' | 'name'> & Partial<Omit<KbEntity, 'id' | 'type' | 'name'>>,
): KbEntity {
  return {
    names: [],
    description: null,
    country: null,
    gender: null,
    born: null,
    prominence: 1,
    kind: null,
    roles: [],
    domains: [],
    imageHosts: [],
    ...init,
  };
}

/** True when `role` is held at `date` (ISO date); partial dates compare by their own precision. */
export function roleActiveOn(role: Pick<KbRole, 'from' | 'to'>, date: string): boolean {
  if (role.from && date.slice(0, role.from.length) < role.from) return false;
  if (role.to && date.slice(0, role.to.length) > role.to) return false;
  return true;
}
