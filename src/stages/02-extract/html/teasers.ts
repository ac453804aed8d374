/**
 * Other stories on the page that read like prose: teaser lists (runs of linked
 * headlines, each with a short summary) and excerpt/summary boxes repeated across the
 * page. Neither counts toward the article container; repeated excerpt boxes are also
 * left out of the article when they sit inside it.
 */
import type { TextBlock } from './blocks.js';

/**
 * Teasers of other stories: runs of at least {@link MIN_TEASER_RUN} compact cards, each a
 * linked headline followed by a few short blocks (byline, date, summary) before the next
 * heading. A blog post's own linked title is followed by the whole post, so it is no card.
 */
export function teaserBlocks(blocks: readonly TextBlock[]): Set<TextBlock> {
  const out = new Set<TextBlock>();
  let run: TextBlock[][] = [];
  const flush = () => {
    if (run.length >= MIN_TEASER_RUN) for (const card of run) for (const b of card) out.add(b);
    run = [];
  };
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    const linkedTitle = b.heading > 0 && b.text.length >= 15 && b.linkChars >= b.text.length * 0.8;
    if (!linkedTitle) {
      if (b.heading > 0 || b.text.length > MAX_CARD_CHARS) flush();
      i++;
      continue;
    }
    let j = i + 1;
    let chars = 0;
    while (j < blocks.length && blocks[j]!.heading === 0 && j - i <= TEASER_REACH)
      chars += blocks[j++]!.text.length;
    const compact = chars <= MAX_CARD_CHARS && (j >= blocks.length || blocks[j]!.heading > 0);
    if (compact) run.push(blocks.slice(i, j));
    else flush();
    i = j;
  }
  flush();
  return out;
}

/** Blocks after a linked headline that may still be its teaser (byline, date, summary). */
const TEASER_REACH = 4;
/** Longest text a teaser card holds under its headline. */
const MAX_CARD_CHARS = 600;
/** Teasers come in lists; fewer cards in a row are left alone. */
const MIN_TEASER_RUN = 3;

const EXCERPT_CLASS = /(^|[\s_-])(excerpt|teaser|summary|dek)([\s_-]|$)/;
/** An excerpt class repeated this often on a page marks a list of other stories. */
const MIN_EXCERPTS = 3;

/**
 * Blocks whose own element is an excerpt/teaser/summary box repeated across the page:
 * summaries of other stories (an article has one summary, a list has many).
 */
export function excerptBlocks(blocks: readonly TextBlock[]): Set<TextBlock> {
  const byClass = new Map<string, TextBlock[]>();
  for (const b of blocks) {
    const cls = b.owner.attribs.class;
    if (!cls || !EXCERPT_CLASS.test(cls.toLowerCase())) continue;
    const key = `${b.owner.name}.${cls}`;
    const list = byClass.get(key);
    if (list) list.push(b);
    else byClass.set(key, [b]);
  }
  const out = new Set<TextBlock>();
  for (const list of byClass.values()) if (list.length >= MIN_EXCERPTS) for (const b of list) out.add(b);
  return out;
}
