/**
 * A body's one-word name read in another sense of the word. Companies are named after words
 * and places ("Apple", "Tesla", "Amazon", "Anthropic", "the Pentagon"); copy uses the words
 * for themselves too, and the words right around the name say which sense it has:
 * - a term of science the word forms with a noun after it: "a Tesla coil", "the Anthropic
 *   principle", "the Poincaré conjecture" (not "the Amazon effect": economists name effects
 *   after companies);
 * - a crop and its growers: "Apple growers", "the apple orchards";
 * - a building of a town: "the Pentagon shopping centre in Chatham";
 * - the place the name is after, said with "the" after a preposition of place when the KB
 *   knows a place of that word and a landform ("wildfires in the Amazon destroyed …": the
 *   Amazon rainforest, the Amazon River).
 */
import type { Span } from '../../core/span.js';
import type { KbEntity } from '../../kb/model.js';

/** The noun right after the name when it makes the word a term, a crop's or a building's. */
const SENSE_AFTER =
  /^\s+(coil|principle|paradox|theorem|conjecture|hypothesis|equation|lemma|growers|orchards?|pickers|blossom|shopping\s+(?:centre|center|mall|arcade|precinct)|retail\s+park|leisure\s+centre|housing\s+estate)\b/u;

/**
 * The noun that gives a KB organisation's one-word name another sense, or null: `after` is
 * the text right after the mention.
 */
export function otherSenseAfter(after: string, entity: KbEntity): string | null {
  if (entity.type !== 'organization') return null;
  const noun = SENSE_AFTER.exec(after)?.[1];
  if (!noun) return null;
  // A body whose own profile names the noun ("an orchard cooperative") is that body.
  const word = noun.split(/\s+/)[0]!;
  return (entity.description ?? '').toLowerCase().includes(word) ? null : noun.replace(/\s+/g, ' ');
}

/** "in the …", "across the …": a preposition of place and "the" right before the name. */
const PLACE_THE_BEFORE = /\b(?:in|across|into|through|throughout|from|of|over)\s+the\s+$/;

/**
 * What may follow a place said alone: punctuation, the end, a verb ("destroyed", "is"), a
 * function word ("this year", "and"). Not a noun, which makes the name a modifier ("in the
 * Amazon warehouse" is the company's).
 */
const AFTER_A_PLACE =
  /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:\p{Ll}+ed|is|are|was|were|has|have|had|this|that|last|since|and|or|but|to|for|in|on|at|by|with|where|which|as|until|after|before|during)\b)/u;

/** Landform and water words the KB's place names may end in ("Amazon rainforest", "Sahara Desert"). */
const LANDFORM_NAMES = ['rainforest', 'River', 'basin', 'Desert', 'Mountains', 'Forest', 'Sea'];

/**
 * "wildfires in the Amazon destroyed …": the KB place a KB organisation's one-word name is
 * said as (its name and a landform word), or null. `isPlace` tells whether a name is a KB
 * place's own. Read only for an organisation whose name "the" and a preposition of place
 * open: the two text tests come before any lookup.
 */
export function placeSaidAsBody(
  text: string,
  span: Span,
  entity: KbEntity,
  isPlace: (name: string) => boolean,
): string | null {
  if (entity.type !== 'organization') return null;
  if (!PLACE_THE_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start))) return null;
  if (!AFTER_A_PLACE.test(text.slice(span.end, span.end + 16))) return null;
  const word = text.slice(span.start, span.end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  for (const landform of LANDFORM_NAMES) {
    const name = `${word} ${landform}`;
    if (isPlace(name)) return `the ${name}`;
  }
  return null;
}
