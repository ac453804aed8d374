/**
 * Bodies whose name translation gave in another word order: "the England Bank" and "the
 * Japan Bank" (Bank of England, Bank of Japan), "the Central European Bank", "the Federal
 * Investigation Bureau". Languages that put the owner first ("Bank Jepang", "日本銀行") or
 * order adjectives otherwise come back through machine translation with the words of the
 * KB's name shuffled, "of" lost or moved. The spin matcher compares words in order, so these
 * are read here: every other order of the words, with "of" before any of them, is looked up
 * as an exact name.
 *
 * Only a well-known body (prominence ≥ 3) is accepted, and only when every order that names
 * something names it alone: "Energy Ministry" of no KB body stays unlinked, and two bodies
 * named by two orders are no answer.
 *
 * Most names asked about are no body's in any order: the organisation names of the KB are
 * kept by their bag of words (`BodyNameBags`), so those are answered by one look-up instead
 * of one per order (up to 96 for four words).
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** A body a reordering names must be this well known: lesser ones are as often other bodies. */
const MIN_PROMINENCE = 3;

/** Names of two to four capitalised words (an "of" between them allowed) are reordered. */
const MAX_WORDS = 4;

/** A capitalised word of a name ("Bank", "European", "U.S."). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;

/** The KB body a reordering of `surface`'s words names, and that name; null if none or several. */
export interface ReorderedBody {
  readonly entity: KbEntity;
  readonly name: string;
}

/**
 * The well-known organisation whose KB name (or alias) is `surface`'s words in another
 * order, with "of" put before one of them, or null. `surface` itself is no KB name (the
 * exact pass found nothing).
 */
export function reorderedBody(
  kb: KnowledgeBase,
  surface: string,
  bags: BodyNameBags = BodyNameBags.for(kb),
): ReorderedBody | null {
  const words = surface
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .filter((w) => w !== 'of');
  if (words.length < 2 || words.length > MAX_WORDS || !words.every((w) => NAME_WORD.test(w))) return null;
  // No organisation's name has these words in any order: no order is looked up.
  if (!bags.has(words.join(' '))) return null;
  let found: ReorderedBody | null = null;
  for (const name of reorderings(words)) {
    for (const hit of kb.lookup(name)) {
      if (hit.entity.type !== 'organization' || (hit.kind !== 'name' && hit.kind !== 'alias')) continue;
      if (found && found.entity.id !== hit.entity.id) return null;
      found ??= { entity: hit.entity, name };
    }
  }
  return found && found.entity.prominence >= MIN_PROMINENCE ? found : null;
}

/**
 * Every order of `words` but the written one, each also with "of" before one of its words
 * after the first ("England Bank" → "Bank England", "Bank of England").
 */
export function reorderings(words: readonly string[]): string[] {
  const written = words.join(' ');
  const out: string[] = [];
  for (const order of permutations(words)) {
    const plain = order.join(' ');
    if (plain !== written) out.push(plain);
    for (let i = 1; i < order.length; i++)
      out.push([...order.slice(0, i), 'of', ...order.slice(i)].join(' '));
  }
  return out;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/**
 * The organisation names and aliases of a knowledge base by their bag of words: each name
 * normalised as the KB looks names up, its words but "of" sorted (`bagOf`). A name in another
 * word order, with or without one "of", has the same bag as the name; so when a surface's bag
 * is none of these, none of its orders names an organisation. Built once per knowledge base.
 */
export class BodyNameBags {
  private readonly bags = new Set<string>();

  private constructor(kb: KnowledgeBase) {
    for (const entity of kb.entities()) {
      if (entity.type !== 'organization') continue;
      this.bags.add(bagOf(entity.name));
      for (const n of entity.names) if (isNameOrAlias(n)) this.bags.add(bagOf(n.text));
    }
  }

  /** Whether some organisation's name or alias has the words of `name` (in any order, "of" aside). */
  has(name: string): boolean {
    return this.bags.has(bagOf(name));
  }

  private static readonly shared = new PerKnowledgeBase((kb) => new BodyNameBags(kb));

  /** The bags of `kb` (pass the shared KB, not a per-document wrapper), built on first use. */
  static for(kb: KnowledgeBase): BodyNameBags {
    return BodyNameBags.shared.of(kb);
  }
}

/**
 * A name's words as the KB looks it up (`normalizeName`), but "of", sorted. The one rule
 * of `normalizeName` that reads a word's place ("jnr" → "jr" at the end) is applied to every
 * word, so that every order of the words gives one bag.
 */
export function bagOf(name: string): string {
  return normalizeName(name)
    .split(' ')
    .filter((w) => w !== 'of')
    .map((w) => (w === 'jnr' ? 'jr' : w === 'snr' ? 'sr' : w))
    .sort()
    .join(' ');
}
