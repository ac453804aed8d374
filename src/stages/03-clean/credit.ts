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

interface CompiledAgency {
  readonly canonical: string;
  readonly pattern: RegExp;
}

const COMPILED: readonly CompiledAgency[] = AGENCIES.flatMap((agency) => {
  const out: CompiledAgency[] = [];
  if (agency.exact?.length) {
    out.push({ canonical: agency.canonical, pattern: new RegExp(`^(?:${agency.exact.join('|')})$`, 'u') });
  }
  if (agency.anyCase?.length) {
    out.push({ canonical: agency.canonical, pattern: new RegExp(`^(?:${agency.anyCase.join('|')})$`, 'iu') });
  }
  return out;
});

const FILLERS = new Set(CREDIT_FILLERS);

/** One to five capitalised name words; lower-case particles (`van`, `al-`) allowed inside. */
const NAME =
  /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:de|da|del|der|den|van|von|al|el|bin|ibn|le|la|di|du|dos|das|y)(?:-\p{Lu}[\p{L}'’-]*)?)){0,4}$/u;

const SEPARATOR = /\s*(?:\/|\||\bvia\b|\bfor\b|,|;|&|\band\b)\s*/u;

/** The canonical agency a credit part names, if any. */
export function agencyOf(part: string): string | null {
  for (const agency of COMPILED) if (agency.pattern.test(part)) return agency.canonical;
  return null;
}

export interface Credit {
  /** Canonical names of the agencies credited, in order, without repeats. */
  readonly agencies: readonly string[];
}

/** Parses `text` (one line or the tail of one) as a photo credit; null when it is not one. */
export function parseCredit(text: string): Credit | null {
  let s = text.replace(/\s+/gu, ' ').trim();
  if (s.length === 0 || s.length > 160) return null;
  if (/^[([].*[)\]]$/u.test(s)) s = s.slice(1, -1).trim();
  s = s.replace(/\.$/u, '').trim();
  let prefixed = false;
  const prefix = CREDIT_PREFIX.exec(s);
  if (prefix && prefix[0].length > 0 && prefix[0].length < s.length) {
    prefixed = true;
    s = s.slice(prefix[0].length);
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
    if (NAME.test(part)) continue;
    return null;
  }
  if (agencies.length === 0 && !prefixed) return null;
  return { agencies };
}

/** `Kevin Lamarque Reuters`: a name followed by an agency in one part. */
function trailingAgency(part: string): string | null {
  const words = part.split(' ');
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const agency = agencyOf(words.slice(-n).join(' '));
    if (agency && NAME.test(words.slice(0, -n).join(' '))) return agency;
  }
  return null;
}
