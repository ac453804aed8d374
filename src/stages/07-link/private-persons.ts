/**
 * Whether a mention presents an ordinary private individual rather than a KB candidate
 * (`describesPrivatePerson`): the verdict that weighs every reading of the context — an
 * apposition's head, a local presentation, another regnal number, a thing word, kinship, a
 * stated age, namesake words, a local address, a plural of private people, an occupation or
 * sports word. The readings live in their own modules; this one decides their order and
 * their exceptions (a name written exactly, an age the candidate's own).
 */
import { type KbEntity, roleActiveOn } from '../../kb/model.js';
import { agedTradeClause, handsOnTrade, tradeAtStall } from './aged-trade-clauses.js';
import type { MentionContext } from './context.js';
import {
  PRIVATE_PERSON,
  privateWord,
  profileHasTrade,
  sportResultOfOther,
  sportsClubOfOther,
  sportWord,
  sportWordBefore,
} from './describing-words.js';
import { contradictingHead, profileText } from './descriptor.js';
import { kinOfNamed, POSSESSIVE_KIN_BEFORE } from './kin-introductions.js';
import { localPresentation } from './local-presentations.js';
import { namesakeCue } from './namesake-cues.js';
import { ownTitleBefore } from './own-titles.js';
import {
  KIN_PLURAL,
  PLURAL_IN_TOWN,
  presentedAmong,
  privatePlural,
  singularOf,
} from './plural-presentations.js';
import { rankOfAnother } from './rank-titles.js';
import { otherRegnalNumber } from './regnal-numerals.js';
import { ageContradicts, ageFits } from './stated-ages.js';

/**
 * What makes the mention a private individual rather than `candidate`, or null: the head
 * noun of an apposition naming an ordinary occupation the candidate's profile does not
 * mention ("Wang Li, a food delivery rider"), or a listed word just before the name or in
 * the apposition ("local teacher Peter Hegseth"). The word is returned for the evidence.
 */
export function describesPrivatePerson(
  context: MentionContext,
  candidate: KbEntity,
  date: string | null = null,
  exactName = false,
): string | null {
  const head = contradictingHead(context.head, candidate, context.headIndefinite);
  if (
    head &&
    !(exactName && head === context.kin && kinOfNamed(context)) &&
    !(!exactName && pastCareerOfOfficeHolder(context, candidate, date))
  )
    return head;
  const local = localPresentation(context, candidate);
  if (local) return local;
  const regnal = otherRegnalNumber(context, candidate);
  if (regnal) return regnal;
  // "sportswear maker Macron", "the Petro, the … cryptocurrency": a company or a thing, not a person.
  if (context.thing && candidate.type === 'person') return context.thing;
  // "Colonel Sanders, the KFC founder": a rank the candidate never held names another bearer.
  const rank = exactName ? null : rankOfAnother(context.text, context.span.start, candidate);
  if (rank) return rank;
  // "Ferdinand Marcos, father of the current president": a relative the KB does not say the person is
  // (not for a name written exactly: KB descriptions seldom list a figure's relatives; nor under
  // a title of the candidate's own written before it: "Vice President Sarah Duterte, daughter of …").
  if (
    !exactName &&
    context.kin &&
    !profileText(candidate).includes(` ${context.kin} `) &&
    !ownTitleBefore(context, candidate, date)
  )
    return `${context.kin} of`;
  const ageOff = ageContradicts(context, candidate, date);
  if (ageOff) return ageOff;
  // "António Costa, 66, who farms cork oaks": an age not the candidate's, then a trade he lacks;
  // "Gert Wilders, 61, who grows tulips": after a spelling off the name, work with the hands
  // whatever the age (an age that fits is chance then, the trade is not); so is selling at a
  // market stall ("who sells mulled wine at the Christmas market").
  const trade = agedTradeClause(context.text, context.span.end);
  if (
    trade &&
    (!ageFits(context, candidate, date) ||
      (!exactName && (handsOnTrade(trade) || tradeAtStall(context.text, context.span.end)))) &&
    !profileHasTrade(profileText(candidate), trade)
  )
    return `${trade}, aged ${context.age}`;
  // "X and Y - no relation to the politicians -", "X, who shares a name with …": copy says so.
  const namesake = namesakeCue(context);
  if (namesake) return namesake;
  // "Mark Root of Dayton, Ohio, won the pumpkin contest": a spelling introduced by a town and
  // its region is a local resident (copy gives public figures a title, not an address).
  if (!exactName && LOCAL_ADDRESS.test(context.text.slice(context.span.end, context.span.end + 60)))
    return 'of a town';
  // A spelling presented among others by a plural trade ("Canadian curlers Mark Kearney and
  // Justine Trudel") is one of those people, unless the trade is the candidate's own. An exact
  // name only by a plural of kin or of an ordinary trade ("Two Ukrainian sisters, …"): "Ukrainian
  // officials X and Y" may well be the officials.
  // A plural placed in a town presents private people too ("Two dockworkers in Gdańsk, X and Y":
  // officials are "officials in Brussels", a public plural).
  // (For an exact name, read only when a word of kin or trade, or a plural in a town, stands
  // before it: most do not.)
  const among =
    !exactName ||
    KIN_PLURAL.test(context.left) ||
    PRIVATE_PERSON.test(context.left) ||
    PLURAL_IN_TOWN.test(context.left) ||
    // (The second name of a pair: its left side stops at the first name.)
    (context.left.trim() === 'and' &&
      PLURAL_IN_TOWN.test(context.text.slice(Math.max(0, context.span.start - 120), context.span.start)))
      ? presentedAmong(context)
      : null;
  if (
    among &&
    (!exactName || privatePlural(among) || context.amongPlaced === true) &&
    !profileHasTrade(profileText(candidate), singularOf(among))
  )
    return among;
  const word =
    privateWord(context) ??
    (!exactName || context.headIndefinite ? sportWord(context) : sportWordBefore(context)) ??
    sportResultOfOther(context, candidate) ??
    sportsClubOfOther(context, candidate) ??
    null;
  // A word the profile has, or begins a word of ("cricket" of "cricketer"); or a player of the
  // game the profile names ("footballer" of "American football tight end", "golfer" of "golf").
  if (word === null || profileHasTrade(profileText(candidate), word)) return null;
  if (word.endsWith('er') && word.length >= 6 && profileText(candidate).includes(` ${word.slice(0, -2)} `))
    return null;
  // "Rahul Gandhi, grandson of former prime minister Indira Gandhi": kin of somebody named is a
  // pedigree, which KB descriptions seldom list (see the kin rule above) — no private life.
  if (exactName && word === context.kin && kinOfNamed(context)) return null;
  // "His great-grandson Abdullah II spoke": kin named by a possessive right before the name is a
  // relative of the person just named, the same pedigree.
  if (exactName && POSSESSIVE_KIN_BEFORE.test(context.left)) return null;
  // "Donald Trump, 78, …": an age is no private life when it is the candidate's own.
  if (AGE_WORDS.has(word) && ageFits(context, candidate, date)) return null;
  // "Bola Tinibu, a former accountant,": the career before the office (see above).
  if (!exactName && word === context.head && pastCareerOfOfficeHolder(context, candidate, date)) return null;
  return word;
}

/**
 * "Li Jae Myon, a former human rights lawyer, pledged …": an apposition giving a past trade
 * ("a former", "an ex-", "a one-time") of a candidate who holds an office on the article's date
 * tells the career before the office — lawyers, teachers, comedians become presidents — not a
 * private person's walk of life. For a spelling only: the evidence a repair needs still decides
 * it, and an exact name introduced so may well be a namesake's ("John Healey, a former miner").
 * Cost: a pattern on 24 characters, only once a head has contradicted.
 */
function pastCareerOfOfficeHolder(
  context: MentionContext,
  candidate: KbEntity,
  date: string | null,
): boolean {
  if (!date || !PAST_TRADE_APPOSITION.test(context.text.slice(context.span.end, context.span.end + 24)))
    return false;
  return candidate.roles.some((r) => roleActiveOn(r, date));
}
const PAST_TRADE_APPOSITION = /^\s*,\s+(?:a|an)\s+(?:former|ex-|one-time|onetime)\b/;

/** ", of Dayton, Ohio", " from Bolton, Lancashire": a town and its region right after a name. */
const LOCAL_ADDRESS =
  /^,?\s+(?:of|from)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?[,.;:]/u;

/** Private-life words that only state an age. */
const AGE_WORDS = new Set(['year old', 'years old', 'aged']);
