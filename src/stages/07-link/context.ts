/**
 * The context a linker reads around a mention: the words of its sentence near it, as
 * normalised cue text, and the whole document's sentences for cues that introduce a
 * person before the name appears. Also the words that say "this is somebody else".
 */
import type { Sentence } from '../../core/annotations.js';
import { firstSpanEndingAfter, type Span } from '../../core/span.js';
import type { KbEntity } from '../../kb/model.js';
import { agedTradeClause, handsOnTrade } from './aged-trade-clauses.js';
import { possessiveBusiness, tickerSymbol } from './business-names.js';
import {
  appositionAfter,
  contradictingHead,
  headNoun,
  isPublicHead,
  kinshipHead,
  profileNamesTrade,
  profileText,
  thingHead,
  thingWordAfter,
  thingWordBefore,
} from './descriptor.js';
import { REGNAL_NUMERAL, regnalNumeralAt } from './regnal-numerals.js';
import { ANY_ROLE_CUE, cueText, type DocumentCueText, mayHaveRoleCue } from './roles.js';
import { AGE_SLACK, ageOn, bornAfterFirstOffice } from './stated-ages.js';

/** How far (UTF-16 units) a cue may stand from the mention inside its sentence. */
const WINDOW = 90;

export interface MentionContext {
  /** Cue text left and right of the mention, within its sentence and the window. */
  readonly left: string;
  readonly right: string;
  /** Both sides, padded with spaces for whole-word `includes` checks. */
  readonly around: string;
  /** Head noun of an apposition right after the mention ("…, a courier in Wuhan" → "courier"). */
  readonly head: string | null;
  /** True when that apposition begins with "a"/"an" (somebody presented to the reader). */
  readonly headIndefinite: boolean;
  /** The age copy gives the person ("Mark Root, 54,", "the 22-year-old Marco Rubio"), or null. */
  readonly age: number | null;
  /** "…, father of the current president": a kinship noun the apposition describes the mention by. */
  readonly kin: string | null;
  /** "sportswear maker Macron", "the Petro, the oil-backed cryptocurrency": the words that make the name a thing's. */
  readonly thing: string | null;
  /** "Elizabeth I's locket", "Charles I": a regnal number written right after the name, or null. */
  readonly regnal: string | null;
  /** The text the mention stands in, and its span (for checks read only when a candidate asks). */
  readonly text: string;
  readonly span: Span;
  /** The words saying the mention only bears a famous name, once computed (see namesakeCue). */
  namesake?: string | null;
  /** The plural noun presenting the mention among several people, once computed (see {@link presentedAmong}). */
  presentedAmong?: string | null;
  /** The town a private presentation places the mention in, once computed (see {@link localPresentation}). */
  localPlace?: LocalPlace | null;
  /** Whether that plural places the people in a town ("Two dockworkers in Gdańsk, …"), computed with it. */
  amongPlaced?: boolean;
  /** The occupation word near the mention, once computed (every candidate asks; see describesPrivatePerson). */
  privateWord?: string | null;
  /** Whether a role cue stands near the mention, once computed (see {@link hasRoleCue}). */
  roleCue?: boolean;
  /** The sports or arts word among the describing words, and just before the name, once computed. */
  sport?: string | null;
  sportBefore?: string | null;
}

/** True when any role cue (a title, "minister", "secretary") stands near the mention; read once per context. */
export function hasRoleCue(context: MentionContext): boolean {
  context.roleCue ??= mayHaveRoleCue(context.around) && ANY_ROLE_CUE.test(context.around);
  return context.roleCue;
}

/** The sentence containing `span`, or a window of the text when sentences are missing. */
export function sentenceOf(sentences: readonly Sentence[], span: Span, textLength: number): Span {
  const i = firstSpanEndingAfter(sentences, span.start);
  const s = sentences[i];
  if (s && s.start <= span.start) return s;
  return { start: Math.max(0, span.start - WINDOW * 2), end: Math.min(textLength, span.end + WINDOW * 2) };
}

/**
 * The context of `span`: cue text within its sentence and the window. `leftLimit`: where the
 * left side may start at the earliest (the end of the previous person's name, whose title
 * words are not this mention's). `cue`: the document's cue text, to cut the sides from.
 */
export function mentionContext(
  text: string,
  sentences: readonly Sentence[],
  span: Span,
  leftLimit = 0,
  cue: DocumentCueText | null = null,
): MentionContext {
  const sentence = sentenceOf(sentences, span, text.length);
  const from = Math.max(sentence.start, span.start - WINDOW, leftLimit);
  const to = Math.min(sentence.end, span.end + WINDOW);
  const left = cue ? cue.of(from, span.start) : cueText(text.slice(from, span.start));
  const right = cue ? cue.of(span.end, to) : cueText(text.slice(span.end, to));
  return new LazyMentionContext(text, span, left, right);
}

/** Not yet read (a field of {@link LazyMentionContext} whose value may be null). */
const UNREAD: unique symbol = Symbol('unread');
type Unread = typeof UNREAD;

/**
 * A mention's context whose descriptive fields (apposition head, age, kinship, regnal
 * number, thing word) are read from the text on first use. Most contexts are made for a
 * candidate that only reads the cue words around the mention (on the news bench about three
 * in four never ask for the thing word, the age or the regnal number): reading the rest
 * every time cost more than the cue words. Each field is a pure function of the text, the
 * span and the cue words, so reading it later gives what reading it at once gave. Getters on
 * the class, not on each object (accessor literals cost the GC dearly).
 */
class LazyMentionContext implements MentionContext {
  readonly around: string;
  private appositionRead: string | null | Unread = UNREAD;
  private headRead: string | null | Unread = UNREAD;
  private ageRead: number | null | Unread = UNREAD;
  private kinRead: string | null | Unread = UNREAD;
  private regnalRead: string | null | Unread = UNREAD;
  private thingRead: string | null | Unread = UNREAD;
  namesake?: string | null = undefined;
  presentedAmong?: string | null = undefined;
  localPlace?: LocalPlace | null = undefined;
  amongPlaced?: boolean = undefined;
  privateWord?: string | null = undefined;
  roleCue?: boolean = undefined;
  sport?: string | null = undefined;
  sportBefore?: string | null = undefined;

  constructor(
    readonly text: string,
    readonly span: Span,
    readonly left: string,
    readonly right: string,
  ) {
    this.around = ` ${left} ${right} `;
  }

  /** The apposition right after the mention ("…, a courier in Wuhan"), or null. */
  private get apposition(): string | null {
    if (this.appositionRead === UNREAD) this.appositionRead = appositionAfter(this.text, this.span.end);
    return this.appositionRead;
  }

  get head(): string | null {
    if (this.headRead === UNREAD) {
      const apposition = this.apposition;
      this.headRead = apposition ? headNoun(apposition) : null;
    }
    return this.headRead;
  }

  get headIndefinite(): boolean {
    const apposition = this.apposition;
    return apposition !== null && /^an?\s/i.test(apposition);
  }

  get age(): number | null {
    if (this.ageRead === UNREAD)
      this.ageRead = statedAge(this.text, this.span.end, this.left, this.right, this.apposition);
    return this.ageRead;
  }

  get kin(): string | null {
    if (this.kinRead === UNREAD) {
      const apposition = this.apposition;
      this.kinRead = apposition ? kinshipHead(apposition) : null;
    }
    return this.kinRead;
  }

  get regnal(): string | null {
    if (this.regnalRead === UNREAD)
      this.regnalRead = regnalEnding(this.text, this.span) ?? regnalAfter(this.text, this.span.end);
    return this.regnalRead;
  }

  get thing(): string | null {
    if (this.thingRead === UNREAD) {
      const { text, span, left, right } = this;
      this.thingRead =
        thingWordBefore(text, span.start, left) ??
        thingWordAfter(right) ??
        thingHead(this.head) ??
        bareArticle(text, span) ??
        placeNounBefore(text, span) ??
        possessiveBusiness(text, span.start, span.end) ??
        namedIntroduction(text, span.start) ??
        tickerSymbol(text, span.start, span.end);
    }
    return this.thingRead;
  }
}

/** Nouns of a division or settlement: "the Mexican state of Hidalgo" names a place, not a person. */
const PLACE_OF =
  /\b(state|province|region|county|district|department|prefecture|municipality|town|village|city|island)\s+of\s+$/;

/** "the Mexican state of Hidalgo", "the village of Delhi": the place noun before "of" and the name, or null. */
function placeNounBefore(text: string, span: Span): string | null {
  return PLACE_OF.exec(text.slice(Math.max(0, span.start - 20), span.start))?.[1] ?? null;
}

/**
 * The age copy states for the mention: "Mark Root, 54, said", "Mark Root (54)", "the
 * 22-year-old Marco Rubio", "Marco Rubio, a 22-year-old midfielder", "Ana Root and Mark
 * Root, both 29, …". Null when none. A number right after the name counts only set off by
 * a comma or a bracket in the text: "beat Amanda Root 6-0 6-0" gives a score, not an age.
 */
function statedAge(
  text: string,
  end: number,
  left: string,
  right: string,
  apposition: string | null,
): number | null {
  const after =
    AGE_AFTER.exec(text.slice(end, end + 12)) ??
    /^ ?(?:an? |the )?(\d{1,3}) years? old\b/.exec(right) ??
    (right.includes(' both ') ? BOTH_AGED.exec(text.slice(end, end + 100)) : null);
  const before = /\b(\d{1,3}) years? old$/.exec(left.trimEnd());
  const inApposition = apposition ? /^(?:an? |the )?(\d{1,3})[- ]years?[- ]old\b/i.exec(apposition) : null;
  const m = after ?? before ?? inApposition;
  // "Sixteen-year-old Lamine Yamal", "the forty-two-year-old …": the age in words before the name.
  const inWords = m ? null : /\b(?:([a-z]+) )?([a-z]+) years? old$/.exec(left.trimEnd());
  const wordAge = inWords
    ? ((inWords[1] ? numberWord(`${inWords[1]} ${inWords[2]}`) : null) ?? numberWord(inWords[2]!))
    : null;
  const n = m ? Number(m[1]) : (wordAge ?? turnedAge(text, end) ?? Number.NaN);
  return n >= 1 && n <= 110 ? n : null;
}

/**
 * "Lamine Jamal, who turned seventeen the day before", "…, who turns 40 on Friday": the age a
 * relative clause right after the name gives, in figures or in words; null when none.
 */
export function turnedAge(text: string, end: number): number | null {
  const m = TURNED.exec(text.slice(end, end + 60));
  if (!m) return null;
  if (/^\d+$/.test(m[1]!)) return Number(m[1]);
  const whole = numberWord(m[1]!.toLowerCase());
  // "seventeen the day before": the second word is no part of the number.
  return whole ?? numberWord(m[1]!.toLowerCase().split(/[- ]/)[0]!);
}
const TURNED =
  /^\s*,\s*who\s+(?:has\s+)?(?:just\s+)?(?:turned|turns|will\s+turn|is\s+turning)\s+(\d{1,3}|[A-Za-z]+(?:[- ][a-z]+)?)\b/;

const UNITS = [
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen',
  'sixteen seventeen eighteen nineteen',
]
  .join(' ')
  .split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** "seventeen" → 17, "forty-two" / "forty two" → 42; null for any other word. */
function numberWord(word: string): number | null {
  const [first, second] = word.split(/[- ]/);
  const unit = UNITS.indexOf(first!);
  if (unit >= 0) return second === undefined ? unit : null;
  const ten = TENS.indexOf(first!);
  if (ten < 0) return null;
  if (second === undefined) return 20 + ten * 10;
  const rest = UNITS.indexOf(second);
  return rest >= 1 && rest <= 9 ? 20 + ten * 10 + rest : null;
}

/** ", 54," / " (54)" / ", 54 said" / "Tiffany, 22;" / a caption's "Mark Root, 36.": an age set off right after the name. */
const AGE_AFTER = /^\s*(?:,|\()\s*(\d{1,3})(?=\s*[,;:)]|\.(?!\d)|\s+\p{Ll})/u;

/** "…, Mark Root and Ana Root, both 29, …": the names of a pair or list, then the age they share. */
const BOTH_AGED =
  /^(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}){0,3}\s*,\s*both\s+(?:aged\s+)?(\d{1,3})\b/u;

/**
 * "shut down the Petro, the …", "the Maria Callas of her generation": a name right after
 * an article and before a comma, stop or "of" stands for a thing (or is a figure of speech),
 * not for the person. ("the Trump administration", "a Macron ally": attributive, a noun follows.)
 */
function bareArticle(text: string, span: Span): string | null {
  const before = /\b(the|a|an)\s+$/.exec(text.slice(Math.max(0, span.start - 5), span.start));
  if (!before) return null;
  const after = text.slice(span.end, span.end + 8);
  return /^(\s*[,.;:!?)]|\s*$|\s+(of|is|was|has|had)\b)/.test(after) ? before[1]! : null;
}

/**
 * Descriptions that make a person an ordinary private individual ("a dairy farmer",
 * "the 54-year-old", "the opera singer"): a famous namesake is then not repaired into.
 * Not the first half of a compound adjective ("student-led protests", "family-owned"): that
 * describes something else.
 */
const PRIVATE_PERSON =
  /\b(village (?:chief|elder|head|headman|leader)|headman|farmer|dairy|rancher|grower|singer|soprano|tenor|opera|teacher|student|pupil|nurse|plumber|carpenter|baker|chef|fisherman|shopkeeper|grandmother|grandfather|grandson|granddaughter|resident|residents|neighbou?r|villager|pensioner|retiree|homeowner|landlord|tenant|driver|mechanic|electrician|worker|employee|footballer|striker|midfielder|goalkeeper|defender|cyclist|swimmer|athlete|boxer|actor|actress|painter|sculptor|novelist|poet|musician|guitarist|drummer|rapper|cellist|violinist|pianist|organist|conductor|saxophonist|trumpeter|pastor|vicar|priest|imam|rabbi|florist|butcher|waiter|waitress|barista|cashier|librarian|curator|accountant|dentist|veterinarian|vet|firefighter|paramedic|volunteer|victim|survivor|eyewitness|witness|passer by|shopper|commuter|tourist|fan|fans|local man|local woman|schoolboy|schoolgirl|toddler|baby|coach|owner|pizzeria|restaurant|cafe|bakery|shop|stall|kiosk|farm|pub|rickshaw|autorickshaw|tuk tuk|hawker|vendor|street food|night market|market stall|bazaar|souk|salon|diner|taxi|cab|engineer|lottery|choir|hobby|amateur|bollywood|hollywood|nollywood|year old|years old|aged|harvest|crops|orchard|vineyard|allotment|livestock|cattle|paddy|paddies|grows (?:rice|wheat|corn|maize|vegetables|tomatoes|potatoes|grapes|olives|tea|coffee|flowers))\b(?! (?:led|run|owned|backed|funded|based)\b)/;

/**
 * Media and trade words beside the name ("veteran broadcaster John Roberts", "Neapolitan
 * miller Caputo"): another walk of life, unless a past career ("former journalist …"). Only
 * the words describing the mention are read, not the whole sentence ("told reporters").
 */
const MEDIA_AND_TRADES =
  /(?<!\b(?:former|ex|onetime|retired)[ -])\b(broadcaster|presenter|newsreader|anchor|journalist|reporter|correspondent|columnist|commentator|pundit|miller)\b/;

/**
 * Sports and arts: careers of ordinary people, but also the past of some politicians
 * ("Imran Khan, the former cricket captain"; the KB description may not say so). They speak
 * against a repaired spelling always, and against an exactly written name only in an
 * apposition that presents somebody ("Kristalina Georgieva, a rhythmic gymnastics judge").
 */
const SPORTS_AND_ARTS =
  /\b((?<!front )runner|marathon|gymnast|gymnastics|rugby|cricket|hockey|ballet|skating|basketball|baseball|volleyball|handball|snooker|judo|karate|taekwondo|wrestling|surfing|rodeo|esports|skater|skier|sprinter|marathoner|jockey|golfer|wrestler|fencer|rower|climber|archer|surfer|snowboarder|cricketer|bowler|batsman|batswoman|team (?:manager|captain|doctor)|shortstop|pitcher|quarterback|winger|medallist|medalist|chess|tennis|dancer|ballerina|comedian|influencer|blogger|youtuber|photographer|filmmaker|composer|pianist|violinist|cellist|prodigy)\b/;

/** Verbs that state a person's trade right after the name ("runs a bakery", "works as a nurse"). */
const OCCUPATION_VERB =
  /^ ?(has |had |still )?(run|runs|ran|owns|owned|sells|sold|works as|worked as|teaches|taught|drives|drove|bakes|farms|coaches|cooks|repairs|keeps|manages)\b/;

/**
 * "Queen Elizabeth I's locket" is not Elizabeth II, "Charles II, the Merry Monarch" not Charles
 * III: a regnal number written with the name that none of the candidate's names ends with is
 * another monarch or pope, whatever title stands next to it (the numeral), else null.
 */
export function otherRegnalNumber(context: MentionContext, candidate: KbEntity): string | null {
  const regnal = context.regnal;
  if (!regnal) return null;
  const ownNumber =
    hasRegnalNumber(candidate.name, regnal) || candidate.names.some((n) => hasRegnalNumber(n.text, regnal));
  return ownNumber ? null : regnal;
}

/**
 * What makes the mention a private individual rather than `candidate`, or null: the head
 * noun of an apposition naming an ordinary occupation the candidate's profile does not
 * mention ("Wang Li, a food delivery rider"), or a listed word just before the name or in
 * the apposition ("local teacher Peter Hegseth"). The word is returned for the evidence.
 */
export function describesPrivatePerson(
  context: MentionContext,
  candidate: KbEntity,
  date: string | null = null,
  exactName = false,
): string | null {
  const head = contradictingHead(context.head, candidate, context.headIndefinite);
  if (head && !(exactName && head === context.kin && kinOfNamed(context))) return head;
  const local = localPresentation(context, candidate);
  if (local) return local;
  const regnal = otherRegnalNumber(context, candidate);
  if (regnal) return regnal;
  // "sportswear maker Macron", "the Petro, the … cryptocurrency": a company or a thing, not a person.
  if (context.thing && candidate.type === 'person') return context.thing;
  // "Ferdinand Marcos, father of the current president": a relative the KB does not say the person is
  // (not for a name written exactly: KB descriptions seldom list a figure's relatives).
  if (!exactName && context.kin && !profileText(candidate).includes(` ${context.kin} `))
    return `${context.kin} of`;
  const ageOff = ageContradicts(context, candidate, date);
  if (ageOff) return ageOff;
  // "António Costa, 66, who farms cork oaks": an age not the candidate's, then a trade he lacks;
  // "Gert Wilders, 61, who grows tulips": after a spelling off the name, work with the hands
  // whatever the age (an age that fits is chance then, the trade is not).
  const trade = agedTradeClause(context.text, context.span.end);
  if (
    trade &&
    (!ageFits(context, candidate, date) || (!exactName && handsOnTrade(trade))) &&
    !profileHasTrade(profileText(candidate), trade)
  )
    return `${trade}, aged ${context.age}`;
  // "X and Y - no relation to the politicians -", "X, who shares a name with …": copy says so.
  const namesake = namesakeCue(context);
  if (namesake) return namesake;
  // "Mark Root of Dayton, Ohio, won the pumpkin contest": a spelling introduced by a town and
  // its region is a local resident (copy gives public figures a title, not an address).
  if (!exactName && LOCAL_ADDRESS.test(context.text.slice(context.span.end, context.span.end + 60)))
    return 'of a town';
  // A spelling presented among others by a plural trade ("Canadian curlers Mark Kearney and
  // Justine Trudel") is one of those people, unless the trade is the candidate's own. An exact
  // name only by a plural of kin or of an ordinary trade ("Two Ukrainian sisters, …"): "Ukrainian
  // officials X and Y" may well be the officials.
  // A plural placed in a town presents private people too ("Two dockworkers in Gdańsk, X and Y":
  // officials are "officials in Brussels", a public plural).
  // (For an exact name, read only when a word of kin or trade, or a plural in a town, stands
  // before it: most do not.)
  const among =
    !exactName ||
    KIN_PLURAL.test(context.left) ||
    PRIVATE_PERSON.test(context.left) ||
    PLURAL_IN_TOWN.test(context.left) ||
    // (The second name of a pair: its left side stops at the first name.)
    (context.left.trim() === 'and' &&
      PLURAL_IN_TOWN.test(context.text.slice(Math.max(0, context.span.start - 120), context.span.start)))
      ? presentedAmong(context)
      : null;
  if (
    among &&
    (!exactName || privatePlural(among) || context.amongPlaced === true) &&
    !profileHasTrade(profileText(candidate), singularOf(among))
  )
    return among;
  const word =
    privateWord(context) ??
    (!exactName || context.headIndefinite ? sportWord(context) : sportWordBefore(context)) ??
    sportResultOfOther(context, candidate) ??
    null;
  // A word the profile has, or begins a word of ("cricket" of "cricketer"); or a player of the
  // game the profile names ("footballer" of "American football tight end", "golfer" of "golf").
  if (word === null || profileHasTrade(profileText(candidate), word)) return null;
  if (word.endsWith('er') && word.length >= 6 && profileText(candidate).includes(` ${word.slice(0, -2)} `))
    return null;
  // "Rahul Gandhi, grandson of former prime minister Indira Gandhi": kin of somebody named is a
  // pedigree, which KB descriptions seldom list (see the kin rule above) — no private life.
  if (exactName && word === context.kin && kinOfNamed(context)) return null;
  // "His great-grandson Abdullah II spoke": kin named by a possessive right before the name is a
  // relative of the person just named, the same pedigree.
  if (exactName && POSSESSIVE_KIN_BEFORE.test(context.left)) return null;
  // "Donald Trump, 78, …": an age is no private life when it is the candidate's own.
  if (AGE_WORDS.has(word) && ageFits(context, candidate, date)) return null;
  return word;
}

/**
 * Words by which copy says a person only bears a famous name ("no relation to the
 * politicians", "his namesake's cut-out", "who shares a name with …", "not to be confused
 * with …").
 */
const NAMESAKE_WORDS =
  /\b(?:no relation(?: (?:to|of))?|not related to|unrelated to|namesakes?|shares? (?:a|the|his|her|their) names? with|same name as|not to be confused with)\b/i;

/** "his son", "her great-grandson" right before the name (cue text). */
const POSSESSIVE_KIN_BEFORE =
  /\b(?:his|her|their) (?:great )*(?:grand)?(?:son|daughter|father|mother|child|nephew|niece)s? ?$/;

/** ", grandson of former prime minister Indira Gandhi": kin of a person named (not of "a local baker"). */
function kinOfNamed(context: MentionContext): boolean {
  return KIN_OF_NAMED.test(context.text.slice(context.span.end, context.span.end + 80));
}

const KIN_OF_NAMED =
  /^\s*,\s*(?:the\s+)?(?:\p{Ll}+\s+)?\p{Ll}+\s+of\s+(?:(?!an?\s)[\p{Ll}-]+\s+){0,3}\p{Lu}/u;

/** Whether `text` holds words by which copy says somebody only bears a famous name ("no relation to"). */
export function namesakeWordsIn(text: string): boolean {
  return NAMESAKE_WORDS.test(text);
}

/**
 * A full name right after the namesake words ("… no relation of President William Rutto", "…
 * while a namesake, Christine Lagardère, a florist"): they point to it.
 */
const POINTS_TO_NAME = /^['’]?s?,?\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}.-]+\s+\p{Lu}/u;

/**
 * The namesake words after the mention in its sentence window ("Keir Starmer and Rishi Sunak -
 * no relation to the politicians -", "Javier Milei, who shares a name with Argentina's
 * president"), or null. Not words before it ("Her namesake at the IMF, Kristalina
 * Georgieva": the famous bearer), nor words pointing to a name after them. Also a word of
 * fiction just before the name ("the fictional Chancellor …").
 */
export function namesakeCue(context: MentionContext): string | null {
  if (context.namesake === undefined) {
    const { text, span } = context;
    const sentence = text.slice(span.end, span.end + WINDOW).split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!;
    const m = NAMESAKE_WORDS.exec(sentence);
    context.namesake =
      m && !POINTS_TO_NAME.test(sentence.slice(m.index + m[0].length))
        ? m[0].toLowerCase()
        : (FICTION_BEFORE.exec(lastWords(context.left.trim(), 3))?.[0] ?? null);
  }
  return context.namesake;
}

/**
 * "the fictional Chancellor Olaf Schultze": a character of fiction bears a name, however
 * famous, as a namesake does (cue text: lower case), whatever title the story gives him.
 */
const FICTION_BEFORE = /\b(?:fictional|fictitious|fictionalised|fictionalized)\b/;

/** Plural nouns of kin ("two sisters", "twin brothers"): a family of private people. */
const KIN_PLURALS = new Set(
  'sisters brothers twins siblings cousins sons daughters children kids grandchildren grandsons granddaughters neighbours neighbors couples spouses'.split(
    ' ',
  ),
);

/** "dockworkers in gdansk", "Dockworkers in Gdańsk": a plural noun, then a preposition of place. */
const PLURAL_IN_TOWN = /\p{Ll}(?:s|men) (?:in|from|near|at) /u;

const KIN_PLURAL = new RegExp(`\\b(?:${[...KIN_PLURALS].join('|')})\\b`);

/** True when a plural presenter is one of kin or of an ordinary trade ("sisters", "bakers", "residents"). */
function privatePlural(noun: string): boolean {
  return (
    KIN_PLURALS.has(noun) || PRIVATE_PERSON.test(` ${singularOf(noun)} `) || PRIVATE_PERSON.test(` ${noun} `)
  );
}

/**
 * "… and his deputy Sara Dutertre", "her husband Olaf Schulz": a person presented by a
 * relation to somebody else the sentence names; the relation word, or null. Whether that
 * somebody is a private person the caller reads in the sentence.
 */
export function relationBefore(context: MentionContext): string | null {
  return RELATION_BEFORE.exec(context.left)?.[1] ?? null;
}
const RELATION_BEFORE =
  / (?:his|her|their) (deputy|assistant|aide|wife|husband|son|daughter|brother|sister|partner|colleague|friend|neighbou?r|mother|father|cousin|nephew|niece|fianc[eé]e?|business partner) ?$/;

/** ", of Dayton, Ohio", " from Bolton, Lancashire": a town and its region right after a name. */
const LOCAL_ADDRESS =
  /^,?\s+(?:of|from)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?[,.;:]/u;

/** Private-life words that only state an age. */
const AGE_WORDS = new Set(['year old', 'years old', 'aged']);

/** True when the context gives an age and it is the candidate's (± the birth-year slack). */
export function ageFits(context: MentionContext, candidate: KbEntity, date: string | null): boolean {
  const age = ageOn(candidate, date);
  return age !== null && context.age !== null && Math.abs(context.age - age) <= 1;
}

/**
 * "William Ruto, 23, finished fourth": a stated age the candidate's birth year rules out (or,
 * with no birth year, his first office: see `bornAfterFirstOffice`).
 */
export function ageContradicts(
  context: MentionContext,
  candidate: KbEntity,
  date: string | null,
): string | null {
  const age = ageOn(candidate, date);
  if (age === null) {
    // No birth year: an age that puts the birth after the candidate's first office ("Ismail
    // Haniyeh, 15," of a prime minister of 2006) rules him out as surely.
    if (candidate.roles.length === 0 || context.age === null) return null;
    return bornAfterFirstOffice(candidate, context.age, date) ? `aged ${context.age}` : null;
  }
  if (context.age === null || Math.abs(context.age - age) <= AGE_SLACK) return null;
  return `aged ${context.age}`;
}

/**
 * Words of public affairs (politics, diplomacy, war, markets, institutions): an article
 * with none of them is no place to take a near-miss of a famous name for its bearer.
 */
const PUBLIC_AFFAIRS =
  /\b(president|prime minister|ministers?|government|parliament|congress|senate|elections?|votes?|voters?|campaign|party|summit|talks|treaty|sanctions|tariffs?|tolls|trade|war|troops|military|army|defen[cs]e|security|allies|nato|ceasefire|diplomats?|diplomatic|embassy|envoy|policy|officials?|administration|white house|kremlin|pentagon|cabinet|central bank|interest rates?|inflation|economy|budget|court|ruling|opposition|protests?|protesters|rally|resign|resigned|resignation|re election|endorsed|nominee|nomination|confirmed|impeachment|coalition|sworn|inauguration|visit|state visit|leaders?|sidelines|export controls|exports|imports|negotiations|intelligence|treasury|chancellor|secretary|oval office|assassination|rebels?|insurgents?|militants?|regime|coup|bombing|bombers|air ?strikes|missiles?|shelling)\b/;

/** The first word of public affairs in `cue` (padded cue text), or null. */
export function publicAffairsIn(cue: string): string | null {
  return PUBLIC_AFFAIRS.exec(cue)?.[0] ?? null;
}

/**
 * Everyday life: what an article about somebody ordinary speaks of ("celebrated his birthday
 * at the lake with friends", "arrived … with her family", "opened a second ice-cream parlour").
 * A near spelling of a famous name with no support at all is taken for the famous person
 * only in an article with none of these.
 */
const EVERYDAY_LIFE =
  /\b(family|families|friends?|birthday|wedding anniversary|parlou?rs?|ice cream|holidays?|vacation|lake|garden|allotment|neighbou?rs?|his wife|her husband|grandchildren|grandson|granddaughter|retirement|hobby|picnic|barbecue|weekend trip|camping|fishing|knitting|bake sale|dog|cat|pets?)\b/;

/** The first word of everyday life in `cue` (padded cue text), or null. */
export function everydayLifeIn(cue: string): string | null {
  return EVERYDAY_LIFE.exec(cue)?.[0] ?? null;
}

/** The first word of private life in `cue` (padded cue text of a sentence), or null. */
export function privateLifeIn(cue: string): string | null {
  return (
    PRIVATE_PERSON.exec(cue.includes(' by ') || cue.includes(' from ') ? withoutCrowds(cue) : cue)?.[0] ??
    null
  );
}

/**
 * "… married in Venice in a celebration that drew protests from residents", "cheered by fans":
 * a crowd of ordinary people reacting to the news is no private life of the person it is about
 * (a private person is presented by a trade or a town of his own: "a resident of …").
 */
function withoutCrowds(cue: string): string {
  return cue.replace(CROWD_REACTING, ' ');
}
const CROWD_REACTING =
  / (?:from|by) (?:(?:angry|local|some|many|hundreds of|thousands of) )?(?:residents|villagers|neighbou?rs|tourists|fans|shoppers|commuters|locals)(?= )/g;

/** The words that describe the person: just before the name, and an apposition or a trade predicate after it. */
function describingWords(context: MentionContext): string {
  // The words just before the name ("local teacher Peter Hegseth"), and an apposition right
  // after it ("Mark Root, a dairy farmer from Ohio") — not what the sentence says of others.
  // (Only the words used are split off: the first seven after the name, the last three before it.)
  const rightWords = context.right.trim().split(' ', 7);
  const apposition = /^(a|an|the|who|whose|\d+)$/.test(rightWords[0] ?? '');
  // "Kazuo Ueda runs a ramen stall", "… has run the corner bakery for 31 years": a trade as
  // predicate — or in a relative clause ("John Root, who has run a fish and chip shop in …"),
  // whose object may stand past the apposition's first seven words.
  const relative = rightWords[0] === 'who' ? context.right.trim().slice(4) : null;
  const verb = OCCUPATION_VERB.exec(relative ?? context.right);
  // After the verb only: "runs" itself says nothing ("runs the central bank").
  const afterVerb = verb
    ? (relative ?? context.right).slice(verb[0].length).trim().split(' ', 7).join(' ')
    : '';
  const right = apposition ? `${rightWords.join(' ')} ${afterVerb}` : afterVerb;
  return ` ${lastWords(context.left.trim(), 3)} ${right} `;
}

/**
 * `text.split(' ').slice(-n).join(' ')`: what follows the n-th space from the end (the
 * whole text when it has fewer), cut out once.
 */
export function lastWords(text: string, n: number): string {
  let at = text.length;
  for (let spaces = 0; spaces < n; spaces++) {
    at = at > 0 ? text.lastIndexOf(' ', at - 1) : -1;
    if (at < 0) return text;
  }
  return text.slice(at + 1);
}

/**
 * "Imran Khan scored twice as …", "Lee Jae-myung won the gold medal": the person is the subject
 * of a sporting result right after the name. A race to do something or for an office is an
 * election ("won the race to lead the party", "the race for the nomination").
 */
const SPORT_PREDICATE =
  /^ ?(scored|netted|won (?:the|a|an|his|her|their) (?:gold|silver|bronze|medal|race(?! to \p{Ll}| for (?:the |a )?(?:leadership|nomination|presidency|mayoralty|governorship|seat|post|job|premiership)\b)|match|final|stage|heat|bout|fight|tournament|championship|marathon))\b/u;

/**
 * "a cheeky robot named Starmer", "A mare named Kharkiv", "a falcon called Erdoğan": a name
 * given to somebody or something the article introduces is theirs, not the famous bearer's.
 * Only after an indefinite article: "the president named Marco Rubio …" is the verb.
 */
function namedIntroduction(text: string, start: number): string | null {
  // "Residents of Leeds named Keir Starmer and Rishi Sunak": the second name of a pair too.
  const before = withoutNameBeforeInList(text.slice(Math.max(0, start - 100), start));
  if (!/(?:named|called|nicknamed|dubbed)\s+$/.test(before)) return null;
  if (NAMED_AFTER_INDEFINITE.test(before)) return 'named';
  // "Two boys named …", "Residents of Leeds named …": people the article introduces, not
  // "voters named Trump …" or "ministers named …", whose "named" is a verb.
  const plural = NAMED_AFTER_PLURAL.exec(before)?.[1]?.toLowerCase();
  return plural && !PUBLIC_PLURALS.has(plural) && !CHOOSERS.has(plural) ? 'named' : null;
}
// (Words with figures too: "A 33-year-old clerk from Kottayam named …".)
const NAMED_AFTER_INDEFINITE =
  /(?:^|[^\p{L}])(?:[Aa]n?|[Oo]ne)(?:\s+[\p{L}\p{N}'’-]+){1,4}\s+(?:named|called|nicknamed|dubbed)\s+$/u;
const NAMED_AFTER_PLURAL =
  /(?:^|[^\p{L}])(\p{L}{3,}(?:s|men|women|children|people))(?:\s+(?:of|from|in)\s+\p{Lu}[\p{L}'’-]*)?\s+(?:named|called)\s+$/u;
/** Plurals of people who name somebody (the verb): "voters named Trump the winner". */
const CHOOSERS = new Set(
  'voters respondents readers viewers listeners fans users critics members delegates jurors panels judges'.split(
    ' ',
  ),
);
/** A name and the comma or "and" after it, at the end of the text before a later name of a list. */
export const NAME_BEFORE_IN_LIST =
  /(?<=\s)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

/**
 * `before.replace(NAME_BEFORE_IN_LIST, '')`, the expression run only where it can match: a
 * match ends the text with a comma or an "and" and spaces, so a text that, spaces trimmed
 * off its end, ends in neither is left as it is (the expression, tried at every place of
 * the window, was 3 % of the stage for most mentions, which end no list).
 */
export function withoutNameBeforeInList(before: string): string {
  const end = before.trimEnd();
  return end.endsWith(',') || end.endsWith('and') ? before.replace(NAME_BEFORE_IN_LIST, '') : before;
}

/**
 * The Roman numeral of a regnal name right after a mention ("Elizabeth I's", "Henry VIII,"),
 * or null. A lone "I" counts only before a possessive or punctuation (else it is the pronoun).
 */
function regnalAfter(text: string, end: number): string | null {
  const m = regnalNumeralAt(text, end);
  if (!m) return null;
  if (m.numeral === 'I' && !/^(?:['’]s\b|[,.;:)])/.test(m.after)) return null;
  return m.numeral;
}
/**
 * "Charles I was painted …": the Roman numeral the mention itself ends with, the tagger having
 * taken it into the name, or null. After a name word only: a lone "I" is no mention.
 */
function regnalEnding(text: string, span: Span): string | null {
  return REGNAL_ENDING.exec(text.slice(span.start, span.end))?.[1] ?? null;
}
const REGNAL_ENDING = new RegExp(
  `^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*\\s+(${REGNAL_NUMERAL})$`,
  'u',
);

/** True when `name` ends in the regnal number `numeral` ("Elizabeth II", "II"). */
function hasRegnalNumber(name: string, numeral: string): boolean {
  return name.endsWith(` ${numeral}`);
}

/**
 * A sporting result right after the name (SPORT_PREDICATE), when the candidate is no sports
 * figure: "Erling Haaland scored" is the footballer, "Bola Tinubu scored" a namesake.
 */
function sportResultOfOther(context: MentionContext, candidate: KbEntity): string | null {
  const result = SPORT_PREDICATE.exec(context.right)?.[1];
  if (result === undefined) return null;
  return SPORTS_PROFILE.test(profileText(candidate)) ? null : result;
}

/** A KB description of a sports figure: the sport, the position or the trade. */
export const SPORTS_PROFILE =
  /\b(football|footballer|soccer|striker|midfielder|defender|goalkeeper|forward|winger|player|athlete|olympian|tennis|golf|golfer|cricket|cricketer|batter|bowler|racing|driver|cyclist|swimmer|sprinter|runner|boxer|fighter|skier|gymnast|basketball|baseball|hockey|rugby|quarterback|coach|manager of|chess|thrower|javelin|jumper|vaulter|hurdler|wrestler|weightlifter|rower|fencer|archer|skater|decathlete|heptathlete|triathlete|darts|snooker|volleyball|handball|badminton)\b/;

/**
 * "Kenyan marathon runner William Ruto": a sports or arts word just before the name, not a
 * past career ("former cricketer Imran Khan").
 */
function sportWordBefore(context: MentionContext): string | null {
  if (context.sportBefore === undefined) {
    const left = ` ${context.left.trim().split(' ').slice(-3).join(' ')} `;
    context.sportBefore = / (former|ex|retired|onetime) /.test(left)
      ? null
      : (SPORTS_AND_ARTS.exec(left)?.[0] ?? null);
  }
  return context.sportBefore;
}

/** The sports or arts word among the describing words ("rhythmic gymnast"), or null (once per context). */
function sportWord(context: MentionContext): string | null {
  if (context.sport === undefined)
    context.sport = SPORTS_AND_ARTS.exec(describingWords(context))?.[0] ?? null;
  return context.sport;
}

/** The occupation word of a context (computed once per context: every candidate asks). */
function privateWord(context: MentionContext): string | null {
  let word = context.privateWord;
  if (word === undefined) {
    const words = describingWords(context);
    word = PRIVATE_PERSON.exec(words)?.[0] ?? MEDIA_AND_TRADES.exec(words)?.[1] ?? null;
    context.privateWord = word;
  }
  return word;
}

/** "Mark Root, 54, said": an age right after the name is how copy introduces private people. */
export function givesAge(context: MentionContext): boolean {
  return AGE_AFTER.test(context.text.slice(context.span.end, context.span.end + 12));
}

/**
 * "Jordan, a 14-year-old from Leeds", "Sudan, a 45-year-old northern white rhino": a place or a
 * body given an age in years is a person or an animal named after it ("Israel, a 76-year-old
 * state" is still the state).
 */
export function agedNamesake(text: string, end: number, context: MentionContext): string | null {
  // Stated as an age, after a comma: "Inter Milan 5-0" is a score.
  if (!STATED_AGE.test(text.slice(end, end + 24))) return null;
  if (context.head !== null && PLACE_OR_BODY_HEAD.test(context.head)) return null;
  return 'age';
}
const STATED_AGE = /^\s*,\s*(?:(?:an?|the)\s+)?\d{1,3}(?:[- ]years?[- ]old\b|\s*,)/;
const PLACE_OR_BODY_HEAD =
  /^(state|country|nation|republic|kingdom|monarchy|democracy|city|town|village|capital|port|region|province|island|company|firm|party|club|organi[sz]ation|alliance|union|institution|university|body)$/;

/** "Mark Root, a …" / "Mark Root, the …" / "Mark Root, who …": the name is being introduced by a description. */
export function introducedByApposition(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  // "Jerome Pawell, chief executive of a credit union": a post at an unnamed body presents somebody too.
  return /^\s*,\s*(a|an|the|who|whose)\b/i.test(after) || POST_AT_UNNAMED_BODY.test(after);
}

/**
 * "Yehya Al-Sinwar, the architect of the October 7 assault": a definite description of a
 * deed or post at a named thing presents a public figure, not a private person (whose
 * vetoes — an occupation, an age, kin — have run before).
 */
export function presentedByPublicDeed(text: string, end: number): boolean {
  const after = text.slice(end, end + 80);
  return PUBLIC_DEED.test(after) || LED_PUBLIC_BODY.test(after);
}
const PUBLIC_DEED = /^\s*,\s+the\s+(?:[\p{Ll}-]+\s+){1,3}of\s+(?:the\s+)?(?:\p{Lu}|\d)/u;

/**
 * "Bashar al-Asad, who fled the country", ", who was ousted in 2022": how a head of state or
 * government lost office. A public deed for a candidate who held such a post (the caller
 * checks that), not the presentation of a private person.
 */
export function fallFromPowerAfter(text: string, end: number): boolean {
  return FALL_FROM_POWER.test(text.slice(end, end + 80));
}
const FALL_FROM_POWER =
  /^\s*,\s*who\s+(?:had\s+|has\s+|later\s+)?(?:fled\s+(?:the\s+country|into\s+exile|abroad)|went\s+into\s+exile|was\s+(?:ousted|overthrown|toppled|deposed|impeached|removed\s+from\s+(?:office|power))|(?:had\s+)?been\s+(?:ousted|overthrown|toppled|deposed))\b/u;

/**
 * ", who had led the army since 2021", ", who headed the central bank": a clause saying the
 * person led a state's body — a public post, not a private person's trade.
 */
const LED_PUBLIC_BODY =
  /^\s*,\s*who\s+(?:had\s+|has\s+|once\s+|previously\s+)?(?:led|headed|commanded|chaired|governed)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:army|armed forces|military|navy|air force|country|nation|state|government|cabinet|ministry|central bank|senate|parliament|party)\b/u;

/**
 * "Jerome Pawell, chief executive of a credit union in Ohio": the person holds a post at a
 * body copy names by a common noun — nobody the KB knows for that post.
 */
export function postAtUnnamedBody(text: string, end: number): boolean {
  return POST_AT_UNNAMED_BODY.test(text.slice(end, end + 60));
}

/** ", chief executive of a …", ", head chef at an …": a title held at a body named by a common noun. */
const POST_AT_UNNAMED_BODY = /^\s*,\s*(?:[\p{Ll}-]+\s+){1,3}(?:of|at|for)\s+(?:a|an)\s/u;

/**
 * Plural nouns that present public figures together ("Presidents …", "foreign ministers …",
 * "rivals …"): no sign of private people.
 */
const PUBLIC_PLURALS = new Set(
  `leaders ministers presidents premiers chancellors officials lawmakers legislators senators representatives
  congressmen congresswomen governors mayors diplomats envoys ambassadors candidates nominees contenders frontrunners
  rivals counterparts allies chiefs heads generals commanders admirals judges justices prosecutors executives ceos
  founders billionaires tycoons moguls investors bankers economists analysts experts critics journalists reporters
  correspondents commentators hosts anchors spokespeople spokesmen spokeswomen negotiators mediators members mps meps
  democrats republicans conservatives liberals socialists nationalists populists incumbents predecessors successors
  monarchs royals princes princesses kings queens popes cardinals bishops clerics ayatollahs secretaries commissioners
  delegates deputies activists dissidents opposition politicians statesmen stars superstars champions laureates
  winners veterans`.split(/\s+/),
);

/**
 * "Kenyan runners William Rutto and Raila Odinga Kiprop", "The ski resort's two guides,
 * Alexander Stubbe and …", "Two brothers named Xi Jinpeng and …": the lower-case plural noun
 * that presents the name at `start` as one of several people (the name at the head of a
 * pair or list, or one coordinated after it), or null. Public plurals ("foreign ministers",
 * "rivals") present nobody private.
 */
export function pluralPresenter(text: string, start: number, end: number): string | null {
  return pluralPresentation(text, start, end)?.noun ?? null;
}

/** A plural presenting a name ({@link pluralPresenter}), and whether it places the people in a town. */
interface PluralPresentation {
  readonly noun: string;
  /** "Two dockworkers in Gdańsk, X and Y": the plural placed in a town (private people's presentation). */
  readonly placed: boolean;
}

function pluralPresentation(text: string, start: number, end: number): PluralPresentation | null {
  let before = text.slice(Math.max(0, start - 120), start);
  // The second or later name of a list: step back over the names before it ("X, Y and ").
  let coordinated = false;
  for (let i = 0; i < 3; i++) {
    const m =
      /(?<=^|[\s(])\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|al|el|bin))*\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/u.exec(
        before,
      );
    if (!m) break;
    // ("Two dockworkers in Gdańsk, X and Y": a town after a preposition is no name of the list.)
    if (/\s(?:in|from|near|at)\s+$/.test(before.slice(0, m.index))) break;
    before = before.slice(0, m.index);
    coordinated = true;
  }
  // The noun must follow what introduces people, not a subject ("Starmer meets X and Y"): a
  // number, a determiner, or a demonym ("Kenyan runners", "two guides", "retired Belgian postmen").
  // ("Two dockworkers in Gdańsk, X and Y": a town may stand between the plural and the names.)
  const m =
    /(?:^|[\s,])(\p{L}+)\s+(\p{Ll}{3,}(?:s|men|women))(\s+(?:in|from|near|at)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)?(?:\s+(?:named|called))?,?\s+$/u.exec(
      before,
    );
  if (!m) return null;
  const noun = m[2]!;
  if (PUBLIC_PLURALS.has(noun) || /(?:ss|us|is)$/.test(noun)) return null;
  const number = PEOPLE_INTRODUCERS.test(m[1]!);
  if (!number && !DEMONYM_LIKE.test(m[1]!)) return null;
  // Several people: a number, a list before the name, or a name coordinated after it.
  const listAfter = /^\s*(?:,|and\b|&)\s*\p{Lu}/u.test(text.slice(end, end + 8));
  return number || coordinated || listAfter ? { noun, placed: m[3] !== undefined } : null;
}

/** Numbers and determiners that introduce a plural of people ("two guides", "their sons"). */
const PEOPLE_INTRODUCERS =
  /^(?:two|three|four|five|six|both|twin|the|his|her|their|our|local|retired|young|fellow|amateur)$/i;

/** A capitalised word shaped like a demonym ("Kenyan", "Belgian", "Dutch", "Turkish", "Nepali", "Chinese"). */
const DEMONYM_LIKE = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|i|ic|ean)$/u;

/**
 * Whether a candidate's profile (padded KB description and roles) names `trade`: the word
 * itself or a word it begins ("cricket" of "cricketer"), or the trade in other words
 * (`profileNamesTrade`: "author" of a novelist).
 */
function profileHasTrade(profile: string, trade: string): boolean {
  return profile.includes(` ${trade}`) || profileNamesTrade(profile, trade);
}

/**
 * "Kenyan runners William Rutto and …", "two brothers named Xi Jinpeng and …": the plural
 * noun presenting the mention among several people (read once per context, and only for a
 * candidate spelled otherwise: see describesPrivatePerson).
 */
function presentedAmong(context: MentionContext): string | null {
  if (context.presentedAmong === undefined) {
    const presentation = pluralPresentation(context.text, context.span.start, context.span.end);
    context.presentedAmong = presentation?.noun ?? null;
    context.amongPlaced = presentation?.placed ?? false;
  }
  return context.presentedAmong;
}

/** The singular of a plural trade noun, crudely ("curlers" → "curler", "postmen" → "postman"). */
function singularOf(noun: string): string {
  if (noun.endsWith('men')) return `${noun.slice(0, -3)}man`;
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}

/** A town a presentation places somebody in, and the trade words it gives them. */
export interface LocalPlace {
  /** "in glasgow", "near zahle", "of gothenburg": the preposition and the place, as cue text. */
  readonly phrase: string;
  /** The place alone, padded cue text (" glasgow "). */
  readonly place: string;
  /** The trade words of the presentation ("bus driver", "makes wine", "ferry captain"), as cue text. */
  readonly trade: string;
}

/**
 * "Lewis Root, a bus driver in Glasgow", "Joseph Root, who makes wine near Zahle", "Ferry
 * captain Ulf Root of Gothenburg": the person is presented by a trade of no public office
 * and a town — how copy introduces a private person. Unless `candidate`'s profile names that
 * town (his own city or country: "Bart Root, a politician in Antwerp" of Antwerp's mayor) or
 * the trade words' head, the place phrase is returned as the evidence; else null. Office
 * holders ("a senator from Ohio", "Prime Minister Ulf Root of Sweden") are no such
 * presentation, nor a trade written with capitals ("a Formula One driver in Monaco").
 */
export function localPresentation(context: MentionContext, candidate: KbEntity): string | null {
  if (context.localPlace === undefined) context.localPlace = localPlaceOf(context);
  const local = context.localPlace;
  if (!local) return null;
  const profile = profileText(candidate);
  if (profile.includes(local.place)) return null;
  // A trade the profile names word for word ("a driver in Monaco" of a racing driver): the town
  // is then only where he is.
  if (
    local.trade
      .split(' ')
      .every((w) => w.length < 3 || NOT_TRADE_WORDS.test(w) || profileHasTrade(profile, w))
  )
    return null;
  return local.phrase;
}

/** The town of a private presentation of the mention (see {@link localPresentation}), or null. */
function localPlaceOf(context: MentionContext): LocalPlace | null {
  const { text, span } = context;
  const after = text.slice(span.end, span.end + 100);
  // "X, a bus driver in Glasgow": an indefinite apposition of lower-case words, no office.
  if (context.headIndefinite && context.head !== null && !isPublicHead(context.head)) {
    const m = APPOSITION_IN_TOWN.exec(after);
    if (m) return localPlace(m[2]!, m[3]!, m[1]!);
  }
  // "X, who makes wine near Zahle": a trade stated in a relative clause, then a town.
  if (/^\s*,\s*who\s/.test(after)) {
    const m = TRADE_CLAUSE_IN_TOWN.exec(after);
    if (m) return localPlace(m[2]!, m[3]!, m[1]!);
  }
  // "Ferry captain Ulf Root of Gothenburg": lower-case trade words before the name, a town after.
  const town = OF_TOWN_AFTER.exec(after);
  if (town) {
    const from = Math.max(0, span.start - 48);
    const before = text.slice(from, span.start);
    const start = TRADE_AT_START.exec(before);
    // (At the window's edge a word may be cut: a start of the text only when the window begins it.)
    const m =
      TRADE_BEFORE_MID.exec(before) ?? (start && (start[0] !== start[1] || from === 0) ? start : null);
    if (m) {
      const words = cueText(m[1]!).trim().split(' ');
      const head = words[words.length - 1]!;
      if (
        !words.some((w) => NOT_TRADE_WORDS.test(w) || isPublicHead(w)) &&
        !/(?:ed|ing|ly)$/.test(head) &&
        !ANY_ROLE_CUE.test(` ${words.join(' ')} `)
      )
        return localPlace('of', town[1]!, words.join(' '));
    }
  }
  return null;
}

function localPlace(preposition: string, place: string, trade: string): LocalPlace {
  const cue = cueText(place).trim();
  return { phrase: `${preposition} ${cue}`, place: ` ${cue} `, trade: cueText(trade).trim() };
}

/** A place name of one or two capitalised words. */
const TOWN = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)`;

/** ", a bus driver in Glasgow", ", a high-school band director in Austin": up to five lower-case words, a preposition of place, a town. */
const APPOSITION_IN_TOWN = new RegExp(
  String.raw`^\s*,\s*(?:\d{1,3}\s*,\s*)?an?\s+((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)\s+(in|near|outside)\s+${TOWN}`,
  'u',
);

/**
 * ", who makes wine near Zahle", ", who runs a barbecue truck in Abilene": a verb of making or
 * selling, or of keeping a business presented with "a"/"an", its lower-case object (the trade
 * words), a town. (Running "the central bank in Frankfurt" or "the ministry in Oslo" is an
 * office; "runs Tesla" has no lower-case object.)
 */
const TRADE_CLAUSE_IN_TOWN = new RegExp(
  String.raw`^\s*,\s*who\s+(?:has\s+|had\s+|still\s+)?(?:(?:makes|made|brews|grows|breeds|raises|bakes|sells|sold|farms|fishes|builds|repairs)\s+|(?:runs|ran|owns|owned)\s+(?=an?\s))((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+(in|near|outside)\s+${TOWN}`,
  'u',
);

/** " of Gothenburg and …": a town right after the name (not "of the …"). */
const OF_TOWN_AFTER = new RegExp(String.raw`^\s+of\s+${TOWN}(?=[\s,.;:!?)]|$)`, 'u');

/** One to three lower-case words before the name, after a comma or "and" ("and surf instructor X"). */
const TRADE_BEFORE_MID = /(?:[,;:]\s+|\s(?:and|with|while|as)\s+)((?:[\p{Ll}-]+\s+){1,3})$/u;

/**
 * A capitalised word and one or two lower-case ones at a sentence start ("Ferry captain X";
 * not a lone "Republican X", whose word may be a party's or a people's).
 */
const TRADE_AT_START = /(?:^|[.!?]["”’]?\s+|\n\s*)(\p{Lu}[\p{Ll}-]+\s+(?:[\p{Ll}-]+\s+){1,2})$/u;

/** Words that are no trade: articles, pronouns, verbs of reporting, prepositions. */
const NOT_TRADE_WORDS =
  /^(?:the|a|an|said|says|told|to|of|for|by|with|from|in|on|at|and|or|but|as|is|was|were|are|be|been|has|had|have|his|her|their|its|our|my|your|this|that|these|those|when|after|before|while|which|who|whom|whose|met|meets|called|named|dubbed|like|including|than|then|also|not|so|if|because|against|between|among|over|under|about|into|via|per|former|ex|late|new|president|prime|vice|deputy|acting|interim|outgoing|incoming)$/;
