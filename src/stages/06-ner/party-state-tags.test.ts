import { describe, expect, it } from 'vitest';
import { makeTokenizedDoc } from '../../../test/helpers/tokenized-doc.js';
import type { Mention } from '../../core/annotations.js';
import { Pipeline } from '../../core/pipeline.js';
import { Resources } from '../../core/resources.js';
import { withPartyStateTags } from './party-state-tags.js';
import { nerStage } from './stage.js';

const TEXT =
  'Sen. Lisa Harmon, R-Texas, and Rep. Dan Ocampo, D-Fla., backed the bill, as did Sen. Ruth Ames (I-Vt.) and Rep. Eli Stone, D-N.Y.';

function tagged(surface: string, type: Mention['type'] = 'location'): Mention {
  const start = TEXT.indexOf(surface);
  return { start, end: start + surface.length, type, by: 'ner', confidence: 0.8 };
}

function written(mentions: readonly Mention[]): string[] {
  return mentions.map((m) => `${TEXT.slice(m.start, m.end)}/${m.type}`);
}

describe('withPartyStateTags', () => {
  it('narrows each tag to its state, with the stop of an AP abbreviation', () => {
    const mentions = [
      tagged('Lisa Harmon', 'person'),
      tagged('R-Texas'),
      tagged('D-Fla', 'organization'),
      tagged('I-Vt'),
      tagged('D-N.Y'),
    ];
    expect(written(withPartyStateTags(TEXT, mentions))).toEqual([
      'Lisa Harmon/person',
      'Texas/location',
      'Fla./location',
      'Vt./location',
      'N.Y./location',
    ]);
  });

  it('leaves hyphenated names that are no party tag alone', () => {
    const text = 'The X-Men film opened in D-Day week, said Jean-Luc Picard of R-Hoboken, not R-constructor.';
    const mentions: Mention[] = ['X-Men', 'D-Day', 'R-Hoboken', 'R-constructor'].map((s) => ({
      start: text.indexOf(s),
      end: text.indexOf(s) + s.length,
      type: 'misc',
      by: 'ner',
      confidence: 0.8,
    }));
    expect(withPartyStateTags(text, mentions)).toBe(mentions);
  });
});

describe('ner stage on legislators with party tags', () => {
  it('gives the states as places, not "R-Texas" or "R-Fla"', async () => {
    const text =
      'Sen. Ted Cruz, R-Texas, and Sen. Marco Rubio, R-Fla., voted against the measure on Tuesday. Sen. Bernie Sanders, I-Vt., voted for it.';
    const doc = makeTokenizedDoc(text);
    await Pipeline.build([nerStage], {
      resources: new Resources(),
      initialLayers: ['text', 'sentences', 'tokens'],
    }).run(doc);
    const places = doc
      .get('mentions')
      .filter((m) => m.type === 'location')
      .map((m) => text.slice(m.start, m.end));
    expect(places).toEqual(['Texas', 'Fla.', 'Vt.']);
  });
});
