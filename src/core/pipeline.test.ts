import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../test/helpers/make-doc.js';
import { CopydeskError } from './errors.js';
import { Pipeline } from './pipeline.js';
import { defineResource, Resources } from './resources.js';
import { defineStage } from './stage.js';

const upper = defineStage({
  name: 'upper',
  version: '1',
  description: 'test stage',
  requires: ['source'],
  assigns: ['text'],
  defaultConfig: { suffix: '' },
  run(doc, { config }) {
    doc.set('text', doc.get('source').toUpperCase() + config.suffix);
  },
});

const sentences = defineStage({
  name: 'one-sentence',
  version: '1',
  description: 'test stage',
  requires: ['text'],
  assigns: ['sentences'],
  defaultConfig: {},
  run(doc) {
    doc.set('sentences', [{ start: 0, end: doc.text.length }]);
  },
});

describe('Pipeline', () => {
  it('runs stages in order with merged configuration and records a trail', async () => {
    const pipeline = Pipeline.build([upper, sentences], {
      config: { upper: { suffix: '!' } },
      initialLayers: ['source'],
    });
    const doc = makeDoc('hello', { cleaned: false });
    await pipeline.run(doc);
    expect(doc.text).toBe('HELLO!');
    expect(doc.get('sentences')).toEqual([{ start: 0, end: 6 }]);
    expect(doc.trail.map((t) => t.name)).toEqual(['upper', 'one-sentence']);
  });

  it('refuses a stage whose requirement no earlier stage assigns', () => {
    expect(() => Pipeline.build([sentences, upper])).toThrow(/requires "text"/);
  });

  it('refuses duplicate stages and configuration for unknown stages', () => {
    const initialLayers = ['source'] as const;
    expect(() => Pipeline.build([upper, upper], { initialLayers })).toThrow(/appears twice/);
    expect(() => Pipeline.build([upper], { initialLayers, config: { nope: {} } })).toThrow(
      /unknown stage "nope"/,
    );
  });

  it('wraps unexpected stage failures with the stage name', async () => {
    const broken = defineStage({
      name: 'broken',
      version: '1',
      description: 'throws',
      requires: [],
      assigns: [],
      defaultConfig: {},
      run() {
        throw new TypeError('boom');
      },
    });
    const error = await Pipeline.build([broken])
      .run(makeDoc('x'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CopydeskError);
    expect((error as CopydeskError).code).toBe('STAGE_FAILED');
    expect((error as Error).message).toContain('"broken"');
  });
});

describe('Pipeline.runBatch', () => {
  /** A stage that notes which document it ran on, so the order of the work can be read back. */
  const noting = (name: string, order: string[], failOn?: string) =>
    defineStage({
      name,
      version: '2',
      description: 'test stage',
      requires: [],
      assigns: [],
      defaultConfig: {},
      run(doc) {
        order.push(`${name}:${doc.id}`);
        if (doc.id === failOn) throw new TypeError(`cannot read ${doc.id}`);
      },
    });

  it('runs each stage over every document of the batch before the next stage', async () => {
    const order: string[] = [];
    const pipeline = Pipeline.build([noting('first', order), noting('second', order)]);
    const outcomes = await pipeline.runBatch([makeDoc('a', { id: 'a' }), makeDoc('b', { id: 'b' })]);
    expect(order).toEqual(['first:a', 'first:b', 'second:a', 'second:b']);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
    // Each document's trail is its own, as `run` writes it.
    expect(outcomes[1]!.doc.trail.map((t) => [t.name, t.version])).toEqual([
      ['first', '2'],
      ['second', '2'],
    ]);
  });

  it('gives the output of `run` for every document', async () => {
    const pipeline = Pipeline.build([upper, sentences], {
      config: { upper: { suffix: '?' } },
      initialLayers: ['source'],
    });
    const single = await pipeline.run(makeDoc('dock strike', { cleaned: false }));
    const [batched] = await pipeline.runBatch([makeDoc('dock strike', { cleaned: false })]);
    expect(batched!.ok && batched!.doc.text).toBe(single.text);
    expect(batched!.doc.get('sentences')).toEqual(single.get('sentences'));
  });

  it("isolates a failing document: it gets run's error and no further stage, the others carry on", async () => {
    const order: string[] = [];
    const pipeline = Pipeline.build([noting('first', order, 'b'), noting('second', order)]);
    const outcomes = await pipeline.runBatch(['a', 'b', 'c'].map((id) => makeDoc(id, { id })));
    expect(order).toEqual(['first:a', 'first:b', 'first:c', 'second:a', 'second:c']);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    const failed = outcomes[1]!;
    const thrown = (await Pipeline.build([noting('first', [], 'b')])
      .run(makeDoc('b', { id: 'b' }))
      .catch((e: unknown) => e)) as CopydeskError;
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error.code).toBe('STAGE_FAILED');
    expect(failed.error.message).toBe(thrown.message);
    expect(failed.doc.trail).toEqual([]);
    // A coded error passes as it is, as `run` throws it.
    const coded = defineStage({
      name: 'coded',
      version: '1',
      description: 'refuses',
      requires: [],
      assigns: [],
      defaultConfig: {},
      run(doc) {
        if (doc.id === 'x') throw new CopydeskError('INPUT_EMPTY', 'nothing to read');
      },
    });
    const [x, y] = await Pipeline.build([coded]).runBatch([
      makeDoc('x', { id: 'x' }),
      makeDoc('y', { id: 'y' }),
    ]);
    expect(x!.ok ? null : [x!.error.code, x!.error.message]).toEqual(['INPUT_EMPTY', 'nothing to read']);
    expect(y!.ok).toBe(true);
  });
});

describe('Resources', () => {
  it('loads a resource once and lets tests provide a stand-in', () => {
    let loads = 0;
    const key = defineResource('counter', () => ++loads);
    const resources = new Resources();
    expect(resources.use(key)).toBe(1);
    expect(resources.use(key)).toBe(1);
    expect(new Resources().provide(key, 42).use(key)).toBe(42);
  });
});
