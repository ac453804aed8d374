import { describe, expect, it } from 'vitest';
import { parseHtml } from '../html/parse.js';
import { readJsonLd } from './json-ld.js';
import { collectPageSignals } from './page-signals.js';
import { readMeta } from './read-meta.js';

function metaOf(head: string, body = '', url: string | null = null) {
  const { document } = parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);
  const page = collectPageSignals(document);
  return readMeta(page, readJsonLd(page.jsonLd), url).meta;
}

const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('metadata sources, each on its own', () => {
  it('JSON-LD: headline, authors, dates, publisher, image (also inside @graph)', () => {
    const m = metaOf(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Valley Herald' },
          {
            '@type': 'NewsArticle',
            headline: 'Dam repairs finish early',
            author: { '@type': 'Person', name: 'Ruth Adeyemi' },
            datePublished: '2025-03-02T09:15:00+01:00',
            dateModified: '2025-03-02T12:00:00+01:00',
            publisher: { '@type': 'Organization', name: 'Valley Herald' },
            image: ['https://cdn.valleyherald.example/dam.jpg'],
          },
        ],
      }),
    );
    expect(m).toMatchObject({
      title: 'Dam repairs finish early',
      authors: ['Ruth Adeyemi'],
      published: '2025-03-02T09:15:00+01:00',
      modified: '2025-03-02T12:00:00+01:00',
      publisher: 'Valley Herald',
    });
    expect(m.image?.url).toBe('https://cdn.valleyherald.example/dam.jpg');
  });

  it('JSON-LD that is not strictly valid JSON (raw newlines, trailing commas) is still read', () => {
    const m = metaOf(
      '<script type="application/ld+json">{"@type":"Article","headline":"Line\none",}</script>',
    );
    expect(m.title).toBe('Line one');
  });

  it('OpenGraph and article: meta tags', () => {
    const m = metaOf(
      `<meta property="og:title" content="Ferry fares rise">
       <meta property="og:site_name" content="Coastal Courier">
       <meta property="article:published_time" content="2025-02-14T07:30:00Z">
       <meta property="article:modified_time" content="2025-02-15">
       <meta property="og:image" content="/img/ferry.jpg">
       <meta property="og:url" content="https://coastal.example/ferry">`,
    );
    expect(m).toMatchObject({
      title: 'Ferry fares rise',
      publisher: 'Coastal Courier',
      published: '2025-02-14T07:30:00Z',
      modified: '2025-02-15',
      canonicalUrl: 'https://coastal.example/ferry',
    });
    expect(m.image?.url).toBe('https://coastal.example/img/ferry.jpg');
  });

  it('plain meta tags: author, date, Dublin Core', () => {
    const m = metaOf(
      '<meta name="author" content="By Lena Vogt and Omar Haddad"><meta name="dc.date" content="20240611">',
    );
    expect(m.authors).toEqual(['Lena Vogt', 'Omar Haddad']);
    expect(m.published).toBe('2024-06-11');
  });

  it('<time> elements: the one marked as publication date first', () => {
    const m = metaOf(
      '',
      '<time datetime="2024-01-05T10:00:00Z">Jan 5</time><time class="published" datetime="2024-01-04">Jan 4</time>',
    );
    expect(m.published).toBe('2024-01-04');
  });

  it('bylines and rel=author', () => {
    expect(metaOf('', '<div class="article-byline">By Priya Raman, Staff Writer</div>').authors).toEqual([
      'Priya Raman',
    ]);
    expect(metaOf('', '<a rel="author" href="/people/tom-okafor">Tom Okafor</a>').authors).toEqual([
      'Tom Okafor',
    ]);
    expect(metaOf('<link rel="author" href="https://example.com/author/jane-doe">').authors).toEqual([
      'Jane Doe',
    ]);
  });

  it('dates from the URL, then from visible date lines', () => {
    expect(metaOf('', '', 'https://news.example/2023/09/17/storm-damage').published).toBe('2023-09-17');
    expect(
      metaOf('', '<div class="post-date">Veröffentlicht am 3. März 2022, 14:05 Uhr</div>').published,
    ).toBe('2022-03-03');
    expect(metaOf('', '<span class="date">November 19, 2019</span>').published).toBe('2019-11-19');
  });

  it('trusts sources in order: JSON-LD over OpenGraph over meta over <time> over URL', () => {
    const m = metaOf(
      `${ld({ '@type': 'NewsArticle', datePublished: '2025-01-01' })}
       <meta property="article:published_time" content="2025-01-02">`,
      '<time class="published" datetime="2025-01-03">x</time>',
      'https://x.example/2025/01/04/story',
    );
    expect(m.published).toBe('2025-01-01');
    const m2 = metaOf(
      '<meta property="article:published_time" content="2025-01-02">',
      '<time class="published" datetime="2025-01-03">x</time>',
    );
    expect(m2.published).toBe('2025-01-02');
  });

  it('drops the site name from the title and does not take the publisher for an author', () => {
    const m = metaOf(
      `<title>Storm closes harbour road | Valley Herald</title><meta name="author" content="Valley Herald">
       <meta property="og:site_name" content="Valley Herald">`,
      '<h1>Storm closes harbour road</h1>',
    );
    expect(m.title).toBe('Storm closes harbour road');
    expect(m.authors).toEqual([]);
  });

  it('takes the lead image caption and credit from its figure, resolving lazy-loaded sources', () => {
    const m = metaOf(
      '<meta property="og:image" content="https://cdn.example/a/flood.jpg?w=1200">',
      '<figure><img src="data:image/gif;base64,xx" data-src="https://cdn.example/a/flood.jpg"><figcaption>Water in the square. <span class="credit">Photo: Ana Ruiz</span></figcaption></figure>',
    );
    expect(m.image).toEqual({
      url: 'https://cdn.example/a/flood.jpg?w=1200',
      caption: 'Water in the square.',
      credit: 'Photo: Ana Ruiz',
    });
  });
});
