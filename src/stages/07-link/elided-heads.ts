/**
 * A body's or event's name written without its first word when the article has named that
 * word already: "the Norwegian Nobel Committee awarded the Peace Prize" (the Nobel Peace
 * Prize), "UN Secretary-General … opened the General Assembly debate" (the UN General
 * Assembly). The first word ("Nobel", "UN") is what tells the prize or assembly apart; the
 * article says it elsewhere, so the rest of the name is enough.
 *
 * A meeting's name of three words is also found without its middle word when its head is
 * written in lower case: "the Munich conference" (the Munich Security Conference), among the
 * meetings of the mention's own type and of some renown (prominence 3+), one only.
 *
 * Precision first: the rest must be two words or more, the first word must stand in the
 * article as a capitalised word outside the mention (not a word of everyday copy such as
 * "New" or "National"), and only one KB entity may fit.
 */

import { escapeRegExp } from '../../core/regexp.js';
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** A KB name's rest after its first word, and that word as the KB writes it. */
interface ElidedName {
  readonly entity: KbEntity;
  readonly head: string;
  readonly name: string;
}

/** First words too common in copy to tell one body from another. */
const COMMON_HEADS = new Set(
  'The New National International World General First Great Royal Federal Central United Global North South East West Old Grand Supreme State Public Free Democratic People'.split(
    ' ',
  ),
);

/** The last word of a meeting's name that copy writes lower case after its first ("Munich conference"). */
const MEETING_HEAD = /^(?:Conference|Summit|Forum|Dialogue)$/;

/** Per KB: the names of bodies and events of some prominence by their normalised rest. */
const elidedIndex = new PerKnowledgeBase((kb): ReadonlyMap<string, readonly ElidedName[]> => {
  const byRest = new Map<string, ElidedName[]>();
  for (const entity of kb.entities()) {
    if ((entity.type !== 'organization' && entity.type !== 'event') || entity.prominence < 2) continue;
    for (const name of [entity.name, ...entity.names.filter((n) => n.kind === 'alias').map((n) => n.text)]) {
      const words = name.split(' ');
      if (words.length < 3 || COMMON_HEADS.has(words[0]!) || !/^\p{Lu}/u.test(words[0]!)) continue;
      const item = { entity, head: words[0]!, name };
      const keys = [normalizeName(words.slice(1).join(' '))];
      // "the Munich conference": a meeting's name without its middle word, its head in lower case.
      if (words.length === 3 && MEETING_HEAD.test(words[2]!))
        keys.push(`\u0000${normalizeName(`${words[0]} ${words[2]}`)}`);
      for (const key of keys) {
        const list = byRest.get(key);
        if (list) list.push(item);
        else byRest.set(key, [item]);
      }
    }
  }
  return byRest;
});

/** Whether `word` stands in `text` as a word outside [start, end). */
export function namedOutside(text: string, word: string, start: number, end: number): boolean {
  // Every whole-word copy is a copy: where none stands outside the span, no pattern is compiled
  // nor run over the article (most asked heads are not written; speed-link-19).
  if (!writtenOutside(text, word, start, end)) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) if (m.index! + word.length <= start || m.index! >= end) return true;
  return false;
}

/** Whether `word` is written anywhere in `text` outside [start, end), whole word or not. */
function writtenOutside(text: string, word: string, start: number, end: number): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (at + word.length <= start || at >= end) return true;
  return false;
}

/**
 * The one KB body or event of one of `types` that `surface` names without its first word,
 * that word named elsewhere in the article; else null.
 */
export function elidedHeadEntity(
  kb: KnowledgeBase,
  text: string,
  surface: string,
  start: number,
  end: number,
  types: readonly string[],
): { entity: KbEntity; name: string; why: string } | null {
  const norm = normalizeName(surface);
  if (!norm.includes(' ')) return null;
  const index = elidedIndex.of(kb);
  const found = (index.get(norm) ?? []).filter(
    (x) => types.includes(x.entity.type) && namedOutside(text, x.head, start, end),
  );
  if (found.length > 0)
    return found.every((x) => x.entity === found[0]!.entity)
      ? { ...found[0]!, why: `article names ${found[0]!.head}` }
      : null;
  // "the Munich conference" (its first word written, its head in lower case): of the mention's
  // own type first — the conference, not the foundation that holds it — and of some renown.
  if (!/^\p{Lu}\S*\s\p{Ll}+$/u.test(surface)) return null;
  for (const type of types) {
    const meetings = (index.get(`\u0000${norm}`) ?? []).filter(
      (x) => x.entity.type === type && x.entity.prominence >= 3,
    );
    if (meetings.length > 0)
      return meetings.every((x) => x.entity === meetings[0]!.entity)
        ? { ...meetings[0]!, why: 'the one meeting so named' }
        : null;
  }
  return null;
}
