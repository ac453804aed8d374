import { describe, expect, it } from 'vitest';
import { storyAnalysis } from '../../../../test/helpers/analysis-fixtures.js';
import { layoutArticle, safeHref, snippetRuns } from './segments.js';

const TEXT =
  'Defence Secretary Beit Higseth said on Friday: "Europe must pay 5% now." Mark Rutte agreed.\n\nNATO has 32 members.';

describe('layoutArticle', () => {
  const analysis = storyAnalysis({
    id: 'lay1',
    text: TEXT,
    entities: [
      { name: 'Pete Hegseth', surfaces: ['!Beit Higseth'] },
      { name: 'Mark Rutte', surfaces: ['Mark Rutte'] },
      { name: 'NATO', type: 'organization', surfaces: ['NATO'] },
    ],
    quotes: [{ text: '"Europe must pay 5% now."', speaker: 'Pete Hegseth' }],
    figures: [
      { text: '5%', value: 5, unit: 'percent' },
      { text: '32', value: 32, unit: 'count' },
    ],
  });
  const laid = layoutArticle(analysis);

  it('keeps every character, in order, paragraph by paragraph', () => {
    expect(laid).toHaveLength(2);
    for (const p of laid) {
      const joined = p.pieces.map((x) => x.text).join('');
      expect(TEXT.slice(p.start, p.start + joined.length)).toBe(joined);
    }
  });

  it('marks repaired mentions, figures inside quotes, and the quote end', () => {
    const pieces = laid[0]?.pieces ?? [];
    const hegseth = pieces.find((x) => x.text === 'Beit Higseth');
    expect(hegseth?.mark).toMatchObject({ kind: 'entity', repaired: true });
    const five = pieces.find((x) => x.text === '5%');
    expect(five?.mark?.kind).toBe('figure');
    expect(five?.quote).toBe(0);
    const ends = pieces.filter((x) => x.quoteEnds);
    expect(ends).toHaveLength(1);
    expect(ends[0]?.text.endsWith('now."')).toBe(true);
    expect(pieces.find((x) => x.text === 'Mark Rutte')?.quote).toBe(-1);
  });

  it('lets an entity win over a figure it overlaps', () => {
    const a = storyAnalysis({
      id: 'lay2',
      text: 'The G7 met.',
      entities: [{ name: 'G7', type: 'organization', surfaces: ['G7'] }],
      figures: [{ text: '7', value: 7, unit: 'count' }],
    });
    const pieces = layoutArticle(a)[0]?.pieces ?? [];
    expect(pieces.map((p) => p.text)).toEqual(['The ', 'G7', ' met.']);
    expect(pieces[1]?.mark?.kind).toBe('entity');
  });
});

describe('snippetRuns and safeHref', () => {
  it('splits matches without interpreting markup', () => {
    expect(snippetRuns('a «<b>x</b>» c')).toEqual([
      { text: 'a ', match: false },
      { text: '<b>x</b>', match: true },
      { text: ' c', match: false },
    ]);
  });
  it('allows only http(s) links', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('https://example.com/a')).toBe('https://example.com/a');
  });
});
