/**
 * Reported speech without a speech verb: a belief ("Critics worry the change could …"), a
 * document's finding ("A report by X found that …"), blame, an appeal ("appealed to
 * residents not to …"), and relative clauses ("a measure business groups warned would …",
 * "a plan, which she said could …"). Each is tried only when the sentence scan saw its
 * trigger word; separate from the cue-verb frames, whose subject-verb-content shape they
 * do not share.
 */
import type { Sentence } from '../../core/annotations.js';
import type { CueMatch, Word } from './cues.js';
import { DOCUMENT_NOUNS } from './lexicon.js';
import type { ReferentIndex } from './referents.js';
import { datelineEnd } from './reported.js';
import { bareClauseStart } from './reported-content.js';
import { clauseLeadOk, clauseSubject } from './reported-subject.js';
import { type ReportedSpeech, trimContent } from './reported-words.js';
import { speakerAfter } from './speaker-after-cue.js';
import { speakerBefore } from './speaker-before-cue.js';
import {
  isPluralSpeakerNoun,
  mentionPhrase,
  occurrenceStartingAt,
  type SpeakerPhrase,
} from './speaker-phrase.js';

/**
 * Belief verbs that report a stated view before a clause, with or without "that"
 * ("Investigators believe the group earned …", "Critics worry the change could …"), read
 * by {@link beliefClause}; the cue lexicon (which the tagger's features read) lacks
 * "worry" and leaves the others weak.
 */
export const BELIEF_FORMS: ReadonlyMap<string, string> = new Map([
  ['believe', 'believe'],
  ['believes', 'believe'],
  ['believed', 'believe'],
  ['fear', 'fear'],
  ['fears', 'fear'],
  ['feared', 'fear'],
  ['worry', 'worry'],
  ['worries', 'worry'],
  ['worried', 'worry'],
]);

/**
 * "Critics worry the change could deepen isolation", "The trust believes a crackdown …
 * has helped": a belief verb (with or without "that") after the subject of its clause.
 */
export function beliefClause(
  text: string,
  s: Sentence,
  index: ReferentIndex,
  cueStarts: readonly number[],
  ws: readonly Word[],
): ReportedSpeech | null {
  for (const at of cueStarts) {
    // Lower case only: "Fears that …" opening a sentence is a noun.
    const word = /^\p{L}+/u.exec(text.slice(at, at + 10))?.[0] ?? '';
    const lemma = BELIEF_FORMS.get(word);
    if (!lemma) continue;
    const i = ws.findIndex((w) => w.start === at);
    if (i < 1) continue;
    // "are worried", "was feared": a passive or an adjective, not the subject's view.
    if (/^(?:is|are|was|were|be|been|being|the|a|an|of|amid|and|to)$/u.test(ws[i - 1]!.lower)) continue;
    const cue: CueMatch = { start: at, end: ws[i]!.end, lemma, core: false };
    const next = ws.slice(i + 1);
    const start = next[0]?.lower === 'that' && next[1] ? next[1].start : bareClauseStart(text, cue, next);
    if (start === null) continue;
    const phrase = clauseSubject(text, s, cue, index);
    if (!phrase || /^(?:i|we)$/iu.test(phrase.text)) continue;
    const content = trimContent(text, start, s.end);
    if (content) return { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end };
  }
  return null;
}

const FINDING_VERB = /^(?:found|finds|showed|shows|shown)$/u;
const DOCUMENT_HEAD = [...DOCUMENT_NOUNS].join('|');
/** "A report released on Tuesday by the Midwest Water Alliance": a document and its author. */
const DOCUMENT_BY = new RegExp(
  `^\\s*(?:[^,.;:“”"]{0,40},\\s*)?(?:a|an|the|its|their|this|that|last\\s+\\p{L}+['’]s|\\p{Lu}[\\p{L}.'’-]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${DOCUMENT_HEAD})s?\\b[^,;:“”"]{0,80}\\b(?:by|from)\\s+(?:the\\s+)?$`,
  'iu',
);

const DOCUMENT_AUTHOR = new RegExp(
  `^(?:a|an|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${DOCUMENT_HEAD})s?\\s+by\\s+((?:a|an|the)\\s.+)$`,
  'iu',
);

/** "a report by a property website": the author speaks for the document (as in {@link documentFinding}). */
export function documentAuthor(phrase: SpeakerPhrase): SpeakerPhrase {
  if (phrase.kind !== 'description') return phrase;
  const m = DOCUMENT_AUTHOR.exec(phrase.text);
  if (!m) return phrase;
  const start = phrase.end - m[1]!.length;
  return { ...phrase, start, text: m[1]! };
}

/**
 * "A report … by the Midwest Water Alliance found that …", "The survey showed that …":
 * a document's finding, attributed to its author when named ("by X"), else to the
 * document as written.
 */
export function documentFinding(
  text: string,
  s: Sentence,
  index: ReferentIndex,
  ws: readonly Word[],
): ReportedSpeech | null {
  const at = ws.findIndex((w, i) => FINDING_VERB.test(w.lower) && ws[i + 1]?.lower === 'that');
  if (at < 1) return null;
  const verb = ws[at]!;
  const cue: CueMatch = {
    start: verb.start,
    end: verb.end,
    lemma: verb.lower.startsWith('f') ? 'find' : 'show',
    core: true,
  };
  const phrase = speakerBefore(text, s.start, verb.start, index);
  if (!phrase) return null;
  const preceding = text.slice(s.start, phrase.start);
  const byAuthor = phrase.kind === 'mention' && DOCUMENT_BY.test(preceding);
  const head = phrase.text.toLowerCase().split(/\s+/).pop() ?? '';
  const isDocument = phrase.kind === 'description' && DOCUMENT_NOUNS.has(head) && clauseLeadOk(preceding);
  if (!byAuthor && !isDocument) return null;
  const content = trimContent(text, ws[at + 1]!.end, s.end);
  return content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
}

/**
 * "He blamed a winter without rain and a heatwave in June.": blame is a stated view; its
 * object (to the end of the sentence) is the content. Not in the passive ("was blamed").
 */
export function blame(
  text: string,
  s: Sentence,
  index: ReferentIndex,
  ws: readonly Word[],
): ReportedSpeech | null {
  const at = ws.findIndex(
    (w, i) => (w.lower === 'blamed' || w.lower === 'blames') && i > 0 && !w.capitalized,
  );
  if (at < 1 || /^(?:is|are|was|were|be|been|being|to)$/u.test(ws[at - 1]!.lower)) return null;
  const verb = ws[at]!;
  const cue: CueMatch = { start: verb.start, end: verb.end, lemma: 'blame', core: true };
  const phrase = clauseSubject(text, s, cue, index);
  if (!phrase) return null;
  const content = trimContent(text, verb.end, s.end);
  return content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
}

/** "appealed to residents not to waste water": a plea to a listener, with its infinitive. */
const APPEAL =
  /\b(appealed|appeals)\s+to\s+(?:(?:the|all|local)\s+)?\p{Ll}[\p{L}-]*\s+(?:not\s+)?to\s+\p{Ll}/u;
/**
 * A plea is speech of a directive kind, like "urged X to": the verb, the listener and the
 * infinitive are the content (as {@link contentStartAfter} reads "urged farmers not to
 * panic"). The content stops before a following "and said …" of the same subject, whose
 * speaker it shares; otherwise the speaker is the clause's subject.
 */
export function appeal(
  text: string,
  s: Sentence,
  index: ReferentIndex,
  found: ReportedSpeech | null,
): ReportedSpeech | null {
  const m = APPEAL.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const cue: CueMatch = {
    start: s.start + m.index,
    end: s.start + m.index + m[1]!.length,
    lemma: 'appeal',
    core: true,
  };
  let end = s.end;
  let phrase = clauseSubject(text, s, cue, index);
  if (found && found.span.start > cue.end) {
    const and = /\s+and\s+(?:also\s+)?$/u.exec(text.slice(cue.end, found.cue.start));
    if (!and) return null;
    end = cue.end + and.index;
    phrase ??= found.phrase;
  } else if (found) return null;
  const content = phrase ? trimContent(text, cue.start, end) : null;
  if (!phrase || !content) return null;
  return { span: content, cue, phrase, frameStart: cue.start, frameEnd: end };
}
/**
 * ", a measure business groups warned would hit hiring": an appositive noun phrase after a
 * comma (a determiner and one noun), a reduced relative clause on it whose subject is a
 * group of speakers (a plural speaker noun, up to two words before it) and a speech verb,
 * then a modal or auxiliary that opens the reported clause.
 */
const APPOSITIVE_RELATIVE =
  /,\s+((?:a|an|the)\s+\p{Ll}[\p{L}-]*\s+)((?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{L}-]*s))\s+(?:have\s+|had\s+)?(said|warned|argued|predicted|feared)\s+(?:could|would|will|may|might|can|should|must)\s/u;

/**
 * "… from an increase in payroll taxes, a measure business groups warned would hit
 * hiring.": the appositive and its relative clause (to the next comma or the sentence's
 * end) are the group's speech; the group is the speaker. The noun phrase is kept in the
 * content because the clause says nothing without it.
 */
export function appositiveRelative(text: string, s: Sentence): ReportedSpeech | null {
  const m = APPOSITIVE_RELATIVE.exec(text.slice(s.start, s.end));
  if (!m || !isPluralSpeakerNoun(m[3]!)) return null;
  const npStart = s.start + m.index + m[0].indexOf(m[1]!);
  const groupStart = npStart + m[1]!.length;
  const groupEnd = groupStart + m[2]!.length;
  const cueStart = s.start + m.index + m[0].lastIndexOf(m[4]!);
  const cueEnd = cueStart + m[4]!.length;
  const comma = text.indexOf(',', cueEnd);
  const content = trimContent(text, npStart, comma >= 0 && comma < s.end ? comma : s.end);
  if (!content) return null;
  const phrase: SpeakerPhrase = {
    start: groupStart,
    end: groupEnd,
    kind: 'description',
    referent: null,
    text: m[2]!,
  };
  const cue: CueMatch = { start: cueStart, end: cueEnd, lemma: m[4]!.replace(/ed$/u, ''), core: true };
  return { span: content, cue, phrase, frameStart: npStart, frameEnd: s.end };
}

/**
 * The subject of a relative clause whose verb a speaker vouches for, right before "said":
 * "which she said", "that it says" (a pronoun after "which"/"that"), or, with a name or a
 * group as well, "in what the FBI said", "an operation it said", "a deal many recipients
 * said" (after "what", or after the noun of a reduced relative). Groups: the relative word,
 * the noun before a reduced relative, the subject.
 */
const RELATIVE_SPEAKER =
  /(?:^|[^\p{L}])(?:([Ww]hich|[Tt]hat|[Ww]hat)\s+|(\p{Ll}{3,})\s+)(he|she|it|they|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}|(?:many|some|several|most|other)\s+(?:\p{Ll}+\s+)?\p{Ll}+s)\s+(?:(?:has|have|had)\s+)?$/u;
/** A finite verb opening the relative clause's rest: "could mobilise", "allows", "was". */
const RELATIVE_VERB =
  /^\s+(?:could|would|will|may|might|can|should|must|had|has|have|was|were|is|are|\p{Ll}{3,}s)\s/u;
/**
 * The same after "what", a reduced relative or a subject other than a pronoun after
 * "which"/"that": an auxiliary, a modal or a past tense only ("said was", "said fell"),
 * which no main clause's "said" is followed by ("said officials" is; "-s" words are not read).
 */
const STRICT_RELATIVE_VERB =
  /^\s+(?:could|would|will|may|might|can|should|must|had|has|have|was|were|is|are|\p{Ll}{3,}ed|fell|rose|came|went|made|took|gave|left|began|broke|led|meant|held|kept|lost|won|hit|cost|cut)\s/u;
/** A comma and a conjunction, or a semicolon, opening a clause inside a sentence. */
const CLAUSE_OPENING = /(?:,\s+(?:though|although|but|while|whereas|and)|;)\s+/gu;

/**
 * For "it"/"they" in a relative clause, its clause's subject when that is a name of a body
 * or a place (not a person) opening the clause ("Israel launched …", "…, though Spain
 * secured …"); null otherwise.
 */
function bodySubject(
  text: string,
  s: Sentence,
  pronoun: string,
  before: number,
  index: ReferentIndex,
): SpeakerPhrase | null {
  if (pronoun !== 'it' && pronoun !== 'they') return null;
  // The subject of the clause holding the relative: after the last ", though", ", but",
  // "; " before it, else the sentence's first word.
  const head = text.slice(s.start, before);
  // (Past a dateline: "NEW DELHI/ISLAMABAD (Reuters) - India launched …".)
  const opening = datelineEnd(text, s.start, before, true);
  let first = opening + (/^\s*/u.exec(text.slice(opening, before))?.[0].length ?? 0);
  for (const m of head.matchAll(CLAUSE_OPENING)) first = s.start + m.index + m[0].length;
  // (A country is kept among the places, apart from the speakers.)
  const o =
    occurrenceStartingAt(index, first) ??
    (index.places ? occurrenceStartingAt({ referents: [], occurrences: index.places }, first) : undefined);
  if (!o || o.end > before || o.referent.type === 'person') return null;
  return mentionPhrase(text, o);
}

/** A modal of possibility opening the rest of a relative clause. */
const HEDGED = /^\s+(?:could|may|might)\s/u;

/** Words that may end a noun phrase but are no noun opening a reduced relative. */
const NOT_RELATIVE_NOUN =
  /^(?:and|but|or|nor|because|since|after|before|when|while|where|until|unless|although|though|if|than|as|so|then|also|even|only|not|now|later|earlier|still|yet|why|how|who|whom|whose)$/u;

/**
 * "… a plan, which she said could mobilise 800 billion euros.", "language that it says
 * allows it more flexibility", "in what the FBI said was an attempted assassination", "an
 * operation it said was aimed at …", "a deal many recipients said fell far short": the
 * rest of the relative clause (to the next comma or the sentence's end) is the subject's
 * speech.
 */
export function relativeSpeech(
  text: string,
  s: Sentence,
  cueStarts: readonly number[],
  index: ReferentIndex,
): ReportedSpeech | null {
  for (const at of cueStarts) {
    const word = /^(?:said|says)\b/u.exec(text.slice(at, at + 5));
    if (!word) continue;
    const from = Math.max(s.start, at - 50);
    const rel = RELATIVE_SPEAKER.exec(text.slice(from, at));
    if (!rel) continue;
    const subject = rel[3]!;
    const pronoun = /^(?:he|she|it|they)$/u.test(subject);
    const plain = pronoun && rel[1] !== undefined && !/^[Ww]hat$/u.test(rel[1]);
    if (rel[2] !== undefined && NOT_RELATIVE_NOUN.test(rel[2])) continue;
    const end = at + word[0].length;
    if (!(plain ? RELATIVE_VERB : STRICT_RELATIVE_VERB).test(text.slice(end, end + 24))) continue;
    // "an operation it said could last days": a hedged forecast in a reduced relative on a
    // pronoun is not listed as speech (blind20); "… it said was aimed at …" is (blind26).
    if (rel[2] !== undefined && pronoun && HEDGED.test(text.slice(end, end + 8))) continue;
    const comma = text.indexOf(',', end);
    const contentEnd = comma >= 0 && comma < s.end ? comma : s.end;
    const pStart = from + rel.index + rel[0].lastIndexOf(subject);
    const pEnd = pStart + subject.length;
    // A pronoun ("it", "they": the sentence's subject when that is a body or a country
    // named by itself, "Israel launched strikes on Iran … in an operation it said …"),
    // a nameless group ("many recipients": no speaker), or a name read as after a cue.
    const group = /^(?:many|some|several|most|other)\s/u.test(subject);
    const body = pronoun && !plain ? bodySubject(text, s, subject, pStart, index) : null;
    // (When the pronoun is the sentence's subject, its claim is about what that subject did:
    // "Spain secured what it said was an exemption" — the content runs from the subject.)
    // Else the relative word and its subject are part of it ("which he has said were caused
    // by …", "what the FBI said was …", as blind7 and blind16 list them), except in the plain
    // "which she said could …" read before.
    const relStart = rel[1] !== undefined ? from + rel.index + rel[0].indexOf(rel[1]) : pStart;
    const bare = plain && !/\b(?:has|have|had)\s+$/u.test(rel[0]);
    const content = trimContent(text, body ? body.start : bare ? end : relStart, contentEnd);
    if (!content) continue;
    const phrase: SpeakerPhrase | null = pronoun
      ? (body ?? {
          start: pStart,
          end: pEnd,
          kind: 'pronoun',
          referent: null,
          text: subject,
        })
      : group
        ? null
        : speakerAfter(text, pStart, pEnd, index);
    if (!phrase && !group) continue;
    const cue: CueMatch = { start: at, end, lemma: 'say', core: true };
    return { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end };
  }
  return null;
}
