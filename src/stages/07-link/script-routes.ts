/**
 * Names that came to English through another script, spelled back by letter correspondences.
 * A copy translated from Russian writes "Olaf Sholts" (Олаф Шольц) for Olaf Scholz, "Novak
 * Dzhokovich" for Djokovic, "Maks" for Max; from Chinese through Russian "Li Tsyan" (Ли Цян)
 * for Li Qiang and "Pan Gunshen" for Pan Gongsheng; from Korean "Li" for Lee; from Arabic
 * "Rajab" for the Turkish Recep (Turkish c is the sound of j). These differ from the original
 * in several letters at once, too many for the similarity floor, but each difference is one
 * regular correspondence of its route.
 *
 * Each route rewrites the words of a name as the original alphabet would have them; the
 * variants of a surface are its spellings with some words rewritten (one route at a time).
 * The linker compares a variant only when the surface itself links to nobody, and a variant
 * needs the same evidence as any spelling (sound-alike.ts, link-sound-alikes.ts).
 */

/** One route: a name word (lower case) as the original spelling writes it, or the word itself. */
interface Route {
  readonly name: string;
  /** Quick test: whether the route changes anything in a lower-case surface. */
  readonly applies: RegExp;
  readonly word: (w: string) => string;
}

const ROUTES: readonly Route[] = [
  {
    // Russian to German, Dutch and South Slavic spellings: Шольц "Sholts" → Scholz, Джокович
    // "Dzhokovich" → Djokovich, Макс "Maks" → Max, Тухель "Tukhel" → Tuchel.
    name: 'Russian',
    // ("sh" alone is too common in English names to start a search: Bush, Joshua.)
    applies: /dzh|kh|ts|ks/,
    word: (w) =>
      w
        .replace(/dzh/g, 'dj')
        .replace(/kh/g, 'ch')
        .replace(/shch/g, 'sch')
        .replace(/sh/g, 'sch')
        .replace(/ts/g, 'z')
        .replace(/ks/g, 'x'),
  },
  {
    // Chinese through Russian (Palladius) to pinyin: Цян "Tsyan" → Qiang, Цзян "Tszyan" →
    // Jiang, Гуншэн "Gunshen" → Gongsheng, Ху "Khu" → Hu, Си "Si" → Xi. Palladius writes -ng
    // after e as -n and the vowel of -ong as u; its "si" is always pinyin "xi" (pinyin "si" is
    // its "sy"), but only the one-syllable word is read so: the route also runs on names that
    // are not Chinese at all ("Singkh" for Singh has its "kh"), where "Si…" must stay.
    // English copy written by ear spells pinyin x (a sound near "sh") as "sh": "Shi Jinping"
    // for Xi Jinping — the one-syllable word only, like "si" (pinyin "shi" is a surname too,
    // so the variant needs a KB name of its own to link, as every variant does).
    // The same copy hears pinyin j (a soft "dj") as "dz": "Shi Dzinpin" for Xi Jinping, the
    // word's start only (pinyin has no "dz").
    name: 'Chinese',
    applies: /ts|kh|un|en\b|yan\b|\bshi\b|\bdz/,
    word: (w) =>
      w
        .replace(/^tsz/, 'j')
        .replace(/^dz(?!h)/, 'j')
        .replace(/^s(?:h?)i$/, 'xi')
        .replace(/tsy/g, 'qi')
        // Я, Ю after a consonant: "Tszyabao" → Jiabao, "Lyu" → Liu.
        .replace(/(?<=[^aeiouy])y(?=[aeiou])/g, 'i')
        .replace(/ts/g, 'c')
        .replace(/kh/g, 'h')
        .replace(/un(?!g)/g, 'ong')
        .replace(/en$/, 'eng')
        .replace(/ian$/, 'iang'),
  },
  {
    // Polish through Russian: Тшасковский "Tshaskovsky" → Trzaskowski, Навроцкий "Navrotsky"
    // → Nawrocki (тш for trz, ш for sz, ч for cz, в for w, -цкий/-ский for -cki/-ski).
    name: 'Polish',
    // (A Polish surname's ending as Russian writes it: "-sky", "-skiy", "-skaya".)
    applies: /sk(?:y|iy|ii|aya)\b/,
    word: (w) =>
      w
        .replace(/tsh/g, 'trz')
        .replace(/shch/g, 'szcz')
        .replace(/sh/g, 'sz')
        .replace(/ch/g, 'cz')
        .replace(/v/g, 'w')
        .replace(/tsk(?:y|iy|ii)$/, 'cki')
        .replace(/sk(?:y|iy|ii)$/, 'ski')
        .replace(/tskaya$/, 'cka')
        .replace(/skaya$/, 'ska'),
  },
  {
    // Korean: the surname 이 is Lee in the South's own spelling, "Li" or "Yi" elsewhere; the
    // vowel 어 is "eo" in the Revised Romanization and mostly "u" in the spellings newsmakers
    // chose before it ("Jae-myeong" → Jae-myung, 재명). Only a hyphenated given name (two
    // syllables, Korean style) is read so: "Leon", "Geoffrey" and "Theo" stay. The
    // McCune-Reischauer spelling writes the same vowel ŏ, its breve dropped in copy, as "o":
    // "Jae-myong", "Byong-hun" — after a consonant, "yong" (명, 병, 경) is "yung" then ("Jae-yong",
    // 용, keeps its "yong": no consonant before the y).
    name: 'Korean',
    applies: /\b(li|yi)\b|[a-z]-[a-z]*eo|eo[a-z]*-[a-z]|-[a-z]*[^aeiouy-]yong\b|[^aeiouy-]yong-/,
    word: (w) =>
      w === 'li' || w === 'yi'
        ? 'lee'
        : w.includes('-')
          ? w.replace(/eo/g, 'u').replace(/(?<=[^aeiouy-])yong(?=-|$)/g, 'yung')
          : w,
  },
  {
    // Korean in McCune-Reischauer, the North's own spelling, with the syllables of the given
    // name as words: its "ch" at a syllable's start is the unaspirated sound the Revised
    // Romanization writes "j" ("Kim Chong Un" → Kim Jong Un, "Pak Chong Chon"), the aspirated
    // one being "ch'". Russian copy has the same "ch" ("Ким Чен Ын", "Kim Chen In"). Only a
    // syllable (two to five letters) after a Korean family name that opens the name.
    name: 'Korean (McCune-Reischauer)',
    // (Three words: a family name and the two syllables of a given name — "Kim Chen", the
    // tagger's cut of "Kim Chen In", is no full name to read.)
    applies:
      /^(?:kim|pak|park|ri|choe|choi|kang|han|yun|jo|o)\s+(?=\S+\s+\S+$)(?:\S+\s+)?ch[aeiou][a-z]{0,3}(?:\s|$)/,
    // Russian writes the ŏ of 정 after "ch" as "e" and a final ng as "n" ("Chen" for Jong), and
    // 으 as "y" ("Yn" for Un).
    word: (w) =>
      w === 'yn'
        ? 'un'
        : /^che[a-z]?$/.test(w)
          ? `jo${w.slice(3) === 'n' ? 'ng' : w.slice(3)}`
          : /^ch[aeiou][a-z]{0,3}$/.test(w)
            ? `j${w.slice(2)}`
            : w,
  },
  {
    // Chinese names left in Cyrillic by Russian copy, in the Palladius system: "Ван И" → Wang
    // Yi, "Си Цзиньпин" → Xi Jinping. Palladius writes a final -ng as "н" and a final -n as
    // "нь"; "цз" is j (z before no i), "ц" q before i, "с" x before i, "чж" zh, "ж" r, "в" w,
    // "ун" ong; a lone "и" is yi. Only a name in Cyrillic letters.
    name: 'Chinese (Cyrillic)',
    applies: /^[а-яё ]+$/,
    word: (w) => palladiusToPinyin(w),
  },
  {
    // Turkish names through Arabic: the j of "Rajab" is the Turkish c of Recep, gh its ğ.
    name: 'Turkish',
    // (A j between vowels or at a word's end, as Arabic copy writes Turkish c: not John, James.)
    applies: /[aeiou]j[aeiou]|j\b|gh/,
    word: (w) => w.replace(/(?<!d)j/g, 'c').replace(/gh/g, 'g'),
  },
];

/** Palladius Cyrillic (lower case) to pinyin, syllable by syllable; any other word as it is. */
function palladiusToPinyin(word: string): string {
  if (!/^[а-яё]+$/.test(word)) return word;
  if (word === 'и') return 'yi';
  if (word === 'си') return 'xi';
  const out = word
    .replace(/ун(?!ь)/g, 'ong')
    .replace(/([аеиоэыяю])н(?![ьаеиоуэыяю])/g, '$1ng')
    .replace(/нь/g, 'n')
    .replace(/цз(?=[июя])/g, 'j')
    .replace(/цз/g, 'z')
    .replace(/ц(?=[июя])/g, 'q')
    .replace(/с(?=[июя])/g, 'x')
    .replace(/чж/g, 'zh')
    // Я, Ю after a consonant: "Цян" → Qiang, "Лю" → Liu.
    .replace(/(?<=[^аеиоуэыяюьъ])я/g, 'ia')
    .replace(/(?<=[^аеиоуэыяюьъ])ю/g, 'iu')
    .replace(/сы/g, 'si')
    .replace(/цы/g, 'ci')
    .replace(/[а-яё]/g, (c) => PALLADIUS_LETTERS[c] ?? '');
  return out;
}
const PALLADIUS_LETTERS: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'w',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'r',
  з: 'z',
  и: 'i',
  й: 'i',
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
  х: 'h',
  ц: 'c',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** At most this many variants per route (words rewritten in several combinations). */
const MAX_PER_ROUTE = 3;

/**
 * Spellings of `surface` (a name of two to four words) with words rewritten by the
 * letter correspondences of one route: all words the route changes first, then each one
 * alone. Capitalisation follows the surface. Empty when no route changes anything.
 */
export function scriptRouteVariants(surface: string): string[] {
  const words = surface.split(' ');
  if (words.length < 2 || words.length > 4) return [];
  const lower = surface.toLowerCase();
  const out: string[] = [];
  for (const route of ROUTES) {
    if (!route.applies.test(lower)) continue;
    const changed = words.map((w) => {
      const c = route.word(w.toLowerCase());
      return c === w.toLowerCase() ? null : capitalised(c, w);
    });
    const at = changed.flatMap((c, i) => (c === null ? [] : [i]));
    if (at.length === 0) continue;
    const forms = [words.map((w, i) => changed[i] ?? w)];
    if (at.length > 1) for (const i of at) forms.push(words.map((w, j) => (j === i ? changed[i]! : w)));
    for (const f of forms.slice(0, MAX_PER_ROUTE)) {
      const v = f.join(' ');
      if (v !== surface && !out.includes(v)) out.push(v);
    }
  }
  return out;
}

/** `word` with the first letter upper-case when `like` starts with one. */
function capitalised(word: string, like: string): string {
  return like[0] !== like[0]!.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}
