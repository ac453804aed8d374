/**
 * The letters of the surnames a KB person goes by (link-one-word.ts reads them to join a word
 * alone to a full form, and to spot a surname written as one of the person's own names
 * spell it), and the set of those letters over the well-known people of a KB
 * ({@link WellKnownSurnameLetters}), which lets a one-word name that is none of them skip a
 * candidate search whose answer could only be one of them.
 */
import { isNameOrAlias, type KbEntity } from '../../kb/model.js';
import { surnameOf } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { familyNameFirst } from './name-order.js';
import { letters } from './similarity.js';

/**
 * Letters of surnames, each also without its particles ("Salman" for "bin Salman": a
 * surname with particles is also written without them); empty ones left out.
 */
export function surnameForms(surnames: readonly string[]): Set<string> {
  const all = [...surnames];
  for (const sn of surnames) if (sn.includes(' ')) all.push(sn.slice(sn.lastIndexOf(' ') + 1));
  // "Ahmed al-Shara … Shara's foreign minister": copy drops the Arabic article of a surname.
  for (const sn of [...all]) {
    const bare = ARABIC_ARTICLE.exec(sn)?.[1];
    if (bare && bare.length >= 3) all.push(bare);
  }
  return new Set(all.map(letters).filter((l) => l.length > 0));
}

/** A surname's Arabic article, joined by a hyphen ("al-Sharaa", "el-Sisi"), and what follows it. */
const ARABIC_ARTICLE = /^(?:al|el|Al|El)-(\p{L}.*)$/u;

/** Letters of the surnames a KB person goes by (of its names, aliases and surnames), per entity. */
const entitySurnameLetters = new WeakMap<KbEntity, readonly string[]>();

export function surnameLettersOf(e: KbEntity): readonly string[] {
  let out = entitySurnameLetters.get(e);
  if (!out) {
    const surnames: string[] = [];
    // "Xi" of Xi Jinping: the family name written first.
    const family = familyNameFirst(e);
    if (family) surnames.push(family);
    for (const n of [{ text: e.name, kind: 'name' as const }, ...e.names]) {
      if (n.kind === 'surname') surnames.push(n.text);
      else if (isNameOrAlias(n)) surnames.push(surnameOf(n.text) ?? n.text);
    }
    out = [...surnameForms(surnames)];
    entitySurnameLetters.set(e, out);
  }
  return out;
}

/**
 * Every {@link surnameLettersOf} of the KB's people of `WELL_KNOWN` prominence or more, one set
 * per KB (built on first use). A word whose letters are not in it is no surname any such
 * person goes by, so no candidate search can find such a bearer of it.
 */
export class WellKnownSurnameLetters {
  private readonly forms = new Set<string>();

  private constructor(kb: KnowledgeBase) {
    for (const entity of kb.entities()) {
      if (entity.type !== 'person' || entity.prominence < WELL_KNOWN) continue;
      for (const l of surnameLettersOf(entity)) this.forms.add(l);
    }
  }

  /** Whether a person of prominence 3 or more goes by a surname of exactly the letters `l`. */
  has(l: string): boolean {
    return this.forms.has(l);
  }

  private static readonly shared = new PerKnowledgeBase((kb) => new WellKnownSurnameLetters(kb));

  /** The set of `kb` (pass the shared KB, not a per-document wrapper), built on first use. */
  static for(kb: KnowledgeBase): WellKnownSurnameLetters {
    return WellKnownSurnameLetters.shared.of(kb);
  }
}

/** The least prominence of the people {@link WellKnownSurnameLetters} holds. */
export const WELL_KNOWN = 3;
