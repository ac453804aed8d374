/** One stored article, read through its analysis. */
import { ArticleView } from '../components/article-view.js';
import { Status } from '../components/common.js';
import { api } from '../lib/api.js';
import { useData } from '../lib/use-data.js';

export function ArticlePage({ id }: { id: string }) {
  const article = useData((signal) => api.article(id, signal), [id]);
  return (
    <div class="page">
      <Status value={article}>
        {(a) => <ArticleView analysis={a.analysis} links={a.entityLinks} storyId={a.clusterId} />}
      </Status>
    </div>
  );
}
