/**
 * Landmarks of a town the article places elsewhere. "Paris, Texas, will host its annual Eiffel
 * Tower festival … complete with a replica": once the article's Paris is refused as the capital
 * (it is in Texas), the Eiffel Tower it names is the Texan town's copy, not the KB's tower in
 * Paris. Towns named after famous cities copy their landmarks (Paris, Tennessee, and Las Vegas
 * have towers too), and copy names the replica by the original's name.
 */
import type { KbEntity } from '../../kb/model.js';

/** Kinds of place that are settlements or divisions, not landmarks standing in a town. */
const NOT_LANDMARK = new Set([
  'country',
  'city',
  'capital',
  'town',
  'region',
  'state',
  'province',
  'county',
  'district',
  'island',
]);

/**
 * "iron tower in Paris", "zoo in Regent's Park, London": the town a KB landmark's description
 * places it in — the words after its first "in", up to a comma or a semicolon.
 */
const STANDS_IN = /\bin\s+(\p{Lu}[\p{L}'’. -]*?)\s*(?:[,;(]|$)/u;

/**
 * The town `landmark` stands in by its KB description when that is `town`'s name, else null:
 * the landmark belongs to the town the article refused.
 */
export function landmarkOfTown(landmark: KbEntity, town: KbEntity): string | null {
  if (landmark.type !== 'location' || (landmark.kind !== null && NOT_LANDMARK.has(landmark.kind)))
    return null;
  const place = STANDS_IN.exec(landmark.description ?? '')?.[1];
  return place !== undefined && place === town.name ? place : null;
}
