/**
 * Role cues: the title words news puts next to a name ("NATO Secretary-General",
 * "US Defense Secretary", "head of the European Union's foreign policy") matched against
 * the offices a knowledge-base person holds. A role title from the KB is mapped to a
 * *role class*; each class knows the phrasings copy uses for it. The organisation or
 * country of the role is matched separately, by its names in the KB. Cues also read the
 * words spinners put for title words ("Overseas Minister", "Secretary-Normal",
 * "Protection Minister"; see spinner-lexicon.ts), since spun copy spins titles too.
 */
import type { KbRole } from '../../kb/model.js';
import { spinnerSynonyms } from './spinner-lexicon.js';

export interface RoleClass {
  readonly id: string;
  /** Matches normalised KB role titles ("minister of defence"). */
  readonly title: RegExp;
  /** Matches the normalised context text ("defense secretary"). */
  readonly cue: RegExp;
}

/**
 * Order matters: the first class whose `title` matches a KB role is its class. Context
 * text is lower-case with every non-letter run turned into one space.
 */
export const ROLE_CLASSES: readonly RoleClass[] = [
  {
    id: 'eu-commission-president',
    title: /^president of the european commission$/,
    cue: /\b(european )?commission (president|chief|head|boss)\b|\bpresident of the (european )?commission\b|\bhead of the (european )?commission\b/,
  },
  {
    id: 'eu-council-president',
    title: /^president of the european council$/,
    cue: /\b(european )?council (president|chief)\b|\bpresident of the european council\b/,
  },
  {
    id: 'eu-parliament-president',
    title: /^president of the european parliament$/,
    cue: /\b(european )?parliament (president|speaker)\b|\bpresident of the european parliament\b/,
  },
  {
    id: 'high-representative',
    title: /high representative/,
    cue: /\bhigh representative\b|\bforeign (policy|affairs) (chief|head|boss)\b|\b(chief|head) of (the )?(eu|european union|bloc)( s)? (foreign|diplomacy|diplomatic)|\btop (eu )?diplomat\b|\bdiplomacy chief\b/,
  },
  {
    id: 'defence',
    title: /\b(minister|secretary) (of|for) (state for )?(defen[cs]e|war|the armed forces)\b/,
    cue: /\b(defen[cs]e|protection|war|armed forces|pentagon) (secretary|minister|chief|head|boss)\b|\b(secretary|minister) (of|for) (state for )?(defen[cs]e|war|the armed forces)\b|\bhead of the pentagon\b/,
  },
  {
    id: 'foreign',
    title:
      /\bminister (of|for) (europe and )?foreign affairs\b|^secretary of state$|\bforeign (minister|secretary)\b/,
    cue: /\b(foreign|overseas|international) (minister|secretary|affairs minister|office chief)\b|\bminister (of|for) (europe and )?(foreign|overseas) affairs\b|\bsecretary of state\b(?! for)|\btop diplomat\b/,
  },
  {
    id: 'finance',
    title: /\bminister (of|for) finance\b|\bsecretary of the treasury\b|\bchancellor of the exchequer\b/,
    cue: /\b(finance|treasury) (minister|secretary|chief)\b|\bchancellor of the exchequer\b|\bminister (of|for) finance\b|\bsecretary of the treasury\b/,
  },
  {
    id: 'interior',
    title: /\bminister (of|for) (the )?interior\b|\bhomeland security\b|\bhome secretary\b/,
    cue: /\b(interior|inside|home|dwelling) (minister|secretary)\b|\bminister (of|for) (the )?(interior|inside)\b|\bhomeland security (secretary|chief)\b/,
  },
  {
    id: 'justice',
    title: /\bminister (of|for) justice\b|\battorney general\b/,
    cue: /\bjustice (minister|secretary)\b|\bminister (of|for) justice\b|\b(attorney|lawyer|legal professional) (general|common|normal)\b/,
  },
  {
    id: 'deputy-pm',
    title: /\b(first )?deputy prime minister\b/,
    cue: /\bdeputy (prime minister|pm|premier)\b/,
  },
  {
    id: 'prime-minister',
    title: /^prime minister$/,
    cue: /(?<!deputy )\b(prime minister|premier|head of government)\b|\bpm\b/,
  },
  { id: 'vice-president', title: /^vice( |-)?president$/, cue: /\bvice( |-)?president\b|\bveep\b/ },
  { id: 'vice-chancellor', title: /^vice( |-)?chancellor$/, cue: /\bvice( |-)?chancellor\b/ },
  {
    id: 'chancellor',
    title: /^chancellor$/,
    cue: /(?<!vice )(?<!vice-)\bchancellor\b(?! of the exchequer)/,
  },
  {
    id: 'supreme-leader',
    title: /^supreme leader$/,
    cue: /\bsupreme (leader|chief)\b|\bayatollah\b|\bleader\b/,
  },
  { id: 'crown-prince', title: /^crown prince$/, cue: /\bcrown prince\b|\bde facto ruler\b/ },
  { id: 'monarch', title: /^(monarch|king|queen|emir|sultan)$/, cue: /\b(king|queen|monarch|emir|sultan)\b/ },
  {
    id: 'head-of-organisation',
    title: /\b(secretary( |-)general|director( |-)general|managing director|general secretary)\b/,
    cue: /\bsecretary( |-)(general|normal|common)\b|\bdirector( |-)(general|normal|common)\b|\bmanaging director\b|\b(general|normal|common) secretary\b|\b(chief|head|boss|leader)\b/,
  },
  {
    id: 'central-banker',
    title: /\b(central bank governor|governor|chair|chairman|chairwoman)\b/,
    cue: /\b(central bank|central financial institution|bank|financial institution|fed|ecb) (chief|head|governor|chair(man|woman)?|boss)\b|\bgovernor\b|\bchair(man|woman|s|ed)?\b|\bpresident\b/,
  },
  {
    id: 'president',
    title: /^president$/,
    cue: /(?<!vice )(?<!vice-)\bpresident\b|\bhead of state\b|\bleader\b/,
  },
  { id: 'envoy', title: /\benvoy\b/, cue: /\benvoy\b|\bnegotiator\b/ },
  {
    id: 'spokesperson',
    title: /\b(press secretary|spokes(man|woman|person))\b/,
    cue: /\bspokes(man|woman|person)\b|\bpress secretary\b/,
  },
  {
    id: 'military-chief',
    title:
      /\b(chief of (the )?(general|defence) staff|commander( |-)in( |-)chief|chief of defence|commander)\b/,
    cue: /\bchief of (the )?(general|defence) staff\b|\b(army|military|armed forces) (chief|head|commander)\b|\btop (general|commander)\b|\bcommander( |-)in( |-)chief\b|\bgeneral\b/,
  },
  {
    id: 'security-council-secretary',
    title: /\bsecretary of the (national )?security (council|and defen[cs]e council)\b/,
    cue: /\bsecurity (council|and defen[cs]e council) secretary\b|\bsecretary of the (national )?security (council|and defen[cs]e council)\b/,
  },
  {
    id: 'business-leader',
    title: /\b(chief executive officer|ceo|founder|chairman|owner)\b/,
    cue: /\bceo\b|\bchief (executive|govt)\b|\bboss\b|\bfounder\b|\bbillionaire\b|\btycoon\b|\bentrepreneur\b/,
  },
  {
    id: 'opposition-leader',
    title: /\bleader of the opposition\b/,
    cue: /\bopposition leader\b|\bleader of the opposition\b/,
  },
  { id: 'party-leader', title: /\bparty leader\b/, cue: /\bleader\b|\bparty (chief|head|chair)\b/ },
  {
    id: 'congressional-leader',
    title: /\b(senate|house) (majority|minority) (leader|whip)\b/,
    cue: /\b(senate|house)( democratic| republican)?( majority| minority)? (leader|whip)\b|\b(majority|minority) leader\b/,
  },
  { id: 'senator', title: /^senator$/, cue: /\bsenator\b|\bsen\b/ },
  {
    id: 'representative',
    title: /^(representative|member of congress)$/,
    cue: /\b(congressman|congresswoman|representative|rep)\b/,
  },
  { id: 'mp', title: /^member of parliament$/, cue: /\b(mp|lawmaker|legislator|member of parliament)\b/ },
  { id: 'commissioner', title: /\bcommissioner\b/, cue: /\bcommissioner\b/ },
  { id: 'mayor', title: /^mayor$/, cue: /\bmayor\b/ },
  { id: 'governor', title: /^governor$/, cue: /\bgovernor\b/ },
  { id: 'speaker', title: /^speaker$/, cue: /\bspeaker\b/ },
  { id: 'judge', title: /\b(judge|justice|prosecutor)\b/, cue: /\b(judge|justice|prosecutor)\b/ },
  {
    id: 'commentator',
    title: /\b(journalist|commentator|host|anchor)\b/,
    cue: /\b(journalist|commentator|host|anchor|pundit)\b/,
  },
];

/**
 * The words of a title as a pattern that also takes what spinners put for each word
 * (spinner-lexicon.ts): "director of national intelligence" reads "director of nationwide
 * intelligence", "health secretary" "well being secretary". Only for the generic cues built
 * from KB titles: the classes above list their spun words by hand.
 */
function spunWords(words: string): string {
  return words
    .split(' ')
    .map((w) => {
      const spun = spinnerSynonyms(w).filter((x) => /^[a-z ]+$/.test(x));
      return spun.length === 0 ? w : `(?:${[w, ...spun].join('|')})`;
    })
    .join(' ');
}

/** A generic `Secretary of X` → "X secretary"/"secretary of X" cue (US cabinet, UK secretaries of state). */
function genericSecretaryCue(title: string): RegExp | null {
  const m = /^secretary of (?:state for )?(?:the )?([a-z ]+)$/.exec(title);
  if (!m) return null;
  const portfolio = spunWords(m[1]!.replace(/ and .*$/, ''));
  return new RegExp(`\\b${portfolio} secretary\\b|\\bsecretary (of|for) (state for )?(the )?${portfolio}\\b`);
}

/**
 * Titles as the KB may spell them, reduced to the form the classes know:
 * "Interim President" → "president", "President of Syria" → "president".
 */
export function normalizeTitle(title: string): string {
  return title
    .replace(/^(interim|acting|transitional|caretaker|de facto|incumbent) /, '')
    .replace(
      /^(president|prime minister|vice president|chancellor|monarch|king|queen|emir) of (the )?[a-z ]+$/,
      '$1',
    )
    .trim();
}

/** A generic `Minister of X` → "X minister"/"minister of X" cue, for portfolios not listed above. */
function genericMinisterCue(title: string): RegExp | null {
  const m = /^minister (?:of|for) (?:the )?([a-z ]+)$/.exec(title);
  if (!m) return null;
  const portfolio = spunWords(m[1]!.replace(/ and .*$/, ''));
  return new RegExp(`\\b${portfolio} minister\\b|\\bminister (of|for) (the )?${portfolio}\\b`);
}

/** Lower-case, letters and digits only, one space between words (context and titles). */
export function cueText(text: string): string {
  // Most copy is ASCII: decomposing it would change nothing.
  const plain = ASCII.test(text)
    ? text.toLowerCase().replace(NON_ALNUM, ' ')
    : text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ');
  return hasSpunTitle(plain)
    ? plain
        .replace(SPUN_MINISTER, '$1 minister')
        .replace(SPUN_VICE, 'vice president')
        .replace(SPUN_SECRETARY, '$1 secretary')
        .replace(GUV, 'governor')
    : plain;
}

/**
 * Titles spinners turn into other senses of their words: "minister" into "priest" or
 * "pastor" after an office word ("Foreign Priest", "International Priest", "Defence
 * Pastor"), "vice president" into "vice head of state", "governor" into "guv", "secretary" into
 * "assistant" after an office word ("Overseas Assistant"). Read back as the title, so role
 * cues see it and the clergy word is no private-life cue.
 */
/**
 * A cheap first test (cue text is read for every mention): whether any of the words above
 * occurs at all ("priest", "pastor", "preacher", "guv", "vice head", "clergyman", "assistant"). One scan
 * of literal alternatives is about twice as fast as six substring scans.
 */
function hasSpunTitle(plain: string): boolean {
  return SPUN_TITLE_WORDS.test(plain);
}
const SPUN_TITLE_WORDS = /p(?:riest|astor|reacher)|guv|vice head|clergyman|assistant/;
const SPUN_MINISTER =
  /\b(foreign|international|overseas|defen[cs]e|protection|prime|finance|interior|justice|trade|economy|energy|health|education|home|affairs|cabinet|government|deputy) (?:priest|pastor|clergyman|preacher)\b/g;
const SPUN_VICE = /\bvice head of (?:state|government)\b/g;
/** "Overseas Assistant", "Protection Assistant": "secretary" spun in its clerical sense, after an office word. */
const SPUN_SECRETARY =
  /\b(foreign|overseas|international|defen[cs]e|protection|home|treasury|health|state|energy|trade|business|culture|justice|environment|transport|education|interior|homeland security|press) assistant\b/g;
/** "Guv", British slang (and a spinner's word) for governor. */
const GUV = /\bguv\b/g;

const ASCII = /^[\x00-\x7f]*$/;
const NON_ALNUM = /[^a-z0-9]+/g;

/** Cue pattern per KB title as written (the KB repeats a few hundred titles). */
const classCache = new Map<string, RegExp | null>();

/**
 * Where "Chancellor" alone names the finance minister (the UK's Chancellor of the Exchequer,
 * whom the KB may file as Minister of Finance): elsewhere it is the head of government.
 */
const CHANCELLOR_IS_FINANCE = new Set(['GB']);

/** The cue pattern for a KB role title (cached), or null when no class knows it. */
export function cueForRole(role: Pick<KbRole, 'role'> & { readonly org?: string }): RegExp | null {
  const byCountry = role.org !== undefined && CHANCELLOR_IS_FINANCE.has(role.org);
  const key = byCountry ? `${role.role}\u0000${role.org}` : role.role;
  const cached = classCache.get(key);
  if (cached !== undefined) return cached;
  const raw = cueText(role.role).trim();
  const title = normalizeTitle(raw);
  const cls = ROLE_CLASSES.find((c) => c.title.test(title));
  let cue =
    cls?.cue ??
    genericMinisterCue(title) ??
    genericSecretaryCue(title) ??
    (title.length > 3 ? new RegExp(`\\b${spunWords(title)}\\b`) : null);
  if (byCountry && cls?.id === 'finance' && cue) cue = new RegExp(`${cue.source}|(?<!vice )\\bchancellor\\b`);
  // "President of the European Commission" has a class of its own ("Commission chief"), which
  // the shortened title ("president") would miss: both cues count.
  const own = title === raw ? undefined : ROLE_CLASSES.find((c) => c.title.test(raw));
  if (own && own !== cls) cue = cue ? new RegExp(`${own.cue.source}|${cue.source}`) : own.cue;
  classCache.set(key, cue);
  return cue;
}

/**
 * Generic head words ("chief", "head", "leader") and business titles ("founder", "CEO": there
 * are thousands of each) are weak alone: they count only when the role's organisation or
 * country is named too.
 */
export const WEAK_CUES =
  /^(chief|head|boss|leader|president|general|governor|chair|chairs|chaired|chairman|chairwoman|ceo|chief executive|founder|co founder|cofounder|billionaire|tycoon|entrepreneur)$/;

/** Any role cue at all (every class, plus "minister"/"secretary" phrasings): a cheap pre-check. */
export const ANY_ROLE_CUE = new RegExp(
  [...ROLE_CLASSES.map((c) => c.cue.source), '\\bminister\\b', '\\bsecretary\\b']
    .map((x) => `(?:${x})`)
    .join('|'),
);
