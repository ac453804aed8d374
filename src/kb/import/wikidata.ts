/**
 * Streams a Wikidata JSON dump (`latest-all.json[.gz|.bz2]`: one entity per line inside
 * `[` … `]`, lines ending in commas; JSON Lines work too) and keeps humans,
 * organisations and places, mapped to {@link KbEntity}. One pass, memory bounded by the
 * kept entities: labels of positions and countries are remembered as they stream by, and
 * references are resolved at the end.
 */
import type { EntityType } from '../../core/annotations.js';
import { CopydeskError } from '../../core/errors.js';
import type { KbEntity, KbName, KbRole } from '../model.js';
import { makeEntity } from '../model.js';
import { surnameOf } from '../names.js';
import { readLines } from './open-stream.js';

/** Instance-of (P31) classes kept, and the copydesk type and kind they map to. */
const CLASSES: Readonly<Record<string, { type: EntityType; kind: string | null }>> = {
  Q5: { type: 'person', kind: null },
  Q6256: { type: 'location', kind: 'country' },
  Q3624078: { type: 'location', kind: 'country' },
  Q515: { type: 'location', kind: 'city' },
  Q1549591: { type: 'location', kind: 'city' },
  Q1637706: { type: 'location', kind: 'city' },
  Q200250: { type: 'location', kind: 'city' },
  Q5119: { type: 'location', kind: 'capital' },
  Q43229: { type: 'organization', kind: 'organization' },
  Q484652: { type: 'organization', kind: 'intergovernmental' },
  Q245065: { type: 'organization', kind: 'intergovernmental' },
  Q7278: { type: 'organization', kind: 'party' },
  Q327333: { type: 'organization', kind: 'agency' },
  Q66344: { type: 'organization', kind: 'central-bank' },
  Q4830453: { type: 'organization', kind: 'company' },
  Q783794: { type: 'organization', kind: 'company' },
  Q891723: { type: 'organization', kind: 'company' },
  Q192283: { type: 'organization', kind: 'news-agency' },
  Q11032: { type: 'organization', kind: 'newspaper' },
  Q1331793: { type: 'organization', kind: 'outlet' },
  Q163740: { type: 'organization', kind: 'ngo' },
  Q79913: { type: 'organization', kind: 'ngo' },
};

/** Positions (P31 of a P39 value) whose labels are remembered for role names. */
const POSITION_CLASSES = new Set(['Q4164871', 'Q294414', 'Q30461', 'Q303618', 'Q83307', 'Q599151']);

/** Country items whose ISO code is not in the dump being read (it usually is, via P297). */
const WELL_KNOWN_COUNTRIES: Readonly<Record<string, string>> = {
  Q30: 'US',
  Q145: 'GB',
  Q183: 'DE',
  Q142: 'FR',
  Q159: 'RU',
  Q212: 'UA',
  Q148: 'CN',
  Q55: 'NL',
  Q38: 'IT',
  Q29: 'ES',
  Q36: 'PL',
  Q17: 'JP',
  Q668: 'IN',
  Q43: 'TR',
  Q801: 'IL',
  Q794: 'IR',
  Q16: 'CA',
  Q408: 'AU',
  Q155: 'BR',
  Q96: 'MX',
  Q414: 'AR',
  Q258: 'ZA',
  Q191: 'EE',
  Q211: 'LV',
  Q37: 'LT',
  Q33: 'FI',
  Q34: 'SE',
  Q20: 'NO',
  Q35: 'DK',
  Q31: 'BE',
  Q32: 'LU',
  Q40: 'AT',
  Q39: 'CH',
  Q28: 'HU',
  Q213: 'CZ',
  Q214: 'SK',
  Q218: 'RO',
  Q219: 'BG',
  Q41: 'GR',
  Q45: 'PT',
  Q27: 'IE',
  Q851: 'SA',
  Q884: 'KR',
  Q423: 'KP',
  Q865: 'TW',
  Q184: 'BY',
};

const MALE = 'Q6581097';
const FEMALE = 'Q6581072';

/** Just enough of Wikidata's entity JSON to read what we need. */
interface WdSnak {
  readonly datavalue?: { readonly value: unknown };
}
interface WdClaim {
  readonly mainsnak: WdSnak;
  readonly rank?: string;
  readonly qualifiers?: Readonly<Record<string, readonly WdSnak[]>>;
}
interface WdEntity {
  readonly id: string;
  readonly type?: string;
  readonly labels?: Readonly<Record<string, { readonly value: string }>>;
  readonly aliases?: Readonly<Record<string, readonly { readonly value: string }[]>>;
  readonly descriptions?: Readonly<Record<string, { readonly value: string }>>;
  readonly claims?: Readonly<Record<string, readonly WdClaim[]>>;
  readonly sitelinks?: Readonly<Record<string, unknown>>;
}

function itemId(snak: WdSnak | undefined): string | null {
  const v = snak?.datavalue?.value as { id?: string } | undefined;
  return typeof v?.id === 'string' ? v.id : null;
}

function stringValue(snak: WdSnak | undefined): string | null {
  const v = snak?.datavalue?.value;
  return typeof v === 'string' ? v : null;
}

/** A Wikidata time at its precision: 9 → `YYYY`, 10 → `YYYY-MM`, 11+ → `YYYY-MM-DD`. */
export function wikidataTime(snak: WdSnak | undefined): string | null {
  const v = snak?.datavalue?.value as { time?: string; precision?: number } | undefined;
  const m = /^\+(\d{4})-(\d{2})-(\d{2})/.exec(v?.time ?? '');
  if (!m) return null;
  const precision = v?.precision ?? 11;
  if (precision <= 9 || m[2] === '00') return m[1]!;
  if (precision === 10 || m[3] === '00') return `${m[1]}-${m[2]}`;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function claims(e: WdEntity, property: string): readonly WdClaim[] {
  return (e.claims?.[property] ?? []).filter((c) => c.rank !== 'deprecated');
}

function label(e: WdEntity): string | null {
  return e.labels?.en?.value ?? e.labels?.mul?.value ?? Object.values(e.labels ?? {})[0]?.value ?? null;
}

/** Popularity prior from the number of Wikipedia sitelinks. */
export function prominenceFromSitelinks(n: number): number {
  return n >= 150 ? 5 : n >= 80 ? 4 : n >= 30 ? 3 : n >= 10 ? 2 : 1;
}

function host(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

interface PendingRole {
  readonly position: string;
  readonly of: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

interface Pending {
  readonly entity: KbEntity;
  readonly countryRef: string | null;
  readonly roles: readonly PendingRole[];
}

export interface WikidataImportResult {
  readonly entities: KbEntity[];
  /** Lines read, entities parsed, entities kept. */
  readonly lines: number;
  readonly parsed: number;
}

/** Turns one parsed dump entity into a pending KB entity, or null when not kept. */
export function convertWikidataEntity(e: WdEntity): Pending | null {
  if (e.type !== undefined && e.type !== 'item') return null;
  const classes = claims(e, 'P31').map((c) => itemId(c.mainsnak));
  const match = classes.map((c) => (c ? CLASSES[c] : undefined)).find((m) => m !== undefined);
  const name = label(e);
  if (!match || !name) return null;
  const names: KbName[] = [];
  const seen = new Set([name.toLowerCase()]);
  const add = (text: string, kind: KbName['kind']) => {
    const key = text.toLowerCase();
    if (text.length > 0 && !seen.has(key)) {
      seen.add(key);
      names.push({ text, kind });
    }
  };
  for (const a of e.aliases?.en ?? []) add(a.value, 'alias');
  // Labels in other languages carry the transliterations news copy uses (Selenskyj, Zelensky).
  for (const l of Object.values(e.labels ?? {})) if (names.length < 40) add(l.value, 'alias');
  for (const c of claims(e, 'P1813')) {
    const v = c.mainsnak.datavalue?.value as { text?: string } | undefined;
    if (v?.text) add(v.text, 'short');
  }
  if (match.type === 'person') {
    const surname = surnameOf(name);
    if (surname) add(surname, 'surname');
  }
  const genderId = itemId(claims(e, 'P21')[0]?.mainsnak);
  const bornAt = wikidataTime(claims(e, 'P569')[0]?.mainsnak);
  const iso = stringValue(claims(e, 'P297')[0]?.mainsnak);
  const countryRef = itemId((claims(e, 'P27')[0] ?? claims(e, 'P17')[0])?.mainsnak);
  const domains = claims(e, 'P856')
    .map((c) => host(stringValue(c.mainsnak) ?? ''))
    .filter((h): h is string => h !== null);
  const roles: PendingRole[] = claims(e, 'P39').flatMap((c) => {
    const position = itemId(c.mainsnak);
    if (!position) return [];
    return [
      {
        position,
        of: itemId(c.qualifiers?.P642?.[0]),
        from: wikidataTime(c.qualifiers?.P580?.[0]),
        to: wikidataTime(c.qualifiers?.P582?.[0]),
      },
    ];
  });
  const entity = makeEntity({
    id: e.id,
    type: match.type,
    name,
    names,
    description: e.descriptions?.en?.value?.slice(0, 140) ?? null,
    country: iso ?? null,
    gender: genderId === MALE ? 'male' : genderId === FEMALE ? 'female' : null,
    born: bornAt ? Number(bornAt.slice(0, 4)) : null,
    prominence: prominenceFromSitelinks(Object.keys(e.sitelinks ?? {}).length),
    kind: iso ? 'country' : match.kind,
    domains,
  });
  return { entity, countryRef, roles };
}

/** Parses one dump line (`{…},`, `[`, `]` or blank); null for the array brackets. */
export function parseDumpLine(line: string, lineNumber: number, path: string): WdEntity | null {
  let text = line.trim();
  if (text === '[' || text === ']' || text === '') return null;
  if (text.endsWith(',')) text = text.slice(0, -1);
  try {
    const value = JSON.parse(text) as WdEntity;
    if (typeof value?.id !== 'string') throw new Error('no "id"');
    return value;
  } catch (error) {
    throw new CopydeskError(
      'DATA_INVALID',
      `${path}:${lineNumber}: not a Wikidata entity (${(error as Error).message})`,
    );
  }
}

/**
 * Imports a dump file. `knownOrgs` resolves a position's organisation (`P642`) or
 * jurisdiction (`P1001`) that is not in the dump itself, e.g. from the existing KB.
 */
export async function importWikidataDump(
  path: string,
  knownOrgs: (qid: string) => { name: string; country: string | null } | undefined = () => undefined,
): Promise<WikidataImportResult> {
  const pending: Pending[] = [];
  const labels = new Map<string, string>();
  const isoOf = new Map<string, string>(Object.entries(WELL_KNOWN_COUNTRIES));
  const positionScope = new Map<string, string>();
  let lines = 0;
  let parsed = 0;
  for await (const line of readLines(path)) {
    lines++;
    const e = parseDumpLine(line, lines, path);
    if (!e) continue;
    parsed++;
    const name = label(e);
    const iso = stringValue(claims(e, 'P297')[0]?.mainsnak);
    if (iso) isoOf.set(e.id, iso);
    const classes = claims(e, 'P31').map((c) => itemId(c.mainsnak));
    if (classes.some((c) => c !== null && POSITION_CLASSES.has(c)) && name) {
      labels.set(e.id, name);
      const scope = itemId((claims(e, 'P642')[0] ?? claims(e, 'P1001')[0])?.mainsnak);
      if (scope) positionScope.set(e.id, scope);
    }
    const p = convertWikidataEntity(e);
    if (p) {
      pending.push(p);
      labels.set(e.id, p.entity.name);
    }
  }
  if (parsed === 0) throw new CopydeskError('DATA_INVALID', `${path}: no Wikidata entities found`);
  const orgText = (qid: string): { org: string; orgId: string } => {
    const iso = isoOf.get(qid);
    if (iso) return { org: iso, orgId: `cd:country/${iso.toLowerCase()}` };
    const known = knownOrgs(qid);
    return { org: labels.get(qid) ?? known?.name ?? qid, orgId: qid };
  };
  const entities = pending.map(({ entity, countryRef, roles }) => {
    const country = entity.country ?? (countryRef ? (isoOf.get(countryRef) ?? null) : null);
    const resolvedRoles: KbRole[] = roles.map((r) => {
      const scope = r.of ?? positionScope.get(r.position) ?? null;
      // A position without a scope is taken to be national (the person's country).
      const { org, orgId } = scope
        ? orgText(scope)
        : { org: country ?? 'unknown', orgId: country ? `cd:country/${country.toLowerCase()}` : null };
      return { role: labels.get(r.position) ?? r.position, org, orgId, from: r.from, to: r.to };
    });
    // Most recent first, as the hand-written files list them.
    resolvedRoles.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
    return { ...entity, country, roles: resolvedRoles };
  });
  return { entities, lines, parsed };
}
