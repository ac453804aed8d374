/**
 * "As The Atlantic recently noted": the tagger marks only the last word of a title ("Atlantic"),
 * which alone is another entity (the ocean). A capitalised "The" inside a sentence (not a
 * sentence's first word) belongs to the title; when "The" and the mention make a name the KB
 * knows exactly (the magazine), that is what the text says.
 * "The Atlantic published the chat" (acc24-link-b): at a sentence's start "The" is no sign of
 * a title ("The Atlantic was calm"), but a verb of publishing right after the name is — when
 * "The" and the name make the name of a KB organisation.
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** A capitalised "The" after a word of the sentence: part of a title ("As The Atlantic noted"). */
const TITLE_THE_BEFORE = /[\p{Ll},;:] (The )$/u;

/** "The" opening the text or a sentence, right before the mention. */
const SENTENCE_THE_BEFORE = /(?:^|[.!?]["'”’]?\s+|\n\s*)(The )$/u;

/** A verb of publishing or reporting right after the name: "published", "has reported", "wrote". */
const PUBLISHING_AFTER =
  /^\s+(?:(?:has|had|first|also|later)\s+)?(?:published|publishes|reported|reports|revealed|reveals|wrote|writes|obtained|ran|broke)\b/u;

/** The KB entity named by a title's "The" before `start` and the mention together, or null. */
export function nameCompletedBefore(
  kb: KnowledgeBase,
  text: string,
  start: number,
  surface: string,
): { readonly entity: KbEntity; readonly name: string } | null {
  const before = text.slice(Math.max(0, start - 30), start);
  const inside = TITLE_THE_BEFORE.exec(before)?.[1];
  // The regexes before the lookup; at a sentence's start only before a verb of publishing.
  const opening =
    inside === undefined && SENTENCE_THE_BEFORE.test(before)
      ? PUBLISHING_AFTER.test(text.slice(start + surface.length, start + surface.length + 30))
      : false;
  if (!inside && !opening) return null;
  const name = `The ${surface}`;
  const hit = kb
    .lookup(name)
    .find((h) => isNameOrAlias(h) && (inside !== undefined || h.entity.type === 'organization'));
  return hit ? { entity: hit.entity, name } : null;
}
