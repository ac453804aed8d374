/**
 * Places the tagger ran into the words around them.
 *
 * A district word before a city: "Midtown Manhattan", "Downtown Chicago", "Central London".
 * The part of town is no entity of the KB; the city is, and the mention is the city's when
 * the whole is no KB name ("Central African Republic", "Lower Saxony" and "East Jerusalem"
 * stay whole) and the rest is exactly a KB city.
 *
 * A place after a locative word inside one mention: "[Volga outside Astrakhan]", "[Farm
 * near Kursk]". A name has no lower-case "outside" or "near" in it; the words after it are a
 * place of their own when the KB names a place so, and the words before stay a mention as
 * the tagger typed them.
 *
 * A town before a creed's word: "an [Atlanta Baptist] church", "the [Dallas Methodist]
 * congregation" (session acc22-link-b). The tagger takes the two words for one name of a
 * thing; the creed is no entity of the KB, the town is, and the mention is the town's when
 * the whole is no KB name ("Southern Baptist", "Russian Orthodox Church" stay whole) and the
 * words before the creed are exactly a KB town.
 *
 * All three run only on mentions with a district word first, a locative word inside or a
 * creed's word last, which are rare; the KB is asked only then.
 */
import type { Mention } from '../../core/annotations.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { isTown } from './towns.js';

/** A word naming a part of a town, then the rest of the mention. */
const DISTRICT_FIRST = /^(?:Midtown|Downtown|Uptown|Central|Lower|Upper|Inner|Outer)\s+(?=\p{Lu})/u;

/** A locative word between two capitalised parts of one mention. */
const LOCATIVE_INSIDE = /\s(?:outside|near)\s+(?=\p{Lu})/u;

/** A mention's last word naming a creed or a church, after the rest of it. */
const CREED_LAST =
  /\s+(?:Baptist|Methodist|Presbyterian|Lutheran|Anglican|Episcopal|Episcopalian|Pentecostal|Evangelical|Catholic|Orthodox|Mennonite|Adventist|Mormon|Quaker|Muslim|Jewish|Sikh|Hindu|Buddhist)$/u;

function namesTown(kb: KnowledgeBase, name: string): boolean {
  return kb.lookup(name).some((h) => isNameOrAlias(h) && isTown(h.entity));
}

function namesPlace(kb: KnowledgeBase, name: string): boolean {
  return kb.lookup(name).some((h) => isNameOrAlias(h) && h.entity.type === 'location');
}

/** "[Midtown Manhattan]" → "Midtown [Manhattan]", a location; the mention itself otherwise. */
function withoutDistrictWord(kb: KnowledgeBase, text: string, m: Mention): Mention {
  const surface = text.slice(m.start, m.end);
  const district = DISTRICT_FIRST.exec(surface);
  if (!district) return m;
  const rest = surface.slice(district[0].length);
  if (!namesTown(kb, rest) || kb.lookup(surface).some(isNameOrAlias)) return m;
  return { ...m, start: m.start + district[0].length, type: 'location' };
}

/** "[Volga outside Astrakhan]" → "[Volga] outside [Astrakhan]"; null when no place follows. */
function splitAtLocative(kb: KnowledgeBase, text: string, m: Mention): [Mention, Mention] | null {
  const surface = text.slice(m.start, m.end);
  const locative = LOCATIVE_INSIDE.exec(surface);
  if (!locative) return null;
  const placeStart = locative.index + locative[0].length;
  if (!namesPlace(kb, surface.slice(placeStart))) return null;
  return [
    { ...m, end: m.start + locative.index },
    { ...m, start: m.start + placeStart, type: 'location' },
  ];
}

/** "[Atlanta Baptist]" → "[Atlanta] Baptist", a location; the mention itself otherwise. */
function withoutCreedWord(kb: KnowledgeBase, text: string, m: Mention): Mention {
  const surface = text.slice(m.start, m.end);
  const creed = CREED_LAST.exec(surface);
  if (!creed) return m;
  const town = surface.slice(0, creed.index);
  if (!namesTown(kb, town) || kb.lookup(surface).some(isNameOrAlias)) return m;
  return { ...m, end: m.start + creed.index, type: 'location' };
}

/** The mentions with district words taken off cities and places split off at a locative word. */
export function withDistrictWordsOut(
  kb: KnowledgeBase,
  text: string,
  mentions: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const split = splitAtLocative(kb, text, m);
    if (split) out.push(split[0], withoutDistrictWord(kb, text, split[1]));
    else out.push(withoutCreedWord(kb, text, withoutDistrictWord(kb, text, m)));
  }
  return out;
}
