/**
 * The speaker phrase that ends right before a cue (`Berg said`, `the minister, 54, said`,
 * `he added`, `Russia's foreign ministry said`): skips auxiliaries and an appositive, then
 * reads back a mention, pronoun, description or name, rejecting what cannot be a subject
 * (a sentence adverb, a clause's tail, a quantifier with no noun). `phraseEndingAt` is one
 * long ordered cascade of these tests, kept whole so its order stays visible.
 */
import { UPPER } from './cues.js';
import { END_RULE, HeadEnd } from './head-end.js';
import {
  chiefOfficerLength,
  INSTITUTION_TITLE_END,
  isDemonym,
  isOrgNoun,
  isPersonNoun,
  isRoleNoun,
  PLURAL_ROLE_NOUNS,
  PRONOUNS,
  TITLE_WORDS,
} from './lexicon.js';
import { isPlaceQualifier } from './place-appositive.js';
import type { ReferentIndex } from './referents.js';
import {
  coordinated,
  DETERMINER,
  headNounOk,
  isAsciiLetterCode,
  isNameChar,
  isPluralSpeakerNoun,
  isSpaceCodeAt,
  mentionPhrase,
  occurrenceEndingAt,
  orgNounBefore,
  personBeforeOrg,
  personHeaded,
  pluralHead,
  type SpeakerPhrase,
  suffixStart,
  titledByOrganisation,
  titledByPlaceBefore,
} from './speaker-phrase.js';

const AUXILIARIES =
  /(?:\s+(?:has|have|had|also|later|then|again|further|previously|reportedly|once|was|were|is|are|would|will|did|does|do|simply|only|just|quickly|repeatedly|bluntly|firmly|flatly|angrily|calmly|never|not|publicly|privately|separately|recently|earlier|told|being))+\s*$/iu;
const DAY_BEFORE_VERB =
  /\s+(?:(?:late |early )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last (?:week|month|year))(?:\s+(?:also|again))?$/u;
/**
 * An auxiliary, a subordinator, a speech verb or "that" opening a clause ("said in a
 * statement that the president") inside a candidate description makes it a clause.
 */
const CLAUSE_INSIDE =
  /\s(?:has|have|had|is|are|was|were|will|would|did|does|after|when|because|while|before|since|although|said|says|told|that\s+(?:the|a|an|his|her|its|their))\s/iu;
/** The endings of the last word of {@link DAY_BEFORE_VERB} ("Friday", "last week", "also"). */
const DAY_ENDINGS = ['day', 'week', 'month', 'year', 'also', 'again'];
/**
 * Could {@link DAY_BEFORE_VERB} match a head whose last run of ASCII letters is `lastLetters`?
 * The head must end in one of {@link DAY_ENDINGS} (in lower case): ASCII letters, so they
 * end that run.
 */
export function endsLikeDayWord(lastLetters: string): boolean {
  for (const ending of DAY_ENDINGS) if (lastLetters.endsWith(ending)) return true;
  return false;
}
const AUXILIARY_WORDS: ReadonlySet<string> = new Set(
  'has have had also later then again further previously reportedly once was were is are would will did does do simply only just quickly repeatedly bluntly firmly flatly angrily calmly never not publicly privately separately recently earlier told being'.split(
    ' ',
  ),
);
export const POSSESSIVE_OF =
  /['’]s\s+(office|workplace|campaign|team|spokesman|spokeswoman|spokesperson|government|aides|ministry|administration|press office|press secretary|camp|representatives?|statement|staff)$/iu;
/** ", 54, a former nurse," (a thousands separator is no comma: "sold 300,000 copies"). */
const TRAILING_APPOSITIVE = /,\s*(?:[^,“”"«»]|(?<=\d),(?=\d{3})|[“"][^,“”"«»]{1,40}[”"]){1,110},\s*$/u;
export const TRAILING_PRONOUN = /(?:^|[\s,(])(he|she|they|we|i|it)$/iu;
const PLURAL_WITH_PREP =
  /(?:^|[\s,(])((?:[\p{L}.'’-]+\s+){0,2}?([\p{L}-]+)\s+(?:at|for|of|from|with|in|outside|inside|near|across|around|(?:familiar|close|loyal|opposed|linked|connected|briefed|involved|based|working|near)\s+(?:to|with|on|in|at))\s+[^,.;:!?“”"«»()]{1,60})$/u;
/** The words that can stand between a plural head and its complement in {@link PLURAL_WITH_PREP}. */
const PREP_OF_PLURAL =
  /\s(?:at|for|of|from|with|in|outside|inside|near|across|around|familiar|close|loyal|opposed|linked|connected|briefed|involved|based|working)\s/u;
/**
 * Could {@link PLURAL_WITH_PREP} match a head whose {@link clauseTail} is `tail`? Its match
 * ends in a preposition (or "familiar with"…) between spaces, then spaces and characters
 * none of which is one of `,.;:!?“”"«»()`, to the end: so that word, with a space on each
 * side, stands in the tail. Testing for it first skips the end-anchored pattern (which is
 * tried from every position) on the many heads that cannot match; the answer is the same.
 */
function mayEndInPrepPhrase(tail: string): boolean {
  return PREP_OF_PLURAL.test(tail);
}
/** A determiner word or a possessive `'s` of {@link DETERMINER}, then a space. */
const DETERMINER_WORD =
  /(?:^|[\s—])(?:the|a|an|his|her|their|its|one|another|two|three|four|several|some|many|other|both|senior|top)\s|['’]s\s/iu;
/**
 * Could {@link DETERMINER} match a head whose {@link clauseTail} is `tail`? Its match is a
 * determiner (a word, or a possessive ending in `'s`) and spaces, then characters none of
 * which is one of `,.;:!?“”"«»()`, to the end: the determiner's word (or its `'s`) and the
 * space after it stand in the tail. The same answer, without the end-anchored search from
 * every position.
 */
function mayEndInDetermined(tail: string): boolean {
  return DETERMINER_WORD.test(tail);
}
/** What follows the last of `,.;:!?“”"«»()` in `s` (all of `s` when it has none). */
function clauseTail(s: string): string {
  let i = s.length;
  while (i > 0 && !isClausePunct(s.charCodeAt(i - 1))) i--;
  return i === 0 ? s : s.slice(i);
}
/** A character of `[,.;:!?“”"«»()]`, by its code. */
function isClausePunct(c: number): boolean {
  switch (c) {
    case 44:
    case 46:
    case 59:
    case 58:
    case 33:
    case 63:
    case 0x201c:
    case 0x201d:
    case 34:
    case 0xab:
    case 0xbb:
    case 40:
    case 41:
      return true;
    default:
      return false;
  }
}
const BARE_PLURAL = /(?:^|[\s,(])((?:[\p{L}.'’-]+\s+){0,3}([\p{L}-]+))$/u;
/** "one of them", "two of those", at the start of its clause. */
const PARTITIVE_END =
  /(?:^|[,;:—–]\s*|\b(?:and|but|while|yet)\s+)((?:one|two|three|some|several|many|most|each)\s+of\s+(?:them|those))$/iu;
/** A quantifier used as a subject, at the start of its clause. */
const QUANTIFIER_END = /(?:^|[,;:—–]\s*|\b(?:and|but|while|yet)\s+)(many|some|most|others|several)$/iu;
/** Is `s` a lone quantifier subject ("many", "Some")? */
export function isQuantifier(s: string): boolean {
  return /^(?:many|some|most|others|several|(?:one|two|three|some|several|many|most|each)\s+of\s+(?:them|those))$/iu.test(
    s,
  );
}
const OPENS_NO_SUBJECT =
  /^(?:with|and|but|as|while|of|for|by|from|to|among|although|though|because|whereas|since|unless|once|when|if)$/iu;
/** A lower-case -ing verb; the adjectives in -ing that head-modify a group are kept. */
const VERB_ING =
  /^(?!(?:leading|visiting|ruling|opposing|remaining|striking|working|governing|competing|fishing|farming|mining|founding|outgoing|incoming|ageing|aging|serving|sitting|neighbouring|neighboring|surviving|grieving)$)\p{Ll}{3,}ing$/u;
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'bin', 'al', 'der', 'da']);
/**
 * A preposition ending the words before a name: the name is its object. (Not "with": in
 * "with Keir Starmer calling it …" the name is the participle's subject.)
 */
const PREPOSITION_LAST =
  /(?:^|\s)(?:in|on|at|to|into|onto|from|for|of|near|via|through|across|toward|towards|outside|inside)\s+$/u;
const NAME_RUN =
  /(?:^|[\s,(])(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|van|von|bin|al|der|da)){0,3})$/u;

/**
 * The speaker phrase that ends right before `end` (the cue), looking no further back
 * than `floor`. Skips auxiliaries ("has also said") and an appositive ("Berg, 54, said").
 */
export function speakerBefore(
  text: string,
  floor: number,
  end: number,
  index: ReferentIndex,
): SpeakerPhrase | null {
  // A speaker phrase is short: looking back 160 characters bounds the regex work.
  let from = Math.max(floor, end - MAX_LOOKBACK);
  // Start on a word boundary, never inside a word.
  if (from > floor) while (from < end && !isSpaceCodeAt(text, from - 1)) from++;
  let head = text.slice(from, end).trimEnd();
  // The head's last run of ASCII letters, read once for the two tests below.
  let lastLetters = head.slice(suffixStart(head, isAsciiLetterCode));
  // Only a head ending in an auxiliary or adverb can lose one (the pattern searches from
  // every position, so it runs only then).
  if (AUXILIARY_WORDS.has(lastLetters.toLowerCase())) {
    head = head.replace(AUXILIARIES, '');
    lastLetters = head.slice(suffixStart(head, isAsciiLetterCode));
  }
  // "Margus Tsahkna on Thursday urged …": a day between the subject and its verb.
  // (End-anchored: tried only when the last word could end a match.)
  const day = endsLikeDayWord(lastLetters) ? DAY_BEFORE_VERB.exec(head) : null;
  if (day) head = head.slice(0, day.index).replace(AUXILIARIES, '');
  // "Lula used his speech to call …", "Vance took to social media to accuse …": the
  // subject of "used … to" is the cue's.
  const used = head.endsWith(' to') ? USED_TO.exec(head) : null;
  if (used) head = head.slice(0, used.index).replace(AUXILIARIES, '');
  // "The National Electoral Council (CNE) said": the acronym in brackets repeats the name.
  const acronym = head.endsWith(')') ? BRACKETED_ACRONYM.exec(head) : null;
  if (acronym) head = head.slice(0, acronym.index);
  // "a rescue worker in Mandalay, who asked not to be named for fear of reprisals, told": the
  // speaker's description stands before the clause withholding the name.
  const withheld = head.endsWith(',') ? NAME_WITHHELD_END.exec(head) : null;
  if (withheld) head = head.slice(0, withheld.index);
  // "Gang leader NAME, known as “Barbecue,” said": a quoted alias in apposition is the same
  // person, named before it (a quotation mark ends the head: tested first, without the pattern).
  const alias = /[,"”]$/u.test(head) && head.includes(' as ') ? QUOTED_ALIAS_END.exec(head) : null;
  if (alias) head = head.slice(0, alias.index);
  // "Several governments, including Argentina, Chile and Peru, said": the members named in
  // an inserted list are examples; the group before them is the subject.
  const including = head.endsWith(',') && head.includes(' including ') ? INCLUDING_END.exec(head) : null;
  if (including) head = head.slice(0, including.index);
  return phraseEndingAt(text, from, head, index, true);
}

/** ", known as “Barbecue,”" / ", better known as 'El Mencho'," ending the words before a cue. */
const QUOTED_ALIAS_END =
  /,\s+(?:(?:better|also|widely|popularly)\s+)?known\s+as\s+(?:the\s+)?[“"‘'][^“”"‘’]{1,40}(?:,[”"’']|[”"’'],)$/u;

/** ", including Argentina, Chile and Peru," (names only) ending the words before a cue. */
const INCLUDING_END =
  /,\s+including\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:(?:,\s+|,?\s+and\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*){0,8},$/u;

/** ", who asked not to be named (for fear of reprisals)," ending the words before a cue. */
const NAME_WITHHELD_END =
  /,\s+who\s+asked\s+not\s+to\s+be\s+(?:named|identified)(?:\s+(?:for|because|as|to)\s[^,;:“”"]{1,60})?,$/u;

/** The dots of an initialism of capitals: "U.S.", "U.N.", "E.U." (two letters or more). */
const INITIALISM = /(?<![\p{L}.])(?:\p{Lu}\.){2,4}(?=[\s\p{Lu}])/gu;
/** `s` with each dot of an initialism turned into a one-dot leader (the same length). */
export function maskInitialismDots(s: string): string {
  if (!s.includes('.')) return s;
  return s.replace(INITIALISM, (m) => m.replaceAll('.', '\u2024'));
}

/** An acronym in brackets after a name: " (CNE)", " (IAEA)", " (AfD)". */
const BRACKETED_ACRONYM = /\s*\(\p{Lu}[\p{L}\p{N}&.-]{1,9}\)$/u;

/**
 * "used his speech to", "took to social media to", "seized the moment to" before a cue, and
 * the habitual "used to" ("her late mother, NAME, used to tell her: “…”").
 */
const USED_TO =
  /\s+(?:used\s+to|(?:used|uses|took|takes|seized|seizes)\s+(?:to\s+)?(?:(?:his|her|their|its|the|a|an|this)\s+)?[^,.;:“”"]{1,60}?\s+to)$/u;

const MAX_LOOKBACK = 160;
/**
 * An appositive that is a clause about the subject ("in his first season …", "who …"), or
 * a participle's ("speaking before Trump", "standing beside Macron"; not a title's
 * adjective: "acting president", "outgoing chief"), or a passive participle's agent
 * ("flanked by Vice President NAME", "accompanied by his wife").
 */
const APPOSITIVE_CLAUSE =
  /^(?:in|after|before|since|who|whose|which|having|at|on|during|despite|while|when|until|following|(?!(?:including|according|ruling|leading|governing|outgoing|incoming|founding|acting|reigning|sitting|visiting|managing|presiding|serving|winning|rising|opposing|striking|missing|remaining)\s)\p{Ll}{3,}ing|(?:flanked|accompanied|joined|surrounded|escorted|backed|followed|greeted|cheered|applauded|interrupted|introduced)\s+by)\s/u;
/**
 * "Yulia Navalnaya, the widow of … Alexei Navalny, said": a relative, friend or proxy
 * "of / to / for" someone, in an appositive: the name after it is the relation's other
 * person, never the speaker.
 */
const RELATION_OF =
  /\b(?:widow|widower|wife|husband|son|daughter|mother|father|brother|sister|niece|nephew|cousin|grandson|granddaughter|grandmother|grandfather|fianc[eé]e?|girlfriend|boyfriend|partner|friend|lawyer|attorney|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|assistant|biographer)s?\s+(?:of|to|for)\s/iu;
/** A kinship noun and its "of", opening a description: "the 42-year-old wife of ". */
const KIN_OF =
  /\b(?:the|a|an|his|her|their)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}(?:widow|widower|wife|husband|son|daughter|mother|father|brother|sister|niece|nephew|grandson|granddaughter|grandmother|grandfather)\s+of\s+[^,.;:“”"]*$/u;

/**
 * Does a kinship description run, with no break, from the words before the phrase's
 * floor to the name at `at` ("the 42-year-old wife of heir to the throne [Prince
 * William]")? The name is then the relative's other person. (A preposition right before
 * the name is read by the description test first; this reads titles between them.)
 */
function kinDescribedBefore(text: string, floor: number, at: number): boolean {
  const before = text.slice(Math.max(floor, at - 80), at);
  return before.includes(' of ') && KIN_OF.test(before);
}

/**
 * "a frequent critic of Sinner", "chaired by Professor Dimie Ogoina", "an analyst at
 * Bernstein" (a firm named after a person, and tagged one): a name after a preposition
 * (and perhaps a title) in an appositive is its complement, never the speaker.
 */
const COMPLEMENT_BEFORE = /\b(?:of|for|to|with|against|by|from|at)\s+(?:\p{Lu}[\p{L}.]*\s+)?$/u;

/**
 * A name opening a clause (after a title or a possessive), then ", who" or ", whose", or
 * a participle ("Trump, speaking at his headquarters in Palm Beach, Florida, promised"):
 * see {@link relativeAntecedent}.
 */
const OPENING_RELATIVE =
  /^(\s*)([^,.;:“”"]{1,80}),\s+(?:who(?:se)?|(?!(?:including|according)\s)\p{Ll}{3,}ing)\s/u;

/**
 * The person a relative clause opening the speaker's stretch is about: "Rory Blake, who …,
 * said", "NAME, whose party won five seats, including …, told" (the relative and anything
 * after it, commas and names included, up to the cue).
 * Only a person's mention that ends the words before ", who", with at most capitalised
 * title words or a possessive before it ("Australia's Nick Kyrgios, who …").
 */
function relativeAntecedent(
  text: string,
  floor: number,
  head: string,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const m = OPENING_RELATIVE.exec(head);
  if (!m) return null;
  const subjectStart = floor + m[1]!.length;
  const o = occurrenceEndingAt(index, subjectStart + m[2]!.length);
  if (o?.referent.type !== 'person' || o.start < subjectStart) return null;
  const lead = text.slice(subjectStart, o.start);
  // Capitalised words or a possessive, and title nouns among them ("Fine Gael leader").
  if (!/^(?:(?:\p{Lu}[\p{L}.'’-]*(?:['’]s)?|\p{Ll}+)\s+)*$/u.test(lead)) return null;
  if (!lead.split(/\s+/u).every((w) => w === '' || !/^\p{Ll}/u.test(w) || isPersonNoun(w))) return null;
  return mentionPhrase(text, o);
}

/** Words that give another name of the same person: "better known as", "nicknamed". */
const ALIAS_BEFORE = /\b(?:known\s+as|nicknamed|also\s+called|alias)\s+$/u;

/** A name of one to four capitalised words, the whole appositive: ", Rengo,". */
const APPOSITIVE_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** A capitalised subject after "that"/"which" ending the head: "an escalation that Tehran". */
const OBJECT_RELATIVE = /\s(?:that|which)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u;

/** A relative clause as an appositive: "…, which tripled its seats, said". */
const RELATIVE_APPOSITIVE = /^(?:who|whose|which)\s/u;

/**
 * " in Atlanta", " from Lyon", " of Desjardins": a capitalised place, or an organisation
 * the tagger did not call one, after a name (and its age: "Rick Sandoval, 52, of Tulare
 * County"), at the end of the subject.
 */
export const PLACE_AFTER_NAME =
  /(?:,\s*\d{1,3},)?\s+(?:in|from|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * Could {@link PLACE_AFTER_NAME} match `head`? It ends in a capitalised word of
 * `[\p{L}'’.-]` after a space, so the run of those characters ending `head` opens with a
 * capital (read from the end: the pattern, anchored at the end, is tried from every
 * position). A character outside the Basic Multilingual Plane in the run is left to the
 * pattern. `at` is where that run starts, when the caller has read it ({@link HeadEnd}).
 */
export function mayEndInCapitalised(head: string, at = suffixStart(head, isNameChar)): boolean {
  const before = head.charCodeAt(at - 1);
  if (before >= 0xd800 && before <= 0xdfff) return true;
  return at < head.length && UPPER.test(head[at]!);
}
export const TITLE_BEFORE =
  /\b(?:Governor|Minister|Secretary-General|Director-General|Secretary|Chancellor|President|Director|Chairman|Chairwoman|Chair|Commissioner|Ambassador|Mayor|Spokesman|Spokeswoman|Spokesperson|spokesman|spokeswoman|spokesperson|Chief|Executive|CEO|Head|Leader|Councillor|Senator|Representative)\s+$/u;
/**
 * The runs of ASCII letters that can end a {@link TITLE_BEFORE} match: its titles, and
 * "General" for the hyphenated ones.
 */
const TITLE_BEFORE_LAST = new Set(
  TITLE_BEFORE.source
    .slice(TITLE_BEFORE.source.indexOf('(?:') + 3, TITLE_BEFORE.source.indexOf(')'))
    .split('|')
    .map((t) => t.slice(t.lastIndexOf('-') + 1)),
);

/**
 * Does `before` (the text right before a person's name) end in a title word and spaces
 * ({@link TITLE_BEFORE})? A match ends in spaces after a title whose last run of ASCII
 * letters is the whole run of letters before those spaces (`\b` stands before the title),
 * so the pattern, which searches from every position, runs only when that run is one of
 * {@link TITLE_BEFORE_LAST}, or when a character outside ASCII (maybe a space of `\s`)
 * ends the text or stands before its ASCII spaces.
 */
export function endsInTitle(before: string): boolean {
  let e = before.length;
  while (e > 0 && isAsciiSpaceCode(before.charCodeAt(e - 1))) e--;
  if (e > 0 && before.charCodeAt(e - 1) >= 128) return TITLE_BEFORE.test(before);
  if (e === before.length) return false;
  let b = e;
  while (b > 0 && isAsciiLetterCode(before.charCodeAt(b - 1))) b--;
  return TITLE_BEFORE_LAST.has(before.slice(b, e)) && TITLE_BEFORE.test(before);
}

/** A preposition, maybe "the", and up to three capitalised words, then spaces: "a spokesman for the Foreign ". */
export const PREPOSITION_BEFORE_NAME =
  /\b(?:of|for|at|from|with|in|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
const PREPOSITION_OR_THE: ReadonlySet<string> = new Set([
  'of',
  'for',
  'at',
  'from',
  'with',
  'in',
  'to',
  'the',
]);

/**
 * Does `before` (the text right before a name) end as {@link PREPOSITION_BEFORE_NAME}
 * does? Before its last spaces a match holds the preposition, "the" (each the whole run of
 * ASCII letters there: a boundary or a space stands before it) or a capitalised word after
 * a space. So the pattern, which searches from every position, runs only when one of
 * those ends the text before its spaces, or when a character outside ASCII (a space of
 * `\s`, a letter, "’") stands in the way of reading that.
 */
export function inPrepositionalPhrase(before: string): boolean {
  let e = before.length;
  while (e > 0 && isAsciiSpaceCode(before.charCodeAt(e - 1))) e--;
  if (e > 0 && before.charCodeAt(e - 1) >= 128) return PREPOSITION_BEFORE_NAME.test(before);
  if (e === before.length) return false;
  let b = e;
  while (b > 0 && isAsciiLetterCode(before.charCodeAt(b - 1))) b--;
  if (PREPOSITION_OR_THE.has(before.slice(b, e))) return PREPOSITION_BEFORE_NAME.test(before);
  // A capitalised word: its characters back to the space before it are `[\p{L}.'’-]`.
  let t = e;
  while (t > 0) {
    const c = before.charCodeAt(t - 1);
    if (c >= 128) return PREPOSITION_BEFORE_NAME.test(before);
    if (!isAsciiLetterCode(c) && c !== 46 && c !== 39 && c !== 45) break;
    t--;
  }
  const first = before.charCodeAt(t);
  return (
    t > 0 &&
    isAsciiSpaceCode(before.charCodeAt(t - 1)) &&
    first >= 65 &&
    first <= 90 &&
    PREPOSITION_BEFORE_NAME.test(before)
  );
}

/** An ASCII character of `\s`: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** A determiner and up to three lower-case words or ages before a nationality: "The 42-year-old ". */
const DESCRIBED_DEMONYM = /(?:^|[\s,(—])((?:the|a|an)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){1,3})$/iu;

function phraseEndingAt(
  text: string,
  floor: number,
  head: string,
  index: ReferentIndex,
  allowAppositive: boolean,
): SpeakerPhrase | null {
  const end = floor + head.length;
  if (head.length === 0) return null;
  // The head's last words, read once: the end-anchored rules below run only when it ends
  // in a word of theirs.
  const last = new HeadEnd(head);
  const poss = last.mayBePossessive() ? POSSESSIVE_OF.exec(head) : null;
  if (poss) {
    const o = occurrenceEndingAt(index, end - poss[0].length);
    if (o)
      return { start: o.start, end, kind: 'mention', referent: o.referent, text: text.slice(o.start, end) };
  }
  const o = occurrenceEndingAt(index, end);
  // "Bank of England Governor Andrew Bailey": a title word right before a person's name.
  const titleBefore =
    o?.referent.type === 'person' && endsInTitle(text.slice(Math.max(floor, o.start - 30), o.start));
  // "a spokesman for the Foreign Ministry": the mention is inside a description — unless a
  // title word right before the name makes the name the head, not part of the description.
  const insideDescription =
    o &&
    (inPrepositionalPhrase(text.slice(Math.max(floor, o.start - 40), o.start)) ||
      // "A former employee of the logistics company TransAlpine": a common noun naming
      // the organisation stands between the preposition and the name.
      orgNounBefore(text.slice(Math.max(floor, o.start - 40), o.start))) &&
    !titleBefore &&
    !titledByOrganisation(text, floor, o, index);
  // "Secretary of the Security Council of the Russian Federation Sergei Shoygu said": the
  // title naming a country is the person's, so the phrase opens with it (no lead is left
  // for the sentence's frame to refuse).
  const titledByPlace =
    o !== undefined &&
    o.referent.type === 'person' &&
    !titleBefore &&
    titledByPlaceBefore(text, floor, o, index);
  // "the 42-year-old wife of heir to the throne Prince William said": the name closes a
  // relative's description; the relative speaks, not the person named.
  const kinOf = o !== undefined && !insideDescription && kinDescribedBefore(text, floor, o.start);
  // "Kevin Oduya in Atlanta said": a place after the person says where they are;
  // "Julie Tremblay of Desjardins said": whom they work for.
  if (!o) {
    const place = mayEndInCapitalised(head, last.nameStart) ? PLACE_AFTER_NAME.exec(head) : null;
    const person = place ? occurrenceEndingAt(index, end - place[0].length) : undefined;
    if (person && person.referent.type === 'person') return mentionPhrase(text, person);
  }
  // "Chukwuemeka Obi of the Lagos Business School": the person, not the organisation.
  const owner = o ? personBeforeOrg(text, floor, o, index) : null;
  if (owner) return owner;
  // "Microsoft and OpenAI said": two names joined are one speaker, as written.
  const pair = o && !insideDescription ? coordinated(text, floor, o, index) : null;
  if (pair) return pair;
  if (o && titledByPlace && !kinOf) {
    let start = floor;
    while (start < o.start && text.charCodeAt(start) === 32) start++;
    return { ...mentionPhrase(text, o), start, text: text.slice(start, o.end) };
  }
  if (o && !insideDescription && !kinOf) return mentionPhrase(text, o);
  if (allowAppositive && head.endsWith(',')) {
    const app = TRAILING_APPOSITIVE.exec(head);
    if (app) {
      // "The club's chairman, Richard Hall, said": the appositive is the name.
      const appositive = app[0].replace(/^,\s*/u, '').replace(/,\s*$/u, '');
      const innerEnd = end - (app[0].length - app[0].replace(/,\s*$/u, '').length);
      const named = occurrenceEndingAt(index, innerEnd);
      // ("NAME, flanked by Vice President NAME at the White House, said": no owner in a clause.)
      const owner =
        named && !APPOSITIVE_CLAUSE.test(appositive)
          ? personBeforeOrg(text, innerEnd - appositive.length, named, index)
          : null;
      if (owner) return owner;
      // A name that is the whole appositive, or a person ending it ("a cleaner named NAME");
      // in "NAME, founder of the agency Blue Hour Live, said" the organisation completes a
      // description of NAME, who speaks.
      const appStart = innerEnd - appositive.length;
      const qualified = isPlaceQualifier(text, appStart, innerEnd, index)
        ? phraseEndingAt(text, floor, `${head.slice(0, head.length - app[0].length)},`, index, true)
        : null;
      if (qualified) return qualified;
      // "A witness, who gave her name only as Anja, told …", "A student, who asked to be
      // identified only by her first name, Madison, said": the name the speaker gave.
      const given = givenName(appositive, head.slice(0, head.length - app[0].length));
      if (given) {
        const s = innerEnd - given.length;
        return { start: s, end: innerEnd, kind: 'name', referent: null, text: given };
      }
      // "A spokesman for the largest union, the Scottish Teachers Association, said": an
      // organisation in apposition to a person's description names whom the person speaks
      // for; the person (the description) is the speaker.
      const forOrganisation =
        named !== undefined &&
        named.referent.type !== 'person' &&
        personHeaded(head.slice(0, head.length - app[0].length));
      // "Arne Slot, in his first season after succeeding Jürgen Klopp, said": an
      // appositive that opens with a preposition or a relative word is a clause about the
      // subject before it, and a name inside it is that clause's object, never the speaker.
      const clause = APPOSITIVE_CLAUSE.test(appositive);
      // (Nor is a name after an organisation's noun: in "NAME, the founder of the Paris
      // auction house Drouot Patrimoine, said" it names the house, however it was tagged.)
      // ("NAME, the commander better known as ALIAS, told": the alias is the same person,
      // named by the words before the appositive.)
      const related =
        named !== undefined &&
        (RELATION_OF.test(text.slice(appStart, named.start)) ||
          ALIAS_BEFORE.test(text.slice(appStart, named.start)) ||
          COMPLEMENT_BEFORE.test(text.slice(appStart, named.start)) ||
          orgNounBefore(text.slice(appStart, named.start)));
      if (
        named &&
        !forOrganisation &&
        !clause &&
        !related &&
        (/^(?:the\s+)?$/iu.test(text.slice(appStart, named.start)) ||
          (named.start > appStart && named.referent.type === 'person'))
      ) {
        return mentionPhrase(text, named);
      }
      // "Rory Blake, who had a drink thrown at his wife, Erica, during play, said": a
      // relative clause on the opening name runs to the cue, whatever names it holds.
      // "Japan's top union group, Rengo, had said": a name the tagger missed, in apposition
      // to a body's description, is the body's own name.
      const bodyName =
        named === undefined && APPOSITIVE_NAME.test(appositive)
          ? lastWordOf(head.slice(0, head.length - app[0].length))
          : '';
      if (bodyName !== '' && isOrgNoun(bodyName.toLowerCase()) && !isPersonNoun(bodyName.toLowerCase())) {
        const s = innerEnd - appositive.length;
        return { start: s, end: innerEnd, kind: 'name', referent: null, text: appositive };
      }
      const antecedent = relativeAntecedent(text, floor, head, index);
      if (antecedent) return antecedent;
      // "Kenji Sato, leader of the Democratic Party, which tripled its seats, said": a
      // relative clause after another appositive is about that appositive's words; the
      // subject is read from the words up to the comma before it.
      if (RELATIVE_APPOSITIVE.test(appositive)) {
        const outer = phraseEndingAt(
          text,
          floor,
          head.slice(0, head.length - app[0].length + 1),
          index,
          true,
        );
        if (outer?.kind === 'mention' && outer.referent?.type === 'person') return outer;
      }
      // "Marisol Vega, 34, who had waited …, said": the age after the name is part of it;
      // "The National Electoral Council (CNE), which …, said": so is an acronym.
      const before = head.slice(0, head.length - app[0].length).replace(BRACKETED_ACRONYM, '');
      const age = /,\s*\d{1,3}$/u.exec(before);
      const inner = phraseEndingAt(text, floor, age ? before.slice(0, age.index) : before, index, false);
      if (inner) return inner;
    }
    return null;
  }
  // "in a major escalation that Tehran warned would have …": the subject of an object
  // relative speaks, not the noun phrase the relative is on.
  const objectRelative =
    head.includes(' that ') || head.includes(' which ') ? OBJECT_RELATIVE.exec(head) : null;
  if (objectRelative) {
    const start = end - objectRelative[1]!.length;
    const named = occurrenceEndingAt(index, end);
    if (named && named.start === start) return mentionPhrase(text, named);
    return { start, end, kind: 'name', referent: null, text: objectRelative[1]! };
  }
  const pron = last.mayBePronoun() ? TRAILING_PRONOUN.exec(head) : null;
  if (pron) {
    const s = end - pron[1]!.length;
    return { start: s, end, kind: 'pronoun', referent: null, text: pron[1]! };
  }
  // "“…,” a woman who had fled to the city told Reuters": a description of a person, then
  // a relative clause on it; the description is the speaker.
  const hasWho = head.includes(' who ');
  const relative = hasWho ? RELATIVE_DESCRIPTION.exec(head) : null;
  // "Student leaders who spearheaded the protests said": a bare plural of people opening
  // its clause, then "who" and its clause.
  // (Before "said" or "told" only: "Students who led the protests demanded that …" is
  // not listed as speech by blind13's writer, and weak cues need a surer subject.)
  const plural = hasWho && !relative ? PLURAL_RELATIVE.exec(head) : null;
  if (plural && isPluralSpeakerNoun(lastWordOf(plural[1]!)) && SAID_NEXT.test(text.slice(end, end + 8))) {
    const start = floor + plural.index + plural[0].indexOf(plural[1]!);
    return { start, end: start + plural[1]!.length, kind: 'description', referent: null, text: plural[1]! };
  }
  if (relative && isPersonNoun(lastWordOf(relative[1]!)) && headNounOk(relative[1]!)) {
    const start = floor + relative.index + relative[0].indexOf(relative[1]!);
    // "“…!” a demonstrator who gave her name as Anjali told AFP": the name the speaker gave.
    const gave = GAVE_NAME_AS.exec(head.slice(start - floor + relative[1]!.length).trimStart());
    if (gave) {
      const named = occurrenceEndingAt(index, end);
      if (named && named.start === end - gave[1]!.length && named.referent.type === 'person')
        return mentionPhrase(text, named);
      return { start: end - gave[1]!.length, end, kind: 'name', referent: null, text: gave[1]! };
    }
    return {
      start,
      end: start + relative[1]!.length,
      kind: 'description',
      referent: null,
      text: relative[1]!,
    };
  }
  // A quoted title inside a description ('Critics of the so-called "growth plan"') is part
  // of it ('The publisher of "La Longue Nuit"'): the marks read as spaces.
  // The dots of an initialism ("a spokesperson for the U.N. agency") end no clause: they
  // read as a dot leader, so the phrase patterns go on past them (offsets are kept).
  const unquoted = maskInitialismDots(head.replace(/[“”"]/gu, ' '));
  const tail = clauseTail(unquoted);
  const withPrep = mayEndInPrepPhrase(tail) ? PLURAL_WITH_PREP.exec(unquoted) : null;
  const pluralWithPrep = withPrep && pluralHead(withPrep[1]!, withPrep[2]!) ? withPrep[1]! : null;
  const det = mayEndInDetermined(tail) ? DETERMINER.exec(unquoted) : null;
  // "Analysts at one Wall Street bank", "Fishermen in the province of X": the determiner
  // phrase is the complement of a plural head that starts before it.
  if (det && pluralWithPrep && pluralWithPrep.length > det[1]!.length)
    return {
      start: end - pluralWithPrep.length,
      end,
      kind: 'description',
      referent: null,
      text: text.slice(end - pluralWithPrep.length, end),
    };
  if (det) {
    // Try every determiner start from the longest phrase to the shortest.
    const phrase = det[1]!;
    const starts = [0];
    for (const m of phrase.matchAll(/\s(?=(?:the|a|an|his|her|their|its|some|many|several|most)\s)/giu))
      starts.push(m.index + 1);
    for (const s of starts) {
      const sub = phrase.slice(s);
      // "The headteacher has defended the ban after some parents": a clause, not a noun
      // phrase — a shorter start ("some parents") is the subject.
      if (s < phrase.length && starts.length > 1 && CLAUSE_INSIDE.test(sub)) continue;
      if (headNounOk(sub) && sub.split(/\s+/).length <= 12) {
        const start = end - sub.length;
        const inner = occurrenceEndingAt(index, end);
        return {
          start,
          end,
          kind: 'description',
          referent: inner?.referent ?? null,
          text: text.slice(start, end),
        };
      }
    }
  }
  if (pluralWithPrep)
    return {
      start: end - pluralWithPrep.length,
      end,
      kind: 'description',
      referent: null,
      text: text.slice(end - pluralWithPrep.length, end),
    };
  // The end-anchored patterns below search from every position: each runs only when the
  // word ending `head` could end its match (the same results, much less work).
  const tailWord = last.word;
  const bare =
    tailWord !== '' &&
    (PLURAL_ROLE_NOUNS.has(tailWord) || isPluralSpeakerNoun(tailWord) || isRoleNoun(tailWord))
      ? BARE_PLURAL.exec(head)
      : null;
  if (bare && (pluralHead(bare[1]!, bare[2]!) || isRoleNoun(bare[2]!.toLowerCase()))) {
    // "officials said", "U.S. officials said", "Police said", "Spokesman John Doe"
    let phrase = bare[1]!;
    const ws = phrase.split(/\s+/);
    // After a comma or at the start, the whole run is the subject: ", market leaders said".
    const lead = head.slice(0, head.length - phrase.length).trimEnd();
    const clauseStart = lead === '' || /[,;:—–]$/u.test(lead);
    // ", with one calling it …", ", angering residents who said …": a preposition, a
    // conjunction or a participle opens no subject.
    const shifted = ws.length;
    while (ws.length > 1 && (OPENS_NO_SUBJECT.test(ws[0]!) || VERB_ING.test(ws[0]!))) ws.shift();
    while (
      !clauseStart &&
      ws.length > 1 &&
      !/^\p{Lu}/u.test(ws[0]!) &&
      !/^(senior|top|local|western|foreign|military|government|other|two|three|several|many)$/i.test(ws[0]!)
    )
      ws.shift();
    phrase = ws.join(' ');
    if (pluralHead(phrase, bare[2]!) || ws.length > 1 || (ws.length < shifted && /^one$/iu.test(phrase))) {
      return { start: end - phrase.length, end, kind: 'description', referent: null, text: phrase };
    }
  }
  // "…; one of them, who asked not to be named, said": a member of a group named before.
  const partitive = last.allows(END_RULE.partitive) ? PARTITIVE_END.exec(head) : null;
  if (partitive)
    return {
      start: end - partitive[1]!.length,
      end,
      kind: 'description',
      referent: null,
      text: partitive[1]!,
    };
  // "…, but many say", "Some said": a quantifier standing for a group named before.
  const quantifier = last.allows(END_RULE.quantifier) ? QUANTIFIER_END.exec(head) : null;
  if (quantifier)
    return {
      start: end - quantifier[1]!.length,
      end,
      kind: 'description',
      referent: null,
      text: quantifier[1]!,
    };
  const nameTail = last.nameTail;
  const name =
    nameTail !== '' && (UPPER.test(nameTail[0]!) || NAME_PARTICLES.has(nameTail))
      ? NAME_RUN.exec(head)
      : null;
  if (name) {
    const run = name[1]!;
    const first = run.split(/\s+/)[0]!.toLowerCase();
    if (
      !(first in PRONOUNS) &&
      !/^(The|A|An|But|And|In|On|At|It|This|That|When|While|After|Before|As|If|So)$/.test(run) &&
      !SENTENCE_ADVERBS.has(run)
    ) {
      const ws = run.split(/\s+/);
      // Drop leading title words: "Defence Minister Berg" → "Berg".
      // "Chief Financial Officer Colette Kress": the title's words, "Chief" included even
      // when the four-word run began after it.
      const chiefBefore = /\bChief\s+$/u.test(head.slice(0, head.length - run.length));
      const chief = chiefOfficerLength(chiefBefore ? ['Chief', ...ws] : ws);
      const cut = chiefBefore ? chief - 1 : chief;
      if (chief > 0 && cut < ws.length) ws.splice(0, cut);
      while (ws.length > 1 && (TITLE_WORDS.has(ws[0]!.toLowerCase()) || INSTITUTION_TITLE_END.test(ws[0]!)))
        ws.shift();
      const trimmed = ws.join(' ');
      // "had come to The Hague thinking …", "In a post on Truth Social": a name after a
      // preposition is its object, never the subject of the verb that follows (a title
      // dropped from the run, "Secretary of State NAME", held the preposition).
      if (trimmed === run && PREPOSITION_LAST.test(head.slice(0, head.length - run.length))) return null;
      // "… cut rates on Wednesday, its first cut in four years, saying …": a day is no one.
      if (CALENDAR_WORD.test(trimmed)) return null;
      // "The 42-year-old Zimbabwean told reporters": a nationality heads a description of a
      // person, with its determiner and the lower-case words between.
      if (ws.length === 1 && isDemonym(trimmed)) {
        const before = end - trimmed.length;
        const described = DESCRIBED_DEMONYM.exec(text.slice(Math.max(floor, before - 40), before));
        if (described) {
          const start = before - described[1]!.length;
          return { start, end, kind: 'description', referent: null, text: text.slice(start, end) };
        }
      }
      return { start: end - trimmed.length, end, kind: 'name', referent: null, text: trimmed };
    }
  }
  return null;
}

/** Sentence adverbs: capitalised when they open a sentence ("However, …"), never a speaker. */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(
  'However Meanwhile Still Instead Nevertheless Nonetheless Separately Afterwards Later Earlier Yet Then'.split(
    ' ',
  ),
);

/** An appositive giving the name an unnamed speaker went by: "who gave her name only as Anja". */
const GAVE_NAME_AS =
  /^(?:who\s+)?(?:gave|giving|would\s+give)\s+(?:only\s+)?(?:his|her|their)\s+(?:(?:first|family|last)\s+|sur)?name(?:\s+only)?\s+as\s+(\p{Lu}[\p{L}'’-]+)$/u;
/** The words before an appositive that is the name itself: "… by her first name, Madison". */
const NAME_ONLY_BEFORE =
  /\b(?:only\s+(?:as|by)\s+(?:his|her|their)\s+(?:first\s+)?name|(?:his|her|their)\s+first\s+name)$/u;
const ONE_NAME = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * The one name an unnamed speaker gave, from the appositive after the description and
 * the text before the appositive; null when the appositive gives none.
 */
function givenName(appositive: string, before: string): string | null {
  const gave = GAVE_NAME_AS.exec(appositive);
  if (gave) return gave[1]!;
  return ONE_NAME.test(appositive) && NAME_ONLY_BEFORE.test(before.trimEnd()) ? appositive : null;
}

/** "said" or "told" right after a phrase. */
const SAID_NEXT = /^\s+(?:said|say|says|told|tell|tells)\b/u;
/**
 * A bare plural of up to three words opening the head, the first capitalised, then "who"
 * and its clause, to the end: "Student leaders who led the protests".
 */
const PLURAL_RELATIVE = /^\s*(\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})\s+who\s+[^,;:.!?“”"«»()]{1,80}$/u;

/**
 * An indefinite description of up to four words, then "who" and its clause, to the end
 * (capitalised when it opens the sentence: "A woman who fled to the camp said …").
 */
const RELATIVE_DESCRIPTION =
  /(?:^|[\s,(—])((?:[Aa]|[Aa]n|[Oo]ne)\s+(?:[\p{Ll}\d-]+\s+){0,3}?[\p{Ll}-]+)\s+who\s+[^,;:.!?“”"«»()]{1,80}$/u;

/** The last word of a phrase, lower-cased. */
function lastWordOf(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
}

/** Days and months: capitalised, never a speaker. */
export const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/u;
