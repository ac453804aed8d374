/**
 * A sub-national office the KB files under the country ("Governor", US) is named by copy with
 * its state ("Oregon Governor …"): the place the KB description gives the office stands for
 * its organisation, and no other place does.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { describedOfficePlaceNamed } from './described-offices.js';

const governor = personEntity({
  id: 'halvorsen',
  name: 'Dana Halvorsen',
  surname: 'Halvorsen',
  country: 'US',
  prominence: 2,
  born: 1968,
  description: 'Governor of Oregon since 2023; former state treasurer',
  roles: [{ role: 'Governor', org: 'US', from: '2023-01-09' }],
});

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  makeEntity({
    id: 'loc:oregon',
    type: 'location',
    name: 'Oregon',
    kind: 'state',
    country: 'US',
    prominence: 3,
  }),
  makeEntity({
    id: 'loc:idaho',
    type: 'location',
    name: 'Idaho',
    kind: 'state',
    country: 'US',
    prominence: 3,
  }),
  governor,
]);

describe('the place the description gives an office', () => {
  it('is read from "<Title> of <Place>" for that title only', () => {
    const role = governor.roles[0]!;
    expect(describedOfficePlaceNamed(governor, role, ' oregon governor dana holvarzon said ')).toBe(true);
    expect(describedOfficePlaceNamed(governor, role, ' idaho governor dana holvarzon said ')).toBe(false);
    expect(describedOfficePlaceNamed(governor, { ...role, role: 'Treasurer' }, ' oregon treasurer ')).toBe(
      false,
    );
  });

  it('makes a weak title beside it a full role cue for a spelling repair', () => {
    const text = 'Oregon Governor Dana Holvarzon signed the wildfire bill on Tuesday.';
    const names = [
      ['Oregon', 'location'],
      ['Dana Holvarzon', 'person'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'Dana Holvarzon')?.kbId).toBe('p:halvorsen');
  });

  it('leaves the governor of another state unrepaired', () => {
    const text = 'Idaho Governor Dana Holvarzon signed the wildfire bill on Tuesday.';
    const names = [
      ['Idaho', 'location'],
      ['Dana Holvarzon', 'person'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'Dana Holvarzon')?.kbId ?? null).toBeNull();
  });
});
