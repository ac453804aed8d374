/**
 * Companies named after things of fiction and myth drop the source's accents: Palantir after
 * the palantír of Tolkien's legendarium, Anduril after the sword Andúril. An article that
 * writes the word with its accents as a thing's — a common noun in lower case ("the palantír
 * of Orthanc") or a name right after its kind ("the sword Andúril") — speaks of the thing, and
 * the same word without the accents later ("the Palantir and Anduril exhibits") is that thing
 * too, not the company. Not a company's own accented name ("Nestlé", "Telefónica" written so
 * by the KB): the accented form must be none of the entity's names.
 */
import type { KbEntity } from '../../kb/model.js';

/** A Latin letter with a diacritic (Latin-1 Supplement and Latin Extended-A/B, no × or ÷). */
const ACCENTED_LETTER = /[À-ÖØ-öø-ɏ]/u;

/** A word holding such a letter, with the two words before it (an article and a kind noun). */
const ACCENTED_WORDS = /(?:\b(\p{L}+)\s+(\p{L}+)\s+)?(\p{L}*[À-ÖØ-öø-ɏ]\p{L}*)/gu;

/** Words that open a thing's kind before its name: "the sword Andúril", "a ring Nenya". */
const ARTICLE = /^(?:the|a|an|The|A|An)$/;

/** Folded to lower-case ASCII letters: "Andúril" → "anduril". */
export function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The accented words an article writes as things' (lower case, or after an article and a
 * lower-case kind noun), by their folded form; empty when the article has no accented letter.
 */
export function accentedThingWords(text: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  if (!ACCENTED_LETTER.test(text)) return out;
  for (const m of text.matchAll(ACCENTED_WORDS)) {
    const word = m[3]!;
    const lower = word[0] === word[0]!.toLowerCase();
    const afterKind = m[1] !== undefined && ARTICLE.test(m[1]) && /^\p{Ll}+$/u.test(m[2]!);
    if (lower || afterKind) out.set(foldAccents(word), word);
  }
  return out;
}

/**
 * `the thing written palantír` when the one-word, unaccented `surface` is, folded, an accented word
 * the article writes as a thing's and that is none of `entity`'s names; else null.
 */
export function accentedSourceOf(
  surface: string,
  entity: KbEntity,
  words: ReadonlyMap<string, string>,
): string | null {
  if (words.size === 0 || surface.includes(' ') || ACCENTED_LETTER.test(surface)) return null;
  const written = words.get(surface.toLowerCase());
  if (written === undefined) return null;
  const own = [entity.name, ...entity.names.map((n) => n.text)].some(
    (n) => n.toLowerCase() === written.toLowerCase(),
  );
  return own ? null : `the thing written ${written}`;
}
