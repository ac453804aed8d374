/**
 * Royal names the KB writes with a comma: "Catherine, Princess of Wales", "Meghan, Duchess of
 * Sussex", "Anne, Princess Royal", "Henri, Grand Duke of Luxembourg". The tagger cuts such a
 * name at the comma ("[Catherine]" as a person, "[Wales]" as a place). Where the given name,
 * the comma and the title make a KB person's exact name or alias, the words are one person
 * mention in place of the tagger's pieces, and the exact pass links it.
 */
import type { Mention } from '../../core/annotations.js';
import { joinedAsPerson } from './person-span-joins.js';

/** The title words a comma name goes on with: what every match of {@link COMMA_TITLED} holds. */
const COMMA_TITLE = /, (?:Crown |Grand )?(?:Prince|Princess|Duke|Duchess|King|Queen|Earl|Countess)\b/;

/**
 * A given name (a regnal number may follow), a comma and a title: "of" and a capitalised place
 * of one to three words ("Princess of Wales", "King of the Belgians"), or one capitalised word
 * ("Princess Royal").
 */
const COMMA_TITLED =
  /\b\p{Lu}[\p{L}-]+(?: [IVX]+)?, (?:Crown |Grand )?(?:Prince|Princess|Duke|Duchess|King|Queen|Earl|Countess)(?: of(?: the)?(?: \p{Lu}[\p{L}-]+){1,3}| \p{Lu}[\p{L}-]+)/gu;

/**
 * The mentions with each comma name that is a KB person's name (the words after the comma cut
 * back one at a time until one is: "Princess of Wales Charity" is no name) as one person mention.
 */
export function withTitledCommaNames(
  text: string,
  mentions: readonly Mention[],
  personNamed: (name: string) => boolean,
): readonly Mention[] {
  if (!COMMA_TITLE.test(text)) return mentions;
  let out: Mention[] | null = null;
  for (const m of text.matchAll(COMMA_TITLED)) {
    const name = longestNamed(m[0], personNamed);
    if (name === null) continue;
    out = joinedAsPerson(out ?? mentions, m.index, m.index + name.length) ?? out;
  }
  return out ?? mentions;
}

/** The longest leading words of `phrase` (past its comma) that name a KB person, or null. */
function longestNamed(phrase: string, personNamed: (name: string) => boolean): string | null {
  const words = phrase.split(' ');
  const comma = words.findIndex((w) => w.endsWith(','));
  for (let n = words.length; n > comma + 1; n--) {
    const name = words.slice(0, n).join(' ');
    if (personNamed(name)) return name;
  }
  return null;
}
