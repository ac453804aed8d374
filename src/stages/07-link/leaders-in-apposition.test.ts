/**
 * A mangled name presented by its own body's leadership ("…, the Valdor Front leader") or by
 * how a head of state lost office ("…, who fled the country") is a public figure: the
 * apposition is role evidence when the candidate's KB roles name that body, and the fall from
 * power no private presentation when the candidate held such a post. Another body's leadership
 * ("the Orbix chief") or the flight of somebody who never held office proves nothing.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { headshipCue } from './roles.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('VD', 'Valdoria', 'Valdorian'),
  makeEntity({
    id: 'o:front',
    type: 'organization',
    name: 'Valdor Front',
    description: 'armed movement in Valdoria',
    prominence: 3,
  }),
  makeEntity({
    id: 'o:orbix',
    type: 'organization',
    name: 'Orbix',
    description: 'software company',
    prominence: 3,
  }),
  personEntity({
    id: 'karbani',
    name: 'Yusuf Karbani',
    surname: 'Karbani',
    country: 'VD',
    prominence: 3,
    roles: [
      {
        role: 'Hill country leader',
        org: 'Valdor Front',
        orgId: 'o:front',
        from: '2015-01',
        to: '2025-03-02',
      },
    ],
  }),
  personEntity({
    id: 'tomescu',
    name: 'Radu Tomescu',
    surname: 'Tomescu',
    country: 'VD',
    prominence: 3,
    roles: [{ role: 'President', org: 'VD', from: '2011-06-01', to: '2025-03-04' }],
  }),
  personEntity({
    id: 'dravic',
    name: 'Milan Dravic',
    surname: 'Dravic',
    country: 'VD',
    prominence: 3,
    roles: [{ role: 'Minister of Culture', org: 'VD', from: '2019-01-01' }],
  }),
]);

const link = linkerOver(kb, '2025-03-04');

function linked(text: string, surface: string, date?: string): string | null {
  return writtenAs(link(text, [[surface, 'person']], date), text, surface)?.kbId ?? null;
}

describe("an apposition naming the candidate's own body as the one they lead", () => {
  it('repairs a name called the leader of the body of his KB role, days after the role ended', () => {
    const text = 'Soldiers said they had killed Yousef al-Karbany, the Valdor Front leader, near the border.';
    expect(linked(text, 'Yousef al-Karbany')).toBe('p:karbani');
  });

  it('does not repair a name called the chief of another body', () => {
    const text = 'Soldiers said they had met Yousef al-Karbany, the Orbix chief, near the border.';
    expect(linked(text, 'Yousef al-Karbany')).toBeNull();
  });

  it('does not count a role that ended years before the article', () => {
    const text = 'Soldiers said they had killed Yousef al-Karbany, the Valdor Front leader, near the border.';
    expect(linked(text, 'Yousef al-Karbany', '2028-05-20')).toBeNull();
  });
});

describe('a clause of how a head of state lost office', () => {
  it('repairs a former president who fled the country', () => {
    const text = 'Rebels declared the end of the rule of Radu Tomesku, who fled the country on Sunday.';
    expect(linked(text, 'Radu Tomesku')).toBe('p:tomescu');
  });

  it('repairs a former president who fled to a named capital or country', () => {
    const moscow = 'Rebels declared the end of the rule of Radu Tomesku, who fled to Moscow with his family.';
    expect(linked(moscow, 'Radu Tomesku')).toBe('p:tomescu');
    const emirates =
      'Rebels declared the end of the rule of Radu Tomesku, who fled to the United Arab Emirates.';
    expect(linked(emirates, 'Radu Tomesku')).toBe('p:tomescu');
  });

  it('still refuses a flight to a named place for a minister who never led the state', () => {
    const text = 'Rebels declared the end of the career of Milan Dravich, who fled to Moscow on Sunday.';
    expect(linked(text, 'Milan Dravich')).toBeNull();
  });

  it('still refuses the same clause for a minister who never led the state', () => {
    const text = 'Rebels declared the end of the career of Milan Dravich, who fled the country on Sunday.';
    expect(linked(text, 'Milan Dravich')).toBeNull();
  });
});

describe('which KB titles a head word beside the body may stand for', () => {
  it('takes a leadership of a body that no title class knows', () => {
    expect(headshipCue({ role: 'Gaza leader', org: 'Hamas', orgId: 'o:hamas' })).not.toBeNull();
    expect(headshipCue({ role: 'Head of the Political Bureau', org: 'Hamas', orgId: null })).not.toBeNull();
  });

  it('leaves posts a head word only qualifies, and offices of a country', () => {
    expect(
      headshipCue({ role: 'Deputy Chief Minister of Karnataka', org: 'Congress', orgId: null }),
    ).toBeNull();
    expect(headshipCue({ role: 'Gaza leader', org: 'PS', orgId: null })).toBeNull();
    expect(headshipCue({ role: 'Party Leader', org: 'Awami League', orgId: null })).toBeNull();
  });
});
