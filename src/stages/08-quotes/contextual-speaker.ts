/**
 * The speaker of a quotation with no cue of its own: a name inside it or in the next
 * sentence (`That was the message from …`), a transcript or interview turn, a possessive or
 * colon lead, the paragraph's current speaker, or the previous paragraph's when this one is
 * nothing but the quotation. Separate because it reads the paragraph around a quotation,
 * after every quotation's own frame is known.
 */
import type { Paragraph, Sentence } from '../../core/annotations.js';
import { cuesIn, wordsIn } from './cues.js';
import type { QuotedSpan } from './marks.js';
import { partialSubject } from './partial-subject.js';
import type { Unit } from './quote-units.js';
import { firstOccurrenceFrom, type Occurrence, type Referent, type ReferentIndex } from './referents.js';
import { resolveSpeaker } from './resolve.js';
import { insideQuote, type ResolveContext, type Resolved, resolvedAs } from './resolve-context.js';
import { speakerAfter } from './speaker-after-cue.js';
import { speakerBefore } from './speaker-before-cue.js';
import { isDescriptionRun, isTitleRun, mentionPhrase, type SpeakerPhrase } from './speaker-phrase.js';

/** After a quotation: "read/said" and a post, a tweet or a message, with no one named. */
const UNSIGNED_POST =
  /^[\s,.]*(?:read|reads|said|says)\s+(?:a|an|the|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:post|tweet|message|comment|caption)(?=[\s,.;]|$)/u;

/** Before a quotation: a post, a tweet or a message, then "read/said" and a comma or colon. */
const UNSIGNED_POST_BEFORE =
  /(?:^|\s)(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:post|tweet|message|comment|caption|text)\s+(?:read|reads|said|says)[,:]\s$/u;

const FOLLOW_UP =
  /^\s*(?:(?:that|this) (?:was|is) how|(?:(?:that|this|those|these) (?:was|were|is|are) )?(?:so (?:said|says)|(?:the )?(?:[\p{L}-]+ )?(?:words|remarks|comments|message|warning|verdict|view|response|reaction|assessment|promise|plea|complaint|criticism|appeal|accusation|rebuke|rebuttal|retort|riposte|rejoinder|reply|denial|question|claim|demand|admission|threat|pledge|tribute) (?:(?:were|was) (?:those|that) of|belonged to|(?:were|was) (?:spoken|uttered|written|delivered) by|(?:came (?:[\p{L}\d]+ ){0,3}?)?(?:from|of))))\s+/iu;

/**
 * A quotation with no cue of its own: its speaker comes from the next sentence when
 * that one names who spoke ("That was the message from …", "Berg was speaking …"),
 * else from the paragraph's current speaker, else from the previous paragraph when
 * this one is nothing but the quotation (the continuing speaker of a long quote).
 */
export function contextualSpeaker(
  text: string,
  unit: Unit,
  context: ResolveContext,
  sentences: readonly Sentence[],
  sentenceOf: (o: number) => number,
  index: ReferentIndex,
  paragraphs: readonly Paragraph[],
): Resolved | null {
  const lastPart = unit.parts[unit.parts.length - 1]!;
  // "“Ruto must go,” read one widely shared post.": words of a post nobody is named for.
  if (UNSIGNED_POST.test(text.slice(lastPart.end, lastPart.end + 60))) return null;
  // "The message read, “Should I say my last words?”": the same words before the quotation.
  const first = unit.parts[0]!.start;
  if (text.charCodeAt(first - 2) === 44 || text.charCodeAt(first - 2) === 58) {
    if (UNSIGNED_POST_BEFORE.test(text.slice(Math.max(0, first - 60), first))) return null;
  }
  const inside = attributionInside(text, unit.parts[0]!, index);
  // An explicit attribution inside wins; a pronoun there with no antecedent leaves no
  // speaker rather than a neighbour's.
  if (inside) return resolveSpeaker(inside, context);
  const paragraph = context.paragraphOf(unit.span.start);
  const si = sentenceOf(Math.max(unit.span.end - 1, unit.span.start));
  const next = sentences[si + 1];
  // A quotation that is a paragraph of its own may be attributed by the next paragraph's
  // opening ("“…” / That was the verdict of Giuseppe Ferraro, who …").
  const wholeParagraph =
    quoteOpensParagraph(text, unit, context) &&
    text.slice(lastPart.end, paragraphs[context.paragraphOf(lastPart.end)]!.end).trim() === '';
  if (
    next &&
    wholeParagraph &&
    context.paragraphOf(next.start) === context.paragraphOf(lastPart.end) + 1 &&
    next.start >= unit.span.end
  ) {
    const follow = FOLLOW_UP.exec(text.slice(next.start, next.end));
    if (follow) {
      const phrase = speakerAfter(text, next.start + follow[0].length - 1, next.end, index);
      if (phrase) return resolveSpeaker(phrase, context);
    }
    if (paragraph === 0) {
      const introduced = introducedNext(text, next, paragraphs[context.paragraphOf(next.start)]!, index);
      if (introduced) return introduced;
    }
  }
  const transcript = transcriptSpeaker(text, unit, paragraphs[paragraph]!, index);
  if (transcript) return transcript;
  const answer = interviewAnswer(text, unit, paragraphs, paragraph, context);
  if (answer) return answer;
  const byLead = possessiveLead(text, unit, context, sentences[sentenceOf(unit.span.start)]!, index);
  if (byLead) return byLead;
  const byColon = colonLead(text, unit, context, sentences[sentenceOf(unit.span.start)]!, index);
  if (byColon) return byColon;
  if (
    next &&
    context.paragraphOf(next.start) === context.paragraphOf(lastPart.end) &&
    next.start >= unit.span.end
  ) {
    const follow = FOLLOW_UP.exec(text.slice(next.start, next.end));
    if (follow) {
      const phrase = speakerAfter(text, next.start + follow[0].length - 1, next.end, index);
      if (phrase) return resolveSpeaker(phrase, context);
    }
    // "Berg was speaking after …" / "Berg, 54, said the talks …": a subject that speaks next
    // (not for a partial quotation inside its own sentence, nor when the next sentence
    // quotes words of its own).
    const ws = unit.kind === 'partial' ? [] : wordsIn(text, next.start, next.end);
    // "“…” The Indian minister made the remark at the start of the talks.": the subject of
    // a sentence about the remark itself.
    const remark =
      unit.kind === 'partial'
        ? null
        : REMARK_MADE.exec(text.slice(next.start, Math.min(next.end, next.start + 140)));
    if (remark) {
      const phrase = speakerBefore(text, next.start, next.start + remark[1]!.length, index);
      if (phrase && phrase.kind !== 'pronoun' && phrase.start - next.start < 3) {
        const resolved = resolveSpeaker(phrase, context);
        if (resolved) return { ...resolved, certainty: resolved.certainty * 0.85 };
      }
    }
    const cue = cuesIn(ws.slice(0, 8))[0];
    if (cue && cue.lemma !== 'according to' && !/[“"«„]/u.test(text.slice(cue.end, next.end))) {
      const phrase = speakerBefore(text, next.start, cue.start, index);
      if (phrase && phrase.kind !== 'pronoun' && phrase.start - next.start < 3) {
        const resolved = resolveSpeaker(phrase, context);
        if (resolved) return { ...resolved, certainty: resolved.certainty * 0.85 };
      }
    }
  }
  // In a paragraph with no speaker yet, a partial quotation's sentence subject speaks.
  const bySubject = context.turns.some((t) => t.paragraph === paragraph)
    ? null
    : partialSubject(unit, context, index);
  if (bySubject) return bySubject;
  for (let i = context.turns.length - 1; i >= 0; i--) {
    const t = context.turns[i]!;
    if (
      t.paragraph === paragraph ||
      (t.paragraph === paragraph - 1 && unit.kind !== 'partial' && quoteOpensParagraph(text, unit, context))
    ) {
      return {
        speaker: { ...t.speaker },
        referent: t.referent,
        certainty: t.paragraph === paragraph ? 0.85 : 0.75,
      };
    }
    if (t.paragraph < paragraph - 1) break;
  }
  // "Sarah Okonjo, whose children attend the school, helped start the petition. “This is
  // a village school …”": a quotation opening a sentence after a sentence in the same
  // paragraph whose subject is the one person named in it.
  const subject = unit.kind === 'partial' ? null : subjectBefore(unit, context, sentences, sentenceOf, index);
  if (subject) return subject;
  // A paragraph that is only a quotation, after a paragraph about one person ("Streeting
  // put it bluntly:", "Lindqvist addressed shareholders. He began with an apology.").
  if (paragraph > 0 && quoteOpensParagraph(text, unit, context)) {
    const prev = paragraphs[paragraph - 1]!;
    const people = new Set<Referent>();
    let first: Referent | null = null;
    for (let oi = firstOccurrenceFrom(index, prev.start); oi < index.occurrences.length; oi++) {
      const o = index.occurrences[oi]!;
      if (o.start >= prev.end) break;
      if (o.start < prev.start || o.referent.type !== 'person' || insideQuote(context.quoted, o.start))
        continue;
      people.add(o.referent);
      first ??= o.referent;
    }
    const intro = /:\s*$/u.test(text.slice(prev.start, prev.end));
    const only = people.size === 1 ? first : null;
    const chosen = only ?? (intro ? first : null);
    if (chosen) {
      const mention = chosen.occurrences.find((o) => o.start >= prev.start && o.end <= prev.end) ?? null;
      return {
        speaker: { name: chosen.name, entityId: chosen.entityId, mention },
        referent: chosen,
        certainty: intro ? 0.75 : 0.6,
      };
    }
  }
  return null;
}

/**
 * The speaker of an uncued quotation that opens a sentence: the previous sentence of the
 * paragraph opens with a person's name and names no other person outside quotations.
 */
function subjectBefore(
  unit: Unit,
  context: ResolveContext,
  sentences: readonly Sentence[],
  sentenceOf: (o: number) => number,
  index: ReferentIndex,
): Resolved | null {
  const si = sentenceOf(unit.span.start);
  const here = sentences[si];
  const prev = sentences[si - 1];
  if (!here || !prev || unit.span.start - here.start > 1) return null;
  if (context.paragraphOf(prev.start) !== context.paragraphOf(unit.span.start)) return null;
  let person: Occurrence | null = null;
  for (let oi = firstOccurrenceFrom(index, prev.start); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start >= prev.end) break;
    if (o.start < prev.start || o.referent.type !== 'person' || insideQuote(context.quoted, o.start))
      continue;
    if (person && person.referent !== o.referent) return null;
    person ??= o;
  }
  if (!person || person.start - prev.start > 1) return null;
  return resolvedAs(person.referent, person, 0.6);
}

/** "NAME made the remark(s) / the comments …", "NAME was speaking …": the subject is group 1. */
const REMARK_MADE =
  /^([^,.;:“”"]{2,80}?)\s+(?:made (?:the|these|those|his|her) (?:remarks?|comments?)|(?:was|were) speaking)\b/u;

/**
 * A quotation opening an article, and a next paragraph that introduces a person who
 * speaks in it: "“If the river drops …” / Klaus Reinholz has been running cargo … He
 * said …", "The director of the museum, Lilla Szabó, was speaking at …". The person is
 * named first in that sentence (after a description at most) and not before it.
 */
function introducedNext(
  text: string,
  next: Sentence,
  paragraph: Paragraph,
  index: ReferentIndex,
): Resolved | null {
  for (let oi = firstOccurrenceFrom(index, next.start); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start < next.start) continue;
    if (o.start > next.start + 120) break;
    const r = o.referent;
    if (r.type !== 'person' || r.occurrences.some((x) => x.start < next.start)) return null;
    const lead = text.slice(next.start, o.start);
    if (lead.trim() !== '' && !(/,\s*$/u.test(lead) && isDescriptionRun(lead))) return null;
    const body = text.slice(paragraph.start, paragraph.end);
    const speaks =
      cuesIn(wordsIn(text, paragraph.start, paragraph.end)).some((c) => c.core) ||
      /\b(?:was|were) speaking\b/u.test(body);
    if (!speaks) return null;
    return resolvedAs(o.referent, o, 0.6);
  }
  return null;
}

/** "Lindqvist: “Brutal. We pitched to sixty funds …”": an interview transcript's speaker. */
function transcriptSpeaker(
  text: string,
  unit: Unit,
  paragraph: Paragraph,
  index: ReferentIndex,
): Resolved | null {
  const lead = text.slice(paragraph.start, unit.span.start);
  const colon = /^\s*([^:“”"]{2,60}):\s*$/u.exec(lead);
  if (!colon) return null;
  for (let oi = firstOccurrenceFrom(index, paragraph.start); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start < paragraph.start) continue;
    if (o.start >= unit.span.start) break;
    if (o.referent.type !== 'person' || text.slice(paragraph.start, o.start).trim() !== '') continue;
    if (text.slice(o.end, unit.span.start).trim() !== ':') continue;
    return resolvedAs(o.referent, o, 0.8);
  }
  return null;
}

/** A paragraph of a question-and-answer interview: "Q: …", "A: …". */
const QA_TURN = /^\s*[QA]\s*[:.]\s/u;

/**
 * `A: “I was at home with my wife …”` (or the quotation alone, right after a "Q:"
 * paragraph) in a question-and-answer interview: the answer is
 * the interviewee's, the last person named in the paragraph that introduces the
 * interview (the nearest one before the run of Q/A paragraphs: "In an interview at
 * DeepMind's offices, Hassabis, 48, spoke about …"), outside quotations.
 */
function interviewAnswer(
  text: string,
  unit: Unit,
  paragraphs: readonly Paragraph[],
  paragraph: number,
  context: ResolveContext,
): Resolved | null {
  const own = paragraphs[paragraph]!;
  const lead = text.slice(own.start, unit.span.start);
  const isQuestion = (k: number) =>
    /^\s*Q\s*[:.]\s/u.test(text.slice(paragraphs[k]!.start, paragraphs[k]!.start + 4));
  // An answer written as a bare quotation paragraph right after a "Q:" paragraph.
  const bare = /^\s*["“«„]?$/u.test(lead) && paragraph > 0 && isQuestion(paragraph - 1);
  if (!bare && !/^\s*A\s*[:.]\s*$/u.test(lead)) return null;
  const isAnswer = (k: number) =>
    QA_TURN.test(text.slice(paragraphs[k]!.start, paragraphs[k]!.start + 4)) ||
    (bare && /^\s*["“«„]/u.test(text.slice(paragraphs[k]!.start, paragraphs[k]!.start + 3)));
  let p = paragraph - 1;
  while (p >= 0 && isAnswer(p)) p--;
  // Bare answers: the interview may go on after a paragraph of narrative ("Stubb, 57, said
  // he speaks to President Trump …"); the introduction stands before its first question.
  if (bare) {
    let first = p;
    for (let k = p; k >= 0; k--) if (isQuestion(k)) first = k - 1;
    p = first;
  }
  if (p < 0 || p === paragraph - 1) return null;
  const intro = paragraphs[p]!;
  const { index } = context;
  let last: Occurrence | null = null;
  for (let oi = firstOccurrenceFrom(index, intro.start); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start >= intro.end) break;
    if (o.referent.type === 'person' && !insideQuote(context.quoted, o.start)) last = o;
  }
  return last ? resolvedAs(last.referent, last, 0.7) : null;
}

/**
 * `“We lost the vote, he said. We did not lose …”`: scraped copy that lost the marks
 * around an attribution leaves it inside the quotation, after its first clause.
 */
const INNER_ATTRIBUTION =
  /^[^“”"«».?!]{3,200}?,\s+(he|she|they|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})\s+(?:said|says|added|continued|told\s+\p{L}+)[.,]\s/u;

function attributionInside(text: string, q: QuotedSpan, index: ReferentIndex): SpeakerPhrase | null {
  const m = INNER_ATTRIBUTION.exec(text.slice(q.innerStart, Math.min(q.innerEnd, q.innerStart + 300)));
  if (!m) return null;
  const start = q.innerStart + m[0].indexOf(m[1]!, m[0].lastIndexOf(',') + 1);
  const end = start + m[1]!.length;
  const lower = m[1]!.toLowerCase();
  if (lower === 'he' || lower === 'she' || lower === 'they')
    return { start, end, kind: 'pronoun', referent: null, text: lower };
  const o = index.occurrences.find((x) => x.start === start && x.end <= end);
  return o ? mentionPhrase(text, o) : { start, end, kind: 'name', referent: null, text: m[1]! };
}

/** "Her message to the board was blunt: “…”": a possessive and a noun of speech before the quote. */
const POSSESSIVE_LEAD =
  /^\s*(?:\p{L}+\s+){0,3}?(his|her|their)\s+(?:[\p{L}-]+\s+)?(?:message|answer|reply|response|verdict|warning|view|advice|explanation|plea|argument|words|promise|assessment|conclusion|point|case|diagnosis|prediction|instruction|demand|complaint)\b[^“”"«»]{0,60}[:,—–]\s*$/iu;

/**
 * The speaker a possessive lead points to: the pronoun's antecedent before the quote,
 * else — at the top of an article — the first person of that gender named after it, in
 * this or the next paragraph.
 */
function possessiveLead(
  text: string,
  unit: Unit,
  context: ResolveContext,
  sentence: Sentence,
  index: ReferentIndex,
): Resolved | null {
  const from = sentence.start;
  const m = POSSESSIVE_LEAD.exec(text.slice(from, unit.span.start));
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const pronoun = word === 'his' ? 'he' : word === 'her' ? 'she' : 'they';
  const at = from + m[0].toLowerCase().indexOf(word);
  const back = resolveSpeaker(
    { start: at, end: at + word.length, kind: 'pronoun', referent: null, text: pronoun },
    context,
  );
  if (back) return back;
  if (pronoun === 'they') return null;
  const gender = pronoun === 'he' ? 'male' : 'female';
  const paragraph = context.paragraphOf(unit.span.start);
  for (let oi = firstOccurrenceFrom(index, unit.span.end); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start < unit.span.end) continue;
    if (context.paragraphOf(o.start) > paragraph + 1) break;
    if (o.referent.type !== 'person' || insideQuote(context.quoted, o.start)) continue;
    if (o.referent.gender !== gender && o.referent.gender !== 'unknown') continue;
    return resolvedAs(o.referent, o, 0.6);
  }
  return null;
}

/**
 * "The union's leader, Anna Berg, was blunt: “…”", "Berg did not mince her words: “…”": a
 * short clause ending in a colon before the quotation, with a person as its subject (the
 * first person named in it, or a pronoun opening it).
 */
function colonLead(
  text: string,
  unit: Unit,
  context: ResolveContext,
  sentence: Sentence,
  index: ReferentIndex,
): Resolved | null {
  const from = sentence.start;
  if (from >= unit.span.start) return null;
  const lead = text.slice(from, unit.span.start);
  if (!/:\s*$/u.test(lead) || /[“”"«»;]/u.test(lead) || wordsIn(text, from, unit.span.start).length > 14)
    return null;
  const pronoun = /^\s*(he|she)\s/iu.exec(lead);
  if (pronoun) {
    const at = from + pronoun[0].indexOf(pronoun[1]!);
    return resolveSpeaker(
      {
        start: at,
        end: at + pronoun[1]!.length,
        kind: 'pronoun',
        referent: null,
        text: pronoun[1]!.toLowerCase(),
      },
      context,
    );
  }
  for (let oi = firstOccurrenceFrom(index, from); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start >= unit.span.start) break;
    if (o.start < from || o.referent.type !== 'person') continue;
    // Only the subject: a person after a verb ("… was a warning to Berg:") is not.
    const before = text.slice(from, o.start);
    if (before.trim() !== '' && !isDescriptionRun(before) && !isTitleRun(before)) return null;
    return resolveSpeaker(mentionPhrase(text, o), context);
  }
  return null;
}

function quoteOpensParagraph(text: string, unit: Unit, context: ResolveContext): boolean {
  const p = context.paragraphOf(unit.span.start);
  for (let i = unit.span.start - 1; i >= 0; i--) {
    if (context.paragraphOf(i) !== p) return true;
    if (!/\s/u.test(text[i]!)) return false;
  }
  return true;
}
