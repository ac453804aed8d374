/** Shared bits: the page shell, loading/error states, the pager, score meters. */
import type { ComponentChildren } from 'preact';
import { href, useLocation } from '../lib/router.js';
import type { Loaded } from '../lib/use-data.js';

const NAV = [
  { path: '/', label: 'Search', match: (p: string) => p === '/' || p.startsWith('/articles') },
  { path: '/entities', label: 'Entities', match: (p: string) => p.startsWith('/entities') },
  { path: '/quotes', label: 'Quotes', match: (p: string) => p.startsWith('/quotes') },
  { path: '/analyze', label: 'Analyze', match: (p: string) => p.startsWith('/analyze') },
];

export function Shell({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <a class="brand" href={href('/')}>
          copydesk
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.path}>
                <a href={href(n.path)} aria-current={n.match(path) ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <a class="api-link" href="/docs">
          API
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

export function Status<T>({
  value,
  children,
}: {
  value: Loaded<T>;
  children: (data: T) => ComponentChildren;
}) {
  if (value.state === 'loading')
    return (
      <p class="status" role="status">
        Loading…
      </p>
    );
  if (value.state === 'error')
    return (
      <div class="status error" role="alert">
        <strong>{value.error.status === 404 ? 'Not found' : 'Something went wrong'}</strong>
        <p>{value.error.message}</p>
      </div>
    );
  return <>{children(value.data)}</>;
}

export function Pager({
  total,
  limit,
  offset,
  link,
}: {
  total: number;
  limit: number;
  offset: number;
  link: (offset: number) => string;
}) {
  if (total <= limit) return null;
  const last = Math.min(total, offset + limit);
  return (
    <nav class="pager" aria-label="Pages">
      {offset > 0 ? (
        <a href={link(Math.max(0, offset - limit))} rel="prev">
          ← Previous
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        {offset + 1}–{last} of {total.toLocaleString('en')}
      </span>
      {last < total ? (
        <a href={link(offset + limit)} rel="next">
          Next →
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}

/** A 0..1 score as a labelled meter. */
export function Score({ label, value }: { label: string; value: number | null }) {
  return (
    <div class="score">
      <span>{label}</span>
      {value === null ? (
        <span class="muted">not scored</span>
      ) : (
        <>
          <meter min={0} max={1} low={0.34} high={0.66} optimum={0} value={value} aria-label={label} />
          <span>{Math.round(value * 100)}%</span>
        </>
      )}
    </div>
  );
}
