/**
 * The search for the entity a surface spins: candidate names from the index, each tested
 * word by word (spin-words.ts), with country forms read (spin-country-forms.ts); one
 * entity or several tied ones; answers kept per KB (spin-answers.ts). Separate because it
 * is the one entry point that puts the pieces together (`findSpun`, `findSpunTies`).
 */
import type { EntityType } from '../../core/annotations.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { detach } from './detach.js';
import {
  AskedCountries,
  answersFor,
  type CountryTest,
  holdsFor,
  type KeptAnswers,
  memoryOf,
  NO_COUNTRIES,
  NO_MATCH_ASKED_NOTHING,
  NO_TIES,
  quickTests,
  SPUN_CACHE_SIZE,
  type SpunAnswer,
  type SpunResult,
  spunWord,
} from './spin-answers.js';
import { nearSwapsCountries, runNameWords, type WordRange, withCountryNamed } from './spin-country-forms.js';
import { indexOf } from './spin-index.js';
import {
  countKind,
  joinThesaurusPhrases,
  keptCount,
  matchKinds,
  NEAR,
  nameWords,
  type SpinMatch,
  SYNONYM,
  spinAccepts,
  spinAcceptsInCountry,
  swapsOf,
  THESAURUS,
  type WordInfo,
  withoutStopWords,
} from './spin-words.js';

/**
 * The one KB entity of an allowed type whose name `surface` spins, or null (none, or
 * several different entities: ambiguous).
 */
export function findSpun(
  kb: KnowledgeBase,
  surface: string,
  types: readonly EntityType[],
  countries: ReadonlySet<string> = NO_COUNTRIES,
): SpinMatch | null {
  return findSpunCached(answersFor(kb, types), kb, surface, types, countries).match;
}

/**
 * The equally good spun-name matches of different entities that left `surface` ambiguous
 * ("Labor Celebration": Australia's Labor Party and Britain's Labour Party), for the
 * article to choose among (its country, its people's parties); empty when there is a match
 * or none at all.
 */
export function findSpunTies(
  kb: KnowledgeBase,
  surface: string,
  types: readonly EntityType[],
  countries: ReadonlySet<string> = NO_COUNTRIES,
): readonly SpinMatch[] {
  return findSpunCached(answersFor(kb, types), kb, surface, types, countries).ties;
}

export function findSpunCached(
  cache: Map<string, KeptAnswers>,
  kb: KnowledgeBase,
  surface: string,
  types: readonly EntityType[],
  countries: ReadonlySet<string>,
  range?: WordRange,
): SpunResult {
  const known = cache.get(surface);
  if (known !== undefined) {
    if (!Array.isArray(known)) {
      if (holdsFor(known, countries)) return known;
    } else for (const a of known) if (holdsFor(a, countries)) return a;
  }
  const asked = new AskedCountries(countries);
  const result = computeSpun(kb, surface, types, asked, range);
  // A few answers per surface (one per combination of the countries it depends on). The
  // usual one, no match, no tie and nothing asked, is one shared object, kept as itself: what the
  // memory keeps outlives the young generation, and costs every collection until it is promoted.
  const answer: SpunAnswer =
    result.match === null && result.ties.length === 0 && asked.asked === null
      ? NO_MATCH_ASKED_NOTHING
      : { asked: asked.asked ?? [], match: result.match, ties: result.ties };
  if (known === undefined) {
    if (cache.size >= SPUN_CACHE_SIZE) cache.clear();
    cache.set(detach(surface), answer);
  } else if (!Array.isArray(known)) cache.set(surface, [known, answer]);
  else {
    if (known.length >= 8) known.shift();
    known.push(answer);
  }
  return answer;
}

function computeSpun(
  kb: KnowledgeBase,
  surface: string,
  types: readonly EntityType[],
  countries: CountryTest,
  range?: WordRange,
): SpunResult {
  const index = indexOf(kb);
  const memory = memoryOf(kb);
  const all = (quickTests && range && runNameWords(range)) || nameWords(surface);
  const plain = withoutStopWords(all);
  // Nothing joined: the phrased words are the plain ones (tested once, below).
  const phrased = joinThesaurusPhrases(all) ? withoutStopWords(all) : plain;
  // Types that hold every indexed name need no test per name.
  const everyType = SPAN_TYPES.every((t) => types.includes(t));
  // The best match is the one with the fewest swaps, thesaurus swaps counting double; two
  // different entities equally good leave the name ambiguous.
  let found: SpinMatch | null = null;
  let best = Number.POSITIVE_INFINITY;
  let tied = false;
  let ties: SpinMatch[] | null = null;
  const tests = phrased.length === plain.length ? 1 : 2;
  for (let t = 0; t < tests; t++) {
    const texts = t === 0 ? plain : phrased;
    if (texts.length < 2) continue;
    const words = texts.map((w) => spunWord(memory, index, w));
    const n = words.length;
    if (quickTests && !index.mayMatch(words)) continue;
    const listed = index.near(words);
    for (let k = 0; k < listed; k++) {
      const item = index.listed[k]!;
      if (!everyType && !types.includes(item.type)) continue;
      let against: readonly WordInfo[] | null = null;
      if (
        item.words.length === n &&
        matchKinds(words, item.words) &&
        spinAccepts(words, item.words, false, item.country === null && item.prominence >= 5)
      ) {
        against = item.words;
        // A name with no word kept must be one readers know (prominence 3 or more); with a
        // thesaurus guess among its swaps, one of the best known (4 or more), and no more than
        // one guess for every two swaps of the hand lexicon ("Globe Wellness Setting up").
        if (keptCount(n) === 0) {
          const guesses = countKind(n, THESAURUS);
          if (item.prominence < 3 || (guesses > 0 && (item.prominence < 4 || guesses * 2 > n - guesses)))
            against = null;
        }
      }
      // The country is asked about only when it would decide (see findSpunCached: an answer
      // that asked nothing holds for every article).
      if (
        !against &&
        item.countryless &&
        item.prominence >= 2 &&
        item.countryless.length === n &&
        matchKinds(words, item.countryless) &&
        spinAcceptsInCountry(n) &&
        countries.has(item.country ?? '')
      )
        against = item.countryless;
      if (!against) continue;
      // "Bank of China" is no misspelt Bank of Ghana: a country's name is never a near
      // spelling of another's (checked for names that got this far only).
      if (countKind(n, NEAR) > 0 && nearSwapsCountries(kb, words, against, n)) continue;
      const thesaurusSwaps = countKind(n, THESAURUS);
      // A two-word name through a thesaurus guess must be a well-known body, and a national
      // one needs its country in the article ("Freedom Event" in a Korean story is not
      // Slovenia's Freedom Movement).
      if (
        thesaurusSwaps > 0 &&
        n === 2 &&
        (item.prominence < 3 || (item.country && !countries.has(item.country)))
      )
        continue;
      // Through a synonym of the hand lexicon too, a two-word name of a body few readers know
      // (prominence 1) needs its country in the article: "Ocean Watch" in a Breton fishing
      // story is a group of its own, not Germany's Sea-Watch — one swapped word of two is weak
      // evidence on its own.
      if (
        n === 2 &&
        countKind(n, SYNONYM) > 0 &&
        item.prominence < 2 &&
        item.country &&
        !countries.has(item.country)
      )
        continue;
      const cost = n - keptCount(n) + thesaurusSwaps;
      if (cost < best) {
        best = cost;
        tied = false;
        ties = null;
        found = { entity: item.entity, name: item.name, swaps: swapsOf(words, against) };
      } else if (cost === best && found && found.entity !== item.entity) {
        tied = true;
        ties ??= [found];
        if (!ties.some((t) => t.entity === item.entity))
          ties.push({ entity: item.entity, name: item.name, swaps: swapsOf(words, against) });
      }
    }
  }
  if (tied) return { match: null, ties: ties ?? NO_TIES };
  return { match: found ?? withCountryNamed(kb, index, surface, types, range), ties: NO_TIES };
}

/** What a spun name found in the text may name. */
export const SPAN_TYPES: readonly EntityType[] = ['organization', 'event', 'location'];
