import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/helpers/test-server.js';
import { csvCell } from './routes/export.js';
import { readUnder } from './static.js';

const root = mkdtempSync(join(tmpdir(), 'copydesk-static-'));
mkdirSync(join(root, 'web', 'assets'), { recursive: true });
writeFileSync(join(root, 'web', 'index.html'), '<!doctype html><title>ui</title>');
writeFileSync(join(root, 'web', 'assets', 'app-1.js'), 'console.log(1)');
writeFileSync(join(root, 'secret.txt'), 'secret');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('static files', () => {
  it('never reads outside the root', async () => {
    expect(await readUnder(join(root, 'web'), '../secret.txt')).toBeNull();
    expect(await readUnder(join(root, 'web'), '/etc/passwd')).toBeNull();
    expect((await readUnder(join(root, 'web'), 'assets/app-1.js'))?.type).toMatch(/javascript/);
  });

  it('serves the UI with a strict CSP and falls back to index.html for client routes', async () => {
    const t = await buildTestApp({ webRoot: join(root, 'web') }, { seed: false });
    try {
      const page = await t.app.request('/app/articles/abc');
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>ui</title>');
      expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      const asset = await t.app.request('/app/assets/app-1.js');
      expect(asset.headers.get('cache-control')).toMatch(/immutable/);
      const outside = await t.app.request('/app/%2e%2e/secret.txt');
      expect(await outside.text()).not.toContain('secret\n');
      expect(outside.status).toBe(404);
      expect((await t.app.request('/')).headers.get('location')).toBe('/app/');
    } finally {
      await t.close();
    }
  });
});

describe('csvCell', () => {
  it('quotes separators and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
  });
});
