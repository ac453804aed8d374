import { describe, expect, it } from 'vitest';
import { makeQuoteDoc } from '../../../../test/helpers/quote-doc.js';
import { extractQuotes } from '../extract.js';
import { NO_PERSON_FACTS } from '../gender.js';
import { quotesInput } from '../index.js';
import type { RoleSpan } from './tagger.js';

/** Role spans as the tagger would give them, located by their text. */
function spansOf(text: string, roles: readonly [RoleSpan['role'], string][]): RoleSpan[] {
  return roles.map(([role, s]) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`not in text: ${s}`);
    return { start, end: start + s.length, role };
  });
}

describe('model sources the resolver cannot resolve (PolNeAR conventions)', () => {
  const text =
    'The harbour board met on Tuesday.\n\nThey said the new quay will double the port’s traffic by 2030.';
  const spans = spansOf(text, [
    ['source', 'They'],
    ['cue', 'said'],
    ['content', 'the new quay will double the port’s traffic by 2030'],
  ]);
  const run = (modelKeep: 'all' | 'speech') =>
    extractQuotes(quotesInput(makeQuoteDoc(text)), {
      firstNames: new Map(),
      facts: NO_PERSON_FACTS,
      by: 'quotes',
      modelSpans: spans,
      indirect: 'model',
      modelOverQuotes: true,
      modelKeep,
    });

  it('keeps the source span as written when the pronoun resolves to nobody', () => {
    const quotes = run('all');
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(text.slice(q.start, q.end)).toBe('the new quay will double the port’s traffic by 2030');
    expect(q.speaker).toMatchObject({ name: 'They', entityId: null });
    expect(text.slice(q.speaker!.mention!.start, q.speaker!.mention!.end)).toBe('They');
    expect(q.cue?.text).toBe('said');
  });

  it('keeps no speaker outside PolNeAR’s scheme', () => {
    const quotes = run('speech');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBeNull();
  });
});

describe('quoted phrases no cue introduces (PolNeAR conventions)', () => {
  const text =
    'The mayor spoke for an hour.\n\nIt comes across as “too loud” or “too shrill” or “too this” or “too that.”';
  const run = (modelKeep: 'all' | 'speech') =>
    extractQuotes(quotesInput(makeQuoteDoc(text)), {
      firstNames: new Map(),
      facts: NO_PERSON_FACTS,
      by: 'quotes',
      modelSpans: [],
      indirect: 'model',
      modelOverQuotes: true,
      modelKeep,
      joinContinued: false,
    });

  it('are not attributions under PolNeAR’s scheme, and stay quotes otherwise', () => {
    expect(run('all')).toEqual([]);
    const kept = run('speech');
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ kind: 'partial', cue: null });
  });
});

describe('signed quotations (PolNeAR conventions)', () => {
  const text =
    'Readers wrote in about the new bridge.\n\n“It has changed my commute for the better.” ― Maria Lopez';
  const run = (modelKeep: 'all' | 'speech') =>
    extractQuotes(quotesInput(makeQuoteDoc(text)), {
      firstNames: new Map(),
      facts: NO_PERSON_FACTS,
      by: 'quotes',
      modelSpans: [],
      indirect: 'model',
      modelOverQuotes: true,
      modelKeep,
      joinContinued: false,
    });

  it('are attributions of the name, with the dash as cue, under PolNeAR’s scheme only', () => {
    const [q, ...rest] = run('all');
    expect(rest).toEqual([]);
    expect(text.slice(q!.start, q!.end)).toBe('“It has changed my commute for the better.”');
    expect(q!.cue?.text).toBe('―');
    expect(text.slice(q!.speaker!.mention!.start, q!.speaker!.mention!.end)).toBe('Maria Lopez');
    expect(run('speech').every((x) => x.cue?.text !== '―')).toBe(true);
  });
});
