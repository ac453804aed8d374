/**
 * A title the candidate holds, written right before the name: "Vice President Sarah Duterte,
 * daughter of the former leader". The apposition of kinship that follows describes the
 * person's family, not another person — unless it repeats that title ("President Ferdinand
 * Markos, father of the current president": the title is the relative's).
 */
import type { KbEntity } from '../../kb/model.js';
import { roleActiveOn } from '../../kb/model.js';
import type { MentionContext } from './context.js';
import { lastWords } from './describing-words.js';
import { cueForRole } from './roles.js';

/** A past or dead holder's title word ("former President X", "the late King X"). */
const PAST_BEFORE_TITLE = /\b(?:former|ex|late|then|onetime|retired)\b/;

/**
 * Whether one of `candidate`'s roles held on `date` is named by the words just before the
 * mention (cue text), and the words after it do not name it again.
 */
export function ownTitleBefore(context: MentionContext, candidate: KbEntity, date: string | null): boolean {
  if (date === null || candidate.roles.length === 0) return false;
  const before = ` ${lastWords(context.left.trim(), 4)} `;
  if (before.trim() === '' || PAST_BEFORE_TITLE.test(before)) return false;
  const after = ` ${context.right.trim().split(' ', 10).join(' ')} `;
  return candidate.roles.some((role) => {
    if (!roleActiveOn(role, date)) return false;
    const cue = cueForRole(role);
    if (!cue) return false;
    return cue.test(before) && !cue.test(after);
  });
}
