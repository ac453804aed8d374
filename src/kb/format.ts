/** Plain-text renderings of knowledge-base entities, for the CLI and reports. */
import type { KbEntity, KbRole } from './model.js';

export function formatRole(r: KbRole): string {
  const span = r.from || r.to ? ` (${r.from ?? '?'} – ${r.to ?? ''})`.replace(/ \)$/, ')') : '';
  return `${r.role}, ${r.org}${span}`;
}

/** One line: name, id, type, description. */
export function formatEntityLine(e: KbEntity): string {
  const kind = e.kind ? `/${e.kind}` : '';
  return `${e.name}  [${e.id}] ${e.type}${kind}${e.country ? ` ${e.country}` : ''}${e.description ? ` — ${e.description}` : ''}`;
}

/** Several lines with every field that is set. */
export function formatEntity(e: KbEntity): string {
  const lines = [formatEntityLine(e)];
  const byKind = (kind: string) => e.names.filter((n) => n.kind === kind).map((n) => n.text);
  for (const [label, kind] of [
    ['aliases', 'alias'],
    ['short', 'short'],
    ['surname', 'surname'],
    ['demonyms', 'demonym'],
  ] as const) {
    const names = byKind(kind);
    if (names.length > 0) lines.push(`  ${label}: ${names.join('; ')}`);
  }
  if (e.gender) lines.push(`  gender: ${e.gender}`);
  if (e.born) lines.push(`  born: ${e.born}`);
  lines.push(`  prominence: ${e.prominence}`);
  for (const r of e.roles) lines.push(`  role: ${formatRole(r)}`);
  if (e.domains.length > 0) lines.push(`  domains: ${e.domains.join(', ')}`);
  if (e.imageHosts.length > 0) lines.push(`  image hosts: ${e.imageHosts.join(', ')}`);
  return lines.join('\n');
}
