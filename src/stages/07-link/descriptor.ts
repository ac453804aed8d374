/**
 * What copy says a named person or body *is*: the head noun of the description next to
 * the name ("Wang Li, a food delivery rider in Wuhan" → `rider`; "Ana Pires, head chef at
 * a Porto restaurant" → `chef`; "the Lisbon Book Fair, a trade fair for publishers" →
 * `fair`). A head noun that names an ordinary occupation and that nothing in the knowledge
 * base's profile of a candidate mentions is negative evidence: the mention is a namesake
 * (or a different body), whatever the spelling says.
 */
import type { KbEntity } from '../../kb/model.js';
import { cueText } from './roles.js';

/** Words that end an apposition's head phrase ("a courier *in* Wuhan"). */
const PHRASE_END =
  /^(of|at|in|on|from|for|with|without|within|under|among|between|against|about|across|beyond|during|despite|including|who|whose|which|that|near|based|and|or|to|by|since|until|after|before|than)$/;

/** Words that start another phrase or a clause inside an apposition. */
const CLAUSE_START =
  /^(the|a|an|this|that|its|his|her|their|said|says|was|is|are|were|has|have|had|will|would|could|may|might)$/;

/**
 * Heads that describe an event or a state, not a person ("…, a surprise move", "…, a
 * first for the country"): an apposition with them speaks of the news, not of who the
 * person is.
 */
const EVENT_HEADS =
  /^(move|step|decision|choice|surprise|shift|blow|setback|sign|signal|first|record|rarity|departure|reversal|change|twist|break|boost|win|victory|defeat|loss|gesture|reshuffle)$|(tion|sion|ment|ance|ence|ity|ness)$/;

/**
 * Nouns that describe public life: never a sign of a namesake. (Public causes too: "the
 * conservative activist", "a veteran campaigner" end like agent nouns but are no trade.)
 */
const PUBLIC_HEADS = new Set(
  `president leader minister premier chancellor governor senator lawmaker legislator politician official
  diplomat envoy ambassador commissioner secretary spokesman spokeswoman spokesperson chief head boss chair
  chairman chairwoman director executive founder cofounder ceo billionaire tycoon magnate investor
  entrepreneur banker economist general commander admiral marshal king queen prince princess monarch ruler
  emir sultan sheikh pope cardinal archbishop patriarch candidate nominee successor predecessor ally rival
  critic opponent adviser advisor aide deputy member veteran mayor speaker judge prosecutor negotiator heir
  son daughter wife husband brother sister father mother widow widower nephew niece cousin mogul
  strongman hardliner reformist conservative liberal socialist populist nationalist republican democrat
  incumbent challenger frontrunner contender winner laureate figure architect face voice man woman
  rapporteur representative delegate congressman congresswoman mp officer administrator regulator
  supremo star leader-elect president-elect activist campaigner dissident lobbyist strategist ideologue
  militant jihadist insurgent warlord`.split(/\s+/),
);

/**
 * Playing positions: "Robert Fico, the ice-hockey forward from Nitra" is a player, whatever
 * article the apposition takes — no office holder is presented by his place on a team.
 */
const PLAYING_POSITIONS = `forward winger playmaker netminder pitcher catcher
  infielder outfielder linebacker wicketkeeper flanker prop`;

/** Occupations and walks of life that do not end like an agent noun. */
const PRIVATE_HEADS = new Set(
  `chef cook umpire referee courier rider nurse guard clerk trader vendor pilot monk nun medic surgeon
  cop soldier fan student pupil resident villager pensioner retiree tourist commuter shopkeeper homeowner
  tenant neighbour neighbor victim survivor witness eyewitness volunteer hobbyist amateur mechanic
  electrician plumber carpenter baker butcher barista cashier waiter waitress florist dentist vet
  veterinarian paramedic firefighter athlete footballer cyclist goalkeeper striker midfielder defender
  artist poet novelist actor actress singer soprano tenor musician rapper dj chemist pharmacist physician
  podiatrist therapist attendant janitor caretaker housekeeper nanny tailor cobbler welder miner
  fisherman fishmonger farmer rancher grower beekeeper winemaker brewer shepherd coach manager owner
  proprietor landlord landlady teenager schoolboy schoolgirl toddler baby grandmother grandfather
  grandson granddaughter great-grandmother youngster local club fair festival band choir team shop
  restaurant cafe bakery firm startup charity society circle shortstop quarterback fullback halfback goalie
  jockey ${PLAYING_POSITIONS}`.split(/\s+/),
);

/**
 * Animals: "Messi, the border collie who starred in …", "Moo Deng, a pygmy hippo at a Thai
 * zoo". A pet or a zoo's star bears a famous name as a thing does. (Not the beasts copy
 * makes epithets of — lion, tiger, bear, eagle, wolf: "the lion of Punjab" is a man.)
 */
const ANIMAL_HEADS = `cat kitten puppy pup collie retriever labrador poodle beagle terrier spaniel dachshund
  bulldog sheepdog greyhound chihuahua pug schnauzer rottweiler pony mare stallion gelding colt filly
  donkey mule camel llama alpaca cow calf heifer goat pig piglet parrot cockatoo tortoise turtle hamster
  rabbit hippo hippopotamus rhino rhinoceros elephant giraffe panda gorilla chimpanzee orangutan penguin
  dolphin orca whale otter koala kangaroo meerkat flamingo`;

/** Animals as copy presents them, racing animals included ("a racehorse", "the greyhound"). */
const ANIMALS = new Set(`${ANIMAL_HEADS} racehorse horse dog hound`.split(/\s+/));

/** Whether `word` (lower case) names an animal: "Nvidia, a greyhound trained in Kerry". */
export function isAnimalWord(word: string): boolean {
  return ANIMALS.has(word) || (word.endsWith('s') && ANIMALS.has(word.slice(0, -1)));
}

/**
 * Heads that make a name a company's, a product's or a thing's, not a person's
 * ("Macron, the Italian sportswear maker"; "the Petro, the oil-backed cryptocurrency";
 * "helicopter maker Sikorsky"). Only a person candidate is contradicted by them.
 */
const THING_HEADS = new Set(
  `maker makers carmaker automaker manufacturer brand label company firm chain retailer supermarket
  conglomerate startup start-up airline carrier lender insurer brewery distillery winery
  group corporation business supplier exporter
  cryptocurrency currency coin token stablecoin app platform product drug vaccine
  hotel resort restaurant cafe casino stadium arena club team side band album song film movie novel
  ship vessel yacht tanker liner ferry freighter trawler steamer schooner frigate destroyer cruiser
  warship submarine icebreaker racehorse horse dog river rainforest forest volcano glacier dam
  dish delicacy snack dessert pastry stew soup sauce cocktail
  particle baryon meson boson hadron lepton quark isotope molecule
  ${ANIMAL_HEADS}`.split(/\s+/),
);

/** Kinship nouns: "…, father of the current president" describes a relative of somebody. */
const KIN_HEADS = new Set(
  `father mother son daughter brother sister wife husband widow widower grandson granddaughter
  grandfather grandmother nephew niece cousin uncle aunt`.split(/\s+/),
);

/** Agent nouns by their ending: "fishmonger", "podiatrist", "postman", "librarian". */
const AGENT_ENDING = /(er|or|ist|ian|man|woman|monger|smith|wright|eur)$/;

/**
 * "the group and Iran's Revolutionary Guards said": the article, one or two lower-case words,
 * "and", a name and the verb of saying they share ("the founder and CEO of …" is no list).
 */
const LISTED_SUBJECT =
  /^the\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+and\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}\s+(?:said|say|says|told|added|reported|confirmed|announced|stated)\b/u;

/** "was a …", "is an …" opening what follows a name and its comma: the copula of a predicate. */
const COPULA_PREDICATE = /^(?:is|was)\s+(?=an?\s)/;

/** The raw apposition after a name: "Wang Li, a courier in Wuhan, said" → "a courier in Wuhan". */
export function appositionAfter(text: string, end: number): string | null {
  // "John Roberts, 71, a retired postman": the apposition after an age. "Mark Root (left), a
  // 12-year-old": a caption's place in the picture stands between the name and its apposition.
  // "Lula's, a family restaurant in …": a possessive with nothing after it names a shop or a
  // house, which the apposition then describes.
  const m =
    /^(?:['’]s(?=\s*,))?(?:\s*\((?:far |second |third )?(?:left|right|centre|center|top|bottom|pictured|above|below)\))?\s*,\s*(?:\d{1,3}\s*,\s*(?=an?\s))?([^,.;:!?()"“”]{2,90})/.exec(
      text.slice(end, end + 112),
    );
  if (!m) return null;
  const phrase = m[1]!.trim();
  // "…, the group and Iran's Revolutionary Guards said": a short definite noun phrase joined by
  // "and" to a name is the next item of a list of subjects, no description of the name before.
  if (LISTED_SUBJECT.test(phrase)) return null;
  const words = phrase.split(/\s+/);
  const first = words[0]!.toLowerCase();
  if (/^(a|an|the|who|whose)$/.test(first)) return phrase;
  // "Her grandfather, Sergei Lavrov, was a railway worker": a name that is itself an
  // apposition, closed by a comma, is described by the copula after it as by an apposition.
  const copula = COPULA_PREDICATE.exec(phrase);
  if (copula) return phrase.slice(copula[0].length);
  // "Europe's longest-serving leader", "Buffett's successor": a possessive, then lower-case words.
  if (
    /^\p{Lu}[\p{L}.-]*['’]s$/u.test(words[0]!) &&
    words.length <= 6 &&
    words.slice(1).every((w) => /^[\p{Ll}-]+$/u.test(w))
  )
    return phrase;
  // "head chef at …", "owner of …", "manager of …": a short lower-case noun phrase before a preposition.
  const prep = words.findIndex((w, i) => i > 0 && PHRASE_END.test(w.toLowerCase()));
  if (prep > 0 && prep <= 3 && words.slice(0, prep).every((w) => /^[\p{Ll}-]+$/u.test(w))) return phrase;
  return null;
}

/** The head noun of an apposition ("a retired baseball umpire in Osaka" → "umpire"), or null for a clause. */
export function headNoun(apposition: string): string | null {
  // "the Naples-based sportswear maker": a hyphened "-based" is a modifier, not the "based"
  // that ends a head phrase ("a firm based in Naples").
  const words = cueText(apposition.replace(/['’]s\b/g, '').replace(HYPHENED_BASED, ''))
    .trim()
    .split(' ');
  if (/^(who|whose)$/.test(words[0] ?? '')) return null;
  let i = /^(a|an|the)$/.test(words[0] ?? '') ? 1 : 0;
  const phrase: string[] = [];
  for (; i < words.length && phrase.length < 6; i++) {
    const w = words[i]!;
    // A new noun phrase or a verb ends the head phrase ("a surprise move the Kremlin said was …").
    if (PHRASE_END.test(w) || (phrase.length > 0 && CLAUSE_START.test(w))) break;
    // "the nationalist historian backed by Law and Justice": a participle and its "by" open a
    // clause after the head (session acc27-link-a).
    if (phrase.length > 0 && w.endsWith('ed') && words[i + 1] === 'by') break;
    phrase.push(w);
  }
  const written = phrase[phrase.length - 1];
  if (!written || /^\d+$/.test(written)) return null;
  // "Valeri Zaloujny, ambassadeur in London": a machine translation leaves a public office in
  // another language, whose agent-like ending ("-eur") would read as a private trade.
  const head = FOREIGN_OFFICES[written] ?? written;
  // "a rhythmic gymnastics judge", "a talent show host": a public-sounding noun in a walk of
  // private life is that walk of life, not the office.
  const modifier = phrase[phrase.length - 2];
  if (
    modifier &&
    (LEISURE.has(modifier) || PRIVATE_SERVICES.has(modifier) || LOCAL_SERVICES.has(modifier)) &&
    PUBLIC_HEADS.has(head)
  )
    return `${modifier} ${head}`;
  // "a Sunday-league striker", "an amateur boxer": the trade at the level of a pastime is
  // another walk of life than the professional's of that name.
  const level = AMATEUR_LEVEL.exec(phrase.slice(0, -1).join(' '))?.[1];
  if (level) return `${level} ${head}`;
  return head;
}
const HYPHENED_BASED = /[\p{L}.]+[-‐‑]based\s+/gu;
const AMATEUR_LEVEL =
  /\b(amateur|sunday league|pub (?:team|side|league)|village (?:team|side|club)|five a side|grassroots|non league)\b/;

/**
 * Public offices as copy left in French, Spanish, Portuguese, Italian, German or Dutch (cue
 * text: lower case, accents kept as written), by their English word — the KB's role words.
 */
const FOREIGN_OFFICES: Readonly<Record<string, string>> = {
  ambassadeur: 'ambassador',
  ambassadrice: 'ambassador',
  embajador: 'ambassador',
  embajadora: 'ambassador',
  embaixador: 'ambassador',
  embaixadora: 'ambassador',
  ambasciatore: 'ambassador',
  ambasciatrice: 'ambassador',
  botschafter: 'ambassador',
  botschafterin: 'ambassador',
  gouverneur: 'governor',
  gobernador: 'governor',
  governatore: 'governor',
  gouverneurin: 'governor',
  senateur: 'senator',
  sénateur: 'senator',
  senador: 'senator',
  senatore: 'senator',
  ministre: 'minister',
  ministro: 'minister',
  ministerin: 'minister',
  président: 'president',
  presidente: 'president',
  präsident: 'president',
  praesident: 'president',
  présidente: 'president',
  präsidentin: 'president',
  kanzler: 'chancellor',
  kanzlerin: 'chancellor',
  chancelier: 'chancellor',
  canciller: 'chancellor',
  portavoz: 'spokesperson',
  sprecher: 'spokesman',
  sprecherin: 'spokeswoman',
  dirigeant: 'leader',
  dirigente: 'leader',
  lider: 'leader',
  líder: 'leader',
  anführer: 'leader',
  commandant: 'commander',
  comandante: 'commander',
  kommandeur: 'commander',
  député: 'deputy',
  diputado: 'deputy',
  diputada: 'deputy',
  abgeordneter: 'deputy',
  abgeordnete: 'deputy',
  maire: 'mayor',
  alcalde: 'mayor',
  alcaldesa: 'mayor',
  bürgermeister: 'mayor',
  buergermeister: 'mayor',
  sindaco: 'mayor',
  prefeito: 'mayor',
};

/** "a unit of …, the oil-backed cryptocurrency": a head noun that makes the name a thing's. */
export function thingHead(head: string | null): string | null {
  return head !== null && THING_HEADS.has(head) ? head : null;
}

/**
 * "sportswear maker Macron", "helicopter maker Sikorsky": the word right before the name
 * (`left`: cue text of the left context, which has lost its punctuation) when it is a
 * company's or product's head noun. Past a comma in `text` before `start` the word is a
 * description of its own ("the Greens' parliamentary group, Katharina Dröge").
 */
export function thingWordBefore(text: string, start: number, left: string): string | null {
  if (/,\s*$/.test(text.slice(Math.max(0, start - 3), start))) return null;
  const word = left.slice(left.lastIndexOf(' ', left.length - 2) + 1).trim();
  // "hard-liner Itamar Ben-Gvir" (the cue text reads the hyphen as a space) is a politician's line.
  if (word === 'liner' && /\bhard ?liner ?$/.test(left)) return null;
  return THING_HEADS.has(word) && word !== 'side' && word !== 'team' ? word : null;
}

/**
 * Nouns right after a name that make it a product's, a shop's or a place's ("Macron
 * sportswear", "a Costa branch", "the Amazon rainforest"), an animal's or a plant's
 * ("Musk ox", "Bush bean"), or a dish's or a particle's of physics ("the Xi baryon"). Not "brand", "hotel", "tower":
 * "the Trump brand" is still about the man.
 */
const THING_AFTER = new Set(
  `sportswear kit kits shirt shirts jersey jerseys coffee branch branches store stores outlet outlets
  rainforest river basin jungle cryptocurrency token coin memecoin dam cruise liner ship vessel tanker
  ferry airport stadium hospital university memorial museum
  distillery distilleries brewery breweries winery wineries vineyard vineyards bakery bakeries creamery
  statue ox oxen deer rat rats beetle beetles moth moths melon melons rose roses orchid orchids apple apples
  bean beans cattle sheep goat goats pig pigs hound hounds terrier terriers spaniel spaniels
  dish particle particles baryon baryons meson mesons boson bosons hadron hadrons isotope isotopes`.split(
    /\s+/,
  ),
);

/** "Macron sportswear", "a Costa branch": the word right after the name when it makes the name a thing's. */
export function thingWordAfter(right: string): string | null {
  const word = /^ ?([a-z]+)/.exec(right)?.[1];
  return word && THING_AFTER.has(word) ? word : null;
}

/**
 * "father of the current president", "the eldest son of …": the kinship noun of an
 * apposition that describes the mention as somebody's relative, or null.
 */
export function kinshipHead(apposition: string): string | null {
  const m =
    /^(?:(?:the|a|an)\s+)?(?:(?:late|eldest|elder|younger|youngest|only|second|third|former|estranged)\s+)?(\p{Ll}+)\s+of\b/u.exec(
      apposition,
    );
  return m && KIN_HEADS.has(m[1]!) ? m[1]! : null;
}

/** Sports, shows and pastimes: what they qualify ("gymnastics judge", "chess club president") is no public office. */
const LEISURE = new Set(
  `gymnastics football soccer tennis golf boxing skating dance dancing chess bridge poker cycling rugby cricket
  baseball basketball hockey swimming athletics marathon sailing rowing fishing angling bowling darts snooker
  show pageant beauty talent baking cooking cookery wine dog cat horse cattle flower garden gardening quiz
  karaoke club league fan student school college band orchestra theatre drama music art`.split(/\s+/),
);

/**
 * Services sold to private clients: what they qualify ("a tax adviser", "a fitness director")
 * is a trade, not an office of state.
 */
const PRIVATE_SERVICES = new Set(
  'tax mortgage pension insurance wedding fitness travel careers property'.split(' '),
);

/**
 * A town's emergency services: what they qualify ("a retired fire chief", "the ambulance
 * commander") is a local post, not an office of state a newsmaker's profile would name.
 */
const LOCAL_SERVICES = new Set('fire ambulance lifeboat'.split(' '));

/** True when `noun` describes public life ("leader", "successor", "son"). */
export function isPublicHead(noun: string | null): boolean {
  return noun !== null && (PUBLIC_HEADS.has(noun) || PUBLIC_HEADS.has(noun.replace(/s$/, '')));
}

/** True when `noun` names an ordinary occupation or a private walk of life (not public office). */
export function isPrivateHead(noun: string): boolean {
  // A compound headNoun made of a pastime and a public noun ("gymnastics judge").
  if (noun.includes(' ')) return true;
  const singular = noun.replace(/s$/, '');
  if (PUBLIC_HEADS.has(noun) || PUBLIC_HEADS.has(singular)) return false;
  if (PRIVATE_HEADS.has(noun) || PRIVATE_HEADS.has(singular)) return true;
  return noun.length >= 5 && AGENT_ENDING.test(noun);
}

/**
 * Media trades: one walk of life under many names — a journalist hosts a show, a host
 * comments, a presenter anchors. Each is no sign of a namesake when the profile has another.
 */
const MEDIA_TRADES = [
  'journalist',
  'commentator',
  'host',
  'broadcaster',
  'presenter',
  'anchor',
  'pundit',
  'columnist',
  'reporter',
  'correspondent',
  'newsreader',
  'anchorman',
  'anchorwoman',
  'newscaster',
];

/**
 * Trades that name one walk of life in other words: "author" of a profile saying "novelist",
 * "actress" of one saying "actor", "midfielder" of one saying "football". A trade word near a
 * name is no sign of a namesake when the profile names the same trade in another word.
 */
const TRADE_KIN: Readonly<Record<string, readonly string[]>> = {
  author: ['novelist', 'writer', 'poet'],
  writer: ['novelist', 'author', 'poet'],
  novelist: ['writer', 'author'],
  poet: ['writer', 'author'],
  actress: ['actor'],
  actor: ['actress'],
  footballer: ['football', 'soccer'],
  striker: ['football', 'soccer', 'forward'],
  forward: ['football', 'soccer', 'striker'],
  midfielder: ['football', 'soccer'],
  goalkeeper: ['football', 'soccer'],
  singer: ['musician', 'rapper', 'songwriter'],
  musician: ['singer', 'rapper', 'songwriter', 'composer'],
  rapper: ['singer', 'musician'],
  // A band's singer: "the Black Sabbath frontman" of a profile saying "singer of Black Sabbath".
  frontman: ['singer', 'musician', 'vocalist'],
  frontwoman: ['singer', 'musician', 'vocalist'],
  vocalist: ['singer', 'musician'],
  // Newsroom trades: "American journalist Tucker Carlson" of a profile saying "commentator".
  ...Object.fromEntries(MEDIA_TRADES.map((w) => [w, [...MEDIA_TRADES.filter((k) => k !== w), 'talk show']])),
};

/** True when `profile` (padded cue text) names the trade `word` in another word ({@link TRADE_KIN}). */
export function profileNamesTrade(profile: string, word: string): boolean {
  const kin = TRADE_KIN[word];
  // Media words as whole words ("host", "hosts", not "hostage").
  if (MEDIA_TRADES.includes(word)) return kin?.some((k) => new RegExp(` ${k}s? `).test(profile)) ?? false;
  return kin?.some((k) => profile.includes(` ${k}`)) ?? false;
}

/** The words the KB uses of an entity: description, kind and role titles, as padded cue text. */
export function profileText(entity: KbEntity): string {
  const parts = [
    entity.description ?? '',
    entity.kind ?? '',
    ...entity.roles.map((r) => `${r.role} ${r.org}`),
  ];
  return ` ${cueText(parts.join(' '))} `;
}

/**
 * The head noun describing a mention when it contradicts `entity`: an ordinary occupation
 * or a kind of body that the entity's profile never mentions. Null when nothing contradicts.
 */
export function contradictingHead(head: string | null, entity: KbEntity, indefinite = false): string | null {
  // "Pete Hexet, an ice-fishing guide": somebody introduced with "a"/"an" and a noun of no
  // public office is being presented to the reader; anything the profile lacks contradicts.
  if (!head || !(isPrivateHead(head) || (indefinite && !isPublicHead(head) && !EVENT_HEADS.test(head))))
    return null;
  const profile = profileText(entity);
  const stem = head.replace(/(s|es)$/, '');
  if (profile.includes(` ${head} `) || (stem.length >= 4 && profile.includes(` ${stem}`))) return null;
  if (profileNamesTrade(profile, head)) return null;
  return head;
}
