/**
 * A knowledge base as one document sees it: exact-name lookups remembered. The linker asks
 * about the same few dozen words many times per article (span repair, exact names,
 * surnames, missed words), and articles share most of them; a bounded map kept with the KB
 * answers those instead of normalising the word and probing the KB's large index each time.
 * Everything else is the KB's own answer.
 */
import type { KbEntity, KbStats } from '../../kb/model.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase, NameHit } from '../../ports/knowledge-base.js';
import { detach } from './detach.js';
import { NameWordFilter } from './name-words.js';

const NO_HITS: readonly NameHit[] = [];

export class DocumentKnowledgeBase implements KnowledgeBase {
  private readonly names: Map<string, readonly NameHit[]>;

  /** The quick test before a lookup (null: none). */
  private readonly filter: NameWordFilter | null;

  constructor(readonly kb: KnowledgeBase) {
    this.names = sharedNames(kb);
    this.filter = NameWordFilter.for(kb);
  }

  lookup(name: string): readonly NameHit[] {
    // Most strings looked up name nothing: ruled out from their first or last word.
    if (this.filter !== null && !this.filter.mayName(name)) return NO_HITS;
    let hits = this.names.get(name);
    if (hits === undefined) {
      // No hits: one shared empty list is kept, not the KB's fresh one (the map lives across
      // documents: every object put in it survives the young generation's collections).
      hits = this.kb.lookup(name);
      if (hits.length === 0) hits = NO_HITS;
      if (this.names.size >= SHARED_NAMES) this.names.clear();
      this.names.set(detach(name), hits);
    }
    return hits;
  }

  get(id: string): KbEntity | undefined {
    return this.kb.get(id);
  }
  lookupFuzzy(key: string): readonly NameHit[] {
    return this.kb.lookupFuzzy(key);
  }
  byHost(host: string): KbEntity | undefined {
    return this.kb.byHost(host);
  }
  resolveOrg(nameOrCode: string): KbEntity | undefined {
    return this.kb.resolveOrg(nameOrCode);
  }
  search(text: string, limit?: number): readonly KbEntity[] {
    return this.kb.search(text, limit);
  }
  entities(): Iterable<KbEntity> {
    return this.kb.entities();
  }
  stats(): KbStats {
    return this.kb.stats();
  }
}

/** Bound on the exact-name answers kept per knowledge base (cleared when full). */
const SHARED_NAMES = 20_000;
/**
 * Exact-name answers kept with the KB for every document: the words an article is made of
 * (its names, titles, capitalised words) recur article after article, and one small map
 * answers them without normalising the word and probing the KB's large index.
 */
const shared = new PerKnowledgeBase(() => new Map<string, readonly NameHit[]>());

/** Drops the exact-name answers kept for `kb` (benchmarks measure articles with names not seen before). */
export function forgetSharedNames(kb: KnowledgeBase): void {
  shared.forget(kb);
}

function sharedNames(kb: KnowledgeBase): Map<string, readonly NameHit[]> {
  return shared.of(kb);
}
