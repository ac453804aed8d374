/**
 * Countries' names in the languages copy is machine-translated through: "Grenlandiya"
 * (Russian, romanised), "Groenlandia" (Spanish, Italian), "Grönland" (German, Turkish). A
 * translation round trip that keeps a place name as the other language writes it leaves
 * these in English copy; the build adds them as aliases of the country from the
 * world-countries package's translations, so they are reproducible rather than hand-typed.
 *
 * Precision first: a translation is left out when it is the country's own name in its own
 * language (below), an ordinary English word ("Chine",
 * "Chili", "Suède" read as suede), the name of another entity of the KB ("Salvador" is a
 * Brazilian city, "Tunis" a capital, "Suíça" a commissioner's surname), a name two countries
 * share ("Saint-Martin"), or shorter than four letters ("Çin", "Fas").
 */
import { fuzzyKey, keyDeletions } from './fuzzy-key.js';
import type { KbEntity, KbName } from './model.js';
import { normalizeName } from './names.js';
import type { CountryRecord } from './sources/convert.js';

/**
 * The languages whose names are taken: those of the large machine-translated news markets
 * (world-countries' three-letter codes). Russian is romanised (`romaniseRussian`).
 */
export const EXONYM_LANGUAGES = ['fra', 'deu', 'spa', 'ita', 'por', 'pol', 'tur', 'nld', 'rus'] as const;

/** Shortest exonym taken, in letters: shorter ones are codes or common syllables. */
const MIN_LETTERS = 4;

/** Russian letters as the BGN/PCGN romanisation writes them, simplified (no apostrophes). */
const RUSSIAN_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** "Гренландия" → "Grenlandiya": Cyrillic letters romanised, anything else kept. */
export function romaniseRussian(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = RUSSIAN_LATIN[lower];
    if (latin === undefined) out += ch;
    else out += ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/** Two fuzzy keys the same or one letter apart (one a deletion of the other). */
function nearKeys(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return keyDeletions(long).includes(short);
}

/**
 * The country's common name in each exonym language, romanised where needed — except its
 * name in its own language ("Deutschland", "Italia", "Polska", "Rossiya"), which is a word of
 * its parties' and firms' names ("Alternative fuer Deutschland", "Forza Italia") more often
 * than the country in English copy, and any near spelling of that name (the same consonant
 * skeleton, or one consonant apart: "Duitsland", "Polsha"), which a sound-alike search would
 * find for it where the English name is no near spelling of it already.
 */
export function countryTranslations(c: CountryRecord): string[] {
  const native = Object.values(c.name.native ?? {}).flatMap((n) =>
    [n.common, n.official].map(romaniseRussian),
  );
  // Only a native name the English one is no near spelling of opens a new path: "Italia"
  // finds Italy by its own name anyway, "Deutschland" would find Germany only through "Duitsland".
  const english = fuzzyKey(c.name.common);
  const nativeKeys = native.map(fuzzyKey).filter((k) => k.length > 0 && !nearKeys(k, english));
  const nearNative = (name: string): boolean => nativeKeys.some((k) => nearKeys(k, fuzzyKey(name)));
  const out: string[] = [];
  for (const lang of EXONYM_LANGUAGES) {
    const common = c.translations?.[lang]?.common;
    if (!common) continue;
    const latin = lang === 'rus' ? romaniseRussian(common) : common;
    if (!native.includes(latin) && !nearNative(latin)) out.push(latin);
  }
  return out;
}

/**
 * Lower-case words of WordNet's data files (`data.noun`, `data.verb`, …), normalised: the
 * ordinary English words an exonym must not be. Capitalised lemmas (proper names, among
 * them the countries' own English forms "Irak", "Katar") are not words.
 */
export function commonWordsOfWordNet(dataFiles: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const data of dataFiles) {
    for (const line of data.split('\n')) {
      // "offset lex_filenum ss_type w_cnt word lex_id [word lex_id …] …"; licence lines start with spaces.
      if (line.length === 0 || line.charCodeAt(0) === 32) continue;
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3]!, 16);
      for (let i = 0; i < count; i++) {
        const lemma = fields[4 + 2 * i]!.replace(/\(.*\)$/, '').replace(/_/g, ' ');
        if (lemma === lemma.toLowerCase()) words.add(normalizeName(lemma));
      }
    }
  }
  return words;
}

/**
 * The countries with the exonyms of their records added as aliases: those no other entity of
 * `others` (and no other country) is named by, in any kind of name, that are no common word
 * and have at least four letters.
 */
export function withCountryExonyms(
  countries: readonly KbEntity[],
  records: readonly CountryRecord[],
  others: readonly KbEntity[],
  commonWords: ReadonlySet<string>,
): KbEntity[] {
  const namedBy = new Map<string, Set<string>>();
  const claim = (norm: string, id: string) => {
    const ids = namedBy.get(norm);
    if (ids) ids.add(id);
    else namedBy.set(norm, new Set([id]));
  };
  for (const e of [...countries, ...others]) {
    claim(normalizeName(e.name), e.id);
    for (const n of e.names) claim(normalizeName(n.text), e.id);
  }
  const recordOf = new Map(records.map((r) => [`cd:country/${r.cca2.toLowerCase()}`, r]));
  const candidates = new Map<string, string[]>();
  for (const country of countries) {
    const record = recordOf.get(country.id);
    if (!record) continue;
    const own = new Set([country.name, ...country.names.map((n) => n.text)].map(normalizeName));
    const fresh = new Set(countryTranslations(record).filter((t) => !own.has(normalizeName(t))));
    candidates.set(country.id, [...fresh]);
    // A translation two countries share names neither ("Saint-Martin").
    for (const t of fresh) claim(`exonym:${normalizeName(t)}`, country.id);
  }
  return countries.map((country) => {
    const taken: KbName[] = [];
    const seen = new Set<string>();
    for (const t of candidates.get(country.id) ?? []) {
      const norm = normalizeName(t);
      if (seen.has(norm) || norm.replace(/ /g, '').length < MIN_LETTERS || commonWords.has(norm)) continue;
      if (namedBy.has(norm) || namedBy.get(`exonym:${norm}`)!.size > 1) continue;
      seen.add(norm);
      taken.push({ text: t, kind: 'alias' });
    }
    return taken.length === 0 ? country : { ...country, names: [...country.names, ...taken] };
  });
}
