import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';

const fixture = readFileSync(
  new URL('../../../../test/fixtures/extract/harbour-story.html', import.meta.url),
  'utf8',
);

describe('extractHtml on a news page full of junk', () => {
  const r = extractHtml(fixture, {
    url: 'https://www.coastalcourier.example/news/2025/02/14/harbour-ferry-fares?utm=x',
  });
  const text = r.blocks.map((b) => b.text).join('\n');

  it('keeps every paragraph of the article, in order', () => {
    expect(r.method).toBe('dom');
    expect(text).toMatch(/^Fares on the Port Alder harbour ferry will rise/);
    expect(text).toContain('Councillors approved the plan by 31 votes to 9');
    expect(text).toContain('lost £2.3 million last year');
    expect(text).toContain('“We cannot keep the boats running on goodwill alone,”');
    expect(text).toContain('Opposition councillor Raj Patel');
    expect(text.trim().endsWith('will not change.')).toBe(true);
  });

  it('keeps structure: subheads, block quotes and list items', () => {
    expect(r.blocks).toContainEqual({ text: 'A service in trouble', role: 'heading' });
    expect(r.blocks.find((b) => b.text.startsWith('The ferry is not a luxury'))?.role).toBe('blockquote');
    expect(r.blocks.filter((b) => b.role === 'list-item').map((b) => b.text)).toEqual([
      'Single adult fare: £3.40, up from £3.05',
      'Monthly season ticket: £84, up from £75',
    ]);
  });

  it('drops navigation, cookie banner, share bar, ads, caption, tags, related links, comments and footer', () => {
    for (const junk of [
      'We use cookies',
      'Sport',
      'Facebook',
      'Advertisement',
      'Sealine 400',
      'The morning ferry leaves',
      'Tags:',
      'Bridge repairs',
      'outrageous',
      'thirty years',
      'Storm warning',
      'All rights reserved',
      'Maria Ellis',
      'Share this article',
    ]) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it('does not repeat the headline in the body', () => {
    expect(text).not.toContain('Harbour ferry fares to rise');
  });

  it('reads metadata with JSON-LD first', () => {
    expect(r.meta.title).toBe('Harbour ferry fares to rise as council backs rescue plan');
    expect(r.meta.authors).toEqual(['Maria Ellis', 'Tom Okafor']);
    expect(r.meta.published).toBe('2025-02-14T07:30:00+00:00');
    expect(r.meta.modified).toBe('2025-02-14T11:05:00+00:00');
    expect(r.meta.publisher).toBe('The Coastal Courier');
    expect(r.meta.canonicalUrl).toBe(
      'https://www.coastalcourier.example/news/2025/02/14/harbour-ferry-fares',
    );
    expect(r.meta.language).toBe('en');
    expect(r.meta.image).toEqual({
      url: 'https://img.coastalcdn.example/2025/02/ferry-lead.jpg',
      caption: 'The morning ferry leaves Port Alder.',
      credit: 'Photo: Jenny Marsh',
    });
  });

  it('reports provenance signals', () => {
    expect(r.signals).toEqual([
      {
        kind: 'canonical-url',
        value: 'https://www.coastalcourier.example/news/2025/02/14/harbour-ferry-fares',
        detail: null,
      },
      { kind: 'publisher', value: 'The Coastal Courier', detail: expect.any(String) },
      { kind: 'image-host', value: 'img.coastalcdn.example', detail: 'lead image' },
    ]);
  });
});

describe('extractHtml fallbacks and robustness', () => {
  const story =
    'The river rose two metres overnight and forced the evacuation of 300 homes in the lower town.\nEmergency crews worked through the night to shore up the flood barrier near the old mill, officials said.\nThe mayor asked residents of the riverside streets to stay with relatives until the water falls.';

  it('uses JSON-LD articleBody when the markup holds only a teaser', () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Flood',
      articleBody: story,
    })}</script></head><body><div id="app"><p>Loading the story…</p></div></body></html>`;
    const r = extractHtml(html);
    expect(r.method).toBe('json-ld');
    expect(r.blocks.map((b) => b.text)).toEqual(story.split('\n'));
  });

  it('returns an empty result with a reason for a page without prose', () => {
    const r = extractHtml('<html><body><nav><a href="/">Home</a></nav></body></html>');
    expect(r.blocks).toEqual([]);
    expect(r.method).toBe('none');
    expect(r.reason).toMatch(/no article text/);
  });

  it('reads an oversized (8 MB) page up to its character budget and says it was cut', () => {
    const para =
      '<p>The harbour board met again on Monday to discuss the cost of dredging the channel before winter.</p>';
    const html = `<html><body><article>${para.repeat(Math.ceil(8_000_000 / para.length))}</article></body></html>`;
    const r = extractHtml(html);
    expect(r.blocks.length).toBeGreaterThan(1000);
    expect(r.reason).toMatch(/cut/);
  });

  it('never throws on malformed, binary or deeply nested input', () => {
    const inputs = [
      '<p>unclosed <b><i>tags <div></span></p></table>',
      '\u0000\u0001\u0002\uFFFD\uD800binary',
      '<div>'.repeat(20_000) +
        '<p>Deep text that is long enough to be an article paragraph, with a full stop.</p>',
      '<script>' + 'x'.repeat(100_000),
      '',
    ];
    for (const html of inputs) expect(() => extractHtml(html)).not.toThrow();
    const deep = extractHtml(inputs[2]!);
    expect(deep.blocks.map((b) => b.text).join(' ')).toContain('Deep text');
  });
});
