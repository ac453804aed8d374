/**
 * Name words the tagger stops at: a particle it does not know ("Mohamed ben Salmane", the
 * French "ben" for "bin") and words with letters English does not write ("Esad Şeybani",
 * "Hüseyin Emir Abdullahiyan"). The mention is widened over them; a possessive or a plain
 * word before the name stays out.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType, Mention } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { adjustMentions } from './spans.js';

const kb = new MemoryKnowledgeBase([]);

function mention(text: string, surface: string, type: EntityType): Mention {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`${surface} not in text`);
  return { start, end: start + surface.length, type, by: 'test', confidence: 1 };
}

function surfaces(text: string, ms: readonly Mention[]): string[] {
  return ms.map((m) => text.slice(m.start, m.end));
}

describe('foreign name words next to a person mention', () => {
  it('takes in the French particle "ben" and the name after it', () => {
    const text = 'Crown Prince Karim ben Souleymane opened the fair in Rabat.';
    expect(surfaces(text, adjustMentions(kb, text, [mention(text, 'Karim', 'person')]))).toEqual([
      'Karim ben Souleymane',
    ]);
  });

  it('takes in a following word with a Turkish letter', () => {
    const text = 'Deputy Minister Oruç Şahinler met the delegation in Izmir.';
    const out = adjustMentions(kb, text, [
      mention(text, 'Oruç', 'person'),
      mention(text, 'Izmir', 'location'),
    ]);
    expect(surfaces(text, out)).toEqual(['Oruç Şahinler', 'Izmir']);
  });

  it('takes in a given name with a foreign letter before it, across a title word inside the name', () => {
    const text = 'Interior Minister Hüseyin Emir Tabrizian resigned on Monday.';
    expect(surfaces(text, adjustMentions(kb, text, [mention(text, 'Tabrizian', 'person')]))).toEqual([
      'Hüseyin Emir Tabrizian',
    ]);
  });

  it('leaves out a possessive, plain words and another mention', () => {
    const text = "Türkiye's Foreign Minister Kerem Doğaner and Ödül Yaman spoke.";
    const out = adjustMentions(kb, text, [
      mention(text, 'Kerem Doğaner', 'person'),
      mention(text, 'Ödül Yaman', 'person'),
    ]);
    expect(surfaces(text, out)).toEqual(['Kerem Doğaner', 'Ödül Yaman']);
    const plain = 'Mayor Jan Novak greeted Ünal Bey. Strong winds followed.';
    expect(surfaces(plain, adjustMentions(kb, plain, [mention(plain, 'Jan Novak', 'person')]))).toEqual([
      'Jan Novak',
    ]);
  });
});

describe('a body named before a title before a person', () => {
  const bodies = new MemoryKnowledgeBase([
    makeEntity({
      id: 'o:fed',
      type: 'organization',
      name: 'Federal Reserve',
      names: [{ text: 'Fed', kind: 'short' }],
      prominence: 5,
    }),
    makeEntity({ id: 'o:parks', type: 'organization', name: 'Parks Trust', prominence: 2 }),
  ]);

  it('makes the short name of a well-known body a mention of its own', () => {
    const text = 'Fed Chair Jerome Pauel said the central bank would wait.';
    const out = adjustMentions(bodies, text, [mention(text, 'Jerome Pauel', 'person')]);
    expect(out.map((m) => `${text.slice(m.start, m.end)}/${m.type}`)).toEqual([
      'Fed/organization',
      'Jerome Pauel/person',
    ]);
  });

  it('leaves words that are no known body, and bodies of little note, alone', () => {
    const text = 'Parks Chair Anna Lind and Riverside Chair Tom Berg spoke.';
    const out = adjustMentions(bodies, text, [
      mention(text, 'Anna Lind', 'person'),
      mention(text, 'Tom Berg', 'person'),
    ]);
    expect(surfaces(text, out)).toEqual(['Anna Lind', 'Tom Berg']);
  });

  it('does not widen a name over a curly quote', () => {
    const text = 'Stay the Course’ Maria Lopez said on Sunday.';
    expect(surfaces(text, adjustMentions(kb, text, [mention(text, 'Maria Lopez', 'person')]))).toEqual([
      'Maria Lopez',
    ]);
  });
});
