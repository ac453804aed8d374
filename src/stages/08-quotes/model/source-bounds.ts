/**
 * Where a tagged source span starts and ends, by PolNeAR's conventions, where the tagger
 * ran over a boundary its gold spans respect (counts from PolNeAR train, first annotator).
 * Applied before {@link sourceEnd} (model/attributions.ts), which handles the commas.
 */
import type { Span } from '../../../core/span.js';

/**
 * `-ing` words after a comma that are not a participle clause about the speaker: `including`
 * lists members of the source, the others open a title or a noun phrase (`Ken Sena,
 * managing director of …`).
 */
const NOT_A_CLAUSE =
  'according|acting|following|founding|governing|incoming|including|leading|managing|outgoing|polling|presiding|ranking|remaining|retiring|rising|sitting|upcoming|visiting';

/**
 * A clause set off by a comma after the speaker (`Trump, speaking to a veterans group,`,
 * `Clinton, in a statement,`): a participle or an `in` / `on` / `during` phrase. Train's
 * gold sources are followed by such a clause 101 times and end with one 13 times.
 */
const TRAILING_CLAUSE = new RegExp(
  `,\\s+(?:(?!(?:${NOT_A_CLAUSE})\\b)\\p{Ll}+ing|in|on|during)\\s[^,]*,?\\s*$`,
  'u',
);

/** Words that open the clause before a subject, not the subject (`After campaign aides insisted …`). */
const LEADING_CONJUNCTION =
  /^(?:After|Although|And|As|Because|But|Even|If|Since|So|Though|When|While|Yet)\s+(?=\S)/u;

/** Titles a name's source span includes (`Mr. Obama`): no train gold source directly follows one. */
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr)\.\s$/u;

/** Whether `s` closes a quotation mark it does not open. */
function closesUnopened(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '“') return -1;
    if (c === '”') return i;
    if (c === '"') return /\S/u.test(s[i - 1] ?? ' ') ? i : -1;
  }
  return -1;
}

/**
 * The source span with a leading conjunction left out (train's gold sources follow `But`
 * 267 times and start with it 4; `While` 73 / 3, `Even` 15 / 2, the others never), started
 * after a quotation mark it closes but did not open (`On “Face the Nation,” Sen. Bernie
 * Sanders`: the tagger started inside the show's title), widened over a title before it
 * (`Mr. Obama`), and cut before a clause set off by a comma after the speaker.
 */
export function sourceBounds(text: string, span: Span): Span {
  let { start, end } = span;
  const words = text.slice(start, end);
  const close = closesUnopened(words);
  if (close >= 0) {
    const rest = /^[”"]\s+/u.exec(words.slice(close));
    if (rest && close + rest[0].length < words.length) start += close + rest[0].length;
  }
  const lead = LEADING_CONJUNCTION.exec(text.slice(start, end));
  if (lead && start + lead[0].length < end) start += lead[0].length;
  const title = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
  if (title) start -= title[0].length;
  const clause = TRAILING_CLAUSE.exec(text.slice(start, end));
  if (clause && clause.index > 0) end = start + clause.index;
  return start === span.start && end === span.end ? span : { start, end };
}
