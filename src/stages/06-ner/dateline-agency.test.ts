import { describe, expect, it } from 'vitest';
import { makeTokenizedDoc } from '../../../test/helpers/tokenized-doc.js';
import type { Mention } from '../../core/annotations.js';
import { Pipeline } from '../../core/pipeline.js';
import { Resources } from '../../core/resources.js';
import { withDatelineAgency } from './dateline-agency.js';
import { nerStage } from './stage.js';

const STORY =
  'Harbour strike ends\n\nBy Lene Dahl\n\nBERGEN, April 9 (Fjord Press Agency) - Dock workers in Bergen voted on Tuesday to end a strike.';

function mention(text: string, surface: string, type: Mention['type']): Mention {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, type, by: 'ner', confidence: 0.6 };
}

function described(text: string, mentions: readonly Mention[]): string[] {
  return mentions.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

describe('withDatelineAgency', () => {
  it('retypes an agency the tagger read as a person', () => {
    const mentions = [mention(STORY, 'Lene Dahl', 'person'), mention(STORY, 'Fjord Press Agency', 'person')];
    expect(described(STORY, withDatelineAgency(STORY, mentions))).toEqual([
      'Lene Dahl/person',
      'Fjord Press Agency/organization',
    ]);
  });

  it('joins pieces of the agency into one organisation and adds one the tagger missed', () => {
    const pieces = [mention(STORY, 'Fjord', 'location'), mention(STORY, 'Press Agency', 'organization')];
    expect(described(STORY, withDatelineAgency(STORY, pieces))).toEqual(['Fjord Press Agency/organization']);
    expect(described(STORY, withDatelineAgency(STORY, [mention(STORY, 'Bergen', 'location')]))).toEqual([
      'Fjord Press Agency/organization',
      'Bergen/location',
    ]);
  });

  it('leaves texts without a dateline, lower-case brackets and an exact organisation as they are', () => {
    const plain = 'Dock workers in Bergen (Norway) - the city said - voted to end a strike.';
    const mentions = [mention(plain, 'Norway', 'location')];
    expect(withDatelineAgency(plain, mentions)).toBe(mentions);
    const file = 'BERGEN (file) - Dock workers voted.';
    expect(withDatelineAgency(file, [])).toEqual([]);
    const known = [mention(STORY, 'Fjord Press Agency', 'organization')];
    expect(withDatelineAgency(STORY, known)).toBe(known);
  });
});

describe('ner stage on a dateline with an agency it never saw', () => {
  it('types the agency as an organisation', async () => {
    const text =
      'Wind farm developer says grid delays cost it dearly\n\nBy Tomas Berg\n\nOSLO, March 3 (Copydesk Wire) - The founder of Wind Shift Capital said on Monday that delays were costing the company.';
    const doc = makeTokenizedDoc(text);
    await Pipeline.build([nerStage], {
      resources: new Resources(),
      initialLayers: ['text', 'sentences', 'tokens'],
    }).run(doc);
    const agency = doc.get('mentions').find((m) => text.slice(m.start, m.end) === 'Copydesk Wire');
    expect(agency?.type).toBe('organization');
  });
});
