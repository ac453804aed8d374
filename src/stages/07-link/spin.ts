/**
 * Spun names: organisation and event names translated word by word by a machine
 * translation round trip or a synonym spinner ("Financial institution of England" for the
 * Bank of England, "World Well being Group" for the World Health Organization, "Munich
 * Safety Convention" for the Munich Security Conference). Letters are far apart, but word
 * by word each word is the same, a synonym the spinners are known to use, or a near
 * spelling ("BRIKS").
 *
 * A spun name matches a KB name of the same number of content words when every word pair
 * matches, at least one word is kept (same or near spelling: the distinctive part) and at
 * least one is a synonym swap. Synonym classes are in spinner-lexicon.ts, shared with the
 * event matcher: spinners use a thesaurus, and the words of institution names are few.
 *
 * This file finds spun names in running text (`spunSpans`: runs of capitalised words and
 * the lower-case words a spinner puts between them); the rest of the machinery is split by
 * concern: spin-words.ts (a name's words and the rules of a swap), spin-index.ts (the KB's
 * names by word), spin-answers.ts (answers kept per KB), spin-country-forms.ts (a country
 * named by another of its forms) and spin-search.ts (the search for a surface's entity).
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { detach } from './detach.js';
import {
  answersFor,
  memoryOf,
  NO_COUNTRIES,
  quickTests,
  SPUN_WORDS_SIZE,
  type SpunMemory,
} from './spin-answers.js';
import {
  countryFacts,
  mayBeCountryName,
  nameParts,
  type Word,
  type WordFacts,
  type WordRange,
} from './spin-country-forms.js';
import { isThesaurusSubstitute } from './spin-index.js';
import { findSpunCached, SPAN_TYPES } from './spin-search.js';
import { classesOf, GROUP_STARTS, GROUPS, type SpinMatch, STOP } from './spin-words.js';
import { isSpinnerWord } from './spinner-lexicon.js';
import { spinnerThesaurus } from './thesaurus.js';

export { forgetSpunAnswers, withoutQuickTests } from './spin-answers.js';
export { findSpun, findSpunTies } from './spin-search.js';
export {
  contentWords,
  letterBag,
  mayBeNearLetters,
  oneSpelling,
  type SpinMatch,
  spinMatch,
  spinMatchInCountry,
  withoutPossessives,
} from './spin-words.js';

/** Words that continue a listed word group in lower case ("Financial *institution*", "Well *being*"). */
const GROUP_TAILS = new Set(GROUPS.flatMap((g) => g.split(' ').slice(1)));

/** Each word of a listed group with the word before it ("well being", "of work"), in lower case. */
const GROUP_PAIRS = new Set(
  GROUPS.flatMap((g) => {
    const words = g.split(' ');
    return words.slice(1).map((w, i) => `${words[i]} ${w}`);
  }),
);

/**
 * Whether a lower-case word continues a run as the next word of a listed group ("Financial
 * *institution*", "World Well *being*", "Place of *work*"): only after the word before it in
 * that group. Elsewhere a group's tail is an ordinary word ("Clinton of being", "Trump Just
 * Set up"), and a run taken on through it is tried, sub-span by sub-span, for nothing.
 */
function continuesGroup(before: string, lower: string): boolean {
  return GROUP_TAILS.has(lower) && GROUP_PAIRS.has(`${before.toLowerCase()} ${lower}`);
}

/** Function words inside an institution's name ("Bank *of* England", "Food *and* Agriculture"). */
const INNER = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le']);

/** Words that carry a name on ("… Organisation of Ghana Herbalists"); "and" joins two names. */
const OF = new Set(['of', 'for', 'de', 'du', 'des']);

/**
 * A summit word used as an adjective ("the NATO top brass", "G7 top officials"): followed by
 * a lower-case word that is not a small word or a verb of meeting.
 */
export const ADJECTIVE_USE =
  /^\s+(?!(?:in|on|at|of|for|and|with|this|last|next|was|is|will|would|had|has|opened|closed|ended|began|where|which|that|to)\b)\p{Ll}/u;

/** "summit" and its spun forms, taken after a run in lower case ("the Team of Twenty top"). */
export const SUMMIT_WORDS: ReadonlySet<string> = new Set(['summit', 'top', 'peak', 'pinnacle', 'apex']);

/** First letters of the lower-case words a run may go on with (INNER, GROUP_TAILS, SUMMIT_WORDS). */
const RUN_LOWER_INITIALS = new Set([...INNER, ...GROUP_TAILS, ...SUMMIT_WORDS].map((w) => w.charCodeAt(0)));

/**
 * A quick test before the follower expression of `spunSpans`: a run goes on only after
 * spaces, with a capital or a word of INNER, GROUP_TAILS or SUMMIT_WORDS. False when it cannot.
 */
function mayFollow(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 32) i++;
  if (i === end || i >= text.length) return false;
  const c = text.charCodeAt(i);
  // An ASCII character that is no capital and starts no listed lower-case word ends the run.
  return c >= 128 || (c >= 65 && c <= 90) || RUN_LOWER_INITIALS.has(c);
}

/** A span of text that spins a KB name, found without a mention there. */
export interface SpunSpan {
  readonly start: number;
  readonly end: number;
  readonly match: SpinMatch;
}

/**
 * Spun organisation and event names in `text`, mention or not: taggers cut them ("England"
 * out of "Financial institution of England") or stop at a lower-case word ("Global Economic
 * Discussion" of "… Discussion board"). Runs of capitalised words, with function words and
 * the lower-case tails of listed word groups inside, are tried longest first; only runs with
 * a listed synonym in them are tried at all, and a match needs a synonym swap — or, for a
 * run that is a KB name of three words or more written exactly ("Christian Democratic Union"
 * cut by the tagger), that name, with no swaps.
 */
export function spunSpans(
  kb: KnowledgeBase,
  text: string,
  countries: ReadonlySet<string> = NO_COUNTRIES,
): SpunSpan[] {
  const out: SpunSpan[] = [];
  const answers = answersFor(kb, SPAN_TYPES);
  const memory = memoryOf(kb);
  // Only capitalised words can open a run: scanning for them (not materialising every word
  // of the article) keeps this pass cheap, as it runs on every document.
  for (let from = 0; nextCapitalWord(text, from); ) {
    const start = wordStart;
    let end = wordEnd;
    from = end;
    if (!startsWord(text, start)) continue;
    // A run: capitalised words, joined by spaces only, function words and group tails inside.
    // (Made only when a second word joins: a word alone is no spun name.)
    let run: Word[] | null = null;
    // Where the run's last word starts (a lower-case word continues only the group of the word before it).
    let lastStart = start;
    for (;;) {
      if (!mayFollow(text, end) || !nextFollower(text, end)) break;
      const next = text.slice(followerStart, followerEnd);
      // Not across "in", "at", "on": "the Forum in Davos" is the forum, and Davos.
      if (!startsUpper(next)) {
        const lower = next.toLowerCase();
        if (
          !(
            INNER.has(lower) ||
            continuesGroup(text.slice(lastStart, end), lower) ||
            (SUMMIT_WORDS.has(lower) && !ADJECTIVE_USE.test(text.slice(followerEnd, followerEnd + 30)))
          )
        )
          break;
      }
      run ??= [runWord(memory, text.slice(start, end), start, end)];
      run.push(runWord(memory, next, followerStart, followerEnd));
      lastStart = followerStart;
      end = followerEnd;
    }
    from = end;
    if (run === null) continue;
    let found: SpunSpan | null = null;
    if (run.length >= 2 && run.some((w) => marksRun(kb, w))) {
      // The run's country forms (see `maySwapAny`), read once for the run and only when a
      // window has no word that may be swapped: most windows hold the word that marks the run.
      let forms: number[] | true | null = null;
      let exact = false;
      // One range for the run's tries, moved along (the test reads it and keeps nothing of it).
      const range = { words: run, from: 0, to: 0 };
      for (let len = Math.min(run.length, 8); len >= 2 && !found && !exact; len--) {
        for (let a = 0; a + len <= run.length && !found; a++) {
          const first = run[a]!;
          const last = run[a + len - 1]!;
          if (!first.opens || STOP.has(last.lower)) continue;
          // A name the run goes on with ("Globe Health Organisation *of Ghana Herbalists*")
          // is a longer name, not the KB one.
          const after = run[a + len];
          if (after && OF.has(after.lower) && run[a + len + 1]) continue;
          const surface = text.slice(first.start, last.end);
          // "Christian Democratic Union" as written is that name (the tagger may have cut it):
          // no spun "Democratic Union" inside it.
          // Not inside a longer name: the run must not go on with a name word before or after
          // it ("Group of Seven" of "Group of Seven Bakeries", "Department of Education" of
          // "U.S. Department of Education"; "Leaders of the …", "… and the Greens" are free),
          // ending in a letter, not after a place's possessive ("Brazil's Supreme Court").
          const wholeRun =
            (a === 0 || INNER.has(run[a - 1]!.lower)) &&
            (a + len === run.length || INNER.has(run[a + len]!.lower));
          const exactHit =
            len >= 3 && wholeRun && /[\p{L}\p{N}]$/u.test(surface) && !placePossessiveFirst(kb, first.text)
              ? exactBodyName(kb, surface)
              : null;
          if (exactHit) {
            const end = nameEnd(last);
            found = {
              start: first.start,
              end,
              match: { entity: exactHit, name: text.slice(first.start, end), swaps: [] },
            };
            exact = true;
            break;
          }
          if (quickTests && !maySwapAny(run, a, len)) {
            forms ??= countryForms(kb, run);
            if (!holdsCountryForm(forms, a, len)) continue;
          }
          range.from = a;
          range.to = a + len;
          const match = findSpunCached(answers, kb, surface, SPAN_TYPES, countries, range).match;
          if (match?.swaps.some((x) => x.includes(' = ')))
            found = { start: first.start, end: nameEnd(last), match };
        }
      }
    }
    if (found) {
      out.push(found);
      // The run may hold a second name ("… of Canada and Financial institution of England").
      from = found.end;
    }
  }
  return out;
}

/**
 * Whether words `a` to `a + len` of a run may be a spun name with a swap for a synonym or
 * a country name ("x = y", what `spunSpans` takes) through a synonym: false when none of
 * the words may be swapped for one (`maySwap`); else only a country name among them can
 * give the swap (`holdsCountryForm`). A match of `computeSpun`'s word-by-word test has a
 * " = " swap only where a spun word shares a synonym class with the KB word or stands for
 * it in the thesaurus, so it has classes or thesaurus targets; its words are the words' own
 * parts, or parts joined into a listed group or a thesaurus phrase, which start with a
 * group's or a phrase's first word.
 */
function maySwapAny(run: readonly Word[], a: number, len: number): boolean {
  for (let k = a; k < a + len; k++) if (maySwap(run[k]!)) return true;
  return false;
}

/**
 * Whether `forms` (see `countryForms`) hold a form among words `a` to `a + len` that may be
 * a country's name: `withCountryNamed` finds nothing without a form of at most three words,
 * short of the whole, that is a country's name.
 */
function holdsCountryForm(forms: readonly number[] | true, a: number, len: number): boolean {
  if (forms === true) return true;
  // Forms as (start, length) pairs.
  for (let f = 0; f < forms.length; f += 2) {
    const start = forms[f]!;
    const n = forms[f + 1]!;
    if (start >= a && start + n <= a + len && n <= Math.min(3, len - 1)) return true;
  }
  return false;
}

/** Whether a run word has a part that may be swapped for a synonym (see `maySwapAny`), read once per text in a pass. */
function maySwap(w: Word): boolean {
  if (w.facts.swaps === undefined) {
    const thesaurus = spinnerThesaurus();
    w.facts.swaps = nameParts(w).some(
      (p) =>
        classesOf(p).length > 0 ||
        thesaurus.targets(p).size > 0 ||
        GROUP_STARTS.has(p) ||
        thesaurus.phrasesFrom(p).length > 0,
    );
  }
  return w.facts.swaps;
}

/**
 * The forms of a run, of one to three words, that may be a country's name (`mayBeCountryName`),
 * as (start, length) pairs; true (every form may be) when the KB gives no country trie.
 */
function countryForms(kb: KnowledgeBase, run: readonly Word[]): number[] | true {
  const { names } = countryFacts(kb);
  if (names === null) return true;
  const whole: WordRange = { words: run, from: 0, to: run.length };
  const out: number[] = [];
  for (let n = 1; n <= 3 && n < run.length; n++) {
    for (let i = 0; i + n <= run.length; i++) if (mayBeCountryName(names, [], whole, i, n)) out.push(i, n);
  }
  return out;
}

/**
 * Whether a run word is one a spun name is tried for: a word of the spinner lexicon, the
 * tail of a listed group, or a thesaurus substitute no KB name uses. Remembered per word
 * for the pass (names and headline words recur).
 */
function marksRun(kb: KnowledgeBase, w: Word): boolean {
  w.facts.marks ??=
    isSpinnerWord(w.lower.replace(/['’]s$/, '')) ||
    GROUP_TAILS.has(w.lower) ||
    isThesaurusSubstitute(kb, normalizeName(w.text));
  return w.facts.marks;
}

/**
 * Where a name ending in `last` ends: before its possessive ("the World Health
 * Organization's chief" names the organisation, not "Organization's").
 */
function nameEnd(last: Word): number {
  return /['’]s$/.test(last.text) ? last.end - 2 : last.end;
}

/** Whether a run's first word is a place's possessive ("Brazil's"). */
function placePossessiveFirst(kb: KnowledgeBase, word: string): boolean {
  return /['’]s$/.test(word) && kb.lookup(word.slice(0, -2)).some((h) => h.entity.type === 'location');
}

/** The KB entity (not a person) `surface` names exactly as a name or alias, or null. */
function exactBodyName(kb: KnowledgeBase, surface: string): KbEntity | null {
  return kb.lookup(surface).find((h) => h.entity.type !== 'person' && isNameOrAlias(h))?.entity ?? null;
}

/** `/^\p{Lu}/u.test(word)`, ASCII read directly. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** Where `nextFollower` found its word (module state, as for `nextCapitalWord`). */
let followerStart = -1;

let followerEnd = -1;

const FOLLOWER = / +(\p{L}[\p{L}'’-]*)/uy;

/**
 * The word after the spaces at `end`, as `/ +(\p{L}[\p{L}'’-]*)/uy` reads it there, into
 * `followerStart`/`followerEnd`; false when there is none. ASCII is read directly; the
 * expression takes over at the first character beyond it.
 */
function nextFollower(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 32) i++;
  if (i === end) return false;
  let j = i;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c >= 128) {
      FOLLOWER.lastIndex = end;
      const m = FOLLOWER.exec(text);
      if (m === null) return false;
      followerEnd = FOLLOWER.lastIndex;
      followerStart = followerEnd - m[1]!.length;
      return true;
    }
    const folded = c | 32;
    const letter = folded >= 97 && folded <= 122;
    if (j === i ? !letter : !(letter || c === 39 || c === 45)) break;
  }
  if (j === i) return false;
  followerStart = i;
  followerEnd = j;
  return true;
}

function runWord(memory: SpunMemory, text: string, start: number, end: number): Word {
  const lower = text.toLowerCase();
  return {
    text,
    start,
    end,
    lower,
    opens: startsUpper(text) && !STOP.has(lower),
    facts: factsOf(memory, text),
  };
}

/** The facts kept for a run word's text in this pass (new, nothing read yet, for a text not met). */
function factsOf(memory: SpunMemory, text: string): WordFacts {
  let facts = memory.runWords.get(text);
  if (facts === undefined) {
    // Every field from the start: one shape for all of them.
    facts = {
      first: undefined,
      norm: undefined,
      words: undefined,
      nameParts: undefined,
      swaps: undefined,
      marks: undefined,
    };
    if (memory.runWords.size >= SPUN_WORDS_SIZE) memory.runWords.clear();
    memory.runWords.set(detach(text), facts);
  }
  return facts;
}

/** Where `nextCapitalWord` found its word (module state: no record per word of an article). */
let wordStart = -1;

let wordEnd = -1;

const CAPITAL_WORD = /\p{Lu}[\p{L}'’-]*/gu;

const WORD_REST = /[\p{L}'’-]*/uy;

/**
 * The next match of `/\p{Lu}[\p{L}'’-]*\/u` at or after `from`, into `wordStart`/`wordEnd`;
 * false when there is none. ASCII is read directly; the expressions take over at the first
 * character beyond it.
 */
function nextCapitalWord(text: string, from: number): boolean {
  let start = -1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      start = i;
      break;
    }
    if (c >= 128) {
      CAPITAL_WORD.lastIndex = i;
      const m = CAPITAL_WORD.exec(text);
      if (m === null) return false;
      wordStart = m.index;
      wordEnd = m.index + m[0].length;
      return true;
    }
  }
  if (start < 0) return false;
  let j = start + 1;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const folded = c | 32;
    if ((folded >= 97 && folded <= 122) || c === 39 || c === 45) continue;
    if (c >= 128) {
      WORD_REST.lastIndex = j;
      j += WORD_REST.exec(text)![0].length;
    }
    break;
  }
  wordStart = start;
  wordEnd = j;
  return true;
}

/**
 * Whether a word (a letter and the letters, apostrophes and hyphens after it) starts at
 * `at`: not when a letter stands before it, directly or through apostrophes and hyphens.
 */
function startsWord(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === "'" || text[k] === '’' || text[k] === '-')) k--;
  if (k < 0) return true;
  const c = text.charCodeAt(k);
  if (c < 128) return (c | 32) < 97 || (c | 32) > 122;
  return !/\p{L}/u.test(text[k]!);
}
