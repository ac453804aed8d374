/**
 * The reading endpoints: article search and pages, entities, quotes and stories. All
 * paged; none loads more than one page from the store.
 */
import { createRoute } from '@hono/zod-openapi';
import type { AnalysisJson } from '../../../core/analysis.js';
import { formatRole } from '../../../kb/format.js';
import type { DocumentStore } from '../../../ports/document-store.js';
import type { AppDeps } from '../context.js';
import { ApiError } from '../errors.js';
import {
  ArticleSchema,
  EntityListSchema,
  EntityPageSchema,
  EntitySearchQuerySchema,
  IdParamSchema,
  QuotePageSchema,
  QuoteQuerySchema,
  SearchPageSchema,
  SearchQuerySchema,
  StorySchema,
} from '../schemas.js';
import { type App, errorResponses, json } from './common.js';

const searchRoute = createRoute({
  method: 'get',
  path: '/articles',
  tags: ['corpus'],
  summary: 'Search articles: full text with filters, paged',
  request: { query: SearchQuerySchema },
  responses: { 200: json(SearchPageSchema, 'One page of hits'), ...errorResponses(400) },
});

const articleRoute = createRoute({
  method: 'get',
  path: '/articles/{id}',
  tags: ['corpus'],
  summary: 'One stored article with its analysis',
  request: { params: IdParamSchema },
  responses: { 200: json(ArticleSchema, 'The article'), ...errorResponses(400, 404) },
});

const entitiesRoute = createRoute({
  method: 'get',
  path: '/entities',
  tags: ['corpus'],
  summary: 'Find entities by name or knowledge-base id',
  request: { query: EntitySearchQuerySchema },
  responses: {
    200: json(EntityListSchema, 'Matching entities, most written about first'),
    ...errorResponses(400),
  },
});

const entityRoute = createRoute({
  method: 'get',
  path: '/entities/{id}',
  tags: ['corpus'],
  summary: 'An entity: names seen, roles, mentions over time, co-mentioned entities',
  request: { params: IdParamSchema },
  responses: { 200: json(EntityPageSchema, 'The entity'), ...errorResponses(400, 404) },
});

const quotesRoute = createRoute({
  method: 'get',
  path: '/quotes',
  tags: ['corpus'],
  summary: 'Quotes, by speaker and date, newest first, paged',
  request: { query: QuoteQuerySchema },
  responses: { 200: json(QuotePageSchema, 'One page of quotes'), ...errorResponses(400) },
});

const storyRoute = createRoute({
  method: 'get',
  path: '/stories/{id}',
  tags: ['corpus'],
  summary: "A story cluster (by cluster id or by any member article's id): the original and its copies",
  request: { params: IdParamSchema },
  responses: { 200: json(StorySchema, 'The cluster'), ...errorResponses(400, 404) },
});

export function registerRead(app: App, deps: AppDeps): void {
  const store = deps.corpus.store;
  app.openapi(searchRoute, async (c) => {
    const q = c.req.valid('query');
    const page = await store.searchArticles({
      text: q.q,
      since: q.since,
      until: q.until,
      entityId: q.entity,
      speakerId: q.speaker,
      publisher: q.publisher,
      clusterId: q.cluster,
      limit: q.limit,
      offset: q.offset,
    });
    return c.json({ ...page, items: [...page.items] }, 200);
  });

  app.openapi(articleRoute, async (c) => {
    const { id } = c.req.valid('param');
    const article = await store.getArticle(id);
    if (!article) throw new ApiError('NOT_FOUND', `no article ${id}`);
    const { raw: _raw, ...rest } = article;
    const entityLinks = await linkEntities(store, article.analysis);
    return c.json({ ...rest, entityLinks } as never, 200);
  });

  app.openapi(entitiesRoute, async (c) => {
    const q = c.req.valid('query');
    return c.json({ items: [...(await store.findEntities(q.q, q.limit))] }, 200);
  });

  app.openapi(entityRoute, async (c) => {
    const { id } = c.req.valid('param');
    const entity = await store.getEntity(id);
    if (!entity) throw new ApiError('NOT_FOUND', `no entity ${id}`);
    const kbEntity = entity.kbId ? deps.knowledgeBase?.()?.get(entity.kbId) : undefined;
    const roles = kbEntity ? kbEntity.roles.map(formatRole) : [];
    return c.json(
      {
        ...entity,
        surfaces: [...entity.surfaces],
        timeline: [...entity.timeline],
        coMentioned: [...entity.coMentioned],
        roles,
      },
      200,
    );
  });

  app.openapi(quotesRoute, async (c) => {
    const q = c.req.valid('query');
    const page = await store.listQuotes({
      speakerName: q.speaker,
      speakerId: q.speakerId,
      since: q.since,
      until: q.until,
      limit: q.limit,
      offset: q.offset,
    });
    return c.json({ ...page, items: [...page.items] }, 200);
  });

  app.openapi(storyRoute, async (c) => {
    const { id } = c.req.valid('param');
    let cluster = await store.getCluster(id);
    if (!cluster) {
      const article = await store.getArticle(id);
      if (article?.clusterId) cluster = await store.getCluster(article.clusterId);
    }
    if (!cluster)
      throw new ApiError('NOT_FOUND', `no story ${id} (neither a cluster id nor a clustered article)`);
    const verbatimCopies = await store.listSightings(cluster.members.map((m) => m.id));
    return c.json({ ...cluster, members: [...cluster.members], verbatimCopies: [...verbatimCopies] }, 200);
  });
}

/**
 * Maps each entity of an analysis to its corpus entity (linked ones by KB id, others by
 * type and name — the store's own keying), so the UI can link names to entity pages.
 */
async function linkEntities(store: DocumentStore, analysis: AnalysisJson): Promise<Record<string, string>> {
  const links: Record<string, string> = {};
  for (const e of analysis.entities.slice(0, 200)) {
    const found = await store.findEntities(e.kbId ?? e.name, 10);
    const match = found.find((f) =>
      e.kbId
        ? f.kbId === e.kbId
        : f.kbId === null && f.type === e.type && f.name.toLowerCase() === e.name.toLowerCase(),
    );
    if (match) links[e.id] = match.id;
  }
  return links;
}
