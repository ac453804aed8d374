/**
 * The age copy gives a mention: "Mark Root, 54, said", "the 22-year-old Marco Rubio",
 * "Sixteen-year-old Lamine Yamal", "…, who turned seventeen the day before", and a place or
 * body given an age ("Jordan, a 14-year-old from Leeds"). Reading the figures and number
 * words is one theme; comparing them with the KB's birth years is stated-ages.ts's.
 */
import type { MentionContext } from './context.js';

/**
 * The age copy states for the mention: "Mark Root, 54, said", "Mark Root (54)", "the
 * 22-year-old Marco Rubio", "Marco Rubio, a 22-year-old midfielder", "Ana Root and Mark
 * Root, both 29, …". Null when none. A number right after the name counts only set off by
 * a comma or a bracket in the text: "beat Amanda Root 6-0 6-0" gives a score, not an age.
 */
export function statedAge(
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
