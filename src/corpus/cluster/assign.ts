/**
 * Incremental story clustering: when an article arrives, its LSH candidates are
 * compared with it; the ones that are the same story — and the clusters they are in —
 * become one cluster, whose original is re-chosen and whose copies are re-described
 * against that original.
 */
import type {
  ArticleSummary,
  ClusterCandidate,
  CopyRelation,
  DocumentStore,
} from '../../ports/document-store.js';
import { type Comparable, isSameStory, relationOf, similarity, strength } from './compare.js';

const MAX_CANDIDATES = 50;

export interface ClusterOutcome {
  readonly clusterId: string;
  readonly originalId: string;
  readonly size: number;
}

export async function clusterArticle(
  store: DocumentStore,
  id: string,
  keys: Comparable & { textBands: Uint32Array; fingerprintBands: Uint32Array },
): Promise<ClusterOutcome> {
  const candidates = await store.clusterCandidates(
    { text: keys.textBands, fingerprint: keys.fingerprintBands },
    MAX_CANDIDATES,
  );
  const matches = candidates.filter((c) => c.id !== id && isSameStory(similarity(keys, c)));
  const memberIds = new Set<string>([id, ...matches.map((m) => m.id)]);
  for (const clusterId of new Set(matches.map((m) => m.clusterId).filter((c): c is string => c !== null))) {
    for (const member of (await store.getCluster(clusterId))?.members ?? []) memberIds.add(member.id);
  }
  const ids = [...memberIds];
  const summaries = await store.getSummaries(ids);
  const originalId = chooseOriginal(summaries);
  const keysById = new Map<string, Comparable>((await store.clusteringKeysOf(ids)).map((k) => [k.id, k]));
  keysById.set(id, keys);
  const original = keysById.get(originalId)!;
  const relations = new Map<string, { relation: CopyRelation; similarity: number }>();
  for (const summary of summaries) {
    if (summary.id === originalId) {
      relations.set(summary.id, { relation: 'original', similarity: 1 });
      continue;
    }
    const s = similarity(original, keysById.get(summary.id) ?? keys);
    relations.set(summary.id, {
      relation: relationOf(s, summary.machineTranslated),
      similarity: round(strength(s)),
    });
  }
  const clusterId = await store.assignCluster({ articleIds: ids, originalId, relations });
  return { clusterId, originalId, size: ids.length };
}

/**
 * The original is the earliest credible publication: earliest date first (undated
 * last), then the copy that looks least scraped and translated, then the first stored.
 */
export function chooseOriginal(members: readonly ArticleSummary[]): string {
  const ranked = [...members].sort(
    (a, b) =>
      compareDates(a.published, b.published) ||
      credibilityPenalty(a) - credibilityPenalty(b) ||
      a.ingestedAt.localeCompare(b.ingestedAt) ||
      a.id.localeCompare(b.id),
  );
  return ranked[0]!.id;
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.slice(0, 10).localeCompare(b.slice(0, 10));
}

function credibilityPenalty(a: ArticleSummary): number {
  return (a.scraped ?? 0.5) + (a.machineTranslated ?? 0.5);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export type { ClusterCandidate };
