/**
 * Elections named by their country: "Germany's election", "Britain's general election",
 * "the US presidential election", "the European vote". Copy names a vote by its country and
 * leaves the year to the date line; the KB names it "2025 German federal election". A
 * country's name or demonym followed by an election word ("election", "elections", "vote",
 * "polls"), a possessive and kind words ("general", "presidential", …) between, is the KB
 * election of that country held nearest the article's date, within three months either way.
 * The country keeps its own mention inside the event's, as an organisation keeps its own in
 * its summit's (summits.ts): the text names both.
 *
 * Cost: one anchored regex over the 60 characters after each mention that is no person's;
 * only a mention an election word follows is looked up in the KB (one name lookup and one
 * Map access), and the index of elections by country is built once per KB.
 */
import type { Mention } from '../../core/annotations.js';
import { daysFromSpan, type EventSpan, eventHostId, eventSpan } from '../../kb/event-instances.js';
import type { KbEntity } from '../../kb/model.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import type { SummitMention } from './summits.js';

/**
 * What may follow a country's name: a possessive, up to two kind words, an election word;
 * not a compound ("Russian vote-buying") nor a vote on something ("Britain's vote to leave"),
 * nor an election's body or rules ("Germany's election commission").
 */
const ELECTION_AFTER =
  /^(?:['’]s?)?((?:\s+(?:general|presidential|federal|parliamentary|legislative|snap|national|midterm|local|municipal|regional|European|Parliament|upper[- ]house|lower[- ]house|early))*)\s+(elections?|vote|polls)\b(?![-'’])(?!(?<=vote)\s+(?:on|to|for|against|by|in favou?r)\b)(?!\s+(?:commission|authorit(?:y|ies)|board|body|agency|watchdog|officials?|law|laws|code|system)\b)/i;

/** A quick test before the regex: only a mention an election word stands near can match. */
const ELECTION_WORD = /\b(?:election|vote|polls)/i;

/** Classes of election a kind word names; a class the text names must be the election's. */
const KIND_CLASSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bpresidential\b/i, 'president'],
  [
    /\b(?:parliamentary|legislative|federal|general|midterms?|national|bundestag|house|upper[- ]house|lower[- ]house)\b/i,
    'legislature',
  ],
  [/\b(?:local|municipal|regional|mayoral)\b/i, 'local'],
  [/\bEuropean\b/i, 'european'],
];

/** Days either side of the article's date an election is still "the" election of copy. */
const MAX_DAYS = 92;

function classesOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (const [re, cls] of KIND_CLASSES) if (re.test(w)) out.add(cls);
  return out;
}

interface DatedElection {
  readonly entity: KbEntity;
  readonly span: EventSpan;
  /** The classes the event's names give it ("2024 Indonesian general election" and its presidential alias). */
  readonly classes: ReadonlySet<string>;
}

/**
 * Dated KB elections by their host country's id and by the first word of their name after
 * the year ("european" of "2024 European Parliament election", held by no country).
 */
const electionsByKb = new PerKnowledgeBase((kb) => {
  const byHost = new Map<string, DatedElection[]>();
  const byWord = new Map<string, DatedElection[]>();
  const add = (map: Map<string, DatedElection[]>, key: string, e: DatedElection) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const entity of kb.entities()) {
    if (entity.type !== 'event' || entity.kind !== 'election') continue;
    // An election held by no country has no dated role: the year of its name dates it.
    const year = /^(\d{4}) /.exec(entity.name)?.[1];
    const span = eventSpan(entity) ?? (year ? { from: year, to: year } : null);
    if (!span) continue;
    const names = [entity.name, ...entity.names.map((n) => n.text)];
    const e: DatedElection = { entity, span, classes: classesOf(names) };
    const host = eventHostId(entity);
    if (host) add(byHost, host, e);
    const word = /^\d{4} (\p{L}+)/u.exec(entity.name)?.[1];
    if (word) add(byWord, word.toLowerCase(), e);
  }
  return { byHost, byWord };
});

/**
 * The election `place` (a country's name, short form or demonym, as written) names at
 * `date`, of the class the kind words name when they name one: the nearest held within
 * MAX_DAYS, null when none is or two are as near.
 */
export function countryElection(
  kb: KnowledgeBase,
  place: string,
  kindWords: string,
  date: string,
): KbEntity | null {
  const { byHost, byWord } = electionsByKb.of(kb);
  const pool = new Set<DatedElection>(byWord.get(place.toLowerCase()) ?? []);
  for (const h of kb.lookup(place)) {
    if (h.entity.type !== 'location' || h.entity.kind !== 'country' || h.kind === 'surname') continue;
    for (const e of byHost.get(h.entity.id) ?? []) pool.add(e);
  }
  if (pool.size === 0) return null;
  const wanted = classesOf(kindWords.split(/\s+/));
  // "the US presidential election": the presidential one before the year's elections of no class.
  const ofClass = [...pool].filter((e) => [...wanted].every((c) => e.classes.has(c)));
  const fitting =
    wanted.size > 0 && ofClass.length === 0 ? [...pool].filter((e) => e.classes.size === 0) : ofClass;
  let best: KbEntity | null = null;
  let bestDays = Number.POSITIVE_INFINITY;
  let tie = false;
  // "Britain's local elections" are no general election; an election whose names give no class fits any class.
  for (const e of fitting) {
    const days = daysFromSpan(e.span, date);
    if (days > MAX_DAYS || days > bestDays) continue;
    tie = days === bestDays;
    best = e.entity;
    bestDays = days;
  }
  return tie ? null : best;
}

/**
 * Mentions of a country (or its demonym) an election word follows, widened over it, with the
 * election they name; the country's mention is kept (not `replaces`).
 */
export function electionMentions(
  kb: KnowledgeBase,
  text: string,
  mentions: readonly Mention[],
  date: string | null,
): SummitMention[] {
  if (!date) return [];
  const out: SummitMention[] = [];
  for (const m of mentions) {
    if (m.type === 'person' || m.type === 'event') continue;
    const next = text.slice(m.end, m.end + 60);
    if (!ELECTION_WORD.test(next)) continue;
    const after = ELECTION_AFTER.exec(next);
    // A year before the name ("the 2024 US presidential election") is the event matcher's.
    if (!after || /\d{4}\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    const entity = countryElection(kb, text.slice(m.start, m.end), after[1] ?? '', date);
    if (!entity) continue;
    const mention: Mention = { ...m, end: m.end + after[0].length, type: 'event' };
    out.push({
      mention,
      entity,
      name: entity.name,
      replaces: false,
      inner: null,
      why: `${text.slice(m.start, m.end)} at ${date}`,
    });
  }
  return out;
}

/**
 * Lower-case nouns that name one kind of event by themselves: "the conclave" is the papal
 * conclave of the day's news. (A noun shared by many kinds — "the inauguration" of a
 * president or a mayor, "the election" — is no such noun.)
 */
const KIND_NOUN_WORDS: readonly string[] = ['conclave'];
const KIND_NOUNS = new RegExp(String.raw`\b[Tt]he (${KIND_NOUN_WORDS.join('|')})\b`, 'g');
/** A KB event's name or alias ending in one of those nouns ("2025 papal conclave"). */
const ENDS_IN_KIND_NOUN = new RegExp(String.raw`\b(${KIND_NOUN_WORDS.join('|')})$`, 'i');

/** Dated KB events by the noun their name or an alias ends with ("2025 papal conclave" → conclave). */
const eventsByNoun = new PerKnowledgeBase((kb) => {
  const out = new Map<string, { entity: KbEntity; span: EventSpan }[]>();
  for (const entity of kb.entities()) {
    if (entity.type !== 'event') continue;
    const names = [entity.name, ...entity.names.map((n) => n.text)];
    const noun = names.map((n) => ENDS_IN_KIND_NOUN.exec(n)?.[1]?.toLowerCase()).find((n) => n);
    const span = noun ? eventSpan(entity) : null;
    if (!noun || !span) continue;
    const list = out.get(noun) ?? [];
    list.push({ entity, span });
    out.set(noun, list);
  }
  return out;
});

/**
 * "since the conclave": an event named by a noun of its kind alone (`KIND_NOUNS`), as a
 * mention of the noun, when the KB holds one event of that kind within MAX_DAYS of the
 * article's date, nearer than any other (session acc25-link-b). Cost: one scan of the text
 * for the few nouns per article (a regex with a literal); the KB index only when one is found.
 */
export function kindNounMentions(kb: KnowledgeBase, text: string, date: string | null): SummitMention[] {
  if (!date || !KIND_NOUN_WORDS.some((w) => text.includes(w))) return [];
  const out: SummitMention[] = [];
  for (const m of text.matchAll(KIND_NOUNS)) {
    const noun = m[1]!;
    let best: KbEntity | null = null;
    let bestDays = Number.POSITIVE_INFINITY;
    let tie = false;
    for (const e of eventsByNoun.of(kb).get(noun) ?? []) {
      const days = daysFromSpan(e.span, date);
      if (days > MAX_DAYS || days > bestDays) continue;
      tie = days === bestDays;
      best = e.entity;
      bestDays = days;
    }
    if (!best || tie) continue;
    const start = m.index + m[0].length - noun.length;
    out.push({
      mention: { start, end: start + noun.length, type: 'event', by: 'link', confidence: 0.7 },
      entity: best,
      name: best.name,
      replaces: false,
      inner: null,
      why: `the ${noun} at ${date}`,
    });
  }
  return out;
}
