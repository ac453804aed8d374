/**
 * Bodies named without their country: "the Senate", "the Constitutional Court", "Labour",
 * "the Communist Party", "the Social Democrats". News names a country's institutions this
 * way once the story is set in that country. The KB names them with the country ("Senate
 * of Kazakhstan", "Communist Party of Vietnam", "Labour Party (Ireland)", "German Social
 * Democrats"), so each organisation is indexed here under its name with the country word
 * taken out (and, for parties, without "Party": "labour"); a generic name links to the
 * body of the article's dominant country when the KB has exactly one such body for it.
 *
 * The index is built once per knowledge base; a lookup is one Map access.
 */
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { oneSpelling } from './spin-words.js';

/** A body of one country under a generic name. */
export interface NationalBody {
  readonly entity: KbEntity;
  readonly country: string;
}

/**
 * Whether the entity is a stub the KB build made of an organisation named only in someone's
 * role ("National Assembly", kind `unlisted`): it says nothing of which country's body is
 * meant, so the article's own body of that name is the better reading.
 */
export function isRoleStub(entity: KbEntity): boolean {
  return entity.type === 'organization' && entity.kind === 'unlisted';
}

export class NationalBodies {
  private readonly byKey = new Map<string, NationalBody[]>();
  /** The same bodies under their key in one spelling of English (`oneSpelling`). */
  private readonly bySpelling = new Map<string, NationalBody[]>();

  private constructor(kb: KnowledgeBase) {
    const countryOf = countryForms(kb);
    for (const entity of kb.entities()) {
      if (entity.type !== 'organization' || entity.kind === 'country') continue;
      const names = [entity.name, ...entity.names.filter((n) => n.kind === 'alias').map((n) => n.text)];
      for (const name of names) {
        const norm = ` ${normalizeName(name)} `;
        const form = countryFormIn(norm, countryOf);
        if (!form) {
          // A national body named without its country in the KB too ("Labour Party", GB).
          const key = entity.country ? genericName(norm) : null;
          if (key && entity.country) this.addWithBare(key, { entity, country: entity.country });
          continue;
        }
        const country = entity.country ?? countryOf.get(form)!;
        if (countryOf.get(form) !== country) continue;
        const key = genericName(norm.replace(` ${form} `, ' '));
        if (!key) continue;
        this.addWithBare(key, { entity, country });
      }
    }
  }

  /**
   * Under `key`, a party also under its distinctive word alone ("labour party" → "labour")
   * and under the name of its members ("christian democratic union" → "christian democrats",
   * "conservative party" → "conservatives").
   */
  private addWithBare(key: string, body: NationalBody): void {
    this.add(key, body);
    const bare = key.replace(/ party$/, '');
    if (bare !== key && bare.length >= 4 && !GENERIC_ALONE.has(bare)) this.add(bare, body);
    const members = membersName(key);
    if (members) this.add(members, body);
  }

  private add(key: string, body: NationalBody): void {
    for (const [map, k] of [
      [this.byKey, key],
      [this.bySpelling, spellingKey(key)],
    ] as const) {
      const list = map.get(k) ?? [];
      if (!list.some((b) => b.entity === body.entity)) list.push(body);
      map.set(k, list);
    }
  }

  /**
   * The bodies of {@link bodies} in either spelling of English: "Labor Party" in a British
   * story may be the Labour Party, "Labour" in an Australian one the Labor Party.
   */
  bodiesInEitherSpelling(surface: string): readonly NationalBody[] {
    const key = genericName(` ${normalizeName(surface.replace(/['’]s$/, ''))} `);
    return key ? (this.bySpelling.get(spellingKey(key)) ?? []) : [];
  }

  /** The bodies a generic name ("the Senate", "Labour's") may stand for, with their countries. */
  bodies(surface: string): readonly NationalBody[] {
    const key = genericName(` ${normalizeName(surface.replace(/['’]s$/, ''))} `);
    return key ? (this.byKey.get(key) ?? []) : [];
  }

  private static readonly cache = new PerKnowledgeBase((kb) => new NationalBodies(kb));

  /** The index of a knowledge base (built on first use). */
  static for(kb: KnowledgeBase): NationalBodies {
    return NationalBodies.cache.of(kb);
  }
}

/**
 * The name of a party's members: the adjective before "Party"/"Union"/"Alliance" put in the
 * plural ("social democratic party" → "social democrats", "green party" → "greens"), or
 * null when the name has no such adjective.
 */
export function membersName(key: string): string | null {
  const m = /^((?:[a-z]+ )*?)([a-z]+) (?:party|union|alliance)$/.exec(key);
  if (!m) return null;
  const adjective = m[2]!;
  const plural = /ic$/.test(adjective)
    ? `${adjective.slice(0, -2)}s`
    : /(?:ive|al|ist|an|green)$/.test(adjective)
      ? `${adjective}s`
      : null;
  return plural ? `${m[1]}${plural}` : null;
}

/** Words that are no name alone once "Party" is gone ("People's Party" is not "People"). */
const GENERIC_ALONE = new Set([
  'people',
  'peoples',
  'national',
  'democratic',
  'republican',
  'socialist',
  'workers',
  'new',
  'united',
  'popular',
  'progressive',
  'reform',
]);

/** A padded normalised name without leading "the", dangling "of"/"of the", and spaces tidied; null when nothing is left. */
/** A key with each word in one spelling of English ("labour party" → "labor party"). */
function spellingKey(key: string): string {
  return key.split(' ').map(oneSpelling).join(' ');
}

function genericName(padded: string): string | null {
  const out = padded
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ (of|of the|in|for)$/, '')
    .replace(/ of the$/, '')
    .trim();
  return out.length >= 3 ? out : null;
}

/** The longest country form (up to three words) in a padded normalised name, or undefined. */
function countryFormIn(padded: string, countryOf: ReadonlyMap<string, string>): string | undefined {
  const words = padded.trim().split(' ');
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const form = words.slice(i, i + n).join(' ');
      if (countryOf.has(form)) return form;
    }
  }
  return undefined;
}

/** Normalised country names, short forms and demonyms → ISO code. */
function countryForms(kb: KnowledgeBase): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of kb.entities()) {
    if (e.kind !== 'country' || !e.country) continue;
    for (const text of [e.name, ...e.names.filter((n) => n.kind !== 'surname').map((n) => n.text)]) {
      const form = normalizeName(text);
      if (form.length >= 2 && !out.has(form)) out.set(form, e.country);
    }
  }
  return out;
}

/**
 * The article's dominant country: the one named most often, counting the countries of its
 * places, demonyms and linked people and bodies (`counts`); null on a tie or none.
 */
export function dominantCountry(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let top = 0;
  let tie = false;
  for (const [country, n] of counts) {
    if (n > top) {
      best = country;
      top = n;
      tie = false;
    } else if (n === top) tie = true;
  }
  return tie ? null : best;
}
