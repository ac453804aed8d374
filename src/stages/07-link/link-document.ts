/**
 * Links the name mentions of one document to knowledge-base entities, repairing mangled
 * names only on evidence. Three passes:
 *
 * 1. exact names and aliases (and acronyms for organisations) — confident links that
 *    also tell later passes which organisations the article speaks of;
 * 2. full names not found exactly: sound-alike candidates from the fuzzy index, kept
 *    only with evidence — a role cue next to the mention, a role cue elsewhere in the
 *    article (a person introduced by description), the article naming an organisation
 *    the candidate leads, or a near-identical spelling with no rival candidate;
 * 3. one-word person mentions: they follow a full form earlier in the article (exact or
 *    sound-alike surname), else a KB surname with evidence.
 *
 * Words that make someone a private individual ("a dairy farmer", "54,") veto a repair
 * that lacks a role cue. Mentions with the same surface share one decision.
 */
import type {
  Entity,
  EntityMention,
  EntityType,
  Evidence,
  Mention,
  Sentence,
  Token,
} from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import { type KbEntity, type KbNameKind, roleActiveOn } from '../../kb/model.js';
import { arabicNameForm, normalizeName, surnameOf } from '../../kb/names.js';
import { usStateOfCity } from '../../kb/us-states.js';
import type { KnowledgeBase, NameHit } from '../../ports/knowledge-base.js';
import { acronymOfOtherSphere } from './acronym-spheres.js';
import { affiliationAfter, belongsTo } from './affiliations.js';
import {
  type Candidate,
  CandidateSearch,
  COMPATIBLE,
  MIN_OTHER_PROMINENCE,
  NAMES_AND_ALIASES,
  SURNAMES,
} from './candidate-search.js';
import {
  ageContradicts,
  agedNamesake,
  ageFits,
  describesPrivatePerson,
  everydayLifeIn,
  fallFromPowerAfter,
  givesAge,
  hasRoleCue,
  introducedByApposition,
  localPresentation,
  type MentionContext,
  mentionContext,
  namesakeCue,
  namesakeWordsIn,
  postAtUnnamedBody,
  presentedByPublicDeed,
  privateLifeIn,
  publicAffairsIn,
  relationBefore,
  sentenceOf,
  turnedAge,
} from './context.js';
import { stateMentions } from './demonym-states.js';
import { type Description, findDescriptions } from './descriptions.js';
import { appositionAfter, contradictingHead, headNoun, isPublicHead, profileText } from './descriptor.js';
import { DocumentKnowledgeBase } from './document-kb.js';
import { editionOf } from './editions.js';
import { elidedHeadEntity } from './elided-heads.js';
import { EventNameMatcher } from './event-names.js';
import {
  CueMatches,
  coMentioned,
  evidence,
  NO_ROLE,
  OrgNames,
  type RoleEvidence,
  roleDetail,
  roleEvidence,
} from './evidence.js';
import { faintSlip } from './faint-slips.js';
import { withFirmNames } from './firm-names.js';
import { hasOtherGivenName, relativeBySurname } from './given-names.js';
import { initialsAndSurname, initialsFit } from './initials.js';
import { joinedOrganisation } from './joined-names.js';
import {
  calledByFirstWord,
  commonNounInSentence,
  givenNameBearers,
  isFullFormTail,
  leadingGivenName,
} from './lone-names.js';
import { deglossName, glossContinuation } from './name-glosses.js';
import { eitherOrder, FamilyNames, familyNameFirst, reversedName } from './name-order.js';
import { dominantCountry, NationalBodies, type NationalBody } from './national-bodies.js';
import { cueWithoutOthersDescriptions } from './others-descriptions.js';
import { isPeopleWord } from './people-words.js';
import { addressMentions } from './place-addresses.js';
import {
  clubNameForms,
  companyAsPlace,
  continuesAsName,
  countryWordBefore,
  inMatchResult,
  isAddressState,
  localNameContinues,
} from './place-senses.js';
import {
  nationOfApposition,
  placeAsKindOfThing,
  regionStartsList,
  stateAbbreviationAfter,
  stateOfAttributive,
  thingCalledByName,
  thingNamedAfterPlace,
  US_STATES,
} from './place-things.js';
import {
  ANY_ROLE_CUE,
  cueForRole,
  cueText,
  DocumentCueText,
  headshipCue,
  mayHaveRoleCue,
  normalizeTitle,
} from './roles.js';
import { scriptRouteVariants } from './script-routes.js';
import {
  letterProfile,
  letterSlips,
  letters,
  lettersSimilarityAtLeast,
  PROFILE_SLOTS,
  similarityCeiling,
} from './similarity.js';
import { adjustMentions, hasWords, missedMentions, titleHeadAtEnd, wordEnds } from './spans.js';
import { documentSpheres, personSphere, type Sphere, tradeSphere, withoutSphereTrades } from './spheres.js';
import { findSpun, findSpunTies, SUMMIT_WORDS, spunSpans } from './spin.js';
import { despinName, despunReadings, isSpinnerWord } from './spinner-lexicon.js';
import { type SummitMention, summitMentions } from './summits.js';

export interface LinkThresholds {
  /** Least name similarity for a repair backed by a role cue (title + organisation) next to the mention. */
  readonly withRoleAndOrg: number;
  /** … backed by a role title next to the mention, organisation not named. */
  readonly withRoleTitle: number;
  /** … backed by a role cue elsewhere in the article, or an organisation the person leads. */
  readonly withDocumentCue: number;
  /** … with no cue next to it, no rival candidate, and one kind of support in the article. */
  readonly spellingOnly: number;
  /** … with no cue next to it, no rival candidate, and two kinds of support in the article. */
  readonly corroborated: number;
  /** … of a household name (prominence 5) with no support, no rival, nothing of private life in the sentence. */
  readonly householdName: number;
  /** … of a full name very like one prominent person's, with no rival candidate at all (see `fuzzy`). */
  readonly strongLikeness: number;
  /** Least similarity for a one-word mention to join an earlier full form. */
  readonly surnameJoin: number;
  /** Least similarity for a sound-alike organisation, place or event name (no cue needed). */
  readonly otherTypes: number;
}

export const DEFAULT_THRESHOLDS: LinkThresholds = {
  withRoleAndOrg: 0.55,
  withRoleTitle: 0.7,
  withDocumentCue: 0.78,
  spellingOnly: 0.92,
  corroborated: 0.86,
  householdName: 0.95,
  strongLikeness: 0.86,
  surnameJoin: 0.78,
  otherTypes: 0.9,
};

export interface LinkInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  /** Word tokens, for names the mention layer missed; without them only mentions are linked. */
  readonly tokens?: readonly Token[];
  /** Article date (ISO); roles are matched as held on it. */
  readonly date: string | null;
}

/** "… for lift engineers", "… for young farmers": lower-case words naming whom an event is for. */
const AUDIENCE_AFTER = /^\s+for\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*(?:s|ers|ists|ians))\b/u;

/**
 * ", organised by the city's chamber of commerce", "… hosted by a local rotary club": a local
 * organiser named right after a spun event name (after its audience, if any), which a famous
 * event of the KB does not have.
 */
const LOCAL_ORGANISER_AFTER =
  /^(?:\s+for\s+[\p{Ll}\s-]+)?\s*,\s*(?:organi[sz]ed|hosted|run|held|staged)\s+by\s+(?:the\s+|an?\s+)?(?:(?:city|town|village|county|district|borough)['’]s\s+|local\s+|(?:[\p{Ll}-]+\s+){0,2}(?=chamber of commerce\b))([\p{Ll}\s-]{3,40}?)(?=[,.;]|\s+(?:and|to|in|on)\b)/u;

/** Titles the KB writes as part of a name ("Pope Francis", "King Charles"), just before a mention. */
const NAME_TITLE_BEFORE = /\b(Pope|King|Queen|Prince|Princess|Sultan|Sheikh|Emir|Patriarch|Ayatollah)\s+$/;

/** A name that starts with a surname particle is a surname used alone ("Von der Leyen", "Al-Sisi", "Bin Salman"). */
const PARTICLE_START = /^(von|fon|van|der|al|el|bin|ibn|ben|abu)[\s-]+\p{Lu}/iu;

/** "Abu Mohammad al-Julani": a kunya and the names after it are a full name, not a surname alone. */
const KUNYA_NAME = /^Abu\s+\p{Lu}\S*\s+\S/u;

/**
 * "De Wever", "Le Pen", "Da Silva": a particle and one capitalised word, tagged as a person,
 * is a surname alone (only for person mentions: "Le Monde", "La Liga" are not).
 */
const ROMANCE_PARTICLE_SURNAME = /^(?:[Dd](?:e|a|i|el|ella|os|as)|[Ll][ea])\s+\p{Lu}[\p{L}\p{M}'’-]*$/u;

const HONORIFIC = /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|professor)\.?\s+/i;

/** A nickname in quotes inside a name (`Armand "Mondo" Duplantis`): not part of the name the KB holds. */
const QUOTED_NICKNAME = /\s["“][^"“”]{1,20}["”](?=\s)/;

/** The name inside a mention: honorifics, a quoted nickname and a possessive 's dropped. */
export function cleanSurface(surface: string): string {
  return surface
    .replace(HONORIFIC, '')
    .replace(QUOTED_NICKNAME, '')
    .replace(/['’]s$/, '')
    .trim();
}

interface Decision {
  readonly entity: KbEntity | null;
  readonly evidence: Evidence[];
  readonly confidence: number;
  /** The KB entity the context refused (a namesake described as somebody else). */
  readonly refusedEntity?: KbEntity;
}

/** What the words around a place name say of it (see placeElsewhere). */
interface PlaceCue {
  /** "Paris, Texas": the capitalised name right after the comma, or null. */
  readonly region: string | null;
  /** "the village of Delhi", "Moscow, a town of 25,000": the settlement noun, or null. */
  readonly small: string | null;
  /** Whether the region word starts a list of names rather than an address. */
  readonly listed: boolean;
  /** "sprouts" of "Brussels sprouts": a common noun fused with the name into a thing, or null. */
  readonly thing: string | null;
  /** "the Cornwall road": a local noun the name is used before, or null (see `usTownArticle`). */
  readonly local: string | null;
}

/** True when `o` bears `c`'s surname (the same last word) and matches the given name well ("Mukesh" of Mukesh Ambani). */
function sameFamilyBetterGiven(o: Candidate, c: Candidate): boolean {
  if (o.givenSim < 0.9 || o.surnameSim < c.surnameSim - 0.05) return false;
  const last = (e: KbEntity) => normalizeName(e.name).split(' ').pop();
  return last(o.entity) === last(c.entity);
}

/** The preposition between two mentions that may together be one name ("Nobel Prize in Literature"). */
const LINKING_WORD = /^ (?:in|of|for|on) $/;
/** A capitalised word right before a name ("President Biden", "Gov. Newsom"): maybe a title. */
const TITLE_WORD_BEFORE = /(?<![\p{L}.])(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\b)\p{Lu}[\p{L}-]*\.?\s+$/u;
/** A preposition or article right before a name: what follows it is the place ("envoy for Ukraine Keith …"). */
const PLACE_WORD_BEFORE = /\b(?:of|for|in|from|to|at|on|with|across|into|by|near|the|a|an)\s+$/i;
const SMALL_BEFORE = /\b(town|village|hamlet|township)\s+of\s+$/;
const SMALL_AFTER = /^,\s+(?:a|the)\s+(?:\w+\s+)?(town|village|hamlet|township)\b/;
const REGION_AFTER = /^,\s+(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)/u;
/** "Havana, a small city in north Florida": the region an apposition places the town in. */
const REGION_IN_APPOSITION =
  /^,\s+(?:a|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:town|city|metropolis|village|community|suburb)\s+in\s+(?:(?:north|south|east|west|northern|southern|eastern|western|central|rural|upstate)\s+)?(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)/u;

/** The place cue of one mention, or null when the words around it say nothing. */
function placeCueAt(text: string, span: { readonly start: number; readonly end: number }): PlaceCue | null {
  const before = text.slice(Math.max(0, span.start - 20), span.start);
  const after = text.slice(span.end, span.end + 80);
  const small = SMALL_BEFORE.exec(before)?.[1] ?? SMALL_AFTER.exec(after)?.[1] ?? null;
  const regionMatch =
    stateAbbreviationAfter(after) ??
    REGION_AFTER.exec(after) ??
    REGION_IN_APPOSITION.exec(after) ??
    nationOfApposition(after) ??
    stateOfAttributive(after);
  const region = regionMatch?.[1] ?? null;
  // "Lebanon, Pennsylvania dropped …" is an address; "Mexico, Texas and Arizona" a list.
  const listed = regionMatch ? regionStartsList(after.slice(regionMatch[0].length)) : false;
  // "Panama hat", "chicken Kiev", "a mare named Kharkiv", "a Manhattan and a Singapore sling":
  // a thing named after the place, or given its name.
  const thing =
    thingNamedAfterPlace(text, span.start, span.end) ??
    thingCalledByName(text, span.start, span.end) ??
    placeAsKindOfThing(text, span.start, span.end);
  const local = LOCAL_AFTER.exec(after)?.[1] ?? null;
  return small || region || thing || local ? { region, small, listed, thing, local } : null;
}

/**
 * "the Cornwall road", "the Norway fire station": a place name used before a noun of local
 * life. Alone it says nothing (a road to Cornwall); in an article set in a US town named like a
 * foreign place it is the neighbouring namesake town (see `usTownArticle`).
 */
const LOCAL_AFTER =
  /^\s+(road|street|avenue|highway|turnpike|pike|bridge|exit|line|school|schools|library|park|fire|police|borough|township|church|mall|fairgrounds?|diner|post office|town hall|plant|mill|farm|volunteer)\b/;

/**
 * A name joined by a hyphen to a lower-case participle or noun ("Washington-based",
 * "Iowa-born", "Kremlin-backed"): an adjective, whose name part is no mangled longer name.
 */
const ADJECTIVE_COMPOUND =
  /-(?:based|born|bred|raised|led|backed|owned|run|made|style|era|bound|linked|funded|financed|sponsored|friendly|allied|aligned|leaning|controlled|held|occupied|registered|listed|focused|centric|area|wide)$/u;

/** A name followed by a plural of the people of a body ("Supreme Court Justices", "Senate staffers"). */
const MEMBERS_AFTER =
  /^(.+?)\s+(?:[Jj]ustices|[Jj]udges|[Mm]embers|[Oo]fficials|[Ll]awmakers|[Ss]taffers|[Ll]eaders|[Dd]elegates|[Ee]mployees|[Ww]orkers|[Oo]fficers|[Aa]gents|[Tt]roops|[Ss]oldiers|[Pp]layers|[Ff]ans|[Ss]upporters|[Vv]oters|[Cc]ommissioners|[Tt]rustees|[Dd]irectors|[Ss]enators|[Cc]ongressmen)$/u;

/** "Costa reported from Washington.", "Rucker contributed to this report": a reporter's sign-off after the name. */
const REPORTER_SIGN_OFF = /^\s+(?:reported\s+from|contributed\s+(?:to\s+this\s+report|reporting))\b/u;

/** A word for an event right after a name ("WWDC conference", "Eurovision contest"). */
const EVENT_WORD_AFTER =
  /^\s+(?:conference|summit|festival|expo|convention|contest|tournament|games|marathon)\b/i;

/** "in", "to", "from", "near" right before a name: what follows is where, not who. */
const TOWN_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|to|from|near)\s+$/u;

/** A sports team's noun right before a name ("club Sedan", "side Seraing"): the name is the club's. */
const CLUB_BEFORE = /\b(?:club|side|outfit)\s+$/;

/** "in " right before a name: a place's preposition, not an event's ("at Davos", "during Davos"). */
const IN_BEFORE = /(?:^|[^\p{L}])[Ii]n\s+$/u;

/** No link: the mention keeps its surface name. A fresh object, since clusters add evidence. */
function nil(): Decision {
  return { entity: null, evidence: [], confidence: 0.5 };
}

/** No link, because the context describes somebody else: the refusal shows as evidence. */
function refused(entity: KbEntity, word: string): Decision {
  return {
    entity: null,
    evidence: [evidence('contradiction', `described as "${word}": not ${entity.name} (${entity.id})`, 1)],
    confidence: 0.6,
    refusedEntity: entity,
  };
}

/** A mention ready for linking: its cleaned surface, normalised form, and context once read. */
interface Prepared {
  readonly m: Mention;
  readonly surface: string;
  readonly norm: string;
  context: MentionContext | null;
}

interface Cluster {
  readonly surface: string;
  /** `normalizeName(surface)`, made once (passes compare it with every later mention). */
  readonly norm: string;
  readonly type: EntityType;
  decision: Decision;
  readonly mentions: EntityMention[];
  /** Letters of the surnames a one-word mention may join it under (computed on first use), and their letter profiles. */
  surnameLetters?: string[];
  surnameProfiles?: Int32Array;
  /** Letters of the first word of a private (NIL) person's full form, set with `surnameLetters`. */
  leadLetters?: string;
  /** Whether a surface is a repair of the cluster's entity, per surface seen. */
  repairs?: Map<string, boolean>;
}

/** `date` (ISO) moved by whole years. */
function shiftYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** A capitalised word right after a given name: the tagger cut a longer name ("George HW Bush"). */
const NAME_WORD_AFTER = /^\s["“(]?\p{Lu}/u;

/** Punctuation or a function word after a given name alone (see `givenNameSlot`). */
const GIVEN_NAME_SLOT_AFTER =
  /^(?:[,.;:!?"”’')]|\s+(?:is|was|has|had|and|or|who|will|would|could|can|did|does|do|may|might|must|should|also|then|later|just|still|never|not|[a-z]{2,}(?:es|s))\b)/;

/** The letter profile of the one-word mention `joinFullForm` compares (one at a time). */
const WORD_PROFILE = new Int32Array(PROFILE_SLOTS);

/** Capitalised words of KB descriptions that name no particular sphere. */
const GENERIC_CAPITALS = new Set(
  `president prime minister chancellor secretary general united states republic democratic national party
  chief executive officer former vice chair chairman governor bank central federal state senator member
  house senate council commission leader king queen prince crown first deputy foreign finance defence
  defense interior justice affairs supreme court army navy force forces people peoples socialist
  conservative liberal labour labor christian union european international world new north south east west
  since until from born`.split(/\s+/),
);

/** How many kinds of support the article gives a candidate (see `corroboration`), with prose. */
interface Corroboration {
  readonly count: number;
  readonly details: readonly string[];
}

/** A short form written in mixed case ("BoE", "dpa") matches only as written. */
function shortIsMixedCase(hit: NameHit, surface: string): boolean {
  return hit.entity.names.some(
    (n) => n.kind === 'short' && n.text === surface && n.text !== n.text.toUpperCase(),
  );
}

/** A capitalised word that begins the text or a sentence, right before a name (one space between). */
const SENTENCE_FIRST_WORD = /(?:^|[.!?]["”’]?\s+)(\p{Lu}\p{Ll}+) $/u;

/** First words of a sentence that are no given name (see `withFirstWordOfSentence`). */
const NOT_A_GIVEN_NAME_START =
  /^(?:The|A|An|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|President|Premier|Minister|Chancellor|Secretary|Senator|Governor|General|Mayor|Judge|Justice|King|Queen|Prince|Princess|Pope|Sheikh|Emir|Sultan|Chief|Director|Deputy|Vice|Former|When|After|Before|While|As|If|But|And|Yesterday|Today|Meanwhile|However|Then|Now|Later|Earlier|Last|Next|This|That|Both|Each|Only|Even)$/;

/** The fewest letters of a surname alone repaired without a role cue ("Ramaposa"): short ones are too many others'. */
const NEAR_MISS_SURNAME_LETTERS = 7;

/** A possessive and a word of kin right before a lone given name ("his son [Jens]"). */
const KIN_BEFORE =
  /\b(his|her|their)\s+(son|daughter|brother|sister|father|mother|wife|husband|nephew|niece|grandson|granddaughter|uncle|aunt|cousin)\s+$/;

/** A verb of saying right after a name: the name is its subject. */
const SAYS_AFTER = /^\s(?:said|says|told|added)\b/;

/** Whether the mention's text holds a space (a name of more than one word). */
function hasSpaceIn(text: string, m: Mention): boolean {
  return /\s/.test(text.slice(m.start, m.end));
}

/** The prominence of a place that does not speak for a government or a team ("Ueda said"). */
const MINOR_TOWN = 1;

/** Whether all the hits that are no people are minor towns: no body, no place of note (see `speakerNotTown`). */
function onlyMinorTowns(hits: readonly NameHit[]): boolean {
  return hits.every(
    (h) => h.entity.type === 'person' || (h.entity.type === 'location' && h.entity.prominence <= MINOR_TOWN),
  );
}

/** Verbs of saying (cue text): what stands before them is their subject, not the name after them. */
const SAYING = /^(said|says|stated|states|told|added|announced|confirmed|reported|claimed|insisted|warned)$/;

/** One word that is a title, not a name ("Head", "President", "Minister"). */
function isLoneTitle(surface: string): boolean {
  if (/\s/.test(surface.trim())) return false;
  const cue = ` ${cueText(surface)} `;
  return mayHaveRoleCue(cue) && ANY_ROLE_CUE.test(cue);
}

/** Two to four capitalised words, none a title: could be a person's name. */
function looksLikePersonName(surface: string): boolean {
  const words = surface.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    // (An Arabic article joined to the name by a hyphen too: "Farouk al-Sharaa".)
    words.every((w) =>
      /^(\p{Lu}|(bin|ibn|al|el|von|van|der|de|da|di|la|le)$|(?:al|el|as|ash|at|ad|az|ar)-\p{Lu})/u.test(w),
    )
  );
}

const EVENT_OR_BODY: readonly EntityType[] = ['event', 'organization'];

/** The types a spun name of a mention of `type` may be: a forum tagged as an event is the organisation that holds it. */
function spunTypes(type: EntityType): readonly EntityType[] {
  return type === 'event' ? EVENT_OR_BODY : COMPATIBLE[type];
}

/** Abbreviated words of place names, and what they stand for ("Sq." → Square). */
const PLACE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  sq: 'Square',
  ave: 'Avenue',
  blvd: 'Boulevard',
  rd: 'Road',
  mt: 'Mount',
  ft: 'Fort',
  pt: 'Port',
};
const ABBREVIATION_WORD = /(?<=\s|^)(Sq|Ave|Blvd|Rd|Mt|Ft|Pt)\b\.?/g;

/** `surface` with abbreviated words of place names written out, or null when it has none. */
export function withAbbreviationsOut(surface: string): string | null {
  let changed = false;
  const out = surface.replace(ABBREVIATION_WORD, (_w: string, word: string) => {
    changed = true;
    return PLACE_ABBREVIATIONS[word.toLowerCase()]!;
  });
  return changed ? out.trim().replace(/[.,;:]$/, '') : null;
}

function isPersonLike(type: EntityType): boolean {
  return type === 'person';
}

export class DocumentLinker {
  private readonly orgs: OrgNames;
  private readonly clusters: Cluster[] = [];
  /** Clusters by mention type and normalised surface (two levels: no key string per lookup). */
  private readonly bySurface = new Map<EntityType, Map<string, Cluster>>();
  /** Ids of entities linked with confidence, for co-mention evidence. */
  private readonly linked = new Set<string>();
  /**
   * Per document: what the text says of each place name ("Paris, Texas"; "the village of
   * Delhi"), null when nothing — read on first use (see `placeCueOf`).
   */
  private readonly placeCues = new Map<string, PlaceCue | null>();
  /** The mentions whose words may give a place name its cue, per normalised name, in text order. */
  private readonly placeSpots = new Map<string, Mention[]>();
  /** Mentions widened over a summit word, with the event they name (summits.ts). */
  private readonly summitOf = new Map<Mention, SummitMention>();
  /**
   * Mentions the words around them settle: an address ("Fargo, North Dakota") and its town
   * (place-addresses.ts), a demonym and its state (demonym-states.ts).
   */
  private readonly settledBy = new Map<
    Mention,
    { readonly entity: KbEntity; readonly evidence: Evidence; readonly town?: Mention }
  >();
  /** Cue text of every sentence, computed when a candidate first asks for a role elsewhere. */
  private sentenceCuesCache: string[] | null = null;
  /** Whether the article speaks of public affairs and of no private life (read once). */
  private publicNewsCache: boolean | null = null;
  private get publicNews(): boolean {
    this.publicNewsCache ??=
      publicAffairsIn(this.documentCue) !== null && privateLifeIn(this.documentCue) === null;
    return this.publicNewsCache;
  }

  /** The spheres the article speaks of (spheres.ts; read once, when a candidate first asks). */
  private spheresCache: ReadonlySet<Sphere> | null = null;
  /** The sphere of `entity` when the article speaks of it, else null. */
  private sharedSphere(entity: KbEntity): Sphere | null {
    this.spheresCache ??= documentSpheres(this.documentCue);
    if (this.spheresCache.size === 0) return null;
    const sphere = personSphere(profileText(entity));
    return sphere && this.spheresCache.has(sphere) ? sphere : null;
  }

  /** The sphere of the mention's own trade word (tradeSphere) when it is the candidate's, else null. */
  private describedInSphere(context: MentionContext, entity: KbEntity): Sphere | null {
    const sphere = tradeSphere(context.head, context.left.trim().split(' ').at(-1) ?? '');
    return sphere !== null && personSphere(profileText(entity)) === sphere ? sphere : null;
  }

  /** The whole article as cue text for support checks ("us" in lower case dropped: it is not the US). */
  private supportCueCache: string | null = null;

  /** The KB with this document's exact-name lookups remembered. */
  private readonly kb: DocumentKnowledgeBase;

  constructor(
    kb: KnowledgeBase,
    private readonly input: LinkInput,
    private readonly thresholds: LinkThresholds = DEFAULT_THRESHOLDS,
    useCache = true,
  ) {
    this.kb = new DocumentKnowledgeBase(kb);
    this.orgs = OrgNames.for(kb);
    this.search = new CandidateSearch(kb, useCache);
  }

  /** Sound-alike candidate search, with the fuzzy-index hits of each surface read once per document. */
  private readonly search: CandidateSearch;

  private get sentenceCues(): string[] {
    if (!this.sentenceCuesCache) {
      const { text, sentences } = this.input;
      this.sentenceCuesCache = sentences.map((s) => ` ${this.spanCues.of(s.start, s.end)} `);
      if (this.sentenceCuesCache.length === 0)
        this.sentenceCuesCache.push(` ${this.spanCues.of(0, text.length)} `);
    }
    return this.sentenceCuesCache;
  }

  /** Cue text of the whole article (a quick test before reading it sentence by sentence). */
  private get documentCue(): string {
    // One pass over the text; matches across a sentence break only make the test looser.
    this.documentCueCache ??= ` ${this.spanCues.of(0, this.input.text.length)} `;
    return this.documentCueCache;
  }

  private documentCueCache: string | null = null;

  /** Cue text of the document's spans, made on first use. */
  private get spanCues(): DocumentCueText {
    this.spanCuesCache ??= new DocumentCueText(this.input.text);
    return this.spanCuesCache;
  }

  private spanCuesCache: DocumentCueText | null = null;

  /** The article as cue text without the pronoun "us" (see `corroboration`). */
  private get supportCue(): string {
    this.supportCueCache ??= ` ${cueText(this.input.text.replace(/\bus\b/g, ' '))} `;
    return this.supportCueCache;
  }
  /** One-word surnames behind spun words ("Prepare dinner" → "Cook"), per mention. */
  private readonly despunSurnames = new Map<Prepared, string>();
  /** Countries the article names (set before the spun names are looked for). */
  private countries: ReadonlySet<string> = new Set();
  /** Role-cue matches in the article's texts (whole, sentences), per pattern and text. */
  private readonly cues = new CueMatches();
  /** Role cues found elsewhere in the article, per candidate. */
  private readonly documentRoles = new Map<KbEntity, RoleEvidence>();

  run(): Entity[] {
    const { text, sentences } = this.input;
    let adjusted = this.withKnownCompounds(
      this.withGivenNames(
        this.withGlossContinuations(withNameTails(text, adjustMentions(this.kb, text, this.input.mentions))),
      ),
    );
    // "Pentagon Plumbing Ltd of Cardiff", "a Jeju Air Boeing": names run together (firm-names.ts).
    adjusted = withFirmNames(this.kb.kb, text, adjusted);
    // "Butler, Pennsylvania": a town and its state are one place, the town (place-addresses.ts).
    const addresses = addressMentions(this.kb.kb, text, adjusted);
    // "Ukrainian troops", "the Japanese central bank": a demonym standing for its state (demonym-states.ts).
    const states = stateMentions(this.kb.kb, text, adjusted);
    const settled = [
      ...addresses.map((a) => ({
        mention: a.mention,
        entity: a.entity,
        replaces: a.town,
        town: a.town,
        evidence: evidence(
          'exact-name',
          `${text.slice(a.mention.start, a.mention.end)}: ${a.entity.name}`,
          1,
        ),
      })),
      ...states.map((s) => ({
        mention: s.mention,
        entity: s.entity,
        replaces: s.demonym,
        evidence: evidence(
          'alias',
          `${text.slice(s.mention.start, s.mention.end)} (demonym): ${s.entity.name}`,
          0.9,
        ),
      })),
    ];
    if (settled.length > 0) {
      adjusted = [
        ...adjusted.filter((m) => !settled.some((x) => x.replaces === m)),
        ...settled.map((x) => x.mention),
      ].sort((a, b) => a.start - b.start || b.end - a.end);
      for (const x of settled) this.settledBy.set(x.mention, x);
    }
    // "The G7 top", "the ASEAN summit": the organisation's name and a summit word name the event.
    const summits = summitMentions(this.kb.kb, text, adjusted, this.input.date);
    if (summits.length > 0) {
      // The organisation's own mention stays inside the event's ("the [[G7] top]"): the text
      // names both; a mention the summit word was part of is replaced.
      adjusted = [
        ...adjusted.filter((m) => !summits.some((x) => x.replaces && overlaps(x.mention, m))),
        ...summits.flatMap((x) => (x.inner ? [x.mention, x.inner] : [x.mention])),
      ].sort((a, b) => a.start - b.start || b.end - a.end);
      for (const x of summits) this.summitOf.set(x.mention, x);
    }
    // Event names, spun or as written, found from the KB: they replace the tagger's pieces of them.
    const events = this.eventNames(adjusted);
    const withoutEvents =
      events.length === 0
        ? adjusted
        : [
            ...adjusted.filter((m) => !events.some((e) => overlaps(e.m, m))),
            ...events.flatMap((e) => this.organiserInside(e.m)),
          ].sort((a, b) => a.start - b.start);
    // Spun organisation names the tagger cut or missed, outside those events.
    const mentions = this.withBodyThenPerson(
      this.withSpunNames(
        withoutEvents,
        events.map((e) => e.m),
      ),
    ).map((m) => this.speakerNotTown(m));
    // Where each mention's left context starts: after the previous person mention, which owns
    // the title words before it ("President Emmanuel Macron and Emmanuel Macrone, a guide").
    const leftLimits = new Map<Mention, number>();
    let lastPersonEnd = 0;
    for (const m of mentions) {
      leftLimits.set(m, lastPersonEnd);
      // A title word the tagger took for a name ("Vice [Head] of state J.D. Vens") owns no title words.
      if (m.type === 'person' && !isLoneTitle(text.slice(m.start, m.end))) lastPersonEnd = m.end;
    }
    const prepared = mentions.map((m) => {
      const surface = cleanSurface(text.slice(m.start, m.end));
      // The context is read only for mentions whose surface was not decided before (see
      // contextOf). A plain field, not a getter: accessor literals cost the GC dearly.
      const p: Prepared = { m, surface, norm: normalizeName(surface), context: null };
      return p;
    });
    const contextOf = (p: Prepared): MentionContext => {
      p.context ??= mentionContext(text, sentences, p.m, leftLimits.get(p.m) ?? 0, this.spanCues);
      return p.context;
    };
    for (const p of prepared) {
      // Any type but a person's: the tagger may type a sentence-initial town otherwise, and the
      // cue is read only when a place of the KB is about to be linked (placeElsewhere).
      if (isPersonLike(p.m.type) || p.norm.includes(' ')) continue;
      const spots = this.placeSpots.get(p.norm);
      if (spots) spots.push(p.m);
      else this.placeSpots.set(p.norm, [p.m]);
    }
    // Pass 1: exact names.
    const rest: typeof prepared = [];
    const personSurnames = new Set<string>();
    for (const p of prepared) {
      if (p.m.type === 'person' && p.norm.includes(' '))
        personSurnames.add(p.norm.slice(p.norm.lastIndexOf(' ') + 1));
    }
    for (const p of prepared) {
      if (p.norm.length === 0) continue;
      const known = this.clusterOf(p.m.type, p.norm);
      if (known) {
        this.addMention(known, p.m, p.surface);
        continue;
      }
      // "the Amazon rainforest … The Amazon has": a word typed a place that begins a place the
      // article named, and names no place of the KB itself, is that place (not the company).
      const placeOf = p.m.type === 'location' && !p.norm.includes(' ') ? this.placeItBegins(p) : null;
      if (placeOf) {
        this.addMention(placeOf, p.m, p.surface);
        continue;
      }
      // "Nikola Tesla … Tesla was born": the surname of a person the article named in full
      // follows that person (pass 3), not a company of the same name.
      if (!isPersonLike(p.m.type) && !p.norm.includes(' ') && personSurnames.has(p.norm)) {
        rest.push(p);
        continue;
      }
      // The context is read only when a candidate needs it (organisations and places without
      // roles never do).
      const context = () => contextOf(p);
      const settled = this.settledBy.get(p.m);
      if (settled) {
        this.linked.add(settled.entity.id);
        this.newCluster(p.surface, p.m, {
          entity: settled.entity,
          evidence: [settled.evidence],
          confidence: 0.95,
        });
        // "Odessa, Texas, approved … In Odessa, …": the town named alone later is that town.
        if (settled.town) {
          const town = normalizeName(cleanSurface(text.slice(settled.town.start, settled.town.end)));
          if (!this.clusterOf('location', town))
            this.setClusterOf('location', town, this.clusters[this.clusters.length - 1]!);
        }
        continue;
      }
      const summit = this.summitOf.get(p.m);
      // A surface of this type whose exact names came to nothing before, without reading a
      // context or reaching a KB entity, comes to nothing again (see `noExactName`).
      if (!summit && this.noExactName.get(p.m.type)?.has(p.surface)) {
        rest.push(p);
        continue;
      }
      const pools = this.exactPools;
      const exact = summit
        ? this.summitDecision(p.surface, summit)
        : (this.exact(p.surface, p.m.type, context, p.m) ??
          this.despunExact(p.surface, p.m.type, context) ??
          this.deglossedExact(p.surface, p.m.type, context) ??
          this.reversedExact(p.surface, p.m.type, context) ??
          this.generationExact(p.surface, p.m.type, context) ??
          this.joinedExact(p.surface));
      if (exact) this.newCluster(p.surface, p.m, exact);
      else {
        if (!summit && p.context === null && this.exactPools === pools) this.rememberNoExactName(p);
        rest.push(p);
      }
    }
    // Pass 2: multi-word and non-person names, by sound-alike with evidence. Bodies and
    // places first: a person's repair reads the organisations the article names ("Ilon Mask
    // … the Division of Authorities Effectivity"), wherever they stand.
    const oneWord: typeof prepared = [];
    const bodiesFirst = [
      ...rest.filter((p) => !isPersonLike(p.m.type)),
      ...rest.filter((p) => isPersonLike(p.m.type)),
    ];
    for (const p of bodiesFirst) {
      const known = this.clusterOf(p.m.type, p.norm);
      if (known) {
        this.addMention(known, p.m, p.surface);
        continue;
      }
      // "Ngozi Okonjo Iwela … Okonjo Iwela said": the full form's words after its first follow it.
      const tailOf = p.norm.includes(' ') ? this.fullFormWithTail(p.norm) : null;
      if (tailOf) {
        this.addMention(tailOf.cluster, p.m, p.surface, tailOf.evidence);
        this.setClusterOf(p.m.type, p.norm, tailOf.cluster);
        continue;
      }
      // A surname of several words ("von der Leyen", "bin Salman") is handled as a surname.
      // So is a surface that starts with a particle ("Fon der Layen", "Al-Sissi", "Bin Salmaan").
      const multiWordSurname =
        p.norm.includes(' ') &&
        !KUNYA_NAME.test(p.surface) &&
        (PARTICLE_START.test(p.surface) ||
          (isPersonLike(p.m.type) && ROMANCE_PARTICLE_SURNAME.test(p.surface)) ||
          this.kb.lookup(p.surface).some((h) => h.entity.type === 'person' && h.kind === 'surname'));
      // "Prepare dinner" alone: a spun surname ("Cook") follows the full form as a surname.
      const despun = isPersonLike(p.m.type) ? despinName(p.surface) : null;
      if (despun && !despun.includes(' ')) {
        this.despunSurnames.set(p, despun);
        oneWord.push(p);
        continue;
      }
      if (!p.norm.includes(' ') || multiWordSurname) {
        if (isPersonLike(p.m.type) || multiWordSurname) {
          oneWord.push(p);
          continue;
        }
        const own = this.fuzzy(p.surface, p.m.type, () => contextOf(p), p.m.end, p.m.start);
        const person = own.entity ? this.nearerSurname(p.surface, p.m.start, own) : null;
        if (person) {
          this.addMention(person.cluster, p.m, p.surface, person.evidence);
          this.setClusterOf(p.m.type, p.norm, person.cluster);
        } else if (own.entity) this.newCluster(p.surface, p.m, own);
        // A word the tagger typed as a place or organisation may be a surname of the article ("Callas").
        else oneWord.push(p);
        continue;
      }
      // "the government of K.P. Oli": a surname the KB knows after initials of its bearer's.
      const initialled = isPersonLike(p.m.type)
        ? this.initialledSurname(p.surface, () => contextOf(p))
        : null;
      if (initialled) {
        this.newCluster(p.surface, p.m, initialled);
        continue;
      }
      let decision = this.fuzzy(p.surface, p.m.type, () => contextOf(p), p.m.end, p.m.start);
      let mention = p.m;
      // Tagger types are a guess: a multi-word name with no match of its type may be a person.
      if (!decision.entity && !isPersonLike(p.m.type) && looksLikePersonName(p.surface)) {
        const asPerson = this.fuzzy(p.surface, 'person', () => contextOf(p), p.m.end, p.m.start);
        const relative = asPerson.entity ? null : relativeBySurname(p.surface, (n) => this.kb.lookup(n));
        if (asPerson.entity) decision = asPerson;
        else if (relative) {
          decision = refused(relative, 'another given name');
          mention = { ...p.m, type: 'person' };
        }
      }
      // "the Peace Prize" in an article naming the Nobel committee: a name short of its first word.
      if (!decision.entity && !decision.refusedEntity && !isPersonLike(p.m.type)) {
        const elided = elidedHeadEntity(
          this.kb.kb,
          text,
          p.surface,
          p.m.start,
          p.m.end,
          COMPATIBLE[p.m.type],
        );
        if (elided) {
          this.linked.add(elided.entity.id);
          decision = {
            entity: elided.entity,
            evidence: [evidence('co-mention', `${p.surface}: ${elided.name} (${elided.why})`, 0.8)],
            confidence: 0.8,
          };
        }
      }
      if (!decision.entity && !decision.refusedEntity) {
        const other = this.bodyNameOtherwise(p, () => contextOf(p));
        if (other) ({ decision, mention } = other);
      }
      let surface = p.surface;
      if (!decision.entity && isPersonLike(p.m.type)) {
        const whole = this.withFirstWordOfSentence(p.m);
        if (whole) ({ decision, mention, surface } = whole);
      }
      this.newCluster(
        surface,
        decision.entity ? this.withCutWordBefore(mention, decision.entity) : mention,
        decision,
      );
    }
    // Pass 3: one-word person names follow the full forms of the article.
    for (const p of oneWord) {
      const known = this.clusterOf(p.m.type, p.norm);
      if (known) {
        this.addMention(known, p.m, p.surface);
        continue;
      }
      const typedOther = !isPersonLike(p.m.type);
      const kin = typedOther ? null : this.givenNameOfKin(p.m, p.surface);
      if (kin) {
        this.newCluster(p.surface, p.m, kin);
        continue;
      }
      const joined = this.joinFullForm(
        this.despunSurnames.get(p) ?? p.surface,
        p.m.start,
        typedOther ? 0.85 : this.thresholds.surnameJoin,
        typedOther ? null : p.m.end,
      );
      // "Hunter Biden, the president's son, …, President Biden announced": a title right before
      // the surname that another bearer alone holds on the date names that bearer.
      const titled =
        joined && !typedOther && TITLE_WORD_BEFORE.test(text.slice(Math.max(0, p.m.start - 24), p.m.start))
          ? this.otherTitleHolder(p.surface, joined.cluster.decision.entity, () => contextOf(p))
          : null;
      if (titled) {
        this.newCluster(p.surface, p.m, titled);
        continue;
      }
      if (joined) {
        this.addMention(joined.cluster, p.m, p.surface, joined.evidence);
        this.setClusterOf(p.m.type, p.norm, joined.cluster);
        continue;
      }
      // "a pub in Hull": a word after a place's preposition that the KB knows as a city is the city.
      const town = typedOther ? null : this.townAfterPreposition(p.m, p.surface, p.norm);
      if (town) {
        this.newCluster(p.surface, { ...p.m, type: 'location' }, town);
        continue;
      }
      // Typed as something else by the tagger: a surname only with a role cue next to it.
      // "Pope Fransis", "King Charlse", "Sheikh Haseena": a name the KB writes with its title,
      // the title trimmed off as the tagger's; the title and the word together are a full name
      // to compare — first: when they make a KB name, the word is no lone surname of somebody
      // else ("Haseena" is not Jafar Hassan).
      const title = typedOther
        ? null
        : NAME_TITLE_BEFORE.exec(text.slice(Math.max(0, p.m.start - 12), p.m.start));
      const withTitle = title
        ? this.fuzzy(`${title[1]} ${p.surface}`, 'person', () => contextOf(p), p.m.end, p.m.start)
        : null;
      const alone = withTitle?.entity
        ? withTitle
        : this.surnameAlone(p.surface, () => contextOf(p), typedOther);
      this.newCluster(p.surface, p.m, alone);
    }
    this.linkSpunTies();
    this.linkNationalBodies();
    this.relinkHomeNamesakes();
    this.refuseNamesakeVariants();
    for (const e of events) this.newCluster(e.surface, e.m, e.decision);
    this.recoverMissed(events.length === 0 ? mentions : [...mentions, ...events.map((e) => e.m)]);
    this.rejoinLoneNames();
    this.joinDescriptions();
    this.pickEditions();
    return this.entities();
  }

  /**
   * "a pub in Hull", "retiring to Aarhus": a one-word name the tagger typed as a person, after
   * a preposition of place, that no full name of the article explains (pass 3 tried those
   * first) and that the KB knows as one city — named exactly, not a possessive ("in Hull's
   * docks" is still the town, "in Biden's speech" no place). A surname of somebody the KB holds
   * ("Charley Hull") does not stand against it: nobody is "in" a person.
   */
  private townAfterPreposition(m: Mention, surface: string, norm: string): Decision | null {
    const text = this.input.text;
    if (!TOWN_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) return null;
    if (/^['’]s\b/.test(text.slice(m.end, m.end + 3))) return null;
    const hits = this.kb.lookup(surface);
    if (hits.some((h) => h.entity.type === 'person' && (h.kind === 'name' || h.kind === 'alias')))
      return null;
    const towns = new Set(
      hits
        .filter(
          (h) =>
            (h.kind === 'name' || h.kind === 'alias') &&
            h.entity.type === 'location' &&
            (h.entity.kind === 'city' || h.entity.kind === 'capital'),
        )
        .map((h) => h.entity),
    );
    if (towns.size !== 1) return null;
    const [town] = towns;
    if (this.placeElsewhere(norm, town!)) return null;
    this.linked.add(town!.id);
    return {
      entity: town!,
      evidence: [evidence('exact-name', `${surface} (a place: "in ${surface}")`, 1)],
      confidence: 0.85,
    };
  }

  /**
   * A recurring event linked by its series name ("the Republican National Convention") that
   * the article's place and date tie to one dated edition becomes that edition (editions.ts).
   */
  private pickEditions(): void {
    const { text, date } = this.input;
    if (!date) return;
    let places: Set<string> | null = null;
    let plain: string | null = null;
    const placeNamed = (place: KbEntity): boolean => {
      places ??= new Set(this.clusters.flatMap((c) => (c.decision.entity ? [c.decision.entity.id] : [])));
      if (places.has(place.id)) return true;
      // A host named inside the event's own mention ("… summit in Rio de Janeiro") has no cluster.
      plain ??= ` ${normalizeName(text)} `;
      return [place.name, ...place.names.map((n) => n.text)].some((n) => {
        const norm = normalizeName(n);
        return norm.length > 2 && plain!.includes(` ${norm} `);
      });
    };
    for (const c of this.clusters) {
      const series = c.decision.entity;
      if (series?.type !== 'event') continue;
      const edition = editionOf(this.kb.kb, series, date, placeNamed);
      if (!edition) continue;
      this.linked.add(edition.entity.id);
      c.decision = {
        ...c.decision,
        entity: edition.entity,
        evidence: [...c.decision.evidence, evidence('co-mention', edition.why, 0.6)],
      };
    }
  }

  /**
   * "Christine" + "the Guard", "Mohammed" + "son of Salman": a person mention the tagger cut
   * before a translated article or particle takes in the rest when the whole, put back
   * (name-glosses.ts), is a KB person's name; the mentions inside the rest are dropped.
   */
  private withGlossContinuations(mentions: readonly Mention[]): readonly Mention[] {
    let out: Mention[] | null = null;
    for (const m of mentions) {
      if (m.type !== 'person') continue;
      const end = glossContinuation(this.input.text, m.end);
      if (end === null) continue;
      const surface = this.input.text.slice(m.start, end);
      if (!deglossName(surface).some((v) => this.personNamed(v.name))) continue;
      out = (out ?? [...mentions]).filter((x) => x === m || x.end <= m.end || x.start >= end);
      out[out.indexOf(m)] = { ...m, end };
    }
    return out ?? mentions;
  }

  /**
   * "inventor [Nikola] [Tesla]": a capitalised word the KB does not know, right before a
   * one-word organisation or place mention, makes with it a name the KB does not know
   * either — a person's, whose surname happens to name a company. The two become one person
   * mention (left unlinked unless the pair is a KB person's sound-alike).
   */
  private withGivenNames(mentions: readonly Mention[]): readonly Mention[] {
    const { text } = this.input;
    let out: Mention[] | null = null;
    for (let i = 1; i < mentions.length; i++) {
      const first = mentions[i - 1]!;
      const second = mentions[i]!;
      if (second.type !== 'organization' && second.type !== 'location') continue;
      if (
        first.type === 'location' ||
        first.type === 'organization' ||
        text.slice(first.end, second.start) !== ' '
      )
        continue;
      const given = text.slice(first.start, first.end);
      const surname = text.slice(second.start, second.end);
      // A given name: not an adjective by its ending ("Catholic", "Scottish", "Federal").
      if (
        !/^\p{Lu}\p{Ll}+$/u.test(given) ||
        /(ic|ish|ese|ist|al|ern|ox)$/.test(given) ||
        surname.includes(' ')
      )
        continue;
      // Not a sentence opener, and nothing the KB knows ("Serbian Tesla", "French Total").
      const before = text.slice(Math.max(0, first.start - 2), first.start);
      if (first.start === 0 || /[.!?]\s*$/.test(before) || /^\s*$/.test(text.slice(0, first.start))) continue;
      // Only where the surname alone would link to a company or place the KB knows.
      if (
        this.kb.lookup(given).length > 0 ||
        this.kb.lookup(`${given} ${surname}`).length > 0 ||
        this.kb.lookup(surname).length === 0
      )
        continue;
      out ??= [...mentions];
      const at = out.indexOf(first);
      out.splice(at, 2, { ...first, end: second.end, type: 'person' });
    }
    return out ?? mentions;
  }

  /** How many mentions the article gives each country (its named countries, its linked entities'). */
  private countryCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const code of this.countries) counts.set(code, 1);
    for (const x of this.clusters) {
      const country = x.decision.entity?.country;
      if (country) counts.set(country, (counts.get(country) ?? 0) + x.mentions.length);
    }
    return counts;
  }

  /** The bodies the article's linked people hold or held a role in, by KB id, with the person. */
  private peoplesBodies(): Map<string, string> {
    const out = new Map<string, string>();
    for (const c of this.clusters) {
      const e = c.decision.entity;
      if (e?.type !== 'person') continue;
      for (const r of e.roles) if (r.orgId && !out.has(r.orgId)) out.set(r.orgId, e.name);
    }
    return out;
  }

  /**
   * Of the bodies a name may be, the one the article's people belong to ("the National
   * Gathering deputies" of an article naming Marine Le Pen), else the one of the article's
   * dominant country; null when neither tells one.
   */
  private pickByArticle<T>(
    options: readonly T[],
    entityOf: (x: T) => KbEntity,
  ): { choice: T; why: string } | null {
    const people = this.peoplesBodies();
    const theirs = options.filter((o) => people.has(entityOf(o).id));
    if (theirs.length === 1) {
      const e = entityOf(theirs[0]!);
      return { choice: theirs[0]!, why: `${people.get(e.id)}'s ${e.name}` };
    }
    const home = dominantCountry(this.countryCounts());
    const mine = home ? options.filter((o) => entityOf(o).country === home) : [];
    return mine.length === 1 ? { choice: mine[0]!, why: `of ${home}, the article's country` } : null;
  }

  /**
   * A spun name two bodies answer equally well ("Labor Celebration": Australia's Labor Party,
   * Britain's Labour Party) left unlinked: the one the article's people or country choose.
   */
  private linkSpunTies(): void {
    for (const c of this.clusters) {
      if (c.decision.entity !== null || c.decision.refusedEntity || isPersonLike(c.type)) continue;
      if (!c.surface.includes(' ')) continue;
      const ties = findSpunTies(this.kb.kb, c.surface, spunTypes(c.type), this.countries);
      if (ties.length < 2) continue;
      const picked = this.pickByArticle(ties, (t) => t.entity);
      if (!picked) continue;
      const { entity, name, swaps } = picked.choice;
      this.linked.add(entity.id);
      c.decision = {
        entity,
        evidence: [
          evidence('word-substitution', `${c.surface} ~ ${name} (${swaps.join(', ')})`, 0.7),
          evidence('co-mention', picked.why, 0.7),
        ],
        confidence: 0.7,
      };
      c.mentions.forEach((m, i) => {
        c.mentions[i] = { ...m, repaired: true };
      });
    }
  }

  /**
   * "Gahr Støre heads the Labour Party" in a Norwegian story: a body's name the KB gives one
   * country's body exactly ("Labour Party", Britain's) is another country's namesake when the
   * article is set in that country, does not name the first, and the KB has exactly one body
   * of that name there (national-bodies.ts): the country of the article picks among
   * same-named parties.
   */
  private relinkHomeNamesakes(): void {
    let index: NationalBodies | null = null;
    for (const c of this.clusters) {
      const e = c.decision.entity;
      if (e?.type !== 'organization' || !e.country || e.kind === 'company') continue;
      if (this.countries.has(e.country)) continue;
      if (c.decision.evidence[0]?.kind !== 'exact-name') continue;
      index ??= NationalBodies.for(this.kb.kb);
      const bodies = index.bodies(c.surface);
      if (bodies.length < 2) continue;
      // The article's country without this name's own mentions.
      const counts = this.countryCounts();
      counts.set(e.country, (counts.get(e.country) ?? 0) - c.mentions.length);
      const home = dominantCountry(counts);
      if (!home || home === e.country) continue;
      // Of the same kind (a party for a party): "Microsoft" is no namesake of "Microsoft AI".
      const mine = bodies.filter((b) => b.country === home && b.entity.kind === e.kind);
      if (mine.length !== 1) continue;
      const entity = mine[0]!.entity;
      this.linked.add(entity.id);
      c.decision = {
        entity,
        evidence: [
          evidence('exact-name', c.surface, 1),
          evidence(
            'co-mention',
            `${c.surface} of ${home}, the article's country (not ${e.name}, ${e.country})`,
            0.7,
          ),
        ],
        confidence: 0.75,
      };
    }
  }

  /**
   * "The Senate", "Labour", "the Constitutional Court" left unlinked: the body of that generic
   * name in the article's dominant country, when the KB has exactly one (national-bodies.ts).
   */
  private linkNationalBodies(): void {
    const open = this.clusters.filter(
      (c) => c.decision.entity === null && !c.decision.refusedEntity && c.type !== 'person',
    );
    if (open.length === 0) return;
    const index = NationalBodies.for(this.kb.kb);
    let counts: Map<string, number> | null = null;
    for (const c of open) {
      let bodies = index.bodies(c.surface);
      // "Safety Council", "Nationwide Meeting", "Supreme Court docket": a generic name spun.
      let reading: string | null = null;
      let tail = '';
      if (bodies.length === 0 && c.surface.includes(' ')) {
        const norm = normalizeName(c.surface.replace(/['’]s$/, ''));
        // "[Reserve Financial] institution": the tagger stopped inside a spun phrase.
        tail = this.phraseTail(norm, c.mentions[0]!.end);
        const found: NationalBody[] = [];
        for (const r of despunReadings(tail ? `${norm} ${normalizeName(tail)}` : norm)) {
          for (const b of index.bodies(r)) {
            if (!found.some((x) => x.entity === b.entity)) found.push(b);
            reading ??= r;
          }
        }
        bodies = found;
      }
      if (bodies.length === 0) continue;
      counts ??= this.countryCounts();
      const home = dominantCountry(counts);
      let mine = home ? bodies.filter((b) => b.country === home) : [];
      let why = `${c.surface} of ${home}, the article's country`;
      // "the National Gathering deputies" (National Assembly or National Rally): the body the
      // article's people belong to.
      if (mine.length > 1) {
        const people = this.peoplesBodies();
        mine = mine.filter((b) => people.has(b.entity.id));
        if (mine.length === 1) why = `${people.get(mine[0]!.entity.id)}'s ${mine[0]!.entity.name}`;
      }
      if (mine.length !== 1) continue;
      const entity = mine[0]!.entity;
      this.linked.add(entity.id);
      const ev = [evidence('co-mention', why, 0.7)];
      if (reading) {
        ev.unshift(evidence('word-substitution', `${c.surface}${tail ? ` ${tail}` : ''} ~ ${reading}`, 0.7));
        // A spun name is a repair; the words the tagger left out are part of it.
        c.mentions.forEach((m, i) => {
          const longer = tail !== '' && this.input.text.startsWith(` ${tail}`, m.end);
          c.mentions[i] = { ...m, end: longer ? m.end + tail.length + 1 : m.end, repaired: true };
        });
      }
      c.decision = { entity, evidence: ev, confidence: 0.7 };
    }
  }

  /**
   * The lower-case words right after `end` (one or two) that finish a listed spun phrase
   * with the name's last word ("financial" + "institution", "court" + "docket"), as written;
   * '' when none do.
   */
  private phraseTail(norm: string, end: number): string {
    const after = /^ ([a-z]+)(?: ([a-z]+))?/.exec(this.input.text.slice(end, end + 40));
    if (!after) return '';
    const last = norm.slice(norm.lastIndexOf(' ') + 1);
    if (isSpinnerWord(`${last} ${after[1]}`)) return after[1]!;
    if (after[2] && isSpinnerWord(`${last} ${after[1]} ${after[2]}`)) return `${after[1]} ${after[2]}`;
    return '';
  }

  /** Whether the mention's text is a country's name ("USA"): only such a mention is widened over a body's name before it. */
  private namesCountry(m: Mention): boolean {
    return this.kb.lookup(this.input.text.slice(m.start, m.end)).some((h) => h.entity.kind === 'country');
  }

  /** Scratch of `withKnownCompounds`: the word ends of one mention's lower-case tail. */
  private readonly tailEnds: number[] = [];

  /**
   * Names of places and bodies the tagger cut: "[Ramstein] air base", "[Sharm]
   * el-Sheikh" (lower-case words after the mention) and "[Grand Ethiopian] [Renaissance Dam]"
   * (two mentions side by side) become one mention when together they are a KB name, written
   * as the KB writes it but for case.
   */
  private withKnownCompounds(mentions: readonly Mention[]): readonly Mention[] {
    const { text } = this.input;
    const known = (from: number, to: number) =>
      this.kb
        .lookup(text.slice(from, to))
        // Not events: "[G7] summit" keeps the organisation's mention inside the event's (summits.ts).
        .find(
          (h) =>
            h.entity.type !== 'person' &&
            h.entity.type !== 'event' &&
            (h.kind === 'name' || h.kind === 'alias'),
        )?.entity;
    let out: Mention[] | null = null;
    for (let i = 0; i < (out ?? mentions).length; i++) {
      const list = out ?? mentions;
      const m = list[i]!;
      if (m.type === 'person') continue;
      const next = list[i + 1];
      if (next && next.type !== 'person' && text.slice(m.end, next.start) === ' ') {
        const both = known(m.start, next.end);
        if (both) {
          out ??= [...mentions];
          out.splice(i, 2, { ...m, end: next.end, type: both.type });
          continue;
        }
      }
      // "[Nobel Prize] in [Literature]", "[Battle] of [Kursk]": two mentions joined by a
      // preposition that together are a KB name (an event's too: no summit word is involved).
      if (next && next.type !== 'person' && LINKING_WORD.test(text.slice(m.end, next.start))) {
        const both = this.kb
          .lookup(text.slice(m.start, next.end))
          .find((h) => h.entity.type !== 'person' && (h.kind === 'name' || h.kind === 'alias'))?.entity;
        if (both) {
          out ??= [...mentions];
          out.splice(i, 2, { ...m, end: next.end, type: both.type });
          continue;
        }
      }
      // "founded Turning Point [USA]": capitalised words the tagger left out before a place,
      // with it a KB body's name, are that body's (never the country's) mention.
      if (m.type === 'location') {
        const from = Math.max(list[i - 1]?.end ?? 0, m.start - 40);
        const lead = CAPITAL_LEAD.exec(text.slice(from, m.start));
        if (lead && !/^(?:The|A|An)\s/.test(lead[0]) && this.namesCountry(m)) {
          const starts = [...lead[0].matchAll(/\S+/g)].map((w) => m.start - lead[0].length + w.index!);
          const start = starts.find((at) => known(at, m.end)?.type === 'organization');
          if (start !== undefined) {
            out ??= [...mentions];
            out[i] = { ...m, start, type: 'organization' };
            continue;
          }
        }
      }
      const tail = LOWER_TAIL.exec(text.slice(m.end, m.end + 40));
      if (!tail) continue;
      // Where each word of the tail ends (the tail is the text from m.end on).
      const ends = wordEnds(text, m.end, m.end + tail[0].length, this.tailEnds);
      for (let n = ends.length - 1; n >= 0; n--) {
        if (next && ends[n]! > next.start) continue;
        const entity = known(m.start, ends[n]!) ?? this.facilityOfPlace(m, ends[n]!);
        if (!entity) continue;
        out ??= [...mentions];
        out[i] = { ...m, end: ends[n]!, type: entity.type };
        break;
      }
    }
    return out ?? mentions;
  }

  /**
   * "[Zaporozhye] nuclear plant": a place written in one of its other spellings, followed by a
   * facility noun, names the facility the KB lists under another spelling of that place
   * ("Zaporizhzhia nuclear plant"). Only after a facility noun (plant, airport, dam, …): the
   * place's names are tried in turn, so they are not tried after every lower-case word.
   */
  private facilityOfPlace(m: Mention, end: number): KbEntity | undefined {
    const { text } = this.input;
    const tail = text.slice(m.end, end);
    if (!FACILITY_END.test(tail)) return undefined;
    for (const hit of this.kb.lookup(text.slice(m.start, m.end))) {
      const place = hit.entity;
      if (place.type !== 'location' || (hit.kind !== 'name' && hit.kind !== 'alias')) continue;
      for (const name of [
        place.name,
        ...place.names.filter((x) => x.kind !== 'demonym').map((x) => x.text),
      ]) {
        const found = this.kb
          .lookup(`${name}${tail}`)
          .find(
            (h) =>
              h.entity !== place &&
              (h.entity.type === 'location' || h.entity.type === 'organization') &&
              (h.kind === 'name' || h.kind === 'alias'),
          );
        if (found) return found.entity;
      }
    }
    return undefined;
  }

  /** Countries the article names ("Vietnam's", "Austrian"), as ISO codes, from the tagger's mentions. */
  private countriesNamed(mentions: readonly Mention[]): Set<string> {
    const out = new Set<string>();
    for (const m of mentions) {
      if (m.type === 'person') continue;
      const surface = this.input.text.slice(m.start, m.end).replace(/['’]s$/, '');
      for (const h of this.kb.lookup(surface)) {
        if (h.entity.kind === 'country' && h.entity.country && h.kind !== 'surname')
          out.add(h.entity.country);
      }
    }
    return out;
  }

  /**
   * "Jerry Dale Vance, a real-estate agent …, who goes by J.D. Vance": once the article has
   * introduced a namesake the context refused for a KB person, a later variant of the same
   * surname that names that KB person exactly is the namesake again, not the famous bearer
   * (unless a role cue next to it speaks for the KB person). Not a variant under a given name
   * of another initial ("Ferdinand Marcos, father of … President Bongbong Marcos": a relative
   * was refused, not a namesake), nor one the namesake words point to.
   */
  private refuseNamesakeVariants(): void {
    const refusals = this.clusters.filter((c) => c.decision.refusedEntity && c.type === 'person');
    if (refusals.length === 0) return;
    const surname = (surface: string) => normalizeName(surface).split(' ').pop() ?? '';
    for (const c of this.clusters) {
      const entity = c.decision.entity;
      if (entity?.type !== 'person' || c.decision.evidence.some((e) => e.kind === 'role-context')) continue;
      const first = c.mentions[0]!.start;
      const namesake = refusals.find(
        (r) =>
          r.decision.refusedEntity === entity &&
          r.mentions[0]!.start < first &&
          surname(r.surface) === surname(c.surface) &&
          sameGivenInitial(r.surface, c.surface) &&
          // "Nicky Haley, 12, … is no relation to former governor Nikki Haley": the namesake
          // words between them point to the famous bearer.
          !namesakeWordsIn(this.input.text.slice(r.mentions[0]!.end, first)),
      );
      if (!namesake) continue;
      c.decision = {
        entity: null,
        evidence: [
          ...namesake.decision.evidence.filter((e) => e.kind === 'contradiction'),
          evidence('document-consistency', `${c.surface} → ${namesake.surface} (the same namesake)`, 1),
        ],
        confidence: 0.6,
        refusedEntity: entity,
      };
    }
  }

  /**
   * Spun organisation and event names the tagger cut or missed ("Financial institution of
   * England" tagged as "England") replace the mentions inside them.
   */
  /**
   * "[North Atlantic Alliance Marc Rutta] said", "[Christian Democrat Union of Fridrich Merc]",
   * "[Fast Support Forces of Mohammed] [Hamdan Daqlo]": the tagger ran a body's name into the
   * name of its leader. A mention (not a person's) the KB does not know whole is cut in two
   * when its first words are a body's name, as written or spun, and the rest (after "of")
   * is a name the KB's people come close to, or runs into a person mention.
   */
  private withBodyThenPerson(mentions: readonly Mention[]): readonly Mention[] {
    const { text } = this.input;
    let out: Mention[] | null = null;
    for (let i = 0; i < mentions.length; i++) {
      let m = mentions[i]!;
      if (m.type === 'person') continue;
      // "[far-right National Front]", "[ruling Georgian Dream]": lower-case words the tagger
      // took in before a body's name are no part of it.
      const lead = /^(?:\p{Ll}[\p{Ll}-]*\s+)+(?=\p{Lu})/u.exec(text.slice(m.start, m.end));
      if (
        lead &&
        !/^(?:de|da|di|du|del|della|der|den|van|von|al|el|la|le|les|los|las)\s/.test(lead[0]) &&
        this.kb.lookup(text.slice(m.start, m.end)).length === 0
      ) {
        out ??= [...mentions];
        const trimmed = { ...m, start: m.start + lead[0].length };
        // ("in [Tianjin]": a mention of the name alone already there is the name's.)
        if (out.some((x) => x.start === trimmed.start && x.end === trimmed.end)) {
          out.splice(out.indexOf(m), 1);
          continue;
        }
        out[out.indexOf(m)] = trimmed;
        m = trimmed;
      }
      // Three words at least, all capitalised but "of" ("Bank of England" stays whole); most
      // mentions have fewer, counted before any word is cut out.
      if (!hasWords(text, m.start, m.end, 3)) continue;
      const surface = text.slice(m.start, m.end);
      const words = [...surface.matchAll(/\S+/g)];
      if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w[0]) || w[0] === 'of')) continue;
      if (this.kb.lookup(surface).length > 0) continue;
      const next = mentions[i + 1];
      const personAfter = next?.type === 'person' && text.slice(m.end, next.start) === ' ' ? next : null;
      for (let k = words.length - 1; k >= 2; k--) {
        const restFrom = words[k]![0] === 'of' ? k + 1 : k;
        const restWords = words.length - restFrom;
        if (restWords < (personAfter ? 1 : 2) || restWords > 3 || words[k - 1]![0] === 'of') continue;
        const bodyEnd = m.start + words[k - 1]!.index! + words[k - 1]![0].length;
        const body = text.slice(m.start, bodyEnd);
        const restStart = m.start + words[restFrom]!.index!;
        const personEnd = personAfter ? personAfter.end : m.end;
        const rest = text.slice(restStart, personEnd);
        // "[Supreme Federal Court Justice] [Alexander de Morais]": a title between the body and
        // the person is the person's title: the body alone is cut off, the person mention left
        // as it is.
        const title = isLoneTitle(words[restFrom]![0]);
        if (title && !personAfter) continue;
        if (!this.isBodyName(body, m.type)) continue;
        // The rest a name the KB's people come close to; else, before a person mention, a word
        // of its title the tagger took ("[White House Counsel W.] [Neil Eggleston]").
        const isPerson = !title && this.candidates(rest, 'person', NAMES_AND_ALIASES, 0.78, 2).length > 0;
        if (!isPerson && !personAfter) continue;
        out ??= [...mentions];
        const at = out.indexOf(m);
        if (!isPerson) {
          out.splice(at, 1, { ...m, end: bodyEnd });
          break;
        }
        out.splice(
          at,
          personAfter ? 2 : 1,
          { ...m, end: bodyEnd },
          { ...m, start: restStart, end: personEnd, type: 'person' },
        );
        break;
      }
    }
    return out ?? mentions;
  }

  /**
   * A multi-word name that found nothing as tagged, read as a body's or place's name another
   * way: with an abbreviation written out ("Tiananmen Sq." → Tiananmen Square, "Fifth Ave"),
   * with the lower-case rest of a spun phrase the tagger stopped before ("[Bhartiya Janta
   * Get] together"), or, tagged as a person, as a spun name of a body or place ("Downing
   * Avenue": its last word is a listed word of institutions or places, no name). The decision
   * and the mention (widened over a phrase's rest, retyped from a person), or null.
   */
  private bodyNameOtherwise(
    p: Prepared,
    context: () => MentionContext,
  ): { decision: Decision; mention: Mention } | null {
    const { text } = this.input;
    const person = isPersonLike(p.m.type);
    const type: EntityType = person ? 'organization' : p.m.type;
    const retyped = person ? { ...p.m, type } : p.m;
    const expanded = withAbbreviationsOut(text.slice(p.m.start, p.m.end + 1));
    if (expanded) {
      const found = this.exact(expanded, type, context);
      if (found?.entity) {
        const dot = text[p.m.end] === '.' && !/\.$/.test(text.slice(p.m.start, p.m.end)) ? 1 : 0;
        return {
          decision: {
            ...found,
            evidence: [
              evidence('alias', `${p.surface} ~ ${expanded} (abbreviation)`, 0.9),
              ...found.evidence,
            ],
          },
          mention: { ...retyped, end: p.m.end + dot },
        };
      }
    }
    if (!person) {
      const tail = this.phraseTail(p.norm, p.m.end);
      if (!tail) return null;
      const decision = this.spun(`${p.surface} ${tail}`, type, context);
      return decision.entity ? { decision, mention: { ...p.m, end: p.m.end + tail.length + 1 } } : null;
    }
    const last = p.norm.slice(p.norm.lastIndexOf(' ') + 1);
    if (!isSpinnerWord(last) || this.kb.lookup(last).some((h) => h.entity.type === 'person')) return null;
    const decision = this.spun(p.surface, type, context);
    return decision.entity ? { decision, mention: retyped } : null;
  }

  /** Whether `name` is a KB body's or place's name, as written or spun. */
  private isBodyName(name: string, type: EntityType): boolean {
    const exact = this.kb
      .lookup(name)
      .some((h) => h.entity.type !== 'person' && (h.kind === 'name' || h.kind === 'alias'));
    return exact || findSpun(this.kb.kb, name, spunTypes(type), this.countries) !== null;
  }

  private withSpunNames(mentions: readonly Mention[], taken: readonly Mention[]): readonly Mention[] {
    this.countries = this.countriesNamed(mentions);
    const spans = spunSpans(this.kb.kb, this.input.text, this.countries).filter(
      (x) => !taken.some((t) => overlaps(t, x)),
    );
    if (spans.length === 0) return mentions;
    let out = [...mentions];
    for (const span of spans) {
      if (out.some((m) => m.start === span.start && m.end === span.end)) continue;
      // "New Zealand Prime [Minister]": the last word swapped is a title's, not the name's.
      if (span.match.swaps.length > 0 && titleHeadAtEnd(this.input.text, span.start, span.end) > 0) continue;
      // A name written exactly (no swap) only mends what the tagger cut: a mention already
      // holding it and more ("[2026 FIFA World Cup]") stays.
      if (span.match.swaps.length === 0 && out.some((m) => m.start <= span.start && m.end >= span.end))
        continue;
      // A mention running on past the spun name keeps its rest, titles trimmed again
      // ("[World Well being] Group Director-Normal Tedros …" → "Tedros …").
      const rests = out.flatMap((m) => {
        if (m.start < span.start || m.end <= span.end || m.start >= span.end) return [];
        const gap = /^[\s,]*/.exec(this.input.text.slice(span.end, m.end))![0].length;
        const rest = { ...m, start: span.end + gap };
        return rest.start < rest.end ? adjustMentions(this.kb, this.input.text, [rest]) : [];
      });
      out = out.filter((m) => m.end <= span.start || span.end <= m.start);
      out.push(...rests);
      out.push({
        start: span.start,
        end: span.end,
        type: span.match.entity.type === 'person' ? 'organization' : span.match.entity.type,
        by: 'link',
        confidence: 0.7,
      });
      // "[[Team of Twenty] top]": the organisation named inside its summit is a mention too.
      const summit = /[ -]+(\p{L}+)$/u.exec(this.input.text.slice(span.start, span.end));
      if (span.match.entity.type === 'event' && summit && SUMMIT_WORDS.has(summit[1]!.toLowerCase()))
        out.push({
          start: span.start,
          end: span.end - summit[0].length,
          type: 'organization',
          by: 'link',
          confidence: 0.7,
        });
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  // ── pass 1 ──────────────────────────────────────────────────────────────

  /**
   * What the article says against a city or capital it names: "Paris, Texas" (a region of
   * another country right after the name: a namesake town there) or "the village of Delhi",
   * "Moscow, a town of 25,000" (a capital or major city is no town). Any mention of the name
   * in the article counts (per-document cue map, one KB lookup of the region name).
   */
  private placeElsewhere(norm: string, entity: KbEntity): string | null {
    const cue = this.placeCueOf(norm);
    if (!cue) return null;
    if (cue.thing) return cue.thing;
    const wide = entity.kind === 'region' || entity.kind === 'country';
    if (cue.small && !wide && (entity.kind === 'capital' || entity.prominence >= 4)) return cue.small;
    // "Norway, the next town over": a country or region is never a town.
    if (cue.small && wide && entity.country !== 'US') return cue.small;
    // "Lebanon, Pennsylvania, … the Cornwall road": a foreign place's name used for a local road
    // or school in an article set in a US town named like a foreign place is a town nearby.
    if (cue.local && entity.country !== 'US' && this.usTownArticle())
      return `a local ${cue.local} near a US town`;
    if (cue.region === null || entity.country === null) return null;
    // "Valencia, Venezuela's third city": the possessive names the country all the same.
    const region = cue.region.replace(/['’]s$/u, '');
    // "Concord, N.H." is not Concord, California: a US city of another state is a namesake.
    const state = entity.country === 'US' ? usStateOfCity(entity.description) : null;
    if (state && US_STATES.has(region) && state !== region && !cue.listed) return `in ${region}`;
    // ("the Venezuelan city": a demonym names its country.)
    const hits = this.kb
      .lookup(region)
      .filter((h) => (h.kind === 'name' || h.kind === 'demonym') && h.entity.type === 'location');
    // "Tbilisi, Georgia", "Paris, France": the region is the entity's own country's.
    if (hits.some((h) => h.entity.country === entity.country)) return null;
    // A country or state named after a US state is a namesake town there ("Lebanon, Pennsylvania",
    // "Mexico, Missouri"), unless the state word starts a list ("Mexico, Texas and Arizona").
    if (US_STATES.has(region) && entity.country !== 'US' && !cue.listed) return `in ${region}`;
    if (wide) return null;
    // A city followed by a region or country of another country is a namesake there.
    const other = hits.some(
      (h) =>
        (h.entity.kind === 'region' || (h.entity.kind === 'country' && !cue.listed)) &&
        h.entity.country !== null &&
        h.entity.country !== entity.country,
    );
    return other ? `in ${region}` : null;
  }

  /**
   * True when the article's other places are American ("Atlanta", "Savannah", another state)
   * and none is of `country` itself ("Tbilisi"): a country named like a US state is the state.
   */
  private amongUsPlaces(at: Mention, country: KbEntity): boolean {
    const text = this.input.text;
    let us = false;
    for (const m of this.input.mentions) {
      if (m === at || m.type !== 'location') continue;
      const surface = text.slice(m.start, m.end).replace(/['’]s$/u, '');
      if (surface === text.slice(at.start, at.end)) continue;
      const hits = this.kb.lookup(surface).filter((h) => h.kind === 'name' && h.entity.type === 'location');
      if (hits.some((h) => h.entity.country === country.country)) return false;
      if (US_STATES.has(surface) || (hits.length > 0 && hits.every((h) => h.entity.country === 'US')))
        us = true;
    }
    // "Georgian" anywhere: the country's own people.
    return us && !country.names.some((n) => n.kind === 'demonym' && text.includes(n.text));
  }

  /**
   * The place cue of `norm`: that of its first mention (in text order) whose words give one.
   * Read when asked (a place of the KB about to be linked), not for every one-word mention:
   * `placeCueAt` reads only the text, so the first cue found is the same whenever it is read.
   */
  private placeCueOf(norm: string): PlaceCue | null {
    let cue = this.placeCues.get(norm);
    if (cue === undefined) {
      cue = null;
      for (const m of this.placeSpots.get(norm) ?? []) {
        cue = placeCueAt(this.input.text, m);
        if (cue) break;
      }
      this.placeCues.set(norm, cue);
    }
    return cue;
  }

  /**
   * Of several US cities of one name, those of the state the address after the name gives
   * ("Columbia, S.C.": South Carolina's, not Missouri's); `pool` itself when none is, or no
   * state is given.
   */
  private inAddressState<T extends { readonly entity: KbEntity }>(surface: string, pool: T[]): T[] {
    if (pool.length < 2 || pool.some((h) => h.entity.type !== 'location')) return pool;
    const cue = this.placeCueOf(normalizeName(surface));
    const region = cue?.region?.replace(/['’]s$/u, '');
    if (!region || !US_STATES.has(region) || cue?.listed) return pool;
    const there = pool.filter(
      (h) => h.entity.country === 'US' && usStateOfCity(h.entity.description) === region,
    );
    return there.length > 0 ? there : pool;
  }

  private usTownArticleCache: boolean | null = null;
  /**
   * Whether the article is set in a US town named like a foreign place: a place cue of the
   * article is a US state address ("Lebanon, Pennsylvania") or places the town in a state.
   */
  private usTownArticle(): boolean {
    if (this.usTownArticleCache === null) {
      this.usTownArticleCache = false;
      for (const norm of this.placeSpots.keys()) {
        const cue = this.placeCueOf(norm);
        if (!cue) continue;
        const region = cue.region?.replace(/['’]s$/u, '');
        if (region && US_STATES.has(region) && !cue.listed) this.usTownArticleCache = true;
      }
    }
    return this.usTownArticleCache;
  }

  private compatible(type: EntityType, hit: NameHit): boolean {
    return COMPATIBLE[type].includes(hit.entity.type);
  }

  /**
   * "Ueda said wage growth was broadening": a one-word mention typed as a place or a body, the
   * subject of a verb of saying, is a person when the KB's place of that name is a minor town and a
   * well-known person bears it as surname — retyped a person, it follows the lone-surname rules.
   * (Capitals that speak for their governments, "Washington said", are prominent places; a body
   * the KB knows by the word speaks for itself.)
   */
  private speakerNotTown(m: Mention): Mention {
    const text = this.input.text;
    if (m.type === 'person' || !this.saysAfter(m.end) || hasSpaceIn(text, m)) return m;
    const hits = this.kb.lookup(text.slice(m.start, m.end));
    const bearer = hits.some(
      (h) => h.kind === 'surname' && h.entity.type === 'person' && h.entity.prominence >= 3,
    );
    return bearer && onlyMinorTowns(hits) ? { ...m, type: 'person' } : m;
  }

  /**
   * "… Thorvald Stoltenberg, …, not his son Jens": a lone given name after a word of kin is
   * the relative's, who bears the family name of the person the sentence named last; linked
   * when that given name and surname together are exactly a KB person's name.
   */
  private givenNameOfKin(m: Mention, word: string): Decision | null {
    const text = this.input.text;
    const kin = KIN_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!kin) return null;
    const before = m.start - kin[0].length;
    // The person whose mention ends last before the kin words, in their sentence.
    let parent: Cluster | null = null;
    let parentEnd = -1;
    for (const cl of this.clusters) {
      if (cl.type !== 'person' || !cl.surface.includes(' ')) continue;
      for (const x of cl.mentions)
        if (x.end <= before && x.end > parentEnd && this.sameSentence(x.end, before)) {
          parent = cl;
          parentEnd = x.end;
        }
    }
    const surname = parent ? surnameOf(parent.surface) : null;
    if (!parent || !surname) return null;
    const relative = this.kb
      .lookup(`${word} ${surname}`)
      .find((h) => h.entity.type === 'person' && (h.kind === 'name' || h.kind === 'alias'))?.entity;
    if (!relative || relative === parent.decision.entity) return null;
    this.linked.add(relative.id);
    return {
      entity: relative,
      evidence: [
        evidence('exact-name', `${word} ${surname} ("${kin[1]} ${kin[2]}" after ${parent.surface})`, 0.9),
      ],
      confidence: 0.85,
    };
  }

  /** Whether two offsets of the text fall in one sentence. */
  private sameSentence(a: number, b: number): boolean {
    return this.input.sentences.some((x) => x.start <= a && b <= x.end);
  }

  /** Whether a verb of saying follows `end` ("Ueda said"). */
  private saysAfter(end: number): boolean {
    return SAYS_AFTER.test(this.input.text.slice(end, end + 12));
  }

  /**
   * What the words around an exactly written name make of it (place-senses.ts): a US state
   * in an address, part of a longer name, a company's name used as a place, or another
   * country's body; null when they say nothing.
   */
  private senseAround(surface: string, pool: readonly NameHit[], at: Mention): Decision | null {
    const text = this.input.text;
    const first = pool[0]!.entity;
    // "Manchester City beat Ipswich 4-1": a city's name in a match result is its club's.
    if (first.type === 'location' && inMatchResult(text, at.start, at.end)) {
      const club = clubNameForms(surface)
        .flatMap((form) => this.kb.lookup(form))
        .find((h) => h.entity.kind === 'sports-club' && (h.kind === 'name' || h.kind === 'alias'))?.entity;
      if (club) {
        this.linked.add(club.id);
        return {
          entity: club,
          evidence: [evidence('alias', `${surface} (${club.name}: a match result)`, 0.8)],
          confidence: 0.8,
        };
      }
    }
    // "Israel Moreno, a mechanic": a one-word place name the tagger split from the person's name
    // after it; not after a preposition or article ("US envoy for Ukraine Keith Kellogg").
    if (
      first.type === 'location' &&
      at.type === 'location' &&
      text[at.end] === ' ' &&
      !surface.includes(' ') &&
      !PLACE_WORD_BEFORE.test(text.slice(Math.max(0, at.start - 8), at.start))
    ) {
      // (The tagger may type both words a place: "Moreno" is then a KB person's surname.)
      const next = this.input.mentions.find((m) => m.start === at.end + 1);
      if (
        next &&
        (next.type === 'person' ||
          (next.type === 'location' &&
            this.kb
              .lookup(text.slice(next.start, next.end))
              .some((h) => h.kind === 'surname' && h.entity.type === 'person')))
      )
        return refused(first, "part of a person's name");
    }
    if (first.kind === 'country' && US_STATES.has(surface)) {
      if (isAddressState(text, at.start, surface)) {
        const state = this.kb.lookup(`State of ${surface}`).find((h) => h.entity.country === 'US')?.entity;
        if (!state) return refused(first, `a US state`);
        this.linked.add(state.id);
        return {
          entity: state,
          evidence: [evidence('exact-name', `${surface} (a US state: after a town's name)`, 0.8)],
          confidence: 0.8,
        };
      }
      if (continuesAsName(text, at.end)) return refused(first, `part of a longer name`);
      // "Georgia voters …, and Atlanta's suburbs": an article set among US places means the state.
      if (this.amongUsPlaces(at, first)) {
        const state = this.kb.lookup(`State of ${surface}`).find((h) => h.entity.country === 'US')?.entity;
        if (!state) return refused(first, `a US state (US places named)`);
        this.linked.add(state.id);
        return {
          entity: state,
          evidence: [evidence('exact-name', `${surface} (a US state: US places named)`, 0.8)],
          confidence: 0.8,
        };
      }
    }
    if (pool.every((h) => h.entity.type === 'organization') && !surface.includes(' ')) {
      const local = localNameContinues(text, at.end);
      if (local) return refused(first, `the name of a ${local}`);
      const company = pool.find((h) => h.entity.kind === 'company');
      // "in the Amazon", "the Amazon parrot", "a mare named Tesla": the place, a kind of
      // animal, a thing given the name — not the company.
      const place = company
        ? (companyAsPlace(text, at.start, at.end) ??
          thingNamedAfterPlace(text, at.start, at.end) ??
          thingCalledByName(text, at.start, at.end))
        : null;
      if (company && place) return refused(company.entity, place);
    }
    if (pool.every((h) => h.entity.type === 'organization' && h.entity.country)) {
      const before = countryWordBefore(text, at.start);
      const country = before
        ? this.kb
            .lookup(before.word)
            .find(
              (h) =>
                h.entity.kind === 'country' &&
                (h.kind === 'name' || (h.kind === 'demonym' && !before.possessive)),
            )?.entity.country
        : undefined;
      if (before && country && !pool.some((h) => h.entity.country === country))
        return refused(first, `of ${before.word}`);
    }
    return null;
  }

  /**
   * Per mention type, surfaces whose exact-name chain (pass 1: `exact`, then the despun,
   * deglossed, reversed, generational and joined forms) returned nothing while no context was
   * read and no lookup reached a KB entity (`exactPools` unchanged). Such a run read only the
   * KB's exact names of strings made from the surface (pure functions of it) and decided from
   * them alone, so the next mention with the same surface and type gets the same nothing:
   * news repeats unknown names (private people, local bodies), about 4 in 10 calls.
   */
  private readonly noExactName = new Map<EntityType, Set<string>>();

  private rememberNoExactName(p: Prepared): void {
    let surfaces = this.noExactName.get(p.m.type);
    if (!surfaces) {
      surfaces = new Set();
      this.noExactName.set(p.m.type, surfaces);
    }
    surfaces.add(p.surface);
  }

  /** Whether a KB organisation's own name or alias is `surface`, of two words or more. */
  private exactBodyNamed(surface: string): boolean {
    return (
      normalizeName(surface).includes(' ') &&
      this.kb
        .lookup(surface)
        .some((h) => h.entity.type === 'organization' && (h.kind === 'name' || h.kind === 'alias'))
    );
  }

  /** How many `exact` calls found a KB entity to decide on (see `noExactName`). */
  private exactPools = 0;

  /** The KB places named exactly `surface` when "in" stands right before the mention, else none. */
  private placeAfterIn(surface: string, at: Mention): readonly NameHit[] {
    if (!IN_BEFORE.test(this.input.text.slice(Math.max(0, at.start - 4), at.start))) return [];
    return this.kb.lookup(surface).filter((h) => h.entity.type === 'location' && h.kind === 'name');
  }

  /**
   * "Deep Seek", "Black Rock": a company's one-word name written as two words, joined only
   * on an exact name of the KB (joined-names.ts), whatever type the tagger guessed.
   */
  private joinedExact(surface: string): Decision | null {
    const entity = joinedOrganisation(this.kb, surface);
    if (!entity) return null;
    return {
      entity,
      evidence: [evidence('exact-name', `${surface} = ${entity.name} (words joined)`, 0.9)],
      confidence: 0.85,
    };
  }

  private exact(
    surface: string,
    type: EntityType,
    context: () => MentionContext,
    at?: Mention,
  ): Decision | null {
    const upper = surface === surface.toUpperCase();
    const hits = this.kb
      .lookup(surface)
      .filter(
        (h) =>
          this.compatible(type, h) &&
          (h.kind === 'name' ||
            h.kind === 'alias' ||
            (h.kind === 'short' && (upper || shortIsMixedCase(h, surface)))),
      );
    // "the WWDC conference": an event's short name the tagger typed as a body, before an event word.
    if (hits.length === 0 && type === 'organization' && at) {
      const event = this.eventBeforeEventWord(surface, at, upper);
      if (event) return event;
    }
    if (hits.length === 0 && (type === 'event' || type === 'misc')) {
      const prefix = this.eventPrefix(surface);
      if (prefix) return prefix;
      // "At the World Economic Forum in Davos": a forum known by its meetings, typed as an event
      // by the tagger, is the KB body of that exact name (of two words or more: see below).
      if (type === 'event' && !this.exactBodyNamed(surface)) return null;
    }
    // Same-type entities first: a person mention is never an organisation.
    const sameType = hits.filter((h) => h.entity.type === type);
    let pool = sameType.length > 0 ? sameType : hits;
    if (pool.length === 0 && (normalizeName(surface).includes(' ') || type === 'misc')) {
      // The tagger's type is a guess: "White House" tagged as a person is still the White House,
      // "Abraham Accords" tagged as a place still the accords. A whole name of two words or
      // more ("COP-30" is two), written exactly, of any type but a person's; and any name the
      // tagger left untyped ("Natanz" as misc).
      pool = this.kb
        .lookup(surface)
        .filter((h) => h.entity.type !== 'person' && (h.kind === 'name' || h.kind === 'alias'));
    }
    // "told the forum in Davos": an event's alias that is a KB place's own name, after "in",
    // is the place, whatever type the tagger guessed — the event is held there, not in itself.
    if (at && pool.length > 0 && pool.every((h) => h.entity.type === 'event' && h.kind === 'alias')) {
      const place = this.placeAfterIn(surface, at);
      if (place.length > 0) pool = [...place];
    }
    if (pool.length === 0) return null;
    pool = this.inAddressState(surface, pool);
    this.exactPools++;
    if (at) {
      const sense = this.senseAround(surface, pool, at);
      if (sense) return sense;
    }
    const best = this.pickByContext(
      pool.map((h) => h.entity),
      context,
    );
    const hit = pool.find((h) => h.entity === best.entity)!;
    // A namesake: "Pedro Sanchez, a 32-year-old mechanic from Seville" is not the prime minister.
    // "the Petro, the … cryptocurrency named after Colombia's president": a thing, whatever the role words say.
    // "Keir Starmer, no relation to the prime minister": whatever title words stand near.
    const privateWord =
      hit.entity.type === 'person' && best.role.score < 1
        ? describesPrivatePerson(context(), hit.entity, this.input.date, true)
        : hit.entity.type === 'person'
          ? (namesakeCue(context()) ?? context().thing)
          : at
            ? (agedNamesake(this.input.text, at.end, context()) ?? eventNamesake(context(), hit.entity))
            : null;
    if (privateWord) return refused(hit.entity, privateWord);
    // "The ECB confirmed Ben Stokes will captain England": an acronym among words of sport or
    // screen fiction names another body than a KB one that has nothing to do with them.
    const sphere =
      hit.kind === 'short' && hit.entity.type === 'organization'
        ? acronymOfOtherSphere(context().around, hit.entity.description)
        : null;
    if (sphere) return refused(hit.entity, sphere);
    const elsewhere =
      hit.entity.type === 'location' ? this.placeElsewhere(normalizeName(surface), hit.entity) : null;
    if (elsewhere) return refused(hit.entity, elsewhere);
    const ev: Evidence[] = [evidence(hit.kind === 'name' ? 'exact-name' : 'alias', surface, 1)];
    if (best.role.role) ev.push(evidence('role-context', roleDetail(best.role.role), best.role.score));
    this.linked.add(hit.entity.id);
    return { entity: hit.entity, evidence: ev, confidence: pool.length === 1 ? 0.97 : 0.85 };
  }

  /**
   * "Tim Prepare dinner": a person's full name with a name word spun as a common word
   * ("Cook" → "prepare dinner"; spinner-lexicon.ts) links when the name put back is a KB
   * person's exact name.
   */
  private despunExact(surface: string, type: EntityType, context: () => MentionContext): Decision | null {
    if (!isPersonLike(type)) return null;
    const despun = despinName(surface);
    if (!despun?.includes(' ')) return null;
    const found = this.exact(despun, type, context);
    if (!found?.entity) return null;
    return {
      ...found,
      evidence: [
        evidence('word-substitution', `${surface} ~ ${despun} (spun name word)`, 0.85),
        ...found.evidence,
      ],
      confidence: Math.min(found.confidence, 0.85),
    };
  }

  /**
   * "Christine the Guard", "Hakan Sapling", "Mohammed son of Salman": a person's name
   * translated word for word (name-glosses.ts) links when the name put back is a KB
   * person's exact name and a role of that person is named next to the mention (the
   * glosses are ordinary words, and ordinary people bear them); a translated particle
   * alone ("son of" for "bin") needs no role.
   */
  private deglossedExact(surface: string, type: EntityType, context: () => MentionContext): Decision | null {
    if (!isPersonLike(type)) return null;
    for (const variant of deglossName(surface)) {
      const person = this.personNamed(variant.name);
      if (!person) continue;
      const role = roleEvidence(person, context().around, this.input.date, this.orgs);
      // Else two kinds of support from the article, as for a spelling repair ("French far-right
      // leader Marine the Pen": the article names France and uses the KB description's words).
      const support = role.score < 0.6 && !variant.particlesOnly ? this.corroboration(person) : null;
      if (support && support.count < 2) continue;
      const found = this.exact(variant.name, type, context);
      if (!found?.entity) continue;
      return {
        ...found,
        evidence: [
          evidence('word-substitution', `${surface} ~ ${variant.name} (${variant.swaps.join(', ')})`, 0.8),
          ...found.evidence.filter((e) => e.kind !== 'role-context'),
          ...(role.role ? [evidence('role-context', roleDetail(role.role), role.score)] : []),
          ...(support?.details.map((d) => evidence('co-mention', d, 0.5)) ?? []),
        ],
        confidence: Math.min(found.confidence, 0.8),
      };
    }
    return null;
  }

  /**
   * "Ishiba Shigeru", "Jinping Xi": a two-word name turned round links when the other order
   * is a KB person's exact name and the person is of a country whose names copy writes
   * either way (East Asia, Hungary), or a role of the person is named next to the mention.
   */
  private reversedExact(surface: string, type: EntityType, context: () => MentionContext): Decision | null {
    if (!isPersonLike(type)) return null;
    const reversed = reversedName(surface);
    const person = reversed ? this.personNamed(reversed) : null;
    if (
      !reversed ||
      !person ||
      (!eitherOrder(person) && roleEvidence(person, context().around, this.input.date, this.orgs).score < 0.6)
    )
      return null;
    const found = this.exact(reversed, type, context);
    if (!found?.entity) return null;
    return {
      ...found,
      evidence: [
        evidence('word-substitution', `${surface} ~ ${reversed} (name order)`, 0.9),
        ...found.evidence,
      ],
      confidence: Math.min(found.confidence, 0.85),
    };
  }

  /**
   * "Ferdinand Marcos Junior": a generational suffix written out by translated copy is the
   * KB's "Jr."/"Sr." after a full name (not in the KB's normalisation: "Costa Júnior" is a
   * surname).
   */
  private generationExact(surface: string, type: EntityType, context: () => MentionContext): Decision | null {
    if (!isPersonLike(type)) return null;
    const m = /^(\S+\s.*\S)\s+(Junior|Senior)$/.exec(surface);
    if (!m) return null;
    return this.exact(`${m[1]} ${m[2] === 'Junior' ? 'Jr.' : 'Sr.'}`, type, context);
  }

  /**
   * "[Pan] [Gong Sheng]": when the capitalised word before a linked mention, with it, spells
   * the entity's name letter for letter (spaces aside), the tagger cut the name: the mention
   * takes the word in.
   */
  private withCutWordBefore(m: Mention, entity: KbEntity): Mention {
    const { text } = this.input;
    const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!before) return m;
    const whole = letters(`${before[1]} ${text.slice(m.start, m.end)}`);
    const names = [entity.name, ...entity.names.filter((n) => n.kind !== 'surname').map((n) => n.text)];
    return names.some((n) => letters(n) === whole) ? { ...m, start: m.start - before[0].length } : m;
  }

  /**
   * "[Bassirou] Diomay Fay, a former tax inspector, was sworn in as Senegal's president": a
   * tagger may leave the first word of a sentence out of the name after it. A person's name
   * that links to nobody is read again with that capitalised word (no mention of its own, no
   * title) in front; taken only when the whole name links, with the evidence any name needs.
   */
  private withFirstWordOfSentence(
    m: Mention,
  ): { decision: Decision; mention: Mention; surface: string } | null {
    const { text, sentences } = this.input;
    const before = SENTENCE_FIRST_WORD.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!before || NOT_A_GIVEN_NAME_START.test(before[1]!)) return null;
    const start = m.start - before[1]!.length - 1;
    if (this.input.mentions.some((o) => o.start < m.start && o.end > start)) return null;
    const wider: Mention = { ...m, start };
    const surface = cleanSurface(text.slice(start, m.end));
    const decision = this.fuzzy(
      surface,
      'person',
      () => mentionContext(text, sentences, wider, 0, this.spanCues),
      wider.end,
      wider.start,
    );
    return decision.entity ? { decision, mention: wider, surface } : null;
  }

  /** The most prominent KB person with `name` as name or alias, or null. */
  private personNamed(name: string): KbEntity | null {
    let best: KbEntity | null = null;
    for (const h of this.kb.lookup(name)) {
      if (h.entity.type !== 'person' || (h.kind !== 'name' && h.kind !== 'alias')) continue;
      if (!best || h.entity.prominence > best.prominence) best = h.entity;
    }
    return best;
  }

  /** "NATO summit in The Hague": the longest leading words that name a KB event. */
  private eventPrefix(surface: string): Decision | null {
    const words = surface.split(/\s+/);
    for (let n = words.length - 1; n >= 2; n--) {
      const prefix = words.slice(0, n).join(' ');
      const hit = this.kb.lookup(prefix).find((h) => h.entity.type === 'event' && h.kind !== 'short');
      if (hit) {
        this.linked.add(hit.entity.id);
        return { entity: hit.entity, evidence: [evidence('alias', prefix, 0.9)], confidence: 0.85 };
      }
    }
    return null;
  }

  /**
   * "the WWDC conference", "the Eurovision contest": a name only an event bears, typed as a
   * body, right before a word for an event, is that event.
   */
  private eventBeforeEventWord(surface: string, at: Mention, upper: boolean): Decision | null {
    if (!EVENT_WORD_AFTER.test(this.input.text.slice(at.end, at.end + 16))) return null;
    const events = new Set(
      this.kb
        .lookup(surface)
        .filter(
          (h) =>
            h.entity.type === 'event' &&
            (h.kind === 'name' || h.kind === 'alias' || (h.kind === 'short' && upper)),
        )
        .map((h) => h.entity),
    );
    if (events.size !== 1) return null;
    const [event] = events;
    this.linked.add(event!.id);
    return {
      entity: event!,
      evidence: [evidence('alias', `${surface} (an event's name)`, 0.9)],
      confidence: 0.85,
    };
  }

  /** "G7 top" → G7 summit (summits.ts): the event the organisation's name and a summit word name. */
  private summitDecision(surface: string, summit: SummitMention): Decision {
    this.linked.add(summit.entity.id);
    const ev =
      normalizeName(surface) === normalizeName(summit.name)
        ? evidence('alias', summit.name, 0.9)
        : evidence('word-substitution', `${surface} ~ ${summit.name}`, 0.8);
    return { entity: summit.entity, evidence: [ev], confidence: 0.8 };
  }

  /**
   * Among namesakes: the one the context speaks of, else the most prominent. The context is
   * read only for an entity with roles (an organisation or place without any needs none).
   */
  private pickByContext(
    entities: readonly KbEntity[],
    context: () => MentionContext,
  ): { entity: KbEntity; role: RoleEvidence } {
    let best = { entity: entities[0]!, role: { score: 0, role: null } as RoleEvidence, score: -1 };
    // "Sudan's army chief … the RSF": of bodies sharing a name, the one of a country the article
    // names (not among places: "Birmingham" in a US article is still most often England's).
    const byCountry =
      entities.length > 1 &&
      entities.every((e) => e.type === 'organization') &&
      entities.some((e) => e.country !== entities[0]!.country);
    for (const e of entities) {
      // Bearers share titles: each cue is run once on the context (this.cues remembers it).
      const role =
        e.roles.length === 0
          ? NO_ROLE
          : roleEvidence(e, context().around, this.input.date, this.orgs, this.cues);
      const home = byCountry && e.country !== null && this.countries.has(e.country) ? 1.5 : 0;
      const score = role.score * 10 + e.prominence + home;
      if (score > best.score) best = { entity: e, role, score };
    }
    return best;
  }

  // ── pass 2 ──────────────────────────────────────────────────────────────

  /** Sound-alike candidates (see {@link CandidateSearch.candidates}). */
  private candidates(
    surface: string,
    type: EntityType,
    kinds: ReadonlySet<KbNameKind>,
    floor = 0.5,
    minProminence = 0,
  ): Candidate[] {
    return this.search.candidates(surface, type, kinds, floor, minProminence);
  }

  /**
   * True when the words next to the mention name a country ("the Italian chamber") that is
   * neither the candidate's nor one of its roles': a sign of a namesake.
   */
  private otherCountryNamed(context: MentionContext, entity: KbEntity, start: number): boolean {
    // Only what describes the person: the words just before the name, and an apposition after it.
    const rightWords = context.right.trim().split(' ');
    const apposition = /^(a|an|the|who|whose)$/.test(rightWords[0] ?? '');
    const described = labelledWordsBefore(this.input.text, start, 3);
    const leftWords = described === 0 ? [] : context.left.trim().split(' ').slice(-described);
    // "The Israeli military said Yehya Al-Sinwar …": words before a verb of saying are its subject's.
    const left = SAYING.test(leftWords[leftWords.length - 1] ?? '') ? '' : leftWords.join(' ');
    const near = `${left} ${apposition ? rightWords.slice(0, 8).join(' ') : ''}`;
    const own = new Set([
      entity.country,
      ...entity.roles.map((r) => (/^[A-Z]{2}$/.test(r.org) ? r.org : null)),
    ]);
    // "Roberto Fico of the Five Star Movement": a party or country of another, said right after.
    const of = affiliationAfter(this.input.text, context.span.end, (name) => this.kb.lookup(name));
    if (of && !own.has(of.country) && !belongsTo(entity, of)) return true;
    const words = near.split(' ');
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      // "At the summit in Singapore, Pete Hegseth": where a thing happens does not describe him.
      if (word.length < 4 || words[i - 1] === 'in' || words[i - 1] === 'at') continue;
      const country = this.kb
        .lookup(word)
        .find((h) => h.entity.kind === 'country' && (h.kind === 'demonym' || h.kind === 'name'))
        ?.entity.country;
      if (country && !own.has(country)) return true;
    }
    return false;
  }

  /** Fewest plain letter slips (up to 4) between a surface and the entity's name or aliases. */
  private slipsTo(surface: string, entity: KbEntity): number {
    const l = letters(arabicNameForm(surface));
    let best = letterSlips(l, letters(arabicNameForm(entity.name)), 3);
    for (const n of entity.names) {
      if (best === 0) break;
      if (n.kind === 'alias' || n.kind === 'name')
        best = Math.min(best, letterSlips(l, letters(arabicNameForm(n.text)), 3));
    }
    return best;
  }

  /** A role cue for this candidate anywhere in the article (title and organisation together). */
  private documentRole(entity: KbEntity): RoleEvidence {
    let found = this.documentRoles.get(entity);
    if (found === undefined) {
      found = { score: 0, role: null };
      // No title of the entity anywhere in the article: no sentence needs reading.
      if (entityCues(entity).some((cue) => this.cues.exec(cue, this.documentCue) !== null)) {
        for (const s of this.sentenceCues) {
          const r = roleEvidence(entity, s, this.input.date, this.orgs, this.cues);
          if (r.score >= 1) {
            found = r;
            break;
          }
          if (r.score > found.score) found = r;
        }
        if (found.score < 0.9) found = { score: 0, role: null };
      }
      this.documentRoles.set(entity, found);
    }
    return found;
  }

  /** Whether the one-word name at `span` is a common noun of its sentence ({@link commonNounInSentence}). */
  private commonNounAt(span: Span): boolean {
    const sentence = sentenceOf(this.input.sentences, span, this.input.text.length);
    return commonNounInSentence(this.input.text, sentence, span.start, span.end);
  }

  /**
   * True when a mention of `entity` already linked stands in the sentence of `start`…`end`,
   * apart from it, written with a word of this one ("Bart De Wever" of "Bart De Weerdt"; not
   * "Robert Prevost … took the name Lion XIV", another name of the same man). Read only for
   * an entity the article has linked.
   */
  private namedExactlyInSentence(entity: KbEntity, start: number, end: number): boolean {
    const { text } = this.input;
    const sentence = sentenceOf(this.input.sentences, { start, end }, text.length);
    // (Particles are no shared word: "al-Sharaa" and "Abu Mohammed al-Jolani".)
    const words = new Set(
      normalizeName(text.slice(start, end))
        .split(' ')
        .filter((w) => w.length >= 3 && !NAME_PARTICLES.has(w)),
    );
    return this.clusters.some(
      (c) =>
        c.decision.entity === entity &&
        c.mentions.some(
          (m) =>
            m.start >= sentence.start &&
            m.end <= sentence.end &&
            (m.end <= start || m.start >= end) &&
            normalizeName(text.slice(m.start, m.end))
              .split(' ')
              .some((w) => words.has(w)),
        ),
    );
  }

  /**
   * The article's person whose surname a one-word place or body repair (`own`) spells at least
   * as closely ("Donna Brazile … At Brazille's direction": Brazile, not Brazil); else null.
   */
  private nearerSurname(
    word: string,
    position: number,
    own: Decision,
  ): { cluster: Cluster; evidence: Evidence } | null {
    const repair = own.evidence.find((e) => e.kind === 'spelling');
    if (!repair) return null;
    const joined = this.joinFullForm(word, position, Math.max(repair.score, this.thresholds.surnameJoin));
    return joined?.cluster.decision.entity?.type === 'person' ? joined : null;
  }

  /** `lazyContext`: read only when needed (an organisation's sound-alike rarely needs it). */
  private fuzzy(
    surface: string,
    type: EntityType,
    lazyContext: () => MentionContext,
    end: number,
    start: number,
  ): Decision {
    const t = this.thresholds;
    // A name introduced by "…, a/an/who …" is somebody being presented: spelling alone is no evidence.
    const introducedAtAll = introducedByApposition(this.input.text, end);
    // …unless a definite description of a public deed or post ("…, the architect of the October 7 assault").
    const presentedAtAll = introducedAtAll && !presentedByPublicDeed(this.input.text, end);
    // "Washington-based", "Iowa-born": an adjective made of a name, not a mangled name.
    if (ADJECTIVE_COMPOUND.test(surface)) return nil();
    if (!isPersonLike(type)) {
      // A word the KB knows in another sense ("Hungarian", a demonym) is not a misspelling,
      // nor is a people's or a creed's word the KB does not list ("Asian" imports are no ASEAN).
      if (this.kb.lookup(surface).length > 0 || isPeopleWord(surface)) return nil();
      // Too short a name is never repaired by spelling: no candidate needs computing.
      if (letters(surface).length < 5) return this.spun(surface, type, lazyContext);
      // Only prominent bodies and places are repaired by spelling alone: the others are not compared.
      const cands = this.candidates(surface, type, NAMES_AND_ALIASES, t.otherTypes, MIN_OTHER_PROMINENCE);
      if (cands.length === 0) return this.spun(surface, type, lazyContext);
      const top = cands[0]!;
      if (cands.length > 1 && cands[1]!.sim >= top.sim - 0.02 && cands[1]!.entity !== top.entity)
        return nil();
      // "fourth-tier club Sedan": a club named after its town, not a misspelt country or city.
      if (
        top.entity.type === 'location' &&
        CLUB_BEFORE.test(this.input.text.slice(Math.max(0, start - 12), start))
      )
        return nil();
      // "World Economics Forum, a student debating club": described as another kind of body.
      const context = lazyContext();
      const against = contradictingHead(context.head, top.entity, context.headIndefinite);
      if (against) return refused(top.entity, against);
      return {
        entity: top.entity,
        evidence: [evidence('spelling', `${surface} ~ ${top.entity.name}`, top.sim)],
        confidence: top.sim * 0.9,
      };
    }
    const context = lazyContext();
    // Without a role cue next to the name, only paths needing 0.78+ remain: compare no lower.
    const floor = hasRoleCue(context) ? t.withRoleAndOrg : Math.min(t.withDocumentCue, t.corroborated);
    const cands = this.candidates(surface, type, NAMES_AND_ALIASES, floor);
    // The candidates' titles next to the name, each pattern run once (null: none stands there).
    const roles = rolesIn(cands, context.around, this.input.date, this.orgs, this.cues);
    let best: { c: Candidate; ev: Evidence[]; score: number; strength: number } | null = null;
    let refusal: Decision | null = null;
    const corroborations = new Map<KbEntity, Corroboration>();
    const corroborationOf = (e: KbEntity): Corroboration => {
      let x = corroborations.get(e);
      if (!x) {
        x = this.corroboration(e);
        corroborations.set(e, x);
      }
      return x;
    };
    // "Lamine Jamal, who turned seventeen": a clause stating only an age presents nobody when
    // the age is the candidate's own (as an age in figures after a comma does not).
    const ageClause = introducedAtAll && turnedAge(this.input.text, end) !== null;
    const fallClause = introducedAtAll && fallFromPowerAfter(this.input.text, end);
    for (const [k, c] of cands.entries()) {
      const role = roles ? roles[k]! : NO_ROLE;
      const ownAge = ageClause && ageFits(context, c.entity, this.input.date);
      // "Bashar al-Asad, who fled the country": the fall of a head of state is a public deed.
      const fell = fallClause && heldTopOffice(c.entity);
      const introduced = introducedAtAll && !ownAge && !fell;
      const presented = presentedAtAll && !ownAge && !fell;
      // A thing named after the person; a namesake or a character of fiction, as copy says.
      const aside = context.thing ?? namesakeCue(context);
      if (aside) {
        refusal ??= refused(c.entity, aside);
        continue;
      }
      // "Donald Trumpf, a 56-year-old butcher from Kallstadt, said the US president's grandfather
      // …": an age the candidate's birth year rules out and a trade his profile lacks present a
      // private person; the title later in the sentence is somebody else's, so even a full role
      // cue does not make the near spelling the famous bearer.
      if (role.score >= 1) {
        const age = ageContradicts(context, c.entity, this.input.date);
        const trade =
          age &&
          (contradictingHead(context.head, c.entity, context.headIndefinite) ??
            localPresentation(context, c.entity));
        if (trade) {
          refusal ??= refused(c.entity, `${trade}, ${age}`);
          continue;
        }
      }
      if (role.score < 1) {
        // An age the candidate's birth year fits ("Phaethongthan Chinnawat, 37,") is no private life.
        // "The village chief …, 70, and his deputy Sara Dutertre": the relative or aide of a
        // private person the sentence presents is one too.
        const privateWord =
          describesPrivatePerson(context, c.entity, this.input.date) ??
          (givesAge(context) && !ageFits(context, c.entity, this.input.date) ? 'age' : null) ??
          (relationBefore(context) !== null && privateLifeIn(this.sentenceCueAt(end)) !== null
            ? `${relationBefore(context)} of a private person`
            : null);
        if (privateWord) {
          refusal ??= refused(c.entity, privateWord);
          continue;
        }
      }
      // "Bart De Weerdt, a mussel seller, says Prime Minister Bart De Wever's plans …": a near
      // spelling of a person the same sentence names exactly is somebody else (whatever title
      // words that person brings into the sentence).
      if (this.linked.has(c.entity.id) && this.namedExactlyInSentence(c.entity, start, end)) continue;
      // A shared given name and a loosely similar surname are never enough ("Daniel Okoro" is not Daniel Ek).
      // Nor a shared surname under another given name ("Noa Friedman" is not Mikhail Fridman).
      if (
        (role.score < 0.6 && c.surnameSim < 0.75) ||
        (role.score < 1 && (c.surnameSim < 0.6 || c.givenSim < 0.5))
      )
        continue;
      // Even a full role cue does not turn one senator into another ("John McCain" is not Mitch McConnell).
      // (A name the tagger cut, "Gong Sheng" of Pan Gongsheng, is no other given name.)
      // Nor the same surname under another given name: "Heydar Aliyev, the Soviet-era leader" is
      // a relative of the president, not a misspelling of him.
      if (c.givenSim < 0.5 && !letters(c.entity.name).endsWith(letters(surface))) continue;
      // "Mukesh Ambany": a bearer of the surname whose given name matches too ("Mukesh Ambani")
      // outweighs one whose given name does not (his son Akash, chairman of the firm named).
      if (c.givenSim < 0.75 && cands.some((o) => o.entity !== c.entity && sameFamilyBetterGiven(o, c)))
        continue;
      const ev: Evidence[] = [evidence('sound-alike', `${surface} ~ ${c.entity.name}`, c.sim)];
      let ok = false;
      let strength = 0;
      if (role.role && role.score >= 1 && c.sim >= t.withRoleAndOrg) {
        ok = true;
        strength = 3;
        ev.unshift(evidence('role-context', roleDetail(role.role), role.score));
      } else if (role.role && role.score >= 0.6 && c.sim >= t.withRoleTitle) {
        ok = true;
        strength = 2;
        ev.unshift(evidence('role-context', roleDetail(role.role), role.score));
      } else if (c.sim >= t.withDocumentCue) {
        const docRole = this.documentRole(c.entity);
        const co = coMentioned(c.entity, this.linked, this.input.date);
        if (docRole.role) {
          ok = true;
          strength = 1.5;
          ev.unshift(
            evidence(
              'role-context',
              `${roleDetail(docRole.role)} (elsewhere in the article)`,
              docRole.score * 0.8,
            ),
          );
        } else if (co) {
          ok = true;
          strength = 1.2;
          ev.unshift(evidence('co-mention', roleDetail(co), 0.6));
        }
      }
      // Spelling with corroboration: a close spelling of a prominent person, no rival as close
      // with as much support, and an article that speaks of that person's sphere (an organisation
      // or country of theirs, or a title they hold). Spelling alone is never enough: ordinary
      // people share or nearly share famous names ("Olaf Schulz, the Hamburg baker").
      if (
        !ok &&
        c.sim >= t.corroborated &&
        c.surnameSim >= 0.85 &&
        c.entity.prominence >= 3 &&
        (!introduced || isPublicHead(context.head)) &&
        !postAtUnnamedBody(this.input.text, end) &&
        !this.otherCountryNamed(context, c.entity, start)
      ) {
        const support = corroborationOf(c.entity);
        const needed = c.sim >= t.spellingOnly ? 1 : 2;
        // One kind of support is thin: the sentence must not speak of private life either.
        const thin = support.count === 1 && privateLifeIn(this.sentenceCueAt(end)) !== null;
        if (support.count >= needed && !thin) {
          const rivals = cands.filter(
            (o) =>
              o !== c &&
              o.entity !== c.entity &&
              (o.sim >= c.sim - 0.06 ||
                (o.sim >= c.sim - 0.12 && o.entity.prominence >= c.entity.prominence)) &&
              corroborationOf(o.entity).count >= support.count,
          );
          if (rivals.length === 0) {
            ok = true;
            strength = 1;
            ev[0] = evidence('spelling', `${surface} ~ ${c.entity.name}`, c.sim);
            for (const d of support.details) ev.push(evidence('co-mention', d, 0.5));
          }
        }
      }
      // A household name spelled nearly right, in a sentence with nothing of private life in
      // it, in an article of public affairs.
      if (
        !ok &&
        c.sim >= t.householdName &&
        c.surnameSim >= 0.9 &&
        c.entity.prominence >= 5 &&
        !introduced &&
        !privateLifeIn(this.sentenceCueAt(end)) &&
        !this.otherCountryNamed(context, c.entity, start) &&
        !cands.some((o) => o.entity !== c.entity && o.sim >= c.sim - 0.12) &&
        publicAffairsIn(this.documentCue) !== null
      ) {
        ok = true;
        strength = 0.8;
        ev[0] = evidence('spelling', `${surface} ~ ${c.entity.name}`, c.sim);
        ev.push(evidence('popularity', `prominence ${c.entity.prominence}`, 1));
      }
      // A name one or two letters off a known person's, given name and surname each close
      // ("Donald Trumph", "Pete Hegset", "Sanjai Malhotra"): with the article speaking of
      // their sphere; or, for the best known (prominence 4+), with no rival candidate and
      // nothing of private life in the sentence. The vetoes above (an ordinary occupation,
      // an age) have already run; a namesake described as a private person never gets here.
      if (!ok && c.givenSim >= 0.8 && c.surnameSim >= 0.8 && c.entity.prominence >= 2 && !presented) {
        const slips = this.slipsTo(surface, c.entity);
        const long = letters(surface).length >= 12;
        // A rival: another candidate nearly as close, or close and at least as prominent.
        const noRival = !cands.some(
          (o) =>
            o.entity !== c.entity &&
            (o.sim >= c.sim - 0.06 || (o.sim >= c.sim - 0.12 && o.entity.prominence >= c.entity.prominence)),
        );
        const quiet =
          !privateLifeIn(this.sentenceCueAt(end)) && !this.otherCountryNamed(context, c.entity, start);
        const support = quiet && slips <= (long ? 3 : 2) ? corroborationOf(c.entity) : null;
        if (support && support.count >= 1 && noRival) {
          ok = true;
          strength = 1;
          ev[0] = evidence('spelling', `${surface} ~ ${c.entity.name} (${slips} letters off)`, c.sim);
          for (const d of support.details) ev.push(evidence('co-mention', d, 0.5));
        } else if (
          quiet &&
          noRival &&
          // (Prominence 3 too, one plain slip off: "Philippe Lazarini".)
          (c.entity.prominence >= 4 || (c.entity.prominence >= 3 && slips <= 1 && c.sim >= 0.95)) &&
          slips <= (long ? 2 : 1) &&
          // Without support, the article must be news of public life and say nothing of private life.
          this.publicNews
        ) {
          ok = true;
          strength = 0.8;
          ev[0] = evidence('spelling', `${surface} ~ ${c.entity.name} (${slips} letters off)`, c.sim);
          ev.push(evidence('popularity', `prominence ${c.entity.prominence}`, 1));
        }
      }
      // Strong likeness, one candidate: a full name very like one prominent person's, given name
      // and surname each close ("Joseph Borel", "Alexander Vuchich", "Jo Bayden"), and nobody
      // else of the KB anywhere near — a bearer of the same surname under a clearly other given
      // name is no rival ("Jill Biden" for "Jo Bayden"). Nothing may make it a private person:
      // the vetoes above, no apposition presenting somebody, no private life in the sentence, no
      // other country describing them. With one kind of support from the article; or, for the
      // best known (prominence 4+), in an article of public affairs with nothing of private life.
      // Or, for a star of sport or culture (any prominence), in an article of their sphere with
      // nothing of local life (spheres.ts); their own trade in the sentence is no private life
      // then ("American footballer Travis Kelsi").
      if (
        !ok &&
        c.sim >= t.strongLikeness &&
        c.surnameSim >= 0.85 &&
        c.givenSim >= 0.75 &&
        (!presented || this.describedInSphere(context, c.entity) !== null) &&
        looksLikePersonName(surface) &&
        !postAtUnnamedBody(this.input.text, end) &&
        !cands.some(
          (o) =>
            o.entity !== c.entity &&
            o.sim >= c.sim - 0.15 &&
            !(o.surnameSim >= c.surnameSim - 0.02 && o.givenSim <= c.givenSim - 0.1) &&
            // Nor a bearer of the same given name under a clearly other surname ("Peter Maurer"
            // for "Peter Madjar", Péter Magyar): the surname is what tells people apart.
            !(o.givenSim >= c.givenSim - 0.02 && o.surnameSim <= c.surnameSim - 0.12),
        ) &&
        !this.otherCountryNamed(context, c.entity, start)
      ) {
        const sentence = this.sentenceCueAt(end);
        // Private life in the sentence, unless only in the words presenting the others it names.
        // (Words of the candidate's own sphere are no private life: "presented to 80,000 fans" of a
        // footballer; see SPHERE_TRADES.)
        const ownSphere = personSphere(profileText(c.entity));
        const ownSentence = ownSphere ? withoutSphereTrades(sentence, ownSphere) : sentence;
        const quiet = !privateLifeIn(ownSentence) || !privateLifeIn(this.ownSentenceCue(end, surface));
        const sphere = this.sharedSphere(c.entity) ?? this.describedInSphere(context, c.entity);
        const support = quiet && !presented && c.entity.prominence >= 3 ? corroborationOf(c.entity) : null;
        // Without support from the article: the well known (prominence 3+) in an article that
        // says nothing of private or everyday life (public affairs or not: "Emanuel Makron and
        // Olaf Sholts shook hands for the cameras"). (Prominence 4 measured first: 3 gains
        // "Vinisius Junior" and trips no trap of the twelve sets nor any news decision.)
        const alone =
          support !== null &&
          !this.yearBeforeAdulthood(c.entity) &&
          c.entity.prominence >= 3 &&
          (this.publicNews || this.noPrivateLifeApartFromOthers(surface));
        if (support && (support.count >= 1 || alone)) {
          ok = true;
          strength = 0.8;
          ev[0] = evidence('spelling', `${surface} ~ ${c.entity.name} (no other candidate)`, c.sim);
          for (const d of support.details) ev.push(evidence('co-mention', d, 0.5));
          if (support.count === 0) ev.push(evidence('popularity', `prominence ${c.entity.prominence}`, 1));
        } else if (sphere && !privateLifeIn(withoutSphereTrades(sentence, sphere))) {
          ok = true;
          strength = 0.8;
          ev[0] = evidence('spelling', `${surface} ~ ${c.entity.name} (no other candidate)`, c.sim);
          ev.push(evidence('popularity', `a ${sphere} figure in an article about ${sphere}`, 0.8));
        }
      }
      if (!ok) continue;
      const score = strength + c.sim + c.entity.prominence * 0.02;
      if (!best || score > best.score) best = { c, ev, score, strength };
    }
    if (!best) return refusal ?? this.throughOtherScript(surface, type, lazyContext, end, start);
    // "Errol Musk, the father of the Tesla billionaire": another given name altogether, not a
    // slip of the candidate's, is a relative or namesake, whatever role words stand near it
    // (checked for the one candidate about to be linked only).
    if (hasOtherGivenName(surface, best.c.entity, best.strength >= 3))
      return refused(best.c.entity, 'another given name');
    this.linked.add(best.c.entity.id);
    return { entity: best.c.entity, evidence: best.ev, confidence: Math.min(0.95, 0.45 + best.c.sim * 0.5) };
  }

  /** True while the spellings of a name through another script are compared (no variants of variants). */
  private readingOtherScript = false;

  /**
   * A person's name that came through another script ("Olaf Sholts", "Li Tsyan", "Rajab
   * Tayyib Ardoghan"), linked to nobody as written: its spellings by the letter
   * correspondences of each route (script-routes.ts) are compared in turn, each needing the
   * same evidence as any spelling. The first that links is taken, its evidence naming the
   * reading.
   */
  private throughOtherScript(
    surface: string,
    type: EntityType,
    lazyContext: () => MentionContext,
    end: number,
    start: number,
  ): Decision {
    if (this.readingOtherScript || !isPersonLike(type)) return nil();
    const variants = scriptRouteVariants(surface);
    if (variants.length === 0) return nil();
    this.readingOtherScript = true;
    try {
      for (const v of variants) {
        const d = this.fuzzy(v, type, lazyContext, end, start);
        if (!d.entity) continue;
        return {
          ...d,
          evidence: d.evidence.map((e) =>
            e.kind === 'spelling' || e.kind === 'sound-alike'
              ? { ...e, detail: `${surface} (read as ${v}) ~ ${d.entity!.name}` }
              : e,
          ),
        };
      }
      return nil();
    } finally {
      this.readingOtherScript = false;
    }
  }

  /**
   * A spun organisation or event name ("Financial institution of England"): a word-by-word
   * synonym match to one KB name, unless the words describing the mention contradict it
   * ("the Munich Safety Convention, a fire-safety trade fair").
   */
  private spun(surface: string, type: EntityType, lazyContext: () => MentionContext): Decision {
    // "Supreme Court Justices": a body's name written exactly (or a country's generic body,
    // national-bodies.ts), then its people; no other body's spun name ("Supreme Tribunal of Justice").
    const members = MEMBERS_AFTER.exec(surface)?.[1];
    if (
      members &&
      (this.kb.lookup(members).some((h) => h.kind === 'name' || h.kind === 'alias') ||
        NationalBodies.for(this.kb.kb).bodies(members).length > 0)
    )
      return nil();
    // A forum tagged as an event is the organisation that holds it ("Globe Economic Online Forum").
    const match = findSpun(this.kb.kb, surface, spunTypes(type), this.countries);
    if (!match) return nil();
    const context = lazyContext();
    const against = contradictingHead(context.head, match.entity, context.headIndefinite);
    if (against) return refused(match.entity, against);
    this.linked.add(match.entity.id);
    return {
      entity: match.entity,
      evidence: [
        evidence('word-substitution', `${surface} ~ ${match.name} (${match.swaps.join(', ')})`, 0.8),
      ],
      confidence: 0.75,
    };
  }

  /** Cue text of the sentence around offset `at`. */
  /** Cue text of the sentence ending after `at` without the words presenting the other people it names. */
  private ownSentenceCue(at: number, surface: string): string {
    const s = sentenceOf(
      this.input.sentences,
      { start: Math.max(0, at - 1), end: at },
      this.input.text.length,
    );
    return cueWithoutOthersDescriptions(this.input.text, this.input.mentions, s.start, s.end, surface);
  }

  /** The earliest year the article names (a four-digit number from 1000 on), read once; null when none. */
  private earliestYearCache: number | null | undefined;
  /**
   * True when the article names a year before `entity` came of age (born + 18): "Robert F.
   * Kennedy died on this day in 1968", "Charles I was executed … in 1649" speak of history,
   * of a namesake or a forebear, not of a person of today known by a near spelling.
   */
  private yearBeforeAdulthood(entity: KbEntity): boolean {
    if (this.earliestYearCache === undefined) {
      let earliest: number | null = null;
      for (const m of this.input.text.matchAll(/(?<![\d,.])(1\d{3}|20\d{2})(?!\d|[,.]\d)/g)) {
        const year = Number(m[1]);
        if (earliest === null || year < earliest) earliest = year;
      }
      this.earliestYearCache = earliest;
    }
    return (
      entity.born !== null && this.earliestYearCache !== null && this.earliestYearCache < entity.born + 18
    );
  }

  /**
   * True when the article speaks of no private life, apart from the words presenting the other
   * people it names, and of nothing of everyday life.
   */
  private noPrivateLifeApartFromOthers(surface: string): boolean {
    if (everydayLifeIn(this.documentCue) !== null) return false;
    if (privateLifeIn(this.documentCue) === null) return true;
    const text = this.input.text;
    return (
      privateLifeIn(cueWithoutOthersDescriptions(text, this.input.mentions, 0, text.length, surface)) === null
    );
  }

  private sentenceCueAt(at: number): string {
    const s = sentenceOf(
      this.input.sentences,
      { start: Math.max(0, at - 1), end: at },
      this.input.text.length,
    );
    return ` ${this.spanCues.of(s.start, s.end)} `;
  }

  /**
   * How the article speaks of a candidate's sphere, anywhere in its text: an organisation
   * or country of one of its roles held on the date (or a linked entity that is one), a
   * title it holds, its own country. Each kind counts once.
   */
  private corroboration(entity: KbEntity): Corroboration {
    const details: string[] = [];
    let org = false;
    let orgFrom = '';
    let title = false;
    const date = this.input.date;
    for (const role of entity.roles) {
      // Roles held on the date, or left within two years ("succeeding Charles Michel").
      if (date && !roleActiveOn(role, date) && !(role.to && role.to >= shiftYears(date, -2))) continue;
      if (
        !org &&
        ((role.orgId && this.linked.has(role.orgId)) || this.orgs.properNamedIn(role, this.supportCue))
      ) {
        org = true;
        orgFrom = role.org;
        details.push(`article names ${(role.orgId && this.kb.get(role.orgId)?.name) || role.org}`);
      }
      const cue = cueForRole(role);
      const m = cue ? this.cues.exec(cue, this.supportCue) : null;
      if (!title && m) {
        title = true;
        details.push(`article says "${m[0].trim()}" (${role.role})`);
      }
    }
    let country = false;
    if (entity.country && orgFrom !== entity.country) {
      const home = this.kb.resolveOrg(entity.country);
      const asRole = { role: '', org: entity.country, orgId: home?.id ?? null, from: null, to: null };
      // A demonym alone says where somebody is from; with a body or figure of the country
      // linked too ("Viktor Orban's Fidesz"), the article speaks of the country's affairs.
      if (
        home &&
        (this.orgs.properNamedIn(asRole, this.supportCue) ||
          (this.orgs.namedIn(asRole, this.supportCue) && this.linksOtherOf(entity)))
      ) {
        country = true;
        details.push(`article names ${home.name}`);
      }
    }
    // Proper names of its description the article uses too ("Trump son-in-law", "CEO of Nvidia").
    let described = false;
    // Not words of the candidate's own names ("Jong" of "Kim Jong Un" in Kim Yo Jong's description).
    const own = ` ${[entity.name, ...entity.names.map((n) => n.text)].map(normalizeName).join(' ')} `;
    for (const word of (entity.description ?? '').match(/\p{Lu}[\p{L}-]{3,}/gu) ?? []) {
      if (GENERIC_CAPITALS.has(word.toLowerCase()) || own.includes(` ${normalizeName(word)} `)) continue;
      // "French" of "French far-right leader" when the article's "French" already counted as the country.
      if (
        country &&
        this.kb.lookup(word).some((h) => h.entity.kind === 'country' && h.entity.country === entity.country)
      )
        continue;
      if (new RegExp(`\\b${word}\\b`, 'u').test(this.input.text)) {
        described = true;
        details.push(`article names ${word} (from the KB description)`);
        break;
      }
    }
    return { count: Number(org) + Number(title) + Number(country) + Number(described), details };
  }

  /** Per country code: the people and bodies of that country the article names exactly (see linksOtherOf). */
  private namedOfCountry: Map<string, KbEntity[]> | null = null;

  /**
   * True when the article names exactly a person or body of `entity`'s country other than
   * `entity` ("Viktor Orban's Fidesz" for a Hungarian politician).
   */
  private linksOtherOf(entity: KbEntity): boolean {
    if (!entity.country) return false;
    if (this.namedOfCountry === null) {
      this.namedOfCountry = new Map();
      const text = this.input.text;
      for (const m of this.input.mentions) {
        if (m.type !== 'person' && m.type !== 'organization') continue;
        const surface = text.slice(m.start, m.end).replace(/['’]s$/u, '');
        for (const h of this.kb.lookup(surface)) {
          const e = h.entity;
          if ((h.kind !== 'name' && h.kind !== 'alias') || !e.country || e.type === 'location') continue;
          const list = this.namedOfCountry.get(e.country) ?? [];
          list.push(e);
          this.namedOfCountry.set(e.country, list);
        }
      }
    }
    return (this.namedOfCountry.get(entity.country) ?? []).some((e) => e !== entity);
  }

  /**
   * The decision for a surname whose title before it ("President Biden") is held on the date
   * by one bearer of the surname other than `joined` (the full form it would join); else null.
   */
  private otherTitleHolder(
    word: string,
    joined: KbEntity | null,
    lazyContext: () => MentionContext,
  ): Decision | null {
    const bearers = this.kb
      .lookup(word)
      .filter((h) => h.entity.type === 'person' && h.kind === 'surname')
      .map((h) => h.entity);
    if (bearers.length < 2 || (joined !== null && !bearers.includes(joined))) return null;
    const holder = this.soleTitleHolder(bearers, lazyContext().left);
    if (!holder || holder === joined || holder.prominence < 2) return null;
    const decision = this.surnameAlone(word, lazyContext);
    return decision.entity === holder ? decision : null;
  }

  /**
   * The one bearer (of several) holding, on the article's date, a role whose title stands
   * right before the name (`left`, cue text), or null when none or several do.
   */
  private soleTitleHolder(bearers: readonly KbEntity[], left: string): KbEntity | null {
    const date = this.input.date;
    if (!date) return null;
    const before = ` ${left.trim().split(' ').slice(-3).join(' ')} `;
    let found: KbEntity | null = null;
    for (const e of bearers) {
      const holds = e.roles.some((r) => {
        if (!roleActiveOn(r, date)) return false;
        const cue = cueForRole(r);
        return cue?.test(before) === true;
      });
      if (!holds) continue;
      if (found && found !== e) return null;
      found = e;
    }
    return found;
  }

  // ── pass 3 ──────────────────────────────────────────────────────────────

  /**
   * The earlier (else later) full-form person cluster whose surname this word matches; with
   * `givenEnd` (the end of a word the tagger typed a person), failing that, the private
   * person whose first word it is, letter for letter.
   */
  private joinFullForm(
    word: string,
    position: number,
    threshold: number = this.thresholds.surnameJoin,
    givenEnd: number | null = null,
  ): { cluster: Cluster; evidence: Evidence } | null {
    let best: { cluster: Cluster; sim: number; distance: number } | null = null;
    // "Christian conservatives" near Chris Christie: a people's or a creed's word joins a
    // person only letter for letter ("English" of Bill English), never as a near surname.
    if (isPeopleWord(word)) threshold = 1;
    const wordLetters = letters(word);
    letterProfile(wordLetters, WORD_PROFILE, 0);
    for (const cl of this.clusters) {
      const e = cl.decision.entity;
      // A full form the tagger typed otherwise ("Exchequer Rachael Reaves") is a person once linked to one.
      if ((cl.type !== 'person' && e?.type !== 'person') || !cl.surface.includes(' ')) continue;
      if (!cl.surnameLetters) {
        const own = surnameForms([surnameOf(cl.surface) ?? cl.surface]);
        // The linked person's surnames are the same in every article: kept with the entity.
        if (e) for (const l of surnameLettersOf(e)) own.add(l);
        // The article's own first word, when that is how the KB person is called: the given
        // name ("Abiy", "Prabovo") or the family name first ("Shi" of "Shi Jinping").
        // So is a namesake's the context refused ("Wang Yi, a table tennis player … Wang won"):
        // written as the KB person is, the first word is the family name there too.
        const lead = leadingGivenName(cl.surface);
        const named = e ?? cl.decision.refusedEntity;
        if (lead && named && calledByFirstWord(named)) {
          const l = letters(lead);
          if (l.length > 0) own.add(l);
        }
        // The first word is compared apart for private people (see `givenEnd`); kept for all,
        // as a public person of the same first name makes the word ambiguous.
        cl.leadLetters = lead ? letters(lead) : '';
        cl.surnameLetters = [...own];
        cl.surnameProfiles = new Int32Array(cl.surnameLetters.length * PROFILE_SLOTS);
        for (let k = 0; k < cl.surnameLetters.length; k++)
          letterProfile(cl.surnameLetters[k]!, cl.surnameProfiles, k * PROFILE_SLOTS);
      }
      // Below the threshold a value is dropped, and so is one more than 0.02 below the best so
      // far (it neither beats it nor ties it): the comparison may stop there — or not start,
      // when the letters' ceiling is below it (such a value would be dropped just the same).
      const floor = best ? Math.max(threshold, best.sim - 0.02 - 1e-9) : threshold;
      let sim = 0;
      for (let k = 0; k < cl.surnameLetters.length; k++) {
        const l = cl.surnameLetters[k]!;
        if (
          similarityCeiling(wordLetters, WORD_PROFILE, 0, l, cl.surnameProfiles!, k * PROFILE_SLOTS) < floor
        )
          continue;
        sim = Math.max(sim, lettersSimilarityAtLeast(wordLetters, l, floor, threshold));
        if (sim === 1) break; // nothing is closer than the same letters
      }
      const first = cl.mentions[0]!.start;
      const distance = first <= position ? position - first : 1e9 + first - position;
      if (
        sim >= threshold &&
        (!best || sim > best.sim + 0.02 || (sim >= best.sim - 0.02 && distance < best.distance))
      ) {
        best = { cluster: cl, sim, distance };
      }
    }
    if (!best && givenEnd !== null && this.givenNameSlot(givenEnd)) {
      // "Rubio Fernández … Rubio said": a word no surname matches, the same letters as the
      // first word of a private person's full form, is that person — when no other person
      // of the article has that first name ("David Axelrod … David Plouffe … David said").
      let only: Cluster | null = null;
      for (const cl of this.clusters) {
        if (cl.leadLetters !== wordLetters) continue;
        if (only) return null;
        only = cl;
      }
      if (only && !only.decision.entity && only.type === 'person') {
        const first = only.mentions[0]!.start;
        best = { cluster: only, sim: 1, distance: Math.abs(position - first) };
      }
    }
    if (!best) return null;
    return {
      cluster: best.cluster,
      evidence: evidence(
        'document-consistency',
        `${word} → ${best.cluster.decision.entity?.name ?? best.cluster.surface}`,
        best.sim,
      ),
    };
  }

  /**
   * The earlier linked place cluster whose name starts with the one word `p`, when the KB
   * knows that word as something else than a place (an organisation, an event) and never as a place.
   */
  private placeItBegins(p: {
    readonly m: Mention;
    readonly surface: string;
    readonly norm: string;
  }): Cluster | null {
    let found: Cluster | null = null;
    const prefix = `${p.norm} `;
    for (const cl of this.clusters) {
      if (cl.decision.entity?.type !== 'location' || cl.mentions[0]!.start >= p.m.start) continue;
      if (cl.norm.startsWith(prefix)) found = cl;
    }
    if (!found) return null;
    // Only against a KB sense of another type ("Amazon" the company): a word the KB does not
    // know ("South", "Capitol") keeps its own reading, and "Mexico City … Mexico" is a place of its own.
    const named = this.kb.lookup(p.surface).filter((h) => h.kind === 'name' || h.kind === 'alias');
    const otherSense = named.some((h) => h.entity.type !== 'location' && h.entity.type !== 'person');
    return otherSense && !named.some((h) => h.entity.type === 'location') ? found : null;
  }

  /** The person cluster whose full form ends with the words of `norm` (two or more), nearest first. */
  private fullFormWithTail(norm: string): { cluster: Cluster; evidence: Evidence } | null {
    for (let k = this.clusters.length - 1; k >= 0; k--) {
      const cl = this.clusters[k]!;
      if (cl.type !== 'person' && cl.decision.entity?.type !== 'person') continue;
      if (!isFullFormTail(norm, cl.norm)) continue;
      return {
        cluster: cl,
        evidence: evidence('document-consistency', `${norm} → ${cl.decision.entity?.name ?? cl.surface}`, 1),
      };
    }
    return null;
  }

  /**
   * Surname hits of `word` with the people whose family name, written first, it is ("Xi"
   * for Xi Jinping: the KB's surname field holds the last word of a name), as surname hits;
   * without the hits of a last word that is a given name of theirs ("Xi" of Li Xi).
   */
  private withFamilyNames(word: string, hits: readonly NameHit[]): NameHit[] {
    const family = FamilyNames.for(this.kb.kb).bearers(word);
    const out = hits.filter((h) => !familyNameFirst(h.entity));
    for (const entity of family) {
      if (!out.some((h) => h.entity === entity)) out.push({ entity, kind: 'surname', text: word });
    }
    return out;
  }

  /**
   * "Tedros, an Eritrean-born taxi driver in Oslo, … Tedros refused a reward": the same word
   * written earlier in the text, where the tagger saw no name, presents a private person there;
   * the later mention is that person. The first such presentation, or null.
   */
  private earlierPresentation(word: string, before: number, candidate: KbEntity): string | null {
    const { text, sentences } = this.input;
    let at = text.indexOf(word);
    while (at >= 0 && at < before) {
      const end = at + word.length;
      const bounded = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '');
      if (bounded) {
        const found = describesPrivatePerson(
          mentionContext(text, sentences, { start: at, end }),
          candidate,
          this.input.date,
        );
        if (found) return found;
      }
      at = text.indexOf(word, end);
    }
    return null;
  }

  /** Whether `word` is the given name of a person of the article other than `entity` ("Kelly" of "Kelly Ayotte"). */
  private givenNameOfArticlePerson(word: string, entity: KbEntity): boolean {
    return this.clusters.some(
      (c) =>
        (c.type === 'person' || c.decision.entity?.type === 'person') &&
        c.decision.entity !== entity &&
        leadingGivenName(c.surface) === word,
    );
  }

  /** A one-word name with no full form in the article: a known surname, with evidence. */
  private surnameAlone(word: string, lazyContext: () => MentionContext, roleCueOnly = false): Decision {
    const all = this.kb.lookup(word);
    const exact = this.withFamilyNames(
      word,
      all.filter((h) => h.entity.type === 'person' && h.kind === 'surname'),
    );
    // A word that also names a place or an organisation ("Moscow", "Jordan") is not taken for a
    // surname — unless only a minor town, and the word the subject of a verb of saying ("Ueda said").
    const elsewhere =
      all.some((h) => h.entity.type !== 'person' && (h.kind === 'name' || h.kind === 'alias')) &&
      !(onlyMinorTowns(all) && this.saysAfter(lazyContext().span.end));
    if (exact.length > 0 && !roleCueOnly && !elsewhere) {
      const picked = this.pickByContext(
        exact.map((h) => h.entity),
        lazyContext,
      );
      // "President Aoun" in 2025: a title too common to count alone still tells bearers apart
      // when only one of them holds it on the article's date.
      const sole =
        picked.role.score < 0.6 && exact.length > 1
          ? this.soleTitleHolder(
              exact.map((h) => h.entity),
              lazyContext().left,
            )
          : null;
      if (sole && sole.prominence >= 2) {
        picked.entity = sole;
        picked.role = {
          score: 0.6,
          role: sole.roles.find((r) => roleActiveOn(r, this.input.date ?? '')) ?? null,
        };
      }
      const e = picked.entity;
      const privateContext =
        picked.role.score < 1
          ? (describesPrivatePerson(lazyContext(), e, this.input.date) ??
            (givesAge(lazyContext()) ? 'age' : null) ??
            // "Tusk and horn seizures": the word its sentence uses as a common noun.
            (picked.role.score < 0.6 && this.commonNounAt(lazyContext().span) ? 'common noun' : null) ??
            this.earlierPresentation(word, lazyContext().span.start, e))
          : lazyContext().thing;
      // "Trump said": the one clearly more prominent bearer of the surname, or the only one.
      const rivals = exact.filter((h) => h.entity !== e && h.entity.prominence >= e.prominence);
      const co = coMentioned(e, this.linked, this.input.date);
      // "Kelly Ayotte … as much as Kelly": the article's person called by her given name, or
      // "Costa reported from Washington": the reporter signing the story; nobody of the KB.
      const calledOtherwise =
        picked.role.score < 0.6 &&
        (this.givenNameOfArticlePerson(word, e) ||
          REPORTER_SIGN_OFF.test(this.input.text.slice(lazyContext().span.end, lazyContext().span.end + 40)));
      if (calledOtherwise) return nil();
      if (!privateContext && (picked.role.score >= 0.6 || co || (e.prominence >= 3 && rivals.length === 0))) {
        const ev = [evidence('alias', `${word} (surname)`, 0.8)];
        if (picked.role.role)
          ev.push(evidence('role-context', roleDetail(picked.role.role), picked.role.score));
        if (co) ev.push(evidence('co-mention', roleDetail(co), 0.6));
        this.linked.add(e.id);
        return { entity: e, evidence: ev, confidence: 0.8 };
      }
      return privateContext ? refused(e, privateContext) : nil();
    }
    // A mangled surname alone needs a role cue next to it…
    const context = lazyContext();
    // …or its organisation's possessive right before it ("NATO's Rute", "the ECB's Lagard").
    const theirs = this.possessiveBodyHolder(word, context);
    if (theirs) return theirs;
    const byGivenName = this.calledByGivenName(word, context);
    if (byGivenName) return byGivenName;
    if (!hasRoleCue(context)) return this.nearMissSurname(word, context, roleCueOnly);
    const cands = this.candidates(word, 'person', SURNAMES, 0.7);
    // No title of any candidate next to the word: none has role evidence (the usual case for a
    // demonym or a common word typed as a name: "German", "US").
    const roles = rolesIn(cands, context.around, this.input.date, this.orgs, this.cues);
    if (!roles) return this.nearMissSurname(word, context, roleCueOnly);
    for (const [k, c] of cands.entries()) {
      const role = roles[k]!;
      if (role.role && ((role.score >= 1 && c.sim >= 0.7) || (role.score >= 0.6 && c.sim >= 0.8))) {
        this.linked.add(c.entity.id);
        return {
          entity: c.entity,
          evidence: [
            evidence('role-context', roleDetail(role.role), role.score),
            evidence('sound-alike', `${word} ~ ${surnameOf(c.entity.name) ?? c.entity.name}`, c.sim),
          ],
          confidence: 0.4 + c.sim * 0.5,
        };
      }
    }
    // The titles near the word are others' ("… and Besent met Vice Premier He Lifeng").
    return this.nearMissSurname(word, context, roleCueOnly);
  }

  /**
   * "… elected Thai prime minister after Paetongtarn was dismissed": a lone word that is the
   * given name of exactly one KB person of a country whose copy calls people so (Thailand,
   * Ethiopia, Indonesia …: `givenNameBearers`), well known (prominence 3+), when the article
   * names that country and nothing presents the word as somebody else.
   */
  private calledByGivenName(word: string, context: MentionContext): Decision | null {
    const bearers = givenNameBearers(this.kb.kb, word);
    if (bearers.length !== 1) return null;
    const e = bearers[0]!;
    if (e.prominence < 3 || !this.countries.has(e.country!)) return null;
    const privateWord =
      describesPrivatePerson(context, e, this.input.date) ?? (givesAge(context) ? 'age' : null);
    if (privateWord) return refused(e, privateWord);
    this.linked.add(e.id);
    return {
      entity: e,
      evidence: [
        evidence('alias', `${word} (given name, as ${e.country} copy calls people)`, 0.8),
        evidence('co-mention', `article names ${e.country}`, 0.6),
      ],
      confidence: 0.75,
    };
  }

  /**
   * "Trump confronted Ramaposa in the Oval Office": a long surname one plain slip off the
   * surname of one of the best known (prominence 4+), with no other bearer of a surname near
   * it, in an article of public affairs that speaks of no private life and in which nothing
   * presents the word as somebody else — the near miss of full names (see `fuzzy`), for a
   * surname alone.
   */
  private nearMissSurname(word: string, context: MentionContext, faintOnly = false): Decision {
    const l = letters(word);
    // (One letter shorter on a faint slip only: "Besent", "Makron".)
    if (l.length < NEAR_MISS_SURNAME_LETTERS - 1 || !this.publicNews) return nil();
    const cands = this.candidates(word, 'person', SURNAMES, 0.85);
    const top = cands[0];
    if (!top || top.entity.prominence < 4) return nil();
    const surname = surnameOf(top.entity.name);
    if (!surname || letterSlips(l, letters(surname), 1) > 1) return nil();
    const faint = faintSlip(l, letters(surname));
    if ((faintOnly || l.length < NEAR_MISS_SURNAME_LETTERS) && !faint) return nil();
    // A rival: another bearer of a surname near it. After a faint slip, only one as near, or a
    // bearer of the same surname as well known ("Makron": Brigitte Macron is no rival).
    const rival = faint
      ? (o: Candidate) =>
          surnameOf(o.entity.name) === surname
            ? o.entity.prominence >= top.entity.prominence
            : o.sim >= top.sim - 0.02
      : (o: Candidate) => o.sim >= top.sim - 0.12;
    if (cands.some((o) => o.entity !== top.entity && rival(o))) return nil();
    const { end, start } = context.span;
    if (privateLifeIn(this.sentenceCueAt(end)) || this.otherCountryNamed(context, top.entity, start))
      return nil();
    const privateWord = describesPrivatePerson(context, top.entity, this.input.date);
    if (privateWord) return refused(top.entity, privateWord);
    this.linked.add(top.entity.id);
    return {
      entity: top.entity,
      evidence: [
        evidence('spelling', `${word} ~ ${surname} (1 letter off)`, top.sim),
        evidence('popularity', `prominence ${top.entity.prominence}`, 1),
      ],
      confidence: 0.4 + top.sim * 0.4,
    };
  }

  /**
   * "K.P. Oli": initials and a surname, decided as the surname alone when the initials begin
   * the given names of a bearer of it (initials.ts) and the surname links to such a bearer;
   * null otherwise.
   */
  private initialledSurname(surface: string, lazyContext: () => MentionContext): Decision | null {
    const form = initialsAndSurname(surface);
    if (!form) return null;
    const fits = (e: KbEntity) => initialsFit(form.initials, e);
    const bearers = this.kb.lookup(form.surname).filter((h) => h.kind === 'surname' && fits(h.entity));
    if (bearers.length === 0) return null;
    const alone = this.surnameAlone(form.surname, lazyContext);
    return alone.entity && fits(alone.entity) ? alone : null;
  }

  /**
   * "NATO's Rute": an organisation the KB knows, named with a possessive right before a
   * surname-like word, and one KB person holding a role in it on the article's date whose
   * surname the word comes close to (≥ 0.75): that person. The organisation stands for the
   * title copy leaves out; a second holder as close leaves the word unlinked.
   */
  private possessiveBodyHolder(word: string, context: MentionContext): Decision | null {
    const date = this.input.date;
    if (!date) return null;
    const owner = POSSESSIVE_BEFORE.exec(
      context.text.slice(Math.max(0, context.span.start - 48), context.span.start),
    );
    if (!owner) return null;
    // The longest run of the words before the possessive that names an organisation ("European
    // Central Bank's", not "Frankfurt European Central Bank's").
    const words = owner[1]!.split(/\s+/);
    let bodies: Set<string> | null = null;
    let ownerName = '';
    for (let k = 0; k < words.length && !bodies; k++) {
      const name = words.slice(k).join(' ');
      const ids = this.kb
        .lookup(name)
        .filter((h) => h.entity.type === 'organization' && h.kind !== 'surname' && h.kind !== 'demonym')
        .map((h) => h.entity.id);
      if (ids.length > 0) {
        bodies = new Set(ids);
        ownerName = name;
      }
    }
    if (!bodies) return null;
    const body = bodies;
    const holders = this.candidates(word, 'person', SURNAMES, 0.75).filter((c) =>
      c.entity.roles.some((r) => r.orgId !== null && body.has(r.orgId) && roleActiveOn(r, date)),
    );
    const top = holders[0];
    if (!top || holders.some((o) => o !== top && o.entity !== top.entity && o.sim >= top.sim - 0.1))
      return null;
    const role = top.entity.roles.find(
      (r) => r.orgId !== null && body.has(r.orgId) && roleActiveOn(r, date),
    )!;
    this.linked.add(top.entity.id);
    return {
      entity: top.entity,
      evidence: [
        evidence('role-context', `${roleDetail(role)} (${ownerName}'s)`, 0.8),
        evidence('sound-alike', `${word} ~ ${surnameOf(top.entity.name) ?? top.entity.name}`, top.sim),
      ],
      confidence: 0.4 + top.sim * 0.5,
    };
  }

  // ── names the mention layer missed ───────────────────────────────────────

  /**
   * Capitalised words no mention covers: the surname of a person this article already
   * names ("Zelensky" after "Volodymyr Zelenskyy"), a KB person's full name, or the
   * surname of a household name (prominence 5) with no rival bearer.
   */
  private recoverMissed(mentions: readonly Mention[]): void {
    if (!this.input.tokens) return;
    // Words already found to be no name ("The", "Monday"), with the cluster count then: while
    // no cluster was added since, the same word reaches the same verdict.
    const rejected = new Map<string, number>();
    for (const miss of missedMentions(this.input.text, this.input.tokens, mentions)) {
      const surface = cleanSurface(this.input.text.slice(miss.start, miss.end));
      const norm = normalizeName(surface);
      const m: Mention = { start: miss.start, end: miss.end, type: 'person', by: 'link', confidence: 0.6 };
      const known = this.clusterOf('person', norm);
      if (known?.decision.entity) {
        this.addMention(known, m, surface);
        continue;
      }
      if (rejected.get(norm) === this.clusters.length && !this.nameSlotAfter(m.end)) continue;
      const before = this.clusters.length;
      const mentionsBefore = this.mentionCount;
      this.recoverOne(m, surface, norm);
      if (this.clusters.length === before && this.mentionCount === mentionsBefore)
        rejected.set(norm, this.clusters.length);
    }
  }

  /**
   * "Prabovo Subianto was sworn in … Prabovo promised": a one-word person left NIL in pass 3
   * follows a full form only found among the missed names, as pass 3 would have joined it.
   */
  private rejoinLoneNames(): void {
    const lone = this.clusters.filter(
      (c) =>
        c.decision.entity === null &&
        !c.decision.refusedEntity &&
        c.type === 'person' &&
        !c.surface.includes(' '),
    );
    for (const c of lone) {
      const first = c.mentions[0];
      if (!first) continue;
      const joined = this.joinFullForm(c.surface, first.start);
      if (!joined || joined.cluster === c || !joined.cluster.decision.entity) continue;
      this.clusters.splice(this.clusters.indexOf(c), 1);
      this.mentionCount -= c.mentions.length;
      for (const m of c.mentions)
        this.addMention(
          joined.cluster,
          { start: m.start, end: m.end, type: 'person', by: 'link', confidence: 0.6 },
          c.surface,
          joined.evidence,
        );
      this.setClusterOf('person', c.norm, joined.cluster);
    }
  }

  /**
   * A given name alone stands where a name stands: before punctuation, a verb of speech or
   * action (past or present: "Merz makes"), or a function word ("Paul is", "Ghassan and") — not before a capitalised word
   * (a longer name the tagger cut: "George HW Bush") nor a noun ("Wind farm developer").
   */
  private givenNameSlot(end: number): boolean {
    const after = this.input.text.slice(end, end + 40);
    if (NAME_WORD_AFTER.test(after)) return false;
    return after.length === 0 || GIVEN_NAME_SLOT_AFTER.test(after) || this.nameSlotAfter(end);
  }

  /** Mentions added to clusters so far (tells recoverMissed whether a word was taken). */
  private mentionCount = 0;

  /** "Pezorius said", "Pezorius's": the word stands where a name stands. */
  private nameSlotAfter(end: number): boolean {
    // "Milay thanked …", "Pezorius announced …": a verb in the past tense after the word, too,
    // irregular ones ("wrote", "spoke") and after an adverb of sequence ("Callas also warned").
    return NAME_SLOT_AFTER.test(this.input.text.slice(end, end + 32));
  }

  private recoverOne(m: Mention, surface: string, norm: string): void {
    if (norm.includes(' ')) {
      // "the Tesla and Space X companies": a company's name split in two, no mention of the tagger.
      const joinedOrg = this.joinedExact(surface);
      if (joinedOrg) {
        this.newCluster(surface, { ...m, type: 'organization' }, joinedOrg);
        return;
      }
      const hits = this.kb.lookup(surface).filter((h) => h.entity.type === 'person');
      const full = hits.find((h) => h.kind === 'name' || h.kind === 'alias');
      if (full) {
        // "Vinícius Júnior, a 19-year-old futsal player from Recife": the vetoes of a tagged
        // exact name hold for a missed one.
        const against = this.presentedAsOther(m, full.entity);
        this.newCluster(
          surface,
          m,
          against
            ? refused(full.entity, against)
            : { entity: full.entity, evidence: [evidence('exact-name', surface, 1)], confidence: 0.8 },
        );
        return;
      }
      // A surname of several words ("von der Leyen"): the article's person, or a clear bearer.
      const joinedMulti = this.joinFullForm(surface, m.start, 0.95);
      if (joinedMulti?.cluster.decision.entity) {
        this.addMention(joinedMulti.cluster, m, surface, joinedMulti.evidence);
        return;
      }
      const top = hits[0]?.entity;
      if (
        top &&
        top.prominence >= 4 &&
        hits.every((h) => h.entity === top || h.entity.prominence < top.prominence)
      ) {
        this.newCluster(surface, m, {
          entity: top,
          evidence: [evidence('alias', `${surface} (surname)`, 0.8)],
          confidence: 0.75,
        });
        return;
      }
      // A mangled full name the tagger missed ("Prabovo Subianto was sworn in as president"):
      // the same sound-alike test as for a tagged name, evidence required.
      if (hits.length === 0 && looksLikePersonName(surface) && this.kb.lookup(surface).length === 0) {
        const decision = this.missedPersonDecision(m, surface);
        if (decision.entity) this.newCluster(surface, m, decision);
      }
      return;
    }
    // A word the tagger missed joins the article's person on a near-exact surname, or on a
    // sound-alike one when it stands where a name stands ("Pezorius said", "Pezorius's").
    const nameSlot = this.nameSlotAfter(m.end);
    const joined = this.joinFullForm(surface, m.start, nameSlot ? this.thresholds.surnameJoin : 0.95);
    if (joined?.cluster.decision.entity) {
      this.addMention(joined.cluster, m, surface, joined.evidence);
      return;
    }
    const bearers = this.withFamilyNames(
      surface,
      this.kb.lookup(surface).filter((h) => h.entity.type === 'person'),
    );
    const top = bearers[0]?.entity;
    const othersKnowIt = this.kb.lookup(surface).some((h) => h.entity.type !== 'person');
    if (
      top &&
      !othersKnowIt &&
      top.prominence >= 5 &&
      bearers.every((h) => h.entity === top || h.entity.prominence < top.prominence) &&
      // "sportswear maker Macron", "Macron, 19,": the household name's context must not speak against it.
      !this.speaksAgainst(m, top) &&
      // "Tusk and horn seizures rose": nor its sentence use the word as a common noun.
      !this.commonNounAt(m)
    ) {
      this.newCluster(surface, m, {
        entity: top,
        evidence: [
          evidence('alias', `${surface} (surname)`, 0.8),
          evidence('popularity', `prominence ${top.prominence}`, 1),
        ],
        confidence: 0.75,
      });
      return;
    }
    if (this.recoverByAppositiveRole(m, surface)) return;
    // "Makron appointed …": a faint slip of a famous surname where a name stands.
    if (nameSlot) {
      const context = mentionContext(this.input.text, this.input.sentences, m, 0, this.spanCues);
      const near = this.nearMissSurname(surface, context, true);
      if (near.entity) {
        this.newCluster(surface, m, near);
        return;
      }
    }
    this.recoverOrganisation(m, surface);
  }

  /** The sound-alike decision for a word the tagger missed, read as a person's name in its own context. */
  private missedPersonDecision(m: Mention, surface: string) {
    return this.fuzzy(
      surface,
      'person',
      () => mentionContext(this.input.text, this.input.sentences, m, 0, this.spanCues),
      m.end,
      m.start,
    );
  }

  /**
   * "Higseth, the US defense secretary, said …": a word the tagger missed at a sentence start,
   * described right after it by a post, is a person's name in any spelling. The same sound-alike
   * test as for a tagged name decides, and only a match the post confirms (role evidence) counts:
   * spelling alone never links a word no tagger called a name.
   */
  private recoverByAppositiveRole(m: Mention, surface: string): boolean {
    if (!APPOSITIVE_POST_AFTER.test(this.input.text.slice(m.end, m.end + 60))) return false;
    if (!this.startsSentence(m.start) || this.kb.lookup(surface).length > 0) return false;
    const decision = this.missedPersonDecision(m, surface);
    if (decision.entity?.type !== 'person' || !decision.evidence.some((e) => e.kind === 'role-context'))
      return false;
    this.newCluster(surface, m, decision);
    return true;
  }

  /** True when only spaces, quotes or an opening bracket stand between a sentence start and `start`. */
  private startsSentence(start: number): boolean {
    const s = this.input.sentences.find((x) => x.start <= start && start < x.end);
    return s !== undefined && /^[\s"“‘'([]*$/.test(this.input.text.slice(s.start, start));
  }

  /**
   * "Nvidea chief executive Jensen Hwang …", "Hamaz said …": a missed word (the tagger misses
   * many at the start of a sentence) followed by a company title or a reporting verb is an
   * organisation's name when it is a KB organisation's name, or a spelling of one at the
   * organisation threshold with no rival.
   */
  private recoverOrganisation(m: Mention, surface: string): void {
    if (!ORG_SLOT_AFTER.test(this.input.text.slice(m.end, m.end + 24))) return;
    const org: Mention = { ...m, type: 'organization' };
    const hits = this.kb
      .lookup(surface)
      .filter((h) => h.entity.type === 'organization' && (h.kind === 'name' || h.kind === 'alias'));
    if (hits.length > 0) {
      if (hits.some((h) => h.entity !== hits[0]!.entity)) return;
      this.linked.add(hits[0]!.entity.id);
      this.newCluster(surface, org, {
        entity: hits[0]!.entity,
        evidence: [evidence('exact-name', surface, 1)],
        confidence: 0.8,
      });
      return;
    }
    // A spelling only before a company title: before "said" it may as well be a person's name
    // ("Mata said" is not Meta).
    if (
      this.kb.lookup(surface).length > 0 ||
      !COMPANY_TITLE_AFTER.test(this.input.text.slice(m.end, m.end + 24))
    )
      return;
    const context = mentionContext(this.input.text, this.input.sentences, org, 0, this.spanCues);
    const decision = this.fuzzy(surface, 'organization', () => context, org.end, org.start);
    if (decision.entity?.type === 'organization') this.newCluster(surface, org, decision);
  }

  /**
   * What presents a missed mention written exactly as `entity`'s name as somebody else (a
   * private person, a namesake, a thing), as pass 1 reads a tagged exact name; null when nothing does.
   */
  private presentedAsOther(m: Mention, entity: KbEntity): string | null {
    const context = mentionContext(this.input.text, this.input.sentences, m, 0, this.spanCues);
    if (roleEvidence(entity, context.around, this.input.date, this.orgs).score >= 1)
      return namesakeCue(context) ?? context.thing;
    return describesPrivatePerson(context, entity, this.input.date, true);
  }

  /** True when the words around a missed mention make it somebody or something other than `entity`. */
  private speaksAgainst(m: Mention, entity: KbEntity): boolean {
    const context = mentionContext(this.input.text, this.input.sentences, m, 0, this.spanCues);
    if (context.thing) return true;
    if (roleEvidence(entity, context.around, this.input.date, this.orgs).score >= 1) return false;
    return describesPrivatePerson(context, entity, this.input.date) !== null || givesAge(context);
  }

  // ── event names ──────────────────────────────────────────────────────────

  /**
   * Event (and forum) names the KB knows, spun or as written (see event-names.ts). A spun
   * name replaces the pieces the tagger made of it ("Munich" + "Safety Convention"); a name
   * as written is added only when the tagger missed it entirely.
   */
  /**
   * The organisation named inside its summit ("[[Shanghai Collaboration Company] summit]"):
   * a mention of its own when the name before the summit word is a KB organisation, as
   * written or spun.
   */
  private organiserInside(event: Mention): Mention[] {
    const surface = this.input.text.slice(event.start, event.end);
    const summit = /[ -]+(\p{L}+)$/u.exec(surface);
    if (!summit || !SUMMIT_WORDS.has(summit[1]!.toLowerCase())) return [];
    const name = surface.slice(0, surface.length - summit[0].length);
    const known =
      this.kb.lookup(name).some((h) => h.entity.type === 'organization') ||
      findSpun(this.kb.kb, name, ['organization'], this.countries) !== null;
    return known ? [{ ...event, end: event.start + name.length, type: 'organization' }] : [];
  }

  private eventNames(mentions: readonly Mention[]): { m: Mention; surface: string; decision: Decision }[] {
    const { text, tokens } = this.input;
    const out: { m: Mention; surface: string; decision: Decision }[] = [];
    for (const match of EventNameMatcher.for(this.kb.kb).find(text, tokens)) {
      const surface = text.slice(match.start, match.end);
      // A name as written that the tagger found, whole or in pieces, is left to the passes below
      // (which keep nested names: "NATO" in "NATO summit"); only one it missed entirely is added.
      if (match.swapped.length === 0 && mentions.some((m) => overlaps(m, match))) continue;
      const ev: Evidence[] =
        match.swapped.length === 0
          ? [evidence('exact-name', surface, 1)]
          : [
              evidence(
                'word-substitution',
                `${match.swapped.map(([w, c]) => `${w} for ${c}`).join(', ')} (${match.name})`,
                1 - 0.1 * match.swapped.length,
              ),
            ];
      const m: Mention = {
        start: match.start,
        end: match.end,
        type: match.entity.type,
        by: 'link',
        confidence: 0.85,
      };
      // "The Munich Safety Conference, an annual trade fair for fire protection": another kind of event.
      if (match.swapped.length > 0) {
        const apposition = appositionAfter(text, match.end);
        const head = apposition ? headNoun(apposition) : null;
        const against = contradictingHead(
          head,
          match.entity,
          apposition !== null && /^an?\s/i.test(apposition),
        );
        // "The Munich Safety Conference for lift engineers" (or "for small and medium businesses"):
        // a spun name that goes on to name an audience the KB name does not have is another event.
        const audience = AUDIENCE_AFTER.exec(text.slice(match.end, match.end + 60));
        const other =
          against ??
          (audience && !normalizeName(match.name).includes(normalizeName(audience[1]!))
            ? `for ${audience[1]}`
            : null) ??
          // "The Munich Safety Conference …, organised by the city's chamber of commerce": a local event.
          LOCAL_ORGANISER_AFTER.exec(text.slice(match.end, match.end + 140))?.[1]?.trim() ??
          null;
        if (other) {
          out.push({ m, surface, decision: refused(match.entity, other) });
          continue;
        }
      }
      this.linked.add(match.entity.id);
      out.push({
        m,
        surface,
        decision: {
          entity: match.entity,
          evidence: ev,
          confidence: match.swapped.length === 0 ? 0.95 : 0.85,
        },
      });
    }
    return out;
  }

  // ── descriptions ──────────────────────────────────────────────────────────

  /**
   * Joins descriptions ("the founder of Wind Shift Capital") to the person they stand for,
   * recorded as description mentions of that person:
   * - next to a name: "Ingrid Solheim, the founder of …", "The founder of …, Ingrid Solheim,",
   *   "Wind Shift Capital founder Ingrid Solheim";
   * - the same description again, once joined;
   * - a delayed-identification lede: the description opens its sentence (after a dateline)
   *   and the first person named after it, within the next three sentences, is introduced
   *   there and nowhere described otherwise — and is not a KB figure, whom copy names at once.
   */
  private joinDescriptions(): void {
    const { text, sentences } = this.input;
    const descriptions = findDescriptions(text);
    if (descriptions.length === 0) return;
    const people = this.clusters
      .filter((c) => c.type === 'person')
      .flatMap((cluster) => cluster.mentions.map((m) => ({ cluster, start: m.start, end: m.end })))
      .sort((a, b) => a.start - b.start);
    if (people.length === 0) return;
    const joined = new Map<string, Cluster>();
    for (const found of descriptions) {
      // A name the organisation's words ran into ("… Capital Ingrid Solheim"): the description ends before it.
      const inside = people.find((p) => p.start > found.start && p.start < found.end);
      const d: Description = inside ? { ...found, end: text.slice(0, inside.start).trimEnd().length } : found;
      if (people.some((p) => p.start < d.end && d.start < p.end)) continue;
      const after = /^\s*,?\s*/.exec(text.slice(d.end, d.end + 4))![0].length;
      const next = people.find((p) => p.start >= d.end);
      const prev = [...people].reverse().find((p) => p.end <= d.start);
      let target: { cluster: Cluster; how: string; score: number } | null = null;
      if (next && next.start === d.end + after)
        target = { cluster: next.cluster, how: 'apposition', score: 0.9 };
      else if (prev && /^\s*,\s*$/.test(text.slice(prev.end, d.start)))
        target = { cluster: prev.cluster, how: 'apposition', score: 0.9 };
      else if (joined.has(d.key))
        target = { cluster: joined.get(d.key)!, how: 'same description', score: 0.85 };
      else if (next && this.ledeNames(d, next, sentences))
        target = { cluster: next.cluster, how: 'described, then named', score: 0.7 };
      if (!target) continue;
      joined.set(d.key, target.cluster);
      target.cluster.mentions.push({ start: d.start, end: d.end, repaired: false, description: true });
      const name = target.cluster.decision.entity?.name ?? target.cluster.surface;
      const detail = `${text.slice(d.start, d.end)} → ${name} (${target.how})`;
      target.cluster.decision.evidence.push(evidence('document-consistency', detail, target.score));
    }
  }

  /** The delayed-identification lede of {@link joinDescriptions}. */
  private ledeNames(
    d: Description,
    next: { cluster: Cluster; start: number; end: number },
    sentences: readonly Sentence[],
  ): boolean {
    const { text } = this.input;
    const at = sentences.findIndex((s) => s.start <= d.start && d.start < s.end);
    if (at < 0) return false;
    // The description opens its sentence, a dateline aside ("OSLO, March 3 (Reuters) - The founder of …").
    const opening = text.slice(sentences[at]!.start, d.start);
    if (!/^\s*(?:[^\n]*?\s[-–—]\s*)?$/.test(opening) || /\b[a-z]{4,}\b[^-–—]*$/.test(opening)) return false;
    const nameAt = sentences.findIndex((s) => s.start <= next.start && next.start < s.end);
    if (nameAt < 0 || nameAt - at > 3) return false;
    const cluster = next.cluster;
    if (cluster.decision.entity || cluster.mentions[0]!.start !== next.start) return false;
    // Introduced as somebody else: "analyst Jon Berg", "Jon Berg, an analyst at …".
    const before = text.slice(Math.max(sentences[nameAt]!.start, next.start - 40), next.start);
    if (
      /\b[A-Za-z][a-z]{2,}\s+$/.test(before) &&
      !/\b(said|says|told|added|and|but|by|from|with|to|as|that)\s+$/.test(before)
    )
      return false;
    return !introducedByApposition(text, next.end);
  }

  // ── output ──────────────────────────────────────────────────────────────

  private newCluster(surface: string, m: Mention, decision: Decision): void {
    const norm = normalizeName(surface);
    const cluster: Cluster = { surface, norm, type: m.type, decision, mentions: [] };
    this.clusters.push(cluster);
    this.addMention(cluster, m, surface);
    this.setClusterOf(m.type, norm, cluster);
  }

  /** The cluster of mentions of `type` with this normalised surface, if any. */
  private clusterOf(type: EntityType, norm: string): Cluster | undefined {
    return this.bySurface.get(type)?.get(norm);
  }

  private setClusterOf(type: EntityType, norm: string, cluster: Cluster): void {
    let byNorm = this.bySurface.get(type);
    if (!byNorm) {
      byNorm = new Map();
      this.bySurface.set(type, byNorm);
    }
    byNorm.set(norm, cluster);
  }

  private addMention(cluster: Cluster, m: Mention, surface: string, extra?: Evidence): void {
    const e = cluster.decision.entity;
    let repaired = false;
    if (e !== null) {
      // Mentions of a cluster repeat a few surfaces: compare each with the entity's names once.
      cluster.repairs ??= new Map();
      repaired = cluster.repairs.get(surface) ?? isRepair(surface, e);
      cluster.repairs.set(surface, repaired);
    }
    cluster.mentions.push({ start: m.start, end: m.end, repaired });
    this.mentionCount++;
    if (
      extra &&
      e &&
      !cluster.decision.evidence.some((x) => x.kind === extra.kind && x.detail === extra.detail)
    ) {
      cluster.decision.evidence.push(extra);
    }
  }

  private entities(): Entity[] {
    // Clusters linked to the same entity are one entity; unlinked ones of one type and name too.
    const merged = new Map<KbEntity | string, Cluster[]>();
    const order: (KbEntity | string)[] = [];
    for (const cl of this.clusters) {
      const key = cl.decision.entity ?? `${cl.type}|${cl.norm}`;
      if (!merged.has(key)) {
        merged.set(key, []);
        order.push(key);
      }
      merged.get(key)!.push(cl);
    }
    const out: Entity[] = [];
    for (const key of order) {
      const group = merged.get(key)!;
      const first = group[0]!;
      const e = first.decision.entity;
      let mentions = first.mentions;
      if (group.length > 1) {
        mentions = [];
        for (const g of group) for (const m of g.mentions) mentions.push(m);
      }
      // (Sorted already, as a cluster's mentions mostly are: a stable sort would change nothing.)
      if (!inTextOrder(mentions)) mentions.sort((a, b) => a.start - b.start);
      const ev: Evidence[] = [];
      for (const g of group) {
        for (const x of g.decision.evidence)
          if (!ev.some((y) => y.kind === x.kind && y.detail === x.detail)) ev.push(x);
      }
      let confidence = Number.NEGATIVE_INFINITY;
      for (const g of group) confidence = Math.max(confidence, g.decision.confidence);
      out.push({
        id: '',
        type: e ? e.type : first.type,
        name: e ? e.name : group.map((g) => g.surface).sort((a, b) => b.length - a.length)[0]!,
        kbId: e ? e.id : null,
        mentions,
        evidence: ev,
        by: 'link',
        confidence,
      });
    }
    // Ids in text order (set on the fresh records: no copy of each).
    if (!entitiesInTextOrder(out)) out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    out.forEach((x, i) => {
      (x as { id: string }).id = `e${i + 1}`;
    });
    return out;
  }
}

/** What follows an organisation's name: a company title or a reporting verb ("Nvidea chief executive", "Hamaz said"). */
const ORG_SLOT_AFTER =
  /^(?:['’]s\s+)?\s*(chief executive|chief govt|ceo|boss|chairman|founder|shares|said|says|announced|reported|denied|confirmed)\b/;

/** A company title after a name ("Nvidea chief executive", "Mata's boss"). */
const COMPANY_TITLE_AFTER =
  /^(?:['’]s\s+)?\s*(chief executive|chief govt|ceo|boss|chairman|founder|shares)\b/;

/** Up to three lower-case words (or particles) after a mention: "air base", "el-Sheikh". */
const LOWER_TAIL = /^(?:\s+\p{Ll}[\p{L}-]*){1,3}/u;

/**
 * True when two names of a surname may share a given name: the same initial ("Jerry Dale" and
 * "J.D."), or either has no given name written.
 */
function sameGivenInitial(a: string, b: string): boolean {
  const ga = normalizeName(a);
  const gb = normalizeName(b);
  if (!ga.includes(' ') || !gb.includes(' ')) return true;
  return ga[0] === gb[0];
}

/** Particles of names, shared by unrelated names ("al", "abu", "bin", "van"). */
const NAME_PARTICLES = new Set([
  'abu',
  'abd',
  'bin',
  'ibn',
  'bint',
  'van',
  'von',
  'der',
  'den',
  'del',
  'della',
  'dos',
  'das',
]);

/** One to three capitalised words right before a mention ("Turning Point [USA]"). */
const CAPITAL_LEAD = /(?<![\p{L}'’.&-])(?:\p{Lu}[\p{L}'’.&-]*\s+){1,3}$/u;

/** A name (one to four capitalised words or an acronym) with a possessive, right before a mention. */
const POSSESSIVE_BEFORE =
  /(?:^|[^\p{L}\p{N}.])((?:\p{Lu}[\p{L}\p{N}&-]*(?:\.\p{Lu}[\p{L}\p{N}&-]*)*\s){0,3}\p{Lu}[\p{L}\p{N}&-]*(?:\.\p{Lu}[\p{L}\p{N}&-]*)*)['’]s\s+$/u;

/** What follows a word standing where a name stands (see `nameSlotAfter`). */
/** Head nouns of an apposition that make a name an event's ("…, a vintage car event"). */
const EVENT_HEAD =
  /^(event|rally|race|festival|fair|show|exhibition|parade|marathon|regatta|concert|tournament|competition|contest|gala)$/;

/**
 * "The National Rally, a vintage car event in Kent": a body's exact name presented in
 * apposition as an event names that event, unless the KB describes the body as one.
 */
function eventNamesake(context: MentionContext, entity: KbEntity): string | null {
  const head = context.head;
  if (entity.type !== 'organization' || head === null || !EVENT_HEAD.test(head)) return null;
  return new RegExp(`\\b${head}`, 'i').test(entity.description ?? '')
    ? null
    : `${/^[aeiou]/.test(head) ? 'an' : 'a'} ${head}`;
}

/** ", the US defense secretary,": a definite post in apposition right after a word. */
const APPOSITIVE_POST_AFTER =
  /^,\s+the\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:secretary|minister|president|vice[- ]president|chancellor|governor|senator|premier|mayor|ambassador|envoy|spokes(?:man|woman|person)|chair(?:man|woman)?|chief|leader|director|commander|governor|attorney general|speaker)\b/iu;

const NAME_SLOT_AFTER =
  /^(['’]s\b|,|\s+(?:(?:also|later|then|again|separately|earlier|previously|repeatedly)\s+)?(said|says|told|added|argued|warned|insisted|stressed|noted|replied|urged|wrote|spoke|met|took|gave|sent|made|held|became|chose|sought|[a-z]{3,}ed)\b)/;

/** The facility noun ending a lower-case tail after a place ("nuclear plant", "airport"). */
const FACILITY_END =
  /\s(?:plant|station|airport|dam|reactor|port|harbou?r|base|bridge|prison|stadium|mine|refinery|pipeline|terminal|canal)$/;

/** Name words that cannot end an Arabic name: the tagger cut the name after them. */
const OPEN_NAME_END = /(?:^|\s)(?:Abdul|Abdel|Abd|Abu|bin|Bin|ibn|Ibn|bint|Al|al|El|el)$/;

/** The capitalised words and particles of a name's rest ("Rahman Al Thani"). */
const NAME_TAIL = /^(?:\s+(?:\p{Lu}[\p{L}'’-]*|bin|ibn|bint|al|el)(?=[\s,.;:!?)]|$))+/u;

/**
 * "Mohamed bin Abdul" + "Rahman Al Thani": a person mention that ends in a word no Arabic
 * name ends with ("Abdul", "bin", "Al") takes in the capitalised words and particles that
 * follow it; the mentions inside them are dropped.
 */
function withNameTails(text: string, mentions: readonly Mention[]): readonly Mention[] {
  let out: Mention[] | null = null;
  for (const m of mentions) {
    if (m.type !== 'person' || !OPEN_NAME_END.test(text.slice(m.start, m.end))) continue;
    const tail = NAME_TAIL.exec(text.slice(m.end, m.end + 60));
    if (!tail) continue;
    const end = m.end + tail[0].length;
    out = (out ?? [...mentions]).filter((x) => x === m || x.end <= m.end || x.start >= end);
    out[out.indexOf(m)] = { ...m, end };
  }
  return out ?? mentions;
}

/** True when a surface differs materially from every name of the entity (not just in case or accents). */
export function isRepair(surface: string, entity: KbEntity): boolean {
  return !normalizedNamesOf(entity).has(normalizeName(surface));
}

/** Every name of an entity, normalised (kept with the entity: linked entities recur across articles). */
const normalizedNames = new WeakMap<KbEntity, ReadonlySet<string>>();

function normalizedNamesOf(entity: KbEntity): ReadonlySet<string> {
  let names = normalizedNames.get(entity);
  if (!names) {
    names = new Set([normalizeName(entity.name), ...entity.names.map((n) => normalizeName(n.text))]);
    normalizedNames.set(entity, names);
  }
  return names;
}

/** Links one document's mentions; see the module comment. `cache: false` recomputes every candidate list. */
export function linkDocument(
  kb: KnowledgeBase,
  input: LinkInput,
  thresholds?: LinkThresholds,
  options: { readonly cache?: boolean } = {},
): Entity[] {
  return new DocumentLinker(kb, input, thresholds, options.cache ?? true).run();
}

/**
 * Letters of surnames, each also without its particles ("Salman" for "bin Salman": a
 * surname with particles is also written without them); empty ones left out.
 */
function surnameForms(surnames: readonly string[]): Set<string> {
  const all = [...surnames];
  for (const sn of surnames) if (sn.includes(' ')) all.push(sn.slice(sn.lastIndexOf(' ') + 1));
  // "Ahmed al-Shara … Shara's foreign minister": copy drops the Arabic article of a surname.
  for (const sn of [...all]) {
    const bare = ARABIC_ARTICLE.exec(sn)?.[1];
    if (bare && bare.length >= 3) all.push(bare);
  }
  return new Set(all.map(letters).filter((l) => l.length > 0));
}

/** A surname's Arabic article, joined by a hyphen ("al-Sharaa", "el-Sisi"), and what follows it. */
const ARABIC_ARTICLE = /^(?:al|el|Al|El)-(\p{L}.*)$/u;

/** Letters of the surnames a KB person goes by (of its names, aliases and surnames), per entity. */
const entitySurnameLetters = new WeakMap<KbEntity, readonly string[]>();

function surnameLettersOf(e: KbEntity): readonly string[] {
  let out = entitySurnameLetters.get(e);
  if (!out) {
    const surnames: string[] = [];
    // "Xi" of Xi Jinping: the family name written first.
    const family = familyNameFirst(e);
    if (family) surnames.push(family);
    for (const n of [{ text: e.name, kind: 'name' }, ...e.names]) {
      if (n.kind === 'surname') surnames.push(n.text);
      else if (n.kind === 'name' || n.kind === 'alias') surnames.push(surnameOf(n.text) ?? n.text);
    }
    out = [...surnameForms(surnames)];
    entitySurnameLetters.set(e, out);
  }
  return out;
}

/** The role-cue patterns of a candidate list: all distinct ones, and each candidate's. */
interface CandidateCues {
  readonly all: readonly RegExp[];
  readonly of: readonly (readonly RegExp[])[];
}

/** Cue patterns per candidate list, kept with the (cached) list. */
const candidateCues = new WeakMap<readonly Candidate[], CandidateCues>();

function cuesOf(cands: readonly Candidate[]): CandidateCues {
  let cues = candidateCues.get(cands);
  if (!cues) {
    const all = new Set<RegExp>();
    const of = cands.map((c) => {
      const own = entityCues(c.entity);
      for (const cue of own) all.add(cue);
      return own;
    });
    cues = { all: [...all], of };
    candidateCues.set(cands, cues);
  }
  return cues;
}

/** Titles of a head of state or government (as `normalizeTitle` leaves them). */
const TOP_OFFICE =
  /^(?:president|prime minister|chancellor|premier|monarch|king|queen|emir|sultan|supreme leader)$/;

/** Whether the KB gives `entity` a post as head of state or government (at any time). */
function heldTopOffice(entity: KbEntity): boolean {
  return entity.roles.some((r) => TOP_OFFICE.test(normalizeTitle(cueText(r.role).trim())));
}

/** The distinct cue patterns of an entity's roles, in role order (a fact of the KB, kept with the entity). */
const cuesOfEntity = new WeakMap<KbEntity, readonly RegExp[]>();

function entityCues(entity: KbEntity): readonly RegExp[] {
  let cues = cuesOfEntity.get(entity);
  if (!cues) {
    const own = new Set<RegExp>();
    for (const role of entity.roles) {
      const cue = cueForRole(role);
      if (cue) own.add(cue);
      const headship = headshipCue(role);
      if (headship) own.add(headship);
    }
    cues = [...own];
    cuesOfEntity.set(entity, cues);
  }
  return cues;
}

/**
 * Role evidence of every candidate in `text` (padded cue text), each distinct cue pattern
 * run once: a candidate none of whose patterns occur there gets none (`NO_ROLE`) without its
 * roles being read; the others get `roleEvidence` on the matches found. Null when no
 * candidate's pattern occurs at all.
 */
function rolesIn(
  cands: readonly Candidate[],
  text: string,
  date: string | null,
  orgs: OrgNames,
  memo: CueMatches,
): RoleEvidence[] | null {
  const cues = cuesOf(cands);
  let found: Map<RegExp, RegExpExecArray> | null = null;
  for (const cue of cues.all) {
    // The document's matches: a context is read for several names, and candidates share titles.
    const m = memo.exec(cue, text);
    if (!m) continue;
    found ??= new Map();
    found.set(cue, m);
  }
  if (!found) return null;
  const matches = found;
  const source = { exec: (cue: RegExp) => matches.get(cue) ?? null };
  return cands.map((c, k) =>
    cues.of[k]!.some((cue) => matches.has(cue)) ? roleEvidence(c.entity, text, date, orgs, source) : NO_ROLE,
  );
}

/** Whether `mentions` are sorted by start (what sorting them would leave them as). */
function inTextOrder(mentions: readonly { readonly start: number }[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.start) return false;
  return true;
}

/** Whether entities are sorted by the start of their first mention. */
function entitiesInTextOrder(entities: readonly Entity[]): boolean {
  for (let i = 1; i < entities.length; i++)
    if (entities[i]!.mentions[0]!.start < entities[i - 1]!.mentions[0]!.start) return false;
  return true;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * How many of the `max` words before a name at `start` may describe it: those after a colon
 * are the name's, those before it a label or a heading ("Russian copy: Sean Beiker's film",
 * "Translated roundup: …") that says where the copy comes from, not who the person is.
 */
function labelledWordsBefore(text: string, start: number, max: number): number {
  const before = text.slice(Math.max(0, start - 60), start);
  const colon = before.lastIndexOf(':');
  if (colon < 0) return max;
  const after = before.slice(colon + 1).trim();
  return after === '' ? 0 : Math.min(max, after.split(/\s+/).length);
}
