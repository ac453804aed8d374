import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeEntity } from './model.js';
import { createKnowledgeBaseFile, loadKnowledgeBase, SqliteKnowledgeBase } from './store.js';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-kb-'));

const entities = [
  makeEntity({
    id: 'cd:country/nl',
    type: 'location',
    name: 'Netherlands',
    country: 'NL',
    kind: 'country',
    prominence: 4,
  }),
  makeEntity({
    id: 'Q7184',
    type: 'organization',
    name: 'NATO',
    names: [{ text: 'North Atlantic Treaty Organization', kind: 'alias' }],
    prominence: 5,
  }),
  makeEntity({
    id: 'Q57792',
    type: 'person',
    name: 'Mark Rutte',
    names: [{ text: 'Rutte', kind: 'surname' }],
    country: 'NL',
    gender: 'male',
    born: 1967,
    prominence: 5,
    roles: [
      { role: 'Secretary General', org: 'NATO', orgId: 'Q7184', from: '2024-10-01', to: null },
      { role: 'Prime Minister', org: 'NL', orgId: 'cd:country/nl', from: '2010-10-14', to: '2024-07-02' },
    ],
  }),
  makeEntity({
    id: 'cd:org/reuters',
    type: 'organization',
    name: 'Reuters',
    kind: 'news-agency',
    domains: ['reuters.com'],
    imageHosts: ['static.reuters.com'],
  }),
];
const file = join(dir, 'kb.sqlite');
createKnowledgeBaseFile(file, entities, { note: 'test' });

describe('SQLite knowledge base', () => {
  it('round-trips every field', () => {
    const kb = loadKnowledgeBase(file);
    expect(kb.get('Q57792')).toEqual(entities[2]);
    expect(kb.stats()).toMatchObject({ entities: 4, roles: 2, hosts: 2 });
  });

  it('indexes names and aliases for SQL lookups too', () => {
    const db = new Database(file, { readonly: true });
    const row = db
      .prepare("SELECT entity_id FROM names WHERE norm = 'north atlantic treaty organization'")
      .get();
    db.close();
    expect(row).toEqual({ entity_id: 'Q7184' });
  });

  it('looks up names, hosts and role organisations in memory', () => {
    const kb = loadKnowledgeBase(file);
    expect(kb.lookup('MARK RUTTE')[0]?.entity.id).toBe('Q57792');
    expect(kb.lookup('rutte')[0]?.kind).toBe('surname');
    expect(kb.byHost('https://www.reuters.com/world/')?.name).toBe('Reuters');
    expect(kb.byHost('static.reuters.com')?.name).toBe('Reuters');
    expect(kb.byHost('example.com')).toBeUndefined();
    expect(kb.resolveOrg('NL')?.name).toBe('Netherlands');
    expect(kb.resolveOrg('North Atlantic Treaty Organization')?.id).toBe('Q7184');
    expect(kb.lookupFuzzy('MRKRT').map((h) => h.entity.id)).toContain('Q57792');
  });

  it('copies the seed KB before the first write and never writes the seed', () => {
    const user = join(dir, 'user', 'kb.sqlite');
    const kb = new SqliteKnowledgeBase(user, file);
    kb.upsert([makeEntity({ id: 'cd:person/jane-doe', type: 'person', name: 'Jane Doe' })]);
    expect(kb.lookup('Jane Doe')).toHaveLength(1);
    expect(kb.remove(['cd:person/jane-doe', 'nope'])).toBe(1);
    kb.close();
    expect(existsSync(user)).toBe(true);
    expect(loadKnowledgeBase(file).get('cd:person/jane-doe')).toBeUndefined();
  });

  it('replaces an entity with the same id', () => {
    const copy = join(dir, 'copy.sqlite');
    copyFileSync(file, copy);
    const kb = new SqliteKnowledgeBase(copy, file);
    kb.upsert([makeEntity({ id: 'Q7184', type: 'organization', name: 'NATO', prominence: 4 })]);
    kb.close();
    const reloaded = loadKnowledgeBase(copy);
    expect(reloaded.get('Q7184')?.prominence).toBe(4);
    expect(reloaded.lookup('North Atlantic Treaty Organization')).toHaveLength(0);
  });

  it('refuses missing and foreign files with one-line errors', () => {
    expect(() => loadKnowledgeBase(join(dir, 'absent.sqlite'))).toThrow(/knowledge base not found/);
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database');
    expect(() => loadKnowledgeBase(junk)).toThrow(/not a copydesk knowledge base/);
    expect(() => loadKnowledgeBase(dir)).toThrow(/is a directory/);
  });
});
