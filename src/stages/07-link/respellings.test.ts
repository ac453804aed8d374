/**
 * Names in French transliteration: "Voutchitch" (tch for č), "Zaloujny" (ou for u, j for
 * zh), "Alexandre" (a final e). The English respelling is looked up too, so the person is
 * a candidate; the repair still needs its evidence (here a role cue).
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, linkLayers, personEntity } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { CandidateSearch, NAMES_AND_ALIASES } from './candidate-search.js';
import { linkDocument } from './link-document.js';
import { frenchOuRespelling, frenchRespelling, heardFrenchName, lineageName } from './respellings.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('RS', 'Serbia', 'Serbian'),
  countryEntity('UA', 'Ukraine', 'Ukrainian'),
  personEntity({
    id: 'vucic',
    name: 'Aleksandar Vučić',
    surname: 'Vučić',
    country: 'RS',
    prominence: 4,
    roles: [{ role: 'President', org: 'RS', orgId: 'cd:country/rs', from: '2017-05-31' }],
  }),
  personEntity({
    id: 'zaluzhnyi',
    name: 'Valerii Zaluzhnyi',
    surname: 'Zaluzhnyi',
    country: 'UA',
    prominence: 4,
  }),
]);

const link = linkerOver(kb, '2025-03-15');

describe('French transliteration', () => {
  it('respells French letter groups the English way', () => {
    expect(frenchRespelling('Alexandre Voutchitch')).toBe('Alexandr Vuchich');
    expect(frenchRespelling('Valeri Zaloujny')).toBe('Valeri Zaluzhny');
    expect(frenchRespelling('John Major')).toBeNull();
    expect(frenchRespelling('Dave Calhoun')).toBeNull();
    expect(frenchRespelling('Peter Hansen')).toBeNull();
    expect(frenchRespelling('Şükrü Yılmaz')).toBeNull();
  });

  it('finds the person under the respelling, at the better likeness', () => {
    const found = new CandidateSearch(kb, false).candidates(
      'Valeri Zaloujny',
      'person',
      NAMES_AND_ALIASES,
      0.5,
    );
    expect(found[0]?.entity.name).toBe('Valerii Zaluzhnyi');
    expect(found[0]!.sim).toBeGreaterThan(0.95);
  });

  it('repairs a French spelling with a role cue, and not without the person named', () => {
    const text = 'Serbian President Alexandre Voutchitch rejected calls to resign on Sunday.';
    const linked = link(text, [['Alexandre Voutchitch', 'person']]);
    expect(linked.find((e) => e.mentions.length > 0 && e.kbId)?.name).toBe('Aleksandar Vučić');
    const other = 'Pierre Voutchitch, a baker in Lyon, opened a second shop on Sunday.';
    const none = linkDocument(kb, {
      text: other,
      date: '2025-03-15',
      ...linkLayers(other, [['Pierre Voutchitch', 'person']]),
    });
    expect(none.some((e) => e.kbId === 'p:vucic')).toBe(false);
  });
});

describe('French names as heard', () => {
  const heardKb = new MemoryKnowledgeBase([
    countryEntity('FR', 'France', 'French'),
    personEntity({
      id: 'renaudeau',
      name: 'Claire Renaudeau',
      surname: 'Renaudeau',
      country: 'FR',
      prominence: 3,
      roles: [{ role: 'Chief Executive Officer', org: 'Lumiere Group', from: '2019-01-01' }],
    }),
    personEntity({
      id: 'thibault',
      name: 'Marc Thibault',
      surname: 'Thibault',
      country: 'US',
      prominence: 3,
    }),
  ]);

  it('writes silent endings as heard, for people of French-speaking countries only', () => {
    expect(heardFrenchName('Bernard Arnault', 'FR')).toBe('Bernard Arno');
    expect(heardFrenchName('Claire Renaudeau', 'FR')).toBe('Claire Renaudo');
    expect(heardFrenchName('Léon Marchand', 'FR')).toBe('Léon Marchan');
    expect(heardFrenchName('Marc Thibault', 'US')).toBeNull();
    expect(heardFrenchName('Emmanuel Macron', 'FR')).toBeNull();
  });

  it('finds the person from the name as heard, a little below a name as written', () => {
    const found = new CandidateSearch(heardKb, false).candidates(
      'Claire Renaudo',
      'person',
      NAMES_AND_ALIASES,
      0.5,
    );
    expect(found[0]?.entity.name).toBe('Claire Renaudeau');
    expect(found[0]!.sim).toBeLessThan(1);
    expect(found[0]!.sim).toBeGreaterThan(0.9);
    const none = new CandidateSearch(heardKb, false).candidates(
      'Marc Thibo',
      'person',
      NAMES_AND_ALIASES,
      0.9,
    );
    expect(none).toEqual([]);
  });
});

describe('Arab names without their family name', () => {
  it('keeps the given name and lineage of a name with a family name after "bin"', () => {
    expect(lineageName('Tamim bin Hamad Al Thani')).toBe('Tamim bin Hamad');
    expect(lineageName('Mohammed bin Rashid Al Maktoum')).toBe('Mohammed bin Rashid');
    expect(lineageName('Faisal bin Farhan Al Saud')).toBe('Faisal bin Farhan');
    expect(lineageName('Ahmed Al Thani')).toBeNull();
    expect(lineageName('Mohammed bin Salman')).toBeNull();
  });

  it('finds the person by the shortened name', () => {
    const gulf = new MemoryKnowledgeBase([
      personEntity({
        id: 'khalid',
        name: 'Khalid bin Nasser Al Qasimi',
        surname: 'Al Qasimi',
        country: 'AE',
        prominence: 3,
      }),
    ]);
    const found = new CandidateSearch(gulf, false).candidates(
      'Khalid bin Nasser',
      'person',
      NAMES_AND_ALIASES,
      0.5,
    );
    expect(found[0]?.entity.name).toBe('Khalid bin Nasser Al Qasimi');
  });
});

describe('a surname alone in French transliteration', () => {
  const ouKb = new MemoryKnowledgeBase([
    countryEntity('RS', 'Serbia', 'Serbian'),
    personEntity({
      id: 'durin',
      name: 'Milan Durin',
      surname: 'Durin',
      country: 'RS',
      prominence: 4,
      roles: [{ role: 'President', org: 'RS', orgId: 'cd:country/rs', from: '2017-05-31' }],
    }),
    personEntity({ id: 'kulan', name: 'Ana Kulan', surname: 'Kulan', country: 'RS', prominence: 2 }),
  ]);
  const link = (text: string, word: string) => {
    const at = text.indexOf(word);
    const entities = linkDocument(ouKb, {
      text,
      date: '2025-05-02',
      ...linkLayers(text, [[word, 'person']]),
    });
    return entities.find((e) => e.mentions.some((m) => m.start === at))?.kbId ?? null;
  };

  it('writes "ou" back as "u"', () => {
    expect(frenchOuRespelling('Dourin')).toBe('Durin');
    expect(frenchOuRespelling('Durin')).toBeNull();
    expect(frenchOuRespelling('Milan Dourin')).toBeNull();
  });

  it('links the best known bearer of the surname written back, in news of public life', () => {
    expect(link('Dourin met the Hungarian premier at the summit in Budapest on Friday.', 'Dourin')).toBe(
      'p:durin',
    );
  });

  it('leaves the surname of one less known, and a private person, unlinked', () => {
    expect(
      link('Koulan met the Hungarian premier at the summit in Budapest on Friday.', 'Koulan'),
    ).toBeNull();
    expect(link('Dourin, a 34-year-old baker, sold bread at the summit in Budapest.', 'Dourin')).toBeNull();
  });
});
