/**
 * The shipped model as a pipeline resource: loaded once per process from
 * `models/ner/ner.model`, with the event gazetteer beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CopydeskError } from '../../core/errors.js';
import { defineResource } from '../../core/resources.js';
import { eventGazetteer } from './events.js';
import { loadEventNames, packageRoot } from './gazetteer-source.js';
import type { Gazetteer } from './lexicon.js';
import { readModelFile } from './model-file.js';
import { NerTagger } from './tagger.js';

export interface NerResource {
  readonly tagger: NerTagger;
  readonly events: Gazetteer;
  readonly info: Readonly<Record<string, unknown>>;
}

/** Where the shipped model lives. */
export function defaultModelPath(): string {
  return resolve(packageRoot(), 'models', 'ner', 'ner.model');
}

/** Loads a model file into a ready tagger; throws a one-line CopydeskError if absent or corrupt. */
export function loadNerModel(path = defaultModelPath()): NerResource {
  if (!existsSync(path)) {
    throw new CopydeskError('NOT_FOUND', `NER model not found at ${path} (run npm run train:ner)`);
  }
  const bundle = readModelFile(readFileSync(path), path);
  return {
    tagger: new NerTagger(bundle.lexicon, bundle.first, bundle.second),
    events: eventGazetteer(loadEventNames()),
    info: bundle.info,
  };
}

export const nerModel = defineResource<NerResource>('ner.model', () => loadNerModel());
