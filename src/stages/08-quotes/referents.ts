/**
 * Referents: the people and organisations an article speaks of, each with its name,
 * entity id, gender and role words, and every place it is mentioned. Built from the
 * link stage's entities when present (canonical names and ids), else from NER mentions
 * with a small in-document coreference: a bare surname or "Mr. Berg" joins the full
 * name it repeats ("Anna Berg").
 */
import type { Entity, EntityType, Mention } from '../../core/annotations.js';
import { partitionPoint, type Span } from '../../core/span.js';
import {
  decideGender,
  type FirstNames,
  firstNameGender,
  honorificGender,
  kbGender,
  type PersonFacts,
  type PersonProfile,
  pronounVotes,
} from './gender.js';
import type { Gender } from './lexicon.js';
import {
  INSTITUTION_TITLE_END,
  isDemonym,
  isPersonNoun,
  ORG_NOUNS,
  PERSON_ROLE_NOUNS,
  PLATFORM_NAMES,
  platformPreposition,
  TITLE_WORDS,
} from './lexicon.js';

export interface Referent {
  readonly index: number;
  readonly name: string;
  readonly entityId: string | null;
  readonly kbId: string | null;
  readonly type: EntityType;
  readonly gender: Gender;
  /** Lower-case words of titles and descriptions given to it ("defence", "minister"). */
  readonly roles: Set<string>;
  /** What the knowledge base says the person is (empty when not linked): see profile.ts. */
  readonly profile?: PersonProfile;
  readonly occurrences: Span[];
}

export interface Occurrence extends Span {
  readonly referent: Referent;
}

export interface ReferentIndex {
  readonly referents: readonly Referent[];
  /** Every occurrence, ordered by start. */
  readonly occurrences: readonly Occurrence[];
  /**
   * Places (countries, cities), ordered by start: not speakers themselves, but what "its
   * government" belongs to.
   */
  readonly places?: readonly Occurrence[];
  /** The demonym of a country named `name` (from the KB's facts), or null. */
  readonly demonym?: (name: string) => string | null;
}

const SPEAKING_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization']);

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w.length > 1);
}

/** Does `s` end in a comma and whitespace (/,\s*$/u)? */
function endsWithComma(s: string): boolean {
  let e = s.length;
  while (e > 0 && /\s/u.test(s[e - 1]!)) e--;
  return e > 0 && s.charCodeAt(e - 1) === 44;
}

const LETTER_WORD = /^[\p{L}.'’-]+$/u;

/**
 * The words at the end of `s` (split on spaces, after a trimEnd), at most `max` of them
 * counted from the end, that all match {@link LETTER_WORD}, in text order: what
 * `s.trimEnd().split(/\s+/).slice(-max)` keeps after dropping every word up to the last
 * one that does not match.
 */
function lastLetterWords(s: string, max: number): string[] {
  const out: string[] = [];
  let e = s.length;
  while (e > 0 && isSpaceCode(s, e - 1)) e--;
  for (let n = 0; n < max; n++) {
    let b = e;
    while (b > 0 && !isSpaceCode(s, b - 1)) b--;
    const w = s.slice(b, e);
    // A word that is not all letters ends the run (an empty one, before leading spaces, too).
    if (!LETTER_WORD.test(w)) break;
    out.push(w);
    if (b === 0) break;
    e = b;
    while (e > 0 && isSpaceCode(s, e - 1)) e--;
  }
  return out.reverse();
}

/** Role words around one occurrence: a title before it, an appositive after or before. */
function roleWordsAround(text: string, span: Span): string[] {
  const out: string[] = [];
  // Title run before the name: "Defence Minister", "Wind Shift Capital founder".
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  // Of the last five words before the name, those after the last one that is not all
  // letters and `.'’-` (read backwards from the name, no further than needed).
  const titleWords = /\s$/u.test(before) ? lastLetterWords(before, 5) : [];
  for (let i = titleWords.length - 1; i >= 0; i--) {
    const w = titleWords[i]!;
    if (/^\p{Lu}/u.test(w) || TITLE_WORDS.has(w.toLowerCase())) out.push(...words(w));
    // "Chancellor of the Exchequer Rachel Reeves": "of the" inside a capitalised title.
    else if (
      /^(?:of|the|for)$/u.test(w) &&
      /^\p{Lu}/u.test(titleWords.slice(0, i).findLast((x) => !/^(?:of|the|for)$/u.test(x)) ?? '')
    )
      continue;
    else break;
  }
  // Appositive after: "Anna Berg, the defence minister," / "Berg, 54, a spokeswoman for X".
  const after = text.slice(span.end, span.end + 120);
  const app = /^,\s*(?:\d{1,3},\s*)?(?:the|a|an|who is the|who is a)\s+([^,.;:“”"]{3,90})/iu.exec(after);
  if (app) out.push(...words(app[1]!));
  else {
    // "Rajesh Varma, founder of the firm Tallyware," / "Carol Whitfield, managing director
    // of Supertram": an appositive with no article opens with a role word.
    const bare = /^,\s*(?:\d{1,3},\s*)?((\p{Ll}[\p{L}-]*)(?:\s+[\p{Ll}][\p{L}-]*)?\b[^,.;:“”"]{0,80})/u.exec(
      after,
    );
    if (
      bare &&
      bare[1]!
        .split(/\s+/u)
        .slice(0, 2)
        .some((w) => isPersonNoun(w) || TITLE_WORDS.has(w))
    )
      out.push(...words(bare[1]!));
  }
  // Appositive before: "The founder of Wind Shift Capital, Jon Smith, said", "New
  // Zealand's agriculture minister, Todd McClay,", "Its director, Vesna Marić,".
  // (Only a comma ending `before` can close one: tested first, without the pattern.)
  const pre = endsWithComma(before)
    ? /(?:^|[.;:!?]\s+|\s)(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}-]*['’]s)\s+([^,.;:“”"]{3,90}),\s*$/iu.exec(
        before,
      )
    : null;
  if (pre) out.push(...words(pre[1]!));
  return out;
}

function lastWord(name: string): string {
  return name.trim().split(/\s+/).pop() ?? name;
}

/**
 * A person's name without the titles a tagger may have kept in the mention:
 * "German Chancellor Friedrich Merz" → "Friedrich Merz", "Dr. Ana Morales" → "Ana Morales".
 */
const REGNAL = /^(?:Pope|King|Queen|Prince|Princess|Emperor|Empress|Sheikh|Emir|Sultan|Dalai|Patriarch)$/u;

/**
 * An occupation word opening a tagged name ("Fisherman Arnel Castro", "Guide Wilber
 * Quispe"): a listed person noun, or one by an agent ending that is no known first name
 * ("Walter", "Peter" stay); -or/-ian endings are left alone (Victor, Adrian, Julian)
 * unless the ending is an occupation's ({@link OCCUPATION_ENDING}).
 */
/**
 * Long -or/-ian words with an occupation's ending ("Veterinarian", "Historian",
 * "Inspector", "Professor"): no given name is built so (Victor, Adrian, Florian, Salvador).
 */
const OCCUPATION_ENDING =
  /^\p{L}{5,}(?:arian|ician|itian|storian|odian|edian|ogian|ssor|ator|ctor|itor|llor|ntor|stor|ptor|eyor)$/u;

function isOccupationWord(w: string, firstNames: FirstNames | undefined): boolean {
  const l = w.toLowerCase();
  if (!/^\p{L}+$/u.test(l) || !isPersonNoun(l) || firstNames?.has(l)) return false;
  return !/(?:or|ian)$/u.test(l) || Object.hasOwn(PERSON_ROLE_NOUNS, l) || OCCUPATION_ENDING.test(l);
}

function stripHonorific(name: string, firstNames?: FirstNames): string {
  let ws = name.replace(/['’]s$/u, '').split(/\s+/);
  // "Daniel Okafor KC": letters after a full name (a tagger keeps them) are no part of it.
  while (ws.length >= 3 && POST_NOMINALS.has(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
  if (ws.length >= 3 && INSTITUTION_TITLE_END.test(ws[0]!) && /^\p{Lu}/u.test(ws[1]!)) ws = ws.slice(1);
  if (ws.length >= 3 && /^\p{Lu}/u.test(ws[1]!) && isOccupationWord(ws[0]!, firstNames)) ws = ws.slice(1);
  const isTitle = (w: string) => {
    const l = w.toLowerCase().replace(/\.$/, '');
    return TITLE_WORDS.has(l) || TITLE_WORDS.has(`${l}.`) || Object.hasOwn(PERSON_ROLE_NOUNS, l);
  };
  // Cut after the last title word that leaves a name: "Bank of England Governor Andrew Bailey".
  let cut = 0;
  for (let i = 0; i < ws.length - 1; i++)
    if (isTitle(ws[i]!) || (isDemonym(ws[i]!) && isTitle(ws[i + 1]!))) cut = i + 1;
  // "Pope Leo", "King Charles": a regnal title stays with a lone given name.
  if (cut > 0 && ws.length - cut === 1 && REGNAL.test(ws[cut - 1]!)) cut--;
  return ws.slice(cut).join(' ');
}

/** Letters written after a person's full name: silk, member of a parliament, honours. */
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'MP', 'MEP', 'MSP', 'MLA', 'OBE', 'CBE', 'MBE']);

/**
 * "Promoter Live Nation said …": a trade word the tagger kept at the start of a sentence
 * before an organisation's name of two words or more is no part of the name.
 */
function withoutOpeningTrade(text: string, start: number, name: string, firstNames: FirstNames): string {
  const space = name.indexOf(' ');
  if (space < 0 || !isOccupationWord(name.slice(0, space), firstNames)) return name;
  const rest = name.slice(space + 1);
  if (!/^\p{Lu}\S*\s+\p{Lu}/u.test(rest)) return name;
  // At the start of a sentence only: a paragraph's start, or after a full stop.
  return start === 0 || /(?:\n|[.!?]["”’]?\s+)$/u.test(text.slice(Math.max(0, start - 4), start))
    ? rest
    : name;
}

/**
 * Lower-case particles inside a person's name: "Ruben del Campo", "Pieter de Vries",
 * "Laurence des Cars", "Carlo dei Medici".
 */
const NAME_PARTICLE =
  /^(?:de|del|della|delle|dei|degli|des|di|da|das|dos|do|du|van|von|zu|der|den|ter|la|le|bin|ibn|al|el)$/u;
/** Nouns that head an organisation's name: "General Staff", "Defence Ministry", "IG Metall union". */
const isOrgHead = (w: string) =>
  (ORG_NOUNS.has(w) && w !== 'spokesman') || /^(?:staff|command|service|forces|guard)$/u.test(w);
/** Nouns that end a place's name, never a person's. */
const PLACE_HEADS: ReadonlySet<string> = new Set(
  `garden gardens island islands square avenue road mountains valley stadium arena palace
  cathedral mosque coast harbour harbor airport station market village county province district
  desert forest canal peninsula`.split(/\s+/u),
);
/** A name of two words or more ending in a place's head noun ("Stewart Island"). */
function isPlaceName(name: string): boolean {
  const sp = name.lastIndexOf(' ');
  return sp > 0 && PLACE_HEADS.has(name.slice(sp + 1).toLowerCase());
}
/** Capitalised words that open a sentence or a clause, never the start of a name. */
const NOT_NAME_START =
  /^(?:The|A|An|And|But|Or|In|On|At|Of|For|To|By|From|With|As|If|When|While|After|Before|This|That|These|Those|It|He|She|They|We|I|Its|His|Her|Their|Our|My|Your|So|Yet|Then|Now|Meanwhile|However)$/u;

/** A mention opening with a determiner or possessive is a description, not a name. */
const DESCRIPTION_FIRST: ReadonlySet<string> = new Set(['T', 'A', 'I', 'H', 't', 'a', 'i', 'h']);
const DESCRIPTION_START = /^(?:The|A|An|Its|His|Her|Their|the|a|an|its|his|her|their)\s/u;

/** `\s` at `text[i]` (ASCII answered without a pattern). */
function isSpaceCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/u.test(text[i]!);
}

/**
 * Could the particle pattern of {@link widenName} match at `end`? It needs a space, then
 * lower-case letters that are a {@link NAME_PARTICLE} (all ASCII), then a space: the
 * particle is the whole run of lower-case letters after the space, so a run of ASCII
 * letters that is no particle, or is not followed by a space, rules a match out.
 */
function particleFollows(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  let i = end + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) break;
    i++;
  }
  return i > end + 1 && text.charCodeAt(i) === 32 && NAME_PARTICLE.test(text.slice(end + 1, i));
}

export interface WidenedName extends Span {
  readonly type: EntityType;
}

/**
 * An unlinked name widened over what a tagger tends to cut off, with its type put right:
 * a particle and the name after it ("Ruben" del Campo), a regnal title before a lone
 * given name ("Pope" Leo), an acronym or demonym before an organisation ("IG" Metall,
 * "Russian" Defence Ministry), the capitalised words of an organisation's name before
 * its head noun ("General" Staff, which is an organisation even when tagged a person).
 * Never widens over a possessive ("Ukraine's"), a sentence opener, or another mention.
 */
export function widenName(
  text: string,
  span: Span,
  type: EntityType,
  taken: (at: number) => boolean,
): WidenedName {
  let { start, end } = span;
  // The mention's words (split on spaces after a trim) are read for three things only: how
  // many there are (one or more), the last one, and whether the last one heads a place's
  // name; found by scanning, with no array or joined string.
  let a = start;
  let b = end;
  while (a < b && isSpaceCode(text, a)) a++;
  while (b > a && isSpaceCode(text, b - 1)) b--;
  let lastStart = b;
  while (lastStart > a && !isSpaceCode(text, lastStart - 1)) lastStart--;
  const oneWord = lastStart === a;
  const last = text.slice(lastStart, b).toLowerCase();
  const org = type === 'organization' || (type === 'person' && isOrgHead(last));
  // "Rose Garden", "Stewart Island": a place's head noun ends it, whatever the tagger said
  // (isPlaceName of the words joined by single spaces).
  const place = type === 'person' && !oneWord && PLACE_HEADS.has(last);
  const outType: EntityType = org ? 'organization' : place ? 'location' : type;
  if (outType === 'person') {
    // "Ruben del Campo", "Ursula von der Leyen": one or two particles then a capitalised
    // word, up to twice.
    for (let k = 0; k < 2; k++) {
      if (!particleFollows(text, end)) break;
      const m = /^ ([\p{Ll}]+)(?: ([\p{Ll}]+))? (\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(end, end + 40));
      if (!m || !NAME_PARTICLE.test(m[1]!) || (m[2] && !NAME_PARTICLE.test(m[2])) || taken(end + 1)) break;
      end += m[0].length;
    }
    // The pattern below ends in a space before the name: tested first, without it.
    const before =
      oneWord && text.charCodeAt(start - 1) === 32
        ? /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 20), start))
        : null;
    if (before && REGNAL.test(before[1]!) && !taken(start - before[0].length)) start -= before[0].length;
  } else if (outType === 'organization') {
    const orgHead = isOrgHead(last);
    // A word before the name needs a space right before it: tested first, without the pattern.
    for (let k = 0; k < 3 && text.charCodeAt(start - 1) === 32; k++) {
      const m = /(?:^|\s)([\p{L}][\p{L}.’'-]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
      if (!m) break;
      const w = m[1]!;
      const wordStart = start - w.length - 1;
      if (taken(wordStart) || NOT_NAME_START.test(w) || /['’]s?$/u.test(w) || !/^\p{Lu}/u.test(w)) break;
      const acronym = /^\p{Lu}{2,5}$/u.test(w);
      if (!(acronym || isDemonym(w) || orgHead)) break;
      start = wordStart;
    }
  }
  return { start, end, type: outType };
}

/**
 * Is `span` a platform the words were posted on ("wrote on Truth Social", "posted on
 * Telegram", "via X")? Such an occurrence names no speaker and is no antecedent.
 */
function postedOn(text: string, span: Span): boolean {
  const c = text.charCodeAt(span.start - 2);
  // "on " / "via ": the letter before the space is an n or an a.
  if (c !== 110 && c !== 97) return false;
  return (
    PLATFORM_NAMES.has(text.slice(span.start, span.end).trim().toLowerCase()) &&
    platformPreposition(text.slice(Math.max(0, span.start - 5), span.start))
  );
}

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
function miscNameOfPerson(e: Entity, lone: ReadonlySet<string>): Entity {
  if (lone.size === 0 || e.kbId !== null || e.type !== 'misc' || !PERSON_SHAPED.test(e.name)) return e;
  const words = e.name.toLowerCase().split(/\s+/u);
  return lone.has(words[0]!) || lone.has(words[words.length - 1]!) ? { ...e, type: 'person' as const } : e;
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
 * Forum, described …"). An unlinked misc name of capitalised words that ends in a word
 * naming a body of people ("Forum", "Union", "Council") is an organisation, and may speak.
 */
function miscNameOfBody(e: Entity): Entity {
  if (e.kbId !== null || e.type !== 'misc') return e;
  // The head word first: both tests are pure and both must hold, so their order cannot
  // change the answer, and the set look-up rules out most names without the pattern.
  if (!BODY_HEADS.has(e.name.slice(e.name.lastIndexOf(' ') + 1)) || !BODY_SHAPED.test(e.name)) return e;
  return { ...e, type: 'organization' as const };
}

/**
 * The entities worth preparing (see {@link mayMatter}), misc names of persons and bodies
 * retyped first: one pass, with no intermediate arrays.
 */
function entitiesThatMayMatter(entities: readonly Entity[]): Entity[] {
  const lone = lonePersonNames(entities);
  const out: Entity[] = [];
  for (const e of entities) {
    const retyped = miscNameOfBody(miscNameOfPerson(e, lone));
    if (mayMatter(retyped)) out.push(retyped);
  }
  return out;
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
function prepareEntities(
  text: string,
  entities: readonly Entity[],
  taken: (at: number) => boolean,
  firstNames: FirstNames,
): PreparedEntity[] {
  const prepared: (PreparedEntity & { dropped: boolean; joinedMentions?: Span[] })[] = entitiesThatMayMatter(
    entities,
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
    if (p.type !== 'organization' || p.entity.kbId !== null || p.spans.length !== 1) continue;
    const span = p.spans[0]!;
    const m = TRADE_NAME_OF.exec(text.slice(span.start, span.end));
    if (!m || !isOccupationWord(m[1]!, firstNames)) continue;
    const start = span.start + m[1]!.length + 1;
    // The occurrence keeps the body ("… of the University of Iceland"): it is the subject
    // of the verb that follows, which must not read the body as a speaker of its own.
    p.spans[0] = { start, end: span.end };
    const mutable = p as { name: string; type: EntityType };
    mutable.name = m[2]!.replace(/\s+/gu, ' ');
    mutable.type = 'person';
  }
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
    if (p.type !== 'organization' || p.entity.kbId !== null || p.spans.length !== 1) continue;
    const span = p.spans[0]!;
    const written = text.slice(span.start, span.end);
    const ws = written.split(' ');
    if (ws.length < 4) continue;
    const at = nameAfterTitle(ws);
    if (at < 0) continue;
    const name = ws.slice(at).join(' ');
    // The occurrence is the name alone: the body before the title is no speaker.
    p.spans[0] = { start: span.end - name.length, end: span.end };
    const mutable = p as { name: string; type: EntityType };
    mutable.name = name;
    mutable.type = 'person';
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
    if (p.type === 'organization' && p.entity.kbId === null && p.spans.length === 1)
      orgAt.set(p.spans[0]!.start, { entry: p, end: p.spans[0]!.end });
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

/**
 * A test of whether a span lies inside one of `spans` (sorted once here; each test is a
 * binary search over the starts and the running furthest end).
 */
function spanContainment(spans: Span[]): (s: Span) => boolean {
  if (spans.length === 0) return () => false;
  spans.sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  let max = -1;
  for (const s of spans) {
    max = Math.max(max, s.end);
    furthest.push(max);
  }
  return (s) => {
    const k = partitionPoint(spans.length, (i) => spans[i]!.start <= s.start);
    return k > 0 && furthest[k - 1]! >= s.end;
  };
}

/** A set of spans keyed by start (no string or large-number keys per mention). */
class SpanSet {
  /** The first end added for each start; further ends of a start (rare) in `more`. */
  private readonly first = new Map<number, number>();
  private readonly more = new Map<number, number[]>();
  add(s: Span): void {
    if (!this.first.has(s.start)) {
      this.first.set(s.start, s.end);
      return;
    }
    const list = this.more.get(s.start);
    if (list) list.push(s.end);
    else this.more.set(s.start, [s.end]);
  }
  has(s: Span): boolean {
    const end = this.first.get(s.start);
    if (end === undefined) return false;
    return end === s.end || (this.more.get(s.start)?.includes(s.end) ?? false);
  }
}

export interface ReferentOptions {
  readonly firstNames: FirstNames;
  readonly facts: PersonFacts;
}

/** What a referent of an article reads its gender and role words from. */
interface ArticleFacts {
  readonly text: string;
  readonly options: ReferentOptions;
  /** Set once the index is built; reads before then give "unknown". */
  genderOf: (r: Referent) => Gender;
}

/**
 * A referent whose gender and role words are computed on first read (a class, not an
 * object with getters: no closures per referent).
 */
class LazyReferent implements Referent {
  readonly occurrences: Span[] = [];
  private genderValue: Gender | null = null;
  private roleSet: Set<string> | null = null;

  constructor(
    readonly index: number,
    readonly name: string,
    readonly entityId: string | null,
    readonly kbId: string | null,
    readonly type: EntityType,
    private readonly article: ArticleFacts,
  ) {}

  get gender(): Gender {
    this.genderValue ??= this.article.genderOf(this);
    return this.genderValue;
  }

  /** The KB profile of a linked person, read (and kept by the facts) on first use. */
  get profile(): PersonProfile | undefined {
    const { facts } = this.article.options;
    return this.type === 'person' && this.kbId && facts.profile ? facts.profile(this.kbId) : undefined;
  }

  /**
   * Role words are needed only to resolve a description ("the minister"): computed on
   * first use, from the KB and the words around every occurrence.
   */
  get roles(): Set<string> {
    if (!this.roleSet) {
      const { text, options } = this.article;
      const roles = new Set(this.kbId ? options.facts.roles(this.kbId) : []);
      for (const o of this.occurrences) for (const w of roleWordsAround(text, o)) roles.add(w);
      this.roleSet = roles;
    }
    return this.roleSet;
  }
}

/**
 * Where in `index.occurrences` the first occurrence starting at or after `at` is (found
 * by binary search): a loop that skips every occurrence starting before `at` may start here.
 */
export function firstOccurrenceFrom(index: ReferentIndex, at: number): number {
  const list = index.occurrences;
  return partitionPoint(list.length, (i) => list[i]!.start < at);
}

/** Builds the referent index of an article. Linear in mentions (plus a sort). */
export function buildReferents(
  text: string,
  mentions: readonly Mention[],
  entities: readonly Entity[] | undefined,
  options: ReferentOptions,
): ReferentIndex {
  const referents: Referent[] = [];
  const occurrences: Occurrence[] = [];
  const covered = new SpanSet();
  // Genders are computed one referent at a time, on the first read of each (the reader is
  // set once the index is built): most referents are never a pronoun's candidate.
  const article: ArticleFacts = { text, options, genderOf: () => 'unknown' };
  // The first person referent (in the order added) whose lower-case name ends in each of
  // its word-suffixes (" de vries", " vries"): the same answer as scanning the referents in
  // order with `endsWith(" " + key)`, since a name ends in " key" exactly when " key" is the
  // suffix from one of its spaces. Kept as referents are added, looked up per mention.
  const personBySuffix = new Map<string, Referent>();
  const add = (name: string, type: EntityType, entityId: string | null, kbId: string | null): Referent => {
    const r = new LazyReferent(referents.length, name, entityId, kbId, type, article);
    referents.push(r);
    if (type === 'person') {
      const lower = name.toLowerCase();
      for (let i = lower.indexOf(' '); i >= 0; i = lower.indexOf(' ', i + 1)) {
        const suffix = lower.slice(i);
        if (!personBySuffix.has(suffix)) personBySuffix.set(suffix, r);
      }
    }
    return r;
  };
  // A misc mention ("Russian" in "the Russian Defence Ministry") may be widened over.
  // Built on the first widening only: most articles' entities are all linked.
  let mentionStarts: number[] | null = null;
  const mentionAt = new Map<number, number>();
  // Is `at` inside some mention? (Widening a name must not swallow another one.)
  const taken = (at: number) => {
    if (!mentionStarts) {
      mentionStarts = [];
      for (const m of mentions) {
        if (m.type === 'misc') continue;
        mentionStarts.push(m.start);
        // The last mention with a start wins, as `new Map(entries)` keeps it.
        mentionAt.set(m.start, m.end);
      }
      mentionStarts.sort((a, b) => a - b);
    }
    const starts = mentionStarts;
    const lo = partitionPoint(starts.length, (i) => starts[i]! <= at);
    return lo > 0 && mentionAt.get(starts[lo - 1]!)! > at;
  };
  // A tagger's mention that starts where a linked entity's (wider) mention starts is that
  // entity ("Ursula" inside "Ursula von der Leyen"), not a person of its own.
  const entityStarts = new Set<number>();
  // …and one that ends where it ends, with words before it ("House Minority Leader Hakeem
  // Jeffries" tagged an organisation around the linked "Hakeem Jeffries"), is that entity too.
  const entityEnds = new Set<number>();
  // …and one inside it ("Felipe" in "King Felipe VI") is that entity as well.
  const personSpans: Span[] = [];
  for (const e of prepareEntities(text, entities ?? [], taken, options.firstNames)) {
    if (!SPEAKING_TYPES.has(e.type)) continue;
    // "wrote on Truth Social": a platform where words were posted is no speaker there.
    const posted = e.type === 'organization' ? e.spans.map((m) => postedOn(text, m)) : null;
    if (posted?.every(Boolean) && e.joined.length === 0) {
      for (const original of e.entity.mentions) covered.add(original);
      for (const m of e.spans) entityStarts.add(m.start);
      continue;
    }
    const r = add(e.name, e.type, e.entity.id, e.entity.kbId);
    for (let i = 0; i < e.spans.length; i++) {
      const m = e.spans[i]!;
      const original = e.entity.mentions[i]!;
      if (posted?.[i]) {
        covered.add(original);
        entityStarts.add(m.start);
        continue;
      }
      r.occurrences.push({ start: m.start, end: m.end });
      occurrences.push({ start: m.start, end: m.end, referent: r });
      covered.add(original);
      entityStarts.add(m.start);
      if (e.type === 'person') {
        entityEnds.add(m.end);
        personSpans.push(m);
      }
    }
    for (const m of e.joinedMentions ?? []) covered.add(m);
    for (const m of e.joined) {
      r.occurrences.push({ start: m.start, end: m.end });
      occurrences.push({ start: m.start, end: m.end, referent: r });
      covered.add(m);
    }
  }
  const insidePerson = spanContainment(personSpans);
  // Mentions the link stage did not cover (or no link stage at all); a place the tagger
  // called a person ("Stewart Island") is a place.
  const sorted = mentions
    .filter(
      (m) =>
        SPEAKING_TYPES.has(m.type) &&
        !covered.has(m) &&
        !entityStarts.has(m.start) &&
        !entityEnds.has(m.end) &&
        !insidePerson(m) &&
        !(m.type === 'organization' && postedOn(text, m)),
    )
    .map((m) =>
      m.type === 'person' && isPlaceName(text.slice(m.start, m.end).trim())
        ? { ...m, type: 'location' as const }
        : m,
    )
    .sort((a, b) => a.start - b.start);
  const byName = new Map<string, Referent>();
  const bySurname = new Map<string, Referent>();
  for (const r of referents) {
    byName.set(r.name.toLowerCase(), r);
    if (r.type === 'person' && r.name.includes(' ')) bySurname.set(lastWord(r.name).toLowerCase(), r);
  }
  // First pass: full names, longest first, so that a surname used before its full name
  // still joins it and "De Vries" joins "Pieter de Vries".
  const byLength = [...sorted].sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const m of byLength) {
    if (!SPEAKING_TYPES.has(m.type) || covered.has(m)) continue;
    const surface = stripHonorific(text.slice(m.start, m.end).trim(), options.firstNames);
    const lowerName = surface.toLowerCase();
    const repeats = personBySuffix.has(` ${lowerName}`);
    if (m.type === 'person' && surface.includes(' ') && !byName.has(lowerName) && !repeats) {
      const r = add(surface, 'person', null, null);
      byName.set(surface.toLowerCase(), r);
      const key = lastWord(surface).toLowerCase();
      if (!bySurname.has(key)) bySurname.set(key, r);
    }
  }
  for (const m of sorted) {
    if (!SPEAKING_TYPES.has(m.type) || covered.has(m)) continue;
    const raw = text
      .slice(m.start, m.end)
      .trim()
      .replace(/['’]s$/u, '');
    const surface =
      m.type === 'person'
        ? stripHonorific(raw, options.firstNames)
        : withoutOpeningTrade(text, m.start, raw, options.firstNames);
    const key = surface.toLowerCase();
    let r = byName.get(key);
    if (!r && m.type === 'person' && !surface.includes(' ')) r = bySurname.get(key);
    // "De Vries" repeats the end of "Pieter de Vries".
    if (!r && m.type === 'person') r = personBySuffix.get(` ${key}`);
    if (!r) {
      r = add(surface, m.type, null, null);
      byName.set(key, r);
    }
    r.occurrences.push({ start: m.start, end: m.end });
    occurrences.push({ start: m.start, end: m.end, referent: r });
  }
  occurrences.sort((a, b) => a.start - b.start);
  let evidence: GenderEvidence | null = null;
  article.genderOf = (r) => {
    evidence ??= genderEvidence(text, occurrences);
    return referentGender(text, r, evidence, options);
  };
  return new ArticleIndex(referents, occurrences, text, mentions, entities, options.facts);
}

/** The referent index of an article (a class: no getter built per article). */
class ArticleIndex implements ReferentIndex {
  private placeList: Occurrence[] | null = null;

  constructor(
    readonly referents: readonly Referent[],
    readonly occurrences: readonly Occurrence[],
    private readonly text: string,
    private readonly mentions: readonly Mention[],
    private readonly entities: readonly Entity[] | undefined,
    private readonly facts: PersonFacts,
  ) {}

  demonym(name: string): string | null {
    return this.facts.demonym?.(name) ?? null;
  }

  /** Places are read only to resolve "its government": found on first use. */
  get places(): readonly Occurrence[] {
    this.placeList ??= placesOf(this.text, this.mentions, this.entities);
    return this.placeList;
  }
}

/**
 * Where each person's evidence of gender lies: the indices of their occurrences, and for
 * each occurrence the start of the next person occurrence (the end of its pronoun window).
 */
interface GenderEvidence {
  readonly occurrences: readonly Occurrence[];
  readonly occurrencesOf: ReadonlyMap<Referent, readonly number[]>;
  readonly nextPersonStart: readonly number[];
}

function genderEvidence(text: string, occurrences: readonly Occurrence[]): GenderEvidence {
  const nextPersonStart = new Array<number>(occurrences.length);
  const occurrencesOf = new Map<Referent, number[]>();
  let nextStart = text.length;
  for (let i = occurrences.length - 1; i >= 0; i--) {
    nextPersonStart[i] = nextStart;
    if (occurrences[i]!.referent.type === 'person') nextStart = occurrences[i]!.start;
  }
  for (let i = 0; i < occurrences.length; i++) {
    const r = occurrences[i]!.referent;
    if (r.type !== 'person') continue;
    const list = occurrencesOf.get(r);
    if (list) list.push(i);
    else occurrencesOf.set(r, [i]);
  }
  return { occurrences, occurrencesOf, nextPersonStart };
}

/**
 * A referent's gender from its sources, strongest first, each read only when the stronger
 * ones are silent: the KB, an honorific before its last occurrence that has one (else its
 * name's first word), the first-name lexicon, then the pronouns after its occurrences (up
 * to the next person, within 200 characters and the same paragraph).
 */
function referentGender(
  text: string,
  r: Referent,
  evidence: GenderEvidence,
  options: ReferentOptions,
): Gender {
  if (r.type !== 'person') return 'neuter';
  const kb = kbGender(options.facts, r.kbId);
  if (kb) return kb;
  const mine = evidence.occurrencesOf.get(r) ?? [];
  let honorific: 'male' | 'female' | null = null;
  for (const i of mine) {
    const o = evidence.occurrences[i]!;
    const h = honorificGender(text.slice(Math.max(0, o.start - 6), o.start));
    if (h) honorific = h;
  }
  if (honorific === null) {
    const space = r.name.indexOf(' ');
    honorific = honorificGender(`${space < 0 ? r.name : r.name.slice(0, space)} `);
  }
  if (honorific) return honorific;
  const lexicon = firstNameGender(options.firstNames, withoutRegnalTitle(r.name));
  if (lexicon) return lexicon;
  const votes = { male: 0, female: 0 };
  for (const i of mine) {
    const o = evidence.occurrences[i]!;
    const newline = text.indexOf('\n', o.end);
    const limit = Math.min(evidence.nextPersonStart[i]!, o.end + 200, newline < 0 ? text.length : newline);
    const v = pronounVotes(text, o.end, limit);
    votes.male += v.male;
    votes.female += v.female;
  }
  return decideGender(null, null, null, votes);
}

/**
 * A name without a regnal title opening it ("Pope Leo" → "Leo"): what
 * `name.replace(/^\S+\s+(?=\S)/u, (t) => (REGNAL.test(t.trim()) ? '' : t))` gives, with
 * no callback.
 */
function withoutRegnalTitle(name: string): string {
  const first = /^\S+\s+(?=\S)/u.exec(name);
  return first && REGNAL.test(first[0].trim()) ? name.slice(first[0].length) : name;
}

/** Location occurrences as referents of their own (linked name and id when linked). */
function placesOf(
  text: string,
  mentions: readonly Mention[],
  entities: readonly Entity[] | undefined,
): Occurrence[] {
  const out: Occurrence[] = [];
  const covered = new Set<number>();
  const place = (name: string, entityId: string | null, kbId: string | null): Referent => ({
    index: -1,
    name,
    entityId,
    kbId,
    type: 'location',
    gender: 'neuter',
    roles: new Set(),
    occurrences: [],
  });
  for (const e of entities ?? []) {
    if (e.type !== 'location') continue;
    const r = place(e.name, e.id, e.kbId);
    for (const m of e.mentions) {
      r.occurrences.push({ start: m.start, end: m.end });
      out.push({ start: m.start, end: m.end, referent: r });
      covered.add(m.start);
    }
  }
  for (const m of mentions) {
    if (m.type !== 'location' || covered.has(m.start)) continue;
    const r = place(text.slice(m.start, m.end), null, null);
    r.occurrences.push({ start: m.start, end: m.end });
    out.push({ start: m.start, end: m.end, referent: r });
  }
  return out.sort((a, b) => a.start - b.start);
}
