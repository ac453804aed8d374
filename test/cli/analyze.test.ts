/**
 * `copydesk analyze` end to end, as a user runs it: every example article gives a
 * report with all sections and JSON that validates against the published schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { analysisProblems } from '../helpers/validate-analysis.js';

const examples = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) =>
  /\.(txt|html)$/.test(f),
);

describe('copydesk analyze', () => {
  it.each(examples)('%s: JSON validates against the schema and its spans', async (name) => {
    const result = await runCli(['analyze', `examples/${name}`, '--format', 'json', '--date', '2025-02-14']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(analysisProblems(analysis)).toEqual([]);
    expect(analysis.text.length).toBeGreaterThan(500);
  });

  it('reports every section, and says which stages have not run rather than printing nothing', async () => {
    const result = await runCli(['analyze', 'examples/scraped-copy.txt']);
    expect(result.code).toBe(0);
    for (const section of [
      'Source & provenance',
      'People',
      'Organizations',
      'Places',
      'Quotes by speaker',
      'Figures & dates',
      'Removed debris',
    ]) {
      expect(result.stdout).toContain(`\n${section}\n`);
    }
    expect(result.stdout).toMatch(/photo-credit: Hristo Rusev \| Getty Images News \| Getty Images/);
    expect(result.stdout).toMatch(/source-link: Source link/);
    expect(result.stdout).toMatch(/800 billion euros \(money: 800,000,000,000 EUR\)/);
  });

  it('sets a scraped page’s credits and source link aside and names the original from the link', async () => {
    const result = await runCli([
      'analyze',
      'test/fixtures/extract/scraped-copy.html',
      '--format',
      'json',
      '--date',
      '2025-02-14',
    ]);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(analysisProblems(analysis)).toEqual([]);
    expect(analysis.removed.map((r: { kind: string }) => r.kind)).toEqual([
      'caption',
      'photo-credit',
      'source-link',
    ]);
    expect(analysis.text).toMatch(/^Fares on the Port Alder harbour ferry/);
    expect(analysis.text).not.toContain('Getty');
    expect(analysis.provenance.originalPublisher).toBe('Reuters');
    expect(analysis.provenance.scores.scraped).toBeGreaterThan(0.5);
  });

  it('reads standard input and resolves relative dates against --date', async () => {
    const story =
      'Talks resume\n\nThe two sides met on Thursday in Geneva and agreed to meet again on March 3.';
    const result = await runCli(['analyze', '-', '--date', '2025-02-14', '--format', 'json'], {
      stdin: story,
    });
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(analysis.meta.published).toBe('2025-02-14');
    expect(analysis.dates).toContainEqual(
      expect.objectContaining({ text: 'Thursday', value: '2025-02-13', relative: true }),
    );
    expect(analysisProblems(analysis)).toEqual([]);
  });

  it('extracts the article from HTML, leaving navigation and banners out', async () => {
    const result = await runCli(['analyze', 'examples/wire-story.html', '--format', 'json']);
    const analysis = JSON.parse(result.stdout);
    expect(analysis.meta).toMatchObject({
      title: expect.stringContaining('NATO allies pledge'),
      authors: ['Anna Keller'],
    });
    expect(analysis.text).toContain('We will not reach 3% by wishing for it');
    for (const junk of [
      'Accept all',
      'Privacy policy',
      'Related coverage',
      'Share on Facebook',
      'All rights reserved',
    ]) {
      expect(analysis.text).not.toContain(junk);
    }
  });

  it('prints stage timings on stderr with --timings', async () => {
    const result = await runCli(['analyze', 'examples/wire-story.txt', '--timings']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^extract\s+[\d.]+ ms$/m);
    expect(result.stderr).toMatch(/^total\s+[\d.]+ ms$/m);
  });

  it('keeps JSON Lines for several inputs, one analysis per line in input order', async () => {
    const result = await runCli([
      'analyze',
      'examples/wire-story.txt',
      'examples/quotes-heavy.txt',
      '--format',
      'json',
    ]);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.meta.title)).toEqual([
      expect.stringContaining('NATO allies pledge'),
      expect.stringContaining('Wind farm developer'),
    ]);
  });
});

it('the examples README lists every example file', () => {
  const readme = readFileSync(new URL('../../examples/README.md', import.meta.url), 'utf8');
  for (const name of examples) expect(readme).toContain(`\`${name}\``);
});

describe('copydesk analyze URL', () => {
  it('fetches a page from a local server when private addresses are allowed, and refuses it otherwise', async () => {
    const { createServer } = await import('node:http');
    const { readFileSync: read } = await import('node:fs');
    const page = read(new URL('../../examples/wire-story.html', import.meta.url));
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const url = `http://127.0.0.1:${port}/world/nato`;
    try {
      const allowed = await runCli(['analyze', url, '--allow-private', '--format', 'json']);
      expect(allowed.stderr).toBe('');
      const analysis = JSON.parse(allowed.stdout);
      expect(analysis.meta.url).toBe(url);
      expect(analysis.meta.title).toContain('NATO allies pledge');
      expect(analysisProblems(analysis)).toEqual([]);

      const refused = await runCli(['analyze', url]);
      expect(refused.code).toBe(7);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr).toMatch(/^copydesk: .*(private|loopback|not public)/i);
    } finally {
      server.close();
    }
  });
});
