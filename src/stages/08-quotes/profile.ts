/**
 * A person's knowledge-base profile as the words a news description of them may use.
 * Reporters name someone once and then describe them: "IMF chief", "the Bulgarian
 * economist", "the Russian leader", "the former chancellor", "the Spaniard", "the India
 * captain". Those words come from the person's roles (the office, its organisation and
 * that organisation's short names, "head"/"chief" for whoever leads it), their country
 * (its demonym and nationality noun) and their KB description ("Arsenal midfielder",
 * "Hungarian novelist"). Roles that ended and the "former …" parts of the description
 * are kept apart, for "the former X".
 */
import type { PersonProfile } from './gender.js';

/** One role of the person, as the KB gives it, with its organisation's other names. */
export interface ProfileRole {
  readonly role: string;
  /** The organisation's canonical name, or a country's name for a national office. */
  readonly org: string;
  /** Short names and aliases of the organisation ("IMF", "UN"), and a country's demonyms. */
  readonly orgNames: readonly string[];
  /** True when the role has an end date. */
  readonly ended: boolean;
}

/** What {@link buildProfile} reads: a KB person's description, roles and country demonyms. */
export interface ProfileInput {
  readonly description: string | null;
  readonly roles: readonly ProfileRole[];
  /** Adjectives of the person's country ("Spanish", "Bulgarian"). */
  readonly demonyms: readonly string[];
}

/** Offices that lead their organisation or country: the "head", "chief" or "leader" of it. */
const LEADING_ROLE =
  /\b(?:president|prime minister|premier|chancellor|managing director|director[- ]general|secretary[- ]general|chief executive|ceo|chair|chairman|chairwoman|chairperson|leader|head|king|queen|emir|governor|mayor|supreme leader)\b/iu;

/** Offices that lead a portfolio: "the bloc's tech chief", "the EU's foreign policy chief". */
const PORTFOLIO_ROLE = /\b(?:commissioner|minister|secretary|high representative|director)\b/iu;

/** Those who run a team: "the City boss". */
const TEAM_LEAD_ROLE = /\b(?:manager|head coach|coach)\b/iu;

/**
 * What a reporter calls an office beyond its KB title: the EU's High Representative is its
 * "foreign policy chief", a foreign minister or secretary of state the "top diplomat".
 */
const OFFICE_ALSO: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\bhigh representative\b/iu, ['foreign', 'policy', 'diplomat', 'top']],
  [
    /\b(?:foreign (?:minister|secretary)|minister of foreign affairs|secretary of state)\b/iu,
    ['foreign', 'diplomat', 'top'],
  ],
  [
    /\b(?:finance minister|minister of finance|treasury secretary|secretary of the treasury)\b/iu,
    ['finance', 'treasury'],
  ],
];

/** Organisations a reporter calls "the bloc". */
const BLOC = /\b(?:european union|european commission|european council|european parliament)\b/iu;

/** Organisations a reporter calls "the alliance". */
const ALLIANCE = /\b(?:nato|north atlantic treaty organi[sz]ation)\b/iu;

/** Nationality nouns of adjectives that are not nouns themselves ("the Spaniard"). */
const NATIONALITY_NOUN: Readonly<Record<string, readonly string[]>> = {
  spanish: ['spaniard'],
  danish: ['dane'],
  british: ['briton', 'brit'],
  swedish: ['swede'],
  finnish: ['finn'],
  polish: ['pole'],
  turkish: ['turk'],
  scottish: ['scot'],
  dutch: ['dutchman', 'dutchwoman'],
  french: ['frenchman', 'frenchwoman'],
  english: ['englishman', 'englishwoman'],
  irish: ['irishman', 'irishwoman'],
  welsh: ['welshman', 'welshwoman'],
};

/** Occupations a reporter names by a wider word: a novelist is "the author". */
const WIDER_NOUNS: Readonly<Record<string, readonly string[]>> = {
  novelist: ['author', 'writer'],
  poet: ['author', 'writer'],
  playwright: ['author', 'writer', 'dramatist'],
  writer: ['author'],
  footballer: ['player'],
  cricketer: ['player'],
  cyclist: ['rider'],
  manager: ['boss'],
  coach: ['boss'],
};

function wordsOf(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

function addWords(into: Set<string>, words: readonly string[]): void {
  for (const w of words) {
    into.add(w);
    for (const n of NATIONALITY_NOUN[w] ?? []) into.add(n);
    for (const n of WIDER_NOUNS[w] ?? []) into.add(n);
    // "captained India" describes an India captain.
    if (w.length > 6 && w.endsWith('ed')) into.add(w.slice(0, -2));
  }
}

/** A year range that closed ("2022–2024") marks a part of the description as past. */
const CLOSED_RANGE = /\b\d{4}\s*[–-]\s*\d{4}\b/u;

/** Builds the profile of one person (once per person: the caller keeps it). */
export function buildProfile(input: ProfileInput): PersonProfile {
  const now = new Set<string>();
  const past = new Set<string>();
  for (const r of input.roles) {
    const into = r.ended ? past : now;
    const words = [...wordsOf(r.role), ...wordsOf(r.org), ...r.orgNames.flatMap(wordsOf)];
    if (LEADING_ROLE.test(r.role)) words.push('head', 'chief', 'leader');
    else if (PORTFOLIO_ROLE.test(r.role)) words.push('chief', 'head');
    // A football manager is "the coach" in most of the world's copy, and a head coach the
    // "manager": one who runs a team answers to all three.
    if (TEAM_LEAD_ROLE.test(r.role)) words.push('boss', 'coach', 'manager');
    for (const [office, also] of OFFICE_ALSO) if (office.test(r.role)) words.push(...also);
    if (BLOC.test(r.org)) words.push('bloc');
    if (ALLIANCE.test(r.org)) words.push('alliance');
    addWords(into, words);
  }
  addWords(now, input.demonyms.flatMap(wordsOf));
  // The description may name others ("head of Russia's delegation at talks with Ukraine"):
  // only roles and country say what a person named later must be.
  const offices = new Set(now);
  // "Prime Minister of Canada since 2025; former governor of the Bank of Canada": each
  // part is present or past; in a part, the words after "former" are past.
  for (const part of (input.description ?? '').split(/;|,\s+(?=former\b)/u)) {
    const former = /\bformer\b/iu.exec(part);
    if (former) {
      addWords(now, wordsOf(part.slice(0, former.index)));
      addWords(past, wordsOf(part.slice(former.index + former[0].length)));
    } else addWords(CLOSED_RANGE.test(part) ? past : now, wordsOf(part));
  }
  return { now, past, offices };
}

/** Does a profile word set hold description word `w` ("banker" for "bank": an agent noun)? */
export function profileHas(words: ReadonlySet<string>, w: string): boolean {
  if (words.has(w) || (w.length > 5 && w.endsWith('er') && words.has(w.slice(0, -2)))) return true;
  // "secretary-general", "vice-president": every part.
  return w.includes('-') && w.split('-').every((p) => p.length < 2 || words.has(p));
}

/** An empty profile: a person the knowledge base does not know. */
export const NO_PROFILE: PersonProfile = { now: new Set(), past: new Set(), offices: new Set() };
