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
  const fingerprintSignature = hasher.signature(fingerprintShingles(fingerprintItems(analysis)));
  return {
    textSignature,
    shingleCount: shingles.size,
    textBands: bandKeys(textSignature),
    fingerprintSignature,
    fingerprintBands: bandKeys(fingerprintSignature),
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
