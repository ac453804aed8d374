/**
 * Hand-placed layers and KB fixtures for link-stage unit tests: the mentions a test names
 * and plain sentence boundaries, so a test states exactly what the linker is given.
 */
import type { Entity, EntityType, Mention, Sentence, Token } from '../../src/core/annotations.js';
import { type KbEntity, makeEntity } from '../../src/kb/model.js';
import type { KnowledgeBase } from '../../src/ports/knowledge-base.js';
import { linkDocument } from '../../src/stages/07-link/link-document.js';

/**
 * Each mention on the first occurrence of its surface that no earlier mention covers;
 * sentences end at a stop (or `!`/`?`, a closing quote kept) followed by a space.
 */
export function linkLayers(
  text: string,
  names: readonly (readonly [string, EntityType])[],
): { mentions: Mention[]; sentences: Sentence[] } {
  const mentions: Mention[] = [];
  for (const [surface, type] of names) {
    let at = text.indexOf(surface);
    while (at >= 0 && mentions.some((m) => m.start < at + surface.length && at < m.end))
      at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`${surface} not in text`);
    mentions.push({ start: at, end: at + surface.length, type, by: 'test', confidence: 1 });
  }
  mentions.sort((a, b) => a.start - b.start);
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]"? /g)) {
    sentences.push({ start, end: m.index + m[0].length - 1 });
    start = m.index + m[0].length;
  }
  sentences.push({ start, end: text.length });
  return { mentions, sentences };
}

/**
 * The entity the linker gives the first occurrence of `surface`, the text's mentions placed
 * by {@link linkLayers}: undefined when no entity has a mention exactly there.
 */
export function linkedEntityOver(
  kb: KnowledgeBase,
  text: string,
  names: readonly (readonly [string, EntityType])[],
  surface: string,
  date = '2025-06-01',
): Entity | undefined {
  const at = text.indexOf(surface);
  return linkDocument(kb, { text, date, ...linkLayers(text, names) }).find((e) =>
    e.mentions.some((m) => m.start === at && m.end === at + surface.length),
  );
}

/**
 * A test file's `link(text, names, date?)`: the linker over `kb` on the layers
 * {@link linkLayers} places, on `defaultDate` unless the call names another, with a
 * {@link wordTokens} layer when the rules under test scan for words the tagger missed.
 */
export function linkerOver(
  kb: KnowledgeBase,
  defaultDate: string,
  options: { readonly tokens?: boolean } = {},
): (text: string, names: readonly (readonly [string, EntityType])[], date?: string) => Entity[] {
  return (text, names, date = defaultDate) =>
    linkDocument(kb, {
      text,
      date,
      ...(options.tokens ? { tokens: wordTokens(text) } : {}),
      ...linkLayers(text, names),
    });
}

/**
 * The entity one of whose mentions is written `surface` in `text`, wherever it stands (unlike
 * {@link kbIdAt}, which asks for one occurrence), or undefined when no mention reads so.
 */
export function writtenAs(entities: readonly Entity[], text: string, surface: string): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === surface));
}

/** The KB id of the entity with a mention at the `nth` occurrence of `surface` (null or undefined: unlinked). */
export function kbIdAt(
  entities: readonly Entity[],
  text: string,
  surface: string,
  nth = 0,
): string | null | undefined {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
  return entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + surface.length))?.kbId;
}

/**
 * A `tokens` layer of words (letters, with inner apostrophes and hyphens) and single
 * punctuation marks: what the linker scans for words the tagger missed.
 */
export function wordTokens(text: string): Token[] {
  return [...text.matchAll(/\p{L}[\p{L}'’-]*|\S/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: /^\p{L}/u.test(m[0]) ? 'word' : 'punct',
  }));
}

/** A country entity as the shipped KB builds it: code, name and one demonym. */
export function countryEntity(code: string, name: string, demonym: string): KbEntity {
  return makeEntity({
    id: `cd:country/${code.toLowerCase()}`,
    type: 'location',
    name,
    country: code,
    kind: 'country',
    names: [{ text: demonym, kind: 'demonym' }],
    prominence: 4,
  });
}

/** A dated edition of `series`, held in `host` from `from` to `to`, as the KB build stores it. */
export function editionEntity(
  id: string,
  name: string,
  series: string,
  host: string,
  from: string,
  to = from,
): KbEntity {
  return makeEntity({
    id,
    type: 'event',
    name,
    prominence: 1,
    roles: [
      { role: 'Instance of', org: series, orgId: series, from, to },
      { role: 'Held in', org: host, orgId: host, from, to },
    ],
  });
}

/** A role of a test person; open-ended and unresolved unless `to` and `orgId` are given. */
export interface PersonRole {
  readonly role: string;
  readonly org: string;
  readonly orgId?: string;
  readonly from: string;
  readonly to?: string | null;
}

/** A person entity as tests write them: id `p:<id>`, the surname as its one extra name. */
export function personEntity(p: {
  readonly id: string;
  readonly name: string;
  readonly surname: string;
  readonly country: string;
  readonly prominence: number;
  readonly roles?: readonly PersonRole[];
  readonly born?: number | null;
  readonly description?: string | null;
}): KbEntity {
  return makeEntity({
    id: `p:${p.id}`,
    type: 'person',
    name: p.name,
    names: [{ text: p.surname, kind: 'surname' }],
    country: p.country,
    prominence: p.prominence,
    born: p.born ?? null,
    description: p.description ?? null,
    roles: (p.roles ?? []).map((r) => ({ orgId: null, to: null, ...r })),
  });
}

/**
 * {@link personEntity} with its fields in order, for a KB written as a list of office holders:
 * `person('wen', 'Wen Jiabao', 'Wen', 'CN', 4, [{ role: 'Premier', org: 'CN', from: '2003-03-16' }])`.
 */
export function person(
  id: string,
  name: string,
  surname: string,
  country: string,
  prominence: number,
  roles: readonly PersonRole[] = [],
  born?: number,
): KbEntity {
  return personEntity({ id, name, surname, country, prominence, roles, born });
}
