import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import { Pipeline } from '../../core/pipeline.js';
import { Resources } from '../../core/resources.js';
import { OUTLETS, outletDirectory } from './outlets.js';
import { findSpunPhrases } from './spun-phrases.js';
import { provenanceStage } from './stage.js';
import { findTranslationArtifacts } from './translation-artifacts.js';

const example = (name: string) => readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8');

async function run(text: string, options: Parameters<typeof makeDoc>[1] = {}, resources = new Resources()) {
  const doc = makeDoc(text, options);
  if (!doc.has('removed')) doc.set('removed', []);
  if (!doc.has('signals')) doc.set('signals', []);
  const layers = ['source', 'text', 'removed', 'signals', 'entities'] as const;
  await Pipeline.build([provenanceStage], { resources, initialLayers: [...layers] }).run(doc);
  return doc;
}

describe('translation artifacts', () => {
  it('finds the spacing and gluing traces machine translation leaves', () => {
    const ids = findTranslationArtifacts(
      'NATO Secretary -General Mark Root said 2 % of output.He added that talksAnd more were needed , he said .',
    ).map((a) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining(['spaced-hyphen', 'run-on', 'spaced-punctuation', 'spaced-percent']),
    );
  });

  it('does not mistake edited copy for machine translation', () => {
    const clean =
      'The U.S. Army said on Friday it had sent 2,000 troops - a "one-off" move - to the region. Visit example.com/News for more. Its iPhone sales rose 5%, said McDonald.';
    expect(findTranslationArtifacts(clean)).toEqual([]);
  });
});

describe('spun phrases', () => {
  it('recognises spinner substitutes of fixed phrases, case- and spacing-insensitively', () => {
    const hits = findSpunPhrases('Leaders at the Munich Safety  Convention discussed local weather change.');
    expect(hits.map((h) => h.original).sort()).toEqual(['Security Conference', 'climate change']);
  });

  it('leaves the real phrases alone', () => {
    expect(
      findSpunPhrases('The Munich Security Conference discussed climate change and the stock market.'),
    ).toEqual([]);
  });
});

describe('provenance stage', () => {
  it('scores the scraped machine-translated example far above the clean wire story', async () => {
    const wire = await run(example('wire-story.txt'));
    const scraped = await run(example('scraped-copy.txt'), {
      layers: {
        removed: [
          {
            kind: 'source-link',
            text: 'Source link',
            source: { start: 0, end: 11 },
            by: 'clean',
            confidence: 0.99,
          },
          {
            kind: 'image-url',
            text: 'https://images.example-cdn.net/x.jpg',
            source: { start: 0, end: 5 },
            by: 'clean',
            confidence: 0.99,
          },
        ],
      },
    });
    const w = wire.get('provenance').scores;
    const s = scraped.get('provenance').scores;
    expect(w.machineTranslated).toBeLessThan(0.2);
    expect(w.scraped).toBeLessThan(0.2);
    expect(s.machineTranslated).toBeGreaterThan(0.6);
    expect(s.scraped).toBeGreaterThan(0.8);
    const artifacts = scraped.get('signals').filter((sig) => sig.kind === 'translation-artifact');
    expect(artifacts.map((a) => a.value)).toEqual(
      expect.arrayContaining(['spaced-hyphen', 'run-on', 'safety convention']),
    );
  });

  it('does not repeat an artifact cleanup already reported, but still counts it', async () => {
    const text = 'NATO Secretary -General Mark Root spoke.';
    const reported = {
      kind: 'translation-artifact' as const,
      value: 'spaced-hyphen',
      detail: '1 repaired',
      by: 'clean',
      confidence: 0.8,
    };
    const doc = await run(text, { layers: { signals: [reported] } });
    expect(doc.get('signals').filter((s) => s.value === 'spaced-hyphen')).toEqual([reported]);
    expect(doc.get('provenance').scores.machineTranslated).toBeGreaterThan(0.3);
  });

  it('counts names that linking repaired as evidence of both', async () => {
    const text = 'NATO chief Mark Root spoke in Brussels on Friday.';
    const start = text.indexOf('Mark Root');
    const entities = [
      {
        id: 'e1',
        type: 'person' as const,
        name: 'Mark Rutte',
        kbId: 'Q57792',
        by: 'link',
        confidence: 0.9,
        mentions: [{ start, end: start + 9, repaired: true }],
        evidence: [],
      },
    ];
    const doc = await run(text, { layers: { entities } });
    expect(doc.get('provenance').scores.machineTranslated).toBeCloseTo(0.4, 2);
    expect(doc.get('signals')).toContainEqual(
      expect.objectContaining({
        kind: 'repaired-name',
        value: 'Mark Root',
        detail: 'mangled form of Mark Rutte',
      }),
    );
  });

  it('names the original publisher from a dateline, resolved through the outlet directory', async () => {
    const resources = new Resources().provide(OUTLETS, outletDirectory([], [['AP', 'Associated Press']]));
    const doc = await run('WASHINGTON (AP) — The Senate passed the bill on Friday.', {}, resources);
    expect(doc.get('provenance').originalPublisher).toBe('Associated Press');
  });

  it('reports a dateline once: the extractor’s signal stands, and its own is added only without one', async () => {
    const text = 'BERLIN (AP) — The ministry said it would cut spending.';
    const extracted = {
      kind: 'dateline',
      value: 'BERLIN (AP)',
      detail: 'wire dateline',
      by: 'extract',
      confidence: 0.9,
    } as const;
    const once = await run(text, { layers: { signals: [extracted] } });
    expect(once.get('signals').filter((s) => s.kind === 'dateline')).toEqual([extracted]);
    const alone = await run(text);
    expect(
      alone
        .get('signals')
        .filter((s) => s.kind === 'dateline')
        .map((s) => s.value),
    ).toEqual(['AP']);
  });

  it('names the page a source link points to before a dateline or a picture’s host', async () => {
    const outlets = outletDirectory(
      [
        ['copydesk-wire.example', 'Copydesk Wire'],
        ['img.othernews.example', 'Other News'],
      ],
      [['AP', 'Associated Press']],
    );
    const resources = new Resources().provide(OUTLETS, outlets);
    const signal = (kind: 'source-link' | 'image-host', value: string, detail: string | null) =>
      ({ kind, value, detail, by: 'clean', confidence: 0.9 }) as const;
    const doc = await run(
      'WASHINGTON (AP) — The Senate passed the bill on Friday.',
      {
        layers: {
          signals: [
            signal('image-host', 'img.othernews.example', null),
            signal(
              'source-link',
              'https://www.copydesk-wire.example/politics/1',
              'www.copydesk-wire.example',
            ),
          ],
        },
      },
      resources,
    );
    expect(doc.get('provenance').originalPublisher).toBe('Copydesk Wire');
  });

  it('prefers a canonical URL on another site, and resolves image hosts by parent domain', async () => {
    const outlets = outletDirectory([['copydesk-wire.example', 'Copydesk Wire']], []);
    const resources = new Resources().provide(OUTLETS, outlets);
    const canonical = await run(
      'Allies agreed to spend more.',
      {
        meta: { url: 'https://scraper.example/x', canonicalUrl: 'https://www.copydesk-wire.example/world/1' },
      },
      resources,
    );
    expect(canonical.get('provenance').originalPublisher).toBe('Copydesk Wire');
    expect(canonical.get('provenance').scores.scraped).toBeGreaterThanOrEqual(0.6);

    const image = await run(
      'Allies agreed to spend more.',
      {
        layers: {
          signals: [
            {
              kind: 'image-host',
              value: 'media.copydesk-wire.example',
              detail: null,
              by: 'clean',
              confidence: 0.9,
            },
          ],
        },
      },
      resources,
    );
    expect(image.get('provenance').originalPublisher).toBe('Copydesk Wire');
  });

  it('credits a clean copy to its own publisher, and a scraped one without clues to nobody', async () => {
    const clean = await run('The central bank held rates on Tuesday.', {
      meta: { publisher: 'Daily Ledger' },
    });
    expect(clean.get('provenance').originalPublisher).toBe('Daily Ledger');
    const scraped = await run('The central bank held rates on Tuesday.', {
      meta: { publisher: 'Content Farm' },
      layers: {
        removed: [
          {
            kind: 'source-link',
            text: 'Source link',
            source: { start: 0, end: 1 },
            by: 'clean',
            confidence: 1,
          },
        ],
      },
    });
    expect(scraped.get('provenance').originalPublisher).toBeNull();
  });
});
