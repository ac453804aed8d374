/** Quotes across the corpus, by speaker name and date, paged. */
import { Pager, Status } from '../components/common.js';
import { api } from '../lib/api.js';
import { href, type Location, navigate } from '../lib/router.js';
import { useData } from '../lib/use-data.js';
import { QuoteList } from './entities.js';

const LIMIT = 20;

export function QuotesPage({ location }: { location: Location }) {
  const speaker = location.query.get('speaker') ?? '';
  const speakerId = location.query.get('speakerId') ?? '';
  const since = location.query.get('since') ?? '';
  const offset = Number(location.query.get('offset') ?? 0) || 0;
  const page = useData(
    (signal) => api.quotes({ speaker, speakerId, since, limit: LIMIT, offset }, signal),
    [location.query.toString()],
  );
  return (
    <div class="page">
      <h1>Quotes</h1>
      <search>
        <form
          class="search-form"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget as HTMLFormElement);
            navigate(
              href('/quotes', {
                speaker: String(f.get('speaker') ?? '').trim(),
                since: String(f.get('since') ?? ''),
              }),
            );
          }}
        >
          <fieldset class="filters">
            <legend class="visually-hidden">Quote filters</legend>
            <label>
              Speaker <input name="speaker" type="text" value={speaker} placeholder="Kaja Kallas" />
            </label>
            <label>
              Since <input name="since" type="date" value={since} />
            </label>
            <button type="submit">Show</button>
          </fieldset>
        </form>
      </search>
      <Status value={page}>
        {(p) => (
          <>
            <p class="result-count" role="status">
              {p.total === 0 ? 'No quotes match.' : `${p.total.toLocaleString('en')} quotes`}
            </p>
            <QuoteList items={p.items} />
            <Pager
              total={p.total}
              limit={LIMIT}
              offset={offset}
              link={(o) => href('/quotes', { speaker, speakerId, since, offset: o || undefined })}
            />
          </>
        )}
      </Status>
    </div>
  );
}
