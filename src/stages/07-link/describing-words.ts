/**
 * The words that describe a mention's person — the last words before the name, an apposition
 * or a trade predicate after it — and the occupation, media, sports and arts words read in
 * them ("local teacher Peter Hegseth", "Mark Root, a dairy farmer", "Kazuo Ueda runs a ramen
 * stall"). The word lists are shared by the private-person vetoes (private-persons.ts), the
 * plural presentations and the article's private-life words, hence a module of their own.
 */
import type { KbEntity } from '../../kb/model.js';
import type { MentionContext } from './context.js';
import { profileNamesTrade, profileText } from './descriptor.js';

/**
 * Descriptions that make a person an ordinary private individual ("a dairy farmer",
 * "the 54-year-old", "the opera singer"): a famous namesake is then not repaired into.
 * A school's street posts too ("a lollipop man", "a dinner lady", "a crossing guard"): their
 * head is a public-sounding "man" or "lady", so only the compound says the walk of life.
 * Trades of the hands and the high street ("retired tailor Hassan Rouhani", "a Leeds
 * locksmith") as much as the farm and the shop.
 * Not the first half of a compound adjective ("student-led protests", "family-owned"): that
 * describes something else.
 */
export const PRIVATE_PERSON =
  /\b(village (?:chief|elder|head|headman|leader)|headman|farmer|dairy|rancher|grower|singer|soprano|tenor|opera|teacher|headteacher|head teacher|headmaster|headmistress|schoolteacher|student|pupil|nurse|plumber|carpenter|baker|chef|fisherman|shopkeeper|grandmother|grandfather|grandson|granddaughter|resident|residents|neighbou?r|villager|pensioner|retiree|homeowner|landlord|tenant|driver|mechanic|electrician|worker|employee|footballer|striker|midfielder|goalkeeper|defender|cyclist|swimmer|athlete|boxer|actor|actress|painter|sculptor|novelist|poet|musician|guitarist|drummer|rapper|cellist|violinist|pianist|organist|conductor|saxophonist|trumpeter|pastor|vicar|priest|imam|rabbi|florist|butcher|waiter|waitress|barista|cashier|librarian|curator|accountant|dentist|tailor|seamstress|dressmaker|cobbler|shoemaker|welder|miner|janitor|caretaker|housekeeper|nanny|babysitter|beekeeper|shepherd|fishmonger|greengrocer|pharmacist|optician|hairdresser|barber|locksmith|bricklayer|gardener|postman|postwoman|winemaker|blacksmith|watchmaker|jeweller|jeweler|tattoo artist|tattooist|tattoo parlou?r|beautician|manicurist|bartender|barman|barmaid|roofer|plasterer|chauffeur|courier|greenkeeper|groundsman|groundswoman|groundskeeper|veterinarian|vet|firefighter|paramedic|volunteer|victim|survivor|eyewitness|witness|passer by|shopper|commuter|tourist|fan|fans|local man|local woman|lollipop (?:man|lady|woman)|dinner lady|crossing (?:guard|patrol|warden)|schoolboy|schoolgirl|toddler|baby|coach|owner|pizzeria|restaurant|cafe|bakery|shop|stall|kiosk|farm|pub|rickshaw|autorickshaw|tuk tuk|hawker|vendor|street food|night market|market stall|bazaar|souk|salon|diner|taxi|cab|engineer|lottery|choir|hobby|amateur|bollywood|hollywood|nollywood|year old|years old|aged|harvest|crops|orchard|vineyard|allotment|livestock|cattle|paddy|paddies|grows (?:rice|wheat|corn|maize|vegetables|tomatoes|potatoes|grapes|olives|tea|coffee|flowers))\b(?! (?:led|run|owned|backed|funded|based)\b)/;

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
 * A "left-winger" or "right-winger" (the cue text reads the hyphen as a space) is a politician's
 * leaning before it is a football position: "Independent left-winger Catherine Connoly won the
 * presidential election".
 */
const SPORTS_AND_ARTS =
  /\b((?<!front )runner|marathon|gymnast|gymnastics|rugby|cricket|hockey|ballet|skating|basketball|baseball|volleyball|handball|snooker|judo|karate|taekwondo|wrestling|surfing|rodeo|esports|skater|skier|sprinter|marathoner|jockey|golfer|wrestler|fencer|rower|climber|archer|surfer|snowboarder|cricketer|bowler|batsman|batswoman|team (?:manager|captain|doctor)|shortstop|pitcher|quarterback|(?<!\b(?:left|right) )winger|medallist|medalist|chess|tennis|dancer|ballerina|comedian|influencer|blogger|youtuber|photographer|filmmaker|composer|pianist|violinist|cellist|prodigy)\b/;

/** Verbs that state a person's trade right after the name ("runs a bakery", "works as a nurse"). */
const OCCUPATION_VERB =
  /^ ?(has |had |still )?(run|runs|ran|owns|owned|sells|sold|works as|worked as|teaches|taught|drives|drove|bakes|farms|coaches|cooks|repairs|keeps|manages)\b/;

/** An opening quotation mark right after the name, a space or none between. */
function quotedAfter(text: string, end: number): boolean {
  return /^ ?["“‘]/.test(text.slice(end, end + 2));
}

/** The words that describe the person: just before the name, and an apposition or a trade predicate after it. */
function describingWords(context: MentionContext): string {
  // The words just before the name ("local teacher Peter Hegseth"), and an apposition right
  // after it ("Mark Root, a dairy farmer from Ohio") — not what the sentence says of others.
  // (Only the words used are split off: the first seven after the name, the last three before it.)
  const rightWords = context.right.trim().split(' ', 7);
  // `called Netanyahu "the butcher of Gaza"`: words in quotes right after the name are an epithet
  // somebody gives it, no apposition of the writer's (the cue text has lost the quotes).
  const apposition =
    /^(a|an|the|who|whose|\d+)$/.test(rightWords[0] ?? '') && !quotedAfter(context.text, context.span.end);
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
 * A sporting result right after the name (SPORT_PREDICATE), when the candidate is no sports
 * figure: "Erling Haaland scored" is the footballer, "Bola Tinubu scored" a namesake.
 */
export function sportResultOfOther(context: MentionContext, candidate: KbEntity): string | null {
  const result = SPORT_PREDICATE.exec(context.right)?.[1];
  if (result === undefined) return null;
  return SPORTS_PROFILE.test(profileText(candidate)) ? null : result;
}

/**
 * " of Dungarvan Athletic Club", " of the Bray Wheelers Cycling Club", " of Clonmel Harriers": a
 * sports club a name is said to be "of" right after it — how local results present a club's
 * runners, rowers and golfers. A word of sport or a club word ends the club's name.
 */
const SPORTS_CLUB_OF =
  /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}?(?:(?:Athletic|Athletics|Running|Road\s+Runners|Cycling|Wheelers|Rowing|Boat|Swimming|Golf|Tennis|Boxing|Sailing|Yacht|Rugby|Football|Cricket|Hockey|Bowls|Bowling|Chess|Triathlon|Hurling|Gaelic|Ski|Climbing|Judo|Karate|Fencing|Gymnastics|Canoe|Archery)\s+(?:Club|Association|Society)|Harriers|Striders|Road\s+Runners|Wheelers|AC|RFC|GAA|GAC)\b/u;

/**
 * "Simon Harris of Dungarvan Athletic Club won the over-40 category": a member of a sports club
 * named right after the name, when the candidate is no sports figure — a public figure is
 * presented by an office, a club's runner by the club. Cost: a four-character test after the
 * name; the pattern only after " of ".
 */
export function sportsClubOfOther(context: MentionContext, candidate: KbEntity): string | null {
  const { text, span } = context;
  if (!text.startsWith(' of ', span.end)) return null;
  if (!SPORTS_CLUB_OF.test(text.slice(span.end, span.end + 90))) return null;
  return SPORTS_PROFILE.test(profileText(candidate)) ? null : 'member of a sports club';
}

/** A KB description of a sports figure: the sport, the position or the trade. */
export const SPORTS_PROFILE =
  /\b(football|footballer|soccer|striker|midfielder|defender|goalkeeper|forward|winger|player|athlete|olympian|tennis|golf|golfer|cricket|cricketer|batter|bowler|racing|driver|cyclist|swimmer|sprinter|runner|boxer|fighter|skier|gymnast|basketball|baseball|hockey|rugby|quarterback|coach|manager of|chess|thrower|javelin|jumper|vaulter|hurdler|wrestler|weightlifter|rower|fencer|archer|skater|decathlete|heptathlete|triathlete|darts|snooker|volleyball|handball|badminton)\b/;

/**
 * "Kenyan marathon runner William Ruto": a sports or arts word just before the name, not a
 * past career ("former cricketer Imran Khan").
 */
export function sportWordBefore(context: MentionContext): string | null {
  if (context.sportBefore === undefined) {
    const left = ` ${context.left.trim().split(' ').slice(-3).join(' ')} `;
    context.sportBefore = / (former|ex|retired|onetime) /.test(left)
      ? null
      : (SPORTS_AND_ARTS.exec(left)?.[0] ?? null);
  }
  return context.sportBefore;
}

/** The sports or arts word among the describing words ("rhythmic gymnast"), or null (once per context). */
export function sportWord(context: MentionContext): string | null {
  if (context.sport === undefined)
    context.sport = SPORTS_AND_ARTS.exec(describingWords(context))?.[0] ?? null;
  return context.sport;
}

/** The occupation word of a context (computed once per context: every candidate asks). */
export function privateWord(context: MentionContext): string | null {
  let word = context.privateWord;
  if (word === undefined) {
    const words = describingWords(context);
    word = PRIVATE_PERSON.exec(words)?.[0] ?? MEDIA_AND_TRADES.exec(words)?.[1] ?? null;
    context.privateWord = word;
  }
  return word;
}

/**
 * Whether a candidate's profile (padded KB description and roles) names `trade`: the word
 * itself or a word it begins ("cricket" of "cricketer"), or the trade in other words
 * (`profileNamesTrade`: "author" of a novelist).
 */
export function profileHasTrade(profile: string, trade: string): boolean {
  return profile.includes(` ${trade}`) || profileNamesTrade(profile, trade);
}
