/**
 * "Chelsea beat Paris Saint-Germain 3-0", "a Galatasaray supporter", "Salah supports Zamalek":
 * a name left unlinked — the tagger may even have typed it a person — that the KB knows as a
 * sports club, bare or under a club's usual form ("Chelsea F.C."), with a cue around one of its
 * mentions that speaks of a team. Supporters are a club's in any copy; a match result or a
 * post of the team only in football copy, or in copy that names another club of the KB.
 */
import type { EntityMention } from '../../core/annotations.js';
import type { KbEntity } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { clubByBareName, teamCueAround } from './club-cues.js';
import { inMatchResult } from './place-senses.js';
import { footballArticle, otherSportArticle, teamPostAfter } from './team-senses.js';

/** The KB club an unlinked name stands for, with the cue that says so, else null. */
export function clubCuedIn(
  kb: KnowledgeBase,
  text: string,
  surface: string,
  mentions: readonly EntityMention[],
  clubInArticle: () => boolean,
): { entity: KbEntity; cue: string } | null {
  for (const m of mentions) {
    const post = teamPostAfter(text, m.end);
    const cue =
      teamCueAround(text, m.start, m.end) ??
      (inMatchResult(text, m.start, m.end) ? 'a match result' : post ? `before "${post}"` : null);
    if (!cue) continue;
    // A post after the name ("the Tottenham captain") speaks of a team in football copy only.
    const sports =
      (cue === 'its supporters' && !post) ||
      footballArticle(text) ||
      (!otherSportArticle(text) && clubInArticle());
    if (!sports) return null;
    const entity = clubByBareName(kb, surface);
    return entity ? { entity, cue } : null;
  }
  return null;
}
