/**
 * Author names from the shapes pages give them in: `By Jane Doe and John Roe`,
 * `Jane Doe, John Roe`, `Von Max Mustermann`, `Jane Doe | Staff Writer`, a profile URL.
 * Returns clean display names, or nothing when the string is not a name.
 */

const PREFIX =
  /^\s*((view|see) all (posts|articles|stories) by|all posts by|posts by|more (articles|stories) by|post author( by)?|written by|posted by|published by|zeige alle beiträge von|alle beiträge von|alle artikel von|veröffentlicht von|geschrieben von|verfasst von|ein beitrag von|publié par|écrit par|escrito por|autor(in)?|author|by|von|vom|par|por|door|di|av|text)(\s*:\s*|\s+|(?=\p{Lu}))/iu;
/** Strings that sit where names go but are not names (theme credits, placeholders, labels). */
const NOT_A_NAME =
  /^(admin|administrator|wordpressadmin|webmaster|redaktion|editor|no author|unknown|anonymous|gast|guest|gesponserte inhalte|sponsored( content)?|theme\b.*|.*\btheme(grill)?\b.*|humans\.txt|.*\.(txt|html?|php)|(published|posted|updated|veröffentlicht|publiziert|aktualisiert)( am| on)?)$/i;
const MONTH_WORD =
  /\b(jan(uary|uar)?|feb(ruary|ruar)?|mar(ch)?|märz|apr(il)?|may|mai|june?|juni|july?|juli|aug(ust)?|sep(t(ember)?)?|oct(ober)?|okt(ober)?|nov(ember)?|dec(ember)?|dez(ember)?)\b\.?\s*\d{1,2}\b.*$/i;
const ROLE_SUFFIX =
  /\s*[|,–—-]\s*(staff|senior|chief|contributing|special|associate|political|business|foreign|editor|reporter|correspondent|writer|columnist|redakt|journalist)\b.*$/i;

export function splitAuthors(raw: string | null | undefined): string[] {
  if (!raw) return [];
  let s = raw.replace(/\s+/g, ' ').trim();
  if (s.length === 0 || s.length > 200) return [];
  if (/^https?:\/\//i.test(s)) return nameFromProfileUrl(s);
  s = s.replace(PREFIX, '').replace(PREFIX, '');
  s = s.replace(/\s*\b(updated|published|aktualisiert|veröffentlicht|am|on)\b.*\d{4}.*$/i, '');
  s = s.replace(/\s*[-–—|,]?\s*\d{1,2}[./]\d{1,2}([./]\d{2,4})?.*$/, '');
  s = s.replace(MONTH_WORD, '').trim();
  s = s.replace(ROLE_SUFFIX, '').replace(/\s*[→»›|–—-]+$/, '');
  const parts = s
    .split(/\s*(?:,|;|&|\||\band\b|\bund\b|\bet\b|\by\b)\s*/i)
    .map((p) => p.replace(PREFIX, '').trim())
    .filter((p) => isPlausibleName(p));
  return dedupe(parts);
}

/** True when a line opens like a byline ("By …", "von …", "Author: …"). */
export function hasBylinePrefix(line: string): boolean {
  return PREFIX.test(line);
}

export function isPlausibleName(s: string): boolean {
  if (s.length < 2 || s.length > 60) return false;
  if (NOT_A_NAME.test(s.trim())) return false;
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
