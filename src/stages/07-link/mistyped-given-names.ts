/**
 * A given name misspelled into a place's or a body's name, cut off its surname: "[Georgia]
 * [Meloni] welcomed the leaders" — the tagger takes "Georgia" for the country and leaves
 * "Meloni" alone. When the next mention is a KB person's surname, written exactly, and the
 * word before it is that person's given name nearly letter for letter, the two are one person
 * mention, which the linker then repairs as any full name (with the evidence that needs).
 */
import type { Mention } from '../../core/annotations.js';
import { surnameOf } from '../../kb/names.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { nameSimilarity } from './similarity.js';

/** How like the bearer's given name the word must be ("Georgia" for Giorgia). */
const GIVEN_NAME_LIKENESS = 0.85;

/** A single capitalised word: a given name as written. */
const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The mentions with each such place or body and the surname after it joined into one person mention. */
export function withMistypedGivenNames(
  kb: KnowledgeBase,
  text: string,
  mentions: readonly Mention[],
): readonly Mention[] {
  let out: Mention[] | null = null;
  for (let i = 1; i < mentions.length; i++) {
    const first = mentions[i - 1]!;
    const second = mentions[i]!;
    if (first.type === 'person' || text.slice(first.end, second.start) !== ' ') continue;
    const given = text.slice(first.start, first.end);
    const surname = text.slice(second.start, second.end);
    if (!ONE_WORD.test(given) || !ONE_WORD.test(surname)) continue;
    if (!givenNameOfBearer(kb, given, surname)) continue;
    out ??= [...mentions];
    const at = out.indexOf(first);
    out.splice(at, 2, { ...first, end: second.end, type: 'person' });
  }
  return out ?? mentions;
}

/** True when `surname` is a KB person's surname whose name, short of it, is `given` nearly letter for letter. */
function givenNameOfBearer(kb: KnowledgeBase, given: string, surname: string): boolean {
  for (const hit of kb.lookup(surname)) {
    if (hit.kind !== 'surname' || hit.entity.type !== 'person') continue;
    const name = hit.entity.name;
    if (surnameOf(name) !== surname) continue;
    const own = name.slice(0, name.length - surname.length).trim();
    if (own.includes(' ')) continue;
    if (nameSimilarity(given, own) >= GIVEN_NAME_LIKENESS) return true;
  }
  return false;
}
