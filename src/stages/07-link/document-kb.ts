/**
 * A knowledge base as one document sees it: exact-name lookups remembered for the
 * document. The linker asks about the same few dozen words many times per article (span
 * repair, exact names, surnames, missed words); a small map answers those from cache
 * instead of normalising the word and probing the KB's large index each time. Everything
 * else is the KB's own answer.
 */
import type { KbEntity, KbStats } from '../../kb/model.js';
import type { KnowledgeBase, NameHit } from '../../ports/knowledge-base.js';

export class DocumentKnowledgeBase implements KnowledgeBase {
  private readonly names = new Map<string, readonly NameHit[]>();

  constructor(readonly kb: KnowledgeBase) {}

  lookup(name: string): readonly NameHit[] {
    let hits = this.names.get(name);
    if (hits === undefined) {
      hits = this.kb.lookup(name);
      this.names.set(name, hits);
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
