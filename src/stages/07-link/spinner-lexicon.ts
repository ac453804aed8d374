/**
 * The spinner lexicon: what article spinners ("Spinbot"-style synonym tools) and word-by-word
 * machine translation put for the words of institution, place and event names — the
 * "tortured phrases" of spun copy ("Financial institution of England", "Oval Workplace",
 * "Folks's Motion Social gathering", "Worldwide Felony Courtroom", "Washington Publish").
 * One table for every matcher of spun names (spin.ts for organisations and places,
 * event-names.ts for events and forums), so a substitution learnt once serves all.
 *
 * WordNet (thesaurus.ts) supplies the many substitutes of a real thesaurus; this list keeps
 * what spinners are seen to put that WordNet does not give ("Event" for Party, "Get" for
 * Reserve, "Wrongdoer" for Criminal, "Setting up" for Assembly, "Siblings" for Brothers,
 * "Autonomous" for Democratic, "your home" for House) and counts as stronger evidence.
 *
 * Each line is one synonym class: the word a name uses and the words and phrases spinners
 * are known to put for it. A phrase may stand for one word ("social gathering" for "party").
 * A word may sit in several classes ("company" is an organisation and an agency); two words
 * match when their classes meet. Classes are not merged transitively.
 */
import { normalizeName } from '../../kb/names.js';

/** Synonym classes, `|`-separated, the usual word of names first. */
export const SPINNER_SYNONYM_CLASSES: readonly string[] = [
  // Institutions.
  'bank|financial institution|lender|banking institution',
  'commission|fee|charge|payment',
  'health|well being|wellbeing|wellness|healthcare',
  'organization|organisation|group|company|corporation|body|enterprise|firm',
  'agency|company|bureau|authority|firm',
  'ministry|department|division',
  'office|workplace|place of work',
  'government|authorities|administration',
  'council|board|committee|panel',
  'court|courtroom|tribunal|court docket',
  'criminal|legal|prison|felony|wrongdoer|bad guy|lawbreaker',
  'justice|fairness|justice',
  'supreme|ultimate',
  'high|excessive',
  'efficiency|effectivity|effectiveness|efficacy',
  'investigation|examination|inquiry|probe',
  'intelligence|intel',
  'reserve|stockpile|get|book|save|backup|back up|hold',
  'exchange|alternate|change|trade',
  'stock|inventory',
  'fund|funds',
  'foundation|basis',
  'association|affiliation|society',
  'cooperation|co operation|collaboration',
  'development|growth|improvement|progress',
  'programme|program|plan|scheme',
  'investment|funding',
  'centers|facilities|centres',
  'centre|center|middle|heart',
  'disease|illness',
  'control|management',
  'law|regulation|legislation',
  'school|faculty|college',
  'university|college',
  'research|analysis',
  'education|schooling|training',
  'doctors|medical doctors|physicians',
  'red|pink|crimson',
  'without|with out',
  'airlines|airways',
  // Parties and movements.
  'party|social gathering|get together|celebration|event',
  'people|individuals|folks|persons',
  'action|motion',
  'movement|motion',
  'workers|staff|employees',
  'labour|labor|work',
  'popular|in style|well liked|fashionable|standard',
  'alternative|different|various|option',
  'brothers|siblings|brethren',
  'democratic|autonomous|democratical|democrat',
  // "Conventional Celebration" for the Conservative Party: a spinner's near synonym.
  'conservative|conventional|traditionalist',
  'freedom|liberty',
  'liberation|freedom|release',
  'alliance|coalition',
  'union|unity|alliance|unification',
  'front|entrance|facade',
  'green|inexperienced',
  'rapid|speedy|fast|quick|swift',
  'support|assist|help',
  'forces|troops',
  'army|military',
  'dream|desire|aspiration|fantasy|want|wish',
  'rally|gathering|convention|demonstration|rallying',
  'renaissance|revival|rebirth|resurgence|renewal|reawakening',
  'grand|great|huge|magnificent|big|large|fantastic',
  'war|battle|warfare|conflict|combat|fight',
  'second|2nd|moment',
  'first|1st|very first',
  // Seen in spun copy of party, movement and place names; words that are themselves common in
  // real names of other bodies stay out ("Progressive Democrats" is no spun Liberal Democrats,
  // the "United States Football League" no spun soccer federation, "Wembley Arena" no stadium).
  'reform|improvement|reformation|reorganization',
  'solidarity|oneness',
  'independence|autonomy|self-reliance',
  'brotherhood|fellowship|fraternity',
  'revolutionary|innovative|ground-breaking',
  'guard|guards|protector|defender',
  'corps|unit|squad',
  'revolution|rebellion|uprising|insurrection',
  'hope|hopefulness|optimism',
  'homeland|motherland|fatherland',
  'patriots|nationalists',
  'treasury|exchequer|coffers',
  'navy|fleet',
  'kingdom|realm',
  'hall|corridor|hallway|lobby',
  'gulf|gap|chasm',
  'canal|channel|waterway',
  'river|stream',
  'island|isle|islet',
  'islands|isles|islets',
  'coast|coastline|seaside',
  'mountains|mountain range',
  'market|marketplace|market place',
  'championship|title|tournament',
  'festival|competition|fiesta',
  'laboratory|lab',
  // Companies' words: "Superior Micro Gadgets" for Advanced Micro Devices.
  'advanced|superior|sophisticated',
  'devices|gadgets|units|gizmos',
  // General words of names.
  'international|worldwide|global|intercontinental',
  'world|global|worldwide|planet',
  'national|nationwide|countrywide',
  'general|basic|common|normal|overall',
  'united|joined|unified|joint',
  'nations|countries|international locations',
  'foreign|overseas|exterior',
  'interior|inside|inner',
  'defence|defense|protection|safety',
  'security|safety|protection',
  'energy|power|vitality',
  'atomic|nuclear',
  'monetary|financial|economic|currency|fiscal',
  'economic|financial|economical',
  'economy|financial system',
  'trade|commerce|business|buying and selling',
  'industry|business|trade',
  'environment|setting|surroundings|atmosphere',
  'agriculture|farming',
  'food|meals',
  'migration|immigration',
  'refugees|refugee|asylum seekers',
  'children|kids|youngsters',
  'central|middle',
  'associated|related|affiliated',
  'press|push',
  'news|information',
  'times|occasions|instances',
  'post|publish|put up',
  'city|metropolis',
  'house|home|residence|your home',
  'space|house|area',
  'street|road|avenue|lane|ave',
  'square|sq|plaza|piazza',
  'sea|ocean',
  // Word-by-word translation from Russian ("Sektor Gaza") puts "Sector" for the Gaza Strip.
  'strip|stripe|sector',
  'valley|vale',
  'heights|peaks',
  'football|soccer',
  // Spanish clubs' "Real" (royal) taken for the English word: "Actual Madrid", "Actual Betis".
  'real|actual',
  // Meetings and events.
  'assembly|meeting|gathering|setting up',
  // (Spinners put "discussion board" for a conference as for a forum: "Munich Safety Discussion board".)
  'conference|convention|congress|gathering|meeting|discussion board',
  'forum|discussion board|discussion forum|message board|online forum|board',
  'summit|peak|top|pinnacle|apex|summit meeting',
  'dialogue|dialog|discussion|conversation',
  'treaty|pact|agreement|settlement',
  'accords|agreements|accord',
  'climate|local weather|weather',
  'peace|tranquility|harmony',
  'prize|award|reward',
  'games|video games',
  // Copy calls the Olympics "the Games" ("the Paris Games", "Milan Cortina Games"), spun "Video games".
  'olympics|games|video games',
  'contest|competition|competitors',
  'song|track|tune',
  'parade|procession',
  'victory|triumph',
  'cup|mug|glass',
  'address|tackle|handle',
  'recovery|restoration',
  'annual|yearly',
  'meetings|conferences|gatherings',
  'political|governmental',
  'community|neighborhood|neighbourhood',
];

/** Class ids of every listed word or phrase, normalised. */
const CLASSES_OF = new Map<string, number[]>();
SPINNER_SYNONYM_CLASSES.forEach((line, id) => {
  for (const w of line.split('|')) {
    const key = normalizeName(w);
    const list = CLASSES_OF.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    CLASSES_OF.set(key, list);
  }
});

/** The synonym classes of a normalised word or phrase (empty when not listed). */
export function spinnerClassesOf(word: string): readonly number[] {
  return CLASSES_OF.get(word) ?? [];
}

/** True when the normalised word or phrase is in the lexicon. */
export function isSpinnerWord(word: string): boolean {
  return CLASSES_OF.has(word);
}

/** Every listed word and phrase, normalised. */
export function spinnerWords(): readonly string[] {
  return [...CLASSES_OF.keys()];
}

/** What a spinner may put for `word` (normalised): the other members of its classes. */
export function spinnerSynonyms(word: string): string[] {
  const out = new Set<string>();
  for (const id of spinnerClassesOf(word)) {
    for (const w of SPINNER_SYNONYM_CLASSES[id]!.split('|')) {
      const key = normalizeName(w);
      if (key !== word) out.add(key);
    }
  }
  return [...out];
}

/**
 * Words of people's names that are also common words, and what spinners put for them:
 * "Tim Prepare dinner" for Tim Cook, "Invoice Gates" for Bill Gates, "Rebecca Lengthy-Bailey".
 * Spun form (lower case) → the word of the name.
 */
export const NAME_WORD_SPINS: Readonly<Record<string, string>> = {
  'prepare dinner': 'cook',
  invoice: 'bill',
  lengthy: 'long',
  younger: 'young',
  inexperienced: 'green',
  wooden: 'wood',
  robust: 'strong',
};

const NAME_SPIN_RE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(NAME_WORD_SPINS)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(' ', '\\s+'))
    .join('|')})(?![\\p{L}])`,
  'giu',
);

/**
 * `surface` with spun name words put back ("Tim Prepare dinner" → "Tim Cook"), capitalised
 * as a name; null when there is none.
 */
export function despinName(surface: string): string | null {
  let changed = false;
  const out = surface.replace(NAME_SPIN_RE, (spun: string) => {
    const word = NAME_WORD_SPINS[spun.toLowerCase().replace(/\s+/g, ' ')];
    if (!word) return spun;
    changed = true;
    return word[0]!.toUpperCase() + word.slice(1);
  });
  return changed ? out : null;
}

/** Multi-word spun name words, as [first word, rest] ("prepare", "dinner"): a tagger stops at the first. */
export const NAME_SPIN_HEADS: ReadonlyMap<string, string> = new Map(
  Object.keys(NAME_WORD_SPINS)
    .filter((k) => k.includes(' '))
    .map((k) => [k.slice(0, k.indexOf(' ')), k.slice(k.indexOf(' ') + 1)]),
);

/** The usual word of names of each class (its first member), normalised. */
const CLASS_HEADS: readonly string[] = SPINNER_SYNONYM_CLASSES.map((line) =>
  normalizeName(line.split('|')[0]!),
);

/** Longest listed phrase, in words. */
const LONGEST_PHRASE = Math.max(...spinnerWords().map((w) => w.split(' ').length));

/**
 * The readings of a short spun name with its spun words put back (normalised): "safety
 * council" → "defence council", "security council"; "nationwide meeting" → "national
 * assembly", "national conference", …; "reserve financial institution" → "reserve bank".
 * A listed word or phrase is read as the usual word of each of its classes; at least one
 * word must change. At most `max` readings, none for names of more than five words.
 */
export function despunReadings(norm: string, max = 12): string[] {
  const words = norm.split(' ');
  if (words.length > 5) return [];
  let readings: string[][] = [[]];
  let changed = false;
  for (let i = 0; i < words.length; ) {
    // The longest listed phrase starting here ("financial institution" before "financial").
    let len = Math.min(LONGEST_PHRASE, words.length - i);
    let ids: readonly number[] = [];
    for (; len >= 1; len--) {
      ids = spinnerClassesOf(words.slice(i, i + len).join(' '));
      if (ids.length > 0) break;
    }
    if (len === 0) len = 1;
    const written = words.slice(i, i + len).join(' ');
    const options = [written, ...new Set(ids.map((id) => CLASS_HEADS[id]!).filter((h) => h !== written))];
    if (options.length > 1) changed = true;
    const next: string[][] = [];
    for (const r of readings) for (const o of options) if (next.length < max * 4) next.push([...r, o]);
    readings = next;
    i += len;
  }
  if (!changed) return [];
  return readings
    .map((r) => r.join(' '))
    .filter((r) => r !== norm)
    .slice(0, max);
}
