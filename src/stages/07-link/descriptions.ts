/**
 * Definite descriptions that stand for a person: "the founder of Wind Shift Capital",
 * "Wind Shift Capital's chief executive". News often introduces someone this way and
 * names them later (a delayed-identification lede), or puts the description next to the
 * name (an apposition). The linker joins a description to a person only on such
 * evidence (see `DocumentLinker.joinDescriptions`); here they are only found.
 */

/** Role nouns a description is built on, with the form two spellings share ("ceo" → "chief executive"). */
const ROLE_NOUNS: Readonly<Record<string, string>> = {
  founder: 'founder',
  'co-founder': 'co-founder',
  cofounder: 'co-founder',
  'chief executive': 'chief executive',
  'chief executive officer': 'chief executive',
  ceo: 'chief executive',
  chairman: 'chair',
  chairwoman: 'chair',
  chair: 'chair',
  chairperson: 'chair',
  president: 'president',
  head: 'head',
  director: 'director',
  'managing director': 'managing director',
  'managing partner': 'managing partner',
  'general manager': 'general manager',
  owner: 'owner',
  boss: 'head',
  'chief economist': 'chief economist',
  'chief investment officer': 'chief investment officer',
};

const ROLE = [
  ...Object.keys(ROLE_NOUNS)
    .sort((a, b) => b.length - a.length)
    .map((r) => r.replace('-', '[- ]?')),
  'CEO',
].join('|');

/** An organisation's name as copy writes it: capitalised words, with "of", "and", "for", "&" inside. */
const ORG = String.raw`(?:the\s+)?\p{Lu}[\p{L}\p{M}&-]*(?:\s+(?:(?:of|and|for|de|&)\s+)?\p{Lu}[\p{L}\p{M}&-]*)*`;

/** "the founder of Wind Shift Capital", "its chief executive at Nordhavn Foods". */
const ROLE_OF_ORG = new RegExp(
  String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(${ROLE})\s+(?:of|at)\s+(${ORG})`,
  'gu',
);

/** "Wind Shift Capital's founder". */
const ORG_S_ROLE = new RegExp(String.raw`(?<![\p{L}])(${ORG})['’]s?\s+(${ROLE})\b`, 'gu');

export interface Description {
  readonly start: number;
  readonly end: number;
  /** Normalised role noun ("chief executive"). */
  readonly role: string;
  /** The organisation as written, without a leading "the". */
  readonly org: string;
  /** `role|org`, lower case: two descriptions with the same key describe the same person. */
  readonly key: string;
}

function description(start: number, end: number, role: string, org: string): Description {
  const normalizedRole =
    ROLE_NOUNS[
      role
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/^co ?founder$/, 'co-founder')
    ];
  const bareOrg = org.replace(/^the\s+/i, '').replace(/['’]s$/, '');
  const r = normalizedRole ?? role.toLowerCase();
  return { start, end, role: r, org: bareOrg, key: `${r}|${bareOrg.toLowerCase()}` };
}

/** Descriptions of a role at a named organisation, in text order. */
export function findDescriptions(text: string): Description[] {
  const out: Description[] = [];
  for (const m of text.matchAll(ROLE_OF_ORG))
    out.push(description(m.index, m.index + m[0].length, m[1]!, m[2]!));
  for (const m of text.matchAll(ORG_S_ROLE)) {
    if (out.some((d) => d.start < m.index + m[0].length && m.index < d.end)) continue;
    out.push(description(m.index, m.index + m[0].length, m[2]!, m[1]!));
  }
  return out.sort((a, b) => a.start - b.start);
}
