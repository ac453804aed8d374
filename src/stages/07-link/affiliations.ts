/**
 * "Roberto Fico of the Five Star Movement", "Maria Santos of Portugal": the party or the
 * country a person is said to be "of", right after the name. A party is a country's own
 * body, so the affiliation places the person in that country — a namesake of a famous
 * person of another country, not a misspelling of them.
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { NameHit } from '../../ports/knowledge-base.js';
import { cueText } from './roles.js';

/** The body or country a mention is said to be "of", with the country it places the person in. */
export interface Affiliation {
  readonly entity: KbEntity;
  readonly country: string;
}

/** " of the Five Star Movement", " of Italy": capitalised words (with inner "of"/"for"/"and") after "of". */
const OF_NAME =
  /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}'’.-]*){0,5})/u;

/**
 * The party or country named by "of …" right after a mention ending at `end`, or null.
 * The longest run of the capitalised words that the KB knows by name is taken
 * ("… of the Five Star Movement in Campania" → Five Star Movement).
 */
export function affiliationAfter(
  text: string,
  end: number,
  lookup: (name: string) => readonly NameHit[],
): Affiliation | null {
  const m = OF_NAME.exec(text.slice(end, end + 80));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    const hit = lookup(name).find(
      (h) =>
        (isNameOrAlias(h) || h.kind === 'short') &&
        h.entity.country !== null &&
        (h.entity.kind === 'party' || h.entity.kind === 'country'),
    );
    if (hit) return { entity: hit.entity, country: hit.entity.country! };
  }
  return null;
}

/**
 * True when `person` belongs to the affiliation's body: a role in it, or a profile that names
 * it ("Slovak politician; leader of Smer").
 */
export function belongsTo(person: KbEntity, affiliation: Affiliation): boolean {
  const body = affiliation.entity;
  if (person.roles.some((r) => r.orgId === body.id)) return true;
  const profile = ` ${cueText([person.description ?? '', ...person.roles.map((r) => r.org)].join(' '))} `;
  return [body.name, ...body.names.filter((n) => n.kind !== 'demonym').map((n) => n.text)].some((name) => {
    const cue = cueText(name).trim();
    return cue.length > 0 && profile.includes(` ${cue} `);
  });
}
