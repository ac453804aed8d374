/** Search: full text with date and publisher filters, snippets with matches marked, paged. */
import { ScoreBadges } from '../components/badges.js';
import { Pager, Status } from '../components/common.js';
import { api } from '../lib/api.js';
import { formatDate } from '../lib/format.js';
import { href, type Location, navigate } from '../lib/router.js';
import { snippetRuns } from '../lib/segments.js';
import { useData } from '../lib/use-data.js';

const LIMIT = 20;
const FIELDS = ['q', 'since', 'until', 'publisher', 'entity', 'speaker', 'cluster'] as const;

export function SearchPage({ location }: { location: Location }) {
  const params = Object.fromEntries(FIELDS.map((f) => [f, location.query.get(f) ?? ''])) as Record<
    (typeof FIELDS)[number],
    string
  >;
  const offset = Number(location.query.get('offset') ?? 0) || 0;
  const key = location.query.toString();
  const result = useData((signal) => api.search({ ...params, limit: LIMIT, offset }, signal), [key]);

  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next: Record<string, string> = {};
    for (const f of FIELDS) {
      const v = String(form.get(f) ?? params[f] ?? '').trim();
      if (v) next[f] = v;
    }
    navigate(href('/', next));
  };

  return (
    <div class="page">
      <h1 class="visually-hidden">Search articles</h1>
      <search>
        <form class="search-form" onSubmit={submit}>
          <div class="search-main">
            <label for="q" class="visually-hidden">
              Search words
            </label>
            <input
              id="q"
              name="q"
              type="search"
              placeholder='Search the corpus — words or "a phrase"'
              value={params.q}
            />
            <button type="submit">Search</button>
          </div>
          <fieldset class="filters">
            <legend class="visually-hidden">Filters</legend>
            <label>
              From <input name="since" type="date" value={params.since} />
            </label>
            <label>
              To <input name="until" type="date" value={params.until} />
            </label>
            <label>
              Publisher <input name="publisher" type="text" value={params.publisher} size={14} />
            </label>
          </fieldset>
          {(params.entity || params.speaker || params.cluster) && (
            <p class="active-filters">
              Filtered by {params.entity && `entity #${params.entity} `}
              {params.speaker && `speaker #${params.speaker} `}
              {params.cluster && `story ${params.cluster} `}· <a href={href('/', { q: params.q })}>clear</a>
            </p>
          )}
        </form>
      </search>
      <Status value={result}>
        {(page) => (
          <section aria-label="Results">
            <p class="result-count" role="status">
              {page.total === 0 ? 'No articles match.' : `${page.total.toLocaleString('en')} articles`}
            </p>
            <ol class="results">
              {page.items.map((hit) => (
                <li key={hit.id} class="result">
                  <h2>
                    <a href={href(`/articles/${encodeURIComponent(hit.id)}`)}>
                      {hit.title ?? 'Untitled article'}
                    </a>
                  </h2>
                  <p class="meta">
                    {hit.publisher ?? 'unknown publisher'} · {formatDate(hit.published)}
                    {hit.clusterId && (
                      <>
                        {' · '}
                        <a href={href(`/stories/${encodeURIComponent(hit.clusterId)}`)}>story</a>
                      </>
                    )}
                    <ScoreBadges scraped={hit.scraped} machineTranslated={hit.machineTranslated} />
                  </p>
                  <p class="snippet">
                    {snippetRuns(hit.snippet).map((r, i) =>
                      r.match ? <mark key={i}>{r.text}</mark> : r.text,
                    )}
                  </p>
                </li>
              ))}
            </ol>
            <Pager
              total={page.total}
              limit={LIMIT}
              offset={offset}
              link={(o) =>
                href('/', {
                  ...Object.fromEntries(Object.entries(params).filter(([, v]) => v)),
                  offset: o || undefined,
                })
              }
            />
          </section>
        )}
      </Status>
    </div>
  );
}
