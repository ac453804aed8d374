/**
 * Which entities may be speakers and under what name: linked or tagged people and
 * organisations (misc names shaped like a person or a body retyped, lone names joined to the
 * full name they start or end), their names widened and stripped, an organisation split by
 * the tagger joined again, a person before an affiliation kept apart from it. The input of
 * `buildReferents`, separate so the index building reads as one pass.
 */
import type { Entity, EntityType } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import type { FirstNames } from './gender.js';
import { isPersonNoun, ORG_NOUNS, platformPreposition } from './lexicon.js';
import {
  DESCRIPTION_FIRST,
  DESCRIPTION_START,
  isOccupationWord,
  isPlaceName,
  stripHonorific,
  type WidenedName,
  widenName,
  withoutOpeningTrade,
  withoutRegnalTitle,
} from './referent-names.js';

export const SPEAKING_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization']);

/**
 * "congratulated Milei on X. Bessent wrote …": a tagger reads the platform as an initial
 * and joins it to the name of the next sentence. Where the mention after "X. " should start,
 * or its own start.
 */
function afterPlatformInitial(text: string, span: Span): number {
  if (text.charCodeAt(span.start) !== 88 || text.slice(span.start + 1, span.start + 3) !== '. ')
    return span.start;
  if (!platformPreposition(text.slice(Math.max(0, span.start - 5), span.start))) return span.start;
  return span.start + 3;
}

/** A surname with its particle, "De Vries", "Van der Berg": see {@link prepareEntities}. */
const SURNAME_WITH_PARTICLE = /^(?:De|Des|Van|Von|Del|Da|Di|Le|La|Al|El|Bin|Ter)\s\p{Lu}/u;

/**
 * Can an entity become a referent or join one? A person or an organisation can; a place,
 * an event or a misc name keeps its type (only persons and organisations are widened or
 * retyped) and is read only as an unlinked lone surname with a particle ("De Vries"
 * tagged misc) or a surname after a platform ("on X. Bessent") that joins a person's full
 * name. The others (half of an article's entities) are not prepared at all.
 */
function mayMatter(entity: Entity): boolean {
  return (
    SPEAKING_TYPES.has(entity.type) ||
    (entity.kbId === null && (SURNAME_WITH_PARTICLE.test(entity.name) || entity.name.startsWith('X. ')))
  );
}

/** A name shaped like a person's: two to four capitalised words ("Lin Mei-ling"). */
const PERSON_SHAPED = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}$/u;

/**
 * A tagger may type a person's full name as misc ("said Lin Mei-ling, a process engineer")
 * while it types the lone surname that repeats it later ("Lin said") as a person. Such an
 * unlinked misc name, shaped like a person's, whose first or last word is an unlinked lone
 * person of the same article, is that person: it is read as a person so that the lone name
 * joins it. A misc name no lone person repeats keeps its type.
 */
function miscNameOfPerson(e: Entity, lone: ReadonlySet<string>, afterTrade: (e: Entity) => boolean): Entity {
  if (e.kbId !== null || e.type !== 'misc' || !PERSON_SHAPED.test(e.name)) return e;
  const words = e.name.toLowerCase().split(/\s+/u);
  return lone.has(words[0]!) || lone.has(words[words.length - 1]!) || afterTrade(e)
    ? { ...e, type: 'person' as const }
    : e;
}

/** The word before a mention, after a space: "the novelist [Han Seung-won]". */
const WORD_BEFORE = /(\p{L}+)\s$/u;

/**
 * "Her father, the novelist Han Seung-won, told reporters": a misc name shaped like a
 * person's, right after a trade word, is that person's name (a tagger that joined the
 * surname to a famous namesake leaves no lone name to retype it by).
 */
function mentionAfterTrade(text: string, firstNames: FirstNames): (e: Entity) => boolean {
  return (e) =>
    e.mentions.some((m) => {
      const w = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 25), m.start));
      return w !== null && isOccupationWord(w[1]!, firstNames);
    });
}

/** The lower-case names of an article's unlinked one-word persons (see {@link miscNameOfPerson}). */
function lonePersonNames(entities: readonly Entity[]): Set<string> {
  const lone = new Set<string>();
  for (const e of entities)
    if (e.kbId === null && e.type === 'person' && !/\s/u.test(e.name)) lone.add(e.name.toLowerCase());
  return lone;
}

/** Last words that make a name a body of people ("Workers' Forum", "Teachers' Union"). */
const BODY_HEADS = new Set([
  'Alliance',
  'Association',
  'Coalition',
  'Commission',
  'Committee',
  'Confederation',
  'Council',
  'Federation',
  'Forum',
  'Foundation',
  'Institute',
  'Society',
  'Union',
]);

/** Two or more capitalised words, with the small joining words of a body's name between. */
const BODY_SHAPED = /^\p{Lu}[\p{L}'’.&-]*(?:\s(?:(?:of|for|and|the|on)\s)*\p{Lu}[\p{L}'’.&-]*)+$/u;

/**
 * A tagger may type a body's name as misc ("A labour rights group, the Ashulia Workers'
 * Forum, described …") or, for a "Forum", as an event ("the Hostages and Missing Families
 * Forum said in a statement"). An unlinked misc or event name of capitalised words that
 * ends in a word naming a body of people ("Forum", "Union", "Council") is an organisation,
 * and may speak (an event only speaks as such a body: a summit says nothing).
 */
function miscNameOfBody(e: Entity): Entity {
  if (e.kbId !== null || (e.type !== 'misc' && e.type !== 'event')) return e;
  // The head word first: both tests are pure and both must hold, so their order cannot
  // change the answer, and the set look-up rules out most names without the pattern.
  if (!BODY_HEADS.has(e.name.slice(e.name.lastIndexOf(' ') + 1)) || !BODY_SHAPED.test(e.name)) return e;
  return { ...e, type: 'organization' as const };
}

/**
 * The entities worth preparing (see {@link mayMatter}), misc names of persons and bodies
 * retyped first: one pass, with no intermediate arrays.
 */
function entitiesThatMayMatter(
  text: string,
  entities: readonly Entity[],
  afterTrade: (e: Entity) => boolean,
): Entity[] {
  const lone = lonePersonNames(entities);
  const out: Entity[] = [];
  for (const e of entities) {
    if (isLanguageAsPerson(text, e)) continue;
    const retyped = miscNameOfBody(miscNameOfPerson(e, lone, afterTrade));
    if (mayMatter(retyped)) out.push(retyped);
  }
  return out;
}

/** A language's name: a one-word demonym in -ish or -ese, or one of the few others. */
const LANGUAGE_SHAPED =
  /^(?:\p{Lu}\p{Ll}+(?:ish|ese)|French|Dutch|Greek|Czech|Thai|Russian|Ukrainian|Arabic|Persian|Korean|German|Italian|Hebrew|Hindi|Urdu|Mandarin|Cantonese)$/u;
/** "switched to ", "spoke in ", "translated from ": a preposition before a language. */
const LANGUAGE_PREPOSITION = /\b(?:in|into|to|from)\s+$/u;

/**
 * "Putin switched to English. “Next time in Moscow,” he said.": a tagger may type a
 * language after a preposition as an unlinked one-word person; it names no one, and "he"
 * must not go to it. Every mention must stand after "in", "into", "to" or "from".
 */
function isLanguageAsPerson(text: string, e: Entity): boolean {
  if (e.type !== 'person' || e.kbId !== null || !LANGUAGE_SHAPED.test(e.name)) return false;
  return e.mentions.every((m) => afterLanguagePreposition(text, m.start));
}

/** Whether "in", "into", "to" or "from" stands right before `start`. */
function afterLanguagePreposition(text: string, start: number): boolean {
  return LANGUAGE_PREPOSITION.test(text.slice(Math.max(0, start - 6), start));
}

/** A tagger's person mention (no entity) that is a language after a preposition: see {@link isLanguageAsPerson}. */
export function isLanguageMention(text: string, m: Span): boolean {
  return LANGUAGE_SHAPED.test(text.slice(m.start, m.end)) && afterLanguagePreposition(text, m.start);
}

interface PreparedEntity {
  readonly entity: Entity;
  readonly name: string;
  readonly type: EntityType;
  /** The entity's mention spans, widened when it is unlinked. */
  readonly spans: Span[];
  /** Mentions of unlinked lone-name entities ("Kim") that repeat this one's name. */
  readonly joined: Span[];
  /** An unlinked name cut after a platform read as an initial ("on X. Bessent"). */
  readonly afterPlatform?: boolean;
  /** The tagger's own mentions of such a name joined to this one ("X. Bessent"). */
  readonly joinedMentions?: Span[];
}

/**
 * The link stage's entities as the quotes stage names them. A linked entity keeps its
 * canonical name. An unlinked one is only what the tagger found, so its name is widened
 * over what the tagger cut off ({@link widenName}), a person's titles are dropped
 * ("Bank of England Governor Andrew Bailey" → "Andrew Bailey"), and an unlinked
 * one-word person ("Kim", "Berg") that is the first or last word of exactly one other
 * person's name ("Kim Sung-ho", "Anna Berg") is that person.
 */
export function prepareEntities(
  text: string,
  entities: readonly Entity[],
  taken: (at: number) => boolean,
  firstNames: FirstNames,
): PreparedEntity[] {
  const prepared: (PreparedEntity & { dropped: boolean; joinedMentions?: Span[] })[] = entitiesThatMayMatter(
    text,
    entities,
    mentionAfterTrade(text, firstNames),
  ).map((entity) => {
    if (entity.kbId !== null) {
      const spans = entity.mentions.map((m) => ({ start: m.start, end: m.end }));
      const type = entity.type === 'person' && isPlaceName(entity.name) ? 'location' : entity.type;
      return { entity, name: entity.name, type, spans, joined: [], dropped: false };
    }
    // A description the link stage joined to the entity ("The director of the Ethnographic
    // Museum, Lilla Szabó,") is no name: it is neither widened nor allowed to retype it.
    let afterPlatform = false;
    const widened = entity.mentions.map((m) => {
      if (DESCRIPTION_FIRST.has(text[m.start]!) && DESCRIPTION_START.test(text.slice(m.start, m.start + 6)))
        return { start: m.start, end: m.end, type: entity.type };
      const start = afterPlatformInitial(text, m);
      if (start === m.start) return widenName(text, m, entity.type, taken);
      afterPlatform = true;
      return { start, end: m.end, type: entity.type };
    });
    const type = widened.some((w) => w.type !== entity.type) ? widened[0]!.type : entity.type;
    // The longest widened mention names it, when widening changed anything.
    let name = entity.name;
    const longest = widened.reduce<WidenedName | null>(
      (best, w) => (!best || w.end - w.start > best.end - best.start ? w : best),
      null,
    );
    if (
      longest &&
      widened.some((w, i) => w.start !== entity.mentions[i]!.start || w.end !== entity.mentions[i]!.end)
    )
      name = text.slice(longest.start, longest.end).replace(/\s+/gu, ' ');
    if (type === 'person') name = stripHonorific(name, firstNames);
    else if (type === 'organization' && longest && name === text.slice(longest.start, longest.end))
      name = withoutOpeningTrade(text, longest.start, name, firstNames);
    const spans = widened.map((w) => ({ start: w.start, end: w.end }));
    return { entity, name, type, spans, joined: [], dropped: false, afterPlatform };
  });
  joinSplitBodies(text, prepared);
  personsBeforeAffiliation(text, prepared, firstNames);
  personsAfterTitle(text, prepared);
  const persons = prepared
    .filter((p) => p.type === 'person' && p.name.includes(' '))
    .map((entry) => ({
      entry,
      lower: entry.name.toLowerCase(),
      // "Pope Leo XIV" is "Leo XIV" after its title: "Leo" starts it.
      untitled: withoutRegnalTitle(entry.name).toLowerCase(),
    }));
  for (const lone of prepared) {
    if (lone.entity.kbId !== null) continue;
    // "De Vries" (a tagger may call it an organisation) repeats "Pieter de Vries".
    const surnameWithParticle = SURNAME_WITH_PARTICLE.test(lone.name);
    // "on X. Bessent" (tagged an organisation) is the surname after the platform; "Leo
    // said" (a tagger may call it an organisation) is the given name of "Pope Leo XIV".
    const regnalOnly = lone.type !== 'person' && !surnameWithParticle && !lone.afterPlatform;
    if (regnalOnly && (lone.type !== 'organization' || lone.name.includes(' '))) continue;
    // "Vega Pederson" repeats "Jessica Vega Pederson": a compound surname ends the full
    // name (a multi-word name only joins by its end, never by its start).
    const compound = lone.name.includes(' ') && !surnameWithParticle;
    const key = lone.name.toLowerCase();
    const prefix = `${key} `;
    const suffix = ` ${key}`;
    const full = persons.filter(
      (p) =>
        p.entry !== lone &&
        !p.entry.dropped &&
        p.lower.length > key.length &&
        (regnalOnly
          ? p.untitled !== p.lower && p.untitled.startsWith(prefix)
          : (!compound && (p.lower.startsWith(prefix) || p.untitled.startsWith(prefix))) ||
            p.lower.endsWith(suffix)),
    );
    if (full.length !== 1) continue;
    full[0]!.entry.joined.push(...lone.spans);
    if (lone.afterPlatform) {
      const entry = full[0]!.entry;
      entry.joinedMentions = [...(entry.joinedMentions ?? []), ...lone.entity.mentions];
    }
    lone.dropped = true;
  }
  return prepared.filter((p) => !p.dropped);
}

/** A trade word, a two- or three-word name, and "of (the)" and a capitalised body after it. */
const TRADE_NAME_OF = /^(\p{L}+)\s((?:\p{Lu}[\p{L}'’-]*)(?:\s\p{Lu}[\p{L}'’-]*){1,2})\sof\s(?:the\s)?\p{Lu}/u;

/**
 * "Volcanologist Þorvaldur Þórðarson of the University of Iceland said …": a tagger may
 * take a trade word, a person's name and the body the person works for as one
 * organisation. An unlinked organisation mention that opens with a trade word and a name
 * before "of" is that person, named by the name alone.
 */
function personsBeforeAffiliation(text: string, prepared: PreparedEntity[], firstNames: FirstNames): void {
  for (const p of prepared) {
    if (!isLoneUnlinkedBody(p)) continue;
    const span = p.spans[0]!;
    const m = TRADE_NAME_OF.exec(text.slice(span.start, span.end));
    if (!m || !isOccupationWord(m[1]!, firstNames)) continue;
    const start = span.start + m[1]!.length + 1;
    // The occurrence keeps the body ("… of the University of Iceland"): it is the subject
    // of the verb that follows, which must not read the body as a speaker of its own.
    becomePerson(p, { start, end: span.end }, m[2]!.replace(/\s+/gu, ' '));
  }
}

/** An unlinked organisation the tagger found once: maybe half of a split body, or a person run into one. */
function isLoneUnlinkedBody(p: PreparedEntity): boolean {
  return p.type === 'organization' && p.entity.kbId === null && p.spans.length === 1;
}

/** Makes such an organisation entry the person it names: `name`, found at `span`. */
function becomePerson(p: PreparedEntity, span: Span, name: string): void {
  p.spans[0] = span;
  const mutable = p as { name: string; type: EntityType };
  mutable.name = name;
  mutable.type = 'person';
}

/**
 * Titles of the people who run or speak for a body, written between its name and theirs
 * ("Agency Administrator", "Bank Governor", "Board Chairwoman").
 */
const HEAD_TITLES: ReadonlySet<string> = new Set(
  `administrator director chairman chairwoman chair president commissioner secretary governor
  chief executive ceo head leader spokesman spokeswoman spokesperson minister ambassador mayor
  superintendent inspector coordinator manager officer treasurer`.split(/\s+/u),
);

/** A capitalised word of a person's name: "Deanne", "O'Neill", "Al-Amin". */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * Where the person's name starts in `ws`, the words of an organisation mention that ends in
 * a title and a name ("Federal Emergency Management Agency Administrator Deanne Criswell"):
 * after the last capitalised head's title ({@link HEAD_TITLES}) that has body words before
 * it and two or three name words after it, none a person or organisation noun. -1 when there is none.
 */
function nameAfterTitle(ws: readonly string[]): number {
  for (let t = ws.length - 3; t >= 1; t--) {
    const title = ws[t]!;
    if (!/^\p{Lu}/u.test(title) || !HEAD_TITLES.has(title.toLowerCase())) continue;
    const name = ws.slice(t + 1);
    if (name.length > 3) return -1;
    const nameLike = name.every(
      (w) => NAME_WORD.test(w) && !isPersonNoun(w.toLowerCase()) && !ORG_NOUNS.has(w.toLowerCase()),
    );
    return nameLike ? t + 1 : -1;
  }
  return -1;
}

/**
 * "Federal Emergency Management Agency Administrator Deanne Criswell said …": a tagger may
 * take a body, the title its head holds and the head's name as one organisation. Such an
 * unlinked organisation mention is the person, named without the body and the title.
 */
function personsAfterTitle(text: string, prepared: PreparedEntity[]): void {
  for (const p of prepared) {
    if (!isLoneUnlinkedBody(p)) continue;
    const span = p.spans[0]!;
    const written = text.slice(span.start, span.end);
    const ws = written.split(' ');
    if (ws.length < 4) continue;
    const at = nameAfterTitle(ws);
    if (at < 0) continue;
    const name = ws.slice(at).join(' ');
    // The occurrence is the name alone: the body before the title is no speaker.
    becomePerson(p, { start: span.end - name.length, end: span.end }, name);
  }
}

/** The joining word of a body's name a tagger may split it at ("Commission on Human Rights"). */
const BODY_JOIN = /^ (?:on|for|of) $/u;

/**
 * "the Kenya National Commission on Human Rights": a tagger may split a body's name at its
 * joining word into two organisations. An unlinked organisation whose name ends in a body's
 * head word ("Commission", "Council") and that is followed, across only "on", "for" or "of",
 * by another unlinked organisation's mention is one body with it: the mention is widened
 * over both, and the second organisation joins the first.
 */
function joinSplitBodies(
  text: string,
  prepared: (PreparedEntity & { dropped: boolean; joinedMentions?: Span[] })[],
): void {
  const orgAt = new Map<number, { entry: (typeof prepared)[number]; end: number }>();
  for (const p of prepared)
    if (isLoneUnlinkedBody(p)) orgAt.set(p.spans[0]!.start, { entry: p, end: p.spans[0]!.end });
  if (orgAt.size < 2) return;
  for (const p of prepared) {
    if (p.dropped || p.type !== 'organization' || p.entity.kbId !== null) continue;
    if (!BODY_HEADS.has(p.name.slice(p.name.lastIndexOf(' ') + 1))) continue;
    for (let i = 0; i < p.spans.length; i++) {
      const span = p.spans[i]!;
      const gap = text.indexOf(' ', span.end + 1);
      if (gap < 0 || !BODY_JOIN.test(text.slice(span.end, gap + 1))) continue;
      const next = orgAt.get(gap + 1);
      if (!next || next.entry === p || next.entry.dropped) continue;
      p.spans[i] = { start: span.start, end: next.end };
      const mutable = p as { name: string };
      mutable.name = text.slice(span.start, next.end).replace(/\s+/gu, ' ');
      p.joinedMentions = [...(p.joinedMentions ?? []), ...next.entry.entity.mentions];
      next.entry.dropped = true;
    }
  }
}
