/**
 * The pipeline kernel: an ordered list of stages, validated once when built (unique
 * names, every required layer assigned by an earlier stage), then run over documents —
 * one at a time (`run`), or stage by stage over a batch (`runBatch`): every stage over
 * every document of the batch before the next stage, which keeps each stage's code and
 * data warm and makes a corpus pass cheaper (see docs/architecture.md, "Batch mode").
 */
import type { LayerName, NewsDoc } from './doc.js';
import { CopydeskError, isCopydeskError } from './errors.js';
import { Resources } from './resources.js';
import type { Stage } from './stage.js';

/** Per-stage configuration overrides, keyed by stage name. */
export type PipelineConfig = Readonly<Record<string, object | undefined>>;

export interface PipelineOptions {
  readonly config?: PipelineConfig;
  readonly resources?: Resources;
  /** Layers a document already has before the first stage (e.g. from a store). */
  readonly initialLayers?: readonly LayerName[];
}

/** One document's result in a batch: the analysed document, or why it failed. */
export type BatchOutcome =
  | { readonly ok: true; readonly doc: NewsDoc }
  | { readonly ok: false; readonly doc: NewsDoc; readonly error: CopydeskError };

interface BoundStage {
  readonly stage: Stage;
  readonly config: object;
}

export class Pipeline {
  readonly resources: Resources;
  private readonly bound: readonly BoundStage[];

  private constructor(bound: readonly BoundStage[], resources: Resources) {
    this.bound = bound;
    this.resources = resources;
  }

  static build(stages: readonly Stage[], options: PipelineOptions = {}): Pipeline {
    const available = new Set<LayerName>(options.initialLayers ?? []);
    const names = new Set<string>();
    const bound: BoundStage[] = [];
    for (const stage of stages) {
      if (names.has(stage.name)) {
        throw new CopydeskError('PIPELINE_INVALID', `stage "${stage.name}" appears twice in the pipeline`);
      }
      names.add(stage.name);
      const missing = stage.requires.filter((layer) => !available.has(layer));
      if (missing.length > 0) {
        throw new CopydeskError(
          'PIPELINE_INVALID',
          `stage "${stage.name}" requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier stage assigns`,
        );
      }
      for (const layer of stage.assigns) available.add(layer);
      bound.push({ stage, config: { ...stage.defaultConfig, ...options.config?.[stage.name] } });
    }
    for (const key of Object.keys(options.config ?? {})) {
      if (!names.has(key))
        throw new CopydeskError('PIPELINE_INVALID', `configuration names unknown stage "${key}"`);
    }
    return new Pipeline(bound, options.resources ?? new Resources());
  }

  get stageNames(): string[] {
    return this.bound.map((b) => b.stage.name);
  }

  /** Every layer some stage of this pipeline assigns. */
  get assigns(): Set<LayerName> {
    return new Set(this.bound.flatMap((b) => b.stage.assigns));
  }

  /** Runs every stage over `doc`, in order, recording each stage's time on `doc.trail`. */
  async run(doc: NewsDoc): Promise<NewsDoc> {
    for (const bound of this.bound) await this.runStage(bound, doc);
    return doc;
  }

  /**
   * Runs every stage over every document of `docs` before the next stage (stage-major),
   * with the same per-stage trail entries as `run` (each document's own time in the
   * stage). A document whose stage fails gets the error `run` would throw and takes no
   * further stage; the others carry on. Outcomes are in the order of `docs`.
   */
  async runBatch(docs: readonly NewsDoc[]): Promise<BatchOutcome[]> {
    const errors: (CopydeskError | null)[] = docs.map(() => null);
    for (const bound of this.bound) {
      for (let i = 0; i < docs.length; i++) {
        if (errors[i] !== null) continue;
        try {
          await this.runStage(bound, docs[i]!);
        } catch (error) {
          errors[i] = error as CopydeskError;
        }
      }
    }
    return docs.map((doc, i) => {
      const error = errors[i];
      return error ? { ok: false, doc, error } : { ok: true, doc };
    });
  }

  /** One stage over one document; every failure leaves as a CopydeskError. */
  private async runStage({ stage, config }: BoundStage, doc: NewsDoc): Promise<void> {
    const started = performance.now();
    try {
      const result = stage.run(doc, { config, resources: this.resources });
      if (result !== undefined) await result;
    } catch (error) {
      if (isCopydeskError(error) && error.code !== 'INTERNAL') throw error;
      throw new CopydeskError('STAGE_FAILED', `stage "${stage.name}" failed on ${doc.id}: ${String(error)}`, {
        cause: error,
      });
    }
    doc.trail.push({ name: stage.name, version: stage.version, ms: performance.now() - started });
  }
}
