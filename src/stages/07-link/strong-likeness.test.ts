/**
 * A mangled full name with no role next to it, very like one prominent person's and like
 * nobody else's ("strong similarity plus a unique candidate", issue 5), is repaired — unless
 * anything makes it a private person. Also: spun and national role titles ("director of
 * nationwide intelligence", "Chancellor" for the UK's finance minister), a spun "General" and
 * an "as" the tagger put into a name, an age that fits the candidate, and a definite
 * description of a public deed.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkLayers, person } from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType, Mention } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';
import { presentedByPublicDeed } from './name-presentations.js';
import { privateLifeIn } from './public-and-private-life.js';
import { cueForRole, cueText } from './roles.js';
import { adjustMentions } from './spans.js';

const eu = makeEntity({
  id: 'o:eu',
  type: 'organization',
  name: 'European Union',
  names: [{ text: 'EU', kind: 'short' }],
  prominence: 5,
});
const kb = new MemoryKnowledgeBase([
  countryEntity('RS', 'Serbia', 'Serbian'),
  countryEntity('US', 'United States', 'American'),
  countryEntity('GB', 'United Kingdom', 'British'),
  countryEntity('TH', 'Thailand', 'Thai'),
  eu,
  person('vucic', 'Aleksandar Vučić', 'Vučić', 'RS', 4, [
    { role: 'President', org: 'RS', from: '2017-05-31' },
  ]),
  person('borrell', 'Josep Borrell', 'Borrell', 'ES', 3, [
    {
      role: 'High Representative',
      org: 'European Union',
      orgId: 'o:eu',
      from: '2019-12-01',
      to: '2024-11-30',
    },
  ]),
  person('joe-biden', 'Joe Biden', 'Biden', 'US', 5, [
    { role: 'President', org: 'US', from: '2021-01-20', to: '2025-01-20' },
  ]),
  person('jill-biden', 'Jill Biden', 'Biden', 'US', 3),
  person('gabbard', 'Tulsi Gabbard', 'Gabbard', 'US', 4, [
    { role: 'Director of National Intelligence', org: 'US', from: '2025-02-12' },
  ]),
  person('reeves', 'Rachel Reeves', 'Reeves', 'GB', 4, [
    { role: 'Minister of Finance', org: 'GB', from: '2024-07-05' },
  ]),
  person('stoltenberg', 'Jens Stoltenberg', 'Stoltenberg', 'NO', 4, [
    { role: 'Secretary General', org: 'NATO', from: '2014-10-01', to: '2024-10-01' },
  ]),
  person('bessent', 'Scott Bessent', 'Bessent', 'US', 4, [
    { role: 'Secretary of the Treasury', org: 'US', from: '2025-01-28' },
  ]),
  person(
    'paetongtarn',
    'Paetongtarn Shinawatra',
    'Shinawatra',
    'TH',
    3,
    [{ role: 'Prime Minister', org: 'TH', from: '2024-08-16', to: '2025-08-29' }],
    1986,
  ),
  // Two look-alikes of one another: neither is "unique".
  person('mark-kovacs', 'Marko Kovač', 'Kovač', 'RS', 3),
  person('marek-kovacs', 'Marek Kovács', 'Kovács', 'HU', 3),
]);

/** The entity over `surface` (or over `over`, the part of it the linker keeps) when linked. */
function linked(
  text: string,
  surface: string,
  date = '2025-03-16',
  type: EntityType = 'person',
  over = surface,
): string | null {
  const entities: Entity[] = linkDocument(kb, { text, date, ...linkLayers(text, [[surface, type]]) });
  const e = entities.find((x) => x.mentions.some((m) => text.slice(m.start, m.end) === over));
  return e?.kbId ? e.name : null;
}

describe('strong likeness to one prominent person', () => {
  it('repairs a mangled full name in public affairs when nobody else is near', () => {
    expect(
      linked(
        'Aleksander Vuchitch told parliament he would not resign despite student-led protests.',
        'Aleksander Vuchitch',
      ),
    ).toBe('Aleksandar Vučić');
    // One kind of support from the article suffices for a less prominent person.
    expect(
      linked(
        'Josef Borel warned that the European Union could not rely on Washington.',
        'Josef Borel',
        '2024-06-02',
      ),
    ).toBe('Josep Borrell');
  });

  it('lets the given name choose between bearers of one surname', () => {
    expect(
      linked(
        'Jo Bayden ended his re-election campaign and endorsed his vice president.',
        'Jo Bayden',
        '2024-07-21',
      ),
    ).toBe('Joe Biden');
  });

  it('leaves private people, look-alike pairs and articles of private life alone', () => {
    expect(
      linked(
        'Aleksander Vuchitch, a 40-year-old plumber in Novi Sad, fixed the school boiler.',
        'Aleksander Vuchitch',
      ),
    ).toBeNull();
    expect(
      linked('Aleksander Vuchitch runs a bakery on the corner of the main square.', 'Aleksander Vuchitch'),
    ).toBeNull();
    expect(
      linked(
        'Aleksander Vuchitch won the amateur chess tournament in Subotica on Sunday.',
        'Aleksander Vuchitch',
      ),
    ).toBeNull();
    // Nothing of public affairs, no support: a name alone is not enough.
    expect(
      linked('Aleksander Vuchitch celebrated his birthday at the lake with friends.', 'Aleksander Vuchitch'),
    ).toBeNull();
    // Two people of the KB look alike: no unique candidate.
    expect(linked('Mareko Kovach told parliament the government would resign.', 'Mareko Kovach')).toBeNull();
  });

  it('takes an age the candidate fits as no private life, and one that does not fit as a veto', () => {
    expect(
      linked(
        'Phaethongthan Chinnawat, 37, was elected prime minister by parliament.',
        'Phaethongthan Chinnawat',
        '2024-08-16',
      ),
    ).toBe('Paetongtarn Shinawatra');
    expect(
      linked(
        'Phaethongthan Chinnawat, 23, was elected head of the student council.',
        'Phaethongthan Chinnawat',
        '2024-08-16',
      ),
    ).toBeNull();
  });

  it('reads a definite description of a public deed as no introduction of a private person', () => {
    expect(
      presentedByPublicDeed('Yehya Al-Sinwar, the architect of the October 7 assault, was killed', 15),
    ).toBe(true);
    expect(presentedByPublicDeed('Mark Root, the dairy farmer from Ohio, said', 9)).toBe(false);
    expect(presentedByPublicDeed('Mark Root, a partner of Root & Sons, said', 9)).toBe(false);
  });

  it('does not read the first half of a compound adjective as private life', () => {
    expect(privateLifeIn(` ${cueText('months of student-led protests')} `)).toBeNull();
    expect(privateLifeIn(` ${cueText('a family-owned firm run by a student')} `)).toBe('student');
  });
});

describe('spun and national role titles', () => {
  const cue = (role: string, org: string, text: string) =>
    cueForRole({ role, org })?.test(` ${cueText(text)} `) ?? false;

  it('reads the words spinners put for the words of a title', () => {
    expect(cue('Director of National Intelligence', 'US', 'director of nationwide intelligence')).toBe(true);
    expect(cue('Secretary of Health and Human Services', 'US', 'well being secretary')).toBe(true);
    expect(cue('Minister of Health', 'DE', 'wellness minister')).toBe(true);
    expect(cue('Director of National Intelligence', 'US', 'director of the national gallery')).toBe(false);
  });

  it('reads "Chancellor" as the finance minister in the UK only', () => {
    expect(cue('Minister of Finance', 'GB', 'Chancellor')).toBe(true);
    expect(cue('Minister of Finance', 'DE', 'Chancellor')).toBe(false);
    expect(cue('Minister of Finance', 'GB', 'Vice Chancellor')).toBe(false);
    expect(
      linked(
        'Chancellor Rachael Reaves raised employer taxes in the price range.',
        'Rachael Reaves',
        '2024-10-30',
      ),
    ).toBe('Rachel Reeves');
    expect(
      linked(
        'Tulsi Gabard was confirmed as director of nationwide intelligence.',
        'Tulsi Gabard',
        '2025-02-12',
      ),
    ).toBe('Tulsi Gabbard');
  });
});

describe('title words the tagger put into a name', () => {
  const spans = (text: string, surface: string, type: EntityType): Mention[] =>
    adjustMentions(kb, text, linkLayers(text, [[surface, type]]).mentions);

  it('trims a spun "General" after Secretary', () => {
    const text = 'Secretary Normal Jens Stoltemberg opened the summit.';
    const [m] = spans(text, 'Normal Jens Stoltemberg', 'person');
    expect(text.slice(m!.start, m!.end)).toBe('Jens Stoltemberg');
    // Not a name that merely starts with the word.
    const other = 'Normal Heights residents met the mayor.';
    const [n] = spans(other, 'Normal Heights', 'location');
    expect(other.slice(n!.start, n!.end)).toBe('Normal Heights');
  });

  it('cuts a name run on over "as" into an office', () => {
    const text = 'The Senate confirmed Scot Besent as Treasury secretary on Monday.';
    const [m] = spans(text, 'Scot Besent as Treasury', 'organization');
    expect(text.slice(m!.start, m!.end)).toBe('Scot Besent');
    expect(m!.type).toBe('person');
    expect(linked(text, 'Scot Besent as Treasury', '2025-01-28', 'organization', 'Scot Besent')).toBe(
      'Scott Bessent',
    );
    // "X as Y" with no office after "as" stays as the tagger gave it.
    const film = 'Tom Hanks starred in Cast Away as Chuck Noland.';
    const [f] = spans(film, 'Cast Away as Chuck', 'misc');
    expect(film.slice(f!.start, f!.end)).toBe('Cast Away as Chuck');
  });
});

describe('bodies before people in the sound-alike pass', () => {
  it('lets a spun body named after the person support the repair', () => {
    const doge = makeEntity({
      id: 'o:doge',
      type: 'organization',
      name: 'Department of Government Efficiency',
      names: [{ text: 'DOGE', kind: 'short' }],
      country: 'US',
      prominence: 4,
    });
    const musk = person('musk', 'Elon Musk', 'Musk', 'US', 3, [
      {
        role: 'Head',
        org: 'Department of Government Efficiency',
        orgId: 'o:doge',
        from: '2025-01-20',
        to: '2025-05-30',
      },
    ]);
    const small = new MemoryKnowledgeBase([countryEntity('US', 'United States', 'American'), doge, musk]);
    const text = 'Ilon Mask said goodbye to the Division of Authorities Effectivity at a farewell event.';
    const entities = linkDocument(small, {
      text,
      date: '2025-05-30',
      ...linkLayers(text, [
        ['Ilon Mask', 'person'],
        ['Division of Authorities Effectivity', 'organization'],
      ]),
    });
    const names = entities.map((e) => e.name);
    expect(names).toContain('Department of Government Efficiency');
    expect(names).toContain('Elon Musk');
  });
});

describe('names the tagger gave a title or cut at a particle', () => {
  const small = new MemoryKnowledgeBase([
    countryEntity('US', 'United States', 'American'),
    countryEntity('BR', 'Brazil', 'Brazilian'),
    makeEntity({
      id: 'p:mamdani',
      type: 'person',
      name: 'Zohran Mamdani',
      names: [{ text: 'Mamdani', kind: 'surname' }],
      country: 'US',
      prominence: 4,
      description: 'Mayor of New York City since 2026',
    }),
    person('lago', 'André Corrêa do Lago', 'do Lago', 'BR', 2),
    person('lazzarini', 'Philippe Lazzarini', 'Lazzarini', 'CH', 3),
  ]);
  const names = (text: string, mentions: [string, EntityType][]) =>
    linkDocument(small, { text, date: '2025-06-25', ...linkLayers(text, mentions) }).map((e) => e.name);

  it("trims a local legislator's title", () => {
    expect(
      names("State Assemblyman Zahran Mamdani won New York's Democratic primary for mayor.", [
        ['Assemblyman Zahran Mamdani', 'person'],
      ]),
    ).toContain('Zohran Mamdani');
  });

  it('takes in a Portuguese particle and the surname after it', () => {
    expect(
      names('Conference president Andre Correa do Lago urged countries to act.', [
        ['Andre Correa', 'person'],
        ['Lago', 'person'],
      ]),
    ).toContain('André Corrêa do Lago');
  });

  it('repairs one plain slip of a prominence-3 name in public affairs, not in private life', () => {
    expect(
      names('Agency chief Philippe Lazarini called the vote in parliament unprecedented.', [
        ['Philippe Lazarini', 'person'],
      ]),
    ).toContain('Philippe Lazzarini');
    expect(
      names('Philippe Lazarini opened a bakery in Geneva where his fans queue daily.', [
        ['Philippe Lazarini', 'person'],
      ]),
    ).not.toContain('Philippe Lazzarini');
  });
});

describe('a surname after a common title', () => {
  const lb = new MemoryKnowledgeBase([
    countryEntity('LB', 'Lebanon', 'Lebanese'),
    person('joseph-aoun', 'Joseph Aoun', 'Aoun', 'LB', 3, [
      { role: 'President', org: 'LB', from: '2025-01-09' },
    ]),
    person('michel-aoun', 'Michel Aoun', 'Aoun', 'LB', 3, [
      { role: 'President', org: 'LB', from: '2016-10-31', to: '2022-10-30' },
    ]),
  ]);
  const named = (text: string, date: string, type: EntityType = 'person') =>
    linkDocument(lb, {
      text,
      date,
      ...linkLayers(text, [[text.startsWith('President') ? 'President Aoun' : 'Aoun', type]]),
    })
      .map((e) => e.name)
      .find((n) => n.includes('Aoun'));

  it('goes to the one bearer holding the title on the date', () => {
    expect(named('President Aoun named a new prime minister on Monday.', '2025-01-13')).toBe('Joseph Aoun');
    expect(named('President Aoun named a new prime minister on Monday.', '2019-05-01')).toBe('Michel Aoun');
    // Without the title, two bearers of the surname and no other evidence: nobody.
    expect(named('Aoun named a new prime minister on Monday.', '2025-01-13')).toBe('Aoun');
  });

  it('takes a title off a surname the tagger typed as a body', () => {
    expect(named('President Aoun named a new prime minister on Monday.', '2025-01-13', 'organization')).toBe(
      'Joseph Aoun',
    );
  });
});
