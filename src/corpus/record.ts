/**
 * Builds what the store keeps for an analysed article: the analysis, the raw input,
 * the content hash that makes ingestion idempotent, and the MinHash/LSH keys that
 * find its copies.
 */
import { createHash } from 'node:crypto';
import type { AnalysisJson } from '../core/analysis.js';
import type { RawInput } from '../core/meta.js';
import type { ArticleRecord, ClusteringKeys } from '../ports/document-store.js';
import { fingerprintItems, fingerprintShingles } from './cluster/fingerprint.js';
import { bandKeys } from './cluster/lsh.js';
import { MinHasher } from './cluster/minhash.js';
import { normalisedWords, wordShingles } from './cluster/shingles.js';

const hasher = new MinHasher();

/** SHA-256 of the clean text's words: the same body is the same article, whatever its markup. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalisedWords(text).join(' ')).digest('hex');
}

export function clusteringKeys(analysis: AnalysisJson): ClusteringKeys {
  const shingles = wordShingles(normalisedWords(analysis.text));
  const textSignature = hasher.signature(shingles);
  const fingerprint = fingerprintShingles(fingerprintItems(analysis));
  const fingerprintSignature = hasher.signature(fingerprint);
  return {
    textSignature,
    shingleCount: shingles.size,
    // An empty set signs as all-ones: its bands would make every such article a candidate.
    textBands: shingles.size > 0 ? bandKeys(textSignature) : new Uint32Array(0),
    fingerprintSignature,
    fingerprintBands: fingerprint.size > 0 ? bandKeys(fingerprintSignature) : new Uint32Array(0),
  };
}

export function articleRecord(analysis: AnalysisJson, raw: RawInput, sourceRef: string): ArticleRecord {
  return {
    analysis,
    raw: { content: raw.content, mediaType: raw.mediaType },
    contentHash: contentHash(analysis.text),
    sourceRef,
    clustering: clusteringKeys(analysis),
  };
}
