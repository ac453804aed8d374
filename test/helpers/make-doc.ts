/**
 * Builds a document by hand with just the layers a stage under test requires, so unit
 * tests do not depend on upstream stages.
 */
import { IDENTITY_OFFSETS, type Layers, NewsDoc } from '../../src/core/index.js';
import type { ArticleMeta, MediaType } from '../../src/core/meta.js';

export interface MakeDocOptions {
  readonly id?: string;
  readonly mediaType?: MediaType;
  readonly meta?: Partial<ArticleMeta>;
  readonly layers?: Partial<Layers>;
  /** When false, only `source` is set: the document is as cleanup receives it. */
  readonly cleaned?: boolean;
}

export function makeDoc(text: string, options: MakeDocOptions = {}): NewsDoc {
  const doc = new NewsDoc({
    id: options.id ?? 'test-doc',
    raw: {
      content: text,
      mediaType: options.mediaType ?? 'text/plain',
      origin: { kind: 'inline', label: 'test' },
      byteLength: Buffer.byteLength(text),
    },
    meta: options.meta ?? {},
  });
  doc.set('source', text);
  if (options.cleaned !== false) {
    doc.set('text', text);
    doc.set('offsets', IDENTITY_OFFSETS);
  }
  for (const [name, value] of Object.entries(options.layers ?? {})) {
    doc.set(name as keyof Layers, value as never);
  }
  return doc;
}
