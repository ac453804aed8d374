import { describe, expect, it } from 'vitest';
import { foldPlural, parseThesaurus, spinnerThesaurus } from './thesaurus.js';

describe('foldPlural', () => {
  it('folds plurals the same way at build and run time', () => {
    expect(foldPlural('agencies')).toBe('agency');
    expect(foldPlural('brothers')).toBe('brother');
    expect(foldPlural('press')).toBe('press');
    expect(foldPlural('news')).toBe('news');
  });
});

describe('parseThesaurus', () => {
  const t = parseThesaurus(
    '# comment\nglobe\tworld\nfinancial institution\tbank|foundation\nsetting up\tassembly\n',
  );

  it('maps a substitute to the KB words it can stand for, plural or not', () => {
    expect([...t.targets('globe')]).toEqual(['world']);
    expect([...t.targets('globes')]).toEqual(['world']);
    expect(t.targets('planet').size).toBe(0);
  });

  it('knows its multi-word substitutes by their first word', () => {
    expect(t.phrasesFrom('financial')).toEqual(['financial institution']);
  });
});

describe('the shipped thesaurus (built from WordNet 3.1)', () => {
  const shipped = spinnerThesaurus();

  it.each([
    ['globe', 'world'],
    ['financial institution', 'bank'],
    ['growth', 'development'],
    ['collaboration', 'cooperation'],
    ['wellness', 'health'],
    ['option', 'alternative'],
  ])('%s may stand for %s', (substitute, word) => {
    expect(shipped.targets(substitute).has(word)).toBe(true);
  });

  it.each([
    ['republican', 'democratic'],
    ['democratic', 'republican'],
    ['socialist', 'communist'],
    ['left', 'liberal'],
    ['northwestern', 'western'],
    ['southeast', 'south'],
    ['king', 'queen'],
  ])('never offers %s for %s: a rival camp, another direction or an antonym', (substitute, word) => {
    expect(shipped.targets(substitute).has(word)).toBe(false);
  });

  it('keeps the spellings of one camp and one direction together', () => {
    expect(shipped.targets('labor').has('labour')).toBe(true);
    expect(shipped.targets('eastern').has('east')).toBe(true);
  });

  it('never offers a proper name as a substitute', () => {
    expect(shipped.targets('germany').size).toBe(0);
  });
});
