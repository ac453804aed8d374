import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess as runCli } from '../../../../test/helpers/run-cli-in-process.js';

const fixture = fileURLToPath(
  new URL('../../../../test/fixtures/extract/harbour-story.html', import.meta.url),
);

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
    // "Café" and curly quotes in Windows-1252 bytes: the charset header must be honoured.
    const body = Buffer.from(
      '<html><body><article><p>The caf\xe9 on the quay said it would close for the winter, \x93for good this time\x94, after forty years.</p></article></body></html>',
      'latin1',
    );
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('copydesk extract', () => {
  it('prints JSON with text, blocks and metadata for an HTML file', async () => {
    const r = await runCli(['extract', fixture, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      meta: { title: string };
      text: string;
      blocks: { text: string; role: string }[];
    };
    expect(json.meta.title).toBe('Harbour ferry fares to rise as council backs rescue plan');
    expect(json.blocks[0]!.text).toMatch(/^Fares on the Port Alder/);
    expect(json.text).not.toContain('We use cookies');
  });

  it('fetches a URL when private addresses are allowed, decoding by the HTTP charset', async () => {
    const r = await runCli(['extract', `${base}/story`, '--allow-private']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('The café on the quay said it would close for the winter, “for good this time”');
  });

  it('refuses a loopback URL without --allow-private, with one line and exit code 7', async () => {
    const r = await runCli(['extract', `${base}/story`]);
    expect(r.code).toBe(7);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/non-public address/);
  });

  it('reports a missing file and a bad format as one-line errors', async () => {
    expect((await runCli(['extract', 'no-such-file.html'])).code).toBe(3);
    expect((await runCli(['extract', fixture, '--format', 'xml'])).code).toBe(2);
  });
});
