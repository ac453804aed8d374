/**
 * Repairing a name the tagger found: widened to the words it missed (`widenName`: a
 * particle and the name after it, a regnal title, an acronym or demonym before an
 * organisation, the capitalised words before an organisation's head noun), or stripped of
 * what is not the name (honorifics, post-nominal letters, an opening trade word, a regnal
 * title). Pure functions of the text and the name, separate from building the index.
 */
import type { EntityType } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import type { FirstNames } from './gender.js';
import {
  INSTITUTION_TITLE_END,
  isDemonym,
  isPersonNoun,
  isRoleNoun,
  ORG_NOUNS,
  TITLE_WORDS,
} from './lexicon.js';

/**
 * A person's name without the titles a tagger may have kept in the mention:
 * "German Chancellor Friedrich Merz" → "Friedrich Merz", "Dr. Ana Morales" → "Ana Morales".
 */
const REGNAL = /^(?:Pope|King|Queen|Prince|Princess|Emperor|Empress|Sheikh|Emir|Sultan|Dalai|Patriarch)$/u;

/**
 * An occupation word opening a tagged name ("Fisherman Arnel Castro", "Guide Wilber
 * Quispe"): a listed person noun, or one by an agent ending that is no known first name
 * ("Walter", "Peter" stay); -or/-ian endings are left alone (Victor, Adrian, Julian)
 * unless the ending is an occupation's ({@link OCCUPATION_ENDING}).
 */
/**
 * Long -or/-ian words with an occupation's ending ("Veterinarian", "Historian",
 * "Inspector", "Professor"): no given name is built so (Victor, Adrian, Florian, Salvador).
 */
const OCCUPATION_ENDING =
  /^\p{L}{5,}(?:arian|ician|itian|storian|odian|edian|ogian|ssor|ator|ctor|itor|llor|ntor|stor|ptor|eyor)$/u;

export function isOccupationWord(w: string, firstNames: FirstNames | undefined): boolean {
  const l = w.toLowerCase();
  if (!/^\p{L}+$/u.test(l) || !isPersonNoun(l) || firstNames?.has(l)) return false;
  return !/(?:or|ian)$/u.test(l) || isRoleNoun(l) || OCCUPATION_ENDING.test(l);
}

export function stripHonorific(name: string, firstNames?: FirstNames): string {
  let ws = name.replace(/['’]s$/u, '').split(/\s+/);
  // "Daniel Okafor KC": letters after a full name (a tagger keeps them) are no part of it.
  while (ws.length >= 3 && POST_NOMINALS.has(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
  if (ws.length >= 3 && INSTITUTION_TITLE_END.test(ws[0]!) && /^\p{Lu}/u.test(ws[1]!)) ws = ws.slice(1);
  if (
    ws.length >= 3 &&
    /^\p{Lu}/u.test(ws[1]!) &&
    (isOccupationWord(ws[0]!, firstNames) || isPluralOccupation(ws[0]!, firstNames))
  )
    ws = ws.slice(1);
  const isTitle = (w: string) => {
    const l = w.toLowerCase().replace(/\.$/, '');
    return TITLE_WORDS.has(l) || TITLE_WORDS.has(`${l}.`) || isRoleNoun(l);
  };
  // Cut after the last title word that leaves a name: "Bank of England Governor Andrew Bailey".
  let cut = 0;
  for (let i = 0; i < ws.length - 1; i++)
    if (isTitle(ws[i]!) || (isDemonym(ws[i]!) && isTitle(ws[i + 1]!))) cut = i + 1;
  // "Pope Leo", "King Charles": a regnal title stays with a lone given name.
  if (cut > 0 && ws.length - cut === 1 && REGNAL.test(ws[cut - 1]!)) cut--;
  return ws.slice(cut).join(' ');
}

/**
 * "Detectives Joseph Kenny" (from "Chief of Detectives Joseph Kenny"): the plural of an
 * occupation is the end of a title the tagger cut, never a given name.
 */
function isPluralOccupation(w: string, firstNames: FirstNames | undefined): boolean {
  return w.length > 4 && w.endsWith('s') && isOccupationWord(w.slice(0, -1), firstNames);
}

/** Letters written after a person's full name: silk, member of a parliament, honours. */
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'MP', 'MEP', 'MSP', 'MLA', 'OBE', 'CBE', 'MBE']);

/**
 * "Promoter Live Nation said …": a trade word the tagger kept at the start of a sentence
 * before an organisation's name of two words or more is no part of the name.
 */
export function withoutOpeningTrade(
  text: string,
  start: number,
  name: string,
  firstNames: FirstNames,
): string {
  const space = name.indexOf(' ');
  if (space < 0 || !isOccupationWord(name.slice(0, space), firstNames)) return name;
  const rest = name.slice(space + 1);
  if (!/^\p{Lu}\S*\s+\p{Lu}/u.test(rest)) return name;
  // At the start of a sentence only: a paragraph's start, or after a full stop.
  return start === 0 || /(?:\n|[.!?]["”’]?\s+)$/u.test(text.slice(Math.max(0, start - 4), start))
    ? rest
    : name;
}

/**
 * Lower-case particles inside a person's name: "Ruben del Campo", "Pieter de Vries",
 * "Laurence des Cars", "Carlo dei Medici".
 */
const NAME_PARTICLE =
  /^(?:de|del|della|delle|dei|degli|des|di|da|das|dos|do|du|van|von|zu|der|den|ter|la|le|bin|ibn|al|el)$/u;
/** Nouns that head an organisation's name: "General Staff", "Defence Ministry", "IG Metall union". */
const isOrgHead = (w: string) =>
  (ORG_NOUNS.has(w) && w !== 'spokesman') || /^(?:staff|command|service|forces|guard)$/u.test(w);
/** Nouns that end a place's name, never a person's. */
const PLACE_HEADS: ReadonlySet<string> = new Set(
  `garden gardens island islands square avenue road mountains valley stadium arena palace
  cathedral mosque coast harbour harbor airport station market village county province district
  desert forest canal peninsula`.split(/\s+/u),
);
/** A name of two words or more ending in a place's head noun ("Stewart Island"). */
export function isPlaceName(name: string): boolean {
  const sp = name.lastIndexOf(' ');
  return sp > 0 && PLACE_HEADS.has(name.slice(sp + 1).toLowerCase());
}
/** Capitalised words that open a sentence or a clause, never the start of a name. */
const NOT_NAME_START =
  /^(?:The|A|An|And|But|Or|In|On|At|Of|For|To|By|From|With|As|If|When|While|After|Before|This|That|These|Those|It|He|She|They|We|I|Its|His|Her|Their|Our|My|Your|So|Yet|Then|Now|Meanwhile|However)$/u;

/** A mention opening with a determiner or possessive is a description, not a name. */
export const DESCRIPTION_FIRST: ReadonlySet<string> = new Set(['T', 'A', 'I', 'H', 't', 'a', 'i', 'h']);
export const DESCRIPTION_START = /^(?:The|A|An|Its|His|Her|Their|the|a|an|its|his|her|their)\s/u;

/** `\s` at `text[i]` (ASCII answered without a pattern). */
export function isSpaceCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/u.test(text[i]!);
}

/**
 * Could the particle pattern of {@link widenName} match at `end`? It needs a space, then
 * lower-case letters that are a {@link NAME_PARTICLE} (all ASCII), then a space: the
 * particle is the whole run of lower-case letters after the space, so a run of ASCII
 * letters that is no particle, or is not followed by a space, rules a match out.
 */
function particleFollows(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  let i = end + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) break;
    i++;
  }
  return i > end + 1 && text.charCodeAt(i) === 32 && NAME_PARTICLE.test(text.slice(end + 1, i));
}

export interface WidenedName extends Span {
  readonly type: EntityType;
}

/**
 * An unlinked name widened over what a tagger tends to cut off, with its type put right:
 * a particle and the name after it ("Ruben" del Campo), a regnal title before a lone
 * given name ("Pope" Leo), an acronym or demonym before an organisation ("IG" Metall,
 * "Russian" Defence Ministry), the capitalised words of an organisation's name before
 * its head noun ("General" Staff, which is an organisation even when tagged a person).
 * Never widens over a possessive ("Ukraine's"), a sentence opener, or another mention.
 */
export function widenName(
  text: string,
  span: Span,
  type: EntityType,
  taken: (at: number) => boolean,
): WidenedName {
  let { start, end } = span;
  // The mention's words (split on spaces after a trim) are read for three things only: how
  // many there are (one or more), the last one, and whether the last one heads a place's
  // name; found by scanning, with no array or joined string.
  let a = start;
  let b = end;
  while (a < b && isSpaceCode(text, a)) a++;
  while (b > a && isSpaceCode(text, b - 1)) b--;
  let lastStart = b;
  while (lastStart > a && !isSpaceCode(text, lastStart - 1)) lastStart--;
  const oneWord = lastStart === a;
  const last = text.slice(lastStart, b).toLowerCase();
  const org = type === 'organization' || (type === 'person' && isOrgHead(last));
  // "Rose Garden", "Stewart Island": a place's head noun ends it, whatever the tagger said
  // (isPlaceName of the words joined by single spaces).
  const place = type === 'person' && !oneWord && PLACE_HEADS.has(last);
  const outType: EntityType = org ? 'organization' : place ? 'location' : type;
  if (outType === 'person') {
    // "Ruben del Campo", "Ursula von der Leyen": one or two particles then a capitalised
    // word, up to twice.
    for (let k = 0; k < 2; k++) {
      if (!particleFollows(text, end)) break;
      const m = /^ ([\p{Ll}]+)(?: ([\p{Ll}]+))? (\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(end, end + 40));
      if (!m || !NAME_PARTICLE.test(m[1]!) || (m[2] && !NAME_PARTICLE.test(m[2])) || taken(end + 1)) break;
      end += m[0].length;
    }
    // The pattern below ends in a space before the name: tested first, without it.
    const before =
      oneWord && text.charCodeAt(start - 1) === 32
        ? /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 20), start))
        : null;
    if (before && REGNAL.test(before[1]!) && !taken(start - before[0].length)) start -= before[0].length;
    start -= givenNameLeftOut(text, start, oneWord, taken);
  } else if (outType === 'organization') {
    const orgHead = isOrgHead(last);
    // A word before the name needs a space right before it: tested first, without the pattern.
    for (let k = 0; k < 3 && text.charCodeAt(start - 1) === 32; k++) {
      const m = /(?:^|\s)([\p{L}][\p{L}.’'-]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
      if (!m) break;
      const w = m[1]!;
      const wordStart = start - w.length - 1;
      if (taken(wordStart) || NOT_NAME_START.test(w) || /['’]s?$/u.test(w) || !/^\p{Lu}/u.test(w)) break;
      const acronym = /^\p{Lu}{2,5}$/u.test(w);
      if (!(acronym || isDemonym(w) || orgHead)) break;
      start = wordStart;
    }
  }
  return { start, end, type: outType };
}

/** A quotation's closing comma (or ! ?) and mark, then one capitalised word and a space. */
const WORD_AFTER_QUOTATION = /[,!?]["”’] (\p{Lu}\p{Ll}+) $/u;

/**
 * `“…,” Vishwash Kumar Ramesh, a British national, told …`: right after a quotation's
 * closing comma the speaker's name begins, so a capitalised word there that the tagger left
 * out of a name of two words or more is its given name — unless it is a title, a person
 * noun or a nationality ("Minister", "Coach", "Irish"). The characters to widen by, or 0.
 */
function givenNameLeftOut(
  text: string,
  start: number,
  oneWord: boolean,
  taken: (at: number) => boolean,
): number {
  if (oneWord || text.charCodeAt(start - 1) !== 32) return 0;
  const m = WORD_AFTER_QUOTATION.exec(text.slice(Math.max(0, start - 24), start));
  if (!m) return 0;
  const word = m[1]!;
  const lower = word.toLowerCase();
  if (TITLE_WORDS.has(lower) || isPersonNoun(lower) || isDemonym(word) || taken(start - word.length - 1))
    return 0;
  return word.length + 1;
}

/**
 * A name without a regnal title opening it ("Pope Leo" → "Leo"): what
 * `name.replace(/^\S+\s+(?=\S)/u, (t) => (REGNAL.test(t.trim()) ? '' : t))` gives, with
 * no callback.
 */
export function withoutRegnalTitle(name: string): string {
  // The first word and the spaces after it, read by code (every referent's name is read).
  let wordEnd = 0;
  while (wordEnd < name.length && !isSpaceCode(name, wordEnd)) wordEnd++;
  let rest = wordEnd;
  while (rest < name.length && isSpaceCode(name, rest)) rest++;
  // A word, spaces, and a word after them; then only a regnal title is dropped.
  if (wordEnd === 0 || rest === wordEnd || rest === name.length) return name;
  return REGNAL.test(name.slice(0, wordEnd)) ? name.slice(rest) : name;
}
