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
