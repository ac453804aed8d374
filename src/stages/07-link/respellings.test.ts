/**
 * Names in French transliteration: "Voutchitch" (tch for č), "Zaloujny" (ou for u, j for
 * zh), "Alexandre" (a final e). The English respelling is looked up too, so the person is
 * a candidate; the repair still needs its evidence (here a role cue).
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkLayers, personEntity } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { CandidateSearch, NAMES_AND_ALIASES } from './candidate-search.js';
import { linkDocument } from './link-document.js';
import { frenchRespelling } from './respellings.js';

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
    const linked = linkDocument(kb, {
      text,
      date: '2025-03-15',
      ...linkLayers(text, [['Alexandre Voutchitch', 'person']]),
    });
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
