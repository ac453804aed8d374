/**
 * Figures in news copy: percentages, money, counts with what they count, calendar
 * years, quantities with units and ordinals. One pass of a cheap candidate regex over
 * the text; at each digit or number word the number is read, then its surroundings —
 * currency before or after, scale ("bn", "million", "crore"), percent forms, units,
 * qualifiers ("more than") and the subject. Numbers inside URLs, phone numbers, times,
 * dates, identifiers (G7, COP29, F-16) and names (Boeing 737, Article 5) are skipped.
 * Works on the text, so it does not care how the tokenizer split "$1.2bn" or "5%".
 * The rules, kinds and units are documented in this folder's README.
 */
import type { Figure, FigureKind, Token } from '../../core/annotations.js';
import { escapeRegExp } from '../../core/regexp.js';
import type { Span } from '../../core/span.js';
import { exclusionZones } from './exclusions.js';
import {
  AMBIGUOUS_CURRENCY_WORDS,
  CROWN_COUNTRIES,
  CURRENCY_PREFIXES,
  CURRENCY_WORDS,
  ISO_CODES,
  MEASURE_UNITS,
  QUALIFIERS,
  type Qualifier,
  RATE_WORDS,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  SUBJECT_STOP,
} from './lexicon.js';
import { NUMBER_START_WORDS, parseSpelledNumber } from './number-words.js';
import { countSubjectAfter, isPluralNoun, nounSubjectAfter, subjectBefore } from './subject.js';

/** A figure with the qualifier that was kept out of its value ("more than" 40,000). */
export interface FigureRecord extends Figure {
  readonly qualifier: Qualifier | null;
}

export interface FigureOptions {
  /** Sentence spans, to bound look-backs for subjects; the text is one sentence without them. */
  readonly sentences?: readonly Span[];
  /** Tokens: URL and e-mail tokens are skipped as a whole. */
  readonly tokens?: readonly Token[];
  /** Spans already taken (date mentions): no figure may overlap them. */
  readonly exclude?: readonly Span[];
  /** Stage name recorded on each figure. */
  readonly by?: string;
}

const H = String.raw`[ \u00A0\u202F]`;
const alternation = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, `${H}+`))
    .join('|');

/** Where a figure may start: a digit, or a number word. */
const CANDIDATE = new RegExp(
  String.raw`\d|\b(?=[zotfsenahZOTFSENAH])(?:${alternation(NUMBER_START_WORDS.filter((w) => w !== 'a' && w !== 'an' && w !== 'half'))}|an?${H}+(?:dozen|hundred|thousand|million|billion|trillion)|half${H}+an?${H}+(?:dozen|million|billion))\b`,
  'gi',
);
// thousands grouped by commas, or by (no-break) spaces as in "40 000" from translated copy
const NUMERAL = /(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d,.])|\d+)(\.\d+)?/y;
const ATTACHED_LETTERS = /[A-Za-z°²]+/y;
// "$1.2 billion", and the Canadian "$1.2-billion"
const SCALE_WORD = new RegExp(String.raw`(?:${H}+|-)(${alternation(Object.keys(SCALE_WORDS))})s?\b`, 'yi');
const SCALE_ABBR_SPACED = /[ \u00A0\u202F]+(bn|mn|mln|bln|tn|trn)\b/y;
const PERCENT_POINTS = new RegExp(
  String.raw`(?:${H}?%|${H}+(?:per${H}?cent|percent|pct))?${H}*-?(?:${H}*percentage|${H}*per${H}?centage)?[ \u00A0-]+points?\b`,
  'yi',
);
const PERCENTAGE_POINTS = new RegExp(
  String.raw`${H}+(?:percentage|per${H}?centage)[ \u00A0-]+points?\b`,
  'yi',
);
const BASIS_POINTS = new RegExp(String.raw`${H}+(?:basis${H}+points?|bps)\b`, 'yi');
const PERCENT = new RegExp(String.raw`${H}?%|${H}*pc\b|${H}+(?:per${H}?cent|percent|pct)\b`, 'yi');
const CURRENCY_WORD = new RegExp(String.raw`${H}+(${alternation(Object.keys(CURRENCY_WORDS))})\b`, 'yi');
const ISO_SUFFIX = new RegExp(String.raw`${H}+(${ISO_CODES.join('|')})\b`, 'y');
const UNIT_KEYS = new Map(Object.entries(MEASURE_UNITS).map(([k, v]) => [k.toLowerCase(), v]));
const UNIT = new RegExp(`${H}*(${alternation(Object.keys(MEASURE_UNITS))})(?![A-Za-z0-9²])`, 'yi');
const RATE = new RegExp(String.raw`${H}+(?:per|a|an)${H}+(${Object.keys(RATE_WORDS).join('|')})\b`, 'yi');
const PER_THING = new RegExp(String.raw`${H}+(?:per|a|an)${H}+((?:square${H}+|cubic${H}+)?[a-z]+)\b`, 'y');
const HYPHEN_WORD = /-([A-Za-z]+)(?:-([A-Za-z]+))?/y;
const PREFIX_CURRENCY = new RegExp(
  `(?:^|[^A-Za-z$])(${alternation(Object.keys(CURRENCY_PREFIXES))}|${ISO_CODES.join('|')})${H}?$`,
);
const QUALIFIER_BEFORE = new RegExp(`(?:^|[^A-Za-z])(${alternation(Object.keys(QUALIFIERS))})${H}+$`, 'i');
const WORD_BEFORE = /([A-Za-z][A-Za-z.'’]*)[ \u00A0]+$/;
const HYPHEN_PREFIX_BEFORE = /([A-Za-z]+)-$/;
const YEAR_CUE_BEFORE =
  /(?:^|[^A-Za-z])(in|since|by|until|till|from|for|before|after|during|between|through|and|to|of|the|early|late|mid|end|summer|spring|autumn|fall|winter|year|fiscal)[ \u00A0-]+$/i;
const ADDRESS_AFTER =
  /[ \u00A0]+(?:[A-Z][a-z]+[ \u00A0]+){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Square|Boulevard|Drive|Place|Way)\b/y;
const NUMBER_SIGN_BEFORE = /(?:\b(?:No|Nos|no|Number|number|nr|#)\.?|#)[ \u00A0]*$/;

/**
 * Capitalised words that may stand before a number at a sentence start or inside a
 * sentence without making it part of a name ("In 2024", "About 40 people").
 */
const FUNCTION_CAPS = new Set(
  (
    'In On At By For From Of To Since Until Till Before After During Over Under About Around Nearly ' +
    'Almost Some Only Just Roughly Approximately More Fewer Less Than Up Another All The These Those ' +
    'Its Their His Her Our And But Or Yet So Between Among With Without Within Through Where When ' +
    'While Last This Next Every Each Killing Including Aged Age Yesterday Today Meanwhile However ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June ' +
    'July August September October November December'
  ).split(' '),
);

const WORD_CHAR = /[A-Za-z0-9_]/;
const CLAUSE_HEAD = /(?:^|[,;:(—–"“]|\b(?:and|but|while|whereas|And|But|While))[ \u00A0]*$/;
const PLUS = /-(plus|odd)\b/y;
// "in 1972" is a year, not the other side of a ratio
const SMALL_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})*(?![\d,])|one|two|three|four|five|six|seven|eight|nine|ten)`;
const RATIO_AFTER = new RegExp(String.raw`^[ \u00A0]+(?:in|out[ \u00A0]+of)[ \u00A0]+${SMALL_NUMBER}\b`, 'i');
const RATIO_BEFORE = new RegExp(
  String.raw`\b${SMALL_NUMBER}[ \u00A0]+(?:in|out[ \u00A0]+of)[ \u00A0]+$`,
  'i',
);
const YEAR_DETERMINER_BEFORE =
  /(?:\b(?:his|her|their|its|our|my|your|any|every|this|that|these|those)|['’]s)[ \u00A0]+$/i;
const YEAR_SUBJECT_STOP =
  /^(?:and|or|to|the|a|an|in|on|at|of|for|by|as|when|was|is|were|are|with|after|before|that|which|has|had|have|will|would|said)$/i;
const DIGIT = /\d/;

interface Candidate {
  start: number;
  end: number;
  kind: FigureKind | 'bare';
  /** Number before scaling, as decimal text, so 1.2bn is exactly 1200000000. */
  mantissa: string;
  scale: number;
  /** True once a scale was read (bn, million, or a spelled "two million"). */
  scaled: boolean;
  unit: string;
  subject: string | null;
  qualifier: Qualifier | null;
  confidence: number;
  qualifierPhrase: string | null;
  /** Where the qualifier starts, for look-backs. */
  lookFrom: number;
}

/**
 * Finds the figures of `text`. Pure and synchronous; regexes are compiled at load.
 * Returns records sorted by offset, none overlapping each other or `options.exclude`.
 */
export function extractFigures(text: string, options: FigureOptions = {}): FigureRecord[] {
  const by = options.by ?? 'figures';
  const zones = exclusionZones(text, options.tokens, options.exclude);
  const sentences = options.sentences ?? [];
  let zone = 0;
  let sentence = 0;
  const found: Candidate[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const p = m.index;
    while (zone < zones.length && zones[zone]!.end <= p) zone++;
    const z = zones[zone];
    if (z && z.start <= p) {
      CANDIDATE.lastIndex = z.end;
      continue;
    }
    while (sentence < sentences.length && sentences[sentence]!.end <= p) sentence++;
    const s = sentences[sentence];
    const sentenceStart = s && s.start <= p ? s.start : 0;
    const digit = DIGIT.test(m[0]);
    const read = digit ? readDigits(text, p, sentenceStart) : readSpelled(text, p, sentenceStart);
    CANDIDATE.lastIndex = Math.max(read.skipTo, p + m[0].length);
    const c = read.candidate;
    if (!c) continue;
    // a unit or subject may run into the next zone ("5 km" before a URL): keep it clear
    const next = zones[zone];
    if (next && next.start < c.end && next.start > p) continue;
    found.push(c);
  }
  linkRanges(text, found);
  const out: FigureRecord[] = [];
  let lastEnd = 0;
  for (const c of found) {
    // a prefix or qualifier never reaches back into the previous figure
    if (c.kind === 'bare' || c.start < lastEnd) continue;
    lastEnd = c.end;
    out.push({
      start: c.start,
      end: c.end,
      kind: c.kind,
      value: scaled(c.mantissa, c.scale),
      unit: c.unit,
      subject: c.subject,
      qualifier: c.qualifier,
      by,
      confidence: Math.round(c.confidence * 100) / 100,
    });
  }
  return out;
}

let crownText: string | null = null;
let crownCode = 'XXX';

/** The crown an article means (NOK, SEK, DKK, CZK, ISK) from its first country cue; XXX when none. */
function crownCurrency(text: string): string {
  if (text !== crownText) {
    crownText = text;
    let best = Number.POSITIVE_INFINITY;
    crownCode = 'XXX';
    for (const [cue, code] of CROWN_COUNTRIES) {
      const at = text.search(cue);
      if (at >= 0 && at < best) {
        best = at;
        crownCode = code;
      }
    }
  }
  return crownCode;
}

function scaled(mantissa: string, exponent: number): number {
  return Number(exponent === 0 ? mantissa : `${mantissa}e${exponent}`);
}

interface Read {
  readonly candidate: Candidate | null;
  /** Where scanning resumes: past the whole number (and any identifier it was part of). */
  readonly skipTo: number;
}

function skipWord(text: string, from: number): number {
  let i = from;
  while (
    i < text.length &&
    /[\w.,-]/.test(text[i]!) &&
    !(/[.,-]/.test(text[i]!) && !WORD_CHAR.test(text[i + 1] ?? ''))
  )
    i++;
  return i;
}

function readDigits(text: string, p: number, sentenceStart: number): Read {
  const before = text[p - 1] ?? '';
  // part of an identifier or a bigger number: COP29, G7, MH17, v2.5
  if (WORD_CHAR.test(before) || ((before === '.' || before === ',') && DIGIT.test(text[p - 2] ?? ''))) {
    return { candidate: null, skipTo: skipWord(text, p) };
  }
  if (before === '/' || before === ':' || before === '#' || before === '.') {
    return { candidate: null, skipTo: skipWord(text, p) };
  }
  let yearPrefix = false;
  if (before === '-' || before === '‑') {
    const prefix = HYPHEN_PREFIX_BEFORE.exec(text.slice(Math.max(0, p - 12), p));
    if (prefix) {
      // F-16, Su-35, Covid-19 are names; mid-2024, pre-2020 are years
      if (!/^(?:mid|pre|post|early|late|end|start)$/i.test(prefix[1]!)) {
        return { candidate: null, skipTo: skipWord(text, p) };
      }
      yearPrefix = true;
    }
  }
  NUMERAL.lastIndex = p;
  const num = NUMERAL.exec(text);
  if (!num) return { candidate: null, skipTo: p + 1 };
  const intPart = num[1]!;
  const fraction = num[2] ?? '';
  let end = p + num[0].length;
  const after = text[end] ?? '';
  const after2 = text[end + 1] ?? '';
  // versions, times, ratios, heights glued to the number: 3.5.1, 10:30, 3/4, 6'3"
  if (
    (after === '.' || after === ':' || after === '/' || after === ',' || after === "'" || after === '′') &&
    DIGIT.test(after2)
  ) {
    return { candidate: null, skipTo: skipWord(text, end + 1) };
  }
  const digits = intPart.replace(/\D/g, '');
  // long unseparated digit runs are ids (article numbers, accounts), not amounts
  if (digits.length >= 7 && !/[, \u00A0\u202F]/.test(intPart)) return { candidate: null, skipTo: end };
  const mantissa = digits + fraction;
  const plainInteger = fraction === '' && digits === intPart;
  const c: Candidate = {
    start: p,
    end,
    kind: 'bare',
    mantissa,
    scale: 0,
    scaled: false,
    unit: 'count',
    subject: null,
    qualifier: null,
    qualifierPhrase: null,
    confidence: 0.8,
    lookFrom: p,
  };
  const prefix = currencyBefore(text, p);
  if (prefix) {
    c.start = prefix.start;
    c.lookFrom = prefix.start;
    c.kind = 'money';
    c.unit = prefix.code;
    c.confidence = prefix.code === 'USD' && prefix.symbol === '$' ? 0.9 : 0.95;
  }
  // letters glued on: $1.2bn, 40k, 5km, 1990s, 3rd; anything else is an identifier (5G, 3D)
  ATTACHED_LETTERS.lastIndex = end;
  const glued = ATTACHED_LETTERS.exec(text);
  if (glued) {
    const g = glued[0];
    const lg = g.toLowerCase();
    const gEnd = end + g.length;
    if (WORD_CHAR.test(text[gEnd] ?? '')) return { candidate: null, skipTo: skipWord(text, gEnd) };
    // "m"/"b" are million/billion after a currency, before a currency word ("500m euros")
    // or before a plural noun ("5m people"); otherwise "5m" may be five metres
    const millionByContext =
      (lg === 'm' || lg === 'b') &&
      (matchAt(CURRENCY_WORD, text, gEnd) !== null || countSubjectAfter(text, gEnd) !== null);
    if (lg in SCALE_ABBREVIATIONS && (prefix || !(lg === 'm' || lg === 'b') || millionByContext)) {
      c.scale = SCALE_ABBREVIATIONS[lg]!;
      c.scaled = true;
      end = gEnd;
    } else if (/^(?:st|nd|rd|th)$/.test(lg) && plainInteger) {
      return ordinalAt(text, c, gEnd, Number(digits));
    } else if (lg === 's' && /^\d{3}0$/.test(intPart)) {
      return yearOrDecade(c, gEnd, 'decade', text);
    } else if (UNIT_KEYS.has(lg) || UNIT_KEYS.has(g)) {
      // handled by the unit rule below (no space needed for symbols)
    } else if (lg === 'pc') {
      // "5pc": British percent, read by the percent rule below
    } else if (lg === 'am' || lg === 'pm') {
      return { candidate: null, skipTo: gEnd };
    } else {
      return { candidate: null, skipTo: skipWord(text, gEnd) };
    }
  }
  c.end = end;
  return finish(text, c, sentenceStart, {
    fourDigits: plainInteger && digits.length === 4,
    spelledSmall: false,
    yearPrefix,
  });
}

interface FinishFlags {
  readonly fourDigits: boolean;
  /** A lone spelled "one"/"zero": a figure only with a unit, percent or currency. */
  readonly spelledSmall: boolean;
  /** Written after mid-/pre-/post-…: "pre-2014 borders" is a year, whatever follows. */
  readonly yearPrefix: boolean;
}

/** Reads what follows the number (scale, percent, currency, unit) and decides the kind. */
function finish(text: string, c: Candidate, sentenceStart: number, flags: FinishFlags): Read {
  let end = c.end;
  // "28,000-plus", "40-odd": a qualifier written after the number
  PLUS.lastIndex = end;
  const plus = PLUS.exec(text);
  if (plus) {
    end = plus.index + plus[0].length;
    c.qualifier = plus[1] === 'plus' ? 'more-than' : 'about';
  }
  if (!c.scaled) {
    SCALE_WORD.lastIndex = end;
    const sw = SCALE_WORD.exec(text);
    if (sw) {
      c.scale = SCALE_WORDS[sw[1]!.toLowerCase()]!;
      c.scaled = true;
      end = sw.index + sw[0].length;
    } else {
      SCALE_ABBR_SPACED.lastIndex = end;
      const sa = SCALE_ABBR_SPACED.exec(text);
      if (sa) {
        c.scale = SCALE_ABBREVIATIONS[sa[1]!]!;
        c.scaled = true;
        end = sa.index + sa[0].length;
      }
    }
  }
  const isScaled = c.scaled;
  const q = qualifierBefore(text, c.start);
  if (q && !plus) {
    c.qualifier = q.qualifier;
    c.qualifierPhrase = q.phrase;
    c.lookFrom = q.start;
  }
  // percentages and percentage points
  if (c.kind !== 'money') {
    const points = matchAt(PERCENTAGE_POINTS, text, end) ?? matchPercentPoints(text, end);
    if (points)
      return done(text, c, points.end, 'percent', 'percentage-point', 0.95, sentenceStart, 'percent');
    const bps = matchAt(BASIS_POINTS, text, end);
    if (bps) return done(text, c, bps.end, 'percent', 'basis-point', 0.95, sentenceStart, 'percent');
    const pct = matchAt(PERCENT, text, end);
    if (pct) return done(text, c, pct.end, 'percent', 'percent', 0.95, sentenceStart, 'percent');
  }
  // currency written after: "800 billion euros", "5 million rubles", "40bn USD"
  if (c.kind !== 'money') {
    const cw = matchAt(CURRENCY_WORD, text, end);
    if (cw) {
      const word = cw.groups[0]!.toLowerCase().replace(/\s+/g, ' ');
      const weight = /^pounds?$/.test(word) && /^[ \u00A0]+of\b/.test(text.slice(cw.end, cw.end + 6));
      if (weight) return done(text, c, cw.end, 'quantity', 'lb', 0.8, sentenceStart, 'quantity');
      if (!AMBIGUOUS_CURRENCY_WORDS.has(word) || isScaled) {
        let code = CURRENCY_WORDS[word]!;
        let confidence = word in AMBIGUOUS ? 0.85 : 0.95;
        if (code === '') {
          code = crownCurrency(text);
          confidence = code === 'XXX' ? 0.5 : 0.8;
        }
        return done(text, c, cw.end, 'money', code, confidence, sentenceStart, 'money');
      }
    }
    const iso = matchAt(ISO_SUFFIX, text, end);
    if (iso) return done(text, c, iso.end, 'money', iso.groups[0]!, 0.95, sentenceStart, 'money');
  }
  if (c.kind === 'money') {
    // "$1.3 million dollars": the currency written twice belongs to the figure
    const again = matchAt(CURRENCY_WORD, text, end);
    if (again && CURRENCY_WORDS[again.groups[0]!.toLowerCase().replace(/\s+/g, ' ')] === c.unit)
      end = again.end;
    c.end = end;
    return done(text, c, end, 'money', c.unit, c.confidence, sentenceStart, 'money');
  }
  // measure units: "5 km", "300 tonnes", "2.5 million barrels per day", "48 hours"
  const u = matchAt(UNIT, text, end);
  if (u) {
    const surface = u.groups[0]!;
    let unit = UNIT_KEYS.get(surface.toLowerCase()) ?? UNIT_KEYS.get(surface) ?? surface;
    // "m"-like one-letter units are not in the list; "1 year" reads as a duration too
    let uEnd = u.end;
    const rate = matchAt(RATE, text, uEnd);
    if (rate) {
      unit = `${unit}/${RATE_WORDS[rate.groups[0]!.toLowerCase()]}`;
      uEnd = rate.end;
    }
    const duration = /^(?:year|month|week|day|hour|minute|second|decade|century)$/.test(unit);
    // "one year" and "a day" are common words, not measurements
    if (!(flags.spelledSmall && duration)) {
      // "over five years" spreads across them; it is not "more than five years"
      if (duration && (c.qualifierPhrase === 'over' || c.qualifierPhrase === 'under')) {
        c.qualifier = null;
        c.lookFrom = c.start;
      }
      return done(text, c, uEnd, 'quantity', unit, duration ? 0.8 : 0.9, sentenceStart, 'quantity');
    }
  }
  if (flags.spelledSmall) return { candidate: null, skipTo: end };
  // hyphenated compounds: "34-year-old", "a 30-day ceasefire", "the 27-member bloc"
  HYPHEN_WORD.lastIndex = end;
  const hy = !isScaled ? HYPHEN_WORD.exec(text) : null;
  if (hy) return compound(text, c, end, hy);
  c.end = end;
  // a calendar year: four plain digits in 1800..2100, unless a plural noun follows
  const value = Number(c.mantissa);
  if (flags.fourDigits && !isScaled && value >= 1800 && value <= 2100 && c.qualifier === null) {
    const cue =
      YEAR_CUE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) ||
      flags.yearPrefix ||
      // "his 2013 amendments", "Johnson's 1964 Civil Rights Act", "2016 Democrats"
      YEAR_DETERMINER_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start)) ||
      /^[ \u00A0]+[A-Z]/.test(text.slice(end, end + 3));
    const subject = countSubjectAfter(text, end);
    if (cue || !subject) return yearOrDecade(c, end, 'year', text, cue);
  }
  if (isNamePart(text, c.start, end)) return { candidate: null, skipTo: end };
  // "50 cents", "20 pence": money of an unnamed currency, left out rather than miscounted
  if (/^[ \u00A0]+(?:cents?|pence|p)\b/.test(text.slice(end, end + 8)))
    return { candidate: null, skipTo: end };
  // "one in five Americans", "3 out of 4 voters": a ratio, not a count of Americans
  if (
    RATIO_AFTER.test(text.slice(end, end + 16)) ||
    RATIO_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))
  ) {
    return { candidate: null, skipTo: end };
  }
  c.kind = 'count';
  c.unit = 'count';
  const after = countSubjectAfter(text, end);
  if (after) {
    c.subject = after;
    c.confidence = 0.85;
  } else {
    const beforeSubject = subjectBefore(text, sentenceStart, c.lookFrom, true);
    if (beforeSubject) {
      c.subject = beforeSubject;
      c.confidence = 0.6;
    } else {
      // kept for range linking ("10-15%"), dropped afterwards
      c.kind = 'bare';
    }
  }
  return { candidate: c, skipTo: end };
}

const AMBIGUOUS: Readonly<Record<string, true>> = Object.fromEntries(
  [...AMBIGUOUS_CURRENCY_WORDS].map((w) => [w, true as const]),
);

function done(
  text: string,
  c: Candidate,
  end: number,
  kind: FigureKind,
  unit: string,
  confidence: number,
  sentenceStart: number,
  mode: 'percent' | 'money' | 'quantity',
): Read {
  c.kind = kind;
  c.unit = unit;
  c.end = end;
  c.confidence = confidence;
  // at the head of a clause the next word is its verb: "And 64 percent call him competent"
  const head =
    CLAUSE_HEAD.test(text.slice(Math.max(sentenceStart, c.lookFrom - 12), c.lookFrom)) ||
    c.lookFrom === sentenceStart;
  let subject = nounSubjectAfter(text, end, mode === 'money', !head);
  if (!subject && mode === 'money') {
    const per = matchAt(PER_THING, text, end);
    if (per) subject = `per ${per.groups[0]}`;
  }
  c.subject = subject ?? subjectBefore(text, sentenceStart, c.lookFrom);
  return { candidate: c, skipTo: end };
}

function matchPercentPoints(text: string, from: number): { end: number } | null {
  const m = matchAt(PERCENT_POINTS, text, from);
  // "5 points" alone is a score, not a percentage: require a percent word or "percentage"
  if (!m) return null;
  const s = text.slice(from, m.end).toLowerCase();
  return /%|cent|pct/.test(s) ? { end: m.end } : null;
}

function matchAt(re: RegExp, text: string, at: number): { end: number; groups: string[] } | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? { end: m.index + m[0].length, groups: m.slice(1) as string[] } : null;
}

function currencyBefore(text: string, p: number): { start: number; code: string; symbol: string } | null {
  const from = Math.max(0, p - 6);
  const m = PREFIX_CURRENCY.exec(text.slice(from, p));
  if (!m) return null;
  const symbol = m[1]!;
  const code = CURRENCY_PREFIXES[symbol] ?? (ISO_CODES.includes(symbol) ? symbol : null);
  if (!code) return null;
  const trailing = m[0].endsWith(symbol) ? 0 : 1;
  return { start: from + m.index + m[0].length - trailing - symbol.length, code, symbol };
}

function qualifierBefore(
  text: string,
  start: number,
): { qualifier: Qualifier; phrase: string; start: number } | null {
  const from = Math.max(0, start - 24);
  const m = QUALIFIER_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const phrase = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const qualifier = QUALIFIERS[phrase];
  if (!qualifier) return null;
  return { qualifier, phrase, start: from + m.index + m[0].indexOf(m[1]!) };
}

/** A number right after a capitalised word that is not a function word: Boeing 737, Article 5. */
function isNamePart(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - 30), start);
  if (NUMBER_SIGN_BEFORE.test(window)) return true;
  // "Group of 20", "Gang of Eight": names of groups of nations or lawmakers
  if (/\b(?:Group|Gang|Club|Council)[ \u00A0]+of[ \u00A0]+$/.test(window)) return true;
  ADDRESS_AFTER.lastIndex = end;
  if (ADDRESS_AFTER.test(text)) return true;
  const w = WORD_BEFORE.exec(window);
  if (!w) return false;
  const word = w[1]!;
  if (!/^[A-Z]/.test(word) || /['’]s$/.test(word) || /\.$/.test(word)) return false;
  return !FUNCTION_CAPS.has(word);
}

function yearOrDecade(c: Candidate, end: number, unit: 'year' | 'decade', text: string, cue = true): Read {
  c.kind = 'year';
  c.unit = unit;
  c.end = end;
  c.qualifier = null;
  c.confidence = unit === 'decade' ? 0.85 : cue ? 0.9 : 0.75;
  // only attributive years carry a subject: "the 2022 invasion", "Russia's 2022 budget"
  const attributive = /(?:\b(?:the|a|his|her|their|its|our|this|that)|['’]s)[ \u00A0]+$/i.test(
    text.slice(Math.max(0, c.start - 8), c.start),
  );
  const next = attributive
    ? /^[ \u00A0]+([A-Za-z][a-z-]+(?:[ \u00A0]+[A-Za-z][a-z-]+)?)/.exec(text.slice(end, end + 40))
    : null;
  const words: string[] = [];
  for (const w of next ? next[1]!.split(/[ \u00A0]+/) : []) {
    if (YEAR_SUBJECT_STOP.test(w)) break;
    // a second word only after a modifier: "2016 presidential race", "2000 Senate race"
    if (words.length === 1 && !/^[A-Z]|(?:al|ary|ic|an|ern)$/.test(words[0]!)) break;
    // a capitalised name goes on with capitals only: "1964 Civil Rights", not "2000 Senate Mr"
    if (words.length === 1 && /^[A-Z]/.test(words[0]!) !== /^[A-Z]/.test(w) && /^[A-Z]/.test(w)) break;
    words.push(w);
  }
  c.subject = words.length > 0 ? words.join(' ') : null;
  return { candidate: c, skipTo: end };
}

function ordinalAt(text: string, c: Candidate, end: number, value: number): Read {
  // "the 3rd Armored Division" is a name; an ordinal needs a lower-case word after it
  const next = /^(?:-([a-z]+)|[ \u00A0]+([a-z][a-z-]*)(?:[ \u00A0]+([a-z][a-z-]*))?)/.exec(
    text.slice(end, end + 40),
  );
  if (!next) return { candidate: null, skipTo: end };
  // some compounds are idioms, not ranks: "third-world", "third-rate", "third-party"
  if (next[1] && /^(?:world|rate|party|person|string|degree|hand|class)$/.test(next[1])) {
    return { candidate: null, skipTo: end };
  }
  const words = next[1] ? [next[1]] : [next[2]!, next[3]].filter((w): w is string => !!w);
  // "a third agreed": a fraction followed by its verb
  if (/ed$/.test(words[0]!) && !next[1]) return { candidate: null, skipTo: end };
  const subjectWords: string[] = [];
  for (const w of words) {
    if (/^(?:of|in|on|at|to|and|or|the|a|an|for|by|with|as|is|was|that|since|after|before|said)$/.test(w))
      break;
    subjectWords.push(w);
    // go on past a modifier: "eighth consecutive year", "fifth-largest economy"
    if (isPluralNoun(w) || !/(?:est|ing|consecutive|straight|successive)$/.test(w)) break;
  }
  if (subjectWords.length === 0) return { candidate: null, skipTo: end };
  c.kind = 'ordinal';
  c.unit = 'ordinal';
  c.mantissa = String(value);
  c.scale = 0;
  c.end = end;
  c.qualifier = null;
  c.subject = subjectWords.join(' ');
  c.confidence = 0.7;
  return { candidate: c, skipTo: end };
}

/**
 * "the 22-year-old said", "the 19-year-old mentioned.": the age stands for the person, and
 * the word after it is the sentence's verb, not what the age belongs to ("a 34-year-old man").
 * A reporting or auxiliary word says so, as does a past form closing its clause.
 */
function personAsNoun(text: string, nextEnd: number, next: string): boolean {
  if (SUBJECT_STOP.has(next)) return true;
  if (!next.endsWith('ed')) return false;
  // Its clause closes: a stop, a comma or a closing mark (or the text's end) after spaces.
  let at = nextEnd;
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  return at === text.length || CLAUSE_CLOSERS.includes(text[at]!);
}
const CLAUSE_CLOSERS = '.,;:!?"”’)';

function compound(text: string, c: Candidate, end: number, hy: RegExpExecArray): Read {
  const word = hy[1]!.toLowerCase();
  const second = hy[2]?.toLowerCase();
  const hyEnd = hy.index + hy[0].length;
  // fractions and multipliers are not counts: two-thirds, three-fold
  if (/^(?:thirds?|quarters?|halves|half|fifths?|fold|and|or|to|odd)$/.test(word)) {
    return { candidate: null, skipTo: hyEnd };
  }
  const nextWord = /^[ \u00A0]+([a-z][a-z-]*)/.exec(text.slice(hyEnd, hyEnd + 30));
  const noun =
    nextWord && !/^(?:and|or|to|the|a|an|in|on|at|of|for|by|as|was|is|were|are|with)$/.test(nextWord[1]!)
      ? nextWord[1]!
      : null;
  if ((word === 'year' || word === 'years') && second === 'old') {
    c.kind = 'quantity';
    c.unit = 'age';
    c.end = hyEnd;
    c.subject = noun && !personAsNoun(text, hyEnd + nextWord![0].length, noun) ? noun : null;
    c.confidence = 0.85;
    return { candidate: c, skipTo: hyEnd };
  }
  const unit = UNIT_KEYS.get(word);
  const hyphenEnd = second ? hy.index + 1 + hy[1]!.length : hyEnd;
  if (unit) {
    c.kind = 'quantity';
    c.unit = unit;
    c.end = hyphenEnd;
    c.subject = second ?? noun;
    c.confidence = 0.85;
    return { candidate: c, skipTo: hyphenEnd };
  }
  // "a 27-member bloc", "a 10-point plan": a count of members, of points; spelled
  // compounds are idioms ("two-way street", "five-star general"), capitalised ones names
  const spelled = !DIGIT.test(text[c.start] ?? '');
  if (spelled || !/^[a-z]/.test(hy[1]!) || isNamePart(text, c.start, end)) {
    return { candidate: null, skipTo: hyEnd };
  }
  c.kind = 'count';
  c.unit = 'count';
  c.end = hyphenEnd;
  // the compound and the noun it qualifies: "27-member bloc" → "member bloc"
  c.subject = noun && !second ? `${word} ${noun}` : word;
  c.confidence = 0.7;
  return { candidate: c, skipTo: hyphenEnd };
}

function readSpelled(text: string, p: number, sentenceStart: number): Read {
  const n = parseSpelledNumber(text, p);
  if (!n) return { candidate: null, skipTo: p + 1 };
  const surface = text.slice(p, n.end);
  const c: Candidate = {
    start: p,
    end: n.end,
    kind: 'bare',
    mantissa: String(n.value),
    scale: 0,
    scaled: false,
    unit: 'count',
    subject: null,
    qualifier: null,
    qualifierPhrase: null,
    confidence: 0.8,
    lookFrom: p,
  };
  if (n.ordinal) {
    // "Third Reich", "Fifth Fleet": capitalised ordinals are names or discourse markers;
    // "one-third", "two-fifths" are fractions
    if (!/^[a-z]/.test(surface) || n.value < 3 || /[A-Za-z]-$/.test(text.slice(Math.max(0, p - 2), p))) {
      return { candidate: null, skipTo: n.end };
    }
    return ordinalAt(text, c, n.end, n.value);
  }
  if (isNamePart(text, p, n.end)) return { candidate: null, skipTo: n.end };
  const prefix = currencyBefore(text, p);
  if (prefix) {
    c.start = prefix.start;
    c.lookFrom = prefix.start;
    c.kind = 'money';
    c.unit = prefix.code;
    c.confidence = 0.9;
  }
  c.scaled = n.scaled;
  const read = finish(text, c, sentenceStart, {
    fourDigits: false,
    spelledSmall: n.words === 1 && n.value <= 1,
    yearPrefix: false,
  });
  if (read.candidate && read.candidate.kind === 'count') read.candidate.confidence -= 0.05;
  return read;
}

/**
 * Ranges: "10-15%", "between 5 and 6 billion euros", "$10-15 million". The bare first
 * number takes the unit, scale and subject of the second; a bare scaled second number
 * takes the currency of the first.
 */
function linkRanges(text: string, found: Candidate[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    const gap = text.slice(a.end, b.start);
    if (!/^(?:[ \u00A0]*[-–—][ \u00A0]*|[ \u00A0]+(?:to|and|or)[ \u00A0]+)$/.test(gap)) continue;
    if (/and/.test(gap) && !/\bbetween[ \u00A0]+$/i.test(text.slice(Math.max(0, a.lookFrom - 9), a.lookFrom)))
      continue;
    // the scale is shared only when the first number is the smaller one: "10-15 million",
    // not "$500,000 and $1 million"
    const shareScale = !a.scaled && b.scaled && Number(a.mantissa) < Number(b.mantissa);
    if (a.kind === 'bare' && b.kind !== 'bare' && b.kind !== 'year' && b.kind !== 'ordinal') {
      a.kind = b.kind;
      a.unit = b.unit;
      a.subject = b.subject;
      a.confidence = b.confidence - 0.05;
    } else if (a.kind === 'money' && b.kind === 'bare') {
      b.kind = 'money';
      b.unit = a.unit;
      b.confidence = a.confidence - 0.05;
      b.subject = a.subject;
    } else if (!(a.kind === 'money' && b.kind === 'money' && a.unit === b.unit)) {
      continue;
    }
    if (shareScale) {
      a.scale = b.scale;
      a.scaled = true;
    }
  }
}
