/**
 * A one-word name in the possessive before a work of the stage or concert hall: "Wagner's
 * Meistersinger", "a new staging of Verdi's opera". Such a name is the work's composer or
 * author, a person, not a body that happens to bear the surname (the Wagner Group, a
 * company named after its founder). Orchestras, opera houses and festivals stage works too
 * ("the Met's Aida"), so a body of the arts keeps its name.
 */
import type { KbEntity } from '../../kb/model.js';

/** Nouns of works right after the possessive: "Verdi's opera", "Mahler's symphonies". */
const WORK_NOUN =
  /^['’]s\s+(?:\p{Ll}+\s+)?(opera|operas|symphony|symphonies|concerto|concertos|sonata|sonatas|requiem|oratorio|ballet|overture|song cycle|libretto|cantata)\b/u;

/** A capitalised title right after the possessive: "Wagner's Meistersinger", "Puccini's Tosca". */
const TITLE_AFTER = /^['’]s\s+\p{Lu}/u;

/** Words of the stage and concert hall in the sentence, which make a capitalised title a work. */
const STAGE_WORDS =
  /\b(?:opera|operas|operatic|symphony|orchestra|orchestras|ballet|concerto|libretto|staging|conductor|composer|aria|arias|oratorio|sonata|overture|soprano|tenor|baritone|mezzo-soprano)\b/i;

/** Bodies of the arts, which stage and record works under their own names. */
const ARTS_BODY =
  /opera|orchestra|theat|ballet|festival|music|band|choir|ensemble|record|label|film|studio|museum/i;

/**
 * The work noun (or "work") when `after`, the text right after a one-word mention, makes the
 * mention the author of a work of the stage — and `entity` is a body outside the arts;
 * else null. `sentence` is the mention's sentence.
 */
export function creatorOfWork(after: string, sentence: string, entity: KbEntity): string | null {
  if (entity.type !== 'organization') return null;
  if (ARTS_BODY.test(entity.kind ?? '') || ARTS_BODY.test(entity.description ?? '')) return null;
  const noun = WORK_NOUN.exec(after)?.[1];
  if (noun) return `author of the ${noun}`;
  return TITLE_AFTER.test(after) && STAGE_WORDS.test(sentence) ? 'author of a stage work' : null;
}
