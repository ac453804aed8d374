/**
 * "Errol Musk", "Madison Huang", "Ruhollah Khomeini": a full name whose given name is another
 * given name altogether, not a slip of the famous bearer's, is a relative or a namesake. The
 * sound-alike score forgives vowels and doubled letters, so "Errol" scores close to "Elon";
 * counting letter slips tells a mangled given name ("Jo", "Scot", "Mohammed") from
 * another one — a consonant for its stand-in (v for w, g for j) half a slip, so the same
 * name in another language's spelling ("Enver" for Anwar) is no other name.
 */
import type { KbEntity } from '../../kb/model.js';
import { sameGivenName } from './given-name-equivalents.js';
import { letters, soundSlips } from './similarity.js';

const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** Titles the KB writes as part of names ("Ayatollah Khamenei"): no given names. */
// (Titles in their other transliterations too: "Shaikh Haseena", "Shaykh", "Ayatullah".)
const TITLE =
  /^(?:ayatollah|ayatullah|sayyid|sayed|sheikh|shaikh|shaykh|sheik|imam|pope|king|queen|prince|princess|sultan|emir|amir|dr\.?|sir)$/i;

/** The given-name words of a full name (all but the surname, a generational suffix and titles). */
function givenWords(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w.length > 0 && !TITLE.test(w));
  while (words.length > 0 && GENERATION.test(words[words.length - 1]!)) words.pop();
  return words.slice(0, -1);
}

/** The last word of a full name, a generational suffix aside. */
function surnameWord(name: string): string {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  while (words.length > 1 && GENERATION.test(words[words.length - 1]!)) words.pop();
  return words[words.length - 1] ?? '';
}

/**
 * True when the surface bears the entity's surname letter for letter (a relative shares it
 * exactly; a mangled name rarely keeps it whole while losing the given name) and its given
 * name is at least three letter slips, and at least half of its own letters, away from every given
 * name (and every given word) of the entity's names. Initials ("J. D.") are no given name to
 * compare: copy writes them out ("Jay Dee").
 */
export function hasOtherGivenName(surface: string, entity: KbEntity, fullRoleCue = true): boolean {
  const givenList = givenWords(surface);
  const given = letters(givenList.join(' '));
  if (given.length < 2) return false;
  const surname = letters(surnameWord(surface));
  const surnames = [
    surnameWord(entity.name),
    ...entity.names.filter((n) => n.kind === 'surname').map((n) => n.text),
  ].map(letters);
  const sameSurname = surnames.includes(surname);
  // A surname only like the bearer's counts too when no full role cue stands by the name and
  // the given name is long and mostly other ("Ayatollah Ruhollah Khomeini" is not Ali
  // Khamenei): short given names are mangled wholesale ("Beit" for Pete).
  if (!sameSurname && (fullRoleCue || given.length < 5)) return false;
  const share = sameSurname ? 0.5 : 0.6;
  const forms = [
    entity.name,
    ...entity.names.filter((n) => n.kind === 'name' || n.kind === 'alias').map((n) => n.text),
  ];
  let compared = false;
  for (const form of forms) {
    // Words of another script have no letters to compare: they are skipped.
    const words = givenWords(form).filter((w) => letters(w).length > 0);
    if (words.length === 0) continue;
    if (words.every((w) => letters(w).length <= 2)) return false;
    // "Rajab Tayeb" for Recep Tayyip, "Johnny" for Gianni: the same name in another language.
    if (givenList.some((w) => words.some((k) => sameGivenName(letters(w), letters(k))))) return false;
    for (const g of [words.join(' '), ...words]) {
      const kb = letters(g);
      compared = true;
      const max = Math.max(3, Math.ceil(given.length * share));
      if (soundSlips(given, kb, max) < max) return false;
    }
  }
  return compared;
}
