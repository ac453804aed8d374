/**
 * Names spelled back through the letter correspondences of another script (script-routes.ts):
 * "Olaf Sholts" (Олаф Шольц), "Wen Tszyabao" (Вэнь Цзябао), "Yi Nakyon", "Mejlis"
 * — with the evidence any spelling needs, and never for a private person.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkLayers, person, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { linkDocument } from './link-document.js';
import { scriptRouteVariants } from './script-routes.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('DE', 'Germany', 'German'),
  countryEntity('CN', 'China', 'Chinese'),
  countryEntity('KR', 'South Korea', 'South Korean'),
  countryEntity('PL', 'Poland', 'Polish'),
  countryEntity('KP', 'North Korea', 'North Korean'),
  person('wang-li', 'Wang Li', 'Wang', 'CN', 4, [
    { role: 'Foreign Minister', org: 'CN', from: '2001-03-16' },
  ]),
  person('kim-jongsu', 'Kim Jong Su', 'Kim', 'KP', 4, [{ role: 'Premier', org: 'KP', from: '2001-04-10' }]),
  person('scholz', 'Dietmar Scholz', 'Scholz', 'DE', 4, [
    { role: 'Chancellor', org: 'DE', from: '1998-10-27' },
  ]),
  person('wen', 'Wen Jiabao', 'Wen', 'CN', 4, [{ role: 'Premier', org: 'CN', from: '2003-03-16' }]),
  person('lee-nakyon', 'Lee Nak-yon', 'Lee', 'KR', 3, [
    { role: 'Prime Minister', org: 'KR', from: '2017-05-31' },
  ]),
  person('kim-sunghun', 'Kim Sung-hun', 'Kim', 'KR', 4, [
    { role: 'Foreign Minister', org: 'KR', from: '2022-05-10' },
  ]),
  person('maximilian', 'Max Kretschmer', 'Kretschmer', 'DE', 4, [
    { role: 'Minister-President', org: 'Saxony', from: '2017-12-13' },
  ]),
  person('szczerbowski', 'Tomasz Szczerbowski', 'Szczerbowski', 'PL', 3, [
    { role: 'Mayor', org: 'Gdańsk', from: '2002-11-20' },
  ]),
]);

function linked(
  text: string,
  surface: string,
  date = '2005-06-10',
  type: EntityType = 'person',
): string | null {
  const entities: Entity[] = linkDocument(kb, { text, date, ...linkLayers(text, [[surface, type]]) });
  const e = writtenAs(entities, text, surface);
  return e?.kbId ? e.name : null;
}

describe('scriptRouteVariants', () => {
  it('rewrites the words of a name by the correspondences of one route at a time', () => {
    expect(scriptRouteVariants('Dietmar Sholts')).toContain('Dietmar Scholz');
    expect(scriptRouteVariants('Rajab Tayyib')).toContain('Racab Tayyib');
    // Too common in English names to start a search alone: "sh", an initial J.
    expect(scriptRouteVariants('Joshua Bush')).toEqual([]);
    expect(scriptRouteVariants('John Shapiro')).toEqual([]);
    expect(scriptRouteVariants('Maks Kretschmer')).toContain('Max Kretschmer');
    expect(scriptRouteVariants('Wen Tszyabao')).toContain('Wen Jiabao');
    // Palladius "si" is pinyin "xi" (Си Цзиньпин): the family name as written first too.
    expect(scriptRouteVariants('Si Tszinlan')).toContain('Xi Jinlan');
    expect(scriptRouteVariants('Sun Tsyan').some((v) => v.startsWith('X'))).toBe(false);
    // …but a longer word is no Chinese syllable there: "Singkh" (Singh through Russian) stays.
    expect(scriptRouteVariants('Radzhnat Singkh').some((v) => v.includes('Xing'))).toBe(false);
    expect(scriptRouteVariants('Yi Nakyon')).toContain('Lee Nakyon');
    // The Revised Romanization's "eo" as the older spellings' "u", in a hyphenated given name only.
    expect(scriptRouteVariants('Kim Seong-heon')).toContain('Kim Sung-hun');
    expect(scriptRouteVariants('Leon Theodore')).toEqual([]);
    // McCune-Reischauer's ŏ without its breve: "myong" after a consonant is "myung"; "yong" alone stays.
    expect(scriptRouteVariants('Park Byong-hun')).toContain('Park Byung-hun');
    expect(scriptRouteVariants('Kim Jae-yong')).toEqual([]);
    // Pinyin x spelt by ear as "sh", the one-syllable word only; pinyin j heard as "dz".
    expect(scriptRouteVariants('Shi Jinping')).toContain('Xi Jinping');
    expect(scriptRouteVariants('Shi Dzinlan')).toContain('Xi Jinlan');
    // McCune-Reischauer's unaspirated "ch" is "j", in syllables after a Korean family name;
    // Russian's "Chen" is the same 정, its "Yn" 은.
    expect(scriptRouteVariants('Kim Chong Su')).toContain('Kim Jong Su');
    expect(scriptRouteVariants('Pak Chen Yn')).toContain('Pak Jong Un');
    expect(scriptRouteVariants('Kim Chen').some((v) => v.includes('Jo'))).toBe(false);
    // Chinese left in Cyrillic, in Palladius: final "н" is -ng, "нь" -n, a lone "и" yi.
    expect(scriptRouteVariants('Ван И')).toContain('Wang Yi');
    expect(scriptRouteVariants('Си Цзиньпин')).toContain('Xi Jinping');
    expect(scriptRouteVariants('Ли Цян')).toContain('Li Qiang');
    expect(scriptRouteVariants('Charles Chen').some((v) => v.includes('Jo'))).toBe(false);
    expect(scriptRouteVariants('Kim Chambers').some((v) => v.includes('Jambers'))).toBe(false);
    expect(scriptRouteVariants('Tomash Shcherbovsky')).toContain('Tomasz Szczerbowski');
    expect(scriptRouteVariants('Karol Navrotsky')).toContain('Karol Nawrocki');
    // A Polish ending as Russian writes it starts the route, not "v" or "sh" alone.
    expect(scriptRouteVariants('Vladimir Shapiro')).toEqual([]);
    // Nothing to rewrite; one word alone is no full name.
    expect(scriptRouteVariants('Angela Merkel')).toEqual([]);
    expect(scriptRouteVariants('Shreder')).toEqual([]);
  });
});

describe('names through another script', () => {
  it('links a reading back with a role cue or a quiet article, showing the reading', () => {
    const text = 'Dietmar Sholts posed for photographers before lunch.';
    const entities = linkDocument(kb, {
      text,
      date: '2002-05-01',
      ...linkLayers(text, [['Dietmar Sholts', 'person']]),
    });
    const e = entities.find((x) => x.kbId === 'p:scholz');
    expect(e?.evidence.map((x) => x.detail)).toContain(
      'Dietmar Sholts (read as Dietmar Scholz) ~ Dietmar Scholz',
    );
    expect(linked('Premier Wen Tszyabao of China opened the session in Beijing.', 'Wen Tszyabao')).toBe(
      'Wen Jiabao',
    );
    expect(
      linked('Maks Kretschmer and Yi Nakyon posed for photographers before lunch.', 'Maks Kretschmer'),
    ).toBe('Max Kretschmer');
    expect(
      linked('Gdańsk mayor Tomash Shcherbovsky opened the shipyard museum.', 'Tomash Shcherbovsky'),
    ).toBe('Tomasz Szczerbowski');
    expect(
      linked(
        'Foreign Minister Kim Seong-heon of South Korea met his Japanese counterpart.',
        'Kim Seong-heon',
        '2023-03-02',
      ),
    ).toBe('Kim Sung-hun');
  });

  it('reads McCune-Reischauer’s "ch" as the candidate’s own given name, no other (session acc23-link-a)', () => {
    expect(linked('North Korean Premier Kim Chong Su opened the new dam on Monday.', 'Kim Chong Su')).toBe(
      'Kim Jong Su',
    );
  });

  it('reads a Chinese name left in Cyrillic back to pinyin (session acc23-link-a)', () => {
    expect(linked('Chinese Foreign Minister Ван Ли met his Japanese counterpart in Tokyo.', 'Ван Ли')).toBe(
      'Wang Li',
    );
  });

  it('leaves private people and lesser names without support alone', () => {
    expect(
      linked('Dietmar Sholts, a retired plumber from Omsk, fixed the boiler.', 'Dietmar Sholts'),
    ).toBeNull();
    // No support, in an article of everyday life: not enough.
    expect(linked('Yi Nakyon spent the weekend fishing with his grandchildren.', 'Yi Nakyon')).toBeNull();
    expect(
      linked(
        'Kim Seong-heon, a retired baker from Busan, won the village quiz.',
        'Kim Seong-heon',
        '2023-03-02',
      ),
    ).toBeNull();
  });
});
