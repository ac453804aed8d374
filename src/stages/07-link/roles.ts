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
  // Before the central bankers' class, whose "chairman" would take this title and read it as
  // a weak cue: "Chairman of the Joint Chiefs of Staff" is a title of its own.
  {
    id: 'joint-chiefs-chair',
    title: /\bchair(man|woman)? of the joint chiefs\b/,
    cue: /\bchair(man|woman)? of the joint chiefs\b|\bjoint chiefs (chairman|chairwoman|chair)\b/,
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
      const spelled = SPELLED_EITHER_WAY[w];
      if (spelled) spun.push(spelled);
      return spun.length === 0 ? w : `(?:${[w, ...spun].join('|')})`;
    })
    .join(' ');
}

/** Title words copy spells either way ("National Security Adviser" of a KB "Advisor"). */
const SPELLED_EITHER_WAY: Readonly<Record<string, string>> = {
  advisor: 'adviser',
  adviser: 'advisor',
  advisors: 'advisers',
  advisers: 'advisors',
};

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
  return withSpunTitlesRead(plain);
}

/** `plain` (lower-case letters and digits, one space between words) with spun titles read back. */
function withSpunTitlesRead(plain: string): string {
  return hasSpunTitle(plain)
    ? plain
        .replace(SPUN_MINISTER, '$1 minister')
        .replace(SPUN_VICE, 'vice president')
        .replace(SPUN_SECRETARY, '$1 secretary')
        .replace(GUV, 'governor')
    : plain;
}

/**
 * The cue text of any span of one document, `cueText(text.slice(start, end))`, cut from
 * the document's own plain form made once: mentions' contexts and sentences are read from
 * it without lower-casing and rewriting each span. `cueText` reads a text code point by
 * code point: each one gives its letters and digits (decomposed, marks dropped, lower
 * case: "é" → "e", "ﬁ" → "fi", a mark → nothing) and every other character a space, and
 * each run of spaces becomes one. So a span's plain form is the part of the document's
 * that its code points gave: a run cut by the span's edge still gives its space, a word
 * cut gives its cut letters. (A span whose edge splits a surrogate pair is read on its
 * own.) Spun titles are read back span by span (a title cut by the edge is not one), and
 * only when the document holds their words at all: the test reads no word boundaries, so
 * a span holds them only if the document does.
 */
/** Scratch of DocumentCueText's constructor: the plain form's codes (module state, grown as needed). */
let scratchCodes = new Uint8Array(0);
/** The plain form is ASCII (letters, digits, spaces): its bytes read as one string at once. */
const ASCII_BYTES = new TextDecoder('latin1');

export class DocumentCueText {
  private readonly plain: string;
  /**
   * Where in `plain` the part each UTF-16 unit gave starts, and how long it is (0 for a
   * dropped mark): `[from, from + width)`. 16-bit starts while the plain form is shorter than
   * 65,536 characters (every news article), 8-bit widths while no part is 256 long: made
   * per document, the arrays are kept small. Written in one pass over the text, straight
   * into the document's arrays (a wider array taken over only when a part outgrows them):
   * an ASCII unit's part is one character.
   */
  private readonly from: Uint16Array | Int32Array;
  private readonly width: Uint8Array | Uint16Array;
  private readonly spun: boolean;

  constructor(private readonly text: string) {
    const n = text.length;
    // The plain form's character codes, ASCII only (a code point may give several: "ﬃ").
    if (scratchCodes.length < n + 16) scratchCodes = new Uint8Array((n + 16) * 2);
    let codes = scratchCodes;
    // Only a code point beyond ASCII makes the plain form longer than the text.
    let from: Uint16Array | Int32Array = n < 0x10000 ? new Uint16Array(n) : new Int32Array(n);
    let width: Uint8Array | Uint16Array = new Uint8Array(n);
    let len = 0;
    let inRun = false;
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        // ASCII, most of any text: its letter or digit, a run's space, or a place in a run.
        const x = c >= 65 && c <= 90 ? c + 32 : c;
        if ((x >= 97 && x <= 122) || (x >= 48 && x <= 57)) {
          from[i] = len;
          codes[len++] = x;
          inRun = false;
        } else if (!inRun) {
          from[i] = len;
          codes[len++] = 32;
          inRun = true;
        } else from[i] = len - 1;
        width[i] = 1;
        i++;
        continue;
      }
      const cp = text.codePointAt(i)!;
      const units = cp > 0xffff ? 2 : 1;
      const out = codePointPlain(cp);
      // Room for this code point's characters and one for each unit after it.
      const need = len + out.length + (n - i - units) + 1;
      if (need > codes.length) {
        const grown = new Uint8Array(need * 2);
        grown.set(codes);
        codes = grown;
        scratchCodes = grown;
      }
      const before = len;
      // A code point whose first character is no letter or digit, after a run's space: it
      // still gives that space (read alone, its span starts with it).
      let first = before;
      for (let k = 0; k < out.length; k++) {
        const x = out.charCodeAt(k);
        if ((x >= 97 && x <= 122) || (x >= 48 && x <= 57)) {
          codes[len++] = x;
          inRun = false;
        } else if (!inRun) {
          codes[len++] = 32;
          inRun = true;
        } else if (k === 0) first = before - 1;
      }
      const start = out.length === 0 ? before : first;
      // The places from here on reach at most one a unit past `len`: 32 bits when 16 may not do.
      if (from instanceof Uint16Array && len + (n - i - units) >= 0x10000) from = Int32Array.from(from);
      if (len - start >= 0x100 && width instanceof Uint8Array) width = Uint16Array.from(width);
      for (let k = 0; k < units; k++) {
        from[i + k] = start;
        width[i + k] = len - start;
      }
      i += units;
    }
    this.plain = ASCII_BYTES.decode(codes.subarray(0, len));
    this.from = from;
    this.width = width;
    this.spun = hasSpunTitle(this.plain);
  }

  /** Where the part of unit `i` ends in `plain`. */
  private endOf(i: number): number {
    return this.from[i]! + this.width[i]!;
  }

  /** `cueText(text.slice(start, end))`. */
  of(start: number, end: number): string {
    if (end <= start) return '';
    const { text } = this;
    // A surrogate pair split by an edge: its halves read apart.
    if (isLowSurrogate(text.charCodeAt(start)) || isHighSurrogate(text.charCodeAt(end - 1)))
      return cueText(text.slice(start, end));
    let a = start;
    while (a < end && this.endOf(a) <= this.from[a]!) a++;
    if (a === end) return '';
    let b = end - 1;
    while (this.endOf(b) <= this.from[b]!) b--;
    const plain = this.plain.slice(this.from[a]!, this.endOf(b));
    return this.spun ? withSpunTitlesRead(plain) : plain;
  }
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

/** What `cueText` makes of one code point beyond ASCII before its last step: decomposed, marks dropped, lower case. */
const codePointPlains = new Map<number, string>();

function codePointPlain(cp: number): string {
  let out = codePointPlains.get(cp);
  if (out === undefined) {
    out = String.fromCodePoint(cp)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    codePointPlains.set(cp, out);
  }
  return out;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
const NON_ALNUM = /[^a-z0-9]+/g;

/**
 * A title naming the leadership of a body ("Gaza leader", "head of the political bureau",
 * "co-founder"); not a post whose head word only qualifies it ("deputy chief minister").
 */
const HEADSHIP_TITLE =
  /^(?!deputy |vice )(?:[a-z]+ ){0,2}(?:leader|chief|head|co ?founder|founder)$|^(?:leader|head|chief|founder) of /;

/** What copy calls such a leader beside the body's name ("the Hamas leader", "Hezbollah chief"). */
const HEADSHIP_CUE = /\b(?:leader|chief|head|founder)\b/;

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
 * "Gaza leader", "Head of the Political Bureau" (Hamas): a title no role class knows that is
 * a body's leadership is also what copy calls "the Hamas leader" or "the Hamas chief". Such a
 * head word is evidence only with the role's own organisation named beside it (the caller
 * checks), so "X, the Apple chief" never makes the candidate a politician; and it is no title
 * the article "uses" for support (it is not part of `cueForRole`). Null for other titles.
 */
export function headshipCue(role: Pick<KbRole, 'role' | 'org' | 'orgId'>): RegExp | null {
  // A body, not a country: "the Indian leader" is what the class cues of state posts read.
  if (role.orgId?.startsWith('cd:country/') || /^[A-Z]{2}$/.test(role.org)) return null;
  let headship = headshipTitles.get(role.role);
  if (headship === undefined) {
    const title = normalizeTitle(cueText(role.role).trim());
    headship = HEADSHIP_TITLE.test(title) && !ROLE_CLASSES.some((c) => c.title.test(title));
    headshipTitles.set(role.role, headship);
  }
  return headship ? HEADSHIP_CUE : null;
}

/** Whether a KB title (as written) is a headship no class knows: the KB repeats its titles. */
const headshipTitles = new Map<string, boolean>();

/**
 * Generic head words ("chief", "head", "leader") and business titles ("founder", "CEO": there
 * are thousands of each) are weak alone: they count only when the role's organisation or
 * country is named too.
 */
export const WEAK_CUES =
  /^(chief|head|boss|leader|president|general|governor|chair|chairs|chaired|chairman|chairwoman|ceo|chief executive|founder|co founder|cofounder|billionaire|tycoon|entrepreneur)$/;

/**
 * Words one of which every match of {@link ANY_ROLE_CUE} holds as a whole word (letters and
 * digits between non-word characters): each alternative of every class cue names one
 * ("commission" in "commission president", "chair" … "chaired", "vice" or "vicepresident",
 * "pm"). Keep in step with ROLE_CLASSES: roles.test.ts checks it on phrases of their words.
 */
const ROLE_ANCHORS = `commission council parliament representative foreign chief head diplomat diplomacy
  secretary minister boss pentagon chancellor homeland justice general common normal deputy prime premier
  pm vice vicepresident vicechancellor veep supreme ayatollah leader crown ruler king queen monarch emir
  sultan director governor chair chairman chairwoman chairs chaired president envoy negotiator spokesman
  spokeswoman spokesperson commander ceo founder billionaire tycoon entrepreneur whip senator sen
  congressman congresswoman rep mp lawmaker legislator commissioner mayor speaker judge prosecutor
  journalist commentator host anchor pundit`.split(/\s+/);

/** Size of the anchor-word filter, in bits (a power of two). */
const ANCHOR_BITS = 1 << 12;

/** Hash of the characters `start` to `end` of `text`, in 0..ANCHOR_BITS-1. */
function anchorHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h & (ANCHOR_BITS - 1);
}

const ANCHOR_FILTER = new Uint32Array(ANCHOR_BITS / 32);
for (const w of ROLE_ANCHORS) {
  const h = anchorHash(w, 0, w.length);
  ANCHOR_FILTER[h >>> 5]! |= 1 << (h & 31);
}

/**
 * Whether {@link ANY_ROLE_CUE} may match `text`: false only when no run of lower-case letters
 * and digits in it is one of ROLE_ANCHORS (by hash: a collision only answers true). A match
 * holds an anchor between word boundaries, and any character but a-z and 0-9 ends a run, so
 * the anchor is such a run. One pass, nothing allocated: most contexts hold no title.
 */
export function mayHaveRoleCue(text: string): boolean {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const h = anchorHash(text, start, i);
    if ((ANCHOR_FILTER[h >>> 5]! & (1 << (h & 31))) !== 0) return true;
    start = -1;
  }
  return false;
}

/** Any role cue at all (every class, plus "minister"/"secretary" phrasings): a cheap pre-check. */
export const ANY_ROLE_CUE = new RegExp(
  [...ROLE_CLASSES.map((c) => c.cue.source), '\\bminister\\b', '\\bsecretary\\b']
    .map((x) => `(?:${x})`)
    .join('|'),
);
