/**
 * Names of Slavic and Arabic origin as French copy writes them: "Zaloujny" for Zaluzhny
 * (ou for u, j for zh), "Voutchitch" for Vučić (tch for č), "Alexandre" for Aleksandr. The
 * consonant skeleton of such a spelling is not the English one's (j is read as g/k, ou
 * keeps a vowel English drops), so candidate search misses the person altogether or scores
 * the surname too low. `frenchRespelling` writes the name back the English way; candidate
 * search looks that spelling up as well (candidate-search.ts), and the linker weighs the
 * candidates found under the evidence rules of any mangled name.
 */

/**
 * French letter groups English transliteration writes otherwise. Two must be present: one
 * ("Zaloujny": ou and uj, overlapping) alone is English often enough ("Calhoun", "Mitchell", "Benjamin"), two seldom.
 */
const FRENCH_MARKS = /(?=ou|tch|[aeiouy]j)/gi;

/**
 * The surface respelled from French transliteration to English (ou→u, tch→ch, j after a
 * vowel→zh, a final e after a consonant dropped from a word of five letters or more), or
 * null when it has fewer than two French marks or nothing changes. Plain ASCII names only: a name with
 * other letters is in another spelling system.
 */
export function frenchRespelling(surface: string): string | null {
  // (Most names have neither "ou" nor "j": no expression run for them.)
  if (!/ou|j|tch/i.test(surface)) return null;
  if ([...surface.matchAll(FRENCH_MARKS)].length < 2 || !/^[A-Za-z' -]+$/.test(surface)) return null;
  const out = surface
    .split(' ')
    .map((word) => {
      let w = word
        .replace(/tch/g, 'ch')
        .replace(/Ou/g, 'U')
        .replace(/ou/g, 'u')
        .replace(/([aeiouy])j/g, '$1zh');
      if (w.length >= 5 && /[^aeiouy]e$/.test(w)) w = w.slice(0, -1);
      return w;
    })
    .join(' ');
  return out === surface ? null : out;
}

/**
 * "Poutin": a one-word name with French copy's "ou" for the English u, written back the
 * English way ("Putin"); null when it has no "ou". One mark only, so the caller asks more of
 * the result (the exact surname of one of the best known) than `frenchRespelling` does.
 */
export function frenchOuRespelling(word: string): string | null {
  return /^[A-Z][a-z]+$/.test(word) && word.includes('ou') ? word.replace(/ou/g, 'u') : null;
}

/** Countries whose people's names are French (their surnames' silent endings included). */
const FRENCH_SPEAKING = new Set(['FR', 'BE', 'CH', 'LU', 'MC', 'CA']);

/**
 * A French name's surname as an English writer hears it ("Arnault" → "Arno", "Rousseau" →
 * "Russo"-like "Rousso", "Marchand" → "Marchan"): the silent endings -eau(x), -aux, -ault,
 * -aut, -aud, -ot written "o", a d or t after a nasal dropped. Null when the person is not of
 * a French-speaking country or the surname has no such ending. The KB side of
 * `frenchRespelling`: the heard name is indexed once per KB (candidate-search.ts).
 */
export function heardFrenchName(name: string, country: string | null): string | null {
  if (country === null || !FRENCH_SPEAKING.has(country)) return null;
  const space = name.lastIndexOf(' ');
  if (space < 0) return null;
  const surname = name.slice(space + 1);
  const heard = surname.replace(/(?:eaux|eau|aux|ault|aut|aud|ot)$/i, 'o').replace(/([aeiou]n)[dt]$/i, '$1');
  return heard === surname || heard.length < 3 ? null : `${name.slice(0, space)} ${heard}`;
}

/** A family name after a chain of "bin"/"ibn" ("Tamim bin Hamad Al Thani", "… bin Rashid Al Maktoum"). */
const DYNASTY_AFTER_LINEAGE = /^(\S+(?:\s+(?:bin|ibn|ben)\s+\S+)+)\s+(?:Al|al|Āl|Al-|al-)[\s-]?\S+$/u;

/**
 * An Arab name written without its family name, as copy shortens it ("Tamim bin Hamad" for
 * Tamim bin Hamad Al Thani): the given name and lineage, when the name has a "bin" chain and
 * ends in a family name after "Al"; else null.
 */
export function lineageName(name: string): string | null {
  const m = DYNASTY_AFTER_LINEAGE.exec(name);
  return m ? m[1]! : null;
}
