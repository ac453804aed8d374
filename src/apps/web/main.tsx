/**
 * The copydesk web UI: a Preact single-page app under /app/, talking to the same
 * server's JSON API.
 */
import { render } from 'preact';
import { Shell } from './components/common.js';
import { interceptLinks, useLocation } from './lib/router.js';
import { AnalyzePage } from './pages/analyze.js';
import { ArticlePage } from './pages/article.js';
import { EntityPage, EntitySearchPage } from './pages/entities.js';
import { QuotesPage } from './pages/quotes.js';
import { SearchPage } from './pages/search.js';
import { StoryPage } from './pages/story.js';
import './styles.css';

function App() {
  const location = useLocation();
  const { path } = location;
  const [, section, rawId] = path.split('/');
  const id = rawId ? decodeURIComponent(rawId) : '';
  let page = (
    <div class="page">
      <h1>Page not found</h1>
    </div>
  );
  if (path === '/' || path === '') page = <SearchPage location={location} />;
  else if (section === 'articles' && id) page = <ArticlePage id={id} key={id} />;
  else if (section === 'entities' && id) page = <EntityPage id={id} key={id} />;
  else if (section === 'entities') page = <EntitySearchPage location={location} />;
  else if (section === 'quotes') page = <QuotesPage location={location} />;
  else if (section === 'stories' && id) page = <StoryPage id={id} location={location} key={id} />;
  else if (section === 'analyze') page = <AnalyzePage />;
  return <Shell>{page}</Shell>;
}

interceptLinks();
render(<App />, document.getElementById('app') as HTMLElement);
