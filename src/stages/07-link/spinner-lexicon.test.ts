import { describe, expect, it } from 'vitest';
import { EVENT_WORD_SYNONYMS } from './event-names.js';
import { despinName, isSpinnerWord, spinnerClassesOf, spinnerSynonyms } from './spinner-lexicon.js';

describe('spinner lexicon', () => {
  it('lists the tortured phrases spinners put for the words of names, phrases for one word', () => {
    expect(spinnerSynonyms('office')).toContain('workplace');
    expect(spinnerSynonyms('party')).toEqual(expect.arrayContaining(['social gathering', 'get together']));
    expect(spinnerSynonyms('efficiency')).toContain('effectivity');
    expect(isSpinnerWord('folks')).toBe(true);
    expect(isSpinnerWord('oval')).toBe(false);
  });

  it('keeps classes apart: a word shared by two classes does not join them', () => {
    // "motion" stands for "action" and for "movement", but "action" is no "movement".
    const action = spinnerClassesOf('action');
    const movement = spinnerClassesOf('movement');
    expect(action.some((c) => movement.includes(c))).toBe(false);
    expect(spinnerSynonyms('action')).not.toContain('movement');
  });

  it('is the one table the event matcher reads', () => {
    expect(EVENT_WORD_SYNONYMS.conference).toEqual(expect.arrayContaining(['convention', 'gathering']));
    expect(EVENT_WORD_SYNONYMS.house).toContain('home');
  });
});

describe('despinName', () => {
  it('puts back name words spun as common words', () => {
    expect(despinName('Tim Prepare dinner')).toBe('Tim Cook');
    expect(despinName('Invoice Gates')).toBe('Bill Gates');
    expect(despinName('Tim Cook')).toBeNull();
    expect(despinName('Invoiced Smith')).toBeNull();
  });
});
