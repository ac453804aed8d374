/**
 * The in-memory index over a knowledge base: built once at load, then every lookup the
 * linker makes is a Map access. Exact names go through {@link normalizeName}; fuzzy
 * keys ({@link fuzzyKey}) are indexed together with their one-deletion neighbours, so a
 * lookup of a key and of its deletions finds names within about one edit of skeleton.
 */
import { ENTITY_TYPES, type EntityType } from '../core/annotations.js';
import type { KnowledgeBase, NameHit } from '../ports/knowledge-base.js';
import { fuzzyKey, keyDeletions } from './fuzzy-key.js';
import type { KbEntity, KbNameKind, KbStats } from './model.js';
import { arabicNameForm, normalizeName } from './names.js';

const KIND_RANK: Readonly<Record<KbNameKind, number>> = {
  name: 0,
  alias: 1,
  short: 2,
  demonym: 3,
  surname: 4,
};

/** Fuzzy keys shorter than this are too unspecific to index by deletion. */
const MIN_DELETION_KEY = 4;

const NO_HITS: readonly NameHit[] = [];

/**
 * Every fuzzy key with hits and its hit list, in an open-addressing table by the hash of the
 * key's character codes ({@link hashSkipping}): a key with one character left out is looked
 * up without building it, and a key without hits mostly meets an empty slot at once.
 */
class KeyTable {
  /**
   * Per slot, side by side (one memory read per probe): the index of its key in `keys`
   * (−1: empty), and the key's hash.
   */
  private readonly slots: Int32Array;
  private readonly keys: string[] = [];
  private readonly lists: (readonly NameHit[])[] = [];
  private readonly mask: number;

  constructor(entries: Iterable<[string, readonly NameHit[]]>, size: number) {
    // At most half full: probes stay short.
    let capacity = 1024;
    while (capacity < size * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 2).fill(-1);
    for (const [key, list] of entries) {
      const h = hashSkipping(key, -1) | 0;
      let at = h & this.mask;
      while (this.slots[2 * at]! >= 0) at = (at + 1) & this.mask;
      this.slots[2 * at] = this.keys.length;
      this.slots[2 * at + 1] = h;
      this.keys.push(key);
      this.lists.push(list);
    }
  }

  /** The hit list of `key` without its character at `skip` (−1: none), if that key has hits. */
  get(key: string, skip: number): readonly NameHit[] | undefined {
    const h = hashSkipping(key, skip) | 0;
    const length = skip < 0 ? key.length : key.length - 1;
    const slots = this.slots;
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const k = slots[2 * at]!;
      if (k < 0) return undefined;
      if (slots[2 * at + 1] === h && sameSkipping(this.keys[k]!, length, key, skip)) return this.lists[k];
    }
  }
}

/** Whether `stored` (of `length` characters) is `key` without its character at `skip` (−1: none). */
function sameSkipping(stored: string, length: number, key: string, skip: number): boolean {
  if (stored.length !== length) return false;
  for (let i = 0, j = 0; i < length; i++, j++) {
    if (j === skip) j++;
    if (stored.charCodeAt(i) !== key.charCodeAt(j)) return false;
  }
  return true;
}

/** FNV-1a hash of `key`'s character codes, the one at `skip` left out (−1: none). */
function hashSkipping(key: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    if (i === skip) continue;
    h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

function rankHits(a: NameHit, b: NameHit): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.entity.prominence - a.entity.prominence;
}

function pushHit(map: Map<string, NameHit[]>, key: string, hit: NameHit): void {
  if (key.length === 0) return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [hit]);
  else if (!list.some((h) => h.entity === hit.entity)) list.push(hit);
  else {
    // Keep the strongest kind for an entity listed twice under one key.
    const i = list.findIndex((h) => h.entity === hit.entity);
    if (KIND_RANK[hit.kind] < KIND_RANK[list[i]!.kind]) list[i] = hit;
  }
}

/** Normalised host: lower case, no port, no leading `www.`. */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/:?#].*$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

/** Every name of an entity, its canonical name first. */
export function allNames(entity: KbEntity): { text: string; kind: KbNameKind }[] {
  return [{ text: entity.name, kind: 'name' as const }, ...entity.names];
}

/** Name keys computed at build time and stored beside the names: `id\0name` → keys. */
export type PrecomputedKeys = ReadonlyMap<string, { readonly norm: string; readonly fuzzy: string }>;

export class MemoryKnowledgeBase implements KnowledgeBase {
  private readonly byId = new Map<string, KbEntity>();
  private readonly byName = new Map<string, NameHit[]>();
  /**
   * Fuzzy key → the hits {@link lookupFuzzy} answers: those of the key itself, then (merged
   * at load) those one deletion longer of entities not already among them.
   */
  private readonly byFuzzy = new Map<string, NameHit[]>();
  /** Key → hits whose key is one letter longer, for keys no name has itself (see byFuzzy). */
  private readonly byNear = new Map<string, NameHit[]>();
  private readonly hosts = new Map<string, KbEntity>();
  private readonly countries = new Map<string, KbEntity>();

  private readonly keys: PrecomputedKeys | undefined;

  /** `keys` spare recomputing name keys at load (the store passes what the build saved). */
  constructor(entities: Iterable<KbEntity>, keys?: PrecomputedKeys) {
    this.keys = keys;
    for (const entity of entities) this.byId.set(entity.id, entity);
    for (const entity of this.byId.values()) this.index(entity);
    for (const list of this.byName.values()) list.sort(rankHits);
    for (const list of this.byFuzzy.values()) list.sort(rankHits);
    for (const list of this.byNear.values()) list.sort(rankHits);
    this.mergeNearKeys();
    this.keyTable = new KeyTable(
      (function* (fuzzy, near) {
        yield* fuzzy;
        yield* near;
      })(this.byFuzzy, this.byNear),
      this.byFuzzy.size + this.byNear.size,
    );
  }

  /** Every fuzzy key with hits (of byFuzzy and byNear), for lookups of keys with a letter left out. */
  private readonly keyTable: KeyTable;

  /**
   * Folds the near hits of every key some name has into that key's list (its own hits
   * first, then near hits of other entities), so a lookup builds nothing; a key is then in
   * one of the two maps. (Near keys are deletions of 4+ letter keys: 3+ letters, as
   * lookupFuzzy requires.)
   */
  private mergeNearKeys(): void {
    for (const [key, near] of this.byNear) {
      const exact = this.byFuzzy.get(key);
      if (exact === undefined) continue;
      const extra = near.filter((h) => !exact.some((x) => x.entity === h.entity));
      if (extra.length > 0) this.byFuzzy.set(key, exact.concat(extra));
      this.byNear.delete(key);
    }
  }

  private index(entity: KbEntity): void {
    for (const { text, kind } of allNames(entity)) {
      const hit: NameHit = { entity, kind, text };
      const stored = this.keys?.get(`${entity.id}\u0000${text}`);
      pushHit(this.byName, stored?.norm ?? normalizeName(text), hit);
      // Demonyms are adjectives ("German"): never a fuzzy target for a mangled name.
      if (kind === 'demonym') continue;
      const key = stored?.fuzzy ?? fuzzyKey(text);
      pushHit(this.byFuzzy, key, hit);
      if (key.length >= MIN_DELETION_KEY) for (const d of keyDeletions(key)) pushHit(this.byNear, d, hit);
      // "Abdel Fattah el-Sisi" also under "Abdelfattah Sisi": copy drops or keeps the article.
      const form = entity.type === 'person' ? arabicNameForm(text) : text;
      const formKey = form === text ? key : fuzzyKey(form);
      if (formKey !== key) {
        pushHit(this.byFuzzy, formKey, hit);
        if (formKey.length >= MIN_DELETION_KEY)
          for (const d of keyDeletions(formKey)) pushHit(this.byNear, d, hit);
      }
    }
    for (const host of [...entity.domains, ...entity.imageHosts]) this.hosts.set(normalizeHost(host), entity);
    if (entity.kind === 'country' && entity.country) this.countries.set(entity.country, entity);
  }

  get(id: string): KbEntity | undefined {
    return this.byId.get(id);
  }

  lookup(name: string): readonly NameHit[] {
    return this.byName.get(normalizeName(name)) ?? [];
  }

  nameKeys(): Iterable<string> {
    return this.byName.keys();
  }

  /**
   * Hits whose fuzzy key equals `key`, and (for keys of 3+ letters) hits with a key one
   * deletion longer. The linker also calls it with the deletions of its key.
   */
  lookupFuzzy(key: string): readonly NameHit[] {
    return this.byFuzzy.get(key) ?? this.byNear.get(key) ?? NO_HITS;
  }

  /**
   * The hit lists of `key` and of its one-letter deletions (see the port), read from the key
   * table by the letter codes: no deletion is built as a string.
   */
  lookupFuzzyNear(key: string): readonly (readonly NameHit[])[] {
    const out: (readonly NameHit[])[] = [];
    const own = this.keyTable.get(key, -1);
    if (own !== undefined && own.length > 0) out.push(own);
    if (key.length < MIN_DELETION_KEY) return out;
    for (let i = 0; i < key.length; i++) {
      // In a run of one letter every deletion is the same: looked up once.
      if (i > 0 && key.charCodeAt(i) === key.charCodeAt(i - 1)) continue;
      const hits = this.keyTable.get(key, i);
      if (hits !== undefined && hits.length > 0) out.push(hits);
    }
    return out;
  }

  byHost(host: string): KbEntity | undefined {
    let h = normalizeHost(host);
    while (h.includes('.')) {
      const hit = this.hosts.get(h);
      if (hit) return hit;
      h = h.slice(h.indexOf('.') + 1);
    }
    return undefined;
  }

  resolveOrg(nameOrCode: string): KbEntity | undefined {
    // Two capitals are a country code when one is known ("DE"), else a name ("BP").
    const country = /^[A-Z]{2}$/.test(nameOrCode) ? this.countries.get(nameOrCode) : undefined;
    if (country) return country;
    let hits = this.lookup(nameOrCode).filter((h) => h.kind !== 'surname' && h.kind !== 'demonym');
    // "People's Party (Spain)": the qualifier names the country; match the name within it.
    const qualified = /^(.+?)\s*\(([^)]+)\)$/.exec(nameOrCode);
    if (hits.length === 0 && qualified) {
      const country = this.lookup(qualified[2]!).find((h) => h.entity.kind === 'country')?.entity.country;
      hits = this.lookup(qualified[1]!).filter(
        (h) =>
          h.entity.type === 'organization' &&
          h.kind !== 'surname' &&
          (!country || h.entity.country === country),
      );
    }
    return (
      hits.find((h) => h.entity.type === 'organization')?.entity ??
      hits.find((h) => h.entity.kind === 'country')?.entity ??
      hits[0]?.entity
    );
  }

  search(text: string, limit = 20): readonly KbEntity[] {
    const norm = normalizeName(text);
    if (norm.length === 0) return [];
    const out: KbEntity[] = [];
    const seen = new Set<KbEntity>();
    const add = (e: KbEntity) => {
      if (!seen.has(e) && out.length < limit) {
        seen.add(e);
        out.push(e);
      }
    };
    for (const hit of this.lookup(text)) add(hit.entity);
    const partial: KbEntity[] = [];
    for (const [name, hits] of this.byName) {
      if (
        name !== norm &&
        (name.startsWith(`${norm} `) || name.includes(` ${norm}`) || name.startsWith(norm))
      ) {
        for (const h of hits) partial.push(h.entity);
      }
    }
    partial.sort((a, b) => b.prominence - a.prominence);
    for (const e of partial) add(e);
    const key = fuzzyKey(text);
    if (key.length > 0) for (const hit of this.lookupFuzzy(key)) add(hit.entity);
    return out;
  }

  entities(): Iterable<KbEntity> {
    // Sorted once: the linker's indexes each read every entity when first used.
    this.sorted ??= [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return this.sorted.values();
  }

  private sorted: KbEntity[] | null = null;

  stats(): KbStats {
    const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
    let roles = 0;
    let names = 0;
    let hosts = 0;
    for (const e of this.byId.values()) {
      byType[e.type]++;
      roles += e.roles.length;
      names += e.names.length + 1;
      hosts += e.domains.length + e.imageHosts.length;
    }
    return { entities: this.byId.size, byType, roles, names, hosts };
  }
}
