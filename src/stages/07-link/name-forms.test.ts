/**
 * Names translated word for word ("Christine the Guard"), turned round ("Ishiba Shigeru",
 * "Jinping Xi") and called by a family name written first ("Xi said"), each on its own
 * news-style sentences, with the namesakes that must stay unlinked.
 */
import { describe, expect, it } from 'vitest';
import {
  countryEntity,
  linkerOver,
  linkLayers,
  wordTokens,
  writtenAs,
} from '../../../test/helpers/link-fixtures.js';
import type { Token } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';
import { deglossName } from './name-glosses.js';
import { reversedName } from './name-order.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('ES', 'Spain', 'Spanish'),
  countryEntity('JP', 'Japan', 'Japanese'),
  countryEntity('CN', 'China', 'Chinese'),
  countryEntity('SA', 'Saudi Arabia', 'Saudi'),
  countryEntity('QA', 'Qatar', 'Qatari'),
  countryEntity('KR', 'South Korea', 'South Korean'),
  makeEntity({
    id: 'p:vdl',
    type: 'person',
    name: 'Ursula von der Leyen',
    names: [{ text: 'von der Leyen', kind: 'surname' }],
    country: 'DE',
    prominence: 5,
  }),
  makeEntity({
    id: 'p:yoon',
    type: 'person',
    name: 'Yoon Suk Yeol',
    // The KB derives the surname from the last word: "Yeol".
    names: [{ text: 'Yeol', kind: 'surname' }],
    country: 'KR',
    prominence: 4,
    description: 'President of South Korea 2022-25',
    roles: [{ role: 'President', org: 'KR', orgId: 'cd:country/kr', from: '2022-05-10', to: '2025-04-04' }],
  }),
  makeEntity({
    id: 'p:robles',
    type: 'person',
    name: 'Margarita Robles',
    names: [{ text: 'Robles', kind: 'surname' }],
    country: 'ES',
    prominence: 3,
    description: 'Minister of Defence of Spain since 2018',
    roles: [{ role: 'Minister of Defence', org: 'ES', orgId: 'cd:country/es', from: '2018-06-07', to: null }],
  }),
  makeEntity({
    id: 'p:mbs',
    type: 'person',
    name: 'Mohammed bin Salman',
    names: [{ text: 'bin Salman', kind: 'surname' }],
    country: 'SA',
    prominence: 4,
    description: 'Crown Prince and Prime Minister of Saudi Arabia',
    roles: [{ role: 'Crown Prince', org: 'SA', orgId: 'cd:country/sa', from: '2017-06-21', to: null }],
  }),
  makeEntity({
    id: 'p:qa-pm',
    type: 'person',
    name: 'Mohammed bin Abdulrahman Al Thani',
    country: 'QA',
    prominence: 3,
    description: 'Prime Minister of Qatar since 2023',
    roles: [{ role: 'Prime Minister', org: 'QA', orgId: 'cd:country/qa', from: '2023-03-07', to: null }],
  }),
  makeEntity({
    id: 'p:marcos',
    type: 'person',
    name: 'Ferdinand Marcos Jr.',
    country: 'PH',
    prominence: 4,
    description: 'President of the Philippines since 2022',
  }),
  makeEntity({
    id: 'p:kishida',
    type: 'person',
    name: 'Fumio Kishida',
    names: [{ text: 'Kishida', kind: 'surname' }],
    country: 'JP',
    prominence: 4,
    description: 'Prime Minister of Japan 2021-24',
    roles: [
      { role: 'Prime Minister', org: 'JP', orgId: 'cd:country/jp', from: '2021-10-04', to: '2024-10-01' },
    ],
  }),
  makeEntity({
    id: 'p:arjun',
    type: 'person',
    name: 'Arjun Erigaisi',
    names: [{ text: 'Erigaisi', kind: 'surname' }],
    country: 'IN',
    prominence: 1,
    description: 'Indian chess grandmaster',
  }),
  makeEntity({
    id: 'p:wang-yi',
    type: 'person',
    name: 'Wang Yi',
    // The KB derives the surname from the last word: "Yi".
    names: [{ text: 'Yi', kind: 'surname' }],
    country: 'CN',
    prominence: 4,
    description: 'Foreign Minister of China',
    roles: [
      {
        role: 'Minister of Foreign Affairs',
        org: 'CN',
        orgId: 'cd:country/cn',
        from: '2023-07-25',
        to: null,
      },
    ],
  }),
  makeEntity({
    id: 'p:pan',
    type: 'person',
    name: 'Pan Gongsheng',
    names: [{ text: 'Gongsheng', kind: 'surname' }],
    country: 'CN',
    prominence: 3,
    description: "Governor of the People's Bank of China since 2023",
    roles: [
      { role: 'Central Bank Governor', org: 'CN', orgId: 'cd:country/cn', from: '2023-07-25', to: null },
    ],
  }),
  makeEntity({
    id: 'p:pete-wang',
    type: 'person',
    name: 'Pete Wang',
    names: [{ text: 'Wang', kind: 'surname' }],
    country: 'US',
    prominence: 1,
    description: 'American television presenter',
  }),
]);

const link = linkerOver(kb, '2024-06-10');

describe('deglossName / reversedName', () => {
  it('puts back glossed name words after the given name only', () => {
    expect(deglossName('Margarita Oaks').map((d) => d.name)).toEqual(['Margarita Robles']);
    expect(deglossName('Mohammed son of Salman')).toEqual([
      { name: 'Mohammed bin Salman', swaps: ['son of for bin'], particlesOnly: true },
    ]);
    // A given name is never a gloss; a gloss in lower case is prose, not a name.
    expect(deglossName('Oaks Margarita')).toEqual([]);
    expect(deglossName('Margarita oaks')).toEqual([]);
  });

  it('turns two-word names round and leaves longer ones', () => {
    expect(reversedName('Kishida Fumio')).toBe('Fumio Kishida');
    expect(reversedName('Mohammed bin Salman')).toBeNull();
  });

  it('finds the words as /\\s+/ splits the trimmed surface, Unicode spaces too', () => {
    const split = (surface: string) => {
      const words = surface.trim().split(/\s+/);
      return words.length === 2 ? `${words[1]} ${words[0]}` : null;
    };
    const parts = [
      'Kishida',
      'Fumio',
      'Xi',
      '',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\u3000',
      '\n',
      'Lee Jae-myung',
      '李',
      '😀',
    ];
    let pairs = 0;
    for (const a of parts)
      for (const b of parts)
        for (const c of parts) {
          const surface = `${a}${b}${c}`;
          expect(reversedName(surface)).toBe(split(surface));
          if (split(surface) !== null) pairs++;
        }
    expect(pairs).toBeGreaterThan(50);
  });
});

describe('names translated word for word', () => {
  it('puts back a glossed surname when the person’s role stands next to it', () => {
    const text = 'Spanish Defence Minister Margarita Oaks said Madrid would send more air-defence systems.';
    const e = writtenAs(link(text, [['Margarita Oaks', 'person']]), text, 'Margarita Oaks')!;
    expect(e.kbId).toBe('p:robles');
    expect(e.mentions[0]?.repaired).toBe(true);
    expect(e.evidence[0]).toMatchObject({ kind: 'word-substitution' });
  });

  it('leaves a person really called by the gloss alone', () => {
    const text = 'Margarita Oaks, a florist in Valencia, said roses were scarce this spring.';
    expect(writtenAs(link(text, [['Margarita Oaks', 'person']]), text, 'Margarita Oaks')?.kbId).toBeNull();
    const noRole = 'Margarita Oaks won the village baking contest on Sunday.';
    expect(
      writtenAs(link(noRole, [['Margarita Oaks', 'person']]), noRole, 'Margarita Oaks')?.kbId,
    ).toBeNull();
  });

  it('takes two kinds of support from the article instead of a role, not one counted twice', () => {
    const two =
      'Margarita Oaks inspected the Patriot batteries in Spain; as minister of defence she has doubled their number.';
    expect(writtenAs(link(two, [['Margarita Oaks', 'person']]), two, 'Margarita Oaks')?.kbId).toBe(
      'p:robles',
    );
    const one = 'Spanish voters saw Margarita Oaks at the market in Toledo on Sunday.';
    expect(writtenAs(link(one, [['Margarita Oaks', 'person']]), one, 'Margarita Oaks')?.kbId).toBeNull();
  });

  it('puts back the particles of European surnames, whole or cut by the tagger', () => {
    const text = 'Ursula of the Leyen won a second term at the head of the Commission.';
    expect(
      writtenAs(link(text, [['Ursula of the Leyen', 'person']]), text, 'Ursula of the Leyen')?.kbId,
    ).toBe('p:vdl');
    const cut = link(text, [
      ['Ursula', 'person'],
      ['Leyen', 'person'],
    ]);
    expect(writtenAs(cut, text, 'Ursula of the Leyen')?.kbId).toBe('p:vdl');
    // Put back, the name must be a KB name: "Anna of the Valley" is nobody.
    const other = 'Anna of the Valley won the baking contest.';
    expect(
      writtenAs(link(other, [['Anna of the Valley', 'person']]), other, 'Anna of the Valley')?.kbId ?? null,
    ).toBeNull();
  });

  it('takes in a translated particle the tagger cut the name at', () => {
    const text = 'Crown Prince Mohammed son of Salman received the delegation in Riyadh.';
    const entities = link(text, [
      ['Mohammed', 'person'],
      ['Salman', 'location'],
    ]);
    const e = writtenAs(entities, text, 'Mohammed son of Salman');
    expect(e?.kbId).toBe('p:mbs');
  });
});

describe('generational suffixes written out', () => {
  it('reads "Junior" after a full name as "Jr."', () => {
    const text = 'President Ferdinand Marcos Junior said the arrest followed Interpol commitments.';
    const e = writtenAs(link(text, [['Ferdinand Marcos Junior', 'person']]), text, 'Ferdinand Marcos Junior');
    expect(e?.kbId).toBe('p:marcos');
  });
});

describe('names written family name first, romanised another way', () => {
  it('compares the first words as surnames ("Yoon Suk-yol")', () => {
    const text = 'Protesters gathered outside the court that heard Head of state Yoon Suk-yol on Tuesday.';
    const entities = link(
      text,
      [
        ['Head', 'person'],
        ['Yoon Suk-yol', 'person'],
      ],
      '2025-02-04',
    );
    expect(writtenAs(entities, text, 'Yoon Suk-yol')?.kbId).toBe('p:yoon');
  });

  it('takes in a family name the tagger cut off ("[Pan] [Gong Sheng]")', () => {
    const text = 'Chinese central bank governor Pan Gong Sheng cut the reserve ratio on Tuesday.';
    const entities = link(text, [['Gong Sheng', 'person']], '2025-02-04');
    expect(writtenAs(entities, text, 'Pan Gong Sheng')?.kbId).toBe('p:pan');
  });

  it('keeps another family name apart', () => {
    const text = 'Head of state Kim Suk-yol of the student council opened the fair.';
    expect(
      writtenAs(link(text, [['Kim Suk-yol', 'person']], '2025-02-04'), text, 'Kim Suk-yol')?.kbId,
    ).toBeNull();
  });
});

describe('Arabic names the tagger cut', () => {
  it('takes in the rest of a name cut after "Abdul"', () => {
    const text = "Qatar's Prime Minister Mohamed bin Abdul Rahman Al Thani announced the deal in Doha.";
    const entities = link(text, [
      ['Qatar', 'location'],
      ['Mohamed bin Abdul', 'person'],
    ]);
    expect(writtenAs(entities, text, 'Mohamed bin Abdul Rahman Al Thani')?.kbId).toBe('p:qa-pm');
  });
});

describe('name order', () => {
  it('links a Japanese name written family name first', () => {
    const text = 'Former prime minister Kishida Fumio campaigned in Hiroshima on Saturday.';
    expect(writtenAs(link(text, [['Kishida Fumio', 'person']]), text, 'Kishida Fumio')?.kbId).toBe(
      'p:kishida',
    );
  });

  it('links an Indian name written family name first', () => {
    const text = 'Indian grandmaster Erigaisi Arjun won the rapid title in Kolkata on Sunday.';
    expect(writtenAs(link(text, [['Erigaisi Arjun', 'person']]), text, 'Erigaisi Arjun')?.kbId).toBe(
      'p:arjun',
    );
  });

  it('does not turn round the name of a person of another country without a role cue', () => {
    const text = 'Robles Margarita, a nurse in Seville, won the lottery.';
    expect(
      writtenAs(link(text, [['Robles Margarita', 'person']]), text, 'Robles Margarita')?.kbId,
    ).toBeNull();
  });

  it('reads a family name written first as the surname', () => {
    const text = 'Chinese Foreign Minister Wang Yi met his Spanish counterpart. Wang said ties were strong.';
    const entities = link(text, [
      ['Wang Yi', 'person'],
      ['Wang', 'person'],
    ]);
    const e = writtenAs(entities, text, 'Wang Yi')!;
    expect(e.kbId).toBe('p:wang-yi');
    expect(e.mentions).toHaveLength(2);
  });

  it('takes a family name alone for the prominent bearer, not a given name', () => {
    const text = 'Wang told reporters in Beijing that China opposed the tariffs.';
    expect(writtenAs(link(text, [['Wang', 'person']]), text, 'Wang')?.kbId).toBe('p:wang-yi');
    const given = 'Yi told reporters she would run again.';
    expect(writtenAs(link(given, [['Yi', 'person']]), given, 'Yi')?.kbId).toBeNull();
  });
});

describe('a missed surname in a name slot', () => {
  it('joins the article’s person when a past-tense verb follows it', () => {
    const text = 'Spanish Defence Minister Margarita Robles visited Kyiv. Rovles thanked the soldiers.';
    const tokens: Token[] = wordTokens(text);
    const { mentions, sentences } = linkLayers(text, [['Margarita Robles', 'person']]);
    const entities = linkDocument(kb, { text, date: '2025-03-10', mentions, sentences, tokens });
    expect(writtenAs(entities, text, 'Rovles')?.kbId).toBe('p:robles');
  });
});
