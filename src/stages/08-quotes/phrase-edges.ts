/**
 * The first and last words of a speaker phrase, read once by `resolveSpeaker` for the rules
 * it tries before sending the phrase to its resolver: the police ("the police said"), an
 * office ("Netanyahu's office", "his office"), a nationality after "the" ("The Swede said").
 *
 * Why one reading: each of those rules asked the phrase's start or end with a pattern or
 * a lower-cased slice of its own, on every phrase resolved (twelve per article), while most
 * phrases are a name or a pronoun that none of them concerns. The edges are read once per
 * phrase, and each rule tests a word before its pattern runs.
 */
import { isSpaceAt } from './reported-words.js';

export interface PhraseEdges {
  /**
   * The word the phrase opens with, lower-cased, when whitespace follows it (the word
   * `/^word\s/i` would test); '' when the phrase is one word or opens with whitespace.
   */
  readonly opening: string;
  /** The phrase's last word (the run of non-space characters before its trailing spaces), lower-cased. */
  readonly closing: string;
}

/** The edges of `text` (whitespace as `\s` reads it). */
export function phraseEdges(text: string): PhraseEdges {
  let firstSpace = 0;
  while (firstSpace < text.length && !isSpaceAt(text, firstSpace)) firstSpace++;
  const opening = firstSpace < text.length ? text.slice(0, firstSpace).toLowerCase() : '';
  let end = text.length;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  let start = end;
  while (start > 0 && !isSpaceAt(text, start - 1)) start--;
  return { opening, closing: text.slice(start, end).toLowerCase() };
}

/**
 * Does the phrase end in "office" in any case, spaces after it aside (what `endsWithOffice`
 * asks: its last six characters, lower-cased, are "office" exactly when its last word's are,
 * since no character outside ASCII lower-cases to one of those letters alone)?
 */
export function closesWithOffice(edges: PhraseEdges): boolean {
  // "workplace": a spinner's "office" ("Netanyahu's workplace mentioned …").
  return edges.closing.endsWith('office') || edges.closing.endsWith('workplace');
}

/**
 * Could the phrase be one capitalised word after an optional "the" ({@link
 * nationalityAfterThe} asks no other)? The word has no space in it, so the phrase either
 * holds none or opens with "the" and a space.
 */
export function mayBeOneWordAfterThe(edges: PhraseEdges): boolean {
  return edges.opening === '' || edges.opening === 'the';
}
