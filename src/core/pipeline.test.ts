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
