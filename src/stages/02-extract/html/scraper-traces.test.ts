/**
 * A scraper's photo credits and source links are handed on for cleanup, in place; a
 * publisher's own <figure> caption and credit are not (scraper-traces.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../test/fixtures/extract/${name}`, import.meta.url), 'utf8');

describe('the traces of a scraped copy', () => {
  const r = extractHtml(fixture('scraped-copy.html'), {
    url: 'https://dailybuzzhub24.example/harbour-ferry/',
  });

  it('leaves the credit and the source link out of the article and hands them on where they stood', () => {
    const text = r.blocks.map((b) => b.text).join('\n');
    expect(text).not.toContain('Getty Images');
    expect(text).not.toContain('Source link');
    expect(r.traces).toEqual([
      { at: 1, text: 'Jenny Marsh | Getty Images' },
      {
        at: 4,
        text: 'Source link: https://www.reuters.com/world/uk/harbour-ferry-fares-rise-2025-02-14/',
      },
    ]);
    expect(r.blocks[0]!.text).toMatch(/^Commuters board the morning ferry/);
  });

  it('names the host of the picture the copy hot-links', () => {
    expect(r.signals).toContainEqual({
      kind: 'image-host',
      value: 'img.coastalcdn.example',
      detail: 'picture in the article',
    });
  });

  it('hands on nothing from a publisher’s own figure, and names its picture’s host once', () => {
    const own = extractHtml(fixture('harbour-story.html'), {
      url: 'https://www.coastalcourier.example/news/2025/02/14/harbour-ferry-fares',
    });
    expect(own.traces).toEqual([]);
    expect(own.signals.filter((s) => s.kind === 'image-host').map((s) => s.value)).toEqual([
      'img.coastalcdn.example',
    ]);
  });

  it('writes a bare label’s relative link against the page address, and keeps a line that names its source', () => {
    const page = `<html><body><article>
      <p>${'The council voted on Thursday to back a rescue plan for the loss-making ferry service. '.repeat(3)}</p>
      <p>${'Opponents warned that the rise would push commuters back into their cars, officials said. '.repeat(3)}</p>
      <p>Source: <a href="/news/ferry-fares">Coastal Courier</a></p>
      <p><a href="/news/ferry-fares?from=feed">Original article</a></p>
    </article></body></html>`;
    const out = extractHtml(page, { url: 'https://www.coastalcourier.example/world/' });
    expect(out.traces).toEqual([
      { at: 2, text: 'Source: Coastal Courier' },
      { at: 2, text: 'Original article: https://www.coastalcourier.example/news/ferry-fares?from=feed' },
    ]);
  });

  it('writes no target for an anchor that is no web address', () => {
    const page = `<html><body><article>
      <p>${'The council voted on Thursday to back a rescue plan for the loss-making ferry service. '.repeat(3)}</p>
      <p>${'Opponents warned that the rise would push commuters back into their cars, officials said. '.repeat(3)}</p>
      <p><a href="javascript:void(0)">Source link</a></p>
      <p><a href="   ">Original article</a></p>
    </article></body></html>`;
    const out = extractHtml(page, { url: 'https://www.coastalcourier.example/world/' });
    expect(out.traces).toEqual([
      { at: 2, text: 'Source link' },
      { at: 2, text: 'Original article' },
    ]);
  });
});
