import { describe, expect, it } from 'vitest';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { defaultKbPath, loadKnowledgeBase } from '../../kb/store.js';
import { BodyHeads } from './body-heads.js';
import { letterSlips, letters } from './similarity.js';

const person = (id: string, name: string) => makeEntity({ id, type: 'person', name, prominence: 3 });

describe('BodyHeads (a small KB)', () => {
  const kb = new MemoryKnowledgeBase([
    person('p:ortiz', 'Maria Ortiz'),
    // People whose names hold a head word, or a word one slip off one: those words are no gates.
    person('p:hall', 'Jerry Hall'),
    person('p:council', 'Anna Counsil'),
    person('p:national', 'Nationa Smith'),
  ]);
  const heads = BodyHeads.for(kb);

  it('gates names ending in a head word of bodies, places and events, or opening with an adjective of bodies', () => {
    for (const name of [
      'Media Research Center',
      'Gwinnett County',
      'Harbour Foundation',
      'Lakeside Trawler Organisation',
      'Federal Reserve',
      'Supreme Leader Office',
      'Offshore Wind',
      'Western Journalism',
    ])
      expect(heads.namesNoPerson(name), name).toBe(true);
  });

  it('never gates a word one slip or less off a word of a KB person’s name', () => {
    // "Hall" is Jerry Hall's; "council" is one letter off Anna Counsil's surname; "national"
    // one letter more than Nationa Smith's given name.
    for (const name of [
      'Lakeside Hall',
      'Security Council',
      'National Review',
      'Maria Ortiz',
      'Mariah Ortis',
    ])
      expect(heads.namesNoPerson(name), name).toBe(false);
    expect(heads.gates().heads.has('hall')).toBe(false);
    expect(heads.gates().heads.has(letters('council'))).toBe(false);
    expect(heads.gates().openers.has('national')).toBe(false);
  });

  it('gates no one-word surface: a head word alone may be anybody’s surname', () => {
    expect(heads.namesNoPerson('Foundation')).toBe(false);
    expect(heads.namesNoPerson('  County ')).toBe(false);
  });
});

describe('BodyHeads (the shipped KB)', () => {
  const kb = loadKnowledgeBase(defaultKbPath());
  const heads = BodyHeads.for(kb);
  const people = [...kb.entities()].filter((e) => e.type === 'person');

  it('keeps as gates only words more than one slip off every word of every person’s name and alias', () => {
    const words = new Set<string>();
    for (const e of people)
      for (const name of [e.name, ...e.names.map((n) => n.text)])
        for (const w of name.split(/[\s-]+/)) words.add(letters(w));
    const gates = [...heads.gates().heads, ...heads.gates().openers];
    expect(gates.length).toBeGreaterThan(100);
    const near: string[] = [];
    for (const gate of gates)
      for (const w of words)
        if (Math.abs(gate.length - w.length) <= 1 && letterSlips(gate, w, 1) <= 1)
          near.push(`${gate} ~ ${w}`);
    expect(near).toEqual([]);
  });

  it('gates no KB person’s name, nor the name with a slip in its first or last word', () => {
    const gated: string[] = [];
    for (const e of people) {
      for (const name of [e.name, ...e.names.filter((n) => n.kind !== 'surname').map((n) => n.text)]) {
        const words = name.trim().split(/\s+/);
        if (words.length < 2) continue;
        if (heads.namesNoPerson(name)) gated.push(name);
        const last = words.length - 1;
        for (const at of [0, last]) {
          for (const slip of slips(words[at]!)) {
            const mangled = words.map((w, i) => (i === at ? slip : w)).join(' ');
            if (heads.namesNoPerson(mangled)) gated.push(mangled);
          }
        }
      }
    }
    expect(gated).toEqual([]);
  });

  it('gates the body and place names of news copy typed as other things', () => {
    for (const name of [
      'Media Research Center',
      'National Education Association',
      'World Wellness Organization',
      'Gwinnett County',
      'Supreme Court Justices',
      'Congressional Black Caucus',
    ])
      expect(heads.namesNoPerson(name), name).toBe(true);
  });
});

/** A word with one slip: each letter dropped, each pair of neighbours swapped, each vowel changed. */
function slips(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    out.push(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    if (/[aeiou]/i.test(word[i]!))
      for (const v of 'aeiou') out.push(word.slice(0, i) + v + word.slice(i + 1));
  }
  return out;
}
