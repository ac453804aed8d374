/**
 * Name words the tagger stops at: a particle it does not know ("Mohamed ben Salmane", the
 * French "ben" for "bin") and words with letters English does not write ("Esad Şeybani",
 * "Hüseyin Emir Abdullahiyan"). The mention is widened over them; a possessive or a plain
 * word before the name stays out.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType, Mention } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
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
