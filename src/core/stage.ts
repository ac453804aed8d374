/**
 * A pipeline stage: a plain function with metadata. `requires` names the layers it
 * reads, `assigns` the layers it writes; the pipeline validates the order from them
 * when it is built. Adding a stage never means touching the others.
 */
import type { LayerName, NewsDoc } from './doc.js';
import type { Resources } from './resources.js';

export interface StageContext<C> {
  readonly config: Readonly<C>;
  readonly resources: Resources;
}

export interface Stage<C extends object = object> {
  /** Stable, unique name (`clean`, `segment`, `ner`); also the config key. */
  readonly name: string;
  /** Bumped when output changes, so stored analyses can tell what made them. */
  readonly version: string;
  readonly description: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  readonly defaultConfig: C;
  run(doc: NewsDoc, context: StageContext<C>): void | Promise<void>;
}

export function defineStage<C extends object>(stage: Stage<C>): Stage<C> {
  return Object.freeze(stage);
}
