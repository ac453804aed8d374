import { describe, expect, it } from 'vitest';
import { CopydeskError } from '../../core/errors.js';
import { NewsDoc } from '../../core/index.js';
import type { MediaType } from '../../core/meta.js';
import { Resources } from '../../core/resources.js';
import { extractStage } from './index.js';

function docOf(content: string, mediaType: MediaType, meta = {}): NewsDoc {
  return new NewsDoc({
    id: 'd',
    raw: { content, mediaType, origin: { kind: 'inline', label: 'test' }, byteLength: content.length },
    meta,
  });
}

function run(doc: NewsDoc): NewsDoc {
  extractStage.run(doc, { config: extractStage.defaultConfig, resources: new Resources() });
  return doc;
}

const WIRE = `Ferry fares to rise as council backs rescue plan

By Maria Ellis and Tom Okafor

February 14, 2025

PORT ALDER (Reuters) - Fares on the harbour ferry will rise by 12 percent from April after the county council voted on Thursday to back a rescue plan.

Councillors approved the plan by 31 votes to 9 after a three-hour debate.\r\n`;

describe('extract stage on plain text', () => {
  const doc = run(docOf(WIRE, 'text/plain'));
  const source = doc.get('source');
  const blocks = doc.get('blocks');

  it('keeps the raw text (newlines normalised) as source', () => {
    expect(source).toBe(WIRE.replace(/\r\n/g, '\n'));
  });

  it('makes the headline meta.title and a heading block', () => {
    expect(doc.meta.title).toBe('Ferry fares to rise as council backs rescue plan');
    expect(blocks[0]).toMatchObject({ role: 'heading' });
    expect(source.slice(blocks[0]!.start, blocks[0]!.end)).toBe(doc.meta.title);
  });

  it('reads byline and date line into meta and leaves them out of the body blocks', () => {
    expect(doc.meta.authors).toEqual(['Maria Ellis', 'Tom Okafor']);
    expect(doc.meta.published).toBe('2025-02-14');
    const texts = blocks.map((b) => source.slice(b.start, b.end));
    expect(texts).toHaveLength(3);
    expect(texts[1]).toMatch(/^PORT ALDER \(Reuters\)/);
    expect(texts[2]).toBe('Councillors approved the plan by 31 votes to 9 after a three-hour debate.');
  });

  it('reports byline and wire dateline as provenance signals', () => {
    const signals = doc.get('signals');
    expect(signals.map((s) => [s.kind, s.value])).toEqual([
      ['byline', 'Maria Ellis; Tom Okafor'],
      ['dateline', 'PORT ALDER (Reuters)'],
    ]);
    expect(signals.every((s) => s.by === 'extract')).toBe(true);
  });

  it('splits per line when the text has no blank lines, and keeps a sentence-like first line as body', () => {
    const d = run(docOf('The council met on Thursday.\nIt voted to raise fares.\n', 'text/plain'));
    expect(d.meta.title).toBeNull();
    expect(d.get('blocks').map((b) => b.role)).toEqual(['paragraph', 'paragraph']);
  });

  it('lets metadata given by the caller win', () => {
    const d = run(docOf(WIRE, 'text/plain', { published: '2025-03-01' }));
    expect(d.meta.published).toBe('2025-03-01');
  });
});

describe('extract stage on HTML', () => {
  const html = `<html lang="de"><head><meta property="og:site_name" content="Rheinbote"><title>Fähre wird teurer - Rheinbote</title></head>
  <body><nav><a href="/">Start</a> <a href="/lokal">Lokales</a></nav><article>
  <p>Die Fahrpreise für die Hafenfähre steigen ab April um zwölf Prozent, nachdem der Kreistag am Donnerstag einem Rettungsplan zugestimmt hat.</p>
  <p>Die Fähre befördert täglich rund 4000 Fahrgäste über die Flussmündung und hat im vergangenen Jahr einen Verlust gemacht.</p>
  </article></body></html>`;

  it('sets source as blocks joined by blank lines, with spans into it', () => {
    const doc = run(docOf(html, 'text/html'));
    const source = doc.get('source');
    const blocks = doc.get('blocks');
    expect(blocks).toHaveLength(2);
    expect(source.slice(blocks[1]!.start, blocks[1]!.end)).toMatch(/^Die Fähre befördert/);
    expect(source).toBe(blocks.map((b) => source.slice(b.start, b.end)).join('\n\n'));
    expect(doc.meta.publisher).toBe('Rheinbote');
    expect(doc.meta.title).toBe('Fähre wird teurer');
    expect(doc.meta.language).toBe('de');
  });

  it('fails with a clear error when the page has no article text', () => {
    expect(() =>
      run(docOf('<html><body><nav><a href="/">Home</a></nav></body></html>', 'text/html')),
    ).toThrow(CopydeskError);
  });
});
