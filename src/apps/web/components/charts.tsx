/**
 * Hand-written SVG charts (no chart library: two small charts do not justify one):
 * a monthly timeline of articles and quotes, and a co-mention network. Each has a text
 * alternative for screen readers.
 */
import type { CorpusEntity } from '../lib/api.js';
import { formatDate } from '../lib/format.js';
import { href } from '../lib/router.js';

export function TimelineChart({
  points,
}: {
  points: readonly { month: string; articles: number; quotes: number }[];
}) {
  if (points.length === 0) return <p class="muted">No dated mentions.</p>;
  const months = fillMonths(points);
  const max = Math.max(1, ...months.map((m) => Math.max(m.articles, m.quotes)));
  const W = 640;
  const H = 180;
  const pad = { l: 32, r: 8, t: 10, b: 28 };
  const step = (W - pad.l - pad.r) / months.length;
  const bar = Math.max(2, Math.min(18, step / 2.5));
  const y = (v: number) => H - pad.b - (v / max) * (H - pad.t - pad.b);
  const every = Math.ceil(months.length / 8);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Articles and quotes per month">
        <line x1={pad.l} x2={W - pad.r} y1={H - pad.b} y2={H - pad.b} class="axis" />
        <text x={pad.l - 6} y={y(max) + 4} class="tick" text-anchor="end">
          {max}
        </text>
        <text x={pad.l - 6} y={H - pad.b} class="tick" text-anchor="end">
          0
        </text>
        {months.map((m, i) => {
          const x = pad.l + i * step + step / 2;
          return (
            <g key={m.month}>
              <rect
                class="bar-articles"
                x={x - bar}
                y={y(m.articles)}
                width={bar}
                height={H - pad.b - y(m.articles)}
              >
                <title>
                  {formatDate(m.month)}: {m.articles} articles
                </title>
              </rect>
              <rect class="bar-quotes" x={x} y={y(m.quotes)} width={bar} height={H - pad.b - y(m.quotes)}>
                <title>
                  {formatDate(m.month)}: {m.quotes} quotes
                </title>
              </rect>
              {i % every === 0 && (
                <text x={x} y={H - 10} class="tick" text-anchor="middle">
                  {formatDate(m.month)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="swatch bar-articles-swatch" aria-hidden="true" /> articles mentioning{' '}
        <span class="swatch bar-quotes-swatch" aria-hidden="true" /> quotes by this speaker
      </figcaption>
      <table class="visually-hidden">
        <caption>Mentions per month</caption>
        <thead>
          <tr>
            <th>Month</th>
            <th>Articles</th>
            <th>Quotes</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <td>{p.month}</td>
              <td>{p.articles}</td>
              <td>{p.quotes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Months between the first and last point, with zeros where nothing happened (at most 60). */
function fillMonths(points: readonly { month: string; articles: number; quotes: number }[]) {
  const sorted = [...points].sort((a, b) => a.month.localeCompare(b.month));
  const byMonth = new Map(sorted.map((p) => [p.month, p]));
  const first = sorted[0]?.month ?? '';
  const last = sorted[sorted.length - 1]?.month ?? '';
  const out: { month: string; articles: number; quotes: number }[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(byMonth.get(key) ?? { month: key, articles: 0, quotes: 0 });
    if (key >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out.slice(-60);
}

export function CoMentionGraph({
  center,
  others,
}: {
  center: CorpusEntity;
  others: readonly { entity: CorpusEntity; articles: number }[];
}) {
  if (others.length === 0) return <p class="muted">No co-mentioned names yet.</p>;
  const shown = others.slice(0, 16);
  const W = 520;
  const H = 400;
  const cx = W / 2;
  const cy = H / 2;
  const R = 150;
  const max = Math.max(...shown.map((o) => o.articles));
  return (
    <figure class="chart">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot be a fieldset; the group holds links. */}
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`Names mentioned together with ${center.name}`}>
        {shown.map((o, i) => {
          const angle = (2 * Math.PI * i) / shown.length - Math.PI / 2;
          const x = cx + R * Math.cos(angle);
          const y = cy + R * Math.sin(angle);
          return (
            <line
              key={`l${o.entity.id}`}
              x1={cx}
              y1={cy}
              x2={x}
              y2={y}
              class="edge"
              stroke-width={1 + (4 * o.articles) / max}
            />
          );
        })}
        <circle cx={cx} cy={cy} r={26} class={`node node-${center.type}`} />
        <text x={cx} y={cy + 44} class="node-label center" text-anchor="middle">
          {center.name}
        </text>
        {shown.map((o, i) => {
          const angle = (2 * Math.PI * i) / shown.length - Math.PI / 2;
          const x = cx + R * Math.cos(angle);
          const y = cy + R * Math.sin(angle);
          const below = Math.sin(angle) > 0.2;
          return (
            <a key={o.entity.id} href={href(`/entities/${encodeURIComponent(o.entity.id)}`)}>
              <title>
                {o.entity.name}: together in {o.articles} articles
              </title>
              <circle cx={x} cy={y} r={8 + (10 * o.articles) / max} class={`node node-${o.entity.type}`} />
              <text x={x} y={below ? y + 30 : y - 22} class="node-label" text-anchor="middle">
                {o.entity.name}
              </text>
            </a>
          );
        })}
      </svg>
    </figure>
  );
}
