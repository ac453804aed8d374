/**
 * The surnames a one-word near miss may be a slip of (`nearMissSurname` in link-one-word.ts):
 * those of the best-known people (prominence 4 or more), as letters. A word one slip
 * (optimal string alignment: a letter in, out, for another, or two neighbours swapped) off
 * such a surname shares a form with it once one letter or none is dropped from each; so a
 * word none of whose forms is among theirs is no near miss of anyone, and the candidate
 * search for it can be skipped (most one-word names that reach that step are ordinary
 * surnames, near no household name). Built once per knowledge base.
 */
import { surnameOf } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { letters } from './similarity.js';

/** The prominence of the people a surname alone may be a near miss of. */
export const NEAR_MISS_PROMINENCE = 4;

export class NearMissSurnames {
  /** The letters of each surname, and each of them with one letter dropped. */
  private readonly forms = new Set<string>();

  private constructor(kb: KnowledgeBase) {
    for (const entity of kb.entities()) {
      if (entity.type !== 'person' || entity.prominence < NEAR_MISS_PROMINENCE) continue;
      const surname = surnameOf(entity.name);
      if (!surname) continue;
      const l = letters(surname);
      this.forms.add(l);
      for (let i = 0; i < l.length; i++) this.forms.add(dropAt(l, i));
    }
  }

  /**
   * False when the letters `l` are more than one slip off every surname of the best-known
   * people (true does not say they are within one).
   */
  mayBeOneSlipOff(l: string): boolean {
    if (this.forms.has(l)) return true;
    for (let i = 0; i < l.length; i++) {
      // A run of one letter gives one form.
      if (i > 0 && l.charCodeAt(i) === l.charCodeAt(i - 1)) continue;
      if (this.forms.has(dropAt(l, i))) return true;
    }
    return false;
  }

  private static readonly shared = new PerKnowledgeBase((kb) => new NearMissSurnames(kb));

  /** The surnames of `kb` (pass the shared KB, not a per-document wrapper), built on first use. */
  static for(kb: KnowledgeBase): NearMissSurnames {
    return NearMissSurnames.shared.of(kb);
  }
}

function dropAt(l: string, i: number): string {
  return l.slice(0, i) + l.slice(i + 1);
}
