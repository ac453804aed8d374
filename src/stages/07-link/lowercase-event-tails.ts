/**
 * "Withdrawing from the Paris climate accord", "the Fukushima nuclear accident": an event's
 * or agreement's KB name written exactly, whose capitalised start the tagger took for a place
 * and whose lower-case rest it left out. The whole name is the agreement, not the place it
 * starts with; the place's mention gives way to it. A summit keeps its place's mention
 * inside it (summits.ts), and a name with words swapped is left to the spun-name passes.
 * "The People Power revolution" (acc24-link-b): the tagger may type the capitalised start a
 * person; it gives way too when no KB entity bears those words, so a person's name before a
 * lower-case word ("the Velvet Spring uprising" of a singer the KB knows) is kept.
 */
import type { Mention } from '../../core/annotations.js';
import type { EventNameMatch } from './event-names.js';

/** Lower-case words only, each after a space: the rest of the name the tagger left out. */
const LOWERCASE_TAIL = /^(?:\s\p{Ll}[\p{Ll}'’-]*)+$/u;

/**
 * Whether the tagger found only a place at the start of the name, and none of its lower-case
 * rest — or a name of another type that `isKnownName` says no KB entity bears.
 */
export function placeBeforeLowercaseTail(
  match: EventNameMatch,
  text: string,
  mentions: readonly Mention[],
  isKnownName: (surface: string) => boolean = () => true,
): boolean {
  if (match.swapped.length > 0 || match.entity.kind === 'summit') return false;
  let piece: Mention | null = null;
  for (const m of mentions) {
    if (m.end <= match.start || m.start >= match.end) continue;
    if (piece) return false;
    piece = m;
  }
  if (!piece || piece.start !== match.start || piece.end >= match.end) return false;
  if (!LOWERCASE_TAIL.test(text.slice(piece.end, match.end))) return false;
  // The KB lookup last: only for a start the tagger typed otherwise, before a lower-case rest.
  return piece.type === 'location' || !isKnownName(text.slice(piece.start, piece.end));
}
