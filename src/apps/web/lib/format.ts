/** Small display helpers shared by pages. */

export const TYPE_LABEL: Readonly<Record<string, string>> = {
  person: 'PER',
  organization: 'ORG',
  location: 'LOC',
  event: 'EVT',
  misc: 'MISC',
};

export const TYPE_NAME: Readonly<Record<string, string>> = {
  person: 'People',
  organization: 'Organizations',
  location: 'Places',
  event: 'Events',
  misc: 'Other names',
};

/** `2025-02-14T11:32:00Z` → `14 Feb 2025`; anything unparseable is shown as given. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return 'undated';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const month = months[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

export function percent(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : `${Math.round(score * 100)}%`;
}

export function formatValue(value: number, unit: string): string {
  const n =
    Math.abs(value) >= 1e9
      ? `${+(value / 1e9).toFixed(2)} bn`
      : Math.abs(value) >= 1e6
        ? `${+(value / 1e6).toFixed(2)} m`
        : value.toLocaleString('en');
  if (unit === 'percent') return `${value}%`;
  if (unit === 'count' || unit === 'year') return n;
  return `${n} ${unit}`;
}
