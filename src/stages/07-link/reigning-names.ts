/**
 * "King Felipe", "Queen Margrethe", "Pope Leo": copy names a reigning monarch or pope by the
 * title and the regnal name without its number. The KB writes the name with the number
 * ("Felipe VI"), so the words are found by no exact lookup, and a sound-alike of another
 * monarch's alias ("King Philippe", of Belgium) would take them. The one who reigns on the
 * article's date under that very name, numbered, is the one meant.
 */
import type { KbEntity } from '../../kb/model.js';
import { roleActiveOn } from '../../kb/model.js';

/** Regnal numbers as the KB writes them, I to XXV (Pope Gregory XVI, Louis XVIII). */
const NUMERALS = (() => {
  const out: string[] = [];
  const tens = ['', 'X', 'XX'];
  const units = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  for (let n = 1; n <= 25; n++) out.push(`${tens[Math.floor(n / 10)]}${units[n % 10]}`);
  return out;
})();

/** Titles of a reign ("King", "Pope"): only these name a reigning person by the regnal name alone. */
const REIGN_TITLES = /^(?:King|Queen|Pope|Emperor|Empress|Sultan|Emir|Grand Duke)$/;

/** A role of reigning: a monarch's, a pope's, an emperor's, a sultan's or an emir's. */
const REIGN_ROLE = /\b(?:monarch|king|queen|pope|emperor|empress|sultan|emir|grand duke|sovereign)\b/i;

/**
 * The one KB person reigning on `date` whose name is `word` and a regnal number ("Felipe" →
 * Felipe VI, under "King"), or null: when the title is no title of a reign, the word is not a
 * capitalised single word, nobody reigns under the name that day, or two do. `named` looks a
 * name up exactly (the KB's persons of that name or alias).
 */
export function reigningUnderName(
  title: string,
  word: string,
  date: string | null,
  named: (name: string) => readonly KbEntity[],
): KbEntity | null {
  if (!date || !REIGN_TITLES.test(title) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  let found: KbEntity | null = null;
  for (const numeral of NUMERALS) {
    for (const e of named(`${word} ${numeral}`)) {
      if (!e.roles.some((r) => REIGN_ROLE.test(r.role) && roleActiveOn(r, date))) continue;
      if (found && found !== e) return null;
      found = e;
    }
  }
  return found;
}
