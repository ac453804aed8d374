import { describe, expect, it } from 'vitest';
import type { EntityType, Mention } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { adjustMentions } from './spans.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({ id: 'cd:person/mara-velde', type: 'person', name: 'Mara Velde', prominence: 4 }),
  makeEntity({
    id: 'cd:person/khalid-bin-rashid-al-nuaimi',
    type: 'person',
    name: 'Khalid bin Rashid Al Nuaimi',
    prominence: 4,
  }),
]);

function mention(text: string, surface: string, type: EntityType): Mention {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, type, by: 'ner', confidence: 0.9 };
}

function surfaces(text: string, ms: readonly Mention[]): string[] {
  return ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

describe('adjustMentions under tagger noise', () => {
  it('drops a trade word glued to a KB person at a sentence start, typed as a body', () => {
    const text = 'Singer Mara Velde cancelled her Lisbon concert on Friday.';
    expect(
      surfaces(text, adjustMentions(kb, text, [mention(text, 'Singer Mara Velde', 'organization')])),
    ).toEqual(['Mara Velde/person']);
  });

  it('keeps a trade word when the rest is no KB person', () => {
    const text = 'Singer Sewing Works will close its plant, the union said.';
    expect(
      surfaces(text, adjustMentions(kb, text, [mention(text, 'Singer Sewing Works', 'organization')])),
    ).toEqual(['Singer Sewing Works/organization']);
  });

  it('joins a given name typed as a place to the "bin … Al …" name after it', () => {
    const text = 'The minister of Bahrain, Khalid bin Rashid Al Nuaimi, flew to Doha on Monday.';
    const adjusted = adjustMentions(kb, text, [
      mention(text, 'Bahrain', 'location'),
      mention(text, 'Khalid', 'location'),
      mention(text, 'Rashid Al Nuaimi', 'person'),
      mention(text, 'Doha', 'location'),
    ]);
    expect(surfaces(text, adjusted)).toEqual([
      'Bahrain/location',
      'Khalid bin Rashid Al Nuaimi/person',
      'Doha/location',
    ]);
  });

  it('leaves a place before a particle alone when the run is no KB person', () => {
    const text = 'Fighting reached Bahr el Ghazal, aid workers said.';
    expect(surfaces(text, adjustMentions(kb, text, [mention(text, 'Bahr', 'location')]))).toEqual([
      'Bahr/location',
    ]);
  });
});
