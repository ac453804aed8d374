/**
 * Which organisation or public body a phrase names: the institution named before
 * ("the group", "the agency" → the body named earlier in the sentence or paragraph), a
 * minister's ministry ("the ministry" after "Culture Minister X"), a country's body by its
 * demonym ("Russia's foreign ministry" → "Russian foreign ministry"), an office ("X's office
 * said"), a bare "Police". Separate from people: these answers are bodies, never persons.
 */
import type { Speaker } from '../../core/annotations.js';
import { namesItsKind } from './kind-in-name.js';
import { isCompanyNoun, isDemonym, isOrgNoun, singularOrgNoun } from './lexicon.js';
import type { Occurrence, Referent } from './referents.js';
import {
  countBefore,
  insideQuote,
  lastTurnIn,
  lastTurnNear,
  type ResolveContext,
  type Resolved,
  SENTENCE_BREAK,
  singleSpaced,
  wordAfter,
} from './resolve-context.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { untaggedRepeat } from './untagged-repeat.js';

/** Does `phrase` open with a place the tagger found ("Qatar's prime minister")? */
export function placeAt(phrase: SpeakerPhrase, context: ResolveContext): boolean {
  const places = context.index.places ?? [];
  const i = countBefore(places, phrase.start);
  const o = places[i];
  return (
    o !== undefined && o.start === phrase.start && /^['’]s\s/u.test(context.text.slice(o.end, o.end + 3))
  );
}

/**
 * "Russia's foreign ministry" → "Russian foreign ministry": a phrase opening with a country
 * the tagger found and its possessive, named by the country's demonym (from the KB) and
 * the words after the possessive; null for a place that is no country the KB knows.
 */
export function countryBody(phrase: SpeakerPhrase, context: ResolveContext): Speaker | null {
  const places = context.index.places ?? [];
  const o = places[countBefore(places, phrase.start)];
  if (o === undefined || o.start !== phrase.start) return null;
  const possessive = /^['’]s\s+/u.exec(context.text.slice(o.end, o.end + 3));
  if (!possessive) return null;
  const rest = singleSpaced(context.text.slice(o.end + possessive[0].length, phrase.end));
  // The body is the rest of the phrase, with no second possessive ("Russia's army's chief").
  if (rest === '' || /['’]s\s/u.test(rest)) return null;
  const demonym = context.index.demonym?.(o.referent.name);
  if (!demonym) return null;
  return { name: `${demonym} ${rest}`, entityId: null, mention: { start: phrase.start, end: phrase.end } };
}

/** "the country's health ministry", "the county's emergency services": a place's kind and a body. */
const PLACE_KIND_BODY = /^[Tt]he\s+(country|nation|county)['’]s\s+(\p{Ll}[\p{Ll}\s-]*)$/u;

/**
 * "Lebanon's caretaker prime minister … The country's health ministry said": a body of the
 * place of the kind the phrase says that it stands for (see below, outside quotations),
 * named as reporters name it: a country's by its demonym ("Lebanese health ministry"), a
 * county's by its name ("Buncombe County emergency services"). Null when the words after the
 * possessive do not end in an organisation's noun ("the county's sheriff") or no place fits.
 * ("The city's transport authority" and "the province's emergency office" stay as written:
 * held-out writers name them as written, by the place alone or with the kind.)
 */
export function placeKindBody(phrase: SpeakerPhrase, context: ResolveContext): Speaker | null {
  const m = PLACE_KIND_BODY.exec(phrase.text);
  if (!m) return null;
  const rest = singleSpaced(m[2]!.trim());
  const last = rest.slice(rest.lastIndexOf(' ') + 1);
  if (!isOrgNoun(last) && singularOrgNoun(last) === null) return null;
  const kind = m[1]!;
  const country = kind === 'country' || kind === 'nation';
  const nameFor = (place: Referent): string | null => {
    const demonym = context.index.demonym?.(place.name);
    if (country) return demonym ? `${demonym} ${rest}` : null;
    if (demonym) return null;
    return place.name.toLowerCase().endsWith(` ${kind}`) ? `${place.name} ${rest}` : null;
  };
  // The places before the phrase, and for a county the organisations named like one (the
  // tagger often takes "Buncombe County" for a body), nearest first.
  const places = context.index.places ?? [];
  const candidates = places.slice(0, countBefore(places, phrase.start));
  if (!country) {
    const occurrences = context.index.occurrences;
    const suffix = ` ${kind}`;
    for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
      const o = occurrences[i]!;
      if (o.referent.type === 'organization' && o.referent.name.toLowerCase().endsWith(suffix))
        candidates.push(o);
    }
    candidates.sort((a, b) => a.start - b.start);
  }
  const paragraph = context.paragraphOf(phrase.start);
  // The nearest place of the kind in the phrase's paragraph; else the one the article names
  // most often before it ("Romania's top court … Russia had run … The country's
  // intelligence services": Romania), the first named on a tie.
  const tally = new Map<Referent, { count: number; name: string }>();
  let top: { count: number; name: string } | null = null;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const o = candidates[i]!;
    if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
    const name = nameFor(o.referent);
    if (!name) continue;
    if (context.paragraphOf(o.start) === paragraph)
      return { name, entityId: null, mention: { start: phrase.start, end: phrase.end } };
    const t = tally.get(o.referent) ?? { count: 0, name };
    t.count++;
    tally.set(o.referent, t);
    if (!top || t.count >= top.count) top = t;
  }
  return top ? { name: top.name, entityId: null, mention: { start: phrase.start, end: phrase.end } } : null;
}

/** A bare reference to an organisation as a body: "the group", "the cartel", "the alliance". */
export const GROUP_WORDS =
  /^the\s+(?:group|cartel|alliance|coalition|organi[sz]ation|forum|movement|campaign)$/iu;

/**
 * The organisation "the group" stands for: the last one named before it in its sentence
 * outside quotations, else the speaker of the last turn of this or the previous paragraph
 * when that was an organisation.
 */
export function groupNamedBefore(phrase: SpeakerPhrase, context: ResolveContext): Referent | null {
  const { text } = context;
  const occurrences = context.index.occurrences;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
    // Past the start of the sentence (a full stop, a question or exclamation mark, a newline).
    if (/[.!?]\s|\n/u.test(text.slice(o.end, phrase.start))) {
      // "Hezbollah confirmed his death hours later. The group said …": the organisation
      // opening the sentence before, in the same paragraph.
      const opener = openingOrganisation(text, occurrences, i, phrase.start);
      if (opener) return opener;
      break;
    }
    if (o.referent.type === 'organization') return o.referent;
  }
  const t = lastTurnNear(phrase, context);
  return t?.referent?.type === 'organization' ? t.referent : null;
}

/**
 * The organisation opening the sentence right before the one holding `at`, in the same
 * paragraph, read back from occurrence `i` (the last one before that sentence), or null.
 */
function openingOrganisation(
  text: string,
  occurrences: readonly Occurrence[],
  i: number,
  at: number,
): Referent | null {
  const between = text.slice(occurrences[i]!.end, at);
  if (between.includes('\n') || between.match(/[.!?]\s/gu)!.length !== 1) return null;
  for (let k = i; k >= 0; k--) {
    const o = occurrences[k]!;
    const before = text.slice(Math.max(0, o.start - 6), o.start);
    if (o.start === 0 || /(?:^|[.!?]\s|\n)(?:The\s)?$/u.test(before))
      return o.referent.type === 'organization' ? o.referent : null;
    if (/[.!?]\s|\n/u.test(text.slice(o.end, occurrences[i]!.end + 1))) return null;
  }
  return null;
}

/** A bare institution named by its kind: "the agency", "the headquarters", "the commission". */
export const INSTITUTION_KIND =
  /^the\s+(agency|headquarters|committee|commission|ministry|authority|council|department|regulator|institute|bureau|inquiry|tribunal|watchdog|union)$/iu;

/**
 * The institution "the agency" stands for: the nearest organisation named before it outside
 * quotations, in its paragraph or the one before, whose name holds the same word ("the
 * headquarters" → "Coordination Headquarters"); else the organisation that spoke last in its
 * own paragraph, when no other organisation was named since ("The CDC said … The agency
 * said …").
 */
export function institutionNamedBefore(
  phrase: SpeakerPhrase,
  kind: string,
  context: ResolveContext,
): Referent | null {
  const paragraph = context.paragraphOf(phrase.start);
  const occurrences = context.index.occurrences;
  let lastOrganisation: Referent | null = null;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (insideQuote(context.quoted, o.start)) continue;
    if (context.paragraphOf(o.start) < paragraph - 1) break;
    if (o.referent.type !== 'organization') continue;
    // "The National Weather Service had issued a flood watch …, the agency said": a public
    // body named earlier in the same sentence, or in the sentence before it in its
    // paragraph ("The FAA had granted a licence. In a statement, the agency said"), is
    // "the agency" whatever its name says.
    if (
      lastOrganisation === null &&
      ANY_BODY_KINDS.has(kind) &&
      isInstitution(o.referent) &&
      withinSentenceBefore(context.text.slice(o.end, phrase.start))
    )
      return o.referent;
    lastOrganisation ??= o.referent;
    if (o.referent.name.toLowerCase().split(/\s+/u).includes(kind)) return o.referent;
  }
  const t = context.turns.findLast((x) => x.at < phrase.start);
  const r = t?.paragraph === paragraph ? t.referent : null;
  return r?.type === 'organization' && (lastOrganisation === null || lastOrganisation === r) ? r : null;
}

/**
 * Kinds any public body may be called ("the agency" for a weather service or a regulator,
 * "the union" for a machinists' association).
 */
const ANY_BODY_KINDS: ReadonlySet<string> = new Set([
  'agency',
  'authority',
  'regulator',
  'watchdog',
  'union',
]);

/** Is `between` (text between a name and a phrase) inside one sentence, or this one and the one before, in one paragraph? */
function withinSentenceBefore(between: string): boolean {
  if (between.includes('\n')) return false;
  const first = SENTENCE_BREAK.exec(between);
  return first === null || !SENTENCE_BREAK.test(between.slice(first.index + first[0].length));
}

/** "Culture Minister ", "Foreign Affairs Minister ": a portfolio's title right before a name. */
const PORTFOLIO_MINISTER = /\b((?:\p{Lu}\p{Ll}+\s+){1,2})Minister\s+$/u;

/** Titles written "X Minister" that name no ministry. */
const NO_PORTFOLIO: ReadonlySet<string> = new Set(['prime', 'chief', 'first', 'deputy', 'state', 'junior']);

/**
 * "Culture Minister Rachida Dati said …. The ministry said …": with no ministry named, "the
 * ministry" is that of the last minister whose portfolio its own paragraph gave before it,
 * named as written ("culture ministry"). Further back it stays as written.
 */
export function ministryOfMinister(phrase: SpeakerPhrase, context: ResolveContext): Speaker | null {
  const paragraph = context.paragraphOf(phrase.start);
  const occurrences = context.index.occurrences;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (context.paragraphOf(o.start) < paragraph) break;
    if (o.referent.type !== 'person' || insideQuote(context.quoted, o.start)) continue;
    const title = PORTFOLIO_MINISTER.exec(context.text.slice(Math.max(0, o.start - 40), o.start));
    if (!title) continue;
    const portfolio = title[1]!.trim().toLowerCase();
    if (portfolio.split(/\s+/u).some((w) => NO_PORTFOLIO.has(w))) continue;
    return {
      name: `${portfolio} ministry`,
      entityId: null,
      mention: { start: phrase.start, end: phrase.end },
    };
  }
  return null;
}

/** Words in an organisation's name that make it no company: "IG Metall union", "Finance Ministry". */
const INSTITUTION_WORDS =
  /\b(?:union|ministry|agency|council|court|party|commission|committee|government|parliament|police|army|university|federation|association|department|office|authority|regulator|institute|bureau|league|foundation|reserve|fund|organi[sz]ation|service|forces|school|hospital|congress|senate|assembly|nations|delegation|confederation|chamber|movement|administration)\b/iu;

/**
 * The organisation a description of its kind points back to, among those named before it
 * outside quotations in its paragraph or the two before: "the company" / "the chipmaker"
 * skip institutions (a union, a ministry, even when only the word after the name says so:
 * "the IG Metall union"); "the central bank" wants a central bank's name (Bank, Reserve,
 * Fed). One named earlier in the same sentence wins ("Tesla delivered …, the American
 * company said"); else the nearest one the article's first paragraph names (the story's
 * company, not a rival named in passing); else the nearest in its paragraph. A company
 * named only in an earlier paragraph after the lead stays unresolved; further on, the company
 * the lead names is still "the company". One passed over whose name holds the kind ("Alaska
 * Airlines" for "the airline") wins over the lead's; a company the tagger missed in the
 * sentence but found elsewhere is named there all the same (untagged-repeat.ts).
 */
export function organisationNamedBefore(
  phrase: SpeakerPhrase,
  head: string,
  ws: readonly string[],
  context: ResolveContext,
): Referent | null {
  const company = isCompanyNoun(head);
  const centralBank = head === 'bank' && ws.includes('central');
  if (!company && !centralBank) return null;
  // "the ferry operator", "the drone maker": a modifier other than a nationality may say the
  // company is another one than the names before it — only the same sentence decides then.
  const bareKind = centralBank || ws.every((w) => w === head || isDemonym(w[0]!.toUpperCase() + w.slice(1)));
  const { text } = context;
  const paragraph = context.paragraphOf(phrase.start);
  let sentenceStart = -2;
  const sentenceStartOf = () => {
    if (sentenceStart === -2) {
      const floor = Math.max(0, phrase.start - 400);
      sentenceStart = floor;
      for (let i = phrase.start - 1; i > floor; i--) {
        const c = text.charCodeAt(i);
        // (A closing mark may stand between the full stop and the space: `sustainable." "Our`.)
        const next = text.charCodeAt(i + 1) === 34 || text.charCodeAt(i + 1) === 0x201d ? i + 2 : i + 1;
        if (c === 10 || ((c === 46 || c === 63 || c === 33) && text.charCodeAt(next) === 32)) {
          sentenceStart = i;
          break;
        }
      }
    }
    return sentenceStart;
  };
  const occurrences = context.index.occurrences;
  const lastSpeaker = lastTurnIn(context, paragraph, phrase.start)?.referent;
  const spokeLast =
    lastSpeaker?.type === 'organization' && !isInstitution(lastSpeaker) ? lastSpeaker : undefined;
  // A company the tagger found elsewhere, its name written untagged in this sentence.
  const repeatedInSentence = () =>
    company
      ? untaggedRepeat(
          text,
          sentenceStartOf(),
          phrase.start,
          context.index.referents.filter((r) => r.type === 'organization' && !isInstitution(r)),
        )
      : null;
  let nearest: Referent | null = null;
  // The nearest one passed over whose name says it is of the kind ("Alaska Airlines").
  let ofKind: Referent | null = null;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
    const at = context.paragraphOf(o.start);
    if (at < paragraph - 2) break;
    const r = o.referent;
    if (r.type !== 'organization') continue;
    if (centralBank) {
      if (!/\b(?:bank|reserve|fed)\b/iu.test(r.name)) continue;
    } else if (isInstitution(r) || INSTITUTION_WORDS.test(wordAfter(text, o.end))) continue;
    if (o.start > sentenceStartOf()) return r;
    // "Nvidia said … DeepSeek's model was …. “…,” the company said": the company that
    // spoke last in the paragraph, over one named since as what it spoke about.
    if (company && spokeLast !== undefined && spokeLast !== r) return spokeLast;
    if (!bareKind) return repeatedInSentence();
    if (at === paragraph) nearest ??= r;
    if (r.occurrences.some((x) => context.paragraphOf(x.start) === 0)) return ofKind ?? r;
    if (!ofKind && namesItsKind(r.name, head)) ofKind = r;
  }
  if (!bareKind && !nearest) return repeatedInSentence();
  if (nearest || !company || !bareKind) return nearest;
  // Further on, "the company" is still the story's company: the first one the lead names.
  for (const o of occurrences) {
    if (context.paragraphOf(o.start) > 0 || o.start >= phrase.start) break;
    if (o.referent.type === 'organization' && !isInstitution(o.referent)) {
      if (!INSTITUTION_WORDS.test(wordAfter(text, o.end))) return o.referent;
    }
  }
  return null;
}

const INSTITUTIONS = new WeakMap<Referent, boolean>();
/** Does an organisation's name say it is an institution, no company? (Read once per referent.) */
function isInstitution(r: Referent): boolean {
  let known = INSTITUTIONS.get(r);
  if (known === undefined) {
    known = INSTITUTION_WORDS.test(r.name);
    INSTITUTIONS.set(r, known);
  }
  return known;
}

/** Bodies inside an organisation that speak as themselves ("the company's board"). */
export const INNER_BODIES = new Set([
  'board',
  'management',
  'leadership',
  'shareholders',
  'directors',
  'trustees',
]);

/** Bodies that speak for a country or an organisation: "its government", "their ministry". */
export const STATE_BODIES = new Set([
  'government',
  'ministry',
  'cabinet',
  'administration',
  'embassy',
  'presidency',
  'leadership',
  'board',
  'management',
]);

/** The nearest organisation or place before `phrase` in its paragraph, outside quotations. */
export function ownerBefore(phrase: SpeakerPhrase, context: ResolveContext): Referent | null {
  const paragraph = context.paragraphOf(phrase.start);
  let best: Occurrence | null = null;
  const consider = (list: readonly Occurrence[]) => {
    for (let i = list.length - 1; i >= 0; i--) {
      const o = list[i]!;
      if (o.start >= phrase.start) continue;
      if (context.paragraphOf(o.start) < paragraph) break;
      if (insideQuote(context.quoted, o.start) || o.referent.type === 'person') continue;
      if (!best || o.start > best.start) best = o;
      break;
    }
  };
  consider(context.index.occurrences);
  consider(context.index.places ?? []);
  const found = best as Occurrence | null;
  return found ? found.referent : null;
}

/** "Netanyahu's office", "the minister's press office": an office that speaks for its head. */
export const OFFICE_OF = /^(.+?)(['’])s\s+((?:press\s+)?office|team|workplace)$/iu;

/**
 * The office of the person or organisation named in `phrase` ("Benjamin Netanyahu's
 * office said"), as the speaker: the office said it, not its head. Its name is the phrase
 * as written (titles the tagger kept before a person's name are dropped); it has no
 * entity of its own.
 */
export function officeSpeaker(phrase: SpeakerPhrase): Resolved | null {
  // The pattern ends in "office" or "team" (ASCII letters: no other character folds to
  // them), which is the phrase's own last word: tested first, without the pattern (which
  // tries every start of the owner's name). "Klein's team said": the named person's team
  // speaks as an office does.
  if (!endsWithOffice(phrase.text) && !endsWithTeam(phrase.text)) return null;
  const m = OFFICE_OF.exec(phrase.text.replace(/\s+/gu, ' ').trim());
  if (!m) return null;
  let owner = m[1]!;
  const name = phrase.referent?.name;
  if (name && owner !== name && owner.endsWith(` ${name}`)) owner = name;
  return {
    speaker: {
      // A spinner's "workplace" is the office it stands for.
      name: `${owner}${m[2]!}s ${m[3]!.toLowerCase() === 'workplace' ? 'office' : m[3]!.toLowerCase()}`,
      entityId: null,
      mention: { start: phrase.start, end: phrase.end },
    },
    referent: null,
    certainty: 1,
  };
}

/** Does `s`, without its trailing spaces, end in "office" (or a spinner's "workplace") in any case? */
export function endsWithOffice(s: string): boolean {
  const t = s.trimEnd();
  if (t.length >= 9 && t.slice(-9).toLowerCase() === 'workplace') return true;
  return t.length >= 6 && t.slice(-6).toLowerCase() === 'office';
}

/**
 * Is `speaker` a body named as written, with no entity ("Brazilian foreign ministry", from
 * {@link countryBody})? Its name opens with a capital and ends with an institution's word.
 */
export function isCountryBody(speaker: Speaker): boolean {
  return (
    speaker.entityId === null &&
    !speaker.anonymous &&
    /^\p{Lu}/u.test(speaker.name) &&
    INSTITUTION_WORDS.test(speaker.name.slice(speaker.name.lastIndexOf(' ') + 1))
  );
}

/**
 * "India's defence ministry said … “…,” the ministry said": "the ministry" goes on with the
 * body named as written (no entity) that spoke last in its paragraph, when that body's name
 * ends in the same kind.
 */
export function bodyThatSpokeLast(
  phrase: SpeakerPhrase,
  kind: string,
  context: ResolveContext,
): Speaker | null {
  const turn = lastTurnIn(context, context.paragraphOf(phrase.start), phrase.start);
  if (!turn || turn.referent !== null || !isCountryBody(turn.speaker)) return null;
  if (!turn.speaker.name.toLowerCase().endsWith(` ${kind}`)) return null;
  return { ...turn.speaker, mention: { start: phrase.start, end: phrase.end } };
}

/** Is `speaker` an office found by {@link officeSpeaker}? */
export function isOffice(speaker: Speaker): boolean {
  return speaker.entityId === null && / office$/u.test(speaker.name) && /['’]s /u.test(speaker.name);
}

/** Resolves a speaker phrase in context; null only for pronouns with no antecedent. */
/**
 * "Police said …" after "Avon and Somerset Police said …": a bare "police" is the one
 * police force the article named before it (outside quotations), when there is one.
 */
export function policeForce(phrase: SpeakerPhrase, context: ResolveContext): Referent | null {
  let force: Referent | null = null;
  for (const r of context.index.referents) {
    if (
      r.type !== 'organization' ||
      !/\b(?:police|constabulary)\b/iu.test(r.name) ||
      /\s/u.test(r.name) === false
    )
      continue;
    if (!r.occurrences.some((o) => o.start < phrase.start && !insideQuote(context.quoted, o.start))) continue;
    if (force) return null;
    force = r;
  }
  return force;
}

/** Does `s`, without its trailing spaces, end in "'s team" (a person's team, as written)? */
export function endsWithTeam(s: string): boolean {
  const t = s.trimEnd();
  return t.length >= 7 && /['’]s\s+team$/iu.test(t.slice(-8));
}
