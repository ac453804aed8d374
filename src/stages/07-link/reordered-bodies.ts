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
 */
import type { KbEntity } from '../../kb/model.js';
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
export function reorderedBody(kb: KnowledgeBase, surface: string): ReorderedBody | null {
  const words = surface
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .filter((w) => w !== 'of');
  if (words.length < 2 || words.length > MAX_WORDS || !words.every((w) => NAME_WORD.test(w))) return null;
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
