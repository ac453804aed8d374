/**
 * Reported speech carried by a participle after the main clause: ", adding that …",
 * ", accusing the minister of …", "issued a statement saying …". The speaker is the main
 * clause's (the subject of the cue before the comma, or the name after an inverted "said").
 * Separate because these frames read a second clause of a sentence whose cue is elsewhere.
 */
import type { Sentence } from '../../core/annotations.js';
import { type CueMatch, cuesIn, type Word, wordsIn } from './cues.js';
import { subjectThenVerb } from './participle-clause.js';
import type { ReferentIndex } from './referents.js';
import { clauseSubject, openingSubject, subjectOfCue } from './reported-subject.js';
import { CLAUSE_WORD, FINITE, type ReportedSpeech, trimContent } from './reported-words.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/**
 * "The ministry issued a statement saying it would …", "has filed a lawsuit claiming she
 * was dismissed …": a document the subject put out, and the participle that gives its content.
 */
const DOCUMENT_PARTICIPLE =
  /\b(?:issued|issues|released|releases|published|publishes|filed|files|sent|sends|posted|posts|submitted|lodged|signed|put\s+out)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|lawsuit|complaint|letter|suit|petition|motion|appeal|filing|note|post|message|memo|release|notice)\s+(?:on\s+\p{Lu}\p{L}+\s+)?(saying|claiming|alleging|arguing|asserting|stating|warning|noting|insisting)\s+(that\s+)?/iu;

export function documentParticiple(text: string, s: Sentence, index: ReferentIndex): ReportedSpeech | null {
  const m = DOCUMENT_PARTICIPLE.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const verbStart = s.start + m.index;
  const phrase = clauseSubject(text, s, { start: verbStart, end: verbStart }, index);
  if (!phrase) return null;
  const contentStart = verbStart + m[0].length;
  const rest = wordsIn(text, contentStart, s.end);
  if (!m[2] && !rest.slice(0, 6).some((w) => FINITE.has(w.lower))) return null;
  const content = trimContent(text, contentStart, s.end);
  if (!content) return null;
  const partStart = contentStart - m[0].length + m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase());
  const participle = m[1]!.toLowerCase();
  const cue: CueMatch = {
    start: partStart,
    end: partStart + m[1]!.length,
    lemma: PARTICIPLE_LEMMA[participle] ?? participle.replace(/ing$/u, ''),
    core: true,
  };
  return { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end };
}

/** Participles that add speech to an attribution: ", adding that …", ", saying …". */
export const PARTICIPLE =
  /,\s+(adding|saying|noting|warning|insisting|arguing|stressing|explaining|claiming|telling|demanding)\s+(that\s+)?/iu;
/** Where or how a participle's words were given, then "that": "in a televised speech that". */
const SETTING_THEN_THAT =
  /^(?:in|on|at|during|via|through)\s+(?:a|an|the|his|her|its|their)\s+[^,;:.!?“”"]{0,50}?\bthat\s+/iu;
/** Subject pronouns: after a participle ("saying he took …") one opens a clause. */
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|it)$/u;

/**
 * Where the content after ", telling" starts: "telling the nation he would …", "telling
 * supporters at Howard University that she would …" — the listener (a few words, no
 * punctuation), then "that" (content after it) or a subject pronoun (content from it).
 * -1 when no clause follows the listener.
 */
function afterListener(text: string, rest: readonly Word[]): number {
  for (let k = 1; k < Math.min(rest.length - 1, 12); k++) {
    const w = rest[k]!;
    const between = text.slice(rest[0]!.start, w.start);
    if (/[;:“”"]/u.test(between)) return -1;
    if (FINITE.has(w.lower) || CLAUSE_WORD.test(w.lower)) return -1;
    if (w.lower === 'that') return rest[k + 1]!.start;
    // A listener in apposition ("supporters at Howard University, her alma mater, that")
    // needs "that" after it; a pronoun after a comma may open another clause.
    if (between.includes(',')) continue;
    if (k >= 8) return -1;
    if (SUBJECT_PRONOUN.test(w.lower)) return w.start;
  }
  return -1;
}
/** After "saying he", words that make no clause ("saying he and …"). */
const FINITE_BLOCKER = /^(?:and|or|but|to|of|in|on|at|for|with|himself|herself|themselves|itself)$/u;
const PARTICIPLE_LEMMA: Readonly<Record<string, string>> = {
  telling: 'tell',
  adding: 'add',
  saying: 'say',
  noting: 'note',
  warning: 'warn',
  insisting: 'insist',
  arguing: 'argue',
  stressing: 'stress',
  explaining: 'explain',
  claiming: 'claim',
};

/**
 * Participles whose act includes its object, so the content starts at the participle, as
 * with the finite verbs ("accused him of …", "promised to …"): ", accusing the minister of
 * ignoring …" (a charge: an object, then "of"), ", promising to rebuild …" (a commitment:
 * "to" and a verb). Read after a comma, with the speaker of the clause before it.
 */
export const CHARGE_PARTICIPLE =
  /(?:,\s+|,?\s+and\s+(?=accused\s))(accusing|promising|pledging|vowing|accused)\s+/iu;

export function participleCharge(text: string, s: Sentence, index: ReferentIndex): ReportedSpeech | null {
  const m = CHARGE_PARTICIPLE.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const comma = s.start + m.index;
  const partStart = comma + m[0].indexOf(m[1]!);
  const partEnd = partStart + m[1]!.length;
  const participle = m[1]!.toLowerCase();
  const rest = wordsIn(text, partEnd, s.end);
  // ", and accused Brussels of ignoring …" after a partial quotation: the same charge as a
  // second verb of the sentence's speaker (the finite form after "and" only).
  if (participle === 'accusing' || participle === 'accused') {
    // An object of a few words, then "of": not "accusing glances", not a clause.
    const of = rest.slice(0, 7).findIndex((w) => w.lower === 'of');
    if (of < 1 || /[,;:“”"]/u.test(text.slice(partEnd, rest[of]!.start))) return null;
    if (rest.slice(0, of).some((w) => FINITE.has(w.lower) || CLAUSE_WORD.test(w.lower))) return null;
  } else if (
    rest[0]?.lower !== 'to' ||
    !rest[1] ||
    rest[1].capitalized ||
    !/^\p{Ll}+$/u.test(rest[1].lower)
  ) {
    // "promising to" and a verb; not "a promising start" or "promising results".
    return null;
  }
  const phrase = participleSpeaker(text, s, comma, index);
  const content = phrase ? trimContent(text, partStart, s.end) : null;
  if (!phrase || !content) return null;
  const lemma =
    participle === 'accusing' || participle === 'accused'
      ? 'accuse'
      : participle.replace(/ing$/u, '').replace(/^(?:promis|pledg)$/u, '$&e');
  return {
    span: content,
    cue: { start: partStart, end: partEnd, lemma, core: true },
    phrase,
    frameStart: partStart,
    frameEnd: s.end,
  };
}

/**
 * The speaker of the clause before a participle's comma at `comma`: the subject of the
 * last core cue there (or the name after an inverted "said"), else the sentence's
 * opening subject ("The mayor toured the site, promising to …").
 */
function participleSpeaker(
  text: string,
  s: Sentence,
  comma: number,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const main = lastCoreCue(text, s, comma);
  return main ? subjectOfCue(text, s, comma, main, index) : openingSubject(text, s, comma, index);
}

/** The last core speech cue of the sentence before `comma` ("according to" aside), or undefined. */
function lastCoreCue(text: string, s: Sentence, comma: number): CueMatch | undefined {
  return cuesIn(wordsIn(text, s.start, comma))
    .filter((c) => c.core && c.lemma !== 'according to')
    .pop();
}

/**
 * "“…,” the minister said, adding that Athens would not pay.": the participle's clause
 * is reported speech of the main clause's speaker (the subject of the cue before the
 * comma, or the name after an inverted "said").
 */
export function participleAddition(text: string, s: Sentence, index: ReferentIndex): ReportedSpeech | null {
  const m = PARTICIPLE.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const comma = s.start + m.index;
  const partStart = comma + m[0].indexOf(m[1]!);
  const partEnd = partStart + m[1]!.length;
  let contentStart = comma + m[0].length;
  let rest = wordsIn(text, contentStart, s.end);
  // "…, demanding that Macron invite the left to govern": a demand reports words only with
  // "that" ("demanding an apology" names what was asked for).
  if (!m[2] && m[1]!.toLowerCase() === 'demanding') return null;
  if (m[1]!.toLowerCase() === 'telling') {
    // "telling the nation he would …": the listener first; "telling" alone is no clause.
    if (m[2] || rest.length === 0 || SUBJECT_PRONOUN.test(rest[0]!.lower)) return null;
    contentStart = afterListener(text, rest);
    if (contentStart < 0) return null;
    rest = rest.filter((w) => w.start >= contentStart);
  }
  // "…, saying in a televised speech that any country was welcome …": where or how it was
  // said, then "that".
  let that = m[2] !== undefined;
  if (!that && m[1]!.toLowerCase() !== 'telling') {
    const setting = SETTING_THEN_THAT.exec(text.slice(contentStart, s.end));
    if (setting) {
      contentStart += setting[0].length;
      rest = rest.filter((w) => w.start >= contentStart);
      that = true;
    }
  }
  // Without "that", a clause must follow ("saying the plan was dead", "saying he took …"),
  // not "warning of …".
  if (
    !that &&
    !rest.slice(0, 6).some((w) => FINITE.has(w.lower)) &&
    !(
      SUBJECT_PRONOUN.test(rest[0]?.lower ?? '') &&
      rest.length > 2 &&
      !FINITE_BLOCKER.test(rest[1]!.lower)
    ) &&
    // "saying the test moved the agency closer …"
    !subjectThenVerb(rest)
  )
    return null;
  if (rest.length > 0 && /^(?:to|of|about|for|on|with|by)$/u.test(rest[0]!.lower)) return null;
  const main = lastCoreCue(text, s, comma);
  if (!main) {
    // "Ruto on Thursday defended the plan, saying the country could not keep borrowing":
    // the participle is speech of the sentence's subject. With no speech verb before it,
    // the participle is the sentence's only act of speech and its content starts at the
    // verb, as "accused X of …" does ("voted against the hike, arguing that it was …").
    const subject = openingSubject(text, s, comma, index);
    // ("telling the nation he would …": the clause after the listener.)
    const telling = m[1]!.toLowerCase() === 'telling';
    const content = subject ? trimContent(text, telling ? contentStart : partStart, s.end) : null;
    if (!subject || !content) return null;
    const lemma = PARTICIPLE_LEMMA[m[1]!.toLowerCase()] ?? 'say';
    return {
      span: content,
      cue: { start: partStart, end: partEnd, lemma, core: true },
      phrase: subject,
      frameStart: partStart,
      frameEnd: s.end,
    };
  }
  const phrase = subjectOfCue(text, s, comma, main, index);
  if (!phrase) return null;
  const content = trimContent(text, contentStart, s.end);
  if (!content) return null;
  const lemma = PARTICIPLE_LEMMA[m[1]!.toLowerCase()] ?? 'say';
  return {
    span: content,
    cue: { start: partStart, end: partEnd, lemma, core: true },
    phrase,
    frameStart: partStart,
    frameEnd: s.end,
  };
}
