/**
 * The speaker phrase right after a cue (`said Berg`, `said the minister`, `said he`, `said a
 * spokeswoman for the ministry`, `said residents of the town`), and the subject that opens a
 * sentence once its lead (a participle, an adverbial, a place) is skipped
 * (`openingSpeaker`). Separate from speaker-before-cue.ts: reading forward stops at
 * different words (the name's end, a scene or workplace noun) than reading back.
 */
import { wordsIn } from './cues.js';
import { isOrgNoun } from './lexicon.js';
import { firstOccurrenceFrom, type ReferentIndex } from './referents.js';
import { FINITE } from './reported-words.js';
import { SENTENCE_ADVERBS } from './speaker-before-cue.js';
import {
  headNounOk,
  isPluralSpeakerNoun,
  isSpaceCodeAt,
  isTitleRun,
  mentionPhrase,
  occurrenceEndingAt,
  occurrenceStartingAt,
  pluralHead,
  type SpeakerPhrase,
} from './speaker-phrase.js';

/**
 * A participle's clause opening a sentence: "Accepting the award, ", "Speaking in Tirana, ",
 * and the reporter's question: "Asked by reporters whether she would resign, ".
 */
const OPENING_PARTICIPLE =
  /^(?:\p{Lu}\p{Ll}{2,}ing\s+(?:the|a|an|his|her|their|its|on|in|at|to|for|with|from|after|before|during|outside|about)|Asked\s+(?:by|about|whether|if|why|how|what|when|on))\s[^,.;:!?“”"«»]{1,80},\s+/u;

/**
 * The length of a participle's clause opening the text at `start` (0 when there is none).
 * Read only where a capitalised word in -ing opens it.
 */
export function openingParticiple(text: string, start: number, ceiling: number): number {
  const c = text.charCodeAt(start);
  if (c < 65 || c > 90) return 0;
  const m = OPENING_PARTICIPLE.exec(text.slice(start, Math.min(ceiling, start + 120)));
  return m ? m[0].length : 0;
}

const AFTER_PRONOUN = /^\s*(he|she|they|we|I|him|her|them)\b/u;
const OPENING_PRONOUN = /^\s*(He|She|They|We)\b/u;

/**
 * The subject of a sentence that opens with a capitalised pronoun ("He also promised …,
 * saying …", "She apologised and said …"), else what {@link speakerAfter} finds there.
 */
/** "In Kyiv, ", "In New York, ", "At the Vatican, ": a place's phrase opening a sentence. */
const OPENING_PLACE = /^(?:In|At)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s+/u;

/**
 * The length of a place's phrase opening the text at `start` ("In Kyiv, "), 0 when there
 * is none. Read only where "In" or "At" opens it.
 */
export function openingPlace(text: string, start: number, ceiling: number): number {
  if (text.charCodeAt(start + 1) !== 110 && text.charCodeAt(start + 1) !== 116) return 0;
  return OPENING_PLACE.exec(text.slice(start, Math.min(ceiling, start + 60)))?.[0].length ?? 0;
}

/**
 * A time phrase opening a sentence before its subject: "Two days later ", "Hours later, ",
 * "About an hour later, ",
 * "On Monday ", "late on Friday". None of its words is a speaker ("Two").
 */
const OPENING_TIME =
  /^(?:(?:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|Several|A\s+few|\d{1,3}|(?:About|Around|Nearly|Almost|Barely|Just|Some)\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d{1,3}))\s+(?:minutes?|hours?|days?|weeks?|months?|years?)|Moments|Minutes|Hours|Days|Weeks|Months|Years)\s+(?:later|earlier|afterwards)\b,?\s+|(?:(?:Late|Early|Later)\s+on\s+|[Oo]n\s+)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+)/u;
/**
 * The medium or occasion of what follows, opening a sentence: "In a post on Truth Social, ",
 * "In an interview with the BBC, ", "During his visit to Kyiv, ", "As the event ended, ", "As
 * agents surrounded him, ", "When she arrived, ", "At a gas station in St. Petersburg, ". A
 * name inside it is never the subject that follows.
 */
const OPENING_SETTING =
  /^(?:(?:In|On|At|During|Via|Through)\s+(?:a|an|his|her|their|its)|(?:As|When|While|Once|After|Before)\s+(?:the|a|an|his|her|their|its|\p{Ll}{2,}s|he|she|they|we))\s+(?:[^,.;:!?“”"«»]|(?<=\b(?:St|Mt|Ft))\.){1,60}?,\s+/u;
/** A capitalised word and a comma: a sentence adverb when {@link SENTENCE_ADVERBS} has it. */
const OPENING_WORD = /^(\p{Lu}\p{Ll}+),\s+/u;

/**
 * The length of the sentence adverbs ("However, "), time phrases and settings ("In a post
 * on X, ") opening the text at `start` (0 when there are none): "However, on Monday he said
 * …" opens with two.
 */
export function openingAdverbial(text: string, start: number, ceiling: number): number {
  let at = start;
  for (let k = 0; k < 2; k++) {
    const c = text.charCodeAt(at);
    // Capitalised, or "on" after a first adverbial ("However, on Monday").
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (k > 0 && c === 111))) break;
    const slice = text.slice(at, Math.min(ceiling, at + 60));
    const word = OPENING_WORD.exec(slice);
    const m =
      word && SENTENCE_ADVERBS.has(word[1]!)
        ? word
        : (OPENING_TIME.exec(slice) ?? OPENING_SETTING.exec(slice));
    if (!m) break;
    at += m[0].length;
  }
  return at - start;
}

/**
 * What opens a sentence before its subject: a participle's clause ("Accepting the award,
 * Panahi urged …"), then sentence adverbs and time phrases ("Two days later Southgate
 * announced …").
 */
export function openingLead(text: string, start: number, ceiling: number): number {
  const participle = openingParticiple(text, start, ceiling);
  return participle + openingAdverbial(text, start + participle, ceiling);
}

export function openingSpeaker(
  text: string,
  start: number,
  ceiling: number,
  index: ReferentIndex,
): SpeakerPhrase | null {
  // "Accepting the award, Panahi urged …": the subject stands after the participle's clause;
  // "However, on Monday he said …": after the adverbs.
  start += openingLead(text, start, ceiling);
  // "In Kyiv, Foreign Minister Dmytro Kuleba thanked …": the subject stands after the place.
  start += openingPlace(text, start, ceiling);
  const c = text.charCodeAt(start);
  // "He", "She", "They", "We" (tested by their first letter before the pattern).
  if (c === 72 || c === 83 || c === 84 || c === 87) {
    const pron = OPENING_PRONOUN.exec(text.slice(start, Math.min(ceiling, start + 6)));
    if (pron) return { start, end: start + pron[1]!.length, kind: 'pronoun', referent: null, text: pron[1]! };
  }
  return speakerAfter(text, start, ceiling, index);
}
// ("according to a source close to her": "close to", "loyal to", "opposed to" go on.)
// (A past tense and its object end it: "the former president raised his fist …", "The
// electoral commission rejected the claims, saying …".)
const AFTER_DESCRIPTION =
  /^\s*((?:the|a|an|his|her|their|its|one|another|two|several|senior|top)\s+[^,.;:!?“”"«»()]{1,100}?)(?=(?<!\b(?:close|loyal|opposed))\s+(?:on|in|at|during|after|before|when|while|who|which|that|last|this|late|early|yesterday|today|told|to|said|says|added|wrote)\b|\s+(?:\p{Ll}{3,}ed|made|took|gave|held|met|led|sent|spoke|went|came|began|stood|left)\s+(?:the|a|an|his|her|their|its)\s|[,.;:!?“”"«»()]|$)/iu;
/**
 * Up to three words at the start of `tail` ending in a plural speaker noun ("hotel owners",
 * "local farm groups"): [the run with its leading spaces, the run, the noun].
 */
function afterPlural(tail: string): [string, string, string] | null {
  const m = /^\s*((?:[\p{L}.'’-]+)(?:\s+[\p{L}.'’-]+){0,2})/u.exec(tail);
  if (!m) return null;
  const ws = m[1]!.split(/\s+/);
  // "…, pointing out that doctors had received …": "that" after a cue opens the reported
  // clause, whose subject is no speaker.
  // Nor is a phrase after a preposition ("… of justice” for Syrians, but warned") a subject.
  if (/^(?:that|whether|if|how|why|for|to|of|in|on|at|with|from|by|about|against)$/iu.test(ws[0]!))
    return null;
  const leading = m[0].length - m[1]!.length;
  // "according to Indian officials.": the sentence's full stop ends the noun, not the word.
  const last = ws.length - 1;
  if (ws[last]!.endsWith('.') && !ws[last]!.slice(0, -1).includes('.')) ws[last] = ws[last]!.slice(0, -1);
  for (let k = 0; k < ws.length; k++) {
    if (!pluralHead(ws.slice(0, k + 1).join(' '), ws[k]!)) continue;
    // "Police unions", "Police officers": a plural noun heading a compound is its modifier.
    if (k + 1 < ws.length && isPluralSpeakerNoun(ws[k + 1]!.toLowerCase())) k++;
    const run = ws.slice(0, k + 1).join(' ');
    return [tail.slice(0, leading + run.length), run, ws[k]!];
  }
  return null;
}

/** A person named in apposition right after `from` (", Hannah Price,"), within the clause. */
function appositiveName(
  text: string,
  from: number,
  ceiling: number,
  index: ReferentIndex,
): SpeakerPhrase | null {
  // (", 26-year-old Rakshya Bam,": the age first.)
  const m = /^,\s*(?:\d{1,3}-year-old\s+)?/u.exec(text.slice(from, ceiling));
  if (!m) return null;
  const o = occurrenceStartingAt(index, from + m[0].length);
  if (o?.referent.type !== 'person' || o.end > ceiling) return null;
  if (!/^\s*(?:[,.;:!?—–]|$)/u.test(text.slice(o.end, Math.min(ceiling, o.end + 2)))) return null;
  return mentionPhrase(text, o);
}
const AFTER_NAME =
  /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}?)(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|(?:de|van|von|bin|al|der|da)(?![\p{L}'’.-]))){0,3})/u;

const INDEFINITE = /^(?:a|an|one|another)\s/iu;
/** " at the finance ministry", " at Deutsche Bank": a place of work after a description. */
/**
 * "who gave her name only as Ursula", "identified only as Rami", "a shopkeeper in the old
 * town who gave only his first name, Karim": the name an unnamed speaker gave; also after
 * a place in apposition ("one resident of the capital, Mamoudzou, who gave her name as").
 */
const GIVEN_NAME =
  /^(?:\s+in\s+[^,;:.!?“”"]{1,50}?)?(?:\s*,\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?(?=\s*,\s*who\s))?\s*,?\s*(?:who (?:gave|would give) (?:his|her|their) (?:first |family |last |sur)?name (?:only )?as|(?:identified|named) only as|who asked to be (?:identified|named) only as|who (?:gave|would give) only (?:his|her|their) first name,)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;
/** Where an unnamed speaker stood: "a man at the back of the hall", "a woman at the scene". */
const SCENE_NOUNS: ReadonlySet<string> = new Set(
  'hall room scene meeting rally site market hearing protest vigil funeral square gate gates entrance queue crowd courthouse'.split(
    ' ',
  ),
);
const WORKPLACE = /^\s+at\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?([\p{L}'’-]+)(?=[,.;:!?“”"]|\s*$)/u;

/** The characters of `[,.;:!?“”"]`, as codes. */
const AFTER_NAME_STOP: ReadonlySet<number> = new Set([...',.;:!?“”"'].map((c) => c.charCodeAt(0)));

/** The lower-cased word right after `at` (past spaces), or "". */
function wordAfterSpan(text: string, at: number): string {
  return /^\s+([\p{L}-]+)/u.exec(text.slice(at, at + 30))?.[1]?.toLowerCase() ?? '';
}

/** A full stop after a lone capital ("U.S.", "J. Smith"): an initial's, not a sentence's. */
function isInitialDot(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 46) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 65 || c > 90) return false;
  return i < 2 || text.charCodeAt(i - 2) === 46 || isSpaceCodeAt(text, i - 2);
}

/**
 * Is an inverted attribution ("…, said Berg.") ruled out without reading the speaker after
 * the cue ending at `from`? Such a speaker, and every word after it to `end`, hold no finite
 * verb ({@link FINITE}). Every phrase {@link speakerAfter} can find there starts at the first
 * word after the cue (or past initials, "said J Smith", which are no verbs) unless a mention
 * starts after the cue (read past title words, or named in apposition) or a given name may
 * follow ("who would give her name only as …"); without those, a finite verb from the first
 * word on rules the inversion out ("…, said the bloc was preparing …"). The words must be
 * single-spaced: a plural's words are re-joined by one space to find where it ends.
 */
export function invertedSpeakerRuledOut(
  text: string,
  from: number,
  end: number,
  index: ReferentIndex,
): boolean {
  let first = from;
  while (first < end && isSpaceCodeAt(text, first)) first++;
  if (first >= end) return false;
  const occurrences = index.occurrences;
  const next = firstOccurrenceFrom(index, from);
  if (next < occurrences.length && occurrences[next]!.start < end) return false;
  const rest = text.slice(first, end);
  if (rest.includes('name') || rest.includes('only as') || DOUBLE_SPACE.test(rest)) return false;
  return wordsIn(text, first, end).some((w) => FINITE.has(w.lower));
}
const DOUBLE_SPACE = /\s\s/u;

/** "24-year-old " before a name or title: the person's age, no word of a description. */
const AGE_BEFORE_NAME = /(?:^|\s)\d{1,3}-year-old\s+/u;

/**
 * `between` (the words from the cue to a name) with an age among them read as a space, and
 * a title about to be held ("President-elect") as the title.
 */
function withoutAgeOrElect(between: string): string {
  const aged = between.includes('-year-old') ? between.replace(AGE_BEFORE_NAME, ' ') : between;
  return aged.includes('-elect ') ? aged.replace(/-elect\s/u, ' ') : aged;
}

/** "'s " after a body's name, read as a space: the title run after it is the person's. */
function withoutPossessive(between: string): string {
  const c = between.charCodeAt(0);
  return (c === 39 || c === 8217) && between.charCodeAt(1) === 115 ? between.slice(2) : between;
}

/** The speaker phrase right after a cue (`said Berg`, `said the minister`, `said he`). */
export function speakerAfter(
  text: string,
  start: number,
  ceiling: number,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const tail = text.slice(start, ceiling);
  const lead = /^\s*/u.exec(tail)![0].length; // Title words before a name: "said Defence Minister Anna Berg", "said government spokeswoman Sophie Primas".
  // How far the text from the first word on is known to hold no clause mark (read once,
  // word by word, instead of testing the whole stretch again before every word).
  let clean = start + lead;
  for (const w of wordsIn(text, start + lead, Math.min(ceiling, start + lead + 80), 7)) {
    const o = occurrenceStartingAt(index, w.start);
    if (o && o.end <= ceiling) {
      if (!isTitleRun(withoutAgeOrElect(text.slice(start, o.start)))) break;
      // "according to Indian officials", "according to Altoona police": a nationality or a
      // place before a plural speaker noun is part of a description of them, read below.
      if (
        (o.referent.type === 'misc' || o.referent.type === 'location') &&
        isPluralSpeakerNoun(wordAfterSpan(text, o.end))
      )
        break;
      // "said the founder of Wind Shift Capital": the organisation completes a description
      // of a person, who is the speaker.
      if (
        o.referent.type !== 'person' &&
        /\b(?:of|at|for|from|with|in)\s+(?:the\s+)?$/iu.test(text.slice(start, o.start)) &&
        headNounOk(text.slice(start + lead, o.end).replace(/^(?:the|a|an)\s+/iu, 'the '))
      )
        break;
      // "said the mayor of Passau, Juergen Dupper,": the appositive names the speaker.
      if (/\bof\s+(?:the\s+)?$/iu.test(text.slice(start, o.start))) {
        const comma = /^,\s*/u.exec(text.slice(o.end, ceiling));
        const named = comma ? occurrenceStartingAt(index, o.end + comma[0].length) : undefined;
        if (
          named &&
          named.referent.type === 'person' &&
          named.end <= ceiling &&
          /^(?:[,.;]|\s*$)/u.test(text.slice(named.end, named.end + 1))
        )
          return mentionPhrase(text, named);
      }
      // "said AEMET spokesman Ruben del Campo", "said Australian tourist Karen Mitchell": an
      // organisation, place or nationality in a title, then the person; also the owner's
      // possessive, "said Human Rights Watch's Bryony Lau" (the body's person speaks).
      if (o.referent.type !== 'person') {
        const after = wordsIn(text, o.end, Math.min(ceiling, o.end + 60), 4);
        for (const w2 of after) {
          const person = occurrenceStartingAt(index, w2.start);
          if (person && person.referent.type === 'person' && person.end <= ceiling) {
            if (!isTitleRun(withoutPossessive(text.slice(o.end, person.start)))) break;
            return mentionPhrase(text, person);
          }
        }
      }
      return mentionPhrase(text, o);
    }
    // Any of `,.;:!?“”"` between the first word and this one ends the search.
    // ("U.S. Secretary of State Marco Rubio": an initial's dot is no clause mark.)
    for (; clean < w.start; clean++)
      if (AFTER_NAME_STOP.has(text.charCodeAt(clean)) && !isInitialDot(text, clean)) break;
    if (clean < w.start) break;
  }
  const pron = AFTER_PRONOUN.exec(tail);
  if (pron) {
    const s = start + pron[0].length - pron[1]!.length;
    return { start: s, end: start + pron[0].length, kind: 'pronoun', referent: null, text: pron[1]! };
  }
  const det = AFTER_DESCRIPTION.exec(tail);
  let whole = det?.[0] ?? '';
  let phrase = det?.[1] ?? '';
  // "a survey of municipalities published on Monday": a participle closing the phrase
  // starts its circumstance.
  const participle = det ? /\s+\p{Ll}+ed$/u.exec(phrase) : null;
  if (participle && participle.index > 0 && headNounOk(phrase.slice(0, participle.index))) {
    whole = whole.slice(0, whole.length - participle[0].length);
    phrase = phrase.slice(0, participle.index);
  }
  // Whether the phrase's head is a speaker's noun: read once, again only if the phrase grows.
  let headed = det !== null && headNounOk(phrase);
  if (headed && INDEFINITE.test(phrase)) {
    // "said one official at the finance ministry": where an unnamed speaker works is part
    // of the description (a place of work: an organisation noun or a capitalised name).
    const pp = WORKPLACE.exec(text.slice(start + whole.length, ceiling));
    if (
      pp &&
      (isOrgNoun(pp[1]!.toLowerCase()) || /^\p{Lu}/u.test(pp[1]!) || SCENE_NOUNS.has(pp[1]!.toLowerCase()))
    ) {
      whole += pp[0];
      phrase += pp[0];
      headed = headNounOk(phrase);
    }
  }
  if (headed) {
    // "said one visitor, Hannah Price, a student": the name in apposition is the speaker.
    const named = appositiveName(text, start + whole.length, ceiling, index);
    if (named) return named;
    // "said a pensioner who gave her name only as Ursula": the name the speaker gave.
    const given = GIVEN_NAME.exec(text.slice(start + whole.length, ceiling));
    if (given) {
      const s = start + whole.length + given[0].length - given[1]!.length;
      // (A given name the tagger read as a place, "Hassan", is still the speaker's name.)
      const o = occurrenceStartingAt(index, s);
      const person = o?.referent.type === 'person' ? o : undefined;
      return {
        start: s,
        end: s + given[1]!.length,
        kind: person ? 'mention' : 'name',
        referent: person?.referent ?? null,
        text: given[1]!,
      };
    }
    const s = start + whole.length - phrase.length;
    const o = occurrenceEndingAt(index, start + whole.length);
    return {
      start: s,
      end: start + whole.length,
      kind: 'description',
      referent: o?.referent ?? null,
      text: phrase,
    };
  }
  const plural = afterPlural(tail);
  if (plural) {
    const s = start + plural[0].length - plural[1]!.length;
    // "lawyers for the family", "economists at ING", "the people familiar with the matter".
    const complement =
      /^\s+(?:in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|(?:at|for|of|from|with|in(?=\s+the\b)|(?:familiar|close|briefed)\s+(?:with|to|on))\s+(?:the\s+)?[\p{L}'’-]+(?:\s+(?!on\b|in\b|at\b|said\b|says\b)[\p{L}'’-]+){0,4})/u.exec(
        tail.slice(plural[0].length),
      );
    const e = start + plural[0].length + (complement?.[0].length ?? 0);
    return { start: s, end: e, kind: 'description', referent: null, text: text.slice(s, e) };
  }
  const name = AFTER_NAME.exec(tail);
  if (name && !/^(?:The|A|An|He|She|They|It|We|I|This|That|In|On|At)$/.test(name[2]!)) {
    const s = start + name[0].length - name[2]!.length;
    const o = occurrenceStartingAt(index, s);
    const bare = name[2]!.replace(/(?<!\b\p{Lu})\.$/u, '');
    return {
      start: s,
      end: s + bare.length,
      kind: o ? 'mention' : 'name',
      referent: o?.referent ?? null,
      text: bare,
    };
  }
  return null;
}
