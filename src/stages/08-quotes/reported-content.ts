/**
 * Where the content of reported speech starts after its cue verb: a listener and an
 * infinitive ("urged farmers not to panic"), "that", a bare clause, or a verb that needs a
 * clause after it (`clauseFollows`). Separate from the frames, which decide whether a cue is
 * speech at all; this decides only the bounds of what was said.
 */
import type { Span } from '../../core/span.js';
import { type CueMatch, type Word, wordsIn } from './cues.js';
import { deniesAnAct } from './denials.js';
import { CLAUSE_WORD, FINITE } from './reported-words.js';

/** Speech acts that commit the speaker, with an infinitive: "promised to", "vowed not to". */
const COMMISSIVE = new Set(['promise', 'pledge', 'vow', 'threaten']);
/** Speech acts that direct a listener, with an infinitive: "urged farmers not to panic". */
const DIRECTIVE = new Set(['urge', 'warn', 'advise', 'tell', 'remind']);

/**
 * Do `ws` (the words after a directive verb) hold a listener and an infinitive: "the
 * population to economise water", "both countries to exercise restraint", "residents not
 * to travel"? A few words that are no clause and hold no punctuation, then "(not) to" and a
 * lower-case verb. Not "asked not to be named" (no listener), "asked to leave", "asked
 * whether …", "asked by the judge …".
 */
export function listenerThenInfinitive(text: string, ws: readonly Word[]): boolean {
  const first = ws[0]?.lower ?? '';
  if (
    /^(?:to|not|by|of|for|about|with|on|in|at|that|whether|if|why|how|what|when|where|who|him|her|them|me|us)$/u.test(
      first,
    )
  )
    return false;
  const to = ws.slice(1, 7).findIndex((w) => w.lower === 'to') + 1;
  if (to < 1 || !ws[to + 1] || !/^\p{Ll}+$/u.test(ws[to + 1]!.lower) || ws[to + 1]!.capitalized) return false;
  if (ws.slice(0, to).some((w) => FINITE.has(w.lower) || CLAUSE_WORD.test(w.lower) || w.lower === 'that'))
    return false;
  return !/[,;:“”"]/u.test(text.slice(ws[0]!.start, ws[to]!.start));
}

/** Verbs whose first object is a listener, skipped before the content: "told reporters". */
const LISTENER_VERBS = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'brief']);
/** Verbs that also take a plain object ("announced a plan", "denied the charges"). */
const NEEDS_CLAUSE = new Set([
  'announce',
  'declare',
  'confirm',
  'deny',
  'reveal',
  'report',
  'acknowledge',
  'admit',
  'promise',
  'pledge',
  'repeat',
  'reiterate',
  'state',
  'post',
  'write',
  'tweet',
  'recall',
  'note',
  'stress',
  'emphasize',
  'emphasise',
  'underline',
  'underscore',
  'dispute',
  'explain',
  'predict',
  'charge',
  'protest',
  'tout',
  'boast',
  'counter',
  'urge',
  'claim',
  'warn',
  'vow',
  'concede',
  'plead',
  'complain',
  // "added the fifth late on": a goal, not words.
  'add',
  // A spinner's "said" ("mentioned the plan would …"): speech before a clause only, not
  // "mentioned the budget".
  'mention',
  // Translated Spanish "afirmó" and "indicó" ("affirmed the president", "indicated that …"):
  // speech before a clause only, not "affirmed the ruling", "indicated the exit".
  'affirm',
  'indicate',
]);
/** For verbs that also take a plain object, is `words` (the content) a clause? */
export function clauseFollows(lemma: string, words: readonly Word[], pastCue = false): boolean {
  if (!NEEDS_CLAUSE.has(lemma) || words.slice(0, 6).some((w) => FINITE.has(w.lower) || w.lower === 'that'))
    return true;
  // "declared Mahama the winner": a name and what it was declared is a result announced
  // (not "declared its own emergency", "declared the outbreak an emergency").
  if (lemma === 'declare' && words[0]?.capitalized && /^(?:the|a|an)$/u.test(words[1]?.lower ?? ''))
    return true;
  // "stated he took full responsibility", "admitted they lied": a subject pronoun opens a
  // clause (an object would be "him", "them"), whatever tense its verb has.
  const first = words[0]?.lower ?? '';
  if (SUBJECT_PRONOUNS.has(first) && words.length > 1) return true;
  // "stated dialogue with Washington continued": a spinner's "said" (`pastCue`: the cue is in
  // the past tense, not "state officials announced") before a clause whose verb is a plain past tense.
  if (pastCue && SAID_SUBSTITUTES.has(lemma) && pastTenseClause(words)) return true;
  // "recalled queuing for two hours", "admitted taking the money": a gerund's clause.
  return GERUND_CUES.has(lemma) && /^\p{Ll}{2,}ing$/u.test(first) && !NOUN_IN_ING.has(first);
}

/**
 * What spinners and machine translation put for "said" ("Lavrov stated the West was …",
 * "Hwang mentioned demand remained …"): read as "said" before a clause whose verb has no
 * auxiliary (FINITE lists those and a few verbs).
 */
const SAID_SUBSTITUTES = new Set(['state', 'mention']);
/** Words before which a participle in -ed is an adjective ("the revised figures"). */
const BEFORE_ADJECTIVE = new Set(
  'the a an his her its their our my this that these those very newly'.split(' '),
);
/** Words that may follow a clause's past-tense verb: the end, a preposition, an object's start. */
const AFTER_PAST_VERB = new Set(
  'to in on at for with by from after before over under until as into the a an its their his her and'.split(
    ' ',
  ),
);

/** Does the cue's word end in "ed" ("stated", "mentioned")? */
function endsInEd(text: string, cue: Span): boolean {
  return text.charCodeAt(cue.end - 1) === 100 && text.charCodeAt(cue.end - 2) === 101;
}

/**
 * Does a subject of up to four words, then a verb in -ed (not after a determiner, and followed
 * by the end, a preposition or an object's determiner) open `words` ("dialogue with Washington
 * continued", "the government failed to act")? Not after a preposition ("in a statement
 * released on Monday" is a lead, not the content).
 */
function pastTenseClause(words: readonly Word[]): boolean {
  if (words.length < 2 || words[0]!.capitalized || LEAD_PREPOSITION.test(words[0]!.lower)) return false;
  // (A subject of up to four words: further on, an -ed word more often ends a phrase of the
  // object, "the ministry in a statement released on Monday".)
  for (let i = 1; i < Math.min(words.length, 5); i++) {
    const w = words[i]!;
    if (w.capitalized || !/^\p{Ll}{3,}ed$/u.test(w.lower) || w.lower.endsWith('eed')) continue;
    if (BEFORE_ADJECTIVE.has(words[i - 1]!.lower)) return false;
    const next = words[i + 1];
    return next === undefined || AFTER_PAST_VERB.has(next.lower);
  }
  return false;
}

/** Pronouns only a subject takes ("it" and "you" are objects too: "denied it"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Verbs whose gerund object is reported content. */
const GERUND_CUES = new Set(['recall', 'admit', 'deny', 'acknowledge', 'concede']);
/** Nouns and pronouns in -ing that are objects, not gerunds ("denied wrongdoing"). */
const NOUN_IN_ING = new Set(
  'wrongdoing nothing anything everything something funding training meeting spending building housing morning evening ceiling earnings ruling offering'.split(
    ' ',
  ),
);
/** Prepositions that open an adverbial phrase between a cue and its "that". */
const LEAD_PREPOSITION = /^(?:in|on|at|during|via|after|before|through|to|from)$/u;

/** Words that may stand between a cue and "that": "told reporters in a statement on Tuesday that". */
const LEAD_WORDS = new Set(
  (
    'in on at via during after before late early last this a an the his her their its with to ' +
    'statement interview comments comment email e-mail remarks reporters journalists press conference ' +
    'news briefing speech address post letter video message monday tuesday wednesday thursday friday ' +
    'saturday sunday week night morning evening afternoon also again earlier later repeatedly publicly ' +
    'privately separately then lawmakers parliament audience crowd supporters'
  ).split(' '),
);

/**
 * The words of a sentence (`ws`, as {@link wordsIn} split it) from `at`, the end of one
 * of them, on: the words a fresh split from `at` to the sentence's end gives, because
 * what a word's end leaves out (a final period, an apostrophe) holds no word character,
 * so a split from `at` meets the same next word and cuts the last at the same end.
 */
function wordsAfter(ws: readonly Word[], at: number): readonly Word[] {
  let j = ws.length;
  while (j > 0 && ws[j - 1]!.start >= at) j--;
  return ws.slice(j);
}

/** Words that make a number an approximation ("about 300", "over 1,000", "around a dozen"). */
const APPROXIMATORS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'over',
  'nearly',
  'almost',
  'roughly',
]);
/** Number words an approximation may open with ("about two dozen", "over a million"). */
const COUNT_WORD =
  /^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half)$/u;

/**
 * "said about 8.5 million devices had been affected": "about" before a number is an
 * approximation opening the content, not the topic of the speech ("said about the plan").
 * After "a", a count noun must follow ("about a dozen", not "about a plan").
 */
function approximateCount(ws: readonly Word[], k: number): boolean {
  if (!APPROXIMATORS.has(ws[k]?.lower ?? '')) return false;
  const next = ws[k + 1];
  if (!next) return false;
  if (/^\d/u.test(next.lower)) return true;
  if (!COUNT_WORD.test(next.lower)) return false;
  return (
    next.lower !== 'a' ||
    /^(?:dozen|hundred|thousand|million|billion|third|quarter|half)$/u.test(ws[k + 2]?.lower ?? '')
  );
}

/** Plural nouns for words uttered, as a speech verb's object ("shouted insults"). */
const SPOKEN_OBJECTS: ReadonlySet<string> = new Set([
  'insults',
  'abuse',
  'slogans',
  'obscenities',
  'curses',
  'threats',
  'chants',
  'taunts',
]);
/** Prepositions naming whom such words were aimed at. */
const OBJECT_TARGETS: ReadonlySet<string> = new Set(['at', 'against', 'toward', 'towards']);

/** After the cue, skip a listener, a short adverbial phrase and "that" to the content. */
export function contentStartAfter(
  text: string,
  cue: CueMatch,
  sentenceWords: readonly Word[],
): number | null {
  const ws = wordsAfter(sentenceWords, cue.end);
  if (ws.length === 0) return null;
  const first = ws[0]!.lower;
  // "warned of a second wave", "cautioned against raising rates": the danger is the
  // content, with its verb and preposition as "called for …" is (a bare noun phrase does
  // not say that a warning was given).
  if (
    (cue.lemma === 'warn' || cue.lemma === 'caution') &&
    (first === 'of' || first === 'about' || first === 'against') &&
    ws.length > 3
  )
    return cue.start;
  // "promised to finish the tunnel", "vowed not to resign": the undertaking is the content,
  // with its verb — an infinitive alone does not say what was promised or asked for.
  if (COMMISSIVE.has(cue.lemma) && (first === 'to' || (first === 'not' && ws[1]?.lower === 'to')))
    return cue.start;
  // "asked the population to economise water": a request, the verb included.
  if (cue.lemma === 'ask' && listenerThenInfinitive(text, ws)) return cue.start;
  // "denied any role in the attack", "has denied interfering": the denial, verb included.
  if (cue.lemma === 'deny' && deniesAnAct(text, ws)) return cue.start;
  // "urged farmers not to panic", "warned investors to expect delays": the verb, the
  // addressee and the infinitive are the content.
  if (DIRECTIVE.has(cue.lemma)) {
    const to = ws.slice(1, 7).findIndex((w) => w.lower === 'to') + 1;
    if (
      to > 0 &&
      !/^(?:to|by|of|for|about|with|on|in|at|that)$/u.test(first) &&
      ws
        .slice(0, to)
        .every((w) => !FINITE.has(w.lower) && !CLAUSE_WORD.test(w.lower) && w.lower !== 'that') &&
      !/[,;:“”"]/u.test(text.slice(ws[0]!.start, ws[to]!.start))
    )
      return cue.start;
  }
  // "shouted insults at the king", "chanted slogans against the mayor": the words are
  // the verb's object, named and not reported.
  if (SPOKEN_OBJECTS.has(first) && OBJECT_TARGETS.has(ws[1]?.lower ?? '')) return null;
  if (
    first === 'to' ||
    first === 'by' ||
    first === 'of' ||
    first === 'for' ||
    (first === 'about' && !approximateCount(ws, 0)) ||
    first === 'with'
  )
    return null;
  const thatAt = ws.slice(0, 16).findIndex((w) => w.lower === 'that');
  if (
    thatAt >= 0 &&
    ((thatAt < 12 &&
      ws.slice(0, thatAt).every((w) => LEAD_WORDS.has(w.lower) || /^\p{Lu}/u.test(text[w.start]!))) ||
      // "told state broadcaster ERT that": a listener of a few words (no verb: "told
      // reporters she had been so nervous that …" reports what follows "told reporters").
      (LISTENER_VERBS.has(cue.lemma) &&
        thatAt <= 6 &&
        !ws.slice(0, thatAt).some((w) => FINITE.has(w.lower))) ||
      // "wrote in a note to clients that", "told shareholders at the annual meeting in
      // Omaha on Saturday that": a listener or a prepositional phrase with no verb in it.
      ((LISTENER_VERBS.has(cue.lemma) || LEAD_PREPOSITION.test(first)) &&
        ws.slice(0, thatAt).every((w) => !FINITE.has(w.lower) && !CLAUSE_WORD.test(w.lower))))
  ) {
    const between = text.slice(cue.end, ws[thatAt]!.start);
    // "said in a speech that was broadcast …": a verb right after "that" makes it a relative.
    const relative = thatAt > 0 && FINITE.has(ws[thatAt + 1]?.lower ?? '');
    if (!/[;:“”"]/u.test(between) && !relative) return ws[thatAt]!.end;
  }
  let k = 0;
  if (LISTENER_VERBS.has(cue.lemma)) {
    // "told reporters", "told the BBC", "told Reuters", "warned lawmakers".
    if (/^(the|a|an|his|her|their)$/.test(ws[k]?.lower ?? '')) k++;
    k++;
  }
  // "on Tuesday", "in a statement", "late on Monday", "in comments via email".
  while (
    k < ws.length &&
    /^(on|in|at|late|early|during|via|after|before|last|this|again|also|yesterday|today|earlier)$/.test(
      ws[k]!.lower,
    )
  ) {
    if (/^(yesterday|today|again|also|earlier)$/.test(ws[k]!.lower)) {
      k++;
      continue;
    }
    const stop = ws
      .slice(k + 1, k + 6)
      .findIndex((w) =>
        /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|statement|interview|email|e-mail|comments|briefing|conference|speech|night|morning|week|evening|afternoon|post|letter|video|remarks)$/.test(
          w.lower,
        ),
      );
    if (stop < 0) break;
    k += stop + 2;
    // "in a video message", "in a televised address", "at a press conference": the noun
    // after the one that stopped the phrase is part of it.
    while (
      k < ws.length &&
      /^(?:message|address|call|conference|briefing|interview|post|statement)$/.test(ws[k]!.lower)
    )
      k++;
  }
  if (k >= ws.length) return null;
  // "told staff in an internal email seen by news outlets": a participle after the
  // adverbial describes it (the email) and opens no clause.
  if (
    k > 0 &&
    /^(?:seen|obtained|reviewed|published|posted|released|sent|shared|issued|broadcast|aired)$/.test(
      ws[k]!.lower,
    ) &&
    /^(?:by|on|to|in|at|late|early|last)$/.test(ws[k + 1]?.lower ?? '')
  )
    return null;
  // "announced a plan to build homes" is an act, not speech: these verbs need a clause.
  if (!clauseFollows(cue.lemma, ws.slice(k), endsInEd(text, cue))) return null;
  const next = ws[k + 1]?.lower ?? '';
  const atLeast = ws[k]!.lower === 'at' && (next === 'least' || next === 'most');
  if (
    !atLeast &&
    !approximateCount(ws, k) &&
    /^(to|by|of|for|about|with|on|in|at|over|against)$/.test(ws[k]!.lower)
  )
    return null;
  const lead = text.slice(cue.end, ws[k]!.start);
  if (/[;:“”"]/u.test(lead)) return null;
  return ws[k]!.start;
}
/** Determiners, pronouns and numbers that may open the subject of a clause. */
const CLAUSE_OPENER =
  /^(?:the|a|an|its|his|her|their|our|this|these|those|it|he|she|they|there|we|some|many|most|more|fewer|no|all|both|each|several|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|prices|demand|[\p{N}].*)$/u;

/**
 * Where a clause without "that" starts after `cue`: the next words open a subject (a
 * determiner, a pronoun, a number, a capitalised name) and a verb (an auxiliary or a past
 * tense) follows within six words, with no punctuation before it.
 */
export function bareClauseStart(text: string, cue: Span, next: readonly Word[]): number | null {
  const first = next[0];
  if (!first || !(CLAUSE_OPENER.test(first.lower) || first.capitalized)) return null;
  // "two people who went missing on Monday were swept away": a relative clause may stand
  // inside the subject.
  for (let k = 1; k < Math.min(next.length, 11); k++) {
    const w = next[k]!;
    if (/[,;:“”"«»()]/u.test(text.slice(cue.end, w.start))) return null;
    if ((CLAUSE_WORD.test(w.lower) && !/^(?:who|which)$/u.test(w.lower)) || w.lower === 'to') return null;
    if (
      FINITE.has(w.lower) ||
      (/^\p{Ll}{3,}ed$/u.test(w.lower) && !/^(?:the|a|an)$/u.test(next[k - 1]!.lower))
    )
      return first.start;
  }
  return null;
}

/**
 * Does a clause of reported content follow at `from` ("that …", "she planned to …",
 * "members would be consulted …"), rather than an object ("the phrase three times")?
 */
export function clauseOpensAt(text: string, from: number, to: number): boolean {
  const ws = wordsIn(text, from, Math.min(to, from + 120), 7);
  if (ws.length === 0 || /[“"«]/u.test(text.slice(from, ws[0]!.start))) return false;
  if (ws[0]!.lower === 'that') return true;
  const cut = ws.findIndex((w, i) => i > 0 && /[,;:“”"«»()]/u.test(text.slice(ws[i - 1]!.end, w.start)));
  return (cut < 0 ? ws : ws.slice(0, cut)).some((w) => FINITE.has(w.lower));
}

/** Verbs left out of plain reported speech that still report it before "that". */
export const THAT_CLAUSE_OK = new Set(['post', 'report', 'reply', 'respond', 'answer']);

/** Is there a "that" within the next eight words after `cue`, before any punctuation? */
export function thatFollows(ws: readonly Word[], cue: CueMatch): boolean {
  const at = ws.findIndex((w) => w.start >= cue.end);
  if (at < 0) return false;
  // "Nvidia reported quarterly revenue that more than doubled": a lower-case word right
  // after the verb that is no word of its setting ({@link LEAD_WORDS}) is its object, and the
  // "that" after it opens a relative clause on that object, not reported content.
  if (objectFirst(ws[at]!)) return false;
  return ws.slice(at, at + 8).some((w) => w.lower === 'that');
}

/** Is `w`, right after a cue, the start of a direct object ("revenue", "quarterly")? */
function objectFirst(w: Word): boolean {
  return (
    w.lower !== 'that' &&
    !LEAD_WORDS.has(w.lower) &&
    !LEAD_PREPOSITION.test(w.lower) &&
    !w.capitalized &&
    /^\p{L}/u.test(w.lower)
  );
}
