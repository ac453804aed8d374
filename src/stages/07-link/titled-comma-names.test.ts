/**
 * A royal name the KB writes with a comma ("Amalia, Princess of Norland") is one person
 * mention however the tagger cut it, and links exactly; a title phrase after a comma that
 * makes no KB name, or a name inside a longer one ("the Amalia, Princess of Norland Trust"),
 * is left as the tagger gave it.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver } from '../../../test/helpers/link-fixtures.js';
import type { Mention } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { withTitledCommaNames } from './titled-comma-names.js';

const NAMES = new Set(['Amalia, Princess of Norland', 'Otto, Grand Duke of Weissberg']);
const personNamed = (name: string) => NAMES.has(name);

const mention = (text: string, surface: string, type: Mention['type']): Mention => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, type, by: 'test', confidence: 1 };
};

describe('withTitledCommaNames', () => {
  it('makes the given name and its title one person mention', () => {
    const text = 'Amalia, Princess of Norland, opened the new children’s ward on Monday.';
    const out = withTitledCommaNames(
      text,
      [mention(text, 'Amalia', 'person'), mention(text, 'Norland', 'location')],
      personNamed,
    );
    expect(out.map((m) => text.slice(m.start, m.end))).toEqual(['Amalia, Princess of Norland']);
    expect(out[0]?.type).toBe('person');
  });

  it('cuts back words after the title that are not part of the name', () => {
    const text = 'Otto, Grand Duke of Weissberg Castle Road, waved.';
    const out = withTitledCommaNames(text, [mention(text, 'Otto', 'person')], personNamed);
    expect(out.map((m) => text.slice(m.start, m.end))).toEqual(['Otto, Grand Duke of Weissberg']);
  });

  it('leaves a title phrase that names nobody of the KB, and a name inside a longer one', () => {
    const parade = 'Lisa, Princess of the Harvest Parade, waved to the crowds.';
    const mentions = [mention(parade, 'Lisa', 'person')];
    expect(withTitledCommaNames(parade, mentions, personNamed)).toBe(mentions);
    const trust = 'The Amalia, Princess of Norland Trust gave £2m.';
    const inTrust = [mention(trust, 'Amalia, Princess of Norland Trust', 'organization')];
    expect(withTitledCommaNames(trust, inTrust, personNamed)).toEqual(inTrust);
  });
});

describe('a comma name in the linker', () => {
  const kb = new MemoryKnowledgeBase([
    makeEntity({
      id: 'p:amalia',
      type: 'person',
      name: 'Amalia, Princess of Norland',
      country: 'NL',
      prominence: 4,
      born: 1984,
      description: 'Princess of Norland; wife of the heir',
    }),
  ]);
  const link = linkerOver(kb, '2024-03-22');

  it('links the name the tagger cut at the comma', () => {
    const text = 'Amalia, Princess of Norland, said in a video message that she was recovering.';
    const entities = link(text, [
      ['Amalia', 'person'],
      ['Norland', 'location'],
    ]);
    const start = text.indexOf('Amalia');
    const whole = entities.find((e) => e.mentions.some((m) => m.start === start));
    expect(whole?.kbId).toBe('p:amalia');
    expect(whole?.mentions[0]?.end).toBe(start + 'Amalia, Princess of Norland'.length);
  });
});
