/**
 * The systems an extraction evaluation compares: copydesk's extractor and the peer,
 * Mozilla Readability (the library Firefox Reader View uses) on linkedom, the DOM
 * implementation that makes it fastest. Both take a page and return body text plus the
 * metadata the benchmarks have gold for.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../../../../stages/02-extract/html/extract-html.js';

export interface SystemOutput {
  readonly text: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly date: string | null;
}

export interface ExtractionSystem {
  readonly name: string;
  run(html: string, url: string): SystemOutput;
}

export const copydeskSystem: ExtractionSystem = {
  name: 'copydesk',
  run(html, url) {
    const r = extractHtml(html, { url });
    return {
      text: r.blocks.map((b) => b.text).join('\n\n'),
      title: r.meta.title,
      author: r.meta.authors.length > 0 ? r.meta.authors.join('; ') : null,
      date: r.meta.published,
    };
  },
};

export const readabilitySystem: ExtractionSystem = {
  name: 'readability.js',
  run(html) {
    try {
      const { document } = parseHTML(html);
      const article = new Readability(
        document as unknown as ConstructorParameters<typeof Readability>[0],
      ).parse();
      return {
        text: article?.textContent ?? '',
        title: article?.title ?? null,
        author: article?.byline ?? null,
        date: article?.publishedTime ?? null,
      };
    } catch {
      return { text: '', title: null, author: null, date: null };
    }
  },
};
