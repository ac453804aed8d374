/**
 * The API's request and response shapes as zod schemas: they validate requests and
 * generate the OpenAPI description (`/openapi.json`), so the two cannot drift apart.
 * The analysis object mirrors schema/analysis.schema.json (copydesk/analysis@1).
 */
import { z } from '@hono/zod-openapi';
import { ENTITY_TYPES, QUOTE_KINDS } from '../../core/annotations.js';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'INVALID_REQUEST' }),
      message: z.string().openapi({ example: 'text: expected a string' }),
    }),
  })
  .openapi('Error');

const Span = { text: z.string(), start: z.number().int(), end: z.number().int() };

export const AnalysisSchema = z
  .object({
    schema: z.literal('copydesk/analysis@1'),
    id: z.string(),
    text: z.string(),
    meta: z.object({
      title: z.string().nullable(),
      authors: z.array(z.string()),
      published: z.string().nullable(),
      modified: z.string().nullable(),
      publisher: z.string().nullable(),
      url: z.string().nullable(),
      canonicalUrl: z.string().nullable(),
      language: z.string().nullable(),
      image: z
        .object({ url: z.string(), caption: z.string().nullable(), credit: z.string().nullable() })
        .nullable(),
    }),
    paragraphs: z.array(z.object({ start: z.number().int(), end: z.number().int(), role: z.string() })),
    sentences: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
    entities: z.array(
      z.object({
        id: z.string(),
        type: z.enum(ENTITY_TYPES),
        name: z.string(),
        kbId: z.string().nullable(),
        confidence: z.number(),
        mentions: z.array(
          z.object({ ...Span, repaired: z.boolean(), description: z.literal(true).optional() }),
        ),
        evidence: z.array(z.object({ kind: z.string(), detail: z.string(), score: z.number() })),
      }),
    ),
    quotes: z.array(
      z.object({
        ...Span,
        kind: z.enum(QUOTE_KINDS),
        speaker: z
          .object({
            name: z.string(),
            entityId: z.string().nullable(),
            anonymous: z.literal(true).optional(),
            affiliation: z.object({ name: z.string(), entityId: z.string().nullable() }).optional(),
          })
          .nullable(),
        cue: z.object(Span).nullable(),
        confidence: z.number(),
      }),
    ),
    figures: z.array(
      z.object({
        ...Span,
        kind: z.string(),
        value: z.number(),
        unit: z.string(),
        subject: z.string().nullable(),
      }),
    ),
    dates: z.array(z.object({ ...Span, value: z.string(), grain: z.string(), relative: z.boolean() })),
    removed: z.array(z.object({ kind: z.string(), text: z.string(), confidence: z.number() })),
    provenance: z.object({
      originalPublisher: z.string().nullable(),
      signals: z.array(
        z.object({
          kind: z.string(),
          value: z.string(),
          detail: z.string().nullable(),
          confidence: z.number(),
        }),
      ),
      scores: z.object({ machineTranslated: z.number().nullable(), scraped: z.number().nullable() }),
    }),
    pipeline: z.array(z.object({ name: z.string(), version: z.string(), ms: z.number() })),
    pending: z.array(z.string()),
  })
  .openapi('Analysis');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  // A real calendar day: 2025-02-30 would otherwise filter silently on a day that never was.
  .refine((v) => {
    const time = Date.parse(`${v}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(v);
  }, 'expected a real date YYYY-MM-DD')
  .openapi({ example: '2025-02-15' });

export const AnalyzeRequestSchema = z
  .object({
    text: z.string().optional().openapi({ description: 'Plain article text.' }),
    html: z.string().optional().openapi({ description: 'An article web page (HTML).' }),
    url: z.string().optional().openapi({
      description:
        'A public http(s) URL to fetch. Private addresses are refused unless the server allows them.',
    }),
    date: isoDate
      .optional()
      .openapi({ description: 'Article date, for relative dates; wins over the page.' }),
    title: z.string().max(1000).optional(),
  })
  .openapi('AnalyzeRequest');

export const IngestResultSchema = z
  .object({
    status: z.enum(['inserted', 'duplicate']),
    id: z.string(),
    reason: z.enum(['id', 'canonical-url', 'content-hash']).optional(),
    clusterId: z.string().nullable(),
  })
  .openapi('IngestResult');

const Summary = {
  id: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  clusterId: z.string().nullable(),
  scraped: z.number().nullable(),
  machineTranslated: z.number().nullable(),
  ingestedAt: z.string(),
};

export const ArticleSummarySchema = z.object(Summary).openapi('ArticleSummary');
export const SearchHitSchema = z
  .object({
    ...Summary,
    snippet: z.string().openapi({ description: 'Excerpt; matched words between « and ».' }),
  })
  .openapi('SearchHit');

function pageOf<T extends z.ZodTypeAny>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int(),
      limit: z.number().int(),
      offset: z.number().int(),
    })
    .openapi(name);
}

export const SearchPageSchema = pageOf(SearchHitSchema, 'SearchPage');

export const ArticleSchema = z
  .object({
    ...Summary,
    sourceRef: z.string(),
    analysis: AnalysisSchema,
    entityLinks: z
      .record(z.string(), z.string())
      .openapi({ description: 'Analysis entity id → corpus entity id, for links to entity pages.' }),
  })
  .openapi('Article');

export const CorpusEntitySchema = z
  .object({
    id: z.string(),
    kbId: z.string().nullable(),
    type: z.enum(ENTITY_TYPES),
    name: z.string(),
    articleCount: z.number().int(),
    mentionCount: z.number().int(),
  })
  .openapi('CorpusEntity');

export const EntityListSchema = z.object({ items: z.array(CorpusEntitySchema) }).openapi('EntityList');

export const EntityPageSchema = z
  .object({
    ...CorpusEntitySchema.shape,
    surfaces: z.array(z.object({ text: z.string(), count: z.number().int(), repaired: z.boolean() })),
    timeline: z.array(z.object({ month: z.string(), articles: z.number().int(), quotes: z.number().int() })),
    coMentioned: z.array(z.object({ entity: CorpusEntitySchema, articles: z.number().int() })),
    roles: z
      .array(z.string())
      .openapi({ description: 'Roles from the knowledge base, when linked and loaded.' }),
  })
  .openapi('EntityPage');

export const QuoteSchema = z
  .object({
    articleId: z.string(),
    published: z.string().nullable(),
    text: z.string(),
    kind: z.enum(QUOTE_KINDS),
    speakerName: z.string().nullable(),
    speakerId: z.string().nullable(),
    cue: z.string().nullable(),
    confidence: z.number(),
  })
  .openapi('Quote');

export const QuotePageSchema = pageOf(QuoteSchema, 'QuotePage');

export const StorySchema = z
  .object({
    id: z.string(),
    originalId: z.string().nullable(),
    members: z.array(
      z.object({
        ...Summary,
        relation: z
          .enum(['original', 'verbatim', 'trimmed', 'spun', 'machine-translated', 'rewritten'])
          .nullable(),
        similarity: z.number().nullable(),
      }),
    ),
    verbatimCopies: z
      .array(
        z.object({
          articleId: z.string(),
          url: z.string().nullable(),
          title: z.string().nullable(),
          publisher: z.string().nullable(),
          published: z.string().nullable(),
          sourceRef: z.string(),
          seenAt: z.string(),
        }),
      )
      .openapi({
        description:
          "Other places where a member's exact text was published: stored once, as that member (articleId)",
      }),
  })
  .openapi('Story');

const limit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback).openapi({ type: 'integer' });
const offset = z.coerce.number().int().min(0).max(1_000_000).default(0).openapi({ type: 'integer' });

export const SearchQuerySchema = z.object({
  q: z.string().max(500).optional().openapi({ description: 'Words; "phrases" in double quotes.' }),
  since: isoDate.optional(),
  until: isoDate.optional(),
  entity: z.string().max(64).optional().openapi({ description: 'Corpus entity id: articles mentioning it.' }),
  speaker: z.string().max(64).optional().openapi({ description: 'Corpus entity id: articles quoting it.' }),
  publisher: z.string().max(200).optional(),
  cluster: z.string().max(100).optional(),
  limit: limit(100, 20),
  offset,
});

export const EntitySearchQuerySchema = z.object({
  q: z.string().min(1).max(200).openapi({ description: 'Part of a name, or a knowledge-base id.' }),
  limit: limit(100, 20),
});

export const QuoteQuerySchema = z.object({
  speaker: z.string().max(200).optional().openapi({ description: 'Speaker name as printed (any case).' }),
  speakerId: z.string().max(64).optional().openapi({ description: 'Corpus entity id of the speaker.' }),
  since: isoDate.optional(),
  until: isoDate.optional(),
  limit: limit(100, 20),
  offset,
});

export const ExportQuerySchema = z.object({
  format: z.enum(['jsonl', 'csv']).default('jsonl'),
  q: z.string().max(500).optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(1_000_000).optional().openapi({ type: 'integer' }),
});

export const IdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(128)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
