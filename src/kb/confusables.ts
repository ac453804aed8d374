/**
 * Cyrillic and Greek letters drawn like Latin ones, as they turn up inside Latin-script
 * names in scraped copy ("Donald Tuск", "Маrk Rutte": a keyboard layout switched mid-word,
 * or text laundered to dodge duplicate detection). Such a name is read with its look-alikes
 * put back to Latin, so it matches as written; a name wholly in Cyrillic or Greek ("Путин")
 * is another script, not a disguise, and is left alone.
 */

/** Look-alike → the Latin letter it is drawn like (upper and lower case as drawn). */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  // Cyrillic small letters
  а: 'a',
  е: 'e',
  к: 'k',
  м: 'm',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  // Greek capitals
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Greek small letters
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};

/** Any Cyrillic or Greek letter: most text has none, and is returned at once. */
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u052f]/;
const LATIN = /[A-Za-z]/;
/** A run of letters (with combining marks), read word by word. */
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * `text` with Cyrillic and Greek look-alikes folded to Latin inside Latin-script names:
 * in a word that has a Latin letter, or that is made of look-alikes only in a text that has
 * Latin letters elsewhere ("Маrk", "Тusk" beside "Donald"). A word with a letter no Latin one
 * resembles ("Путин") stays as written, and so does text with no Latin letter at all.
 */
export function foldLookAlikes(text: string): string {
  if (!OTHER_SCRIPT.test(text) || !LATIN.test(text)) return text;
  return text.replace(WORD, (word) => {
    if (!OTHER_SCRIPT.test(word)) return word;
    let out = '';
    for (const ch of word) {
      const latin = LOOK_ALIKES[ch];
      if (latin !== undefined) out += latin;
      // A letter of the other script that looks like no Latin one: the word is that script's.
      else if (OTHER_SCRIPT.test(ch)) return word;
      else out += ch;
    }
    return out;
  });
}
