/**
 * Date reading for metadata: machine dates (ISO 8601, RFC 2822, compact `20191119`),
 * dates in URLs (`/2019/11/19/`), and dates as people write them on pages, in English,
 * German and French (`November 19, 2019`, `19. November 2019`, `19.11.2019`). Results are
 * ISO 8601 strings at the precision given: a date as written keeps its local calendar day
 * (no time-zone shift), and a full timestamp keeps its offset.
 */

const MONTHS: Readonly<Record<string, number>> = (() => {
  const table: Record<string, number> = {};
  const names = [
    ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero'],
    ['february', 'feb', 'februar', 'feber', 'février', 'févr', 'fevrier', 'febrero'],
    ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo'],
    ['april', 'apr', 'avril', 'avr', 'abril'],
    ['may', 'mai', 'mayo'],
    ['june', 'jun', 'juni', 'juin', 'junio'],
    ['july', 'jul', 'juli', 'juillet', 'juil', 'julio'],
    ['august', 'aug', 'août', 'aout', 'agosto'],
    ['september', 'sep', 'sept', 'septembre', 'septiembre'],
    ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre'],
    ['november', 'nov', 'novembre', 'noviembre'],
    ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'diciembre'],
  ];
  names.forEach((list, i) => {
    for (const n of list) table[n] = i + 1;
  });
  return table;
})();

const MONTH_WORD = String.raw`([a-zäéû]{3,10})\.?`;

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function ymd(y: number, m: number, d: number): string | null {
  return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * Normalises a machine-readable date (as found in JSON-LD, meta tags and `datetime`
 * attributes) to ISO 8601; null when it is not a plausible date.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  if (s.length === 0 || s.length > 64) return null;
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(
      s,
    );
  if (iso) {
    const date = ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!date) return null;
    if (iso[4] === undefined) return date;
    const zone = iso[7]
      ? iso[7].toUpperCase() === 'Z'
        ? 'Z'
        : iso[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
      : '';
    return `${date}T${pad(Number(iso[4]))}:${iso[5]}:${iso[6] ?? '00'}${zone}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/.exec(s);
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  if (/^\d{10}(\d{3})?$/.test(s)) {
    // Unix time in seconds or milliseconds.
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return parseHumanDate(s);
}

/** A date written for readers somewhere in `text`; the first plausible one wins. */
export function parseHumanDate(text: string): string | null {
  const t = text.toLowerCase();
  // 19. November 2019 / 19 November 2019 / 19 nov. 2019
  let m = new RegExp(
    String.raw`\b(\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}\s*,?\s+(\d{4})\b`,
  ).exec(t);
  if (m) {
    const month = MONTHS[m[2]!];
    if (month) {
      const r = ymd(Number(m[3]), month, Number(m[1]));
      if (r) return r;
    }
  }
  // November 19, 2019 / Nov. 19 2019
  m = new RegExp(String.raw`\b${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`).exec(t);
  if (m) {
    const month = MONTHS[m[1]!];
    if (month) {
      const r = ymd(Number(m[3]), month, Number(m[2]));
      if (r) return r;
    }
  }
  // 2019-11-19 inside text
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (m) {
    const r = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (r) return r;
  }
  // 19.11.2019 (day first, as German and most European pages write it) / 19/11/2019
  m = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    // With slashes and a first number ≤ 12 and second > 12, it is US month/day order.
    const r = m[0].includes('/') && a <= 12 && b > 12 ? ymd(y, a, b) : ymd(y, b, a);
    if (r) return r;
  }
  return null;
}

/** A date in a URL path: `/2019/11/19/`, `/2019-11-19-`, `/20191119/`. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /\/(\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_-]|$)/.exec(path) ??
    /[/_-](\d{4})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (!m) return null;
  return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
}
