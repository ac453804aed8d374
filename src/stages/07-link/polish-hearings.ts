/**
 * Polish names as an English writer hears them: "Tshaskovski" for Trzaskowski, "Navrotski"
 * for Nawrocki, "Shymon Holovnia" for Szymon Hołownia, "Yaroslav Kachynski" for Jarosław
 * Kaczyński. Polish writes sounds with letter pairs (rz, sz, cz) and letters (w, c, j) that
 * English writes otherwise, so the consonant skeleton of a spelling by ear is not the
 * Polish one's and candidate search never proposes the person. The heard form of each
 * Polish person's name is indexed beside the French ones (candidate-search.ts `heardNames`);
 * the linker weighs what it finds under the evidence rules of any mangled name.
 */

/** Letter groups in the order they are heard: the longer before the shorter they contain. */
const POLISH_SOUNDS: readonly (readonly [RegExp, string])[] = [
  // "trz", "prz", "krz": the r after a voiceless stop is heard as sh ("Tshaskovski").
  [/([tpk])rz/g, '$1sh'],
  [/rz/g, 'zh'],
  [/sz/g, 'sh'],
  [/cz/g, 'ch'],
  [/c(?![hz])/g, 'ts'],
  [/ś/g, 'sh'],
  [/[ćč]/g, 'ch'],
  [/[żź]/g, 'zh'],
  [/ń/g, 'n'],
  [/ł/g, 'l'],
  [/ó/g, 'u'],
  [/ą/g, 'on'],
  [/ę/g, 'en'],
  [/w/g, 'v'],
  [/j/g, 'y'],
];

/**
 * The name of a person of Poland as heard ("Rafał Trzaskowski" → "Rafal Tshaskovski"), or
 * null for a person of another country or a name heard as written.
 */
export function heardPolishName(name: string, country: string | null): string | null {
  if (country !== 'PL') return null;
  const heard = name
    .split(' ')
    .map((word) => {
      const first = word.charAt(0);
      let w = word.toLowerCase();
      for (const [pattern, sound] of POLISH_SOUNDS) w = w.replace(pattern, sound);
      return first === first.toLowerCase() ? w : w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join(' ');
  return heard === name ? null : heard;
}
