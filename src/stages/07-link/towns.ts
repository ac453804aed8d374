/**
 * Towns: the KB's cities and capitals. One town name is shared by places in several
 * countries, a district word ("Midtown") is part of a town, and a body sits in a town — never
 * in a region or a country — so several rules ask for these two kinds together.
 */
import type { KbEntity } from '../../kb/model.js';

/** Is `entity` a city or a capital? */
export function isTown(entity: KbEntity): boolean {
  return entity.type === 'location' && (entity.kind === 'city' || entity.kind === 'capital');
}
