/**
 * The US states by their postal codes. The city package gives a US city's state as its code
 * ("SC"); the build writes the state's name into the city's description ("city in South
 * Carolina, United States"), so the linker can tell Columbia, S.C. from Columbia, Mo.
 */
export const US_STATE_BY_CODE: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};

/**
 * The fifty US states by name. Many towns there bear the names of capitals and countries
 * ("Mexico, Missouri", "Peru, Indiana"); the KB holds only some states under these names, and
 * one of them ("Georgia") as a country, so copy's "<town>, <state>" and a legislator's party
 * tag ("R-Texas") are read from this list.
 */
export const US_STATES: ReadonlySet<string> = new Set(Object.values(US_STATE_BY_CODE));

/** Postal codes that, in capitals, are words as well: not read as states after a town. */
const WORDLIKE_CODES = new Set(['IN', 'OR', 'ME', 'HI', 'OK']);

/** The AP style abbreviations of the states (Texas, Ohio and the others AP does not shorten are left out). */
export const US_STATE_BY_AP_ABBREVIATION: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama',
  'Ariz.': 'Arizona',
  'Ark.': 'Arkansas',
  'Calif.': 'California',
  'Colo.': 'Colorado',
  'Conn.': 'Connecticut',
  'Del.': 'Delaware',
  'Fla.': 'Florida',
  'Ga.': 'Georgia',
  'Ill.': 'Illinois',
  'Ind.': 'Indiana',
  'Kan.': 'Kansas',
  'Kans.': 'Kansas',
  'Ky.': 'Kentucky',
  'La.': 'Louisiana',
  'Md.': 'Maryland',
  'Mass.': 'Massachusetts',
  'Mich.': 'Michigan',
  'Minn.': 'Minnesota',
  'Miss.': 'Mississippi',
  'Mo.': 'Missouri',
  'Mont.': 'Montana',
  'Neb.': 'Nebraska',
  'Nev.': 'Nevada',
  'N.H.': 'New Hampshire',
  'N.J.': 'New Jersey',
  'N.M.': 'New Mexico',
  'N.Y.': 'New York',
  'N.C.': 'North Carolina',
  'N.D.': 'North Dakota',
  'Okla.': 'Oklahoma',
  'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania',
  'R.I.': 'Rhode Island',
  'S.C.': 'South Carolina',
  'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee',
  'Tex.': 'Texas',
  'Vt.': 'Vermont',
  'Va.': 'Virginia',
  'Wash.': 'Washington',
  'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin',
  'Wyo.': 'Wyoming',
};

/** The AP abbreviations and the postal codes but those that are words, as copy writes them after a town. */
export const US_STATE_BY_ABBREVIATION: Readonly<Record<string, string>> = {
  ...US_STATE_BY_AP_ABBREVIATION,
  ...Object.fromEntries(Object.entries(US_STATE_BY_CODE).filter(([code]) => !WORDLIKE_CODES.has(code))),
};

/** A state's AP abbreviations by the state's name ("Florida" → ["Fla."], "Kansas" → ["Kan.", "Kans."]). */
export function apAbbreviationsOf(state: string): string[] {
  return Object.keys(US_STATE_BY_AP_ABBREVIATION).filter((a) => US_STATE_BY_AP_ABBREVIATION[a] === state);
}

const STATE_IN_DESCRIPTION = /^(?:city|capital) in ([^,]+), United States$/;

/** The state a US city's description names ("city in Missouri, United States" → Missouri), else null. */
export function usStateOfCity(description: string | null): string | null {
  return description ? (STATE_IN_DESCRIPTION.exec(description)?.[1] ?? null) : null;
}
