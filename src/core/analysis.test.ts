import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../test/helpers/make-doc.js';
import { analysisProblems } from '../../test/helpers/validate-analysis.js';
import { pendingLayers, toAnalysisJson } from './analysis.js';

const text = 'NATO Secretary-General Mark Root said 23 members spend 2%. "We act now," he said on Thursday.';

function fullDoc() {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const doc = makeDoc(text, { meta: { title: 'NATO spending', published: '2025-02-14', language: 'en' } });
  doc.set('paragraphs', [{ start: 0, end: text.length, role: 'paragraph' }]);
  doc.set('sentences', [
    at('NATO Secretary-General Mark Root said 23 members spend 2%.'),
    at('"We act now," he said on Thursday.'),
  ]);
  doc.set('entities', [
    {
      id: 'e1',
      type: 'person',
      name: 'Mark Rutte',
      kbId: 'Q57792',
      by: 'link',
      confidence: 0.93,
      mentions: [{ ...at('Mark Root'), repaired: true }],
      evidence: [{ kind: 'role-context', detail: 'Secretary General of NATO', score: 0.9 }],
    },
  ]);
  doc.set('quotes', [
    {
      ...at('"We act now,"'),
      kind: 'direct',
      speaker: { name: 'Mark Rutte', entityId: 'e1', mention: at('he') },
      cue: { ...at('said on'), end: at('said on').start + 4, text: 'said' },
      by: 'quotes',
      confidence: 0.8,
    },
  ]);
  doc.set('figures', [
    {
      ...at('2%'),
      kind: 'percent',
      value: 2,
      unit: 'percent',
      subject: null,
      by: 'figures',
      confidence: 0.99,
    },
  ]);
  doc.set('dates', [
    { ...at('Thursday'), value: '2025-02-13', grain: 'day', relative: true, by: 'figures', confidence: 0.8 },
  ]);
  doc.set('removed', [
    {
      kind: 'source-link',
      text: 'Source link',
      source: { start: 0, end: 11 },
      by: 'clean',
      confidence: 0.99,
    },
  ]);
  doc.set('signals', [
    { kind: 'agency-credit', value: 'Getty Images', detail: null, by: 'clean', confidence: 0.9 },
  ]);
  doc.set('provenance', {
    originalPublisher: 'Copydesk Wire',
    scores: { machineTranslated: 0.7, scraped: 0.9 },
  });
  return doc;
}

describe('toAnalysisJson', () => {
  it('produces JSON that validates, with span texts derived from the text', () => {
    const json = toAnalysisJson(fullDoc());
    expect(analysisProblems(json)).toEqual([]);
    expect(json.entities[0]?.mentions[0]).toEqual({ text: 'Mark Root', start: 23, end: 32, repaired: true });
    expect(json.quotes[0]?.cue?.text).toBe('said');
    expect(json.pending).toEqual([]);
  });

  it('survives a JSON round trip and still validates', () => {
    expect(analysisProblems(JSON.parse(JSON.stringify(toAnalysisJson(fullDoc()))))).toEqual([]);
  });

  it('marks layers no stage produced as pending, with empty lists rather than guesses', () => {
    const doc = makeDoc('Plain text only.');
    const json = toAnalysisJson(doc);
    expect(json.pending).toEqual(pendingLayers(doc));
    expect(json.pending).toContain('entities');
    expect(json.entities).toEqual([]);
    expect(json.provenance.scores).toEqual({ machineTranslated: null, scraped: null });
    expect(analysisProblems(json)).toEqual([]);
  });

  it('is caught by the validator when a span does not match its text or a field is wrong', () => {
    const json = JSON.parse(JSON.stringify(toAnalysisJson(fullDoc())));
    json.figures[0].text = '3%';
    expect(analysisProblems(json)[0]).toMatch(/figures\[0\]/);
    json.figures[0].text = '2%';
    json.entities[0].type = 'human';
    expect(analysisProblems(json).join()).toMatch(/type/);
  });
});
