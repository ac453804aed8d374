/**
 * Mention spans as the linker wants them. A tagger's spans and types are guesses: a title
 * may be inside the span ("Exchequer Rachel Reaves"), a particle may have cut a name in two
 * ("Mohamed" | "bin Salman"), a person may be typed as a place. And a tagger misses names,
 * most often at the start of a sentence: `missedMentions` offers capitalised words that no
 * mention covers, for the linker to accept only when the KB and the article vouch for them.
 */
import type { EntityType, Mention, Token } from '../../core/annotations.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { withModelAfter } from './firm-names.js';
import { FoldedWordSet } from './folded-words.js';
import { withoutPlaceParticiple } from './place-participles.js';
import { regnalNumeralAt } from './regnal-numerals.js';
import { NAME_SPIN_HEADS } from './spinner-lexicon.js';

/** Words that stand before names but are not part of them (lower case). */
const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss dr sir dame lord lady prof president vice prime minister ministers secretary general ' +
    'secretary-general chancellor vice-chancellor exchequer defence defense foreign finance interior home treasury ' +
    'state chief commissioner senator sen rep gen governor mayor king queen prince princess crown ambassador envoy ' +
    'special spokesman spokeswoman spokesperson chairman chairwoman chair director director-general ceo high ' +
    'representative supreme leader deputy pope premier commander commander-in-chief former ex acting interim ' +
    'outgoing incoming top head boss founder executive managing economy trade energy health justice opposition ' +
    'party committee lt col sgt capt maj admiral marshal justice judge sheikh emir sultan ayatollah speaker house ' +
    'senate congressman congresswoman minority majority whip assemblyman assemblywoman assemblymember ' +
    'councilman councilwoman councillor councilor alderman ' +
    // "Rival Issa Tchiroma Bakary claimed victory": a contender's description at a sentence start.
    'rival challenger candidate nominee ' +
    // Spun titles (spinner-lexicon.ts): "Secretary-Normal", "Overseas Minister".
    'secretary-normal director-normal overseas protection guv ' +
    // "Head Of State Ursula …": a spun title, capitalised throughout.
    'of'
  ).split(' '),
);

const PARTICLE = /^(bin|ibn|ben|bint|al|el|von|fon|vom|van|der|den|de|da|di|dos|du|la|le|zu)$/;
/** First letters (char codes) of the particles above. */
const PARTICLE_START = new Set([...'bivfdlz'].map((ch) => ch.charCodeAt(0)));

/**
 * Capitalised words that start sentences but are never a name on their own: closed-class
 * words, weekdays and months that are not also names (May, June, April and August are).
 * Offering them to the linker would only cost time.
 */
const NEVER_A_NAME = new Set(
  (
    'the a an and but or nor so yet for if when while after before since until as at by from in into of ' +
    'on onto over to under with without within about against among between through during despite ' +
    'he she it we they i you his her its our their my your him them us me this that these those there ' +
    'here what which who whom whose where why how then also all any both each every either neither ' +
    'some many most much more few several no not nobody none nothing everyone everybody someone ' +
    'is was are were be been has have had do does did will would can could should must might shall ' +
    'according asked speaking meanwhile however instead still even only just yes ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march september ' +
    'october november december feb sept oct nov dec'
  ).split(' '),
);

/** TITLE_WORDS and NEVER_A_NAME asked about spans of the text (no string cut per test). */
const TITLE_SPANS = new FoldedWordSet(TITLE_WORDS);
const NEVER_A_NAME_SPANS = new FoldedWordSet(NEVER_A_NAME);

/** The runs of non-space characters of `text[start, end)` (as `/[^\s]+/g` finds them), with their places. */
export function words(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let from = -1;
  for (let i = start; i <= end; i++) {
    const space = i === end || isSpaceAt(text, i);
    if (from < 0) {
      if (!space) from = i;
    } else if (space) {
      out.push({ start: from, end: i, text: text.slice(from, i) });
      from = -1;
    }
  }
  return out;
}

/**
 * Whether `text[start, end)` holds at least `atLeast` runs of non-space characters (what
 * `/\S+/g` finds there), counted without cutting any out: a quick test before the runs are
 * made.
 */
export function hasWords(text: string, start: number, end: number, atLeast: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    if (isSpaceAt(text, i)) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++count >= atLeast) return true;
    }
  }
  return false;
}

/**
 * The end of each run of non-space characters of `text[start, end)` (where `/\S+/g` finds
 * its matches end), into `out` (emptied first): no match made per word.
 */
export function wordEnds(text: string, start: number, end: number, out: number[]): number[] {
  out.length = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    if (isSpaceAt(text, i)) {
      if (inWord) out.push(i);
      inWord = false;
    } else inWord = true;
  }
  if (inWord) out.push(end);
  return out;
}

/**
 * Demonyms that are nouns ("Briton Lando Norris", "Frenchman Leon Marchand"): the KB holds the
 * adjectives ("British"), copy puts the noun before a sportsman's name. Only forms no given
 * name takes (not "Dane", "Scot", "Pole").
 */
const NOUN_DEMONYMS = new Set(
  `briton britons frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman
  welshman welshwoman dutchman dutchwoman spaniard swiss kiwi aussie argentine filipino filipina`.split(
    /\s+/,
  ),
);

function isTitle(word: string, kb: KnowledgeBase): boolean {
  const w = word.replace(/[.,'’]+$/, '').replace(/['’]s$/, '');
  if (TITLE_WORDS.has(w.toLowerCase()) || NOUN_DEMONYMS.has(w.toLowerCase())) return true;
  // Only a capitalised word can be a demonym ("German"); lower-case words need no lookup.
  const c = w.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  return kb.lookup(w).some((h) => h.kind === 'demonym');
}

/**
 * Trades and callings written before a name ("singer Katy Perry", "billionaire Elon Musk", "former
 * Marine Paul Whelan"; "Marine Le Pen" is a KB name, so kept whole): no
 * title, so kept for a body, but never part of a person's name.
 */
const TRADE_WORDS = new Set(
  (
    'singer singer-songwriter songwriter rapper musician guitarist drummer pianist composer actor actress ' +
    'comedian filmmaker novelist author writer poet artist painter photographer designer model dancer ' +
    'footballer striker midfielder goalkeeper golfer boxer cyclist swimmer sprinter athlete tennis ' +
    'billionaire tycoon entrepreneur investor businessman businesswoman astronaut influencer presenter ' +
    'broadcaster journalist reporter activist economist scientist historian architect chef star superstar host ' +
    // "former Marine Paul Whelan": a serviceman's calling, capitalised for the US Marines.
    'marine soldier sailor airman veteran'
  ).split(' '),
);

/** Titles only people bear, before a surname ("President Aoun", "Chancellor Merz"). */
const PERSON_TITLE =
  /^(?:President|Chancellor|Premier|Senator|Governor|Mayor|King|Queen|Emir|Sultan|Sheikh|Ayatollah|Pope)$/;

/** A surname of a KB person that names no place or body: "Aoun", not "Jordan". */
function isPersonSurnameOnly(kb: KnowledgeBase, surface: string): boolean {
  const hits = kb.lookup(surface);
  return (
    hits.some((h) => h.entity.type === 'person' && h.kind === 'surname') &&
    !hits.some((h) => h.entity.type !== 'person' && isNameOrAlias(h))
  );
}

function isPersonName(kb: KnowledgeBase, surface: string): boolean {
  return kb.lookup(surface).some((h) => h.entity.type === 'person' && isNameOrAlias(h));
}

/**
 * Trims leading title words and demonyms, extends a name over a particle and the
 * capitalised word after it, joins two adjacent mentions that together are a KB person,
 * and retypes a mention as a person when the KB knows its words only as a person's name.
 */
export function adjustMentions(kb: KnowledgeBase, text: string, input: readonly Mention[]): Mention[] {
  const sorted: Mention[] = [];
  for (const original of input) {
    const m = nameBeforeAs(kb, text, withoutTitleHead(text, original));
    const pair = splitNamePair(kb, text, m);
    if (pair) sorted.push(pair[0], pair[1]);
    else sorted.push(m);
  }
  sorted.sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  const extendedEnds = new Set<number>();
  for (const original of sorted) {
    let m: Mention = original;
    // "Mohamed bin Salman", "Ursula von der Leyen" cut at the particle.
    // (Also "fon", "vom": how translation round trips spell "von".) Before titles are trimmed:
    // "Sheikh Mohammed" may be a KB alias, "Sheikh Mohammed bin Zayed" is not.
    let tail = particleMayFollow(text, m.end)
      ? /^(\s+(?:(?:bin|ibn|ben|bint|al|el|von|fon|vom|van|der|den|de|da|di|do|dos|das|du|la|le|zu)[\s-]+)+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:[Aa]l|[Ee]l|[Bb]in|[Bb]int|Abu)[\s-]+\p{Lu}[\p{L}\p{M}'’-]*)*)/u.exec(
          text.slice(m.end, m.end + 60),
        )
      : null;
    // "[Tamim] bin Hamad Al Thani": a tagger may type the given name before the particle as a
    // place or body; the whole run is then the person's only when the KB names a person so.
    if (tail && m.type !== 'person' && m.type !== 'misc') {
      if (!hasSpace(text, m.start, m.end) && isPersonName(kb, text.slice(m.start, m.end + tail[1]!.length)))
        m = { ...m, type: 'person' };
      else if (titledGivenNameBefore(kb, text, m, m.end + tail[1]!.length)) m = { ...m, type: 'person' };
      else tail = null;
    }
    // "Robert [F. Kenedy Jr.]": a tagger stops at the initial; the initials, the capitalised
    // word after them and a generational suffix are the rest of the name.
    const initials =
      m.type === 'person' && !tail
        ? /^(\s+(?:\p{Lu}\.\s?){1,2}\s*\p{Lu}[\p{Ll}'’-]+(?:,?\s+(?:Jr|Sr|Jnr|Snr)\b\.?)?)/u.exec(
            text.slice(m.end, m.end + 40),
          )
        : null;
    // "[Armand] ["Mondo"] [Duplantis]": a nickname in quotes between given name and surname,
    // which taggers cut into three mentions (the first often typed as nothing in particular),
    // is inside the person's name.
    const nickname =
      (m.type === 'person' || m.type === 'misc') && !tail && !initials && !hasSpace(text, m.start, m.end)
        ? NICKNAME_AND_SURNAME.exec(text.slice(m.end, m.end + 60))
        : null;
    // "[Robert F. Kennedy] Jr.": a generational suffix the tagger left out is part of the name —
    // without it the name is the father's, whom the KB may hold too. (A dot or a comma after
    // the name first: most names end in neither.)
    const generation =
      m.type === 'person' && !initials && text.startsWith(' ', m.end)
        ? GENERATION_AFTER.exec(text.slice(m.end, m.end + 8))
        : null;
    let extended = tail !== null || initials !== null || nickname !== null || generation !== null;
    if (tail) m = { ...m, end: m.end + tail[1]!.length };
    if (initials) m = { ...m, end: m.end + initials[1]!.length };
    if (generation) m = { ...m, end: m.end + generation[0].length };
    if (nickname) m = { ...m, end: m.end + nickname[0].length, type: 'person' };
    // "[Esad] Şeybani", "Hüseyin Emir [Abdullahiyan]": the tagger, trained on English copy,
    // stops at name words with letters English does not write.
    if (m.type === 'person') {
      const wider = withForeignNeighbours(text, m, sorted);
      if (wider !== m) {
        m = wider;
        extended = true;
      }
    }
    // "Tim Prepare [dinner]": a spun name word of several words, cut by the tagger at its first.
    if (m.type === 'person') {
      const last = lastLetters(text, m.start, m.end)?.toLowerCase();
      const rest = last ? NAME_SPIN_HEADS.get(last) : undefined;
      const more = rest
        ? new RegExp(`^\\s+${rest}(?![\\p{L}])`, 'iu').exec(text.slice(m.end, m.end + 30))
        : null;
      if (more) m = { ...m, end: m.end + more[0].length };
    }
    // Leading titles: keep at least one word. (A mention of one word has none to trim.)
    let first = 0;
    const ws = hasSpace(text, m.start, m.end) ? words(text, m.start, m.end) : null;
    if (ws) {
      // …unless the title is part of the name ("Pope Leo XIV", "Prince William").
      const whole = text.slice(m.start, m.end).replace(/['’]s$/, '');
      const named = kb.lookup(whole).some(isNameOrAlias);
      while (
        !named &&
        first < ws.length - 1 &&
        (isTitle(ws[first]!.text, kb) || spunGeneralAfterTitle(text, ws, first))
      )
        first++;
    }
    // "[Singer Katy Perry]" typed as a body: a trade word glued to a name (at a sentence start
    // it is capitalised) is no part of it when the rest is exactly a KB person's name — or the
    // one word by which the KB knows a person ("[Host Lula] urged …").
    if (
      ws &&
      first === 0 &&
      ws.length >= 2 &&
      TRADE_WORDS.has(ws[0]!.text.toLowerCase()) &&
      !kb.lookup(text.slice(m.start, m.end)).some(isNameOrAlias) &&
      isPersonName(kb, text.slice(ws[1]!.start, m.end).replace(/['’]s$/, ''))
    ) {
      m = { ...m, start: ws[1]!.start, type: 'person' };
    }
    if (ws && first > 0) {
      // An organisation or place keeps its words ("State Department", "Supreme Court") unless
      // what is left is a person the KB knows or a run of capitalised names ("Exchequer Rachel Reaves",
      // "Sheikh Mohammed bin Zayed": particles inside).
      const rest = text.slice(ws[first]!.start, m.end).replace(/['’]s$/, '');
      if (
        m.type === 'person' ||
        isPersonName(kb, rest) ||
        /^\p{Lu}\S*(\s+(?:(?:bin|ibn|al|el|von|van|der|de|da|di|du|la|le)\s+)*\p{Lu}\S*)+$/u.test(rest)
      ) {
        m = { ...m, start: ws[first]!.start };
      } else if (first === 1 && PERSON_TITLE.test(ws[0]!.text) && isPersonSurnameOnly(kb, rest)) {
        // "[President Aoun]" typed as a body: a person's title and a surname only a person bears.
        m = { ...m, start: ws[first]!.start, type: 'person' };
      }
    }
    m = withoutPlaceParticiple(kb, text, m);
    const unwidened = m.start;
    m = widenToKnownName(kb, text, m);
    // A mention of the word taken in ("Christian" of "Christian [Democratic Union]") is the name's.
    while (
      m.start < unwidened &&
      out.length > 0 &&
      out[out.length - 1]!.start >= m.start &&
      out[out.length - 1]!.end <= unwidened
    )
      out.pop();
    // "the EU's von der Leyen": lower-case particles before the name belong to it when the KB says so.
    const head = particleMayPrecede(text, m.start)
      ? /(?:^|[^\p{L}])((?:(?:von|van|der|den|de|da|di|dos|du|la|le|bin|al|el|zu)\s+)+)$/u.exec(
          text.slice(Math.max(0, m.start - 20), m.start),
        )
      : null;
    if (head) {
      const start = m.start - head[1]!.length;
      if (kb.lookup(text.slice(start, m.end)).some((h) => h.entity.type === 'person'))
        m = { ...m, start, type: 'person' };
    }
    const prev = out[out.length - 1];
    if (prev && prev.end >= m.start - 1 && /^\s?$/.test(text.slice(prev.end, m.start))) {
      const joined = text.slice(prev.start, Math.max(prev.end, m.end));
      if (isPersonName(kb, joined)) {
        out[out.length - 1] = { ...prev, end: Math.max(prev.end, m.end), type: 'person' };
        continue;
      }
    }
    // A mention inside a name this function extended is that name; nested tagger mentions
    // ("NATO" inside "NATO summit in The Hague") are kept.
    if (prev && m.start < prev.end && extendedEnds.has(prev.end)) continue;
    if (extended) extendedEnds.add(m.end);
    const surface = text.slice(m.start, m.end).replace(/['’]s$/, '');
    if (m.type !== 'person' && retypeAsPerson(kb, surface, m.type)) m = { ...m, type: 'person' };
    const body = m.type === 'person' ? bodyBeforeTitle(kb, text, m, out) : null;
    if (body) out.push(body);
    out.push(m);
  }
  return out;
}

/**
 * "[Emir Tamim] bin [Hamad al-Thani]": a tagger may take a title and the given name for a
 * place or body and cut the name at the particle. The run from the given name on is the
 * person's when the KB names a person so and every word before it is a title ("Emir", "Crown
 * Prince"); the title is trimmed after. Read only when the mention has a space.
 */
function titledGivenNameBefore(kb: KnowledgeBase, text: string, m: Mention, nameEnd: number): boolean {
  const ws = hasSpace(text, m.start, m.end) ? words(text, m.start, m.end) : null;
  if (!ws || ws.length > 3) return false;
  const given = ws[ws.length - 1]!;
  return (
    ws.slice(0, -1).every((w) => isTitle(w.text, kb)) && isPersonName(kb, text.slice(given.start, nameEnd))
  );
}

/** " Jr.", " Jnr", " Sr", " Junior": a generational suffix right after a person's name. */
const GENERATION_AFTER = /^\s(?:(?:Jr|Jnr|Sr|Snr)\b\.?|Junior\b)/u;

/** A quoted nickname and a surname right after a given name: ` "Mondo" Duplantis`. */
const NICKNAME_AND_SURNAME =
  /^\s+["“]\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?["”]\s+\p{Lu}[\p{L}'’-]+(?![\p{L}'’-])/u;

/**
 * "[New Zealand Prime] Minister Christopher Luxon": the first word of a two-word title the
 * tagger took into the country's or body's name before it. The title's head follows the
 * mention, so the word is the title's, not the name's ("New Zealand First" stays whole).
 */
const TITLE_HEAD_END = /\s(?:Prime|Foreign|Defence|Defense|Finance|Interior|Deputy|Vice)$/;
const TITLE_HEAD_AFTER = /^\s+(?:Minister|Secretary|President|Premier|Chancellor)\b/;

function withoutTitleHead(text: string, m: Mention): Mention {
  if (m.type === 'person') return m;
  const cut = titleHeadAtEnd(text, m.start, m.end);
  return cut > 0 ? { ...m, end: m.end - cut } : m;
}

/** The length of a title's first word ending the span with the title's head after it, else 0. */
export function titleHeadAtEnd(text: string, start: number, end: number): number {
  const cut = TITLE_HEAD_END.exec(text.slice(start, end));
  return cut && TITLE_HEAD_AFTER.test(text.slice(end, end + 20)) ? cut[0].length : 0;
}

/** A capitalised word, then one or two title words, right before a person mention ("Fed Chair …"). */
const WORD_AND_TITLES = /(?:^|[^\p{L}'’])(\p{Lu}[\p{L}]{1,11})((?:\s+[\p{L}-]+){1,2})(\s+)$/u;

/**
 * "Fed Chair Jerome Powell", "Bundesbank President Joachim Nagel": the tagger takes the title
 * and the body's short name before a person for part of the title and leaves them out. The
 * body's word is a mention of its own when the KB gives it to one organisation only (as its
 * short form, name or alias), of prominence 4 or more, and no mention holds it yet.
 */
function bodyBeforeTitle(
  kb: KnowledgeBase,
  text: string,
  m: Mention,
  out: readonly Mention[],
): Mention | null {
  // The word right before the name must be a title: most names have none, or a verb.
  let i = m.start - 1;
  while (i >= 0 && isSpaceAt(text, i)) i--;
  if (i === m.start - 1 || i < 0) return null;
  let w = i;
  while (w >= 0 && !isSpaceAt(text, w)) w--;
  if (!TITLE_SPANS.has(text, w + 1, i + 1)) return null;
  const from = Math.max(0, m.start - 40);
  const match = WORD_AND_TITLES.exec(text.slice(from, m.start));
  if (!match) return null;
  const word = match[1]!;
  if (NEVER_A_NAME.has(word.toLowerCase()) || TITLE_WORDS.has(word.toLowerCase())) return null;
  const titles = match[2]!.trim().split(/\s+/);
  if (!titles.every((t) => TITLE_WORDS.has(t.toLowerCase()))) return null;
  const start = from + match.index + match[0].length - match[3]!.length - match[2]!.length - word.length;
  const end = start + word.length;
  if (out.some((o) => o.start < end && o.end > start)) return null;
  const hits = kb.lookup(word).filter((h) => h.kind === 'short' || isNameOrAlias(h));
  const body = hits[0]?.entity;
  if (
    body?.type !== 'organization' ||
    body.prominence < 4 ||
    hits.some((h) => h.entity !== body) ||
    kb.lookup(word).some((h) => h.entity.type === 'person')
  )
    return null;
  return { start, end, type: 'organization', by: 'link', confidence: 0.6 };
}

/** A capitalised word with a letter beyond ASCII ("Şeybani", "Hüseyin"): a name word English copy seldom writes. */
const FOREIGN_NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const BEYOND_ASCII = /(?=[^\x00-\x7f])\p{L}/u;

/** True when a character of `text[start, end)` is beyond ASCII. */
function beyondAsciiNear(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 128) return true;
  return false;
}

/**
 * A person mention widened over the capitalised words next to it (one space apart, no
 * mention on them) when those words hold a letter beyond ASCII: the tagger's blind spot,
 * not an English word. Title words taken in before the name are left out (trimmed after).
 */
function withForeignNeighbours(text: string, m: Mention, all: readonly Mention[]): Mention {
  // Nothing beyond ASCII within reach: nothing to take in (most English copy).
  if (!beyondAsciiNear(text, Math.max(0, m.start - 40), Math.min(text.length, m.end + 40))) return m;
  const free = (start: number, end: number): boolean =>
    !all.some((o) => o !== m && o.start < end && o.end > start);
  let end = m.end;
  let foreign = false;
  for (;;) {
    const next = /^ (\S+)/.exec(text.slice(end, end + 40));
    const word = next?.[1]?.replace(/[,.;:!?)]+$/, '');
    if (!word || !FOREIGN_NAME_WORD.test(word) || !BEYOND_ASCII.test(word)) break;
    if (!free(end + 1, end + 1 + word.length)) break;
    end += 1 + word.length;
    foreign = true;
    if (word.length !== next![1]!.length) break;
  }
  let start = m.start;
  let cursor = m.start;
  let runStart = m.start;
  let runForeign = false;
  // Backward: the nearest foreign words, across title words, up to a plain word.
  for (;;) {
    const prev = /(?:^|[\s(])(\S+) $/.exec(text.slice(Math.max(0, cursor - 40), cursor));
    const word = prev?.[1];
    // (A possessive is another name's: "Türkiye's Foreign Minister …".)
    if (!word || !FOREIGN_NAME_WORD.test(word) || /['’]s$/.test(word)) break;
    const at = cursor - 1 - word.length;
    if (!free(at, cursor - 1)) break;
    cursor = at;
    if (BEYOND_ASCII.test(word)) {
      runForeign = true;
      runStart = at;
    } else if (!TITLE_WORDS.has(word.toLowerCase())) break;
    // (A title word — "Emir" inside "Hüseyin Emir Abdullahiyan", or "Minister" before the
    // name — is taken only with a foreign word before it; leading titles are trimmed later.)
  }
  if (runForeign) start = runStart;
  if (!foreign && start === m.start) return m;
  return { ...m, start, end };
}

/**
 * "Secretary Normal [Jens …]": "General" of a title spun into "Normal", "Common", "Basic" or
 * "Overall", which the tagger put into the name. Such a word starts a mention after
 * "Secretary", "Director", "Attorney", "Surgeon" (or after a title word inside it).
 */
function spunGeneralAfterTitle(
  text: string,
  ws: readonly { start: number; end: number; text: string }[],
  i: number,
): boolean {
  if (!SPUN_GENERAL.test(ws[i]!.text)) return false;
  const before = i > 0 ? ws[i - 1]!.text : text.slice(Math.max(0, ws[i]!.start - 12), ws[i]!.start);
  return GENERAL_TITLE_END.test(before);
}
const SPUN_GENERAL = /^(?:Normal|Common|Basic|Overall)$/;
const GENERAL_TITLE_END = /(?:^|[\s-])(?:Secretary|Director|Attorney|Surgeon)[\s-]*$/i;

/** Where " as " stands inside [start, end), or −1 (reads the span only, not the text after it). */
function asWithin(text: string, start: number, end: number): number {
  for (let i = start; i + 4 <= end; i++) {
    if (
      text.charCodeAt(i) === 32 &&
      text.charCodeAt(i + 1) === 97 &&
      text.charCodeAt(i + 2) === 115 &&
      text.charCodeAt(i + 3) === 32
    )
      return i;
  }
  return -1;
}

/**
 * "[Scot Besent as Treasury] secretary": a tagger ran a name on over "as" into the office it
 * names. The name before "as" is the mention (a person's, when a title word follows "as").
 */
function nameBeforeAs(kb: KnowledgeBase, text: string, m: Mention): Mention {
  const at = asWithin(text, m.start, m.end);
  if (at < 0) return m;
  const name = text.slice(m.start, at);
  if (!/^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+$/u.test(name)) return m;
  const next = /^\s+as\s+(?:the\s+|a\s+|an\s+)?([\p{L}-]+)/u.exec(text.slice(at, m.end + 30))?.[1] ?? '';
  // Only before an office ("as Treasury secretary", "as Prime Minister"), never "X as Y" names.
  if (!isTitle(next, kb) && !/^(?:Treasury|Exchequer|Secretary|Minister)$/i.test(next)) return m;
  return { ...m, end: at, type: 'person' };
}

/**
 * `/(\p{L}+)$/u.exec(text.slice(start, end))?.[1]`: the letters the span ends with, or
 * undefined. ASCII is read backwards directly; the expression decides beyond it.
 */
export function lastLetters(text: string, start: number, end: number): string | undefined {
  let i = end;
  for (; i > start; i--) {
    const c = text.charCodeAt(i - 1);
    if (c >= 128) return /(\p{L}+)$/u.exec(text.slice(start, end))?.[1];
    const folded = c | 32;
    if (folded < 97 || folded > 122) break;
  }
  return i < end ? text.slice(i, end) : undefined;
}

/**
 * "the Putin-Trump call", "Modi-Sharif talks": two surnames joined by a hyphen are two
 * people, not one name. Split when the whole is no KB name and each half is the name or
 * surname of a KB person ("Kassym-Jomart" is one given name: its halves are nobody's).
 */
function splitNamePair(kb: KnowledgeBase, text: string, m: Mention): [Mention, Mention] | null {
  // No hyphen, no pair (most mentions): not worth cutting the surface out.
  const hyphen = text.indexOf('-', m.start);
  if (hyphen < 0 || hyphen >= m.end) return null;
  const surface = text.slice(m.start, m.end);
  const pair = /^(\p{Lu}[\p{L}\p{M}]+)-(\p{Lu}[\p{L}\p{M}]+)$/u.exec(surface);
  if (!pair || kb.lookup(surface).length > 0) return null;
  const isPerson = (w: string) =>
    kb.lookup(w).some((h) => h.entity.type === 'person' && h.kind !== 'demonym' && h.kind !== 'short');
  if (!isPerson(pair[1]!) || !isPerson(pair[2]!)) return null;
  const cut = m.start + pair[1]!.length;
  return [
    { ...m, end: cut, type: 'person' },
    { ...m, start: cut + 1, type: 'person' },
  ];
}

/** ASCII whitespace (what `\s` matches below 128). */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** True when `text[start, end)` has a whitespace character (`\s`). */
function hasSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? isAsciiSpace(c) : /\s/.test(text[i]!)) return true;
  }
  return false;
}

/** First letters of the lower-case particles a name may continue with ("bin", "von", "de", …). */
const PARTICLE_FIRST = new Set([...'bialevfdz'].map((ch) => ch.charCodeAt(0)));

/**
 * A quick test before the particle-tail expression of `adjustMentions`: it can only match
 * when whitespace follows `end` and then a letter a particle starts with. False means no match.
 */
function particleMayFollow(text: string, end: number): boolean {
  let i = end;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true; // other whitespace, or anything else: let the expression decide
    if (!isAsciiSpace(c)) break;
  }
  return i > end && i < text.length && PARTICLE_FIRST.has(text.charCodeAt(i));
}

/** Last letters of the particles that may stand before a name ("von", "der", "de", "bin", "al", "zu", …). */
const PARTICLE_LAST = new Set([...'nreaisul'].map((ch) => ch.charCodeAt(0)));

/**
 * A quick test before the particles-before expression of `adjustMentions`: it can only
 * match when whitespace precedes `start` and a letter a particle ends with precedes that.
 */
function particleMayPrecede(text: string, start: number): boolean {
  let i = start - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    if (!isAsciiSpace(c)) break;
  }
  return i < start - 1 && i >= 0 && PARTICLE_LAST.has(text.charCodeAt(i));
}

/**
 * The length of " VI" when a regnal number (II to XXXIX; not "I", the pronoun) follows `end`
 * as a word of its own, else 0.
 */
function regnalNumberAfter(text: string, end: number): number {
  const m = regnalNumeralAt(text, end);
  return m && m.numeral !== 'I' ? m.length : 0;
}

/**
 * "Pope [Leo] XIV", "[Charles] III", "Prince [William]": a neighbouring capitalised word
 * or regnal number makes the mention a name the KB knows exactly, while the mention alone
 * is not one.
 */
function widenToKnownName(kb: KnowledgeBase, text: string, m: Mention): Mention {
  const surface = text.slice(m.start, m.end);
  const before = (): RegExpExecArray | null =>
    capitalMayPrecede(text, m.start)
      ? /(\p{Lu}[\p{L}\p{M}.]*)\s+$/u.exec(text.slice(Math.max(0, m.start - 25), m.start))
      : null;
  const after = (): RegExpExecArray | null =>
    capitalMayFollow(text, m.end)
      ? /^\s+(\p{Lu}[\p{L}\p{M}]*|[IVX]+\b)/u.exec(text.slice(m.end, m.end + 25))
      : null;
  // "Lindner's [Free] Democrats", "[AFC] Wimbledon": a one-word body the KB knows that a
  // capitalised neighbour makes a longer body's name is that body's.
  if (kb.lookup(surface).some(isNameOrAlias)) {
    if (m.type === 'person') return m;
    if (!/\s/.test(surface)) return widenedToBody(kb, text, m, before(), after()) || m;
    // "[People's] Bank of China Governor …": a body the KB knows whose longer name takes the
    // word before it in (session acc25-link-b; an unknown name is widened so below).
    return capitalMayPrecede(text, m.start) ? (withNameWordBefore(kb, text, m) ?? m) : m;
  }
  return widenToUnknownName(kb, text, m, surface, before(), after());
}

/**
 * "[Democratic Union]" after "Christian", "[Bank of China]" after "People's": the tagger left
 * the first word of a longer body's name out (possessive included); the mention widened over
 * it when the two make a KB name that is no person's, else null. Not a place's possessive:
 * "Romania's [Constitutional Court]" keeps Romania a mention.
 */
function withNameWordBefore(kb: KnowledgeBase, text: string, m: Mention): Mention | null {
  const word = /(?:^|[^\p{L}])(\p{Lu}[\p{L}\p{M}]*(?:['’]s)?)\s+$/u.exec(
    text.slice(Math.max(0, m.start - 25), m.start),
  );
  if (!word || NEVER_A_NAME.has(word[1]!.toLowerCase())) return null;
  const possessive = /['’]s$/.test(word[1]!);
  if (possessive && kb.lookup(word[1]!.slice(0, -2)).some((h) => h.entity.type === 'location')) return null;
  const start = text.lastIndexOf(word[1]!, m.start - 1);
  const hit = kb.lookup(text.slice(start, m.end)).find((h) => h.entity.type !== 'person' && isNameOrAlias(h));
  return hit ? { ...m, start, type: hit.entity.type === 'event' ? 'event' : hit.entity.type } : null;
}

/** `widenToKnownName` for a mention the KB does not know as written. */
function widenToUnknownName(
  kb: KnowledgeBase,
  text: string,
  m: Mention,
  surface: string,
  before: RegExpExecArray | null,
  after: RegExpExecArray | null,
): Mention {
  const options: Mention[] = [];
  if (before && after)
    options.push({ ...m, start: m.start - before[0].length, end: m.end + after[0].length });
  if (before) options.push({ ...m, start: m.start - before[0].length });
  if (after) options.push({ ...m, end: m.end + after[0].length });
  for (const o of options) {
    const hit = kb
      .lookup(text.slice(o.start, o.end))
      .find((h) => h.entity.type === 'person' && isNameOrAlias(h));
    if (hit) return { ...o, type: 'person' };
  }
  // "King [Philip] VI": a regnal number after a person's given name is part of the name, known
  // to the KB or not (the sound-alike pass reads "Philip VI"; another number, another monarch).
  const regnal = m.type === 'person' && !/\s/.test(surface) ? regnalNumberAfter(text, m.end) : 0;
  if (regnal > 0) return { ...m, end: m.end + regnal };
  // "[European] Council President …": a one-word mention (often a demonym the tagger took
  // alone) and the capitalised word after it make an institution's name.
  // "[Reform] UK": …or the capitalised word before it ("Reform UK", "US Senate").
  if (m.type !== 'person' && !/\s/.test(surface)) {
    const wider = widenedToBody(kb, text, m, before, after);
    if (wider) return wider;
  } else if (m.type !== 'person' && capitalMayPrecede(text, m.start)) {
    return withNameWordBefore(kb, text, m) ?? m;
  }
  return m;
}

/**
 * A one-word mention with a model designation after it (firm-names.ts), or the capitalised word after it or before it that together
 * make a KB body's, place's or event's name or alias, typed as that entity; else null.
 */
function widenedToBody(
  kb: KnowledgeBase,
  text: string,
  m: Mention,
  before: RegExpExecArray | null,
  after: RegExpExecArray | null,
): Mention | null {
  const model = withModelAfter(kb, text, m);
  if (model) return { ...model, type: 'organization' };
  const wider: Mention[] = [];
  if (after) wider.push({ ...m, end: m.end + after[0].length });
  if (before && !/\.$/.test(before[1]!) && !NEVER_A_NAME.has(before[1]!.toLowerCase()))
    wider.push({ ...m, start: m.start - before[0].length });
  for (const w of wider) {
    const hit = kb
      .lookup(text.slice(w.start, w.end))
      .find((h) => h.entity.type !== 'person' && isNameOrAlias(h));
    if (hit) return { ...w, type: hit.entity.type === 'event' ? 'event' : hit.entity.type };
  }
  return null;
}

/**
 * A quick test before the word-before expression of `widenToKnownName`: whitespace, and
 * before it a run of letters and dots with a capital in it (within the 25 characters read).
 * False means no match; ASCII only is judged, anything else is left to the expression.
 */
function capitalMayPrecede(text: string, start: number): boolean {
  const floor = Math.max(0, start - 25);
  let i = start - 1;
  for (; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    if (!isAsciiSpace(c)) break;
  }
  if (i === start - 1) return false; // no whitespace before the mention
  for (; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    if (c >= 65 && c <= 90) return true;
    // (Letters, dots, and the apostrophe of a possessive: "People's [Bank of China]".)
    if (!((c >= 97 && c <= 122) || c === 46 || c === 39)) return false;
  }
  return false;
}

/**
 * A quick test before the word-after expression of `widenToKnownName`: whitespace, then a
 * capital (a name word or a regnal number). False means no match; beyond ASCII the
 * expression decides.
 */
function capitalMayFollow(text: string, end: number): boolean {
  let i = end;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    if (!isAsciiSpace(c)) break;
  }
  if (i === end || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}

/** True when the KB knows the surface as a person (name, alias or surname) and not in the tagger's type. */
function retypeAsPerson(kb: KnowledgeBase, surface: string, type: EntityType): boolean {
  const hits = kb.lookup(surface);
  if (!hits.some((h) => h.entity.type === 'person')) return false;
  return !hits.some(
    (h) => h.entity.type !== 'person' && (type === 'misc' || h.entity.type === type || h.kind !== 'short'),
  );
}

/** `/^\s$/` for the one character at `i`. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiSpace(c) : /^\s$/.test(text[i]!);
}

/** `/^\p{Lu}/u` for `text[start, end)`, without cutting it out for ASCII letters. */
function startsUpper(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(text.slice(start, end));
}

/**
 * A word of a lower-case letter and then a capital ("xAI", "eBay", "iPhone"): a brand's name
 * written as its owner writes it, a name though it does not start upper-case.
 */
export function capitalSecond(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const c = text.charCodeAt(start);
  const d = text.charCodeAt(start + 1);
  return c >= 97 && c <= 122 && d >= 65 && d <= 90;
}

/**
 * A word of one to three lower-case letters and then a capital ("uMkhonto", "weSizwe",
 * "yaMakhosi"): a Nguni name's words, each with its noun-class prefix written on the capital.
 * After such a word another continues the name (session acc26-link-b).
 */
export function prefixedCapital(text: string, start: number, end: number): boolean {
  for (let p = start; p < end && p < start + 4; p++) {
    const c = text.charCodeAt(p);
    if (c >= 65 && c <= 90) return p > start && p + 1 < end;
    if (c < 97 || c > 122) return false;
  }
  return false;
}

/** Particles are two or three letters long and start with one of these (see PARTICLE). */
const PARTICLE_INITIALS = new Set([...'bialevfdz'].map((ch) => ch.charCodeAt(0)));

/** A quick test before PARTICLE: false when `text[start, end)` cannot be one. */
function mayBeParticle(text: string, start: number, end: number): boolean {
  const n = end - start;
  return n >= 2 && n <= 3 && PARTICLE_INITIALS.has(text.charCodeAt(start));
}

/**
 * Runs of capitalised words (with particles and initials) that no mention overlaps,
 * leading title words dropped. Offered to the linker, which decides.
 */
/** One word of an Arabic article, a hyphen and a capitalised name ("al-Sheikh", "el-Arish"). */
const ARTICLE_AND_NAME = /^(?:al|el|ul|ad|an|ar|as|ash|at|az)-\p{Lu}/u;

export function missedMentions(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): { start: number; end: number; exactOnly?: boolean }[] {
  // Mentions by start, walked once: runs come in text order.
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1; // the furthest end among mentions starting before `next`
  const covered = (start: number, end: number): boolean => {
    while (next < byStart.length && byStart[next]!.start < end) {
      reach = Math.max(reach, byStart[next]!.end);
      next++;
    }
    return reach > start;
  };
  const out: { start: number; end: number; exactOnly?: boolean }[] = [];
  const run: Token[] = [];
  // "with Hun Sen. Anutin heads …": a word the tokens end with a dot ("Sen.", an abbreviation
  // of a title too) that the segmenter did not take for a sentence's end. A mention starting
  // right after it starts a new run ("St. Petersburg", which no mention starts inside, stays
  // one), and so does a word that is never a name ("Hun Sen. Then she left"); the run the dot
  // ends is a name only if the KB knows it whole.
  let endsAtAbbreviation = false;
  const mentionStarts = new Set(byStart.map((m) => m.start));
  const isParticle = (t: Token) =>
    mayBeParticle(text, t.start, t.end) && PARTICLE.test(text.slice(t.start, t.end));
  const flush = () => {
    if (run.length === 0) return;
    // Leading titles ("President Putin") and sentence openers ("On Thursday") are not the name.
    const afterTitles = (from: number): number => {
      let k = from;
      while (k < run.length) {
        const { start, end } = run[k]!;
        if (!TITLE_SPANS.has(text, start, end) && !NEVER_A_NAME_SPANS.has(text, start, end)) break;
        k++;
      }
      return k;
    };
    let i = afterTitles(0);
    if (i === 0) {
      // "[Saudi] Crown Prince MBS": words a mention holds, when title words follow them, lead
      // up to a name the tagger missed (else the run is the mention's).
      let held = 0;
      while (held < run.length - 1 && covered(run[held]!.start, run[held]!.end)) held++;
      const titled = held > 0 ? afterTitles(held) : 0;
      if (titled > held) i = titled;
    }
    // A run of particles only ("de la") is no name.
    let particlesOnly = true;
    for (let k = i; k < run.length && particlesOnly; k++) particlesOnly = isParticle(run[k]!);
    if (particlesOnly) {
      run.length = 0;
      return;
    }
    // The name: run[i, j), trailing particles dropped.
    let j = run.length;
    while (j > i && isParticle(run[j - 1]!)) j--;
    const n = j - i;
    const single = n === 1 && NEVER_A_NAME_SPANS.has(text, run[i]!.start, run[i]!.end);
    if (n > 0 && n <= 5 && !single) {
      const start = run[i]!.start;
      const end = run[j - 1]!.end;
      if (!covered(start, end))
        out.push(endsAtAbbreviation ? { start, end, exactOnly: true } : { start, end });
    }
    run.length = 0;
    endsAtAbbreviation = false;
  };
  for (const t of tokens) {
    // Most tokens are lower-case words: no name, no particle-free run to extend.
    const c = text.charCodeAt(t.start);
    // (A capital second, "xAI", is read for those only: one more character code.)
    if (
      c >= 97 &&
      c <= 122 &&
      run.length === 0 &&
      t.kind === 'word' &&
      !PARTICLE_START.has(c) &&
      !capitalSecond(text, t.start, t.end)
    )
      continue;
    if (run.length > 0) {
      // Adjacent: nothing or one whitespace character between the run and the token.
      const gap = t.start - run[run.length - 1]!.end;
      const adjacent = gap === 0 || (gap === 1 && isSpaceAt(text, t.start - 1));
      if (!adjacent) flush();
    }
    // (Words are cut out of the text only where a test needs them: most need just a letter.)
    if (t.kind === 'word' && (startsUpper(text, t.start, t.end) || capitalSecond(text, t.start, t.end))) {
      const last = run[run.length - 1];
      if (
        last &&
        last.end - last.start >= 3 &&
        text.charCodeAt(last.end - 1) === 46 /* "." */ &&
        (mentionStarts.has(t.start) || NEVER_A_NAME_SPANS.has(text, t.start, t.end))
      ) {
        endsAtAbbreviation = true;
        flush();
      }
      run.push(t);
    }
    // "uMkhonto weSizwe": a prefixed word after a prefixed word goes on the name.
    else if (
      run.length > 0 &&
      t.kind === 'word' &&
      prefixedCapital(text, t.start, t.end) &&
      prefixedCapital(text, run[run.length - 1]!.start, run[run.length - 1]!.end)
    )
      run.push(t);
    // Particles continue a name, or start one ("von der Leyen said").
    else if (
      t.kind === 'word' &&
      mayBeParticle(text, t.start, t.end) &&
      PARTICLE.test(text.slice(t.start, t.end))
    )
      run.push(t);
    // "Sharm al-Sheikh": an Arabic article hyphened to a capitalised word goes on a name.
    else if (run.length > 0 && t.kind === 'word' && ARTICLE_AND_NAME.test(text.slice(t.start, t.end)))
      run.push(t);
    else if (
      t.end - t.start === 1 &&
      c === 46 && // "."
      run.length > 0 &&
      /^\p{Lu}$/u.test(text.slice(run[run.length - 1]!.start, run[run.length - 1]!.end))
    )
      run.push(t);
    else flush();
  }
  flush();
  return out;
}
