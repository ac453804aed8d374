/**
 * A given name in another language's spelling is no other given name: "Rajab Tayeb" is
 * Recep Tayyip in Arabic spelling, "Johnny" is Gianni anglicised. The veto on relatives and
 * namesakes ("Errol Musk") still holds for a given name outside the classes.
 */
import { describe, expect, it } from 'vitest';
import { personEntity } from '../../../test/helpers/link-fixtures.js';
import { sameGivenName } from './given-name-equivalents.js';
import { hasOtherGivenName } from './given-names.js';
import { letters } from './similarity.js';

const erdogan = personEntity({
  id: 'erdogan',
  name: 'Recep Tayyip Erdoğan',
  surname: 'Erdoğan',
  country: 'TR',
  prominence: 5,
});
const infantino = personEntity({
  id: 'infantino',
  name: 'Gianni Infantino',
  surname: 'Infantino',
  country: 'CH',
  prominence: 4,
});
const musk = personEntity({ id: 'musk', name: 'Elon Musk', surname: 'Musk', country: 'US', prominence: 5 });

describe('given-name equivalents', () => {
  it('holds spellings of one name in several languages', () => {
    expect(sameGivenName(letters('Rajab'), letters('Recep'))).toBe(true);
    expect(sameGivenName(letters('Hüseyin'), letters('Hossein'))).toBe(true);
    expect(sameGivenName(letters('Johnny'), letters('Gianni'))).toBe(true);
    expect(sameGivenName(letters('Esad'), letters('Asaad'))).toBe(true);
    expect(sameGivenName(letters('Johnny'), letters('Peter'))).toBe(false);
    expect(sameGivenName(letters('Errol'), letters('Elon'))).toBe(false);
  });

  it('lifts the other-given-name veto for an equivalent, not for another name', () => {
    expect(hasOtherGivenName('Rajab Tayeb Erdogan', erdogan, false)).toBe(false);
    expect(hasOtherGivenName('Johnny Infantino', infantino, false)).toBe(false);
    expect(hasOtherGivenName('Errol Musk', musk, false)).toBe(true);
    expect(hasOtherGivenName('Matteo Infantino', infantino, false)).toBe(true);
  });
});
