import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../core/annotations.js';
import { readGold, scoreCase, summarize } from './linking.js';

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
});
