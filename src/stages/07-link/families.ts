/**
 * "The Clintons have mostly chosen not to respond", "the Kochs are doing just fine": a
 * surname's plural after "the" names a family, which the KB holds no entity for — not the one
 * member the article names in full. A word that is itself a surname ("the Williams sisters",
 * "Ferdinand Markos … Markos spoke") is no plural.
 */
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** A capitalised word ending in -s: maybe a surname's plural ("Clintons", "Bushes"). */
const PLURAL = /^\p{Lu}\p{L}+s$/u;
/** "the" right before the word: families are "the Clintons", "the Bushes". */
const THE_BEFORE = /(?<![\p{L}])[Tt]he\s+$/u;

/**
 * Whether `word`, at `start` of `text`, is a family's name: after "the", the plural of the
 * surname of a person the article names in full (`articleSurnames`: the last words of its
 * full names, "Clinton" of "Hillary Clinton", "Bush" for "the Bushes"), itself no surname of
 * the article nor any KB name.
 */
export function isFamilyName(
  kb: KnowledgeBase,
  text: string,
  start: number,
  word: string,
  articleSurnames: () => ReadonlySet<string>,
): boolean {
  if (!PLURAL.test(word) || !THE_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return false;
  const surnames = articleSurnames();
  if (surnames.has(word)) return false;
  const singulars = word.endsWith('es') ? [word.slice(0, -1), word.slice(0, -2)] : [word.slice(0, -1)];
  return singulars.some((s) => surnames.has(s)) && kb.lookup(word).length === 0;
}
