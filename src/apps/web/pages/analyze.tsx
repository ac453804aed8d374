/** Paste-and-analyze: one article (text, HTML or a URL) analysed on the spot, nothing stored. */
import { useState } from 'preact/hooks';
import { ArticleView } from '../components/article-view.js';
import { type AnalysisJson, ApiFailure, api } from '../lib/api.js';

type Mode = 'text' | 'html' | 'url';

export function AnalyzePage() {
  const [mode, setMode] = useState<Mode>('text');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<AnalysisJson | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const content = String(form.get('content') ?? '');
    const date = String(form.get('date') ?? '') || undefined;
    setBusy(true);
    setError(null);
    try {
      const body = mode === 'url' ? { url: content.trim(), date } : { [mode]: content, date };
      setResult(await api.analyze(body));
    } catch (e) {
      setResult(null);
      setError(e instanceof ApiFailure ? `${e.message} (${e.code})` : 'the analysis failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="page">
      <h1>Analyze an article</h1>
      <form class="analyze-form" onSubmit={submit}>
        <fieldset class="modes">
          <legend>Input</legend>
          {(['text', 'html', 'url'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
              {m === 'text' ? 'Plain text' : m === 'html' ? 'HTML page' : 'Web address'}
            </label>
          ))}
        </fieldset>
        {mode === 'url' ? (
          <label class="block">
            Address of the article
            <input name="content" type="url" required placeholder="https://…" />
          </label>
        ) : (
          <label class="block">
            {mode === 'text' ? 'Article text' : 'Page HTML'}
            <textarea
              name="content"
              required
              rows={12}
              placeholder={mode === 'text' ? 'Paste the headline and body…' : '<html>…'}
            />
          </label>
        )}
        <label class="inline">
          Article date (for “on Friday”) <input name="date" type="date" />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Analysing…' : 'Analyze'}
        </button>
      </form>
      {error && (
        <div class="status error" role="alert">
          {error}
        </div>
      )}
      {result && (
        <section aria-label="Analysis" class="analysis-result">
          <ArticleView analysis={result} links={{}} />
        </section>
      )}
    </div>
  );
}
