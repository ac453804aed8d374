import { describe, expect, it } from 'vitest';
import { MemoryKnowledgeBase } from './memory.js';
import { PerKnowledgeBase } from './per-kb.js';

describe('PerKnowledgeBase', () => {
  const first = new MemoryKnowledgeBase([]);
  const second = new MemoryKnowledgeBase([]);

  it('builds once per knowledge base and hands every later caller the same value', () => {
    let builds = 0;
    const sizes = new PerKnowledgeBase((kb) => ({ entities: [...kb.entities()].length, build: ++builds }));
    expect(sizes.of(first)).toBe(sizes.of(first));
    expect(sizes.of(second).build).toBe(2);
    expect(builds).toBe(2);
  });

  it('keeps a null or undefined value instead of building it again', () => {
    let builds = 0;
    const nothing = new PerKnowledgeBase(() => {
      builds++;
      return undefined;
    });
    nothing.of(first);
    nothing.of(first);
    expect(builds).toBe(1);
  });

  it('builds afresh after forget, for that knowledge base only', () => {
    const memories = new PerKnowledgeBase(() => new Map<string, number>());
    memories.of(first).set('rutte', 1);
    memories.of(second).set('kallas', 2);
    memories.forget(first);
    expect(memories.of(first).size).toBe(0);
    expect(memories.of(second).get('kallas')).toBe(2);
  });
});
