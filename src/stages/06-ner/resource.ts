/**
 * The shipped model as a pipeline resource: loaded once per process from
 * `models/ner/ner.model`, with the event gazetteer beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CopydeskError } from '../../core/errors.js';
import { defineResource } from '../../core/resources.js';
import { eventGazetteer } from './events.js';
import { loadCasingEvidence, loadEventNames, loadList, packageRoot } from './gazetteer-source.js';
import { Gazetteer } from './lexicon.js';
import { readModelFile } from './model-file.js';
import { NerTagger } from './tagger.js';
import { orgWordSet } from './title-rule.js';
import type { CasingEvidence } from './truecase.js';

export interface NerResource {
  readonly tagger: NerTagger;
  readonly events: Gazetteer;
  /** Titles that introduce a person's name, and organisation words (title rule). */
  readonly titles: Gazetteer;
  readonly orgWords: ReadonlySet<number>;
  /** Case evidence for recasing title-cased lines before tagging (truecase.ts). */
  readonly casing: CasingEvidence;
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
    titles: Gazetteer.fromLists(new Map([['titles', loadList('titles')]])),
    orgWords: orgWordSet(loadList('org-keywords')),
    casing: loadCasingEvidence(),
    info: bundle.info,
  };
}

export const nerModel = defineResource<NerResource>('ner.model', () => loadNerModel());
