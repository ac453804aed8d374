/**
 * SQLite storage for the knowledge base (better-sqlite3). The file is the interchange
 * and shipping format; at analysis time it is opened read-only, read once into a
 * {@link MemoryKnowledgeBase}, and closed. Schema in docs/knowledge-base.md.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { EntityType } from '../core/annotations.js';
import { CopydeskError } from '../core/errors.js';
import type { NameHit, WritableKnowledgeBase } from '../ports/knowledge-base.js';
import { fuzzyKey } from './fuzzy-key.js';
import { MemoryKnowledgeBase, normalizeHost, type PrecomputedKeys } from './memory.js';
import type { KbEntity, KbName, KbNameKind, KbRole, KbStats } from './model.js';
import { normalizeName } from './names.js';

/** Bumped when the schema changes; a file of another version is refused with a clear error. */
export const KB_SCHEMA_VERSION = '2';

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('person','organization','location','event','misc')),
  name TEXT NOT NULL,
  description TEXT,
  country TEXT,
  gender TEXT CHECK (gender IN ('male','female') OR gender IS NULL),
  born INTEGER,
  prominence REAL NOT NULL DEFAULT 1,
  kind TEXT
);
CREATE TABLE names (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  norm TEXT NOT NULL,
  fuzzy TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('name','alias','short','surname','demonym'))
);
CREATE INDEX names_norm ON names(norm);
CREATE INDEX names_entity ON names(entity_id);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE TABLE roles (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  role TEXT NOT NULL,
  org TEXT NOT NULL,
  org_id TEXT,
  from_date TEXT,
  to_date TEXT
);
CREATE INDEX roles_entity ON roles(entity_id);
CREATE INDEX roles_org ON roles(org_id);
CREATE TABLE hosts (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  host TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('domain','image'))
);
CREATE INDEX hosts_host ON hosts(host);
CREATE INDEX hosts_entity ON hosts(entity_id);
`;

/** The knowledge base that ships in the package (never written at run time). */
export function defaultKbPath(): string {
  // Same relative place from src/kb/ (tsx, tests) and dist/kb/ (installed).
  return fileURLToPath(new URL('../../resources/kb/default-kb.sqlite', import.meta.url));
}

/** The user's own knowledge base: `$COPYDESK_KB`, else under XDG data home. */
export function userKbPath(): string {
  if (process.env.COPYDESK_KB) return process.env.COPYDESK_KB;
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'copydesk', 'kb.sqlite');
}

/** The knowledge base analysis reads: the user KB when one exists, else the shipped one. */
export function activeKbPath(): string {
  const user = userKbPath();
  return existsSync(user) ? user : defaultKbPath();
}

function openDatabase(path: string, readonly: boolean): Database.Database {
  if (!existsSync(path)) throw new CopydeskError('NOT_FOUND', `knowledge base not found: ${path}`);
  if (statSync(path).isDirectory())
    throw new CopydeskError('INPUT_IS_DIRECTORY', `knowledge base is a directory: ${path}`);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: true });
    const row = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as
      | { value: string }
      | undefined;
    if (row?.value !== KB_SCHEMA_VERSION) {
      db.close();
      throw new CopydeskError(
        'DATA_INVALID',
        `${path} is a knowledge base of schema ${row?.value ?? '?'}, expected ${KB_SCHEMA_VERSION}`,
      );
    }
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    throw new CopydeskError('DATA_INVALID', `${path} is not a copydesk knowledge base (${String(error)})`);
  }
  if (!readonly) db.pragma('foreign_keys = ON');
  return db;
}

type EntityRow = [
  string,
  EntityType,
  string,
  string | null,
  string | null,
  string | null,
  number | null,
  number,
  string | null,
];

/** Reads every entity of an open database (four table scans, grouped in memory). */
function readEntities(db: Database.Database): { entities: KbEntity[]; keys: PrecomputedKeys } {
  const names = new Map<string, KbName[]>();
  const keys = new Map<string, { norm: string; fuzzy: string }>();
  for (const [id, name, kind, norm, fuzzy] of db
    .prepare('SELECT entity_id, name, kind, norm, fuzzy FROM names ORDER BY rowid')
    .raw()
    .iterate() as Iterable<[string, string, KbNameKind, string, string]>) {
    keys.set(`${id}\u0000${name}`, { norm, fuzzy });
    if (kind === 'name') continue; // the canonical name, kept in this table for one lookup index
    const list = names.get(id);
    if (list) list.push({ text: name, kind });
    else names.set(id, [{ text: name, kind }]);
  }
  const roles = new Map<string, KbRole[]>();
  for (const [id, role, org, orgId, from, to] of db
    .prepare('SELECT entity_id, role, org, org_id, from_date, to_date FROM roles ORDER BY entity_id, seq')
    .raw()
    .iterate() as Iterable<[string, string, string, string | null, string | null, string | null]>) {
    const r: KbRole = { role, org, orgId, from, to };
    const list = roles.get(id);
    if (list) list.push(r);
    else roles.set(id, [r]);
  }
  const domains = new Map<string, string[]>();
  const images = new Map<string, string[]>();
  for (const [id, host, kind] of db
    .prepare('SELECT entity_id, host, kind FROM hosts ORDER BY rowid')
    .raw()
    .iterate() as Iterable<[string, string, string]>) {
    const map = kind === 'image' ? images : domains;
    const list = map.get(id);
    if (list) list.push(host);
    else map.set(id, [host]);
  }
  const out: KbEntity[] = [];
  for (const row of db
    .prepare('SELECT id, type, name, description, country, gender, born, prominence, kind FROM entities')
    .raw()
    .iterate() as Iterable<EntityRow>) {
    const [id, type, name, description, country, gender, born, prominence, kind] = row;
    out.push({
      id,
      type,
      name,
      names: names.get(id) ?? [],
      description,
      country,
      gender: gender === 'male' || gender === 'female' ? gender : null,
      born,
      prominence,
      kind,
      roles: roles.get(id) ?? [],
      domains: domains.get(id) ?? [],
      imageHosts: images.get(id) ?? [],
    });
  }
  return { entities: out, keys };
}

/** Writes entities into an open database (replacing any with the same id) in one transaction. */
function writeEntities(db: Database.Database, entities: Iterable<KbEntity>): number {
  const del = db.prepare('DELETE FROM entities WHERE id = ?');
  const insEntity = db.prepare(
    'INSERT INTO entities (id, type, name, description, country, gender, born, prominence, kind) VALUES (?,?,?,?,?,?,?,?,?)',
  );
  const insName = db.prepare('INSERT INTO names (entity_id, name, norm, fuzzy, kind) VALUES (?,?,?,?,?)');
  const insRole = db.prepare(
    'INSERT INTO roles (entity_id, seq, role, org, org_id, from_date, to_date) VALUES (?,?,?,?,?,?,?)',
  );
  const insHost = db.prepare('INSERT INTO hosts (entity_id, host, kind) VALUES (?,?,?)');
  let count = 0;
  db.transaction(() => {
    for (const e of entities) {
      // Children first: the file may have been opened without cascading deletes.
      for (const table of ['names', 'roles', 'hosts'])
        db.prepare(`DELETE FROM ${table} WHERE entity_id = ?`).run(e.id);
      del.run(e.id);
      insEntity.run(e.id, e.type, e.name, e.description, e.country, e.gender, e.born, e.prominence, e.kind);
      insName.run(e.id, e.name, normalizeName(e.name), fuzzyKey(e.name), 'name');
      for (const n of e.names) insName.run(e.id, n.text, normalizeName(n.text), fuzzyKey(n.text), n.kind);
      e.roles.forEach((r, i) => {
        insRole.run(e.id, i, r.role, r.org, r.orgId, r.from, r.to);
      });
      for (const h of e.domains) insHost.run(e.id, normalizeHost(h), 'domain');
      for (const h of e.imageHosts) insHost.run(e.id, normalizeHost(h), 'image');
      count++;
    }
  })();
  return count;
}

/**
 * Creates a fresh knowledge-base file from `entities` (replacing `path`), then compacts
 * it. Used by `npm run build:kb` and by tests.
 */
export function createKnowledgeBaseFile(
  path: string,
  entities: Iterable<KbEntity>,
  meta: Record<string, string> = {},
): number {
  mkdirSync(dirname(path), { recursive: true });
  rmSync(path, { force: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(SCHEMA);
    const insMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    insMeta.run('schema', KB_SCHEMA_VERSION);
    for (const [k, v] of Object.entries(meta)) insMeta.run(k, v);
    const n = writeEntities(db, entities);
    db.exec('ANALYZE; VACUUM;');
    return n;
  } finally {
    db.close();
  }
}

/** Opens a knowledge base read-only into memory; the file is closed before returning. */
export function loadKnowledgeBase(path: string): MemoryKnowledgeBase {
  const db = openDatabase(path, true);
  try {
    const { entities, keys } = readEntities(db);
    return new MemoryKnowledgeBase(entities, keys);
  } finally {
    db.close();
  }
}

/** Reads the `meta` table of a knowledge-base file. */
export function readKbMeta(path: string): Record<string, string> {
  const db = openDatabase(path, true);
  try {
    const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  } finally {
    db.close();
  }
}

/**
 * A writable knowledge base on a file (the user KB). When the file does not exist yet it
 * is first copied from `seedFrom` (the shipped KB), so the package is never written.
 */
export class SqliteKnowledgeBase implements WritableKnowledgeBase {
  private readonly db: Database.Database;
  private memory: MemoryKnowledgeBase;

  constructor(path: string, seedFrom: string = defaultKbPath()) {
    if (!existsSync(path)) {
      if (!existsSync(seedFrom))
        throw new CopydeskError('NOT_FOUND', `knowledge base not found: ${seedFrom}`);
      mkdirSync(dirname(path), { recursive: true });
      copyFileSync(seedFrom, path);
    }
    this.db = openDatabase(path, false);
    this.memory = this.reload();
  }

  private reload(): MemoryKnowledgeBase {
    const { entities, keys } = readEntities(this.db);
    return new MemoryKnowledgeBase(entities, keys);
  }

  upsert(entities: Iterable<KbEntity>): number {
    const n = writeEntities(this.db, entities);
    this.memory = this.reload();
    return n;
  }

  remove(ids: Iterable<string>): number {
    let n = 0;
    this.db.transaction(() => {
      for (const id of ids) {
        for (const table of ['names', 'roles', 'hosts'])
          this.db.prepare(`DELETE FROM ${table} WHERE entity_id = ?`).run(id);
        n += this.db.prepare('DELETE FROM entities WHERE id = ?').run(id).changes;
      }
    })();
    if (n > 0) this.memory = this.reload();
    return n;
  }

  close(): void {
    this.db.close();
  }

  get(id: string): KbEntity | undefined {
    return this.memory.get(id);
  }
  lookup(name: string): readonly NameHit[] {
    return this.memory.lookup(name);
  }
  lookupFuzzy(key: string): readonly NameHit[] {
    return this.memory.lookupFuzzy(key);
  }
  lookupFuzzyNear(key: string): readonly (readonly NameHit[])[] {
    return this.memory.lookupFuzzyNear(key);
  }
  byHost(host: string): KbEntity | undefined {
    return this.memory.byHost(host);
  }
  resolveOrg(nameOrCode: string): KbEntity | undefined {
    return this.memory.resolveOrg(nameOrCode);
  }
  search(text: string, limit?: number): readonly KbEntity[] {
    return this.memory.search(text, limit);
  }
  entities(): Iterable<KbEntity> {
    return this.memory.entities();
  }
  stats(): KbStats {
    return this.memory.stats();
  }
}
