import { describe, expect, it } from 'vitest';
import { alternate, median, pairedOverhead } from './measure.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('alternate', () => {
  it('warms every configuration up once, then rotates their order from round to round', async () => {
    const calls: string[] = [];
    const record = (name: string) => (input: number) => {
      if (input === 0) calls.push(name);
    };
    const passes = await alternate([0, 1], { a: record('a'), b: record('b'), c: record('c') }, 3);
    expect(calls).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    expect(passes.a).toHaveLength(3);
    expect(passes.c).toHaveLength(3);
  });

  it('runs the before-pass hook ahead of every pass, warm-up included, naming the configuration', async () => {
    const events: string[] = [];
    const record = (name: string) => (input: number) => {
      events.push(`${name}${input}`);
    };
    await alternate([0, 1], { a: record('a'), b: record('b') }, 1, (name) => {
      events.push(`before-${name}`);
    });
    expect(events).toEqual([
      'before-a',
      'a0',
      'a1',
      'before-b',
      'b0',
      'b1',
      'before-a',
      'a0',
      'a1',
      'before-b',
      'b0',
      'b1',
    ]);
  });
});

describe('pairedOverhead', () => {
  it('is the median of per-round ratios, so one disturbed round does not decide it', () => {
    const a = [
      { wallMs: 120, cpuMs: 110 },
      { wallMs: 500, cpuMs: 115 },
      { wallMs: 130, cpuMs: 120 },
    ];
    const b = [
      { wallMs: 100, cpuMs: 100 },
      { wallMs: 100, cpuMs: 100 },
      { wallMs: 100, cpuMs: 100 },
    ];
    expect(pairedOverhead(a, b, 'wallMs')).toBeCloseTo(0.3);
    expect(pairedOverhead(a, b, 'cpuMs')).toBeCloseTo(0.15);
  });

  it('waits for an asynchronous before-pass hook (a run-up of other work) before timing the pass', async () => {
    const events: string[] = [];
    await alternate(
      [0],
      {
        a: () => {
          events.push('a');
        },
      },
      1,
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        events.push('run-up');
      },
    );
    expect(events).toEqual(['run-up', 'a', 'run-up', 'a']);
  });

  it('runs as many untimed warm-up passes as asked before the timed rounds', async () => {
    const calls: string[] = [];
    const record = (name: string) => (input: number) => {
      if (input === 0) calls.push(name);
    };
    const passes = await alternate([0, 1], { a: record('a'), b: record('b') }, 2, undefined, 3);
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'b', 'a']);
    expect(passes.a).toHaveLength(2);
    expect(passes.b).toHaveLength(2);
  });
});
