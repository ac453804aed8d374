/**
 * End-to-end tests of the web UI in a real browser: playwright-core driving Debian's
 * Chromium (/usr/bin/chromium; `.ci/run` installs it) against the server on 127.0.0.1,
 * over the demo corpus. Each page is visited, exercised with mouse and keyboard, and
 * screenshotted under test-artifacts/screens/ (desktop and phone widths).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, HOSTILE_MARKER } from '../../../test/helpers/demo-corpus.js';
import { buildTestApp, listen, type TestApp } from '../../../test/helpers/test-server.js';
import { activeKbPath, loadKnowledgeBase } from '../../kb/store.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

const CHROMIUM = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = resolve('test-artifacts/screens');

let work: string;
let t: TestApp;
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set COPYDESK_CHROMIUM)`,
    );
  }
  work = mkdtempSync(join(tmpdir(), 'copydesk-e2e-'));
  const webRoot = join(work, 'web');
  await build({
    configFile: resolve('src/apps/web/vite.config.ts'),
    build: { outDir: webRoot },
    logLevel: 'error',
  });
  // The shipped knowledge base, loaded on first use, gives the entity page its roles.
  let kb: KnowledgeBase | null = null;
  t = await buildTestApp({ webRoot }, { knowledgeBase: () => (kb ??= loadKnowledgeBase(activeKbPath())) });
  server = await listen(t.app);
  mkdirSync(SHOTS, { recursive: true });
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 900 },
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  await t?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
  page.on('dialog', (d) => {
    pageErrors.push(`${path}: dialog ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(server.url + path);
  return page;
}

const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });

describe('web UI in Chromium', () => {
  it('search: finds articles with snippets, filters and links, on a laptop and a phone', async () => {
    const page = await open('/app/');
    await page.getByLabel('Search words').fill('spending');
    await page.getByLabel('Search words').press('Enter');
    await page.waitForURL(/q=spending/);
    const results = page.locator('.result');
    await expect.poll(() => results.count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.result mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.result .badge.warn').first().textContent()).toMatch(/scraped/);
    await shot(page, 'search');
    // A date filter narrows the list (URL-driven, so it can be bookmarked).
    await page.getByLabel('From').fill('2025-03-01');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/since=2025-03-01/);
    await expect.poll(() => page.locator('.result-count').textContent()).toMatch(/^\d+ articles$/);
    expect(await page.locator('.result h2').allTextContents()).not.toContain(
      'NATO allies pledge to lift defence spending as Hegseth presses Europe',
    );
    const phone = await open('/app/?q=NATO', { width: 390, height: 844 });
    await phone.locator('.result').first().waitFor();
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot(phone, 'search-phone');
  });

  it('article: highlights by type, repaired names with their printed form and evidence, quotes to speakers, side panel', async () => {
    const page = await open(`/app/articles/${DEMO_IDS.copy}`);
    await page.locator('.article-text').waitFor();
    const repaired = page.locator('.ent.repaired', { hasText: 'Beit Higseth' });
    await expect.poll(() => repaired.count()).toBe(1);
    expect(await page.locator('.ent.ent-person').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.ent.ent-organization').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.fig').count()).toBeGreaterThanOrEqual(1);
    // The tooltip opens on keyboard focus, with the printed form and the evidence.
    await repaired.focus();
    const tip = repaired.locator('.tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/Printed as “Beit Higseth”, repaired to “Pete Hegseth”/);
    expect(await tip.textContent()).toMatch(/role-context/);
    await shot(page, 'article-tooltip', false);
    // Quotes are marked and end with a link to their speaker's entity page.
    expect(await page.locator('.quote').count()).toBeGreaterThanOrEqual(2);
    const speaker = page.locator('.speaker a').first();
    expect(await speaker.textContent()).toBe('Mark Rutte');
    const side = page.locator('aside.side');
    expect(await side.textContent()).toMatch(/Source link/);
    expect(await side.textContent()).toMatch(/Getty Images/);
    expect(await side.locator('meter').count()).toBe(2);
    await page.mouse.move(0, 0);
    await shot(page, 'article');
    await speaker.click();
    await page.waitForURL(/\/app\/entities\/\d+/);
    expect(await page.locator('h1').textContent()).toBe('Mark Rutte');
    const phone = await open(`/app/articles/${DEMO_IDS.original}`, { width: 390, height: 844 });
    await phone.locator('.article-text').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(phone, 'article-phone');
  });

  it('entity: names seen, timeline chart, co-mention graph with links, quotes', async () => {
    const page = await open('/app/entities?q=Rutte');
    const link = page.getByRole('link', { name: 'Mark Rutte' });
    await link.click();
    await page.waitForURL(/\/app\/entities\/\d+/);
    await page.locator('.chart svg').first().waitFor();
    expect(await page.locator('.aliases').textContent()).toMatch(/Mark Root.*mangled, repaired/);
    expect(await page.locator('.entity-grid').textContent()).toMatch(/Secretary General, NATO/);
    expect(await page.locator('rect.bar-articles').count()).toBe(3);
    const graphLinks = page.locator('svg a');
    expect(await graphLinks.count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.quotes blockquote').count()).toBeGreaterThanOrEqual(2);
    await shot(page, 'entity');
    await page.locator('svg a', { hasText: 'Kaja Kallas' }).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Kaja Kallas');
  });

  it('story: original and copy side by side, mangled names and dropped passage marked', async () => {
    const page = await open(`/app/stories/${DEMO_IDS.copy}`);
    await page.locator('.diff').waitFor();
    expect(await page.locator('.members tbody tr').count()).toBe(2);
    const dropped = await page.locator('.diff-col').first().locator('del').allTextContents();
    const added = await page.locator('.diff-col').nth(1).locator('ins').allTextContents();
    expect(dropped.join(' ')).toMatch(/Pete Hegseth/);
    expect(dropped.join(' ')).toMatch(/The Hague/);
    expect(added.join(' ')).toMatch(/Beit Higseth/);
    expect(await page.locator('.diff-summary').textContent()).toMatch(/Beit Higseth → Pete Hegseth/);
    await shot(page, 'story');
  });

  it('quotes: by speaker, with links to the article', async () => {
    const page = await open('/app/quotes');
    await page.getByLabel('Speaker').fill('Kaja Kallas');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/speaker=Kaja/);
    await expect.poll(() => page.locator('.quotes li').count()).toBe(1);
    expect(await page.locator('.quotes blockquote').textContent()).toMatch(/behind our backs/);
    await shot(page, 'quotes');
  });

  it('analyze: pasted text is analysed and shown with figures marked', async () => {
    const page = await open('/app/analyze');
    await page
      .getByLabel('Article text')
      .fill(
        'Norway raises defence budget\n\nOSLO, March 3 (Copydesk Wire) - Norway will raise defence spending by 12% next year, the finance ministry said on Monday, bringing it to 3.2% of economic output.',
      );
    await page.getByLabel('Article date (for “on Friday”)').fill('2025-03-03');
    await page.getByRole('button', { name: 'Analyze' }).click();
    await page.locator('.analysis-result .article-text').waitFor();
    expect(await page.locator('.analysis-result .fig').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('12%')]),
    );
    expect(await page.locator('.analysis-result h1').textContent()).toBe('Norway raises defence budget');
    await shot(page, 'analyze');
    // An error is shown, not swallowed.
    await page.getByLabel('Web address').check();
    await page.getByLabel('Address of the article').fill('http://10.1.2.3/story');
    await page.getByRole('button', { name: 'Analyze' }).click();
    await expect.poll(() => page.locator('[role=alert]').textContent()).toMatch(/FETCH_REFUSED/);
  });

  it('renders a hostile article as text: no markup from any field runs or appears', async () => {
    const page = await open(`/app/articles/${DEMO_IDS.hostile}`);
    await page.locator('.article-text').waitFor();
    expect(await page.locator('h1').textContent()).toContain('<img src=x onerror=');
    expect(await page.locator('main img, main script, main iframe, main svg[onload], main b').count()).toBe(
      0,
    );
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(
      await page.evaluate((m) => (window as unknown as Record<string, unknown>)[m], HOSTILE_MARKER),
    ).toBeUndefined();
    expect(await page.locator('.article-text').textContent()).toContain('<script>');
    await shot(page, 'hostile');
    const search = await open('/app/?q=Officials');
    await search.locator('.result').first().waitFor();
    expect(await search.locator('main img, main script, main iframe').count()).toBe(0);
    expect(
      await search.evaluate((m) => (window as unknown as Record<string, unknown>)[m], HOSTILE_MARKER),
    ).toBeUndefined();
  });

  it('is usable from the keyboard: a skip link, labelled controls, visible focus', async () => {
    const page = await open('/app/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const unlabeled = await page.evaluate(
      () =>
        [...document.querySelectorAll('input, textarea, select')].filter(
          (el) => (el as HTMLInputElement).labels?.length === 0 && !el.getAttribute('aria-label'),
        ).length,
    );
    expect(unlabeled).toBe(0);
  });

  it('phone: the entity, story, quotes and analyze pages fit a 390-px screen and work there', async () => {
    const phone = { width: 390, height: 844 };
    const fits = async (page: Page) =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        phone.width,
      );
    const found = (await (await fetch(`${server.url}/entities?q=Rutte`)).json()) as {
      items: { id: string }[];
    };
    const entity = await open(`/app/entities/${found.items[0]?.id}`, phone);
    await entity.locator('.chart svg').first().waitFor();
    expect(await entity.locator('h1').textContent()).toBe('Mark Rutte');
    expect(await entity.locator('svg a').count()).toBeGreaterThanOrEqual(3);
    await fits(entity);
    await shot(entity, 'entity-phone');

    const story = await open(`/app/stories/${DEMO_IDS.copy}`, phone);
    await story.locator('.diff').waitFor();
    expect(await story.locator('.diff-col').count()).toBe(2);
    expect((await story.locator('.diff-col').first().locator('del').allTextContents()).join(' ')).toMatch(
      /Pete Hegseth/,
    );
    await fits(story);
    await shot(story, 'story-phone');

    const quotes = await open('/app/quotes?speaker=Kaja%20Kallas', phone);
    await expect.poll(() => quotes.locator('.quotes li').count()).toBe(1);
    await fits(quotes);
    await shot(quotes, 'quotes-phone');

    const analyze = await open('/app/analyze', phone);
    await analyze
      .getByLabel('Article text')
      .fill(
        'Ferry service resumes\n\nBERGEN, March 4 (Copydesk Wire) - The coastal ferry resumed service on Tuesday after a two-day strike, operator Fjord Line said, with 85% of sailings running.',
      );
    await analyze.getByRole('button', { name: 'Analyze' }).click();
    await analyze.locator('.analysis-result .article-text').waitFor();
    expect(await analyze.locator('.analysis-result h1').textContent()).toBe('Ferry service resumes');
    await fits(analyze);
    await shot(analyze, 'analyze-phone');
  });

  it('raised no script errors on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
