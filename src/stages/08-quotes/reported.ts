/**
 * Reported (indirect) speech in one sentence at a time, by a handful of patterns:
 *   Berg said (on Tuesday / in a statement / in comments via email) (that) CONTENT.
 *   Berg told reporters (that) CONTENT.      According to Berg, CONTENT.
 *   CONTENT, Berg said.   CONTENT, said Berg.   CONTENT, according to Berg.
 *   Berg's office said CONTENT.
 * Only the unambiguous speech verbs qualify, and only a subject at the start of its
 * clause, so that "the plan she said would fail" is not read as speech.
 *
 * This module is the entry (`findReportedSpeech`) and the sentence scan: which sentences
 * hold a cue word at all, and which readers to run on them. The readers live beside it:
 * reported-cue-verbs.ts (the speech-verb frames), reported-participles.ts, reported-other-
 * frames.ts (beliefs, findings, appeals, relative clauses), reported-subject.ts (is the
 * phrase before the cue a clause's subject), reported-content.ts (where the content
 * starts) and reported-words.ts (what they all share).
 */

import type { Sentence } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import { BACK_VERBS, LAST_PART, lengthsByOpening, SPUN_ACCORDING, wordsIn } from './cues.js';
import { CORE_VERB_FORMS, PARTIAL_VERB_FORMS, SPEECH_VERB_FORMS } from './lexicon.js';
import { namesSpeechOnly } from './named-speech.js';
import type { ReferentIndex } from './referents.js';
import { relativeWhoSaid } from './relative-who-said.js';
import { CHARACTERISE, inSentence, THAT_CUES, TRAILING_CUES } from './reported-cue-verbs.js';
import {
  appeal,
  appositiveRelative,
  BELIEF_FORMS,
  beliefClause,
  blame,
  documentFinding,
  relativeSpeech,
} from './reported-other-frames.js';
import { documentParticiple, participleAddition, participleCharge } from './reported-participles.js';
import { clauseLeadOk } from './reported-subject.js';
import {
  CLAUSE_WORD,
  FINITE,
  isAsciiLetter,
  isAsciiLetterOrDigit,
  type ReportedSpeech,
  trimContent,
} from './reported-words.js';

/**
 * Can `text` hold one of the frames read after a comma of a sentence whose cue is
 * elsewhere: ", adding that …" ({@link participleAddition}), ", accusing the minister of …"
 * or "and accused him of …" ({@link participleCharge}), ", calling the plan “…”"
 * ({@link clauseBeforeQuotingParticiple}), ", but the chairman said …" or "…, and police
 * chiefs said …" ({@link contrastedSpeech})? One pattern over the whole text, read once per document, that matches
 * wherever one of theirs matches a stretch of it: it holds their punctuation and words, in
 * any case, and nothing (an anchor, a word boundary, a lookbehind) that could fail in the
 * text where it held in a stretch. A document where it matches nowhere never enters their
 * code: most sentences that hold a quotation hold none of them.
 */
export function mayHoldCommaFrames(text: string): boolean {
  return COMMA_FRAME.test(text);
}
const COMMA_FRAME =
  /,["”’»]?\s+(?:but|though|although|while|whereas|as|adding|saying|noting|warning|insisting|arguing|stressing|explaining|claiming|alleging|urging|branding|calling|describing|accusing|telling|promising|pledging|vowing|demanding|accused)|\sand\s+accused\s|\sand\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+s\s+(?:said|say)\s|,\s+whom?\s+(?:he|she|they)\s+(?:described|called)\s/iu;

/**
 * Reported speech in every sentence, in order, except sentences that overlap a `skip` span.
 * `commaFrames` is {@link mayHoldCommaFrames} of the text, when the caller has read it.
 */
export function findReportedSpeech(
  text: string,
  sentences: readonly Sentence[],
  index: ReferentIndex,
  skip: readonly Span[] = [],
  commaFrames: boolean = mayHoldCommaFrames(text),
): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  let q = 0;
  for (const s of sentences) {
    // `skip` is in text order: spans ending before this sentence never matter again.
    while (q < skip.length && skip[q]!.end <= s.start) q++;
    let overlaps = false;
    for (let j = q; j < skip.length && skip[j]!.start < s.end && !overlaps; j++)
      overlaps = skip[j]!.end > s.start;
    if (overlaps) {
      // "Newsom said he had ordered an inquiry, calling the loss “deeply troubling.”": the
      // quotation belongs to the participle; the clause before it is speech of its own
      // (read first: the output stays in text order). Only after a plain "said" or "told":
      // "announced he was stepping down, saying …" reports an act, then the words on it.
      const lead = commaFrames ? clauseBeforeQuotingParticiple(text, s, skip[q]!) : null;
      if (lead) {
        const said: ReportedSpeech[] = [];
        readSentence(text, lead, index, said, commaFrames);
        for (const r of said) if (PLAIN_SAYING.has(r.cue.lemma)) out.push(r);
      }
      // ", adding that …" after a quotation is speech of its own, outside the quotation.
      const added = commaFrames ? participleAddition(text, s, index) : null;
      if (added) out.push(added);
      // "“…,” she told deputies, accusing the prime minister of …": likewise.
      // (Not right after the quotation's closing mark: `… to “eradicate hostile forces”,
      // accusing the parliament of …` goes on with the act that quoted the words.)
      const charge = added || !commaFrames ? null : participleCharge(text, s, index);
      if (
        charge &&
        !AFTER_QUOTATION.test(text.slice(Math.max(s.start, charge.cue.start - 4), charge.cue.start))
      )
        out.push(charge);
      // `… “extraordinary depth.” Cruz said she planned …`: the segmenter keeps a capital
      // after a closing quotation in the quotation's sentence; what follows a quotation that
      // ends a sentence is a sentence of its own.
      const rest = afterClosedQuotation(text, s, skip, q);
      if (rest && !added) readSentence(text, rest, index, out, commaFrames);
      // "Hegseth said it had “devastated” the site, though the chairman …, General Dan
      // Caine, said …": a contrasted clause after the last quotation, with its own speaker.
      // (Also after a participle that quoted: "congratulated Lee, saying the alliance was
      // “ironclad”, while the White House said …"; the participle's content stops there.)
      const other =
        charge || rest || !commaFrames ? null : contrastedAfterQuotations(text, s, skip, q, index);
      if (other && added && other.frameStart <= added.span.start) {
        // (The contrast came before the participle: the participle's frame stands alone.)
      } else if (other) {
        if (added) out.pop();
        const kept = added ? trimContent(text, added.span.start, other.frameStart) : null;
        if (added && kept) out.push({ ...added, span: kept, frameEnd: other.frameStart });
        out.push(other);
      }
      // "Actor NAME, who said he had lost his home, wrote on X: “…”": the relative clause
      // of speech on the name is speech of its own (not when another frame read the sentence).
      const relative = added || charge || rest || other ? null : relativeWhoSaid(text, s, index);
      if (relative) out.push(relative);
      continue;
    }
    readSentence(text, withoutDateline(text, s), index, out, commaFrames);
  }
  // ("repeated a line Trump has often used": a piece of speech named, none reported.)
  return out.filter((r) => !namesSpeechOnly(text, r.span));
}

/**
 * A dateline opening a paragraph: "NAIROBI, Kenya — ", "BRUSSELS, March 12 (Reuters) — ",
 * "ANKARA (translated from …) — ", "MEXICO CITY -- ", "MUNICH (Reuters) - ". A place in
 * capitals, at most two comma parts, a parenthesis, then a dash (a lone hyphen only with a
 * space after it, as wire copy writes it).
 */
const DATELINE =
  /^\p{Lu}{2,}[\p{Lu}\p{M} .'’-]{0,40}(?:,\s*[^,—–()\n]{1,40}){0,2}(?:\s*\([^()\n]{1,80}\))?\s*(?:—|–|--|-(?=\s))\s*/u;
/**
 * The same, with two places joined by a slash ("NEW DELHI/ISLAMABAD, May 7 – "): read before a
 * quotation's frame, whose subject it would otherwise be. (Not yet for reported speech: there
 * `WASHINGTON — CONTENT, X said, joining …` reads the participle as the content, which the
 * slash dateline had hidden.)
 */
const DATELINE_TWO_PLACES =
  /^\p{Lu}{2,}[\p{Lu}\p{M} .'’/-]{0,40}(?:,\s*[^,—–()\n]{1,40}){0,2}(?:\s*\([^()\n]{1,80}\))?\s*(?:—|–|--|-(?=\s))\s*/u;

/**
 * A place in capitals and a colon, as Gulf and South Asian papers write a dateline ("CAIRO:
 * Negotiations stalled …", "NEW DELHI: "); no comma parts, so "EU, UK strike deal: …" is none.
 */
const COLON_DATELINE = /^\p{Lu}{2,}[\p{Lu}\p{M} .'’/-]{0,40}:\s+/u;

/**
 * Where the words after a dateline begin when one opens the paragraph at `start` (the
 * sentence ends at `end`); `start` itself otherwise (`twoPlaces`: also a dateline of two
 * places joined by a slash). Only a paragraph start is read, and
 * only when its first two letters are capitals, so most sentences cost two char codes.
 */
export function datelineEnd(text: string, start: number, end: number, twoPlaces = false): number {
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return start;
  const c = text.charCodeAt(start);
  // A capital letter (ASCII tested without the pattern) and a second one.
  if ((c < 65 || c > 90) && c < 128) return start;
  const d = text.charCodeAt(start + 1);
  if ((d < 65 || d > 90) && d < 128) return start;
  const head = text.slice(start, Math.min(end, start + 200));
  const m = (twoPlaces ? DATELINE_TWO_PLACES : DATELINE).exec(head) ?? COLON_DATELINE.exec(head);
  return m ? start + m[0].length : start;
}

/** Sentence `s` without the dateline that opens it, if any (only at a paragraph start). */
function withoutDateline(text: string, s: Sentence): Sentence {
  const start = datelineEnd(text, s.start, s.end);
  return start === s.start ? s : { ...s, start };
}

/**
 * A comma (perhaps before a closing quotation mark) and a conjunction that opens a
 * contrasted clause: ", but", ",” though", ", while", ", as" ("…, as the finance minister said
 * the deficit would shrink": "as" a while, when its verb has content of its own; ", as the
 * minister put it." has none and stays the sentence's frame); or "and" before a capital, a
 * second report by another speaker ("China said it was sending a team and Russia said …").
 */
const AS_CONTRAST = /^,["”’»]?\s+as\s/u;
const CONTRAST =
  /,["”’»]?\s+(?:but|though|although|while|whereas|as)\s+|\s+and\s+(?=\p{Lu}|(?:a|an|the)\s|(?:\p{Ll}+\s+){0,2}\p{Ll}+s\s+(?:said|say)\s)/gu;

/**
 * The speech of a contrasted clause inside content `[from, end)`: ", but Red Eléctrica's
 * head of operations, Eduardo Prieto, told reporters there was no sign of an attack", ",
 * though the chairman of the Joint Chiefs, General Dan Caine, said it was too early …".
 * The clause is read as a sentence of its own and must open with its speaker (perhaps
 * after a description of it), then a speech verb, then the content; its frame starts at
 * the comma. Null when no such clause follows.
 */
export function contrastedSpeech(
  text: string,
  from: number,
  end: number,
  index: ReferentIndex,
): ReportedSpeech | null {
  // A comma just inside a closing quotation mark before `from` counts (`“…,” though …`).
  const lo = /,["”’»]$/u.test(text.slice(Math.max(0, from - 2), from)) ? from - 2 : from;
  const content = text.slice(lo, end);
  if (!content.includes(',') && !content.includes(' and ')) return null;
  for (const m of content.matchAll(CONTRAST)) {
    // "and" only before a second speaker's verb, after a clause's last word: not a subject
    // of two names ("Mr. Grassley and Mr. Leahy said").
    if (m[0].charCodeAt(0) !== 44 && !secondReportAt(text, content, lo, m.index)) continue;
    const comma = Math.max(from, lo + m.index);
    // (The clause opens after the match, which may start before `from`: `,” but …`.)
    const clause: Sentence = { start: lo + m.index + m[0].length, end };
    const said: ReportedSpeech[] = [];
    // (The text holds a comma frame: this contrast.)
    readSentence(text, clause, index, said, true);
    // Its speaker before its verb and its content after: "…, but NAME said CONTENT".
    const own = said.find(
      (r) =>
        r.phrase !== null &&
        r.phrase.end <= r.cue.start &&
        r.span.start >= r.cue.end &&
        speakerOpensClause(text, clause.start, r.phrase.start) &&
        // "…, as investors worried that …" gives a cause, not a second report: after "as"
        // only a speech verb proper opens one, with its content right after it (", as he
        // later explained, was …" is a parenthesis inside the first content).
        (!AS_CONTRAST.test(m[0]) || (r.cue.core && !text.slice(r.cue.end, r.span.start).includes(','))),
    );
    if (own) return { ...own, frameStart: comma };
  }
  return null;
}

/**
 * "and", a name of up to four capitalised words (or a description of up to four words: "and
 * a State Department spokesperson"; or a bare plural of up to three: "and police chiefs"),
 * then a speech verb in the past or present.
 */
const SECOND_REPORT =
  /\sand\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|(?:a|an|the)(?:\s+[\p{L}'’.-]+){1,4}|(?:\p{Ll}+\s+){0,2}\p{Ll}+s(?=\s+(?:said|say)\s))\s+(?:said|says|say|told|tells)\s/u;

/**
 * Does a second report joined by "and" start at `at` of `content` (which starts at `lo` of
 * `text`), after a lower-case word or a number? The word may stand before `content`
 * ("for those involved|, and police chiefs said": the content starts at the quotation's end).
 */
function secondReportAt(text: string, content: string, lo: number, at: number): boolean {
  SECOND_REPORT_AT.lastIndex = at;
  return (
    LOWER_WORD_BEFORE.test(text.slice(Math.max(0, lo + at - 40), lo + at)) && SECOND_REPORT_AT.test(content)
  );
}
const SECOND_REPORT_AT = new RegExp(SECOND_REPORT.source, 'uy');
/** A last word in lower case or a number ("82 people"), no name ("Mr. Grassley"). */
const LOWER_WORD_BEFORE = /(?:^|\s)[\p{Ll}\p{N}][\p{L}\p{N}'’%-]*,?$/u;

/** Can content `[from, end)` hold a second report joined by "and" ({@link contrastedSpeech})? */
function secondReportIn(text: string, from: number, end: number): boolean {
  const content = text.slice(from, end);
  return content.includes(' and ') && SECOND_REPORT.test(content);
}

/**
 * Does the speaker phrase at `phraseStart` open the clause at `start`: only adverbials or a
 * description of the speaker before it, with no verb and no joining word ("inflation
 * stayed high, and analysts said" is a clause of its own before "analysts")?
 */
function speakerOpensClause(text: string, start: number, phraseStart: number): boolean {
  const lead = text.slice(start, phraseStart);
  if (wordsIn(text, start, phraseStart).some((w) => FINITE.has(w.lower) || CLAUSE_WORD.test(w.lower)))
    return false;
  return clauseLeadOk(lead);
}

/** The contrasted speech (see {@link contrastedSpeech}) after the last `skip` span in sentence `s`. */
function contrastedAfterQuotations(
  text: string,
  s: Sentence,
  skip: readonly Span[],
  from: number,
  index: ReferentIndex,
): ReportedSpeech | null {
  let last: Span | null = null;
  for (let j = from; j < skip.length && skip[j]!.start < s.end; j++) last = skip[j]!;
  return last && last.end < s.end ? contrastedSpeech(text, last.end, s.end, index) : null;
}

/**
 * The plain verbs of saying, whose clause is speech whatever follows it; and "accuse",
 * whose charge is ("accused D66 of trying to exclude his party, calling it “…”").
 */
const PLAIN_SAYING: ReadonlySet<string> = new Set(['say', 'tell', 'accuse']);

/**
 * A participle after a comma that may frame a quotation of its own: ", calling the plan
 * “reckless”", ", adding: “…”", ", noting that it was an “unfriendly country”"; or a
 * relative clause whose verb quotes: "She said she had spoken with her father, who she
 * described as “very emotional.”".
 */
const QUOTING_PARTICIPLE =
  /,\s+(?:adding|saying|noting|warning|insisting|arguing|stressing|explaining|claiming|alleging|urging|branding|calling|describing|accusing|telling|(?:who|whom)\s+(?:he|she|they)\s+(?:described|called))\b[^,]*$/iu;

/**
 * The part of sentence `s` before a participle that introduces its first quotation
 * (`first`, the first skipped span in it), when a comma and the participle stand between
 * the two: "Peskov told reporters that Putin had no plans to call, noting that … “…”".
 * Null when the quotation opens the sentence or no such participle leads to it.
 */
function clauseBeforeQuotingParticiple(text: string, s: Sentence, first: Span): Sentence | null {
  if (first.start <= s.start || first.start >= s.end) return null;
  const lead = text.slice(s.start, first.start);
  const m = QUOTING_PARTICIPLE.exec(lead);
  if (!m || m.index === 0) return null;
  return { ...s, end: s.start + m.index };
}

/**
 * The rest of sentence `s` after the last `skip` span in it, when that span ends a
 * sentence of its own (`.”`, `?"`) and a capitalised word follows; null otherwise.
 */
function afterClosedQuotation(
  text: string,
  s: Sentence,
  skip: readonly Span[],
  from: number,
): Sentence | null {
  let last: Span | null = null;
  for (let j = from; j < skip.length && skip[j]!.start < s.end; j++) last = skip[j]!;
  if (!last || last.end >= s.end) return null;
  if (!/[.?!]["”’»]$/u.test(text.slice(Math.max(s.start, last.end - 2), last.end))) return null;
  const lead = /^\s+(?=\p{Lu})/u.exec(text.slice(last.end, s.end));
  return lead ? { ...s, start: last.end + lead[0].length } : null;
}

/** Is one of `words` in `set`? */
function anyIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

/** The reported speech of one sentence (pushed on `out`). */
function readSentence(
  text: string,
  s: Sentence,
  index: ReferentIndex,
  out: ReportedSpeech[],
  commaFrames: boolean,
): void {
  // Most sentences hold no speech verb: a cheap scan finds the few that need the
  // word-by-word look.
  const scan = coreCueOffsets(text, s.start, s.end);
  if (scan === null) return;
  const { starts: cueStarts, words: cueWords } = scan;
  const scanned = (set: ReadonlySet<string>) => anyIn(cueWords, set);
  const participle = scanned(PARTICIPLE_WORDS);
  const added = participle && commaFrames ? participleAddition(text, s, index) : null;
  // The sentence's words, split once for every reader below.
  const ws = wordsIn(text, s.start, s.end);
  let found =
    inSentence(text, s, index, cueStarts, ws) ??
    (scanned(FINDING_WORDS) ? documentFinding(text, s, index, ws) : null) ??
    (scanned(BLAME_WORDS) ? blame(text, s, index, ws) : null) ??
    relativeSpeech(text, s, cueStarts, index) ??
    beliefClause(text, s, index, cueStarts, ws) ??
    (participle ? documentParticiple(text, s, index) : null);
  if (found && added && found.span.end > added.frameStart) {
    // "Berg said the plan would fail, adding that …": the first content stops at the comma.
    const span = trimContent(text, found.span.start, text.lastIndexOf(',', added.frameStart));
    found = span && span.start < added.frameStart ? { ...found, span } : null;
  }
  // ", a plan economists have warned could strain the budget": the group's claim about an
  // appositive, apart from what the sentence's main clause reported (which stops before it).
  const relative = !added && scanned(APPOSITIVE_RELATIVE_WORDS) ? appositiveRelative(text, s) : null;
  if (found && relative && found.span.end > relative.frameStart) {
    const span = trimContent(text, found.span.start, text.lastIndexOf(',', relative.frameStart));
    found = span && span.start < relative.frameStart ? { ...found, span } : null;
  }
  // "He said no cause was ruled out, but the grid's head of operations, Eduardo Prieto,
  // told reporters …": a contrasted clause with a speaker of its own ends the first content.
  // "China said it was sending a team and Russia said …": a second report after "and".
  const contrasted =
    found && (commaFrames || secondReportIn(text, found.span.start, found.span.end))
      ? contrastedSpeech(text, found.span.start, found.span.end, index)
      : null;
  if (found && contrasted) {
    const span = trimContent(text, found.span.start, contrasted.frameStart);
    found = span ? { ...found, span, frameEnd: contrasted.frameStart } : null;
  }
  // "Atishi appealed to residents not to waste water and said …": a plea before the
  // sentence's speech, by the same subject.
  const plea = scanned(APPEAL_WORDS) ? appeal(text, s, index, found) : null;
  if (plea) out.push(plea);
  if (found) out.push(found);
  if (contrasted) out.push(contrasted);
  if (relative) out.push(relative);
  if (added && !(found && found.span.start >= added.frameStart)) out.push(added);
  if (!added && commaFrames && scanned(CHARGE_PARTICIPLE_WORDS)) {
    // ", accusing X of …", ", promising to …": one more act of the sentence's speaker.
    // When the sentence already reported speech, that content runs to the sentence end and
    // holds the participle: it stands and nothing is added.
    const charge = found ? null : participleCharge(text, s, index);
    if (charge) out.push(charge);
  }
}

/**
 * Offsets of the words of `text[start, end)` that may be core cues ("said", "According"…).
 * A hand scanner over ASCII letters: a regex alternation of every verb form was the
 * stage's single most expensive line. A word glued to other letters may be reported
 * too; the caller checks each offset against the sentence's real words.
 */
function coreCueOffsets(
  text: string,
  start: number,
  end: number,
): { starts: number[]; words: string[] } | null {
  // Made on the first hit only: most sentences hold no cue word and allocate nothing.
  let found: { starts: number[]; words: string[] } | null = null;
  const n = end;
  let i = start;
  while (i < n) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < n && isAsciiLetterOrDigit(text.charCodeAt(i))) i++;
    const length = i - from;
    if (length < 3 || length > MAX_CUE_LENGTH) continue;
    // Length and first two letters first: most words are ruled out without a string (a
    // table look-up: the word is ASCII letters and digits, lowered as `toLowerCase` would).
    const c0 = text.charCodeAt(from) | 32;
    const c1 = text.charCodeAt(from + 1);
    if ((SCAN_TABLE[c0 * 128 + (c1 >= 65 && c1 <= 90 ? c1 + 32 : c1)]! & (1 << length)) === 0) continue;
    // …and its last letter (an ASCII letter or digit, lowered the same way).
    const cl = text.charCodeAt(i - 1);
    if ((SCAN_TABLE[LAST_PART + (cl >= 65 && cl <= 90 ? cl + 32 : cl)]! & (1 << length)) === 0) continue;
    const word = text.slice(from, i).toLowerCase();
    if (word === 'according' || SCAN_WORDS.has(word) || SPUN_ACCORDING.has(word)) {
      // "shot back", "fired back": only with "back" ("hit" and "fired" are common words).
      if (BACK_VERBS.has(word) && text.slice(i, i + 5) !== ' back') continue;
      // "pointed to", "points to": only with "to" ("percentage points" is common).
      if ((word === 'pointed' || word === 'points') && text.slice(i, i + 4) !== ' to ') continue;
      // "In accordance with …" opening a sentence, or "…, in accordance with" (see `spunAccordingAt`).
      if (
        SPUN_ACCORDING.has(word) &&
        (text.slice(i, i + 5) !== ' with' ||
          (text.slice(from - 3, from) !== 'In ' &&
            (word === 'line' || text.slice(from - 5, from) !== ', in ')))
      )
        continue;
      found ??= { starts: [], words: [] };
      found.starts.push(from);
      found.words.push(word);
    }
  }
  return found;
}

/** A closing quotation mark, a comma and spaces right before a participle. */
const AFTER_QUOTATION = /["”’»],\s*$/u;

/** The participles of {@link participleCharge}, for the sentence scan. */
/** The verb forms of {@link appeal}, for the sentence scan. */
const APPEAL_WORDS: ReadonlySet<string> = new Set(['appealed', 'appeals']);
const CHARGE_PARTICIPLE_WORDS: ReadonlySet<string> = new Set([
  'accusing',
  'promising',
  'pledging',
  'vowing',
  'accused',
]);
/**
 * The words worth a closer look: core cue forms, the weak cues read in one construction
 * only (CHARACTERISE, THAT_CUES, TRAILING_CUES) and the verbs of a document's finding.
 */
const SCAN_WORDS: ReadonlySet<string> = new Set([
  ...CORE_VERB_FORMS.keys(),
  ...[...SPEECH_VERB_FORMS, ...PARTIAL_VERB_FORMS]
    .filter(
      ([form, lemma]) =>
        CHARACTERISE.has(lemma) ||
        THAT_CUES.has(lemma) ||
        // Of "rule", only the past closes a sentence as a court's ruling ("…, the judge ruled").
        (TRAILING_CUES.has(lemma) && (lemma !== 'rule' || form === 'ruled')) ||
        lemma === 'accuse',
    )
    .map(([form]) => form),
  ...BELIEF_FORMS.keys(),
  ...CHARGE_PARTICIPLE_WORDS,
  'appealed',
  'appeals',
  'called',
  'calls',
  'pointed',
  'points',
  ...BACK_VERBS,
  'blamed',
  'blames',
  'found',
  'finds',
  'showed',
  'shows',
  'shown',
]);
/** Every word the scan reports: "according", the spun "accordance" / "line", and the cue forms. */
const SCANNED: readonly string[] = ['according', ...SPUN_ACCORDING, ...SCAN_WORDS];
const MAX_CUE_LENGTH = Math.max(...SCANNED.map((f) => f.length));
/** The scan's words by length and first two letters (see `lengthsByOpening`). */
const SCAN_TABLE = lengthsByOpening(SCANNED);
/** Words that open the rarer constructions, checked before their (costlier) readers. */
const FINDING_WORDS: ReadonlySet<string> = new Set(['found', 'finds', 'showed', 'shows', 'shown']);
const BLAME_WORDS: ReadonlySet<string> = new Set(['blamed', 'blames']);
/** A participle that may add speech: see {@link participleAddition}. */
const PARTICIPLE_WORDS: ReadonlySet<string> = new Set(
  'adding saying noting warning insisting arguing stressing explaining claiming alleging asserting stating telling'.split(
    ' ',
  ),
);

/** The cue words of {@link appositiveRelative}, for the sentence scan. */
const APPOSITIVE_RELATIVE_WORDS: ReadonlySet<string> = new Set([
  'said',
  'warned',
  'argued',
  'predicted',
  'feared',
]);
