/**
 * Entities for `runQuotes`' options, written as the canonical name and the other surfaces
 * that mention it (the name itself always does): `person('Anna Berg', 'Berg')`.
 */
import type { EntityType } from '../../src/core/annotations.js';

function entityOf<T extends EntityType>(type: T) {
  return (name: string, ...surfaces: string[]) => ({
    name,
    type,
    surfaces: [name, ...surfaces],
  });
}

export const person = entityOf('person');
export const org = entityOf('organization');
export const place = entityOf('location');
