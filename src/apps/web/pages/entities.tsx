/** Entity search, and the entity page: roles, names seen, timeline, co-mentions, quotes. */
import { CoMentionGraph, TimelineChart } from '../components/charts.js';
import { Status } from '../components/common.js';
import { api } from '../lib/api.js';
import { formatDate, TYPE_NAME } from '../lib/format.js';
import { href, type Location, navigate } from '../lib/router.js';
import { useData } from '../lib/use-data.js';

export function EntitySearchPage({ location }: { location: Location }) {
  const q = location.query.get('q') ?? '';
  const found = useData((signal) => (q ? api.entities(q, signal) : Promise.resolve({ items: [] })), [q]);
  return (
    <div class="page">
      <h1>Entities</h1>
      <search>
        <form
          class="search-form"
          onSubmit={(e) => {
            e.preventDefault();
            const value = String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '').trim();
            navigate(href('/entities', { q: value }));
          }}
        >
          <div class="search-main">
            <label for="entity-q" class="visually-hidden">
              Name or knowledge-base id
            </label>
            <input
              id="entity-q"
              name="q"
              type="search"
              placeholder="A name (Rutte) or a Wikidata id (Q57792)"
              value={q}
            />
            <button type="submit">Find</button>
          </div>
        </form>
      </search>
      <Status value={found}>
        {(list) =>
          q && list.items.length === 0 ? (
            <p class="status">No entity matches “{q}”.</p>
          ) : (
            <ul class="entity-results">
              {list.items.map((e) => (
                <li key={e.id}>
                  <span class={`swatch ent-${e.type}`} aria-hidden="true" />{' '}
                  <a href={href(`/entities/${encodeURIComponent(e.id)}`)}>{e.name}</a>{' '}
                  <span class="muted">
                    {e.type} · {e.articleCount} articles · {e.mentionCount} mentions
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Status>
    </div>
  );
}

export function EntityPage({ id }: { id: string }) {
  const entity = useData((signal) => api.entity(id, signal), [id]);
  const quotes = useData((signal) => api.quotes({ speakerId: id, limit: 10 }, signal), [id]);
  return (
    <div class="page">
      <Status value={entity}>
        {(e) => (
          <>
            <header class="entity-head">
              <p class="kicker">
                <span class={`swatch ent-${e.type}`} aria-hidden="true" /> {TYPE_NAME[e.type] ?? e.type}
                {e.kbId && <span class="muted"> · {e.kbId}</span>}
              </p>
              <h1>{e.name}</h1>
              <p class="meta">
                In {e.articleCount} articles · {e.mentionCount} mentions ·{' '}
                <a href={href('/', { entity: e.id })}>articles mentioning</a>
                {' · '}
                <a href={href('/quotes', { speakerId: e.id })}>all quotes</a>
              </p>
            </header>
            <div class="entity-grid">
              <section>
                <h2>Roles</h2>
                {e.roles.length === 0 ? (
                  <p class="muted">No roles known{e.kbId ? '' : ' (not linked to the knowledge base)'}.</p>
                ) : (
                  <ul>
                    {e.roles.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                )}
                <h2>Names seen</h2>
                <ul class="aliases">
                  {e.surfaces.map((s) => (
                    <li key={s.text + String(s.repaired)}>
                      <span class={s.repaired ? 'alias repaired' : 'alias'}>{s.text}</span>{' '}
                      <span class="muted">
                        ×{s.count}
                        {s.repaired ? ' · mangled, repaired' : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
              <section>
                <h2>Over time</h2>
                <TimelineChart points={e.timeline} />
              </section>
              <section class="wide">
                <h2>Mentioned together with</h2>
                <CoMentionGraph center={e} others={e.coMentioned} />
              </section>
              <section class="wide">
                <h2>Latest quotes</h2>
                <Status value={quotes}>
                  {(page) =>
                    page.items.length === 0 ? (
                      <p class="muted">No quotes attributed.</p>
                    ) : (
                      <QuoteList items={page.items} />
                    )
                  }
                </Status>
              </section>
            </div>
          </>
        )}
      </Status>
    </div>
  );
}

export function QuoteList({
  items,
}: {
  items: readonly {
    articleId: string;
    published: string | null;
    text: string;
    speakerName: string | null;
    speakerId: string | null;
    kind: string;
  }[];
}) {
  return (
    <ul class="quotes">
      {items.map((q, i) => (
        <li key={`${q.articleId}-${i}`}>
          <blockquote>{q.text}</blockquote>
          <p class="meta">
            {q.speakerId ? (
              <a href={href(`/entities/${encodeURIComponent(q.speakerId)}`)}>{q.speakerName}</a>
            ) : (
              (q.speakerName ?? 'unattributed')
            )}{' '}
            · {q.kind} · {formatDate(q.published)} ·{' '}
            <a href={href(`/articles/${encodeURIComponent(q.articleId)}`)}>article</a>
          </p>
        </li>
      ))}
    </ul>
  );
}
