/**
 * The role words a mention carries in its article: the title run before it (`Defence
 * Minister Anna Berg`) and the appositive after it (`Berg, the founder of …,`). Read lazily,
 * only when a description needs them; separate because it reads text around mentions, not
 * the mentions themselves.
 */
import type { Span } from '../../core/span.js';
import { isPersonNoun, isRoleNoun, TITLE_WORDS } from './lexicon.js';
import { isSpaceCode } from './referent-names.js';

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w.length > 1);
}

/** Does `s` end in a comma and whitespace (/,\s*$/u)? */
function endsWithComma(s: string): boolean {
  let e = s.length;
  while (e > 0 && /\s/u.test(s[e - 1]!)) e--;
  return e > 0 && s.charCodeAt(e - 1) === 44;
}

const LETTER_WORD = /^[\p{L}.'’-]+$/u;

/**
 * The words at the end of `s` (split on spaces, after a trimEnd), at most `max` of them
 * counted from the end, that all match {@link LETTER_WORD}, in text order: what
 * `s.trimEnd().split(/\s+/).slice(-max)` keeps after dropping every word up to the last
 * one that does not match.
 */
function lastLetterWords(s: string, max: number): string[] {
  const out: string[] = [];
  let e = s.length;
  while (e > 0 && isSpaceCode(s, e - 1)) e--;
  for (let n = 0; n < max; n++) {
    let b = e;
    while (b > 0 && !isSpaceCode(s, b - 1)) b--;
    const w = s.slice(b, e);
    // A word that is not all letters ends the run (an empty one, before leading spaces, too).
    if (!LETTER_WORD.test(w)) break;
    out.push(w);
    if (b === 0) break;
    e = b;
    while (e > 0 && isSpaceCode(s, e - 1)) e--;
  }
  return out.reverse();
}

/** An appositive opening with a capitalised word: ", Michael Phelps' former coach". */
const POSSESSIVE_APPOSITIVE_START = /^,\s*\p{Lu}/u;
/** A capitalised owner (up to four words) in the possessive, then the role: ", Phelps' coach". */
const POSSESSIVE_APPOSITIVE =
  /^,\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:['’]s|s['’])\s+([^,.;:“”"]{3,60})/u;

/** Words that make an appositive's role a past one: "a former intelligence chief". */
const APPOSITIVE_SHIFTERS: ReadonlySet<string> = new Set(['former', 'ex']);

/** Role words around one occurrence: a title before it, an appositive after or before. */
export function roleWordsAround(text: string, span: Span): string[] {
  const out: string[] = [];
  // Title run before the name: "Defence Minister", "Wind Shift Capital founder".
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  // Of the last five words before the name, those after the last one that is not all
  // letters and `.'’-` (read backwards from the name, no further than needed).
  const titleWords = /\s$/u.test(before) ? lastLetterWords(before, 5) : [];
  for (let i = titleWords.length - 1; i >= 0; i--) {
    const w = titleWords[i]!;
    // "Paris prosecutor Laure Beccuau": a role noun after a name of where (or whom) the
    // role is is a title in lower case too ("whose son Matan" is a relation, not a title).
    if (
      /^\p{Lu}/u.test(w) ||
      TITLE_WORDS.has(w.toLowerCase()) ||
      (isRoleNoun(w.toLowerCase()) && /^\p{Lu}/u.test(titleWords[i - 1] ?? ''))
    )
      out.push(...words(w));
    // "Chancellor of the Exchequer Rachel Reeves": "of the" inside a capitalised title.
    else if (
      /^(?:of|the|for)$/u.test(w) &&
      /^\p{Lu}/u.test(titleWords.slice(0, i).findLast((x) => !/^(?:of|the|for)$/u.test(x)) ?? '')
    )
      continue;
    else break;
  }
  // Appositive after: "Anna Berg, the defence minister," / "Berg, 54, a spokeswoman for X".
  const after = text.slice(span.end, span.end + 120);
  const app = /^,\s*(?:\d{1,3},\s*)?(?:the|a|an|who is the|who is a)\s+([^,.;:“”"]{3,90})/iu.exec(after);
  if (app) {
    const ws = words(app[1]!);
    // "Prime Minister Dick Schoof, a former intelligence chief,": the person holds the title
    // before the name now; "former" shifts only the appositive's role, and kept among the
    // person's role words it would make "the prime minister" someone else.
    if (APPOSITIVE_SHIFTERS.has(ws[0]!) && out.some(isPersonNoun)) ws.shift();
    out.push(...ws);
  } else if (POSSESSIVE_APPOSITIVE_START.test(after)) {
    // "Bob Bowman, Michael Phelps' former coach,": the role is the named person's, whose
    // it is said before it (tested on its first characters before the pattern runs).
    const owned = POSSESSIVE_APPOSITIVE.exec(after);
    if (owned) out.push(...words(owned[1]!));
  } else {
    // "Rajesh Varma, founder of the firm Tallyware," / "Carol Whitfield, managing director
    // of Supertram": an appositive with no article opens with a role word.
    const bare = /^,\s*(?:\d{1,3},\s*)?((\p{Ll}[\p{L}-]*)(?:\s+[\p{Ll}][\p{L}-]*)?\b[^,.;:“”"]{0,80})/u.exec(
      after,
    );
    if (
      bare &&
      bare[1]!
        .split(/\s+/u)
        .slice(0, 2)
        .some((w) => isPersonNoun(w) || TITLE_WORDS.has(w))
    )
      out.push(...words(bare[1]!));
  }
  // Appositive before: "The founder of Wind Shift Capital, Jon Smith, said", "New
  // Zealand's agriculture minister, Todd McClay,", "Its director, Vesna Marić,".
  // (Only a comma ending `before` can close one: tested first, without the pattern.)
  const pre = endsWithComma(before)
    ? /(?:^|[.;:!?]\s+|\s)(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}-]*['’]s)\s+([^,.;:“”"]{3,90}),\s*$/iu.exec(
        before,
      )
    : null;
  if (pre) out.push(...words(pre[1]!));
  return out;
}
