/**
 * CSV import (csv-parse, streaming). The header names the columns; only `name` and
 * `type` are required. Lists use `|`; a role is `Role@Org:from..to` (dates optional).
 *
 *   id,type,name,aliases,description,country,gender,born,prominence,kind,roles,domains,image_hosts
 *   ,person,Jane Doe,J. Doe|Jane A. Doe,Mayor of Springfield,US,female,1970,2,,Mayor@US:2022-01-03..,,
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { ENTITY_TYPES, type EntityType } from '../../core/annotations.js';
import { CopydeskError } from '../../core/errors.js';
import type { KbEntity, KbName, KbRole } from '../model.js';
import { makeEntity } from '../model.js';
import { slugify, surnameOf } from '../names.js';
import { isIsoCountry } from '../sources/iso-countries.js';
import { dateOrderOk, partialDate } from '../sources/schemas.js';
import { assertReadableFile } from './open-stream.js';

export const CSV_COLUMNS = [
  'id',
  'type',
  'name',
  'aliases',
  'description',
  'country',
  'gender',
  'born',
  'prominence',
  'kind',
  'roles',
  'domains',
  'image_hosts',
] as const;

const REQUIRED = ['type', 'name'];

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Parses `Role@Org:from..to` (`:from..to` optional; either date may be empty). */
export function parseRoleSpec(spec: string): KbRole {
  const m = /^([^@]+)@([^:]+?)(?::([\d-]*)\.\.([\d-]*))?$/.exec(spec.trim());
  if (!m) throw new Error(`role "${spec}" is not Role@Org or Role@Org:from..to`);
  const from = m[3] || null;
  const to = m[4] || null;
  for (const d of [from, to]) {
    if (d && !partialDate.safeParse(d).success) throw new Error(`role "${spec}": bad date "${d}"`);
  }
  if (!dateOrderOk(from ?? undefined, to ?? undefined)) throw new Error(`role "${spec}": from is after to`);
  const org = m[2]!.trim();
  const orgId = /^[A-Z]{2}$/.test(org) ? `cd:country/${org.toLowerCase()}` : null;
  return { role: m[1]!.trim(), org, orgId, from, to };
}

/** One CSV record → entity; throws a plain Error whose message the caller locates. */
export function csvRecordToEntity(row: Readonly<Record<string, string>>): KbEntity {
  const type = row.type?.trim() as EntityType;
  if (!ENTITY_TYPES.includes(type))
    throw new Error(`type "${row.type}" is not one of ${ENTITY_TYPES.join('|')}`);
  const name = row.name?.trim() ?? '';
  if (name.length < 2) throw new Error('name is empty');
  const country = row.country?.trim() || null;
  if (country && !isIsoCountry(country))
    throw new Error(`country "${country}" is not an ISO 3166-1 alpha-2 code`);
  const gender = row.gender?.trim() || null;
  if (gender && gender !== 'male' && gender !== 'female')
    throw new Error(`gender "${gender}" is not male|female`);
  const born = row.born?.trim() ? Number(row.born) : null;
  if (born !== null && !Number.isInteger(born)) throw new Error(`born "${row.born}" is not a year`);
  const prominence = row.prominence?.trim() ? Number(row.prominence) : 1;
  if (!(prominence >= 1 && prominence <= 5)) throw new Error(`prominence "${row.prominence}" is not 1..5`);
  const names: KbName[] = list(row.aliases).map((text) => ({ text, kind: 'alias' as const }));
  if (type === 'person') {
    const surname = surnameOf(name);
    if (surname) names.push({ text: surname, kind: 'surname' });
  }
  const prefix = type === 'organization' ? 'org' : type;
  return makeEntity({
    id: row.id?.trim() || `cd:${prefix}/${slugify(name)}`,
    type,
    name,
    names,
    description: row.description?.trim() || null,
    country,
    gender: gender as KbEntity['gender'],
    born,
    prominence,
    kind: row.kind?.trim() || null,
    roles: list(row.roles).map(parseRoleSpec),
    domains: list(row.domains),
    imageHosts: list(row.image_hosts),
  });
}

/** Reads a CSV file of entities; a bad row fails with `file:line: reason`. */
export async function importCsv(path: string): Promise<KbEntity[]> {
  assertReadableFile(path);
  const parser = createReadStream(path).pipe(
    parse({ columns: true, skip_empty_lines: true, trim: true, bom: true, info: true }),
  );
  const out: KbEntity[] = [];
  let checkedHeader = false;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number; columns: { name: string }[] | boolean };
    }>) {
      if (!checkedHeader) {
        const header = Object.keys(record);
        const missing = REQUIRED.filter((c) => !header.includes(c));
        if (missing.length > 0)
          throw new CopydeskError('DATA_INVALID', `${path}:1: header lacks ${missing.join(', ')}`);
        const unknown = header.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
        if (unknown.length > 0)
          throw new CopydeskError('DATA_INVALID', `${path}:1: unknown column ${unknown.join(', ')}`);
        checkedHeader = true;
      }
      try {
        out.push(csvRecordToEntity(record));
      } catch (error) {
        throw new CopydeskError('DATA_INVALID', `${path}:${info.lines}: ${(error as Error).message}`);
      }
    }
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    throw new CopydeskError('DATA_INVALID', `${path}: ${(error as Error).message}`);
  }
  if (out.length === 0) throw new CopydeskError('INPUT_EMPTY', `${path}: no rows`);
  return out;
}
