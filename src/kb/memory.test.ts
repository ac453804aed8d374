/**
 * The fuzzy index's quick paths against the plain lookups they stand for, on the shipped
 * KB: lookupFuzzyNear gives the non-empty lists of a key and of its one-letter deletions
 * (the key filter only ever rules out keys with no hits).
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../core/random.js';
import type { NameHit } from '../ports/knowledge-base.js';
import { fuzzyKey } from './fuzzy-key.js';
import { defaultKbPath, loadKnowledgeBase } from './store.js';

const kb = loadKnowledgeBase(defaultKbPath());

/** The lists as the linker read them one lookup at a time. */
function plainNear(key: string): (readonly NameHit[])[] {
  const out: (readonly NameHit[])[] = [kb.lookupFuzzy(key)];
  if (key.length >= 4) {
    for (let i = 0; i < key.length; i++) {
      if (i > 0 && key.charCodeAt(i) === key.charCodeAt(i - 1)) continue;
      out.push(kb.lookupFuzzy(key.slice(0, i) + key.slice(i + 1)));
    }
  }
  return out.filter((hits) => hits.length > 0);
}

describe('lookupFuzzyNear', () => {
  it('gives the plain lookups of a key and its deletions, empty lists left out', () => {
    const keys = new Set<string>();
    for (const e of kb.entities())
      for (const text of [e.name, ...e.names.map((n) => n.text)]) keys.add(fuzzyKey(text));
    // Keys one slip off the KB's (a class changed, one added) and keys of no name at all.
    const next = seededRandom(13);
    const classes = 'APFKTSLRMN';
    for (const key of [...keys].slice(0, 4000)) {
      const at = Math.floor(next() * (key.length + 1));
      keys.add(key.slice(0, at) + classes[Math.floor(next() * classes.length)] + key.slice(at + 1));
      keys.add(key.slice(0, at) + classes[Math.floor(next() * classes.length)] + key.slice(at));
    }
    for (let k = 0; k < 4000; k++) {
      let key = '';
      for (let n = 2 + Math.floor(next() * 12); n > 0; n--)
        key += classes[Math.floor(next() * classes.length)];
      keys.add(key);
    }
    let withHits = 0;
    for (const key of keys) {
      if (key.length < 2) continue;
      const near = kb.lookupFuzzyNear(key);
      expect(near, key).toEqual(plainNear(key));
      for (let i = 0; i < near.length; i++) expect(near[i], key).toBe(plainNear(key)[i]);
      if (near.length > 1) withHits++;
    }
    expect(withHits).toBeGreaterThan(5_000);
  });
});
