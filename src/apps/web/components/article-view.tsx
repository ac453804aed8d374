/**
 * The article reader: cleaned text with entity highlights by type (repaired names show
 * the printed surface and the evidence on hover and focus), quotes marked and linked to
 * their speakers, figures marked; a side panel with entities, quotes, figures, removed
 * debris and provenance. Every field is rendered as text — never as HTML.
 */
import type { AnalysisJson } from '../lib/api.js';
import { formatDate, formatValue, percent, TYPE_LABEL, TYPE_NAME } from '../lib/format.js';
import { href } from '../lib/router.js';
import { type AnalysisEntity, layoutArticle, type Mark, type Piece, safeHref } from '../lib/segments.js';
import { Score } from './common.js';

export interface ArticleViewProps {
  readonly analysis: AnalysisJson;
  /** Analysis entity id → corpus entity id, for links (empty for unsaved analyses). */
  readonly links: Readonly<Record<string, string>>;
  readonly storyId?: string | null;
}

function entityHref(links: ArticleViewProps['links'], e: AnalysisEntity | undefined): string | null {
  const id = e && links[e.id];
  return id ? href(`/entities/${encodeURIComponent(id)}`) : null;
}

function MarkedPiece({
  piece,
  links,
  tipId,
}: {
  piece: Piece;
  links: ArticleViewProps['links'];
  tipId: string;
}) {
  const mark = piece.mark as Mark;
  if (mark.kind === 'figure') {
    const f = mark.figure;
    return (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can open the tooltip (tooltip-on-focus pattern).
      <span class="fig" tabIndex={0} aria-describedby={tipId}>
        {piece.text}
        <span class="tip" role="tooltip" id={tipId}>
          <strong>{formatValue(f.value, f.unit)}</strong> · {f.kind}
          {f.subject ? ` · ${f.subject}` : ''}
        </span>
      </span>
    );
  }
  const e = mark.entity;
  const link = entityHref(links, e);
  const cls = `ent ent-${e.type}${mark.repaired ? ' repaired' : ''}`;
  const content = (
    <>
      {piece.text}
      <span class="ent-label" aria-hidden="true">
        {TYPE_LABEL[e.type] ?? e.type}
      </span>
      <span class="tip" role="tooltip" id={tipId}>
        <strong>{e.name}</strong>{' '}
        <span class="muted">
          ({e.type}
          {e.kbId ? `, ${e.kbId}` : ', not in the knowledge base'})
        </span>
        {mark.repaired && (
          <span class="tip-line">
            Printed as “{piece.text}”, repaired to “{e.name}”
          </span>
        )}
        {e.evidence.slice(0, 4).map((ev) => (
          <span class="tip-line" key={ev.kind + ev.detail}>
            {ev.kind}: {ev.detail} ({percent(ev.score)})
          </span>
        ))}
      </span>
    </>
  );
  return link ? (
    <a class={cls} href={link} aria-describedby={tipId}>
      {content}
    </a>
  ) : (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can open the tooltip (tooltip-on-focus pattern).
    <span class={cls} tabIndex={0} aria-describedby={tipId}>
      {content}
    </span>
  );
}

function Speaker({ a, quote, links }: { a: AnalysisJson; quote: number; links: ArticleViewProps['links'] }) {
  const q = a.quotes[quote];
  if (!q) return null;
  if (!q.speaker) return <span class="speaker unknown">— speaker unknown</span>;
  const e = a.entities.find((x) => x.id === q.speaker?.entityId);
  const link = entityHref(links, e);
  return (
    <span class="speaker">
      — {link ? <a href={link}>{q.speaker.name}</a> : q.speaker.name}
      <span class="muted"> ({q.kind})</span>
    </span>
  );
}

function ArticleText({ a, links }: { a: AnalysisJson; links: ArticleViewProps['links'] }) {
  const paragraphs = layoutArticle(a);
  return (
    <div class="article-text">
      {paragraphs.map((p) => {
        const Tag = p.role === 'heading' ? 'h3' : p.role === 'blockquote' ? 'blockquote' : 'p';
        return (
          <Tag key={p.start}>
            {p.pieces.map((piece) => {
              const tipId = `tip-${piece.start}`;
              const inner = piece.mark ? (
                <MarkedPiece piece={piece} links={links} tipId={tipId} />
              ) : (
                piece.text
              );
              if (piece.quote < 0) return <span key={piece.start}>{inner}</span>;
              const kind = a.quotes[piece.quote]?.kind ?? 'direct';
              return (
                <span key={piece.start} class={`quote quote-${kind}`} data-quote={piece.quote}>
                  {inner}
                  {piece.quoteEnds && <Speaker a={a} quote={piece.quote} links={links} />}
                </span>
              );
            })}
          </Tag>
        );
      })}
    </div>
  );
}

function Pending({ a, layer }: { a: AnalysisJson; layer: string }) {
  return a.pending.includes(layer as never) ? (
    <p class="muted">Not analysed yet (this stage has not landed).</p>
  ) : null;
}

function SidePanel({ analysis: a, links, storyId }: ArticleViewProps) {
  const types = ['person', 'organization', 'location', 'event', 'misc'] as const;
  const bySpeaker = new Map<string, number>();
  for (const q of a.quotes) {
    const name = q.speaker?.name ?? 'Unattributed';
    bySpeaker.set(name, (bySpeaker.get(name) ?? 0) + 1);
  }
  return (
    <aside class="side" aria-label="Analysis">
      <section>
        <h2>Provenance</h2>
        <dl class="facts">
          <dt>Original publisher</dt>
          <dd>{a.provenance.originalPublisher ?? 'unknown'}</dd>
        </dl>
        <Score label="Scraped" value={a.provenance.scores.scraped} />
        <Score label="Machine-translated" value={a.provenance.scores.machineTranslated} />
        {storyId && (
          <p>
            <a href={href(`/stories/${encodeURIComponent(storyId)}`)}>
              Compare with the other copies of this story →
            </a>
          </p>
        )}
        {a.provenance.signals.length > 0 && (
          <ul class="signals">
            {a.provenance.signals.map((s, i) => (
              <li key={i}>
                <span class="tag">{s.kind}</span> {s.value}
                {s.detail ? <span class="muted"> — {s.detail}</span> : null}
              </li>
            ))}
          </ul>
        )}
        <Pending a={a} layer="provenance" />
      </section>
      <section>
        <h2>Names</h2>
        <Pending a={a} layer="entities" />
        {a.entities.length === 0 && !a.pending.includes('entities') && <p class="muted">No names found.</p>}
        {types.map((t) => {
          const list = a.entities.filter((e) => e.type === t);
          if (list.length === 0) return null;
          return (
            <div key={t}>
              <h3>
                <span class={`swatch ent-${t}`} aria-hidden="true" /> {TYPE_NAME[t]}
              </h3>
              <ul class="entity-list">
                {list.map((e) => {
                  const link = entityHref(links, e);
                  const repaired = [...new Set(e.mentions.filter((m) => m.repaired).map((m) => m.text))];
                  return (
                    <li key={e.id}>
                      {link ? <a href={link}>{e.name}</a> : e.name}{' '}
                      <span class="muted">×{e.mentions.length}</span>
                      {repaired.length > 0 && (
                        <div class="repair-note">printed as {repaired.map((r) => `“${r}”`).join(', ')}</div>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </section>
      <section>
        <h2>Quotes by speaker</h2>
        <Pending a={a} layer="quotes" />
        {!a.pending.includes('quotes') && bySpeaker.size === 0 && <p class="muted">No quotes found.</p>}
        <ul>
          {[...bySpeaker].map(([name, n]) => (
            <li key={name}>
              {name} <span class="muted">×{n}</span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Figures</h2>
        <Pending a={a} layer="figures" />
        {!a.pending.includes('figures') && a.figures.length === 0 && <p class="muted">No figures found.</p>}
        <ul class="figures">
          {a.figures.slice(0, 40).map((f) => (
            <li key={f.start}>
              <span class="fig-inline">{f.text}</span> <span class="muted">{f.subject ?? f.kind}</span>
            </li>
          ))}
        </ul>
        {a.dates.length > 0 && (
          <>
            <h3>Dates</h3>
            <ul>
              {a.dates.slice(0, 20).map((d) => (
                <li key={d.start}>
                  {d.text} <span class="muted">→ {d.value}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section>
        <h2>Removed debris</h2>
        <Pending a={a} layer="removed" />
        {!a.pending.includes('removed') && a.removed.length === 0 && <p class="muted">Nothing removed.</p>}
        <ul class="removed">
          {a.removed.map((r, i) => (
            <li key={i}>
              <span class="tag">{r.kind}</span> <span class="removed-text">{r.text}</span>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}

export function ArticleView(props: ArticleViewProps) {
  const { analysis: a } = props;
  const url = safeHref(a.meta.url ?? a.meta.canonicalUrl);
  return (
    <article class="article-layout">
      <div class="article-main">
        <header class="article-head">
          <h1>{a.meta.title ?? 'Untitled article'}</h1>
          <p class="byline">
            {a.meta.authors.length > 0 && <span>By {a.meta.authors.join(', ')} · </span>}
            <span>{a.meta.publisher ?? 'unknown publisher'}</span> ·{' '}
            <time>{formatDate(a.meta.published)}</time>
            {url && (
              <>
                {' · '}
                <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                  source
                </a>
              </>
            )}
          </p>
          <ul class="legend" aria-label="Highlight legend">
            {(['person', 'organization', 'location', 'event', 'misc'] as const).map((t) => (
              <li key={t}>
                <span class={`swatch ent-${t}`} aria-hidden="true" /> {TYPE_NAME[t]}
              </li>
            ))}
            <li>
              <span class="swatch repaired-swatch" aria-hidden="true" /> repaired name
            </li>
            <li>
              <span class="swatch quote-swatch" aria-hidden="true" /> quote
            </li>
            <li>
              <span class="swatch fig-swatch" aria-hidden="true" /> figure
            </li>
          </ul>
        </header>
        <ArticleText a={a} links={props.links} />
      </div>
      <SidePanel {...props} />
    </article>
  );
}
