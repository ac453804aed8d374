/**
 * A synthetic news corpus with known story clusters, for `npm run bench:corpus`.
 * Each story has an original (invented people, organisations, places, figures,
 * quotes) and 0–3 copies of known kinds:
 * - verbatim: the same body, republished with a credit line and debris;
 * - trimmed: the first 45–75% of its sentences;
 * - spun: words swapped for synonyms and names mangled the way scrapers and machine
 *   translation mangle them ("Pete Hegseth" → "Beit Higseth").
 * Copies are published 1–3 days after the original by other publishers. Seeded: the
 * same N always gives the same corpus.
 */
import { seededRandom } from '../core/random.js';

export type CopyKind = 'original' | 'verbatim' | 'trimmed' | 'spun';

export interface SyntheticArticle {
  readonly story: number;
  readonly kind: CopyKind;
  readonly text: string;
  readonly title: string;
  readonly published: string;
  readonly publisher: string;
  /** People named in the text (as written) with the canonical name they stand for. */
  readonly people: readonly { surface: string; name: string }[];
  readonly quotes: readonly { text: string; speaker: string }[];
}

const FIRST = [
  'Anna',
  'Jonas',
  'Ilse',
  'Marek',
  'Sofia',
  'Pieter',
  'Lena',
  'Tomas',
  'Greta',
  'Karim',
  'Nadia',
  'Oskar',
  'Elena',
  'Viktor',
  'Maja',
  'Hugo',
  'Irena',
  'Felix',
  'Clara',
  'Emil',
  'Petra',
  'Lukas',
  'Rosa',
  'Adam',
];
const LAST = [
  'Vandermeer',
  'Kowalczyk',
  'Hartmann',
  'Lindqvist',
  'Moreau',
  'Brennan',
  'Okafor',
  'Novak',
  'Castellano',
  'Haugland',
  'Dimitrov',
  'Rasmussen',
  'Ferreira',
  'Albrecht',
  'Szabo',
  'Whitcombe',
  'Janssen',
  'Marchetti',
  'Halvorsen',
  'Petrescu',
  'Oyelaran',
  'Kristensen',
  'Valdes',
  'Bergstrom',
];
const ROLES = [
  'finance minister',
  'port authority chief',
  'union leader',
  'central bank governor',
  'mayor',
  'health minister',
  'chief executive',
  'opposition leader',
  'energy regulator',
  'defence minister',
];
const ORGS = [
  'Northern Rail',
  'the Harbour Board',
  'Atlas Energy',
  'the Teachers Union',
  'Meridian Bank',
  'the City Council',
  'Baltic Freight',
  'the Health Agency',
  'Solano Steel',
  'the Water Authority',
];
const PLACES = [
  'Ostend',
  'Gdansk',
  'Porto',
  'Tampere',
  'Brno',
  'Graz',
  'Lyon',
  'Malmo',
  'Cork',
  'Ghent',
  'Turin',
  'Aarhus',
];
const TOPICS = [
  'wages',
  'tariffs',
  'rail fares',
  'housing',
  'emissions',
  'pensions',
  'grain exports',
  'hospital beds',
  'water prices',
  'steel output',
  'bus routes',
  'school funding',
  'power prices',
  'container traffic',
  'fishing quotas',
  'bridge repairs',
];
const NOUNS = [
  'plan',
  'budget',
  'deal',
  'proposal',
  'reform',
  'package',
  'contract',
  'review',
  'scheme',
  'agreement',
];
const ADJ = ['sharp', 'modest', 'steady', 'sudden', 'record', 'gradual', 'unexpected', 'significant'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
/** Words for the details that make each story's wording its own, as in real reporting. */
const DETAIL = (
  'airport bakery ballot barge border bridge budget cabinet canal cargo cathedral census charter clinic coalition ' +
  'colliery contractor convoy corridor council courthouse creditors customs dairy deficit depot diesel district ' +
  'dockyard drought embassy estuary exporters factory ferry festival fishermen flood forestry freight garrison ' +
  'glacier grain granary harbour hauliers heatwave highway hospital hostel inspectors insurers islanders jetty ' +
  'judges kilns landlords lecturers library lighthouse livestock locksmiths magistrates marina market meadow ' +
  'midwives mill miners monastery motorway museum nurses orchard paramedics parish pasture pensioners pharmacy ' +
  'pier pipeline plant plumbers police port printers prison quarry railway refinery reservoir retailers river ' +
  'runway sawmill school shipyard smelter stadium students subway surgeons tannery taxis telescope tenants ' +
  'terminal textiles timber tolls tram tunnel turbines university valley vineyard volunteers warehouse wetlands ' +
  'wharf winery workshop zoo'
).split(' ');
const LINKS = [
  'near',
  'beside',
  'along with',
  'and',
  'as well as',
  'plus',
  'including',
  'around',
  'past',
  'behind',
];

const PUBLISHERS = [
  'Harbour Wire',
  'Continental Press',
  'Daily Ledger',
  'Metro Courier',
  'News Digest Hub',
  'Trending Now 24',
  'World Report Feed',
  'Aggregator Daily',
];

/** Synonyms a spinner would use; each applies to whole words. */
const SYNONYMS: Readonly<Record<string, string>> = {
  said: 'stated',
  told: 'informed',
  reporters: 'journalists',
  announced: 'declared',
  increase: 'rise',
  rise: 'growth',
  plan: 'scheme',
  budget: 'spending blueprint',
  deal: 'arrangement',
  warned: 'cautioned',
  expected: 'anticipated',
  would: 'will',
  workers: 'employees',
  year: 'twelve months',
  government: 'administration',
  talks: 'negotiations',
  meeting: 'gathering',
  city: 'municipality',
  cut: 'reduction',
  new: 'fresh',
  people: 'individuals',
  support: 'backing',
  agreed: 'consented',
  week: 'seven days',
  big: 'large',
  help: 'assist',
  start: 'commence',
  ended: 'concluded',
  because: 'as',
  about: 'regarding',
};

export function generateStoryCorpus(count: number, seed = 11): SyntheticArticle[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const articles: SyntheticArticle[] = [];
  let story = 0;
  while (articles.length < count) {
    const original = makeOriginal(story, pick, int, rnd);
    articles.push(original);
    const copies = int(0, 3);
    for (let c = 0; c < copies && articles.length < count; c++) {
      const kind = pick(['verbatim', 'trimmed', 'spun'] as const);
      articles.push(makeCopy(original, kind, pick, int, rnd));
    }
    story++;
  }
  return articles;
}

type Pick = <T>(xs: readonly T[]) => T;
type Int = (lo: number, hi: number) => number;

function makeOriginal(story: number, pick: Pick, int: Int, rnd: () => number): SyntheticArticle {
  const a = { name: `${pick(FIRST)} ${pick(LAST)}`, role: pick(ROLES) };
  let b = { name: `${pick(FIRST)} ${pick(LAST)}`, role: pick(ROLES) };
  while (b.name === a.name) b = { name: `${pick(FIRST)} ${pick(LAST)}`, role: pick(ROLES) };
  const org = pick(ORGS);
  const place = pick(PLACES);
  const topic = pick(TOPICS);
  const noun = pick(NOUNS);
  const surname = (p: { name: string }) => p.name.split(' ')[1]!;
  const n1 = int(2, 40);
  const n2 = int(100, 9000);
  const n3 = (int(11, 99) / 10).toFixed(1);
  const day = pick(WEEKDAYS);
  const extra = Array.from({ length: 3 }, () => pick(TOPICS));
  const q1 = `"We will not let ${topic} ${pick(['drift', 'slide', 'spiral', 'stall'])} while ${pick(extra)} ${pick(['waits', 'suffers', 'lags'])}," ${surname(a)} told reporters.`;
  const q2 = `"This ${noun} is ${pick(['a start', 'not enough', 'overdue', 'a gamble'])}, and ${int(2, 9)} ${pick(['towns', 'firms', 'schools', 'depots'])} know it," ${surname(b)} said.`;
  const sentences = [
    `${a.name}, the ${a.role} of ${place}, announced on ${day} a ${noun} on ${topic} that would cost ${n3} billion euros.`,
    `The ${noun} follows a ${pick(ADJ)} ${n1} percent increase in ${topic} costs in ${place} last year, according to ${org}.`,
    q1,
    `${org} said about ${n2} workers would be affected by the ${noun} and that talks with the government would start next week.`,
    `${b.name}, the ${b.role}, warned that the ${noun} ignored ${pick(extra)} and ${pick(extra)} in the poorer districts of ${place}.`,
    q2,
    `${surname(a)} said the city expected the first payments to reach ${pick(extra)} projects before the end of the year.`,
    `Officials in ${place} agreed to publish a ${pick(ADJ)} review of ${topic} and ${pick(extra)} every ${pick(['quarter', 'month', 'season'])}.`,
    `${surname(b)} said people in ${place} needed support because ${pick(extra)} had risen ${int(3, 15)} percent since ${int(2015, 2023)}.`,
    `The meeting ended without a vote, and ${org} said it would return to the ${noun} on ${pick(WEEKDAYS)}.`,
  ];
  // A detail clause per sentence: stories built from the same frames still differ in wording.
  const detail = () =>
    `${pick(LINKS)} the ${pick(DETAIL)} ${pick(DETAIL)} ${pick(LINKS)} ${pick(DETAIL)} ${pick(DETAIL)}`;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.startsWith('"')) continue;
    sentences[i] = `${s.slice(0, -1)}, ${detail()}.`;
  }
  // Shuffle the middle so stories built from the same frames do not share sentence order.
  const middle = sentences.slice(1, -1);
  for (let i = middle.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [middle[i], middle[j]] = [middle[j]!, middle[i]!];
  }
  const body = [sentences[0]!, ...middle, sentences[sentences.length - 1]!];
  const text = paragraphs(body);
  const month = int(1, 12);
  const date = `2025-${String(month).padStart(2, '0')}-${String(int(1, 25)).padStart(2, '0')}`;
  return {
    story,
    kind: 'original',
    text,
    title: `${place} ${noun} on ${topic} draws ${pick(['fire', 'praise', 'doubts', 'scrutiny'])}`,
    published: date,
    publisher: pick(PUBLISHERS.slice(0, 4)),
    people: [
      { surface: a.name, name: a.name },
      { surface: surname(a), name: a.name },
      { surface: b.name, name: b.name },
      { surface: surname(b), name: b.name },
    ],
    quotes: [
      { text: q1.slice(0, q1.lastIndexOf('"') + 1), speaker: a.name },
      { text: q2.slice(0, q2.lastIndexOf('"') + 1), speaker: b.name },
    ],
  };
}

function makeCopy(
  original: SyntheticArticle,
  kind: CopyKind,
  pick: Pick,
  int: Int,
  rnd: () => number,
): SyntheticArticle {
  const publisher = pick(PUBLISHERS.slice(4));
  const published = addDays(original.published, int(1, 3));
  const sentences = original.text.split(/(?<=[.!?"])\s+(?=[A-Z"])/);
  if (kind === 'verbatim') {
    const text = `${original.text}\n\nThis story was first published by ${original.publisher}.\n\nSource link`;
    return { ...original, kind, text, published, publisher };
  }
  if (kind === 'trimmed') {
    const keep = Math.max(3, Math.round(sentences.length * (0.45 + rnd() * 0.3)));
    const text = paragraphs(sentences.slice(0, keep));
    return {
      ...original,
      kind,
      text,
      published,
      publisher,
      quotes: original.quotes.filter((q) => text.includes(q.text)),
    };
  }
  // Spun: names mangled consistently, then synonyms swapped in.
  const mangled = new Map<string, string>();
  for (const p of original.people) if (p.surface === p.name) mangled.set(p.name, mangleName(p.name, rnd));
  let text = original.text;
  const people: { surface: string; name: string }[] = [];
  for (const [name, bad] of mangled) {
    text = text.replaceAll(name, bad);
    const [oldLast, newLast] = [name.split(' ')[1]!, bad.split(' ')[1]!];
    text = text.replace(new RegExp(`\\b${oldLast}\\b`, 'g'), newLast);
    people.push({ surface: bad, name }, { surface: newLast, name });
  }
  text = text.replace(/\b[a-z]+\b/g, (w) => (SYNONYMS[w] && rnd() < 0.8 ? SYNONYMS[w]! : w));
  return { ...original, kind, text, published, publisher, people, quotes: [] };
}

/** Mangles a name the way a machine-translation round trip does: vowels and voicing drift. */
export function mangleName(name: string, rnd: () => number): string {
  const swaps: [RegExp, string][] = [
    [/e/g, 'i'],
    [/a/g, 'e'],
    [/o/g, 'u'],
    [/^P/, 'B'],
    [/^V/, 'F'],
    [/^K/, 'C'],
    [/th/g, 't'],
    [/ck/g, 'k'],
  ];
  return name
    .split(' ')
    .map((part) => {
      let out = part;
      let changes = 0;
      for (const [from, to] of swaps) {
        if (changes >= 2) break;
        if (from.test(out) && rnd() < 0.6) {
          out = out.replace(from, to);
          changes++;
        }
      }
      return out === part ? `${part.slice(0, -1)}${part.endsWith('a') ? 'e' : 'a'}` : out;
    })
    .join(' ');
}

function paragraphs(sentences: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) out.push(sentences.slice(i, i + 2).join(' '));
  return out.join('\n\n');
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
