import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../../../kb/memory.js';
import { makeEntity } from '../../../../kb/model.js';
import {
  meansEntityIn,
  namesEntityIn,
  qualifiedNameAgrees,
  readGold,
  scoreCase,
  summarize,
  withoutInitialDots,
} from './linking.js';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-gold-'));
function gold(lines: string[]): string {
  const path = join(dir, `g${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const CASE = {
  id: 'c1',
  date: '2025-02-14',
  text: 'Mark Root met Mark Root.',
  mentions: [
    { surface: 'Mark Root', canonical: ['Mark Rutte'] },
    { surface: 'Mark Root', canonical: null, trap: 'Mark Rutte' },
  ],
};

function entity(name: string, kbId: string | null, spans: [number, number][]): Entity {
  return {
    id: 'e1',
    type: 'person',
    name,
    kbId,
    mentions: spans.map(([start, end]) => ({ start, end, repaired: kbId !== null })),
    evidence: [],
    by: 'link',
    confidence: 1,
  };
}

describe('readGold', () => {
  it('reads valid cases and rejects bad lines with file:line', () => {
    expect(readGold(gold([JSON.stringify(CASE)]))).toHaveLength(1);
    expect(() => readGold(gold([JSON.stringify(CASE), '{oops']))).toThrow(/:2: not valid JSON/);
    expect(() => readGold(gold([JSON.stringify({ ...CASE, date: '14.2.2025' })]))).toThrow(
      /:1: date: date must be/,
    );
    expect(() =>
      readGold(gold([JSON.stringify({ ...CASE, mentions: [{ surface: 'Nobody', canonical: ['X'] }] })])),
    ).toThrow(/"Nobody" is not in the text/);
    expect(() => readGold(gold([JSON.stringify(CASE), JSON.stringify(CASE)]))).toThrow(/duplicate id c1/);
    expect(() => readGold(join(dir, 'absent.jsonl'))).toThrow(/cannot read gold file/);
  });
});

describe('scoreCase', () => {
  it('scores the n-th gold mention against the n-th occurrence', () => {
    // First occurrence linked to Rutte (right), second also linked (a false repair).
    const both = scoreCase(CASE, [
      entity('Mark Rutte', 'Q57792', [
        [0, 9],
        [14, 23],
      ]),
    ]);
    expect(both.map((r) => r.ok)).toEqual([true, false]);
    const first = scoreCase(CASE, [
      entity('Mark Rutte', 'Q57792', [[0, 9]]),
      entity('Mark Root', null, [[14, 23]]),
    ]);
    expect(first.map((r) => r.ok)).toEqual([true, true]);
    expect(summarize([...both, ...first])).toMatchObject({
      positives: 2,
      correct: 2,
      traps: 2,
      falseRepairs: 1,
      accuracy: 1,
      falseRepairRate: 0.5,
    });
  });

  it('counts a positive without a mention as wrong', () => {
    expect(scoreCase(CASE, [])[0]).toMatchObject({ ok: false, got: 'no mention' });
  });

  it('accepts a gold name the KB files as an alias of the linked entity and of no other', () => {
    const kb = new MemoryKnowledgeBase([
      makeEntity({
        id: 'org:usaid',
        type: 'organization',
        name: 'US Agency for International Development',
        names: [
          { text: 'United States Agency for International Development', kind: 'alias' },
          { text: 'Agency', kind: 'alias' },
        ],
      }),
      makeEntity({
        id: 'org:other',
        type: 'organization',
        name: 'Space Agency',
        names: [{ text: 'Agency', kind: 'alias' }],
      }),
    ]);
    const c = {
      id: 'c2',
      date: '2025-02-14',
      text: 'USAID cut programmes. USAID said so. USAID again.',
      mentions: [
        { surface: 'USAID', canonical: ['United States Agency for International Development'] },
        { surface: 'USAID', canonical: ['Agency'] },
        { surface: 'USAID', canonical: null, trap: 'United States Agency for International Development' },
      ],
    };
    const linked = entity('US Agency for International Development', 'org:usaid', [
      [0, 5],
      [22, 27],
      [37, 42],
    ]);
    // Without the KB only the canonical name counts; with it the unambiguous alias does, for traps too.
    expect(scoreCase(c, [linked]).map((r) => r.ok)).toEqual([false, false, true]);
    expect(scoreCase(c, [linked], namesEntityIn(kb)).map((r) => r.ok)).toEqual([true, false, false]);
  });
});

describe('a surface inside a longer gold surface', () => {
  it('counts only the occurrences outside it', () => {
    const c = {
      id: 'c5',
      date: '2024-12-02',
      text: 'Hunter Biden was pardoned, President Biden said.',
      mentions: [
        { surface: 'Hunter Biden', canonical: ['Hunter Biden'] },
        { surface: 'Biden', canonical: ['Joe Biden'] },
      ],
    };
    const results = scoreCase(c, [
      entity('Hunter Biden', 'Q1', [[0, 12]]),
      entity('Joe Biden', 'Q6279', [[27, 42]]),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
  });

  it('takes a surface that stands only inside the longer one there', () => {
    const c = {
      id: 'c7',
      date: '2026-03-25',
      text: 'Visitors to the Kazan Kremlin rose by 15 percent last year.',
      mentions: [
        { surface: 'Kazan Kremlin', canonical: null, trap: 'Moscow Kremlin' },
        { surface: 'Kazan', canonical: ['Kazan'] },
      ],
    };
    const results = scoreCase(c, [entity('Kazan', 'geonames:551487', [[16, 21]])]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
  });

  it('still counts them when no longer gold surface covers them', () => {
    const c = {
      id: 'c6',
      date: '2024-12-02',
      text: 'Hunter Biden was pardoned, President Biden said.',
      mentions: [{ surface: 'Biden', canonical: ['Joe Biden'] }],
    };
    const results = scoreCase(c, [
      entity('Hunter Biden', 'Q1', [[0, 12]]),
      entity('Joe Biden', 'Q6279', [[27, 42]]),
    ]);
    expect(results[0]).toMatchObject({ ok: false, got: 'Hunter Biden' });
  });
});

describe("the KB's own qualifier", () => {
  it('names the entity by its bracketed base, for positives and traps alike', () => {
    const c = {
      id: 'c3',
      date: '2025-03-25',
      text: 'The chat ran on Signal. Signal kept no logs. A Signal flare rose.',
      mentions: [
        { surface: 'Signal', canonical: ['Signal'] },
        { surface: 'Signal', canonical: ['Signal app'] },
        { surface: 'Signal', canonical: null, trap: 'Signal' },
      ],
    };
    const linked = entity('Signal (messaging app)', 'org:signal', [
      [16, 22],
      [24, 30],
      [46, 52],
    ]);
    expect(scoreCase(c, [linked]).map((r) => r.ok)).toEqual([true, false, false]);
  });

  it('leaves a comma form whole', () => {
    const c = {
      id: 'c4',
      date: '2025-03-25',
      text: 'Washington said so.',
      mentions: [{ surface: 'Washington', canonical: ['Washington'] }],
    };
    expect(scoreCase(c, [entity('Washington, D.C.', 'loc:dc', [[0, 10]])])[0]?.ok).toBe(false);
  });
});

describe('gold names with a Wikipedia qualifier', () => {
  const place = (id: string, name: string, country: string, kind: string, description: string) =>
    makeEntity({ id, type: 'location', name, country, kind, description });
  const kb = new MemoryKnowledgeBase([
    place('c:us', 'United States', 'US', 'country', 'country in North America'),
    place('c:ec', 'Ecuador', 'EC', 'country', 'country in South America'),
    place('c:ge', 'Georgia', 'GE', 'country', 'country; capital Tbilisi'),
    place('r:ga', 'Georgia (U.S. state)', 'US', 'region', 'US state'),
    place('r:or', 'Oregon', 'US', 'region', 'US state'),
    place('r:me', 'Maine', 'US', 'region', 'US state'),
    place('t:portland', 'Portland', 'US', 'city', 'city in United States'),
    place('t:cuenca', 'Cuenca', 'EC', 'city', 'city in Ecuador'),
    place('t:dayton', 'Dayton', 'US', 'city', 'city in United States'),
    place('t:dayton2', 'Dayton', 'US', 'city', 'city in United States'),
    makeEntity({ id: 'o:lab', type: 'organization', name: 'Labour Party', country: 'GB', kind: 'party' }),
  ]);

  it('accepts a qualifier the entity agrees with: kind, description, country, or a region of its country', () => {
    expect(qualifiedNameAgrees(kb, 'Georgia (country)', 'c:ge')).toBe(true);
    expect(qualifiedNameAgrees(kb, 'Cuenca, Ecuador', 't:cuenca')).toBe(true);
    expect(qualifiedNameAgrees(kb, 'Portland, Oregon', 't:portland')).toBe(true);
    expect(qualifiedNameAgrees(kb, 'Labour Party (political party)', 'o:lab')).toBe(true);
  });

  it('refuses a qualifier the entity contradicts, or one it cannot check', () => {
    expect(qualifiedNameAgrees(kb, 'Georgia (country)', 'r:ga')).toBe(false);
    expect(qualifiedNameAgrees(kb, 'Cuenca, Spain', 't:cuenca')).toBe(false);
    expect(qualifiedNameAgrees(kb, 'Portland, Oregon', 'c:us')).toBe(false);
    // Two Daytons in the KB's US: which one is in Ohio it does not say.
    expect(qualifiedNameAgrees(kb, 'Dayton, Oregon', 't:dayton')).toBe(false);
    expect(qualifiedNameAgrees(kb, 'Portland (film)', 't:portland')).toBe(false);
  });

  it('scores positives and traps with it', () => {
    const c = {
      id: 'q1',
      date: '2025-02-14',
      text: 'Floods hit Portland. Storms hit Georgia.',
      mentions: [
        { surface: 'Portland', canonical: ['Portland, Oregon'] },
        { surface: 'Georgia', canonical: null, trap: 'Georgia (country)' },
      ],
    };
    const linked = [
      { ...entity('Portland', 't:portland', [[11, 19]]), type: 'location' as const },
      { ...entity('Georgia', 'c:ge', [[32, 39]]), type: 'location' as const },
    ];
    expect(scoreCase(c, linked, namesEntityIn(kb)).map((r) => r.ok)).toEqual([true, false]);
  });
});

describe('traps named by a name several entities bear', () => {
  it('mean the most prominent bearer', () => {
    const city = (id: string, country: string, prominence: number) =>
      makeEntity({ id, type: 'location', name: 'Valencia', country, kind: 'city', prominence });
    const kb = new MemoryKnowledgeBase([city('v:es', 'ES', 4), city('v:ve', 'VE', 2)]);
    const means = meansEntityIn(kb);
    expect(means('Valencia', 'v:es')).toBe(true);
    expect(means('Valencia', 'v:ve')).toBe(false);
    const c = {
      id: 'v1',
      date: '2025-06-03',
      text: 'Producers in Valencia, Venezuela',
      mentions: [{ surface: 'Valencia', canonical: null, trap: 'Valencia' }],
    };
    const at = (kbId: string) => [{ ...entity('Valencia', kbId, [[13, 21]]), type: 'location' as const }];
    expect(scoreCase(c, at('v:ve'), namesEntityIn(kb), means)[0]!.ok).toBe(true);
    expect(scoreCase(c, at('v:es'), namesEntityIn(kb), means)[0]!.ok).toBe(false);
  });
});

describe('where a gold surface stands', () => {
  it('passes over an occurrence inside a longer word', () => {
    const c = {
      id: 'c6',
      date: '2024-10-27',
      text: 'Georgian Dream claimed victory as Georgia voted on Saturday.',
      mentions: [{ surface: 'Georgia', canonical: ['Georgia (country)'] }],
    };
    const country = entity('Georgia (country)', 'c:ge', [[34, 41]]);
    const party = entity('Georgian Dream', 'o:gd', [[0, 14]]);
    expect(scoreCase(c, [party, country])[0]).toMatchObject({ ok: true, got: 'Georgia (country)' });
  });

  it('takes a surface that only stands inside a longer word where it stands', () => {
    const c = {
      id: 'c7',
      date: '2024-10-27',
      text: 'The Georgian capital was calm.',
      mentions: [{ surface: 'Georgia', canonical: ['Georgia (country)'] }],
    };
    expect(scoreCase(c, [entity('Georgia (country)', 'c:ge', [[4, 12]])])[0]).toMatchObject({ ok: true });
  });
});

describe('withoutInitialDots', () => {
  it('writes dotted initials without their dots and leaves other dots alone', () => {
    expect(withoutInitialDots('Georgia (U.S. state)')).toBe('Georgia (US state)');
    expect(withoutInitialDots('Washington, D.C.')).toBe('Washington, DC');
    expect(withoutInitialDots('St. Petersburg')).toBe('St. Petersburg');
    expect(withoutInitialDots('J. K. Rowling')).toBe('J. K. Rowling');
  });

  it('lets a gold name with dotted initials name the entity the KB files without them', () => {
    const kb = new MemoryKnowledgeBase([
      makeEntity({ id: 'r:ga', type: 'location', name: 'Georgia (US state)', kind: 'region' }),
    ]);
    expect(namesEntityIn(kb)('Georgia (U.S. state)', 'r:ga')).toBe(true);
    expect(namesEntityIn(kb)('Georgia (U.S. state)', 'c:ge')).toBe(false);
  });
});
