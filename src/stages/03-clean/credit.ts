/**
 * Recognises photo credits — `REUTERS/Evelyn Hockstein`, `Hristo Rusev | Getty Images
 * News | Getty Images`, `Sputnik/Gavriil Grigorov/Pool via REUTERS`, `Photo: AP`,
 * `(AP Photo/Evan Vucci)`, `Kevin Lamarque Reuters` — and names the agencies in them.
 *
 * A credit is a short chain of parts joined by `/`, `|`, `via`, `for` or commas, where
 * every part is an agency, a filler word (`Pool`, `File Photo`, `Handout`) or a
 * person's name (one to five capitalised words), and at least one part is an agency —
 * or the chain is introduced by `Photo:`, `Credit:`, `©` and the like.
 */
import { AGENCIES, CREDIT_FILLERS, CREDIT_PREFIX } from './lexicon.js';

/** Exact spellings (case-sensitive), then lower-cased spellings, to canonical names. */
const EXACT = new Map<string, string>();
const ANY_CASE = new Map<string, string>();
for (const agency of AGENCIES) {
  for (const name of agency.exact ?? []) EXACT.set(name, agency.canonical);
  for (const name of agency.anyCase ?? []) ANY_CASE.set(name.toLowerCase(), agency.canonical);
}

const FILLERS = new Set(CREDIT_FILLERS);

/**
 * A quick test that a stretch of text names an agency at all (a credit needs one when it
 * has no `Photo:` prefix), so long paragraphs are not parsed for credits in vain.
 */
export const CREDIT_HINT = new RegExp(
  `\\b(?:${[
    ...new Set(
      AGENCIES.flatMap((a) => [...(a.exact ?? []), ...(a.anyCase ?? [])])
        .map((name) => name.split(/[\s/-]/u)[0]!.toLowerCase())
        .filter((word) => /^[a-z]+$/u.test(word) && word !== 'the'),
    ),
  ].join('|')})\\b`,
  'i',
);

/** One to five capitalised name words; lower-case particles (`van`, `al-`) allowed inside. */
const NAME =
  /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:de|da|del|der|den|van|von|al|el|bin|ibn|le|la|di|du|dos|das|y)(?:-\p{Lu}[\p{L}'’-]*)?)){0,4}$/u;

/** Capitalised words that start sentences, not names: `From Bloomberg:` is no credit. */
const NOT_NAMES = new Set([
  'from',
  'in',
  'at',
  'with',
  'according',
  'and',
  'to',
  'of',
  'on',
  'for',
  'says',
  'said',
  'told',
  'per',
  'as',
  'watch',
  'read',
  'more',
  'see',
  'via',
]);

function isName(part: string): boolean {
  if (!NAME.test(part) || /['’]s\b/u.test(part)) return false;
  const space = part.indexOf(' ');
  return !NOT_NAMES.has((space < 0 ? part : part.slice(0, space)).toLowerCase());
}

const SEPARATOR = /\s*(?:\/|\||\bvia\b|\bfor\b|,|;|&|\band\b)\s*/u;

/** The canonical agency a credit part names, if any. */
export function agencyOf(part: string): string | null {
  return EXACT.get(part) ?? ANY_CASE.get(part.toLowerCase()) ?? null;
}

export interface Credit {
  /** Canonical names of the agencies credited, in order, without repeats. */
  readonly agencies: readonly string[];
  /** Introduced by `Photo:`, `Credit:`, `©` …: a credit even when it names no agency. */
  readonly prefixed: boolean;
}

/** Parses `text` (one line or the tail of one) as a photo credit; null when it is not one. */
export function parseCredit(text: string): Credit | null {
  if (text.length > 200) return null;
  let s = text
    .replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (s.length === 0 || s.length > 160) return null;
  const prefix = CREDIT_PREFIX.exec(s);
  if (!(prefix && prefix[0].length > 0) && !CREDIT_HINT.test(s)) return null;
  if (/^[([].*[)\]]$/u.test(s)) s = s.slice(1, -1).trim();
  // A licence in brackets says nothing about who took the picture: `(CC BY-NC-ND 2.0)`.
  s = s.replace(/\s*\((?:CC|Creative Commons)\b[^()]*\)/giu, '').replace(/[\s.…,;:]+$/u, '');
  let prefixed = false;
  const inner = CREDIT_PREFIX.exec(s);
  if (inner && inner[0].length > 0 && inner[0].length < s.length) {
    prefixed = true;
    s = s.slice(inner[0].length);
  }
  const parts = s.split(SEPARATOR).filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 6) return null;
  const agencies: string[] = [];
  for (const part of parts) {
    const agency = agencyOf(part);
    if (agency) {
      if (!agencies.includes(agency)) agencies.push(agency);
      continue;
    }
    if (FILLERS.has(part.toLowerCase())) continue;
    const trailing = trailingAgency(part);
    if (trailing) {
      if (!agencies.includes(trailing)) agencies.push(trailing);
      continue;
    }
    // A possessive (`Russia's`) belongs to a sentence, not to a photographer's name.
    if (isName(part)) continue;
    return null;
  }
  if (agencies.length === 0 && !prefixed) return null;
  return { agencies, prefixed };
}

/** `Kevin Lamarque Reuters`: a name followed by an agency in one part. */
function trailingAgency(part: string): string | null {
  const words = part.split(' ');
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const agency = agencyOf(words.slice(-n).join(' '));
    if (agency && isName(words.slice(0, -n).join(' '))) return agency;
  }
  return null;
}
