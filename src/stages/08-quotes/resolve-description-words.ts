/**
 * The words of a definite description and what they can match: content words, nationality
 * words ("the Spaniard"), nouns that point back to someone named before ("the 42-year-old
 * Zimbabwean"), unnamed heads, proxies ("spokesman"), a headline title with no article, and
 * whether a person's KB profile or roles answer the description's words. Pure word tests,
 * separate from the resolvers that search the document with them.
 */
import type { PersonProfile } from './gender.js';
import { isDemonym, isOrgNoun, isPersonNoun } from './lexicon.js';
import { profileHas } from './profile.js';
import { AGE_NOUN, type SpeakerPhrase } from './speaker-phrase.js';

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'at',
  'in',
  'on',
  'and',
  'to',
  'with',
  'from',
  "'s",
  's',
  // "Ukraine's top commander", "the bloc's top diplomat": the highest holder of the role, a
  // word no title or KB role carries; and a spinner's word for it ("the pinnacle diplomat").
  'top',
  'pinnacle',
]);

/**
 * "The Indian minister" for "India's External Affairs Minister …": a demonym matches a
 * role word naming its country by a shared stem (Indian/India's, German/Germany,
 * British/Britain's). Irregular pairs (Dutch, French) do not match.
 */
export function demonymMatches(word: string, roles: ReadonlySet<string>): boolean {
  const stem = word.slice(0, 4);
  for (const role of roles) if (role !== word && role.startsWith(stem) && role.length >= 4) return true;
  return false;
}

/**
 * Does the KB profile of a person answer description word `w`? In "the former X", "former"
 * is answered by another word of the description in a role that ended, and the other
 * words by any role; otherwise only what the person is now answers.
 */
export function profileMatches(
  profile: PersonProfile,
  w: string,
  ws: readonly string[],
  wantsFormer: boolean,
): boolean {
  if (!wantsFormer) return profileHas(profile.now, w);
  if (w === 'former') return ws.some((x) => x !== 'former' && profileHas(profile.past, x));
  return profileHas(profile.past, w) || profileHas(profile.now, w);
}

/** Modifiers that make a role another one: shadow, former, deputy, vice, acting. */
const ROLE_SHIFTERS = ['shadow', 'former', 'deputy', 'vice', 'acting', 'ex'];

/** Does a person carry a shifted role the description does not ask for? */
export function hasShiftedRole(roles: ReadonlySet<string>, ws: readonly string[]): boolean {
  for (const m of ROLE_SHIFTERS) if (roles.has(m) && !ws.includes(m)) return true;
  return false;
}

/**
 * Is role word `w` among `roles`? "president-elect" is the role the person is about to
 * hold (or holds by the time the knowledge base was written): "president" answers it.
 */
export function holdsRole(roles: ReadonlySet<string>, w: string): boolean {
  return roles.has(w) || (w.endsWith('-elect') && roles.has(w.slice(0, -6)));
}

/** The dotted letters of an initialism, lower-cased: "u.s.", "u.k.", "u.n.". */
const INITIALISM_DOTS = /(?<![\p{L}.])(?:\p{Ll}\.){2,3}(?!\p{L})/gu;

export function contentWords(s: string): string[] {
  return (
    s
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      // "the U.S. president": an initialism is one word ("us"), as the KB's role words write it.
      .replace(INITIALISM_DOTS, (m) => m.replaceAll('.', ''))
      .split(/[^\p{L}\p{N}-]+/u)
      .filter((w) => w.length > 1 && !STOP.has(w))
  );
}

/**
 * A headline's title with no article: a capitalised name or acronym, then a lower-case
 * person noun ("IMF chief", "UN chief", "Fed chair") — not "A spokesman" or "Some officials".
 */
export function isHeadlineTitle(phrase: string): boolean {
  const m = /^(\p{Lu}[\p{L}.-]*)\s+(\p{Ll}[\p{Ll}-]*)$/u.exec(phrase);
  return m !== null && !DETERMINER_WORD.test(m[1]!) && isPersonNoun(m[2]!) && !m[2]!.endsWith('s');
}

const DETERMINER_WORD =
  /^(?:A|An|One|Some|Another|Several|Many|Other|Two|Three|Most|All|Both|Each|Every|No)$/u;

/** People who speak for someone else: "the minister's spokesman" is not the minister. */
export const PROXY_NOUNS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'aides',
  'adviser',
  'advisor',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'representative',
  'envoy',
]);

/**
 * "the Spaniard said", "the Catalan said": a nationality word after "the" (and a few
 * lower-case modifiers: "the 22-year-old Spaniard") is a description
 * of a person (the tagger may have called it a name, or a person): read as "the spaniard".
 * Only after "the", so that a surname shaped like a demonym ("Morgan said") stays a name.
 */
export function nationalityAfterThe(phrase: SpeakerPhrase, text: string): SpeakerPhrase | null {
  if (phrase.kind !== 'name' && phrase.kind !== 'mention') return null;
  // "The Swede said" opening a sentence: the capitalised run took "The" into the name.
  const opening = /^the\s+/iu.exec(phrase.text);
  const word = (opening ? phrase.text.slice(opening[0].length) : phrase.text).replace(/['’]s$/u, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  if (phrase.referent && phrase.referent.type !== 'person') return null;
  if (!isNationalityWord(word.toLowerCase())) return null;
  if (opening) return { ...phrase, kind: 'description', referent: null };
  // "the Spaniard", "the 22-year-old Spaniard", "the former Dane".
  const before = /\b(the)\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,3}$/iu.exec(
    text.slice(Math.max(0, phrase.start - 60), phrase.start),
  );
  if (!before) return null;
  const start = phrase.start - before[0].length;
  return { start, end: phrase.end, kind: 'description', referent: null, text: text.slice(start, phrase.end) };
}

/** Capitalised words shaped like demonyms that name an institution or a paper ("the Vatican"). */
const NOT_NATIONALITY: ReadonlySet<string> = new Set([
  'guardian',
  'vatican',
  'taliban',
  'pentagon',
  'republican',
  'democratic',
  'metropolitan',
  'economist',
]);

/**
 * Is a lower-case word a nationality used as a noun ("spaniard", "egyptian", "japanese",
 * "catalan")? Demonyms in -ian/-ese/-ish, and the listed nouns (an -an ending alone is
 * too weak: "the Vatican", "the Taliban").
 */
export function isNationalityWord(lower: string): boolean {
  if (NATIONALITY_NOUNS.has(lower)) return true;
  if (NOT_NATIONALITY.has(lower) || !/(?:ian|ese|ish)$/u.test(lower)) return false;
  return isDemonym(lower[0]!.toUpperCase() + lower.slice(1));
}

/** Nationality nouns used as a second reference ("the Dutchman", "the Briton"). */
export const NATIONALITY_NOUNS: ReadonlySet<string> = new Set(
  'catalan basque scot brit turk mexican korean cuban moroccan kenyan ugandan venezuelan chilean afghan israeli pakistani iraqi saudi qatari thai greek czech dutchman dutchwoman briton frenchman frenchwoman englishman englishwoman scotsman scotswoman irishman irishwoman welshman welshwoman spaniard dane swede finn pole norwegian german italian american australian canadian brazilian argentine belgian austrian swiss kenyan ethiopian'.split(
    ' ',
  ),
);

/**
 * Does a definite description re-describe someone already named? A nationality noun, or
 * a person noun with a modifier ("the Manchester City striker", "the conservative leader")
 * — not a bare "the spokeswoman" or "the official", which may be an unnamed speaker.
 */
export function pointsBack(head: string, ws: readonly string[]): boolean {
  if (NATIONALITY_NOUNS.has(head)) return true;
  // "the Egyptian", "the Italian": a demonym alone names a person.
  if (ws.length === 1 && isNationalityWord(head)) return true;
  // "the 42-year-old Zimbabwean": an age with a demonym names a person too.
  if (
    ws.some((w) => AGE_NOUN.test(w) && !w.endsWith('s')) &&
    isDemonym(head[0]!.toUpperCase() + head.slice(1))
  )
    return true;
  return (
    isPersonNoun(head) &&
    !isOrgNoun(head) &&
    !head.endsWith('s') &&
    ws.length >= 2 &&
    !UNNAMED_HEADS.has(head)
  );
}

/**
 * Heads that usually stand for someone the article never names, or for a company
 * ("the iPhone maker", "the chip manufacturer").
 */
export const UNNAMED_HEADS: ReadonlySet<string> = new Set([
  'maker',
  'manufacturer',
  'retailer',
  'carrier',
  'operator',
  'producer',
  'developer',
  'giant',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'source',
  'witness',
  'resident',
  'victim',
  'suspect',
]);
