/**
 * Copy saying a person only bears a famous name: "no relation to the politicians", "who
 * shares a name with Argentina's president", "not to be confused with …", or a character of
 * fiction ("the fictional Chancellor …"), a name in quotes said to be somebody's nickname
 * ("says "Lula" has been his nickname since school"). Read after the mention (words before it point to
 * the famous bearer); also asked of the whole article by the consistency pass.
 */
import { type MentionContext, WINDOW } from './context.js';
import { lastWords } from './describing-words.js';

/**
 * Words by which copy says a person only bears a famous name ("no relation to the
 * politicians", "his namesake's cut-out", "who shares a name with …", "not to be confused
 * with …").
 */
const NAMESAKE_WORDS =
  /\b(?:no relation(?: (?:to|of))?|not related to|unrelated to|namesakes?|shares? (?:a|the|his|her|their) names? with|same name as|not to be confused with)\b/i;

/** Whether `text` holds words by which copy says somebody only bears a famous name ("no relation to"). */
export function namesakeWordsIn(text: string): boolean {
  return NAMESAKE_WORDS.test(text);
}

/**
 * A full name right after the namesake words ("… no relation of President William Rutto", "…
 * while a namesake, Christine Lagardère, a florist"): they point to it.
 */
const POINTS_TO_NAME = /^['’]?s?,?\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}.-]+\s+\p{Lu}/u;

/**
 * The namesake words after the mention in its sentence window ("Keir Starmer and Rishi Sunak -
 * no relation to the politicians -", "Javier Milei, who shares a name with Argentina's
 * president"), or null. Not words before it ("Her namesake at the IMF, Kristalina
 * Georgieva": the famous bearer), nor words pointing to a name after them. Also a word of
 * fiction just before the name ("the fictional Chancellor …").
 */
export function namesakeCue(context: MentionContext): string | null {
  if (context.namesake === undefined) {
    const { text, span } = context;
    const sentence = text.slice(span.end, span.end + WINDOW).split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!;
    const m = NAMESAKE_WORDS.exec(sentence);
    context.namesake =
      m && !POINTS_TO_NAME.test(sentence.slice(m.index + m[0].length))
        ? m[0].toLowerCase()
        : (NAMED_AFTER_IN_APPOSITION.exec(sentence)?.[1]?.toLowerCase() ??
          FICTION_BEFORE.exec(lastWords(context.left.trim(), 3))?.[0] ??
          nicknameAsWord(text, span.start, span.end) ??
          otherBearer(text, span.start, span.end) ??
          titleOfWork(text, span.start, span.end));
  }
  return context.namesake;
}

/**
 * `his neighbours call him "the other AMLO"`, "hailed as another Messi": a famous name or
 * nickname after "the other" or "another", the noun phrase ending with it, is said of somebody
 * compared with its bearer, never of the bearer. Not a name qualifying a noun after it ("another
 * Trump rally", "the other Biden son"). Read only when a letter "r" ends the words before.
 */
function otherBearer(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 12), start);
  if (!/r\s*["“‘']?$/.test(before) || !OTHER_BEFORE.test(before)) return null;
  return NOUN_AFTER.test(text.slice(end, end + 24)) ? null : 'the other';
}
/** "the other ", "another ", an opening quote between. */
const OTHER_BEFORE = /\b(?:the\s+other|another)\s+["“‘']?$/i;
/**
 * A lower-case word right after the name (its possessive too), other than a preposition, a
 * conjunction or a verb of saying or being: the name qualifies a noun.
 */
const NOUN_AFTER =
  /^(?:['’]s)?\s+(?!(?:by|in|of|at|from|for|on|with|to|who|and|or|but|said|says|is|was|has|had)\b)\p{Ll}/u;

/**
 * "the fictional Chancellor Olaf Schultze": a character of fiction bears a name, however
 * famous, as a namesake does (cue text: lower case), whatever title the story gives him.
 */
const FICTION_BEFORE = /\b(?:fictional|fictitious|fictionalised|fictionalized)\b/;

/**
 * "Emmanuel Macron, a 24-year-old Cameroonian footballer named after the French president",
 * "…, who was named for the former president": the apposition or relative clause describing
 * the mention says the name was given after somebody — the bearer is somebody else. Only
 * within that description (no stop, semicolon or further comma before the words): "Trump said
 * the carrier would be named after him" is a verb of the sentence, not of the name.
 */
const NAMED_AFTER_IN_APPOSITION =
  /^\s*,\s+(?:(?:a|an|the|who\s+(?:was|is))\s+)[^,.;:!?()]{0,70}?\b((?:named|called|christened)\s+(?:after|for|in\s+honou?r\s+of))\s/iu;

/**
 * `"Lula" has been his nickname since school`: a name in quotes that the sentence then says is
 * somebody's nickname is the word spoken of, not its famous bearer — a fruit seller called so at
 * school. Only a quoted name (copy quotes a word it speaks of) with the statement right after it;
 * not a nickname given beside a full name ("Luiz Inácio da Silva, nicknamed "Lula"", "known by
 * his nickname "Lula""), which is the bearer's own. Read from the quote marks at the span: a
 * name without them costs one character test.
 */
function nicknameAsWord(text: string, start: number, end: number): string | null {
  if (!OPENING_QUOTE.test(text.charAt(start - 1)) || !CLOSING_QUOTE.test(text.charAt(end))) return null;
  return NICKNAME_AFTER.test(text.slice(end + 1, end + 48)) ? 'a nickname' : null;
}
/**
 * `'Modi, Three Days on the Wing of Madness', directed by Johnny Depp`: a name opening a quoted
 * title that the sentence then credits to its maker ("directed by", "written by") is the
 * work's title, not its famous bearer. Read only for a name right after an opening quote.
 */
function titleOfWork(text: string, start: number, end: number): string | null {
  // (The tagger may take the opening quote into the name: "'Modi".)
  if (!OPENING_QUOTE.test(text.charAt(start - 1)) && !OPENING_QUOTE.test(text.charAt(start))) return null;
  return TITLE_CREDITED.test(text.slice(end, end + 90)) ? 'a title' : null;
}
/** The rest of a quoted title, its closing quote, and the credit of its maker. */
const TITLE_CREDITED =
  /^[^"“”‘’.!?]{0,70}["”’']\s*,?\s+(?:directed|written|produced|sung|performed|painted|composed|created)\s+by\b/u;

const OPENING_QUOTE = /["“‘']/;
const CLOSING_QUOTE = /["”’']/;
/** `" has been his nickname`, `" is her nickname`, `" was a family nickname`: said of the quoted word. */
const NICKNAME_AFTER =
  /^,?\s+(?:has\s+been|had\s+been|is|was|became|remains)\s+(?:his|her|their|my|its|the|a)\s+(?:\p{Ll}+\s+)?nickname\b/u;
