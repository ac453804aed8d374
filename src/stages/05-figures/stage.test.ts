import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import { roughSentences, roughTokens, type TokenStyle } from '../../../test/helpers/rough-segment.js';
import { isValidSpan, Pipeline, Resources, spansOverlap, toAnalysisJson } from '../../core/index.js';
import { figuresStage } from './stage.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/figures/${name}`, import.meta.url), 'utf8');
const ARTICLE = fixture('aid-package.txt');
const SCRAPED = fixture('scraped-copy.txt');

function analyse(text: string, published: string | null, style: TokenStyle = 'split') {
  const doc = makeDoc(text, {
    meta: { published },
    layers: { sentences: roughSentences(text), tokens: roughTokens(text, style) },
  });
  figuresStage.run(doc, { config: figuresStage.defaultConfig, resources: new Resources() });
  return doc;
}

describe('figures stage on a wire story', () => {
  const doc = analyse(ARTICLE, '2025-02-14');
  const text = doc.text;
  const figures = doc.get('figures');
  const dates = doc.get('dates');
  const figureTexts = figures.map((f) => text.slice(f.start, f.end));

  it('finds the money, percentages, counts and quantities of the story', () => {
    const find = (surface: string) => figures.find((f) => text.slice(f.start, f.end) === surface);
    expect(find('800 billion euros')).toMatchObject({ kind: 'money', value: 800e9, unit: 'EUR' });
    expect(find('$1.2bn')).toMatchObject({ kind: 'money', value: 1.2e9, unit: 'USD' });
    expect(find('€150bn')).toMatchObject({ kind: 'money', value: 150e9, unit: 'EUR', qualifier: 'up-to' });
    expect(find('13.5 trillion rubles')).toMatchObject({ kind: 'money', value: 13.5e12, unit: 'RUB' });
    expect(find('Rs 500 crore')).toMatchObject({ kind: 'money', value: 5e9, unit: 'INR' });
    expect(find('40,000')).toMatchObject({ kind: 'count', subject: 'people', qualifier: 'more-than' });
    expect(find('1,200')).toMatchObject({ kind: 'count', subject: 'troops' });
    expect(find('Three')).toMatchObject({ kind: 'count', value: 3, subject: 'soldiers' });
    expect(find('32')).toMatchObject({ kind: 'count', subject: 'NATO members' });
    expect(find('2.5%')).toMatchObject({ kind: 'percent', subject: 'Inflation in the eurozone' });
    expect(find('0.25 percentage points')).toMatchObject({ kind: 'percent', unit: 'percentage-point' });
    expect(find('2 %')).toMatchObject({ kind: 'percent', value: 2, subject: 'spending goal' });
    expect(find('5 km')).toMatchObject({ kind: 'quantity', unit: 'km' });
    expect(find('2.5 million barrels per day')).toMatchObject({ value: 2.5e6, unit: 'bbl/day' });
    expect(find('2022')).toMatchObject({ kind: 'year', subject: 'invasion' });
    expect(find('2014')).toMatchObject({ kind: 'year' });
    expect(find('2025')).toMatchObject({ kind: 'year' });
    expect(find('third')).toMatchObject({ kind: 'ordinal', subject: 'time' });
  });

  it('reports no number from names, ids, phone numbers, URLs, times or dates', () => {
    for (const bad of ['16', '29', '7', '737', '32 2 555 0100', '2', '12345', '10', '30', '3', '13']) {
      expect(figureTexts).not.toContain(bad);
    }
  });

  it('resolves the dates against the publication date', () => {
    const find = (surface: string) => dates.find((d) => text.slice(d.start, d.end) === surface);
    expect(find('Thursday')).toMatchObject({ value: '2025-02-13', grain: 'day', relative: true });
    expect(find('February 3')).toMatchObject({ value: '2025-02-03', grain: 'day' });
    expect(find('Tuesday')).toMatchObject({ value: '2025-02-11' });
    expect(find('December')).toMatchObject({ value: '2024-12', grain: 'month' });
    expect(find('10:30 a.m.')).toMatchObject({ value: '2025-02-14T10:30', grain: 'time' });
    expect(find('Monday')).toMatchObject({ value: '2025-02-17' });
  });

  it('never reports the same text as both a figure and a date', () => {
    for (const f of figures) for (const d of dates) expect(spansOverlap(f, d)).toBe(false);
  });

  it('writes valid, sorted, non-overlapping spans made by the figures stage', () => {
    for (const layer of [figures, dates]) {
      for (let i = 0; i < layer.length; i++) {
        const r = layer[i]!;
        expect(isValidSpan(r, text.length)).toBe(true);
        expect(r.by).toBe('figures');
        if (i > 0) expect(layer[i - 1]!.end).toBeLessThanOrEqual(r.start);
      }
    }
  });

  it('gives the same answer whichever way the tokenizer split symbols and suffixes', () => {
    const glued = analyse(ARTICLE, '2025-02-14', 'glued');
    expect(glued.get('figures')).toEqual(figures);
    expect(glued.get('dates')).toEqual(dates);
  });

  it('shows up in the analysis JSON', () => {
    const json = toAnalysisJson(doc);
    expect(json.figures.length).toBe(figures.length);
    expect(json.figures.find((f) => f.text === '$1.2bn')).toMatchObject({
      value: 1.2e9,
      unit: 'USD',
      kind: 'money',
    });
    expect(json.dates.find((d) => d.text === 'Thursday')).toMatchObject({
      value: '2025-02-13',
      relative: true,
    });
    expect(json.pending).not.toContain('figures');
    expect(json.pending).not.toContain('dates');
  });
});

describe('figures stage on a scraped, machine-translated copy', () => {
  const doc = analyse(SCRAPED, '2025-02-14');
  const text = doc.text;
  const figures = doc.get('figures');
  const dates = doc.get('dates');
  const find = (surface: string) => figures.find((f) => text.slice(f.start, f.end) === surface);

  it('reads translation-spaced money and space-grouped thousands', () => {
    expect(find('$ 1.2 bn')).toMatchObject({ kind: 'money', value: 1.2e9, unit: 'USD' });
    expect(find('5 bn euros')).toMatchObject({ kind: 'money', value: 5e9, unit: 'EUR' });
    expect(find('1.2 billion dollars')).toMatchObject({ kind: 'money', value: 1.2e9, unit: 'USD' });
    expect(find('40 000')).toMatchObject({ kind: 'count', value: 40_000, subject: 'shells' });
    expect(find('10 000')).toMatchObject({ kind: 'count', value: 10_000, subject: 'tanks' });
    expect(find('850 thousand')).toMatchObject({
      value: 850_000,
      subject: 'soldiers',
      qualifier: 'more-than',
    });
    expect(find('2 %')).toMatchObject({ kind: 'percent', value: 2, subject: 'GDP', qualifier: 'at-least' });
  });

  it('reports nothing from the image URL, the link, the phone, the e-mail or the names', () => {
    const lines = ['https://cdn.', 'Read more:', 'Tel.:'].map((prefix) => {
      const start = text.indexOf(prefix);
      const end = text.indexOf('\n', start);
      return { start, end: end === -1 ? text.length : end };
    });
    for (const line of lines) {
      expect(line.start).toBeGreaterThanOrEqual(0);
      for (const r of [...figures, ...dates])
        expect(spansOverlap(r, line), text.slice(r.start, r.end)).toBe(false);
    }
  });

  it('does not misread the European decimal "12,9 %"', () => {
    const at = text.indexOf('12,9');
    expect(figures.some((f) => f.start >= at && f.start < at + 6)).toBe(false);
  });

  it('resolves the dates, skipping the date in the image path', () => {
    const find = (surface: string) => dates.find((d) => text.slice(d.start, d.end) === surface);
    expect(find('Wednesday at 14:00')).toMatchObject({ value: '2025-02-12T14:00', grain: 'time' });
    expect(find('12 March 2025')).toMatchObject({ value: '2025-03-12', relative: false });
    expect(find('24 February 2022')).toMatchObject({ value: '2022-02-24' });
    expect(dates.some((d) => text.slice(d.start, d.end).includes('/'))).toBe(false);
  });
});

describe('figures stage without a publication date', () => {
  it('keeps the figures and only the dates that carry their own year', () => {
    const text =
      'On Thursday 1,200 troops left. The war began on 24 February 2022, and on February 13 talks resumed.';
    const doc = analyse(text, null);
    expect(doc.get('dates').map((d) => text.slice(d.start, d.end))).toEqual(['24 February 2022']);
    expect(doc.get('figures').map((f) => text.slice(f.start, f.end))).toEqual(['1,200']);
  });
});

describe('figures stage in a pipeline', () => {
  it('requires text, sentences and tokens', () => {
    expect(() => Pipeline.build([figuresStage], { initialLayers: ['text', 'sentences'] })).toThrow(/tokens/);
    const pipeline = Pipeline.build([figuresStage], { initialLayers: ['text', 'sentences', 'tokens'] });
    expect(pipeline.assigns).toEqual(new Set(['figures', 'dates']));
  });

  it('can leave dates out by configuration', async () => {
    const text = 'On Thursday 1,200 troops left.';
    const doc = makeDoc(text, {
      meta: { published: '2025-02-14' },
      layers: { sentences: roughSentences(text), tokens: roughTokens(text) },
    });
    const pipeline = Pipeline.build([figuresStage], {
      initialLayers: ['text', 'sentences', 'tokens'],
      config: { figures: { dates: false } },
    });
    await pipeline.run(doc);
    expect(doc.get('dates')).toEqual([]);
    expect(doc.get('figures')).toHaveLength(1);
  });
});
