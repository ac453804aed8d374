/**
 * What a figure counts or measures, read from the words around it without a parser:
 * the short noun phrase after a count ("23 NATO members"), after a percentage or an
 * amount ("a 25% tariff", "$800 million in military aid", "5% of the population"), or
 * before it across a change verb ("GDP grew 2%", "the death toll rose to 42"). When the
 * words do not fit these shapes the subject is null: a wrong subject is worse than none.
 */
import { CHANGE_VERBS, IRREGULAR_PLURALS, NOT_PLURAL, SUBJECT_STOP } from './lexicon.js';

/**
 * A word after horizontal space: initialisms (U.S.), hyphenated and possessive words, and
 * model names that mix letters and digits ("H20 chips", "F-35 jets", "A320neo planes"),
 * which opening with a letter keeps apart from a second number.
 */
const NEXT_WORD = /[ \u00A0]+((?:[A-Z]\.){2,}|[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]|[A-Za-z])/y;

const AFTER_MEASURE =
  /^(?:higher|lower|shorter|longer|taller|bigger|smaller|larger|cheaper|dearer|faster|slower|greater|fewer|better|worse|high|wide|deep|tall|thick|long|north|south|east|west|northeast|northwest|southeast|southwest|inland|offshore|ahead|behind|off|up|down|accurate|correct|sure|certain|true|right|wrong|safe|effective|committed|confident)$/i;
const TIME_NOUNS = /^(?:years?|months?|weeks?|days?|quarters?|decades?)$/i;

const CALENDAR_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december quarter'.split(
    ' ',
  ),
);

function isStop(word: string): boolean {
  const lw = word.toLowerCase().replace(/['’]s$/, '');
  if (SUBJECT_STOP.has(lw) || CALENDAR_WORDS.has(lw)) return true;
  const head = lw.split('-')[0]!;
  return head !== lw && (SUBJECT_STOP.has(head) || CALENDAR_WORDS.has(head));
}

/** Plural-looking noun: the word that closes a count's subject. */
export function isPluralNoun(word: string): boolean {
  const lw = word.toLowerCase().replace(/[’']/g, "'");
  if (IRREGULAR_PLURALS.has(lw) || (lw.endsWith('men') && lw.length > 4)) return true;
  if (lw.endsWith("'s") || lw.length < 3 || NOT_PLURAL.has(lw)) return false;
  if (!lw.endsWith('s')) return false;
  return !(lw.endsWith('ss') || lw.endsWith('us') || lw.endsWith('is'));
}

/** Up to `max` words after `from`, on the same line. */
function readWords(text: string, from: number, max: number): string[] {
  const words: string[] = [];
  let pos = from;
  while (words.length < max) {
    NEXT_WORD.lastIndex = pos;
    const m = NEXT_WORD.exec(text);
    if (!m) break;
    words.push(m[1]!);
    pos = m.index + m[0].length;
  }
  return words;
}

const OF_DETERMINER =
  /[ \u00A0]+of(?:[ \u00A0]+(the|those|these|its|their|his|her|our|them|whom|which))?(?=[ \u00A0])/y;

/**
 * Subject of a count: up to four words after the number, ending with a plural noun
 * ("NATO members", "senior US officials"); "three of the soldiers" reads past "of the".
 */
export function countSubjectAfter(text: string, end: number): string | null {
  let from = end;
  OF_DETERMINER.lastIndex = end;
  const of = OF_DETERMINER.exec(text);
  if (of) {
    const det = of[1]?.toLowerCase();
    if (det === 'them' || det === 'whom' || det === 'which') return null;
    from = of.index + of[0].length;
  }
  const words = readWords(text, from, 4);
  const out: string[] = [];
  for (const w of words) {
    if (isStop(w)) return null;
    // a past participle straight after the number is a verb ("three killed")
    if (out.length === 0 && /[a-z]ed$/.test(w)) return null;
    out.push(w);
    if (isPluralNoun(w)) return out.join(' ');
  }
  return null;
}

/**
 * Subject of a percentage, an amount or a quantity, after it: a noun phrase right
 * after ("a 25% tariff", "$5bn deal"), or after "of" (and "in"/"for" for money).
 */
export function nounSubjectAfter(text: string, end: number, money: boolean, direct = true): string | null {
  if (direct) {
    const next = phrase(text, end, 3, false);
    if (next) return next;
  }
  const link =
    /[ \u00A0]+(of|in|for|worth[ \u00A0]+of)(?:[ \u00A0]+(?:the|a|an|its|their|his|her|our))?(?=[ \u00A0])/y;
  link.lastIndex = end;
  const m = link.exec(text);
  if (!m) return null;
  if (!m[1]!.endsWith('of') && !money) return null;
  return phrase(text, m.index + m[0].length, 4, true);
}

/**
 * Up to `max` words that may form a noun phrase. With `toPlural`, a plural noun in
 * the window closes the phrase ("of national Republican primary voters").
 */
function phrase(text: string, from: number, max: number, toPlural: boolean): string | null {
  const words = readWords(text, from, max);
  const out: string[] = [];
  for (const w of words) {
    // "2 feet shorter", "7 percent higher", "300 miles north": comparisons and directions
    if (out.length === 0 && AFTER_MEASURE.test(w)) return null;
    // a name right after a figure starts a new clause: "22.3 billion gallons Congress had sought"
    if (out.length === 0 && !toPlural && /^[A-Z][a-z]/.test(w)) return null;
    // "in a single year": the phrase was an adjective of a time word, not a subject
    if (out.length > 0 && TIME_NOUNS.test(w)) return null;
    if (isStop(w)) break;
    // a past participle is a verb here ("5% of the population voted")
    if (/[a-z]ed$/.test(w)) break;
    // after "for"/"of", a gerund starts a verb phrase ("$32 million for helping Omnicare")
    if (toPlural && out.length === 0 && /[a-z]ing$/.test(w) && !GERUND_NOUNS.has(w.toLowerCase())) {
      const after = words[1];
      if (!after || /^[A-Z]/.test(after) || VERB_OBJECT.test(after)) break;
    }
    out.push(w);
    if (toPlural && isPluralNoun(w)) return out.join(' ');
  }
  if (out.length === max && toPlural) out.pop();
  return out.length > 0 ? out.join(' ') : null;
}

const VERB_BEFORE = new RegExp(
  String.raw`(?:^|[ \u00A0])(${[...CHANGE_VERBS]
    .sort((a, b) => b.length - a.length)
    .map((v) => v.replace(/ /g, String.raw`[ \u00A0]+`))
    .join('|')})(?:[ \u00A0]+(?:by|to|from|up|down|up by|down by))?[ \u00A0]*$`,
  'i',
);

/** -ing words that are nouns after "of"/"for": "$5bn in funding", "of housing". */
const GERUND_NOUNS = new Set(
  'funding spending housing building training shipping borrowing lending financing clothing bombing shelling fighting'.split(
    ' ',
  ),
);

/** Words that show an -ing word is a verb with an object or particle ("fixing up the"). */
const VERB_OBJECT = /^(?:the|a|an|its|their|his|her|him|them|it|our|up|out|down|off|back|on)$/i;

const CONNECTORS = new Set(['of', 'in', 'the', 'a', 'an']);

/** Heads that only restate that there is a number: "a total of", "the sum of". */
const EMPTY_HEADS = new Set(['total', 'sum', 'amount', 'tally', 'figure', 'number', 'level']);

/** Nouns that stand for a number in "a total of 42", "a crowd of 500", "the death toll of 12". */
const COUNT_HEADS = new Set(
  'total toll tally number crowd group force army fleet workforce population sum majority minority count staff membership audience turnout'.split(
    ' ',
  ),
);

/**
 * Subject before a figure, across a change verb: "GDP grew 2%", "Inflation in the
 * eurozone rose to 2.5%", "a budget of $5bn". `start` is where the figure (or its
 * qualifier) begins; `sentenceStart` bounds the look-back.
 */
export function subjectBefore(
  text: string,
  sentenceStart: number,
  start: number,
  count = false,
): string | null {
  const from = Math.max(sentenceStart, start - 120);
  const before = text.slice(from, start);
  // the verb and its preposition are short: match them on the tail only (speed)
  const tailStart = Math.max(0, before.length - 40);
  const verb = VERB_BEFORE.exec(before.slice(tailStart));
  if (!verb) return null;
  // "a budget of $5bn": after "of" the phrase is a short noun group, no "of"/"in" chains
  const ofLink = /^of$/i.test(verb[1]!.trim());
  const head = before.slice(0, tailStart + verb.index);
  const words = head.split(/[ \u00A0]+/);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 6; i--) {
    const raw = words[i]!;
    if (raw === '') continue;
    // punctuation closes the phrase: "In Berlin, prices rose 3%" keeps only "prices"
    const bare = raw.replace(/^[("“‘']+/, '');
    if (/[,;:()"“”]$/.test(raw) || /[.!?]$/.test(raw)) break;
    const lw = bare.toLowerCase();
    if (ofLink && (CONNECTORS.has(lw) || out.length === 3)) break;
    if (!CONNECTORS.has(lw) && isStop(bare)) break;
    if (!/^[A-Za-z][A-Za-z'’.-]*$/.test(bare)) break;
    out.unshift(bare);
    if (bare !== raw) break;
  }
  while (out.length > 0 && CONNECTORS.has(out[0]!.toLowerCase())) out.shift();
  while (out.length > 0 && CONNECTORS.has(out[out.length - 1]!.toLowerCase())) out.pop();
  if (out.length === 0) return null;
  // a count after "of" needs a head that holds a number: "a total of 42", not "the co-founder of two"
  const noun = out[out.length - 1]!.toLowerCase();
  if (count && ofLink && !COUNT_HEADS.has(noun)) return null;
  // "a total of $1 million" says nothing about what the money or the count is
  if (ofLink && out.length === 1 && EMPTY_HEADS.has(noun)) return null;
  return out.join(' ');
}
