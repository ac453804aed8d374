/**
 * The town copy names right after a body: "addressed a joint meeting of Congress in
 * Washington", "the Senate in Rome", "parliament in Canberra". A body named without its
 * country sits in that town's country, whatever country dominates the article (an Israeli
 * leader's speech to Congress names Israel more often than the United States). Read only for
 * generic body names the KB files under several countries (national-bodies.ts), after the
 * word "in" and a capitalised word, which is rare.
 */
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { isTown } from './towns.js';

/** "in" and one or two capitalised words right after the body's name. */
const IN_TOWN_AFTER = /^\s+in\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)/u;

/**
 * The country (ISO code) of the town named right after `end` ("… Congress in Washington"), or
 * null when no KB town is named there (a region is no seat: "Congress in Georgia") or towns
 * of several countries bear the name.
 */
export function seatCountryAfter(kb: KnowledgeBase, text: string, end: number): string | null {
  const town = IN_TOWN_AFTER.exec(text.slice(end, end + 60))?.[1];
  if (!town) return null;
  const countries = new Set(
    kb
      .lookup(town)
      .filter((h) => isNameOrAlias(h) && isTown(h.entity) && h.entity.country)
      .map((h) => h.entity.country),
  );
  return countries.size === 1 ? [...countries][0]! : null;
}
