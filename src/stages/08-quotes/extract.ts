/**
 * The quotes of an article: quotation marks first (direct and partial quotes, with
 * quotes broken by an attribution joined into one), then reported speech in the
 * sentences no quotation claimed, then speakers. Linear in the text: each quotation
 * looks only at its own sentence and its neighbours.
 *
 * This module assembles them (`extractQuotes`): units of quotations, their frames, the
 * rules' and the model's reported speech merged, transcript turns, speakers resolved. The
 * parts it asks live beside it: quote-units.ts (a quotation's inner text), quote-frames.ts
 * (the attribution before or after a quotation), scare-quotes.ts (scare quotes and titles,
 * dropped) and contextual-speaker.ts (the speaker of a quotation with no cue).
 */
import type {
  Cue,
  Entity,
  Mention,
  Paragraph,
  Quote,
  QuoteKind,
  Sentence,
  Speaker,
} from '../../core/annotations.js';
import { lastSpanStartingBy, type Span } from '../../core/span.js';
import { contextualSpeaker } from './contextual-speaker.js';
import { wordsIn } from './cues.js';
import type { FirstNames, PersonFacts } from './gender.js';
import { echoHeadlineSpeakers } from './headline-echo.js';
import { CORE_VERB_FORMS } from './lexicon.js';
import { findQuotedSpans } from './marks.js';
import { groupAttributions } from './model/attributions.js';
import type { ContentEndChooser } from './model/content-ends.js';
import type { ContentStartChooser } from './model/content-starts.js';
import { headlineColon } from './model/headline-colon.js';
import { type SignedQuotation, signedQuotations } from './model/signed-quotations.js';
import type { RoleSpan } from './model/tagger.js';
import { nestedQuotes } from './nested-quotes.js';
import { laterFragments } from './partial-run-on.js';
import {
  continuedAfterAttribution,
  frameAfter,
  frameBefore,
  onlySpacesOrColonEnd,
  passiveAgentAfterQuote,
  sharedWithPrevious,
  skipToContent,
} from './quote-frames.js';
import {
  beforeSentenceEnd,
  type Frame,
  innerText,
  JOINING_END,
  lastInnerCode,
  SENTENCE_END,
  type Unit,
} from './quote-units.js';
import { buildReferents } from './referents.js';
import { contrastedSpeech, findReportedSpeech, mayHoldCommaFrames } from './reported.js';
import { clauseFollows, clauseOpensAt } from './reported-content.js';
import { COORDINATED_CUE, TRAILING_TAIL } from './reported-cue-verbs.js';
import type { ReportedSpeech } from './reported-words.js';
import { resolveSpeaker } from './resolve.js';
import type { ResolveContext, Resolved, SpeakerTurn } from './resolve-context.js';
import {
  commaTitle,
  looksLikeScareOrTitle,
  namesAWork,
  namingRelative,
  notSpeechBefore,
} from './scare-quotes.js';
import { signAfter, signBefore } from './sign-words.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

type ReportedEntry = ReportedSpeech & { readonly kind: QuoteKind };

/** A participle's clause closing a sentence after a comma: ", later describing it as …". */
const PARTICIPLE_CLAUSE_END = /,\s+(?:\p{Ll}+\s+)?\p{Ll}{2,}ing\s.*$/su;

export interface QuoteInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly entities?: readonly Entity[] | undefined;
}

export interface ExtractOptions {
  readonly firstNames: FirstNames;
  readonly facts: PersonFacts;
  /** Stage name written into `by`. */
  readonly by: string;
  /** Role spans from the attribution model, when it runs. */
  readonly modelSpans?: readonly RoleSpan[] | undefined;
  /**
   * Where reported speech comes from: the rules, the model, or both (rules first, the
   * model where they found nothing). Quotation marks are always read by the rules.
   */
  readonly indirect?: 'rules' | 'model' | 'both';
  /** With the model: let a model attribution replace an overlapping rule quotation. */
  readonly modelOverQuotes?: boolean;
  /**
   * Which model attributions count as quotes: `speech` keeps those with a speech-verb cue
   * and a clause of content (what a reader calls a quote); `all` keeps every attribution
   * the model learned from PolNeAR (beliefs, accusations, noun-phrase contents).
   */
  readonly modelKeep?: 'speech' | 'all';
  /** Join `“…,” said X. “…”` into one quote (default true; PolNeAR keeps them apart). */
  readonly joinContinued?: boolean;
  /** With the model: where its contents end (the learned ranker of model/content-ends.ts). */
  readonly contentEnds?: ContentEndChooser | undefined;
  /** With the model: where its contents start (the learned ranker of model/content-starts.ts). */
  readonly contentStarts?: ContentStartChooser | undefined;
}

/** Extracts every quote of an article. */
export function extractQuotes(input: QuoteInput, options: ExtractOptions): Quote[] {
  const { text, paragraphs, sentences } = input;
  if (text.length === 0 || sentences.length === 0) return [];
  const index = buildReferents(text, input.mentions, input.entities, options);
  const quoted = findQuotedSpans(text, paragraphs);
  // Whether the text can hold a frame read after a comma (", adding that …", ", but X
  // said …"): read once for every sentence and quotation.
  const commaFrames = mayHoldCommaFrames(text);
  const paragraphOf = (offset: number) => lastSpanStartingBy(paragraphs, offset);
  const sentenceOf = (offset: number) => lastSpanStartingBy(sentences, offset);

  // 1. Join quotations broken by an attribution: “We will not,” he said, “accept this.”
  const units: Unit[] = [];
  for (let i = 0; i < quoted.length; i++) {
    const q = quoted[i]!;
    const last = units[units.length - 1];
    const prev = last?.parts[last.parts.length - 1];
    if (last && prev && prev.lastParagraph === q.firstParagraph) {
      const gap = text.slice(prev.end, q.start);
      const endCode = lastInnerCode(text, prev);
      // A nested single quotation may close the words: `… said, 'We are going,'"`.
      const joins =
        JOINING_END.has(endCode) ||
        ((endCode === 39 || endCode === 0x2019) && /[,—–…-]['’]$/u.test(innerText(text, prev)));
      if (joins || /^\s*[,—–-]/u.test(gap)) {
        if (
          /[,:—–-]\s*$/u.test(gap) &&
          !/[.?!]/u.test(gap.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|[A-Z])\./g, ''))
        ) {
          const frame = frameAfter(text, prev.end, q.start, index);
          if (frame) {
            last.parts.push(q);
            last.frame = frame;
            last.span = { start: last.span.start, end: q.end };
            continue;
          }
        }
        const frame =
          options.joinContinued === false ? null : continuedAfterAttribution(text, prev, q, gap, index);
        if (frame) {
          last.parts.push(q);
          last.frame = frame;
          last.span = { start: last.span.start, end: q.end };
          continue;
        }
      }
    }
    units.push({
      parts: [q],
      frame: null,
      kind: 'direct',
      span: { start: q.start, end: q.end },
      contextual: false,
    });
  }

  // 2. Frames beside each quotation; scare quotes and titles drop out here.
  const kept: Unit[] = [];
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const first = unit.parts[0]!;
    const lastPart = unit.parts[unit.parts.length - 1]!;
    const sOpen = sentences[sentenceOf(first.start)]!;
    const sClose = sentences[sentenceOf(Math.max(lastPart.innerEnd - 1, lastPart.start))]!;
    const prevUnit = kept[kept.length - 1];
    const nextUnit = units[u + 1];
    const beforeFrom = Math.max(
      sOpen.start,
      prevUnit && prevUnit.span.end <= first.start ? prevUnit.span.end : sOpen.start,
    );
    let afterTo = Math.max(sClose.end, lastPart.end);
    // Attribution after a quotation that closes a sentence ("… win.” Berg said.) lives in the next sentence.
    if (afterTo === lastPart.end || SENTENCE_END.has(lastInnerCode(text, lastPart))) {
      const nextS =
        sentences[
          sentenceOf(lastPart.end) + (sentences[sentenceOf(lastPart.end)]!.end <= lastPart.end ? 1 : 0)
        ];
      if (nextS && paragraphOf(nextS.start) === lastPart.lastParagraph)
        afterTo = Math.max(afterTo, nextS.end);
    }
    if (nextUnit && nextUnit.span.start < afterTo) afterTo = nextUnit.span.start;
    const lead = text.slice(beforeFrom, first.start);
    const startsClause = onlySpacesOrColonEnd(lead);
    let afterInNext = false;
    if (!unit.frame) {
      let after = frameAfter(text, lastPart.end, afterTo, index);
      // `… “extraordinary depth.” Cruz said she planned …`: after a quotation that ends its
      // sentence, a cue with content of its own opens a new statement; it attributes that
      // content, not the quotation.
      if (after && !after.before && SENTENCE_END.has(lastInnerCode(text, lastPart, true))) {
        const from = Math.max(after.cue.end, after.phrase?.end ?? 0);
        const end = sentences[sentenceOf(after.cue.start)]!.end;
        const tail = text.slice(from, Math.max(from, end));
        // …or a quotation of its own ("The minister called the criticism “nonsense.”"),
        // not one in a participle's clause after a comma ("he wrote on his platform, later
        // describing it as “…”": the participle's quotation is the writer's too).
        if (
          (!TRAILING_TAIL.test(tail) && clauseOpensAt(text, from, end)) ||
          /[“"«„]/u.test(tail.replace(PARTICIPLE_CLAUSE_END, ''))
        )
          after = null;
      }
      // `… a plan,” Berg said` with a full sentence after the close is still the quote's frame.
      if (after) unit.frame = after;
      // (A quotation that ends its sentence ends it even when the splitter ran the next
      // sentence on: "… was “engaging in diplomacy.” Zelenskiy asked him …".)
      afterInNext =
        after !== null &&
        (after.cue.start >= sClose.end ||
          (after.cue.start >= lastPart.end && SENTENCE_END.has(lastInnerCode(text, lastPart, true))));
    }
    let before: Frame | null = null;
    if (!unit.frame || !startsClause || afterInNext)
      before = frameBefore(text, beforeFrom, first.start, index);
    // "NAME called it “…” for Syrians, but warned it was “…”": the second verb after the
    // last quotation of the sentence shares that quotation's speaker.
    // (The last framed one: "called it “…” and “…” for Syrians, but warned …".)
    // So does a verb right after "and" when the words before it follow that quotation
    // ("accused the EU of using … to “blackmail” Georgia and said … “a second Ukraine.”"):
    // the sentence's subject stands before the earlier quotation, never after it.
    const coordinated =
      before !== null &&
      COORDINATED_CUE.test(text.slice(Math.max(beforeFrom, before.cue.start - 20), before.cue.start));
    if ((!before || coordinated) && !unit.frame && prevUnit && beforeFrom > sOpen.start) {
      const framed = kept.findLast((k) => k.span.start >= sOpen.start && k.frame?.phrase);
      if (framed?.frame?.phrase)
        before = sharedWithPrevious(text, beforeFrom, first.start, framed.frame.phrase) ?? before;
    }
    if (!unit.frame && before) unit.frame = before;
    if (!unit.frame && unit.parts.length === 1)
      unit.frame = passiveAgentAfterQuote(text, beforeFrom, first.start, lastPart.end, afterTo, index);
    // `Grant said the show was designed “to slow people down.” Visitors …`, `Graham told
    // the BBC: “…” She denied …`: a cue in the quotation's own sentence wins over one in
    // the next sentence.
    if (before && afterInNext) unit.frame = before;
    const single = unit.parts.length === 1;
    if (single && looksLikeScareOrTitle(text, first, sOpen.start)) {
      // A short fragment is speech only when a cue frames it (`called the goals “unrealistic”`).
      const framed = unit.frame && (before === unit.frame ? true : !startsClause);
      const near = text.slice(Math.max(sOpen.start, first.start - 40), first.start);
      if (!framed || notSpeechBefore(near) || namingRelative(near)) continue;
    }
    // `A sign outside the clinic reads ‘…’`, `‘…,’ read a banner`: a sign's words.
    if (
      single &&
      (signBefore(lead) || signAfter(text.slice(lastPart.end, Math.min(afterTo, lastPart.end + 60))))
    )
      continue;
    // “Oppenheimer,” with no attribution after it (`“Absolutely,” she said` has one) is a
    // title, not words said.
    if (single && !(unit.frame && !unit.frame.before) && commaTitle(text, first)) continue;
    // A name or a title inside a sentence: `a project called “Stargate.”`, `Mahler’s “Das
    // Lied von der Erde.”` — named by a thing, or owned by someone, not said.
    if (
      single &&
      !startsClause &&
      namesAWork(text.slice(Math.max(sOpen.start, first.start - 60), first.start), innerText(text, first))
    )
      continue;
    // Kind and span.
    const frame = unit.frame;
    let absorbed = 0;
    if (!startsClause && !(frame?.before && !frame.embedded)) {
      unit.kind = 'partial';
      const contentStart = frame?.before
        ? skipToContent(text, frame, first.start)
        : lead.trim()
          ? beforeFrom + lead.search(/\S/u)
          : first.start;
      let contentEnd = unit.span.end;
      // A quotation that ends its sentence (`showed “extraordinary depth.” Cruz said …`)
      // ends the content too, even when the next sentence was not split from it.
      if (frame?.before && !SENTENCE_END.has(lastInnerCode(text, lastPart))) {
        // `said the strikes were “outrageous” and would have “everlasting consequences”`:
        // the clause's later fragments join this quote.
        // (PolNeAR's scheme keeps each quotation apart.)
        if (options.joinContinued !== false) absorbed = laterFragments(text, units, u, sClose.end, index);
        for (let k = 1; k <= absorbed; k++) unit.parts.push(...units[u + k]!.parts);
        const runsTo = units[u + absorbed]!.span.end;
        const ended = absorbed > 0 && SENTENCE_END.has(lastInnerCode(text, units[u + absorbed]!.parts[0]!));
        const rest = ended ? '' : text.slice(runsTo, sClose.end);
        let words = rest.slice(0, beforeSentenceEnd(rest));
        // "…, though the chairman, General Dan Caine, said …": another speaker's clause
        // ends it.
        const other = commaFrames ? contrastedSpeech(text, runsTo, runsTo + words.length, index) : null;
        if (other) words = words.slice(0, other.frameStart - runsTo);
        contentEnd = /[“"]/u.test(words) ? runsTo : runsTo + words.length;
      }
      unit.span = { start: Math.min(contentStart, first.start), end: contentEnd };
    } else if (lastInnerCode(text, first) < 0) continue;
    kept.push(unit);
    u += absorbed;
  }

  // 3. Speakers, in text order, so that the paragraph's current speaker is known.
  const turns: SpeakerTurn[] = [];
  // Names inside the quotation marks are no antecedents; an attribution between two
  // joined parts (`“…,” said Folake Adeyemi. “…”`) is outside them, and so are the
  // reporter's own words around a partial quotation ("… to reach Brian Haworth, who …
  // rose “in a matter of seconds”, he said").
  const quotedText: Span[] = [];
  for (const k of kept) for (const p of k.parts) quotedText.push({ start: p.start, end: p.end });
  const context: ResolveContext = { text, index, quoted: quotedText, paragraphOf, turns };
  const out: Quote[] = [];
  const claimed: Span[] = [];
  const record = (span: Span, kind: QuoteKind, resolved: Resolved | null, cue: Cue | null, base: number) => {
    const speaker: Speaker | null = resolved?.speaker ?? null;
    const confidence = Math.round(base * (resolved ? resolved.certainty : 1) * 100) / 100;
    out.push({ start: span.start, end: span.end, kind, speaker, cue, confidence, by: options.by });
    if (speaker)
      turns.push({
        at: span.start,
        paragraph: paragraphOf(span.start),
        lastParagraph: paragraphOf(Math.max(span.start, span.end - 1)),
        speaker,
        referent: resolved?.referent ?? null,
      });
  };
  // Reported speech whose sentence holds a kept quotation is dropped below (the
  // quotation's frame wins), so those sentences are not even looked at.
  const fromRules = (): ReportedEntry[] =>
    findReportedSpeech(
      text,
      sentences,
      index,
      kept.map((k) => k.span).sort((a, b) => a.start - b.start),
      commaFrames,
    ).map(
      (r): ReportedEntry => ({
        span: r.span,
        cue: r.cue,
        phrase: r.phrase,
        frameStart: r.frameStart,
        frameEnd: r.frameEnd,
        kind: 'indirect',
      }),
    );
  const mode = options.modelSpans ? (options.indirect ?? 'both') : 'rules';
  let reported: ReportedEntry[] = mode === 'rules' ? fromRules() : [];
  if (mode !== 'rules') {
    const modelled = groupAttributions(
      text,
      options.modelSpans!,
      paragraphOf,
      index,
      sentences,
      options.contentEnds,
      options.contentStarts,
    ).filter((m) => options.modelKeep === 'all' || isSpeech(text, m));
    reported = modelled;
    if (mode === 'both') {
      // The rules' reported speech first (their speakers are resolved with more care);
      // the model adds what they missed.
      const rules = fromRules();
      const added = modelled.filter((m) => !rules.some((r) => framesOverlap(m, r)));
      reported = inTextOrder(rules, added);
    }
  }
  // PolNeAR's scheme counts a transcript's turns ("WALLACE: …") as attributions; the
  // tagger never learned them. Only under that scheme: in news copy a capitalised label
  // before a colon is as often a dateline or an editor's note.
  if (options.modelKeep === 'all') {
    const turns = transcriptTurns(text, paragraphs);
    if (turns.length > 0) {
      // The tagger's own reading of a turn's colon gives way to the turn.
      const colons = new Set(turns.map((t) => t.cue.start));
      reported = inTextOrder(
        reported.filter((r) => !colons.has(r.cue.start)),
        turns,
      );
    }
    // So are signed quotations (`“…” ― Maria Lopez`); the tagger's reading of one gives way.
    // And so is a headline's `Speaker: words` (model/headline-colon.ts).
    const headline = headlineColon(text, paragraphs);
    const signed = [...signedQuotations(text, paragraphs), ...(headline ? [headline] : [])].map((s) =>
      signedEntry(text, s),
    );
    if (signed.length > 0) {
      reported = inTextOrder(
        reported.filter((r) => !signed.some((s) => framesOverlap(r, s))),
        signed,
      );
    }
  }
  if (mode !== 'rules' && options.modelOverQuotes) {
    // The model's spans follow the annotation conventions it was trained on; where it
    // attributes a quotation, its attribution replaces the rule's.
    const modelled = reported;
    for (let k = kept.length - 1; k >= 0; k--) {
      const unit = kept[k]!;
      if (modelled.some((m) => m.span.start < unit.span.end && unit.span.start < m.span.end))
        kept.splice(k, 1);
    }
  }
  let r = 0;
  const flushReported = (until: number) => {
    while (r < reported.length && reported[r]!.span.start < until) {
      const rep = reported[r++]!;
      if (claimed.some((c) => c.start < rep.span.end && rep.span.start < c.end)) continue;
      if (kept.some((k) => k.span.start < rep.frameEnd && rep.frameStart < k.span.end)) continue;
      const resolved = rep.phrase ? resolveSpeaker(rep.phrase, context) : null;
      if (!resolved && rep.phrase && options.modelKeep === 'all') {
        // PolNeAR annotates the source as written, not its referent: a pronoun or a
        // description the resolver cannot tie to anyone keeps its span (not a turn, so
        // later pronouns are not resolved to it).
        out.push(sourceAsWritten(rep.span, rep.kind, rep.phrase, cueOf(text, rep.cue), options.by));
        continue;
      }
      record(rep.span, rep.kind, resolved, cueOf(text, rep.cue), 0.75);
    }
  };
  for (const unit of kept) {
    flushReported(unit.span.start);
    // Under PolNeAR's scheme a quoted phrase no cue introduces ("came across as “too
    // loud”") is not an attribution of its own: 1 of 42 such dev quotes was one.
    if (options.modelKeep === 'all' && unit.kind === 'partial' && !unit.frame) continue;
    const cue = unit.frame ? cueOf(text, unit.frame.cue) : null;
    let resolved: Resolved | null = null;
    let base = unit.kind === 'direct' ? 0.92 : 0.85;
    if (unit.frame?.phrase) {
      resolved = resolveSpeaker(unit.frame.phrase, context);
      claimed.push({
        start: Math.min(unit.frame.cue.start, unit.frame.phrase.start),
        end: Math.max(unit.frame.cue.end, unit.frame.phrase.end),
      });
    } else {
      resolved = contextualSpeaker(text, unit, context, sentences, sentenceOf, index, paragraphs);
      base = 0.7;
    }
    claimed.push(unit.span);
    record(unit.span, unit.kind, resolved, cue, base);
    if (unit.kind === 'direct') out.push(...nestedQuotes(unit.span, resolved, context, options.by));
  }
  flushReported(text.length + 1);
  return echoHeadlineSpeakers(
    text,
    paragraphs,
    out.sort((a, b) => a.start - b.start),
  );
}

/**
 * A model attribution whose source phrase resolved to nobody, with the phrase as its
 * speaker as written (only under PolNeAR's conventions, `modelKeep: 'all'`).
 */
function sourceAsWritten(span: Span, kind: QuoteKind, phrase: SpeakerPhrase, cue: Cue, by: string): Quote {
  const speaker: Speaker = {
    name: phrase.text.replace(/\s+/gu, ' ').trim(),
    entityId: null,
    mention: { start: phrase.start, end: phrase.end },
  };
  return { start: span.start, end: span.end, kind, speaker, cue, confidence: 0.5, by };
}

/**
 * "WALLACE:", "JAKE TAPPER:" opening a paragraph: a speaker's name in capitals and a colon,
 * after a quotation mark when the transcript is quoted whole (`"PENCE: Well, …`).
 */
const TRANSCRIPT_TURN = /^(["“]?)((?:\p{Lu}[\p{Lu}.'’-]+)(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):[ \t]+/u;
/** Capitalised labels that are not speakers. */
const NOT_SPEAKER_LABELS = new Set(
  "UPDATE UPDATED NOTE CORRECTION CLARIFICATION DISCLOSURE DISCLAIMER WATCH VIDEO PHOTOS PHOTO READ MORE BREAKING EXCLUSIVE RELATED SOURCE SOURCES EDITOR’S EDITOR'S Q A".split(
    ' ',
  ),
);

/**
 * The turns of a transcript: a paragraph opening with a name in capitals and a colon;
 * the name is the source, the colon the cue, the rest of the paragraph the content.
 */
function transcriptTurns(text: string, paragraphs: readonly Paragraph[]): ReportedEntry[] {
  const out: ReportedEntry[] = [];
  for (const p of paragraphs) {
    const m = TRANSCRIPT_TURN.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    if (!m || m[2]!.split(' ').some((w) => NOT_SPEAKER_LABELS.has(w))) continue;
    let end = p.end;
    // PolNeAR's contents stop before a final period.
    while (end > p.start && /[\s.]/u.test(text[end - 1]!)) end--;
    const contentStart = p.start + m[0].length;
    if (wordsIn(text, contentStart, end).length < 3) continue;
    const nameStart = p.start + m[1]!.length;
    const colon = nameStart + m[2]!.length;
    out.push({
      span: { start: contentStart, end },
      cue: { start: colon, end: colon + 1, lemma: 'say', core: true },
      phrase: { start: nameStart, end: colon, kind: 'name', referent: null, text: m[2]! },
      frameStart: p.start,
      frameEnd: end,
      kind: 'direct',
    });
  }
  return out;
}

/** Two lists of reported speech as one, in text order of their contents. */
function inTextOrder(kept: readonly ReportedEntry[], added: readonly ReportedEntry[]): ReportedEntry[] {
  return [...kept, ...added].sort((a, b) => a.span.start - b.span.start);
}

/** Whether two attributions' frames (source, cue and content) share a character. */
function framesOverlap(a: ReportedEntry, b: ReportedEntry): boolean {
  return a.frameStart < b.frameEnd && b.frameStart < a.frameEnd;
}

/** A signed quotation (or a headline's colon) as reported speech: the name its source, the mark its cue. */
function signedEntry(text: string, s: SignedQuotation): ReportedEntry {
  return {
    span: s.content,
    cue: { ...s.cue, lemma: 'say', core: true },
    phrase: { ...s.source, kind: 'name', referent: null, text: text.slice(s.source.start, s.source.end) },
    // A signature follows its quotation; a headline's speaker comes before the colon.
    frameStart: Math.min(s.content.start, s.source.start),
    frameEnd: Math.max(s.content.end, s.source.end),
    kind: 'direct',
  };
}

/** A model attribution a reader would call a quote: a speech-verb cue and a clause of content. */
function isSpeech(text: string, m: ReportedEntry): boolean {
  const cue = text.slice(m.cue.start, m.cue.end).toLowerCase();
  if (!CORE_VERB_FORMS.has(cue) && cue !== 'according to') return false;
  const words = wordsIn(text, m.span.start, m.span.end);
  const lemma = CORE_VERB_FORMS.get(cue) ?? cue;
  return (
    words.length >= 4 &&
    !/^(to|for|of|with|about|on|by)$/.test(words[0]!.lower) &&
    clauseFollows(lemma, words)
  );
}

function cueOf(text: string, cue: Span): Cue {
  return { start: cue.start, end: cue.end, text: text.slice(cue.start, cue.end) };
}
