/**
 * The word lists behind the figure rules: currencies, scales, measure units, qualifiers
 * and the small closed-class words that end a subject phrase. Kept apart from the
 * scanner so a rule change is a list edit, and compiled into regexes once at load.
 */

/** Decimal exponents of scale words and their newsroom abbreviations. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 2,
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  lakh: 5,
  crore: 7,
};

/** Abbreviated scales ("$1.2bn", "€300m", "40k"); `m`/`b` only count after a currency. */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 3,
  m: 6,
  mn: 6,
  mln: 6,
  b: 9,
  bn: 9,
  bln: 9,
  tn: 12,
  trn: 12,
};

/** Currency symbols and prefixes written before the amount, to ISO 4217. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  US$: 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  R$: 'BRL',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₩': 'KRW',
  '₴': 'UAH',
  '₺': 'TRY',
  '₪': 'ILS',
  Rs: 'INR',
  'Rs.': 'INR',
};

/** ISO codes accepted as written, before ("USD 40bn") or after ("40bn USD") the amount. */
export const ISO_CODES: readonly string[] = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'RUB',
  'INR',
  'CHF',
  'UAH',
  'AUD',
  'CAD',
  'BRL',
  'TRY',
  'KRW',
  'SAR',
  'AED',
  'ZAR',
  'NGN',
  'PLN',
  'SEK',
  'NOK',
  'ILS',
];

/** Currency names written after the amount ("800 billion euros"). Lower case. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  'us dollars': 'USD',
  'u.s. dollars': 'USD',
  'american dollars': 'USD',
  'australian dollars': 'AUD',
  'canadian dollars': 'CAD',
  'hong kong dollars': 'HKD',
  'new zealand dollars': 'NZD',
  'singapore dollars': 'SGD',
  dollars: 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  'pounds sterling': 'GBP',
  sterling: 'GBP',
  pounds: 'GBP',
  pound: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rubles: 'RUB',
  ruble: 'RUB',
  roubles: 'RUB',
  rouble: 'RUB',
  rupees: 'INR',
  rupee: 'INR',
  hryvnias: 'UAH',
  hryvnia: 'UAH',
  hryvnas: 'UAH',
  'swiss francs': 'CHF',
  francs: 'CHF',
  lira: 'TRY',
  liras: 'TRY',
  riyals: 'SAR',
  riyal: 'SAR',
  shekels: 'ILS',
  shekel: 'ILS',
  dirhams: 'AED',
  dirham: 'AED',
  rand: 'ZAR',
  naira: 'NGN',
  zlotys: 'PLN',
  zloty: 'PLN',
  won: 'KRW',
  'norwegian crowns': 'NOK',
  'norwegian kroner': 'NOK',
  'swedish crowns': 'SEK',
  'swedish kronor': 'SEK',
  'danish crowns': 'DKK',
  'danish kroner': 'DKK',
  'czech crowns': 'CZK',
  'czech korunas': 'CZK',
  kronor: 'SEK',
  korunas: 'CZK',
  koruna: 'CZK',
  // crowns of an unnamed country: read from the article (see CROWN_COUNTRIES)
  crowns: '',
  kroner: '',
  krone: '',
};

/**
 * Which crown a story means when it says only "crowns" or "kroner": the first country
 * cue in the article decides; without one the currency is unknown (`XXX`).
 */
export const CROWN_COUNTRIES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:Norw(?:ay|egian)|Oslo)\b/i, 'NOK'],
  [/\b(?:Swed(?:en|ish)|Stockholm)\b/i, 'SEK'],
  [/\b(?:Denmark|Danish|Copenhagen)\b/i, 'DKK'],
  [/\b(?:Czech|Prague)\b/i, 'CZK'],
  [/\b(?:Iceland(?:ic)?|Reykjavik)\b/i, 'ISK'],
];

/**
 * Currency words that are also ordinary words ("pounds" of weight, "won" the verb,
 * "rand" the name): accepted only after a scale ("5 million pounds") or a spelled
 * currency qualifier, never after a bare number.
 */
export const AMBIGUOUS_CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'crowns',
  'pounds',
  'pound',
  'won',
  'rand',
  'lira',
  'dollar',
  'euro',
]);

/**
 * Measure units after a number, to a short canonical unit. Longest forms first in the
 * compiled regex. Durations are quantities too ("48 hours" is 48 `hour`).
 */
export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  'square kilometres': 'km2',
  'square kilometers': 'km2',
  'square kilometre': 'km2',
  'square kilometer': 'km2',
  'square miles': 'mi2',
  'square mile': 'mi2',
  'sq km': 'km2',
  km2: 'km2',
  'km²': 'km2',
  'cubic metres': 'm3',
  'cubic meters': 'm3',
  bcm: 'bcm',
  kilometres: 'km',
  kilometers: 'km',
  kilometre: 'km',
  kilometer: 'km',
  km: 'km',
  'km/h': 'km/h',
  kph: 'km/h',
  mph: 'mph',
  miles: 'mi',
  mile: 'mi',
  metres: 'm',
  meters: 'm',
  metre: 'm',
  meter: 'm',
  centimetres: 'cm',
  centimeters: 'cm',
  cm: 'cm',
  millimetres: 'mm',
  millimeters: 'mm',
  mm: 'mm',
  feet: 'ft',
  foot: 'ft',
  ft: 'ft',
  inches: 'in',
  inch: 'in',
  kilograms: 'kg',
  kilogram: 'kg',
  kilos: 'kg',
  kg: 'kg',
  grams: 'g',
  'metric tons': 'tonnes',
  tonnes: 'tonnes',
  tonne: 'tonnes',
  tons: 'tonnes',
  ton: 'tonnes',
  lbs: 'lb',
  lb: 'lb',
  barrels: 'bbl',
  barrel: 'bbl',
  bpd: 'bbl/day',
  litres: 'L',
  liters: 'L',
  litre: 'L',
  liter: 'L',
  gallons: 'gal',
  gallon: 'gal',
  hectares: 'ha',
  hectare: 'ha',
  acres: 'acre',
  acre: 'acre',
  megawatts: 'MW',
  megawatt: 'MW',
  MW: 'MW',
  gigawatts: 'GW',
  gigawatt: 'GW',
  GW: 'GW',
  kWh: 'kWh',
  MWh: 'MWh',
  GWh: 'GWh',
  TWh: 'TWh',
  'degrees celsius': 'degC',
  'degrees fahrenheit': 'degF',
  '°C': 'degC',
  '°F': 'degF',
  'degrees C': 'degC',
  'degrees F': 'degF',
  degrees: 'deg',
  knots: 'kn',
  kilotons: 'kilotonnes',
  kilotonnes: 'kilotonnes',
  megatons: 'megatonnes',
  megatonnes: 'megatonnes',
  years: 'year',
  year: 'year',
  months: 'month',
  month: 'month',
  weeks: 'week',
  week: 'week',
  days: 'day',
  day: 'day',
  hours: 'hour',
  hour: 'hour',
  minutes: 'minute',
  minute: 'minute',
  seconds: 'second',
  second: 'second',
  decades: 'decade',
  centuries: 'century',
};

/** Units that need a plural number or a hyphen ("1 year" is rare; "a year" is a rate word). */
export const RATE_WORDS: Readonly<Record<string, string>> = {
  day: 'day',
  year: 'year',
  month: 'month',
  week: 'week',
  hour: 'hour',
  annum: 'year',
  capita: 'person',
  person: 'person',
};

/**
 * Qualifiers before a figure, kept out of its value and span but recorded:
 * "more than 40,000 people" is 40000 with qualifier `more-than`.
 */
export const QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  'more than': 'more-than',
  'well over': 'more-than',
  'just over': 'more-than',
  over: 'more-than',
  above: 'more-than',
  'upwards of': 'more-than',
  'upward of': 'more-than',
  'in excess of': 'more-than',
  'no fewer than': 'at-least',
  'at least': 'at-least',
  'less than': 'less-than',
  'fewer than': 'less-than',
  'just under': 'less-than',
  under: 'less-than',
  below: 'less-than',
  about: 'about',
  around: 'about',
  roughly: 'about',
  approximately: 'about',
  some: 'about',
  'an estimated': 'about',
  estimated: 'about',
  'close to': 'nearly',
  nearly: 'nearly',
  almost: 'nearly',
  'up to': 'up-to',
  'as many as': 'up-to',
  'as much as': 'up-to',
  'at most': 'up-to',
  'no more than': 'up-to',
  exactly: 'exactly',
  precisely: 'exactly',
};

export type Qualifier = 'more-than' | 'at-least' | 'less-than' | 'about' | 'nearly' | 'up-to' | 'exactly';

/**
 * Words that end (or cannot start) a subject phrase: function words, auxiliaries and
 * the reporting verbs that follow figures in news copy. Lower case.
 */
export const SUBJECT_STOP: ReadonlySet<string> = new Set(
  (
    'a an the this that these those his her its their our my your whose which who whom what ' +
    'and or but nor so yet as than then if when while where after before since until because ' +
    'of in on at by for from to into onto with without within over under about around against ' +
    'between among amid across through during per via toward towards near upon off up down out ' +
    'is are was were be been being am has have had do does did will would shall should can could ' +
    'may might must said says say told tells according also only just still even more most less ' +
    'least very too not no nor each every all both either neither some any many much few several ' +
    'other another such same own there here it he she they we you i me him them us ' +
    'last next earlier later ago year years month months week weeks day days today yesterday ' +
    'percent cent per-cent times away apart worth apiece long old below above beyond ' +
    'annually already now currently again ever never once ' +
    // common verbs that follow a figure at the head of a clause ("48 percent chose him")
    'went go goes chose choose think thinks thought believe believes want wants oppose opposes ' +
    'favor favors prefer prefers approve approves disapprove know knew came come comes got get ' +
    'gets saw see sees gave give gives took take takes make makes pay pays spend spends remain ' +
    'remains fell rose grew won spent versus vs'
  ).split(' '),
);

/** Irregular plurals that end a count's subject ("three people", "two children"). */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people',
  'children',
  'men',
  'women',
  'police',
  'staff',
  'personnel',
  'cattle',
  'livestock',
  'sheep',
  'fish',
  'aircraft',
  'crew',
  'militia',
  'infantry',
  'troops',
  'media',
  'data',
  'criteria',
  'feet',
  'teeth',
  'geese',
  'mice',
  'deer',
  'offspring',
  'youth',
]);

/** Words ending in -s that are not plural nouns. */
export const NOT_PLURAL: ReadonlySet<string> = new Set(
  'this his its was has is as us thus plus less unless across besides whereas news series species bus gas ' +
    'status crisis basis analysis thesis virus campus census consensus bonus chaos alias atlas yes always ' +
    'perhaps sometimes nevertheless afterwards towards upwards onwards'.split(' '),
);

/** Verbs between a subject and its figure: "GDP grew 2%", "the toll rose to 42". */
export const CHANGE_VERBS: readonly string[] = [
  'rose',
  'rises',
  'rise',
  'risen',
  'fell',
  'falls',
  'fall',
  'fallen',
  'grew',
  'grows',
  'grow',
  'grown',
  'jumped',
  'jumps',
  'dropped',
  'drops',
  'increased',
  'increases',
  'decreased',
  'decreases',
  'declined',
  'declines',
  'climbed',
  'climbs',
  'slipped',
  'slips',
  'gained',
  'gains',
  'lost',
  'loses',
  'shrank',
  'shrinks',
  'contracted',
  'contracts',
  'expanded',
  'expands',
  'surged',
  'surges',
  'soared',
  'soars',
  'plunged',
  'plunges',
  'plummeted',
  'tumbled',
  'tumbles',
  'slid',
  'slides',
  'eased',
  'eases',
  'edged up',
  'edged down',
  'reached',
  'reaches',
  'reach',
  'hit',
  'hits',
  'topped',
  'tops',
  'exceeded',
  'exceeds',
  'totalled',
  'totaled',
  'totals',
  'amounted to',
  'amounts to',
  'stood at',
  'stands at',
  'stand at',
  'was',
  'is',
  'were',
  'are',
  'came in at',
  'climbed to',
  'will be',
  'would be',
  'has risen',
  'has fallen',
  'have risen',
  'have fallen',
  'held at',
  'holds at',
  'held steady at',
  'remained at',
  'remains at',
  'stayed at',
  'stays at',
  'of',
];
