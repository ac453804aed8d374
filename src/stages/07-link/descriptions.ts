/**
 * Definite descriptions that stand for a person: "the founder of Wind Shift Capital",
 * "Wind Shift Capital's chief executive". News often introduces someone this way and
 * names them later (a delayed-identification lede), or puts the description next to the
 * name (an apposition). The linker joins a description to a person only on such
 * evidence (see `joinDescriptions`, link-events.ts); here they are only found.
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

/** Role nouns anywhere: the cheap first scan; the rest is read around each hit only. */
const ROLE_WORD = new RegExp(String.raw`\b(?:${ROLE})\b`, 'gu');

/** Before a role noun: "the " / "its " / "their " (for "the ROLE of ORG"). */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])([Tt]he|[Ii]ts|[Tt]heir)\s+$/u;

/** After a role noun: " of ORG" / " at ORG". */
const OF_ORG_AFTER = new RegExp(String.raw`^\s+(?:of|at)\s+(${ORG})`, 'u');

/** Before a role noun: "ORG's " / "ORG' " (for "ORG's ROLE"). */
const ORG_S_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${ORG})['’]s?\s+$`, 'u');

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

/**
 * A quick test before ORG_S_BEFORE: the text before `at` must end with an apostrophe, an
 * optional "s" and whitespace. False means no match; beyond ASCII the expression decides.
 */
function possessiveBefore(text: string, at: number): boolean {
  let i = at - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    if (!(c === 32 || (c >= 9 && c <= 13))) break;
  }
  if (i === at - 1 || i < 0) return false;
  if (text.charCodeAt(i) === 115) i--; // "s"
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 39 || c === 0x2019;
}

/** Descriptions of a role at a named organisation, in text order. */
export function findDescriptions(text: string): Description[] {
  const out: Description[] = [];
  for (const m of text.matchAll(ROLE_WORD)) {
    const roleStart = m.index;
    const roleEnd = roleStart + m[0].length;
    const before = text.slice(Math.max(0, roleStart - 80), roleStart);
    const det = DETERMINER_BEFORE.exec(before);
    const ofOrg = det ? OF_ORG_AFTER.exec(text.slice(roleEnd, roleEnd + 100)) : null;
    const offset = roleStart - before.length;
    if (det && ofOrg) {
      const start = offset + det.index + det[0].indexOf(det[1]!);
      out.push(description(start, roleEnd + ofOrg[0].length, m[0], ofOrg[1]!));
      continue;
    }
    const orgS = possessiveBefore(text, roleStart) ? ORG_S_BEFORE.exec(before) : null;
    if (orgS) out.push(description(offset + orgS.index + orgS[0].indexOf(orgS[1]!), roleEnd, m[0], orgS[1]!));
  }
  return out;
}
