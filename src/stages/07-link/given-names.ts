/**
 * "Errol Musk", "Madison Huang", "Ruhollah Khomeini": a full name whose given name is another
 * given name altogether, not a slip of the famous bearer's, is a relative or a namesake. The
 * sound-alike score forgives vowels and doubled letters, so "Errol" scores close to "Elon";
 * counting letter slips tells a mangled given name ("Jo", "Scot", "Mohammed") from
 * another one — a consonant for its stand-in (v for w, g for j) half a slip, so the same
 * name in another language's spelling ("Enver" for Anwar) is no other name.
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { NameHit } from '../../ports/knowledge-base.js';
import { sameGivenName } from './given-name-equivalents.js';
import { familyNameFirst } from './name-order.js';
import { letterSlips, letters, soundSlips } from './similarity.js';

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
  if (siblingGivenName(surface, entity)) return true;
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
  const forms = [entity.name, ...entity.names.filter(isNameOrAlias).map((n) => n.text)];
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

/** The letters of each syllable of a name written family name first ("Kim Jong-nam" → kim, jong, nam). */
function syllablesOf(name: string): string[] {
  return name
    .split(/[\s-]+/)
    .map(letters)
    .filter((l) => l.length > 0);
}

/** A syllable's consonants: vowels are what romanisations spell differently ("Jong"/"Jung", "Un"/"Eun"). */
function consonantsOf(syllable: string): string {
  return syllable.replace(/[aeiouy]/g, '');
}

/**
 * "Kim Jong-nam" for Kim Jong Un, "Lee Jae-yong" for Lee Jae-myung: under the same family
 * name written first, a given name of as many syllables that keeps one of them and changes the
 * consonants of another (two letters or more) is a sibling's (Korean siblings share a generation
 * syllable), not a spelling of the person's: romanisations differ in vowels ("Jong-eun", "Jung
 * Un") or a letter ("Ching-teh"), not there.
 * True only when every name form of the entity written that way says so.
 */
function siblingGivenName(surface: string, entity: KbEntity): boolean {
  const family = familyNameFirst(entity);
  if (family === null) return false;
  const own = syllablesOf(surface);
  if (own[0] !== letters(family) || own.length < 3) return false;
  let compared = false;
  for (const form of [entity.name, ...entity.names.filter((n) => n.kind === 'alias').map((n) => n.text)]) {
    const kb = syllablesOf(form);
    if (kb[0] !== own[0] || kb.length !== own.length) continue;
    compared = true;
    let kept = 0;
    let changed = 0;
    for (let i = 1; i < kb.length; i++) {
      if (kb[i] === own[i]) kept++;
      // ("Ching-teh" for Ching-te: one letter is a spelling, not another syllable.)
      else if (consonantsOf(kb[i]!) !== consonantsOf(own[i]!) && letterSlips(kb[i]!, own[i]!, 2) >= 2)
        changed++;
    }
    if (kept === 0 || changed === 0) return false;
  }
  return compared;
}

/**
 * First words of place and body names built on a person's surname ("Fort Trump", "Camp
 * David", "Team Biden", "Lake Kennedy"): such a name is no relative of the person.
 */
const PLACE_OR_BODY_FIRST =
  /^(?:fort|camp|lake|mount|mt|port|cape|bay|glen|saint|st|san|santa|new|north|south|east|west|upper|lower|greater|little|grand|old|team|club|house|villa|park|hotel|air|radio|the)$/i;

/**
 * "Relatives of Farouk al-Sharaa, the former Syrian vice president": a name the tagger typed
 * as a place or body that bears a KB person's surname letter for letter under another given
 * name is that person's relative or namesake — a person, whom the surname alone later in the
 * article follows. The KB person (for the evidence), or null.
 */
export function relativeBySurname(
  surface: string,
  lookup: (name: string) => readonly NameHit[],
): KbEntity | null {
  const words = surface.trim().split(/\s+/);
  if (words.length < 2 || PLACE_OR_BODY_FIRST.test(words[0]!)) return null;
  const bearers = lookup(surnameWord(surface)).filter(
    (h) => h.kind === 'surname' && h.entity.type === 'person',
  );
  return bearers.find((h) => hasOtherGivenName(surface, h.entity, false))?.entity ?? null;
}
