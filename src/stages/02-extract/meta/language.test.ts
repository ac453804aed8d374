import { describe, expect, it } from 'vitest';
import { chooseLanguage, primaryTag } from './language.js';

const GERMAN =
  'Die Fahrpreise für die Hafenfähre steigen ab April um zwölf Prozent, nachdem der Kreistag am Donnerstag einem Rettungsplan zugestimmt hat. Die Fähre befördert täglich rund viertausend Fahrgäste über die Flussmündung.';

describe('language', () => {
  it('reads primary tags from BCP 47 tags and POSIX locales', () => {
    expect(primaryTag('en-GB')).toBe('en');
    expect(primaryTag('de_DE')).toBe('de');
    expect(primaryTag('')).toBeNull();
  });

  it('keeps a declared language the text agrees with', () => {
    expect(chooseLanguage(['de-DE'], GERMAN)).toBe('de');
  });

  it('lets the detector overrule a template default on enough text', () => {
    expect(chooseLanguage(['en'], GERMAN)).toBe('de');
  });

  it('trusts the declaration on short text, and detects when nothing is declared', () => {
    expect(chooseLanguage(['fr'], 'Die Fähre fährt.')).toBe('fr');
    expect(chooseLanguage([null], GERMAN)).toBe('de');
  });
});
