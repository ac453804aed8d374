/**
 * Names translated word for word. Machine translation renders a surname that is also a
 * word of its language by that word's meaning: Rubio → "Blond", Lagarde → "the Guard",
 * De Wever → "the Weaver", Fidan → "Sapling", Li Qiang → "Li Strong", Merz → "March",
 * Maduro → "Mature", bin Salman → "son of Salman". This table maps the English glosses of
 * the name words of newsmakers back to the name words. A gloss is an ordinary word, and
 * ordinary people are called Guard or Weaver: the linker takes a name put back this way
 * only with a role cue of that person next to the mention (see link-exact.ts), except
 * for the Arabic particles ("son of" for "bin"), which are no surname of anybody.
 */
/** The ordinal words of regnal numbers, first to twentieth, in order (regnal-ordinals.ts reads them too). */
export const REGNAL_ORDINAL_WORDS: readonly string[] =
  `first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
  fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth`.split(/\s+/);

/** "the Tenth" → X: a monarch's or pope's number written as an ordinal word. */
const REGNAL_ORDINALS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  REGNAL_ORDINAL_WORDS.map((word, i) => [`the ${word}`, [romanNumeral(i + 1)]]),
);

/** The Roman numeral of `n` (1 to 39). */
export function romanNumeral(n: number): string {
  const ones = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  return 'X'.repeat(Math.floor(n / 10)) + ones[n % 10]!;
}

/** Gloss (lower case, as machine translation writes it) → the name words it translates. */
export const NAME_GLOSSES: Readonly<Record<string, readonly string[]>> = {
  // Spanish and Portuguese.
  blond: ['Rubio'],
  blonde: ['Rubio'],
  mature: ['Maduro'],
  ripe: ['Maduro'],
  hatchet: ['Machado'],
  axe: ['Machado'],
  oaks: ['Robles'],
  riverbank: ['Ribera'],
  'black mountain': ['Montenegro'],
  coast: ['Costa'],
  squid: ['Lula'],
  hair: ['Cabello'],
  godfather: ['Padrino'],
  // French.
  'the guard': ['Lagarde'],
  guard: ['Lagarde'],
  'the pen': ['Le Pen'],
  'the white': ['LeBlanc', 'Leblanc'],
  'the horned': ['Lecornu'],
  pretty: ['Joly'],
  // Dutch and German.
  'the weaver': ['De Wever'],
  weaver: ['De Wever'],
  carpenters: ['Timmermans'],
  clover: ['Klaver'],
  march: ['Merz'],
  free: ['Frei'],
  beak: ['Schnabel'],
  nail: ['Nagel'],
  wish: ['Wunsch'],
  // Italian.
  melons: ['Meloni'],
  count: ['Conte'],
  dragons: ['Draghi'],
  pilgrims: ['Pellegrini'],
  // Central and Eastern Europe.
  hungarian: ['Magyar'],
  violet: ['Fiala'],
  pigeon: ['Golob'],
  dove: ['Golob'],
  shore: ['Kallas', 'Ribera'],
  // Turkish, Hebrew, Arabic.
  sapling: ['Fidan'],
  seedling: ['Fidan'],
  lightning: ['Şimşek'],
  special: ['Özel'],
  storm: ["Sa'ar"],
  duke: ['Herzog'],
  torch: ['Lapid'],
  blacksmith: ['Haddad'],
  'son of': ['bin'],
  'daughter of': ['bint'],
  // Particles of European surnames ("Ursula of the Leyen", "Charles of Gaulle").
  'of the': ['von der', 'van der', 'de la', 'van den'],
  of: ['von', 'van', 'de', 'da'],
  'from the': ['von der', 'van der'],
  // Chinese.
  strong: ['Qiang'],
  army: ['Jun'],
  // Regnal numbers in words ("Frederik the Tenth", "Leo the Fourteenth").
  ...REGNAL_ORDINALS,
};

/**
 * Glosses that translate a name particle or a regnal number, not a surname: no role cue
 * needed (nobody ordinary is called "the Tenth").
 */
const PARTICLE_GLOSSES = new Set([
  'son of',
  'daughter of',
  'of the',
  'of',
  'from the',
  ...Object.keys(REGNAL_ORDINALS),
]);

/** Longest glosses first, whole words, case-insensitive. */
export const GLOSS_RE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(NAME_GLOSSES)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(' ', '\\s+'))
    .join('|')})(?![\\p{L}])`,
  'giu',
);

/**
 * The first words of the glosses, lower case. A gloss GLOSS_RE finds stands between
 * non-letters, so in an ASCII surface (where the case-insensitive match is plain lower-casing)
 * its first word is a whole word of the surface.
 */
const GLOSS_FIRST_WORDS = new Set(Object.keys(NAME_GLOSSES).map((k) => /^\p{L}*/u.exec(k)![0]));

/**
 * Whether GLOSS_RE may find a gloss in `surface`: it is not ASCII, or a word of it begins some
 * gloss. Most surfaces have no such word, and the case-insensitive pattern of every gloss was
 * dear on each of them (speed-link-19).
 */
export function mayHoldGloss(surface: string): boolean {
  if (GLOSS_FIRST_WORDS.has('') || /[^\x00-\x7f]/.test(surface)) return true;
  for (const m of surface.matchAll(/[A-Za-z]+/g)) if (GLOSS_FIRST_WORDS.has(m[0].toLowerCase())) return true;
  return false;
}

/** A name put back from its literal translation. */
export interface Deglossed {
  /** The name with the name words put back ("Marco Rubio"). */
  readonly name: string;
  /** The swaps, for evidence ("Blond for Rubio"). */
  readonly swaps: readonly string[];
  /** True when only particles were translated ("son of" for "bin"): no role cue needed. */
  readonly particlesOnly: boolean;
}

/**
 * The names a surface may be the literal translation of ("Christine the Guard" →
 * "Christine Lagarde"), at most four. Glosses are swapped only after the first word
 * (given names are not translated) and only where written as part of the name: the
 * gloss capitalised ("Blond", "the Guard") or a particle phrase ("son of").
 */
export function deglossName(surface: string): Deglossed[] {
  const firstSpace = surface.indexOf(' ');
  if (firstSpace < 0 || !mayHoldGloss(surface)) return [];
  const found: { start: number; end: number; gloss: string; text: string }[] = [];
  for (const m of surface.matchAll(GLOSS_RE)) {
    const text = m[0];
    const gloss = text.toLowerCase().replace(/\s+/g, ' ');
    const start = m.index;
    if (start <= firstSpace - 1) continue;
    const last = text.slice(text.lastIndexOf(' ') + 1);
    if (!PARTICLE_GLOSSES.has(gloss) && !/^\p{Lu}/u.test(last)) continue;
    found.push({ start, end: start + text.length, gloss, text });
  }
  if (found.length === 0) return [];
  let variants: { name: string; swaps: string[] }[] = [{ name: '', swaps: [] }];
  let at = 0;
  for (const f of found) {
    const between = surface.slice(at, f.start);
    const next: { name: string; swaps: string[] }[] = [];
    for (const v of variants) {
      for (const word of NAME_GLOSSES[f.gloss]!) {
        next.push({ name: v.name + between + word, swaps: [...v.swaps, `${f.text} for ${word}`] });
      }
    }
    variants = next.slice(0, 4);
    at = f.end;
  }
  const particlesOnly = found.every((f) => PARTICLE_GLOSSES.has(f.gloss));
  return variants.map((v) => ({
    name: (v.name + surface.slice(at)).replace(/\s+/g, ' ').trim(),
    swaps: v.swaps,
    particlesOnly,
  }));
}

/** Gloss words that may follow a name the tagger cut before them ("Christine" + "the Guard"). */
const CONTINUATION =
  /^\s+((?:the|son\s+of|daughter\s+of|of(?:\s+the)?|from\s+the)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:Al|al|bin|Bin)\s+\p{Lu}[\p{L}'’-]*)?)/u;

/**
 * Where a name continues past the tagger's cut in a translated particle or article
 * ("Mohammed" + " son of Salman", "Bart" + " the Weaver"): the end of the longer name, or
 * null. The caller checks that the longer name, put back, is a KB name.
 */
export function glossContinuation(text: string, end: number): number | null {
  const m = CONTINUATION.exec(text.slice(end, end + 40));
  return m ? end + m[0].length : null;
}
