import type { KnowledgeBase } from '../ports/knowledge-base.js';

/**
 * A value derived from a knowledge base (an index, a table, a memory of answers), built on
 * first use and kept as long as that KB lives. Index builds are the dear part of a first
 * document; every later document of the same KB reuses them, and a KB that is dropped takes
 * its values with it (the map is weak).
 */
export class PerKnowledgeBase<T> {
  private readonly built = new WeakMap<KnowledgeBase, { readonly value: T }>();

  constructor(private readonly build: (kb: KnowledgeBase) => T) {}

  /** The value of `kb`, built now if this is the first call for it. */
  of(kb: KnowledgeBase): T {
    const kept = this.built.get(kb);
    if (kept) return kept.value;
    const value = this.build(kb);
    this.built.set(kb, { value });
    return value;
  }

  /** Drops the value of `kb`, so the next call builds it afresh (benchmarks measure cold answers). */
  forget(kb: KnowledgeBase): void {
    this.built.delete(kb);
  }
}
