/**
 * A person's grammatical gender, for pronoun resolution. Three sources, strongest
 * first: the knowledge base (through {@link PersonFacts}, wired to the KB port when the
 * link stage lands), a first-name lexicon (resources/lexicons/first-names.tsv), and
 * local evidence in the article (an honorific, or the pronouns that follow the name).
 */
import { readFileSync } from 'node:fs';
import { defineResource } from '../../core/resources.js';
import { GENDERED_HONORIFICS, GENDERED_PRONOUNS, type Gender } from './lexicon.js';

/** What the knowledge base knows about a linked person; null where it does not know. */
export interface PersonFacts {
  gender(kbId: string): 'male' | 'female' | null;
  /** Lower-case role words of the person's roles ("minister", "defence", "nato"). */
  roles(kbId: string): readonly string[];
  /**
   * What the knowledge base says a person is, as lower-case words a description may use:
   * `now` from roles held and the description's present-tense parts ("managing", "imf",
   * "head", "bulgarian", "midfielder"), `past` from ended roles and "former …" parts
   * ("chancellor", "exchequer" for a former chancellor). Optional: a test's facts may omit it.
   */
  profile?(kbId: string): PersonProfile;
  /**
   * The demonym of the country called `name` ("Russia" → "Russian"), or null when `name`
   * names no country the KB knows. Optional: a test's facts may omit it.
   */
  demonym?(name: string): string | null;
}

/** A person's description words from the knowledge base: see {@link PersonFacts.profile}. */
export interface PersonProfile {
  readonly now: ReadonlySet<string>;
  readonly past: ReadonlySet<string>;
  /** The words of `now` that come from roles held and the country, not the free description. */
  readonly offices: ReadonlySet<string>;
}

/** No knowledge base: every question gets "unknown". */
export const NO_PERSON_FACTS: PersonFacts = { gender: () => null, roles: () => [] };

/**
 * The knowledge-base facts the quotes stage reads. Until the KB port is merged this is
 * {@link NO_PERSON_FACTS}; the link stage (or a test) `provide`s a real one.
 */
export const PERSON_FACTS = defineResource<PersonFacts>('quotes/person-facts', () => NO_PERSON_FACTS);

/** The only place the stage asks the KB for a gender. */
export function kbGender(facts: PersonFacts, kbId: string | null): 'male' | 'female' | null {
  return kbId ? facts.gender(kbId) : null;
}

/** Lower-case first name → gender, from the shipped lexicon. */
export type FirstNames = ReadonlyMap<string, 'male' | 'female'>;

export function parseFirstNames(tsv: string): FirstNames {
  const map = new Map<string, 'male' | 'female'>();
  for (const line of tsv.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [name, gender] = line.split('\t');
    if (name && (gender === 'male' || gender === 'female')) map.set(name.trim(), gender);
  }
  return map;
}

/** Package root from this module (src/stages/08-quotes or dist/stages/08-quotes). */
export const PACKAGE_ROOT = new URL('../../../', import.meta.url);

export const FIRST_NAMES = defineResource<FirstNames>('quotes/first-names', () =>
  parseFirstNames(readFileSync(new URL('resources/lexicons/first-names.tsv', PACKAGE_ROOT), 'utf8')),
);

/** Gender from the first word of a name (hyphenated first names use their first part). */
export function firstNameGender(names: FirstNames, fullName: string): 'male' | 'female' | null {
  const first = fullName.trim().split(/\s+/)[0]?.toLowerCase().replace(/\.$/, '') ?? '';
  return names.get(first) ?? names.get(first.split('-')[0] ?? '') ?? null;
}

/** Gender implied by an honorific written just before a name ("Mrs. Berg", "Sir Keir"). */
export function honorificGender(before: string): 'male' | 'female' | null {
  const word = /([A-Za-z]+\.?)\s*$/.exec(before)?.[1]?.toLowerCase();
  return word && Object.hasOwn(GENDERED_HONORIFICS, word) ? GENDERED_HONORIFICS[word]! : null;
}

/**
 * Gender implied by a kinship noun written just before a name, as its title ("Khan's
 * sister Aleema Khan", "her husband Tom Hale", "the widow Ruth Ames"), or in apposition
 * before it ("Han's father, the novelist Han Seung-won,", "her father, Karl Weber,"): the
 * pronouns after such a name are often the relative's ("… his daughter … “…?” she said").
 */
export function kinshipGender(before: string): 'male' | 'female' | null {
  const word = KINSHIP_BEFORE.exec(before)?.[1];
  return word && Object.hasOwn(KINSHIP_GENDER, word) ? KINSHIP_GENDER[word]! : null;
}

/** The last word before a name, or the noun an apposition before the name opens with. */
const KINSHIP_BEFORE = /([a-z]+)(?:,(?:\s+the\s+[a-z-]+)?)?\s+$/;

const KINSHIP_GENDER: Readonly<Record<string, 'male' | 'female'>> = {
  sister: 'female',
  mother: 'female',
  wife: 'female',
  daughter: 'female',
  widow: 'female',
  aunt: 'female',
  niece: 'female',
  grandmother: 'female',
  granddaughter: 'female',
  brother: 'male',
  father: 'male',
  husband: 'male',
  son: 'male',
  widower: 'male',
  uncle: 'male',
  nephew: 'male',
  grandfather: 'male',
  grandson: 'male',
};

const PRONOUN_RE = /\b(he|him|his|himself|she|her|hers|herself)\b/gi;
/** A quotation in double marks (closed): the pronouns in it are the speaker's words about others. */
const QUOTED_RE = /“[^“”]*”|"[^"]*"/g;

/**
 * Votes from the pronouns in the stretch after a mention (up to the next name, which
 * `windowEnd` marks), outside quotations: "Berg said her ministry…" votes female.
 */
export function pronounVotes(
  text: string,
  from: number,
  windowEnd: number,
): { male: number; female: number } {
  const votes = { male: 0, female: 0 };
  // "Aziz's sister said her brother was defiant. “He told me …,” she said": the pronouns
  // inside a quotation are about others, not the mention's.
  let slice = text.slice(from, windowEnd);
  if (slice.includes('“') || slice.includes('"')) slice = slice.replace(QUOTED_RE, ' ');
  // exec on the pattern itself (matchAll would copy it on every call); a failed exec
  // leaves lastIndex at 0 for the next call.
  PRONOUN_RE.lastIndex = 0;
  for (let m = PRONOUN_RE.exec(slice); m !== null; m = PRONOUN_RE.exec(slice)) {
    const g = GENDERED_PRONOUNS[m[1]!.toLowerCase() as keyof typeof GENDERED_PRONOUNS];
    if (g) votes[g]++;
  }
  return votes;
}

/** Decides a gender from the three sources, strongest first. */
export function decideGender(
  kb: 'male' | 'female' | null,
  honorific: 'male' | 'female' | null,
  lexicon: 'male' | 'female' | null,
  votes: { male: number; female: number },
): Gender {
  if (kb) return kb;
  if (honorific) return honorific;
  if (lexicon) return lexicon;
  if (votes.male > votes.female) return 'male';
  if (votes.female > votes.male) return 'female';
  return 'unknown';
}
