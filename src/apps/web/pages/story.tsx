/**
 * A story cluster: its members (original first, each copy's relation), and the original
 * beside a chosen copy with the differences marked — mangled names, dropped paragraphs.
 */
import { ScoreBadges } from '../components/badges.js';
import { Status } from '../components/common.js';
import { api, type StoryCluster } from '../lib/api.js';
import { compareTexts } from '../lib/compare.js';
import { formatDate } from '../lib/format.js';
import { href, type Location } from '../lib/router.js';
import { useData } from '../lib/use-data.js';

export function StoryPage({ id, location }: { id: string; location: Location }) {
  const story = useData((signal) => api.story(id, signal), [id]);
  return (
    <div class="page">
      <Status value={story}>{(s) => <Story story={s} chosen={location.query.get('copy')} />}</Status>
    </div>
  );
}

function Story({ story, chosen }: { story: StoryCluster; chosen: string | null }) {
  const originalId = story.originalId ?? story.members[0]?.id ?? '';
  const copies = story.members.filter((m) => m.id !== originalId);
  const copyId = chosen && copies.some((c) => c.id === chosen) ? chosen : (copies[0]?.id ?? null);
  const original = story.members.find((m) => m.id === originalId);
  return (
    <>
      <header>
        <p class="kicker">Story · {story.members.length} articles</p>
        <h1>{original?.title ?? 'Untitled story'}</h1>
      </header>
      <table class="members">
        <caption class="visually-hidden">Articles in this story</caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Publisher</th>
            <th scope="col">Published</th>
            <th scope="col">Relation</th>
            <th scope="col">Similarity</th>
            <th scope="col">Compare</th>
          </tr>
        </thead>
        <tbody>
          {story.members.map((m) => (
            <tr key={m.id} class={m.id === originalId ? 'is-original' : m.id === copyId ? 'is-selected' : ''}>
              <td>
                <a href={href(`/articles/${encodeURIComponent(m.id)}`)}>{m.title ?? m.id}</a>
                <ScoreBadges scraped={m.scraped} machineTranslated={m.machineTranslated} />
              </td>
              <td>{m.publisher ?? '—'}</td>
              <td>{formatDate(m.published)}</td>
              <td>{m.id === originalId ? <strong>original</strong> : (m.relation ?? '—')}</td>
              <td>{m.similarity === null ? '—' : m.similarity.toFixed(2)}</td>
              <td>
                {m.id === originalId ? (
                  '—'
                ) : m.id === copyId ? (
                  <span aria-current="true">shown below</span>
                ) : (
                  <a href={href(`/stories/${encodeURIComponent(story.id)}`, { copy: m.id })}>compare</a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {copyId ? (
        <SideBySide originalId={originalId} copyId={copyId} />
      ) : (
        <p class="muted">This story has no copies yet.</p>
      )}
    </>
  );
}

function SideBySide({ originalId, copyId }: { originalId: string; copyId: string }) {
  const pair = useData(
    (signal) => Promise.all([api.article(originalId, signal), api.article(copyId, signal)]),
    [originalId, copyId],
  );
  return (
    <Status value={pair}>
      {([orig, copy]) => {
        const c = compareTexts(orig.analysis.text, copy.analysis.text);
        const repairs = copy.analysis.entities.flatMap((e) =>
          e.mentions.filter((m) => m.repaired).map((m) => ({ printed: m.text, name: e.name })),
        );
        const uniqueRepairs = [...new Map(repairs.map((r) => [r.printed, r])).values()];
        return (
          <section aria-label="Original and copy compared">
            <div class="diff-summary">
              <p>
                <strong>{c.droppedWords}</strong> words of the original missing from the copy ·{' '}
                <strong>{c.addedWords}</strong> words the copy adds or changes
                {c.bigDrops.length > 0 && (
                  <>
                    {' '}
                    · <strong>{c.bigDrops.length}</strong> passages dropped
                  </>
                )}
              </p>
              {uniqueRepairs.length > 0 && (
                <p>
                  Mangled names in the copy:{' '}
                  {uniqueRepairs.map((r, i) => (
                    <span key={r.printed}>
                      {i > 0 && ', '}
                      <span class="del-inline">{r.printed}</span> → <span class="ins-inline">{r.name}</span>
                    </span>
                  ))}
                </p>
              )}
              <p class="legend-line">
                <span class="swatch removed-swatch" aria-hidden="true" /> only in the original{' '}
                <span class="swatch added-swatch" aria-hidden="true" /> only in the copy
              </p>
            </div>
            <div class="diff">
              <div class="diff-col">
                <h2>
                  Original · {orig.publisher ?? 'unknown'} · {formatDate(orig.published)}
                </h2>
                <div class="diff-text">
                  {c.original.map((r, i) =>
                    r.kind === 'removed' ? <del key={i}>{r.text}</del> : <span key={i}>{r.text}</span>,
                  )}
                </div>
              </div>
              <div class="diff-col">
                <h2>
                  Copy · {copy.publisher ?? 'unknown'} · {formatDate(copy.published)}
                </h2>
                <div class="diff-text">
                  {c.copy.map((r, i) =>
                    r.kind === 'added' ? <ins key={i}>{r.text}</ins> : <span key={i}>{r.text}</span>,
                  )}
                </div>
              </div>
            </div>
          </section>
        );
      }}
    </Status>
  );
}
