/**
 * Lone names after the full form: which words of a person's full form a later one-word
 * mention of the same article may stand for (besides the surname), and the multi-word
 * tail of a full form ("Okonjo Iwela" after "Ngozi Okonjo Iwela").
 */
import type { Span } from '../../core/span.js';
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { familyNameFirst } from './name-order.js';

/**
 * Countries whose people news copy calls by the given name on second mention: Ethiopian and
 * Eritrean names are given name + father's name ("Abiy Ahmed" → "Abiy"), Somali ones too;
 * Indonesians often have no family name ("Prabowo"); Thai copy uses the given name
 * ("Anutin"); Malay names are given name + father's name ("Anwar"); Icelandic patronymics.
 */
const GIVEN_NAME_COUNTRIES: ReadonlySet<string> = new Set(['ET', 'ER', 'SO', 'ID', 'TH', 'MY', 'IS']);

/**
 * True when the KB person's usual short form is the first word of their full form: the
 * given name where that is how they are called, or the family name written first ("Xi").
 */
export function calledByFirstWord(entity: KbEntity): boolean {
  return (
    (entity.country !== null && GIVEN_NAME_COUNTRIES.has(entity.country)) || familyNameFirst(entity) !== null
  );
}

/**
 * People of the countries whose copy calls them by the given name (GIVEN_NAME_COUNTRIES), by
 * their normalised first word: "paetongtarn" → Paetongtarn Shinawatra. Built once per KB.
 */
export function givenNameBearers(kb: KnowledgeBase, word: string): readonly KbEntity[] {
  return bearersByKb.of(kb).get(normalizeName(word)) ?? [];
}

const bearersByKb = new PerKnowledgeBase((kb) => {
  const index = new Map<string, KbEntity[]>();
  for (const e of kb.entities()) {
    if (e.type !== 'person' || e.country === null || !GIVEN_NAME_COUNTRIES.has(e.country)) continue;
    const given = leadingGivenName(e.name);
    if (!given) continue;
    const key = normalizeName(given);
    const list = index.get(key);
    if (list) list.push(e);
    else index.set(key, [e]);
  }
  return index;
});

/** Title and honorific words a tagger leaves at the front of a name: never a given name. */
const NOT_A_GIVEN_NAME =
  /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|professor|president|premier|minister|chancellor|secretary|senator|governor|general|mayor|judge|justice|king|queen|prince|princess|pope|sheikh|emir|sultan|chief|director|ceo|chairman|chair|spokesman|spokeswoman|spokesperson|deputy|vice|former|the)$/i;

/** The first word of a multi-word surface when it may be a given name, else null. */
export function leadingGivenName(surface: string): string | null {
  const words = surface.trim().split(/\s+/);
  if (words.length < 2) return null;
  const first = words[0]!.replace(/[.,]$/, '');
  if (first.length < 2 || NOT_A_GIVEN_NAME.test(first) || !/^\p{Lu}/u.test(first)) return null;
  return first;
}

/**
 * True when `norm` (a normalised mention of two or more words) is the full form's words
 * after its first: "okonjo iwela" of "ngozi okonjo iwela", "ould tah" of "sidi ould tah".
 */
export function isFullFormTail(norm: string, fullNorm: string): boolean {
  return norm.includes(' ') && fullNorm.length > norm.length && fullNorm.endsWith(` ${norm}`);
}

/**
 * "Tusk and horn seizures rose …", "… carved from the tusk. Tusk ivory is banned": a one-word
 * name that its own sentence uses as a common noun — written in lower case there too, or
 * first in the sentence and joined by "and"/"or" to a lower-case noun ("Tusk and horn") — is
 * the noun, not the surname of a famous bearer. `sentence`: the mention's sentence span.
 */
export function commonNounInSentence(text: string, sentence: Span, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const lower = word.toLowerCase();
  if (lower === word) return false;
  const own = text.slice(sentence.start, sentence.end);
  for (let at = own.indexOf(lower); at >= 0; at = own.indexOf(lower, at + 1)) {
    const before = own[at - 1] ?? ' ';
    const after = own[at + lower.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  if (!/^[\s"“‘'(]*$/.test(text.slice(sentence.start, start))) return false;
  const m = COORDINATED_NOUN.exec(text.slice(end, end + 40));
  return m !== null && !NOT_A_NOUN.test(m[1]!) && !m[1]!.endsWith('ed');
}

/** " and horn seizures": "and"/"or", then two lower-case words (a noun phrase, not "and said"). */
const COORDINATED_NOUN = /^\s+(?:and|or|&)\s+(\p{Ll}[\p{Ll}-]*)\s+\p{Ll}/u;

/** Words after "and" that begin no common noun phrase of their own ("and his allies", "and other leaders"). */
const NOT_A_NOUN =
  /^(?:his|her|their|its|the|a|an|other|others|several|many|some|all|both|two|three|four|five|said|says|told|was|is|has|had|will|would|then|also|not)$/;

/**
 * Words that follow a noun phrase, not a noun a surname would qualify: a verb of its clause
 * ("the West was"), a conjunction or a preposition ("the West and its allies", "the West of
 * Europe"). A surname after "the" stands before a noun ("the Trump administration", a spun
 * "the Merz cupboard"), so only these words, punctuation or the end make the name a noun.
 */
const AFTER_NOUN_PHRASE = new Set(
  'was is were are has had have will would can could should must may might did does do and or but nor to of in on at for with by from as than that which who whose whom'.split(
    ' ',
  ),
);

/**
 * "the West was playing with fire", "the Crown", "the Left": a one-word name the article writes
 * after "the" anywhere, ending its noun phrase (punctuation, a verb of the clause, a conjunction
 * or a preposition after it: not "the Trump administration"), is a common noun of politics or a
 * thing, not the surname of a famous bearer (Kanye West) — also where it stands alone ("Lavrov:
 * West …" in a headline).
 */
export function definiteNounInText(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[at + word.length] ?? ' ')) continue;
    if (!THE_BEFORE.test(text.slice(Math.max(0, at - 5), at))) continue;
    const after = text.slice(at + word.length, at + word.length + 30);
    // "the Trump-Putin summit", "the Macron-led coalition": a compound of names.
    if (after.startsWith('-')) continue;
    const next = /^\s+(\p{L}+)/u.exec(after)?.[1];
    if (next === undefined || AFTER_NOUN_PHRASE.has(next)) return true;
  }
  return false;
}

/** "the " or "The " right before a name. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
