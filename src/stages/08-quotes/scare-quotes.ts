/**
 * Quotations that are no one's speech: a scare quote or a title (`so-called “reforms”`, a
 * short Title-Case run, `the film “…”`, a sign's words), a comma-set title, a quotation that
 * names a work. Extraction drops them unless a cue introduces them; separate because these
 * tests read only the quotation and the words before it, never a speaker.
 */
import { isPersonNoun, NOT_SPEECH_BEFORE, PRONOUNS } from './lexicon.js';
import type { QuotedSpan } from './marks.js';
import { endsInPunctuation, innerText, isSpaceAt } from './quote-units.js';
import { isPluralSpeakerNoun } from './speaker-phrase.js';

/**
 * Does `lead` (the text before a quotation) end in a marker of a name or title ("so-called",
 * "the film"), after a space, a bracket or nothing, and before spaces only? By hand (this
 * runs before every quotation): the same test as
 * /(?:^|[\s(])(?:so-called|dubbed|…)\s*$/iu over {@link NOT_SPEECH_BEFORE}.
 */
export function notSpeechBefore(lead: string): boolean {
  // "The presidency's slogan, “…”", "Their banner read: “…”", "placards reading “…”": the
  // words of a sign or a slogan are not speech.
  if (endsWithSign(lead)) return true;
  let trimmed = lead.trimEnd();
  // "a law nicknamed the “…”", "known as the “…”": the article before the name.
  const article = articleAtEnd(trimmed);
  if (article >= 0) trimmed = trimmed.slice(0, article);
  // Every marker ends in a letter; most leads end in a comma or a colon.
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (!isAsciiLetterCode(last)) return false;
  // Only the markers ending in that letter can end the lead (lower-casing keeps an ASCII
  // letter the last character).
  const markers = MARKERS_BY_LAST_LETTER.get(last | 32);
  if (!markers) return false;
  const lower = trimmed.toLowerCase();
  for (const marker of markers) {
    if (!lower.endsWith(marker)) continue;
    const at = lower.length - marker.length;
    if (at === 0 || /[\s(]/u.test(lower[at - 1]!)) return true;
  }
  return false;
}
/**
 * "clamped between the tower's arms, which SpaceX engineers call “chopsticks”": a relative
 * clause in the present tense naming its antecedent gives the name people use, not words
 * anyone said (a past "called" may report a speech act and stays speech).
 */
export function namingRelative(lead: string): boolean {
  const trimmed = lead.trimEnd();
  if (!trimmed.endsWith(' call') && !trimmed.endsWith(' calls')) return false;
  return NAMING_RELATIVE.test(trimmed);
}
const NAMING_RELATIVE = /\b(?:which|that)\s+(?:[\p{L}'’-]+\s+){1,4}calls?$/u;

/**
 * Where " the", " a" or " an" (any case, after any space) ends `s`: the index of that space,
 * else -1. What `/\s(?:the|a|an)$/iu` finds, read from the end (the pattern, anchored at
 * the end, was tried from every position of every lead). No character outside ASCII folds
 * to these letters, and the three endings exclude one another.
 */
export function articleAtEnd(s: string): number {
  const n = s.length;
  const lower = (i: number) => {
    const c = s.charCodeAt(i);
    return c >= 65 && c <= 90 ? c + 32 : c;
  };
  let space = -1;
  if (n >= 4 && lower(n - 3) === 116 && lower(n - 2) === 104 && lower(n - 1) === 101) space = n - 4;
  else if (n >= 3 && lower(n - 2) === 97 && lower(n - 1) === 110) space = n - 3;
  else if (n >= 2 && lower(n - 1) === 97) space = n - 2;
  return space >= 0 && isSpaceAt(s, space) ? space : -1;
}
/** {@link NOT_SPEECH_BEFORE} by the char code of each marker's last letter. */
const MARKERS_BY_LAST_LETTER: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const marker of NOT_SPEECH_BEFORE) {
    const last = marker.charCodeAt(marker.length - 1);
    const list = map.get(last);
    if (list) list.push(marker);
    else map.set(last, [marker]);
  }
  return map;
})();
/** Nouns of signs and slogans, whose words are not speech. */
export const SIGN_NOUNS: ReadonlySet<string> = new Set(
  'slogan slogans motto mottos banner banners placard placards sign signs poster posters billboard billboards t-shirt t-shirts hashtag hashtags caption captions headline headlines graffiti'.split(
    ' ',
  ),
);
/** Verbs that give a sign's words ("read: …", "saying …"). */
export const SIGN_VERBS: ReadonlySet<string> = new Set(
  'read reads reading said says saying proclaimed proclaiming'.split(' '),
);

/**
 * Does `lead` end in a sign's or a slogan's noun, then a comma, a colon or a verb that
 * gives its words ("slogan, ", "banner read: ", "a sign saying ")? Read backwards by hand.
 */
function endsWithSign(lead: string): boolean {
  let e = lead.length;
  while (e > 0 && lead.charCodeAt(e - 1) === 32) e--;
  const mark = lead.charCodeAt(e - 1);
  const punct = mark === 44 || mark === 58;
  if (punct) e--;
  while (e > 0 && lead.charCodeAt(e - 1) === 32) e--;
  let b = lead.lastIndexOf(' ', e - 1) + 1;
  let word = lead.slice(b, e).toLowerCase();
  if (SIGN_VERBS.has(word)) {
    if (punct && mark === 44) return false;
    e = b;
    while (e > 0 && lead.charCodeAt(e - 1) === 32) e--;
    b = lead.lastIndexOf(' ', e - 1) + 1;
    word = lead.slice(b, e).toLowerCase();
    return SIGN_NOUNS.has(word);
  }
  return punct && SIGN_NOUNS.has(word);
}

/** Short quoted words with no sentence inside: a scare quote, a nickname, a title. */
export function looksLikeScareOrTitle(text: string, q: QuotedSpan, sentenceStart: number): boolean {
  if (notSpeechBefore(text.slice(Math.max(sentenceStart, q.start - 40), q.start))) return true;
  const inner = innerText(text, q);
  // Words ending in a sentence's or a clause's punctuation are words said.
  if (endsInPunctuation(inner, true)) return false;
  // At most three words, or two or more words all in title case ("Das Lied von der
  // Erde" is not: "von"). The words are read one by one, only as far as needed.
  let count = 0;
  let titleCase = true;
  let i = 0;
  while (i < inner.length) {
    while (i < inner.length && isSpaceAt(inner, i)) i++;
    if (i >= inner.length) break;
    const from = i;
    while (i < inner.length && !isSpaceAt(inner, i)) i++;
    count++;
    if (titleCase && !isTitleCaseWord(inner.slice(from, i))) titleCase = false;
    if (count > 3 && !titleCase) return false;
  }
  return count <= 3 || titleCase;
}

/**
 * A title that took the sentence's comma inside its marks, as American copy writes it
 * ("“Oppenheimer,” Christopher Nolan's epic", "won best actress for “The Holdovers,”"):
 * one to five title-case words, the first capitalised, then the comma.
 */
export function commaTitle(text: string, q: QuotedSpan): boolean {
  const inner = innerText(text, q);
  if (!inner.endsWith(',')) return false;
  const words = inner.slice(0, -1).split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.length <= 5 && /^\p{Lu}/u.test(words[0]!) && words.every(isTitleCaseWord);
}

const isAsciiLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** The short function words a title may hold in lower case. */
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'a',
  'an',
  'in',
  'on',
  'for',
  'to',
]);
/**
 * A capitalised word, a number, or a short function word of a title. An ASCII first
 * character is read by its code (the test runs on every word of a short quotation).
 */
export function isTitleCaseWord(w: string): boolean {
  const c = w.charCodeAt(0);
  const capitalOrDigit = c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : /^[\p{Lu}\p{N}]/u.test(w);
  return capitalOrDigit || TITLE_FUNCTION_WORDS.has(w);
}

/** Nouns of works whose titles are quoted: "the song “…”", "whose film “…”". */
const WORK_NOUNS: ReadonlySet<string> = new Set(
  'song single album film movie book novel memoir play musical opera show series documentary exhibition poem podcast painting'.split(
    ' ',
  ),
);
const WORK_BEFORE =
  /(?:^|\s)(?:whose|his|her|their|its|our|a|an|the|new|latest|debut|hit|first|second|next)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*$/iu;
/** "dubbed/nicknamed/christened X “…”": a naming verb, its object, then the name. */
const NAMING_AFTER_OBJECT = /\b(?:dubbed|nicknamed|christened|renamed)\s+(?:[\p{L}\p{N}'’-]+\s+){1,6}$/iu;

/**
 * Could {@link NAMING_AFTER_OBJECT} match `s`? Each of its verbs holds "bbed", "amed" or
 * "ened", letters no other character case-folds to: so `s` holds one of them in ASCII
 * letters, in either case. (A test that finds them fast; the pattern decides.)
 */
function mayName(s: string): boolean {
  return /(?:bb|am|en)ed/i.test(s);
}

/**
 * The word that `/([\p{L}-]+)\s*$/u` captures in `s` (its last run of letters and
 * hyphens, before trailing spaces), or undefined; read backwards by hand over ASCII,
 * with the pattern itself as soon as another character is met.
 */
function lastLetterRun(s: string): string | undefined {
  let e = s.length;
  for (; e > 0; e--) {
    const c = s.charCodeAt(e - 1);
    if (c >= 128) return /([\p{L}-]+)\s*$/u.exec(s)?.[1];
    if (!(c === 32 || (c >= 9 && c <= 13))) break;
  }
  let b = e;
  for (; b > 0; b--) {
    const c = s.charCodeAt(b - 1);
    if (c >= 128) return /([\p{L}-]+)\s*$/u.exec(s)?.[1];
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45)) break;
  }
  return b < e ? s.slice(b, e) : undefined;
}

/**
 * How the words before a quotation end, for {@link namesAWork}: in a possessive (what
 * `/['’]s?\s*$/u` matches: "Mahler's", "the band's ", "Sanders’") or in "called" / "named"
 * in any case (what `/(?:called|named)\s*$/iu` matches). One read back from the end over
 * the trailing spaces; the two patterns, anchored at the end, were tried from every
 * position of the lead before every partial quotation. No character outside ASCII folds
 * or lower-cases to the letters of "called" or "named".
 */
export function leadEnd(lead: string): { possessive: boolean; calledOrNamed: boolean } {
  let e = lead.length;
  while (e > 0 && isSpaceAt(lead, e - 1)) e--;
  const isApostrophe = (c: number) => c === 39 || c === 0x2019;
  const last = lead.charCodeAt(e - 1);
  const possessive = isApostrophe(last) || (last === 115 && isApostrophe(lead.charCodeAt(e - 2)));
  const tail = lead.slice(Math.max(0, e - 6), e).toLowerCase();
  return { possessive, calledOrNamed: tail === 'called' || tail.endsWith('named') };
}

/** Does the text before a quotation introduce a name or a title rather than words said? */
export function namesAWork(lead: string, inner = ''): boolean {
  // Cheap end tests first: the full patterns below search from every position.
  const lastWord = lastLetterRun(lead.slice(-20))?.toLowerCase() ?? '';
  // "whose song “No Rules!”", "her new novel “…”": a work's title after its noun.
  if (WORK_NOUNS.has(lastWord) && WORK_BEFORE.test(lead.slice(-50))) return true;
  // "Fans dubbed the singer's outfit “the jeans of destiny”": a name given to a thing (a
  // phrase, not a sentence: `Critics dubbed the scheme “a tax on the young.”` is a verdict).
  if (!/[.?!…]$/u.test(inner) && mayName(lead.slice(-70)) && NAMING_AFTER_OBJECT.test(lead.slice(-70)))
    return true;
  const { possessive, calledOrNamed } = leadEnd(lead);
  if (!possessive && !calledOrNamed) return false;
  // "Mahler's “…”", "the band's “…”": a possessive right before the mark.
  const owner = possessive ? /([\p{L}]+)['’](s?)\s*$/u.exec(lead.slice(-40)) : null;
  if (owner && !(owner[2] && /^(?:it|that|what|there|here|he|she|who|let|where|how)$/iu.test(owner[1]!)))
    return true;
  // "a project called “…”", "an app named “…”": a thing (not a person) given a name.
  const m =
    /(?:^|\s)(?:(?:a|an|the|this|its|their|his|her|our)\s+)?([\p{L}-]+),?\s+(?:called|named)\s*$/iu.exec(
      lead,
    );
  if (!m) return false;
  const noun = m[1]!;
  const lower = noun.toLowerCase();
  if (
    /^\p{Lu}/u.test(noun) ||
    lower in PRONOUNS ||
    /^(?:what|which|who|that|and|but|also|once|has|have|had|he|she|they|it)$/u.test(lower)
  )
    return false;
  return !isPersonNoun(lower) && !isPluralSpeakerNoun(lower);
}
