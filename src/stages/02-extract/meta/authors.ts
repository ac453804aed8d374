/**
 * Author names from the shapes pages give them in: `By Jane Doe and John Roe`,
 * `Jane Doe, John Roe`, `Von Max Mustermann`, `Jane Doe | Staff Writer`, a profile URL.
 * Returns clean display names, or nothing when the string is not a name.
 */

const PREFIX = /^\s*(by|von|par|por|door|di|av|text|written by|posted by|autor(in)?|author)\s*:?\s+/i;
const ROLE_SUFFIX =
  /\s*[|,–—-]\s*(staff|senior|chief|contributing|special|associate|political|business|foreign|editor|reporter|correspondent|writer|columnist|redakt|journalist)\b.*$/i;

export function splitAuthors(raw: string | null | undefined): string[] {
  if (!raw) return [];
  let s = raw.replace(/\s+/g, ' ').trim();
  if (s.length === 0 || s.length > 200) return [];
  if (/^https?:\/\//i.test(s)) return nameFromProfileUrl(s);
  s = s.replace(PREFIX, '');
  s = s.replace(/\s*\b(updated|published|aktualisiert|veröffentlicht|am|on)\b.*\d{4}.*$/i, '');
  s = s.replace(ROLE_SUFFIX, '');
  const parts = s
    .split(/\s*(?:,|;|&|\||\band\b|\bund\b|\bet\b|\by\b)\s*/i)
    .map((p) => p.replace(PREFIX, '').trim())
    .filter((p) => isPlausibleName(p));
  return dedupe(parts);
}

export function isPlausibleName(s: string): boolean {
  if (s.length < 2 || s.length > 60) return false;
  if (/[@<>{}[\]=]|https?:|www\.|\d{3,}/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 6) return false;
  // A name has at least one capitalised word (or is a known lower-case handle on blogs).
  return /\p{Lu}/u.test(s) || words.length === 1;
}

function nameFromProfileUrl(url: string): string[] {
  try {
    const parts = new URL(url).pathname.split('/').filter(Boolean);
    const last = parts[parts.length - 1];
    if (!last || !/^(author|authors|people|profile|autor|by|staff)$/i.test(parts[parts.length - 2] ?? ''))
      return [];
    const name = decodeURIComponent(last)
      .replace(/[-_+]+/g, ' ')
      .replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    return isPlausibleName(name) ? [name] : [];
  } catch {
    return [];
  }
}

export function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const key = n.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  return out;
}
