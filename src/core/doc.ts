/**
 * NewsDoc: one article on its way through the pipeline. It keeps the raw input, the
 * source text (plain text, or what extraction took out of the HTML), the cleaned
 * text, and typed stand-off layers over the cleaned text. Stages read layers they
 * `require` and write the ones they `assign`; the pipeline checks that order once,
 * when it is built, so a missing layer at run time is a programming error.
 */
import type {
  Block,
  DateMention,
  Entity,
  Figure,
  Mention,
  Paragraph,
  Provenance,
  ProvenanceSignal,
  Quote,
  Removed,
  Sentence,
  Token,
} from './annotations.js';
import { CopydeskError } from './errors.js';
import type { ArticleMeta, RawInput } from './meta.js';
import { emptyMeta } from './meta.js';
import type { OffsetMap } from './offsets.js';

export interface Layers {
  /** Text before cleanup: the plain-text input, or the text extracted from HTML. */
  source: string;
  /** Structure of the source text (offsets into `source`). */
  blocks: readonly Block[];
  /** The cleaned article body; every other span layer points into it. */
  text: string;
  /** Cleaned-text offsets back to `source` offsets. */
  offsets: OffsetMap;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  mentions: readonly Mention[];
  entities: readonly Entity[];
  quotes: readonly Quote[];
  figures: readonly Figure[];
  dates: readonly DateMention[];
  removed: readonly Removed[];
  signals: readonly ProvenanceSignal[];
  provenance: Provenance;
}

export type LayerName = keyof Layers;

/** Layers that hold lists; several stages may add to them with {@link NewsDoc.append}. */
export type ListLayerName = {
  [K in LayerName]: Layers[K] extends readonly unknown[] ? K : never;
}[LayerName];

type Item<K extends ListLayerName> = Layers[K] extends readonly (infer T)[] ? T : never;

export interface NewsDocInit {
  readonly id: string;
  readonly raw: RawInput;
  readonly meta?: Partial<ArticleMeta>;
}

/** What ran over a document, in order: the stage, its version and its time. */
export interface StageRecord {
  readonly name: string;
  readonly version: string;
  readonly ms: number;
}

export class NewsDoc {
  readonly id: string;
  readonly raw: RawInput;
  readonly meta: ArticleMeta;
  readonly trail: StageRecord[] = [];
  private readonly layers = new Map<LayerName, unknown>();

  constructor(init: NewsDocInit) {
    this.id = init.id;
    this.raw = init.raw;
    this.meta = { ...emptyMeta(), ...init.meta };
  }

  has(name: LayerName): boolean {
    return this.layers.has(name);
  }

  /** The layer, which must have been assigned: the pipeline guarantees it for `requires`. */
  get<K extends LayerName>(name: K): Layers[K] {
    if (!this.layers.has(name)) {
      throw new CopydeskError('PIPELINE_INVALID', `document ${this.id} has no "${name}" layer yet`);
    }
    return this.layers.get(name) as Layers[K];
  }

  /** The layer, or undefined when no stage has assigned it (for optional reads). */
  maybe<K extends LayerName>(name: K): Layers[K] | undefined {
    return this.layers.get(name) as Layers[K] | undefined;
  }

  set<K extends LayerName>(name: K, value: Layers[K]): void {
    this.layers.set(name, value);
  }

  /** Adds records to a list layer, creating it if needed. */
  append<K extends ListLayerName>(name: K, items: readonly Item<K>[]): void {
    const current = (this.layers.get(name) as readonly Item<K>[] | undefined) ?? [];
    this.layers.set(name, current.concat(items));
  }

  /** The cleaned text. */
  get text(): string {
    return this.get('text');
  }

  layerNames(): LayerName[] {
    return [...this.layers.keys()];
  }
}
