/**
 * The knowledge-base port: what the linker, the provenance stage and the CLI need from
 * a knowledge base, whatever stores it. The default implementation is an in-memory
 * index loaded from SQLite (src/kb/); tests may build one from a handful of entities.
 */
import type { KbEntity, KbNameKind, KbStats } from '../kb/model.js';

/** An entity found under a name, and how the name relates to it. */
export interface NameHit {
  readonly entity: KbEntity;
  readonly kind: KbNameKind;
  /** The name as the KB writes it, under which the entity was found. */
  readonly text: string;
}

/** Read access used on the hot path: every lookup is in memory and synchronous. */
export interface KnowledgeBase {
  /** The entity with this id, if any. */
  get(id: string): KbEntity | undefined;
  /** Entities known under this exact name (after {@link normalizeName}), best first. */
  lookup(name: string): readonly NameHit[];
  /** Entities whose names share a fuzzy key (see src/kb/fuzzy-key.ts), for the linker. */
  lookupFuzzy(key: string): readonly NameHit[];
  /**
   * {@link lookupFuzzy} of a key and then (keys of 4+ letters) of each of its one-letter
   * deletions (one per run of a letter), in that order, lists with no hit left out. Optional:
   * a faster way to the same lists.
   */
  lookupFuzzyNear?(key: string): readonly (readonly NameHit[])[];
  /**
   * Every key {@link lookup} answers under (normalised names). Optional: lets a caller rule
   * out, before looking up, a name whose words no key has.
   */
  nameKeys?(): Iterable<string>;
  /** The organisation that publishes from, or serves images from, this host name. */
  byHost(host: string): KbEntity | undefined;
  /** Resolves an organisation name or country code as used in roles. */
  resolveOrg(nameOrCode: string): KbEntity | undefined;
  /** Ranked free-text search over names (exact, then prefix, then fuzzy). */
  search(text: string, limit?: number): readonly KbEntity[];
  /** Every entity, in id order. */
  entities(): Iterable<KbEntity>;
  stats(): KbStats;
}

/** A knowledge base that can be changed (the user KB; never the shipped file). */
export interface WritableKnowledgeBase extends KnowledgeBase {
  /** Inserts or replaces entities by id, in one transaction. */
  upsert(entities: Iterable<KbEntity>): number;
  /** Removes entities by id; returns how many existed. */
  remove(ids: Iterable<string>): number;
  close(): void;
}
