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

describe('isPlainlyEnglish', () => {
  it('takes the fast path for English prose and leaves other languages to the detector', async () => {
    const { isPlainlyEnglish } = await import('./language.js');
    const en =
      'European members of NATO promised on Friday to raise military spending faster, after the US defence secretary told allies that Washington would no longer be the primary guarantor of security on the continent, and that it was up to them.';
    const de =
      'Die europäischen Mitglieder der NATO haben am Freitag versprochen, ihre Militärausgaben schneller zu erhöhen, nachdem der US-Verteidigungsminister den Verbündeten gesagt hatte, dass Washington nicht mehr der wichtigste Garant der Sicherheit auf dem Kontinent sei.';
    const fr =
      "Les membres européens de l'OTAN ont promis vendredi d'augmenter plus rapidement leurs dépenses militaires, après que le secrétaire américain à la Défense a déclaré aux alliés que Washington ne serait plus le principal garant de la sécurité sur le continent.";
    expect(isPlainlyEnglish(en)).toBe(true);
    expect(isPlainlyEnglish(de)).toBe(false);
    expect(isPlainlyEnglish(fr)).toBe(false);
    expect(isPlainlyEnglish('Short English text of a few words.')).toBe(false);
  });
});

describe('spun, name-heavy English (session 23)', () => {
  // Written for the test in the style of a scraped, machine-translated copy: few function
  // words, many names; the detector alone put Romanian just ahead of English.
  const SPUN =
    'TOKYO — Japanese Prime Minister Sanae Takaiichi mentioned on Tuesday that her authorities wouldn\'t retract remarks about Taiwan, regardless of mounting strain from Beijing.\n\n"Japan will reply calmly however firmly," Takaiichi instructed lawmakers in parliament. "Our place has not modified."\n\nChina\'s overseas ministry spokesperson Lin Jian accused Tokyo of "taking part in with fireplace" and urged Chinese language residents to keep away from journey to Japan.\n\nChief Cupboard Secretary Minoru Kihara stated the federal government was monitoring the state of affairs carefully.';

  it('is English, declared or not', () => {
    expect(chooseLanguage(['en'], SPUN)).toBe('en');
    expect(chooseLanguage([null], SPUN)).toBe('en');
  });

  it('still lets the detector overrule an English template default on German text', () => {
    expect(chooseLanguage(['en'], GERMAN)).toBe('de');
    expect(chooseLanguage([null], GERMAN)).toBe('de');
  });
});
