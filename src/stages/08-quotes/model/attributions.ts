/**
 * From tagged role spans to attributions: cues and content spans of a paragraph are paired
 * nearest first (each taken once), and each cue takes the nearest source span of its
 * paragraph (PolNeAR attributions have exactly one cue),
 * and the source span becomes a speaker phrase for the resolver. A cue the tagger gave
 * no content takes its sentence's clause after it (or, for "…, Berg said." and "…, said
 * Berg, the mayor.", before it), when nothing else was tagged there but an attribution
 * nested in that clause.
 */
import type { QuoteKind } from '../../../core/annotations.js';
import { lastSpanStartingBy, partitionPoint, type Span } from '../../../core/span.js';
import type { CueMatch } from '../cues.js';
import { PRONOUNS } from '../lexicon.js';
import type { ReferentIndex } from '../referents.js';
import type { SpeakerPhrase } from '../speaker-phrase.js';
import type { ContentEndChooser } from './content-ends.js';
import type { ContentStartChooser } from './content-starts.js';
import { sourceBounds } from './source-bounds.js';
import type { RoleSpan } from './tagger.js';

export interface ModelAttribution {
  readonly span: Span;
  readonly cue: CueMatch;
  readonly phrase: SpeakerPhrase | null;
  readonly frameStart: number;
  readonly frameEnd: number;
  readonly kind: QuoteKind;
}

const distance = (a: Span, b: Span) =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;

function phraseOf(text: string, span: Span, index: ReferentIndex): SpeakerPhrase {
  const words = text.slice(span.start, span.end);
  const lower = words.toLowerCase();
  const list = index.occurrences;
  for (let k = partitionPoint(list.length, (i) => list[i]!.end < span.start); k < list.length; k++) {
    const o = list[k]!;
    if (o.start >= span.end) break;
    // The source is (or ends with) a name: "Sen. Elizabeth Warren", "Warren".
    if (o.end === span.end && o.start >= span.start) {
      return { start: span.start, end: span.end, kind: 'mention', referent: o.referent, text: words };
    }
  }
  if (Object.hasOwn(PRONOUNS, lower))
    return { start: span.start, end: span.end, kind: 'pronoun', referent: null, text: words };
  if (/^\p{Lu}/u.test(words) && !/^(the|a|an)\s/i.test(words)) {
    return { start: span.start, end: span.end, kind: 'name', referent: null, text: words };
  }
  return { start: span.start, end: span.end, kind: 'description', referent: null, text: words };
}

function kindOf(text: string, span: Span): QuoteKind {
  const s = text.slice(span.start, span.end);
  if (/^["“'‘]/u.test(s) && /["”'’][.,!?]?$/u.test(s)) return 'direct';
  return /["“”]/u.test(s) ? 'partial' : 'indirect';
}

/**
 * Where reported content that runs to the end of its sentence ends, by PolNeAR's
 * convention: before the final period, or after a closing quotation mark (`…win.”`).
 */
function sentenceContentEnd(text: string, sentenceEnd: number): number {
  let e = sentenceEnd;
  while (e > 0 && /\s/u.test(text[e - 1]!)) e--;
  if (/["”’]/u.test(text[e - 1] ?? '') && /[.!?,]/u.test(text[e - 2] ?? '')) return e;
  if (/[.!?;:]/u.test(text[e - 1] ?? '')) return e - 1;
  return e;
}

/**
 * A content that opens a quotation it does not close (`“I wonder why it was bad` of
 * `“I wonder why it was bad. Think of that.”`) runs on to the closing mark, in its
 * paragraph, when nothing else was tagged in between: PolNeAR's content is the whole
 * quotation, marks included.
 */
export function quotationEnd(
  text: string,
  start: number,
  end: number,
  samePart: (offset: number) => boolean,
  spans: readonly Span[],
  self: Span,
): number {
  if (!/^[“"]/u.test(text.slice(start, start + 1))) return end;
  const inner = text.slice(start + 1, end);
  if (text[start] === '“' ? inner.includes('”') : inner.includes('"')) return end;
  const close = text.indexOf(text[start] === '“' ? '”' : '"', end);
  if (close < 0 || !samePart(close)) return end;
  if (spans.some((o) => o !== self && o.start < close && o.end > end)) return end;
  return close + 1;
}

/**
 * A content that closes a quotation it did not open (`they never thought they'd see.”` of
 * `“Seeing it is emotional. It's something they never thought they'd see.”`) runs back to
 * the opening mark, in its paragraph, when nothing else was tagged in between: the mirror
 * of {@link quotationEnd}.
 */
export function quotationStart(
  text: string,
  start: number,
  end: number,
  samePart: (offset: number) => boolean,
  spans: readonly Span[],
  self: Span,
  cue: Span,
): number {
  const close = text[end - 1];
  if (close !== '”' && close !== '"') return start;
  const inner = text.slice(start, end - 1);
  if (close === '”' ? inner.includes('“') : inner.includes('"')) return start;
  const open = text.lastIndexOf(close === '”' ? '“' : '"', start - 1);
  if (open < 0 || !samePart(open) || (cue.start >= open && cue.start < start)) return start;
  if (spans.some((o) => o !== self && o.start < start && o.end > open)) return start;
  return open;
}

/**
 * How far (in characters) a source may lie from its cue: 791 of 18,360 train sources are
 * more than 60 characters away (a long appositive, a clause between), 150 more than 120.
 */
const SOURCE_REACH = 120;

/** Prepositions PolNeAR leaves out of a content (`concerns about …`, `calls for …`). */
const LEADING_PREPOSITION = /^(?:about|for|of|on|with|by)\s+(?=\S)/iu;

/**
 * Where a content starts once a leading preposition is left out: in train, contents follow
 * `about` 489 times and start with it 65 times (`for` 404 / 45, `of` 454 / 27, `on` 350 /
 * 29, `with` 120 / 16, `by` 42 / 10).
 */
export function afterPreposition(text: string, start: number, end: number): number {
  const m = LEADING_PREPOSITION.exec(text.slice(start, Math.min(end, start + 12)));
  return m && start + m[0].length < end ? start + m[0].length : start;
}

/**
 * A source span without the comma (or opening bracket) the tagger ran on to, unless the
 * comma closes an appositive (`Rep. Elijah Cummings, the top Democrat on the committee,`):
 * of the train sources followed by a comma with none inside, 748 stop before it and 3 take it.
 * An appositive's closing comma is taken when the tagger stopped before it, and a span
 * ending with a relative pronoun is that pronoun.
 */
export function sourceEnd(text: string, span: Span): Span {
  // An appositive the tagger stopped short of its closing comma takes it (`Nick Witney, a
  // fellow at the council,`): 921 train sources with a comma inside end with the closing
  // comma, 107 stop before it.
  if (text[span.end] === ',' && text.slice(span.start, span.end).includes(','))
    return { start: span.start, end: span.end + 1 };
  // A relative pronoun ending the span is the source on its own (`Mr. Obama, who`): in
  // train, 421 sources are `who` alone and 6 end with it after other words.
  const relative = /\s(?:who|which)$/iu.exec(text.slice(span.start, span.end));
  if (relative) return { start: span.end - relative[0].length + 1, end: span.end };
  let end = span.end;
  while (end > span.start + 1 && /[\s(]/u.test(text[end - 1]!)) end--;
  if (text[end - 1] === ',' && !text.slice(span.start, end - 1).includes(',')) end--;
  while (end > span.start + 1 && /\s/u.test(text[end - 1]!)) end--;
  return end === span.end ? span : { start: span.start, end };
}

/**
 * A content that opens with a quotation and runs past its close after a comma
 * (`"Don't you do it," until gunshots are heard`) ends at the closing mark: PolNeAR's
 * content is the quotation, and what follows the comma is the reporter's.
 */
export function quotationCommaEnd(text: string, start: number, end: number): number {
  const open = text[start];
  if (open !== '“' && open !== '"') return end;
  const close = text.indexOf(open === '“' ? '”' : '"', start + 1);
  if (close < 0 || close + 1 >= end || text[close - 1] !== ',') return end;
  return close + 1;
}

/**
 * Each cue's content: the pairs of a cue and a content in the same paragraph, nearest
 * first, each cue and each content taken once. Cue by cue in text order, an earlier
 * cue (often a spurious one: "Trump made the pledge … He said the nation …") would take
 * the content of the cue next to it and leave that cue with none.
 */
export function matchContents(
  cues: readonly RoleSpan[],
  contents: readonly RoleSpan[],
  paragraphOf: (offset: number) => number,
): Map<RoleSpan, RoleSpan> {
  const pairs: { cue: RoleSpan; content: RoleSpan; d: number; order: number }[] = [];
  cues.forEach((cue, order) => {
    const p = paragraphOf(cue.start);
    for (const content of contents)
      if (paragraphOf(content.start) === p) pairs.push({ cue, content, d: distance(cue, content), order });
  });
  // Nearest first; between equally near pairs, the earlier cue (as the cue-by-cue order did).
  pairs.sort((a, b) => a.d - b.d || a.order - b.order || a.content.start - b.content.start);
  const out = new Map<RoleSpan, RoleSpan>();
  const taken = new Set<RoleSpan>();
  for (const { cue, content } of pairs) {
    if (out.has(cue) || taken.has(content)) continue;
    out.set(cue, content);
    taken.add(content);
  }
  return out;
}

/**
 * The content a cue's attribution breaks in two (`Even if the venture fails, he said, the
 * land will be kept`): a content left unpaired that ends just before the cue and its
 * source, when the cue's own content starts just after them. Only spaces and the
 * punctuation around an inserted attribution may lie between; the two become one span
 * with the attribution inside, which PolNeAR scores as two fragments of one content.
 */
export function leadingFragment(
  text: string,
  cue: RoleSpan,
  content: RoleSpan,
  spans: readonly RoleSpan[],
  paired: ReadonlySet<RoleSpan>,
): RoleSpan | null {
  if (content.start < cue.end) return null;
  let lead: RoleSpan | null = null;
  for (const s of spans) {
    if (s.end > cue.start) break;
    if (s.role === 'content' && !paired.has(s)) lead = s;
  }
  if (!lead) return null;
  // Between the fragment and the content: the cue, source spans and punctuation only.
  let gap = '';
  let at = lead.end;
  for (const s of spans) {
    if (s.start < lead.end || s.start >= content.start) continue;
    if (s.role === 'content' || (s.role === 'cue' && s !== cue)) return null;
    gap += text.slice(at, s.start);
    at = Math.max(at, s.end);
  }
  // The attribution is set off on both sides (`…, he said, the land …`): with no comma or
  // dash after it (`Speaking to the crowd, Obama said the museum …`) the words before it are
  // the reporter's — train's gold has a leading fragment there in 57 of 2,551 attributions
  // (267 of 392 with one).
  const after = text.slice(at, content.start);
  gap += after;
  return /^[\s,—–-]*$/u.test(gap) && /,|—|–/u.test(after) ? lead : null;
}

/** Conjunctions PolNeAR leaves out of a leading fragment more often than not (train: 9 to 7). */
const LEADING_CONJUNCTION = /^(?:But|And|So|Yet)\s+/u;

/**
 * The untagged start of a content an attribution set off by commas breaks in two (`The
 * museum, Mr. Obama said, would make visitors face …`): when the cue and its source stand
 * between commas mid-sentence and the cue's content starts right after them, the sentence
 * before them is the content's first fragment — PolNeAR's annotators give it in 225 of the
 * 250 such train attributions. Not when anything is tagged there, nor over a quotation
 * mark; a leading `But`, `And`, `So` or `Yet` is left out.
 */
export function parentheticalLead(
  text: string,
  cue: RoleSpan,
  content: RoleSpan,
  spans: readonly RoleSpan[],
  sentence: Span | null,
): RoleSpan | null {
  if (!sentence || content.start < cue.end || /^[“"‘']/u.test(text[content.start] ?? '')) return null;
  const near = (s: RoleSpan) =>
    s.role === 'source' &&
    (/^\s*$/u.test(text.slice(s.end, cue.start)) || /^\s*$/u.test(text.slice(cue.end, s.start)));
  const source = spans.find((s) => near(s) && s.end <= content.start && s.start >= sentence.start);
  const frameStart = Math.min(cue.start, source?.start ?? cue.start);
  const frameEnd = Math.max(cue.end, source?.end ?? cue.end);
  if (!/^\s*,\s*$/u.test(text.slice(frameEnd, content.start))) return null;
  const comma = /,\s*$/u.exec(text.slice(sentence.start, frameStart));
  if (!comma) return null;
  const end = frameStart - comma[0].length;
  let start = sentence.start;
  while (start < end && /\s/u.test(text[start]!)) start++;
  start += LEADING_CONJUNCTION.exec(text.slice(start, end))?.[0].length ?? 0;
  if (start >= end || /[“”"]/u.test(text.slice(start, end))) return null;
  if (spans.some((o) => o.start < end && o.end > start)) return null;
  return { start, end, role: 'content' };
}

/**
 * The quotation a speaker's attribution breaks off and resumes in one sentence (`"We are
 * ready," he said, "and we will win."`): PolNeAR's content is both quotations, the second
 * as a fragment of the same attribution. The first must be a quotation closed on a comma
 * before the cue; after the cue and its source, a few words without a mark or a sentence
 * end (`Tester said, referring to the excuse,`) and a comma lead to an opening mark; the
 * second quotation, to its closing mark in the paragraph, ends its sentence and holds no
 * other tagged span but a content (an orphan the tagger could not pair). The rules join
 * such quotations themselves, but the model's attribution replaces their joined quote.
 */
export function continuedQuotation(
  text: string,
  content: Span,
  frameEnd: number,
  spans: readonly RoleSpan[],
  paired: ReadonlySet<RoleSpan>,
  samePart: (offset: number) => boolean,
): Span | null {
  const open = text[content.start];
  if (open !== '“' && open !== '"') return null;
  const close = open === '“' ? '”' : '"';
  if (!text.slice(content.start + 1, content.end).endsWith(`,${close}`)) return null;
  const lead = /^[^“”".!?;\n]{0,80}?,\s*(?=[“"])/u.exec(text.slice(frameEnd, frameEnd + 100));
  if (!lead) return null;
  const start = frameEnd + lead[0].length;
  if (text[start] !== open) return null;
  const end = text.indexOf(close, start + 1) + 1;
  if (end <= 0 || !samePart(end - 1)) return null;
  // It ends its sentence: `win."` or `win".`, not `win," she added` (an attribution of its own).
  if (!/[.!?…]/u.test(text[end - 2]!) && !/^[.!?]/u.test(text.slice(end, end + 1))) return null;
  if (spans.some((o) => (o.role !== 'content' || paired.has(o)) && o.start < end && o.end > frameEnd))
    return null;
  return { start, end };
}

/**
 * Whether a cue ends with a preposition (`according to`, `support for`), whose object is
 * the source: of train's attributions with the content after the cue, 12,703 have the
 * source before it and 392 after it, most of these after such a cue (`to` 103, `in` 23,
 * `for` 23, `of` 12, `on` 12, `by` 10); after any other cue (`the mayor told the dock
 * workers …`, `the ad features a report …`) the source is the subject before it.
 */
function endsWithPreposition(text: string, cue: Span): boolean {
  return /\b(?:about|among|at|by|for|from|in|of|on|to|under|with)$/iu.test(text.slice(cue.start, cue.end));
}

/**
 * A raising cue: a passive (`is expected`, `was widely believed`, `could be asked`, `is
 * thought`), its verb last, or `seem` / `appear` (`seemed`, `also appears`).
 */
const RAISING_CUE =
  /^(?:(?:is|are|was|were|be|been|being|(?:has|have|had) been|(?:will|would|could|can|may|might|must|should) (?:not )?be)\s+(?:\w+ly\s+)?(?:\w+ed|thought|said|seen|known|told|understood|shown|held)|(?:(?:\w+ly|also|still|now)\s+)?(?:seems?|seemed|appears?|appeared))$/iu;

/**
 * The content of a raising frame (`[Obama's veto] is expected [to come before Friday]`):
 * PolNeAR's content is the subject and the infinitive around the raising cue, with no
 * source. Of train's gold attributions with such a cue followed by `to`, 86 of 99 after a
 * passive and 91 of 96 after `seem` or `appear` have these two fragments and no source.
 * The tagger tags one side; the other is the span tagged right before the cue (the
 * subject, often tagged as a source) or the clause from `to` (tagged, or untagged to the
 * sentence end). One span over the cue, which the PolNeAR mapping scores as the two
 * fragments around it.
 */
export function raisedSubjectContent(
  text: string,
  cue: RoleSpan,
  start: number,
  end: number,
  spans: readonly RoleSpan[],
  sentence: Span | null,
): Span | null {
  if (!sentence || !RAISING_CUE.test(text.slice(cue.start, cue.end))) return null;
  const to = /^\s+(?=to\s)/u.exec(text.slice(cue.end, cue.end + 8));
  if (!to) return null;
  const clauseStart = cue.end + to[0].length;
  if (end <= cue.start && /^\s*$/u.test(text.slice(end, cue.start))) {
    // The subject is the content: the infinitive is the content span tagged from `to` (the
    // pairing gave the cue the nearer subject), or, untagged, runs to the sentence's end.
    const tagged = spans.find((o) => o.role === 'content' && o.start === clauseStart);
    if (tagged) return { start, end: tagged.end };
    const clauseEnd = sentenceContentEnd(text, sentence.end);
    if (clauseEnd <= clauseStart) return null;
    if (spans.some((o) => o !== cue && o.start < clauseEnd && o.end > clauseStart)) return null;
    return { start, end: clauseEnd };
  }
  if (start === clauseStart) {
    // The infinitive is the content: the subject is the span tagged right before the cue.
    const subject = spans.find(
      (o) => o.role !== 'cue' && o.end <= cue.start && /^\s*$/u.test(text.slice(o.end, cue.start)),
    );
    if (!subject || subject.start < sentence.start) return null;
    return { start: subject.start, end };
  }
  return null;
}

/**
 * `But an aide decided to change course, a source said.`: the clause before a sentence-final
 * attribution holds an attribution of its own (a cue tagged there, every tagged span inside
 * the clause). PolNeAR nests them: the outer content is the whole clause, inner attribution
 * and all, so the clause is the final cue's content though spans were tagged in it.
 */
export function nestedClause(spans: readonly RoleSpan[], start: number, end: number): boolean {
  const inside = spans.filter((o) => o.start < end && o.end > start);
  return inside.some((o) => o.role === 'cue') && inside.every((o) => o.start >= start && o.end <= end);
}

/**
 * `Lind said she recalled thinking …`, `Berg said on Friday that the mayor once described …`:
 * the clause after a cue is an attribution of its own (see {@link nestedClause}) whose
 * source opens it, right after the cue or after its `that`.
 */
export function nestedComplement(
  text: string,
  spans: readonly RoleSpan[],
  start: number,
  end: number,
): boolean {
  if (!nestedClause(spans, start, end)) return false;
  const first = spans.filter((o) => o.start >= start && o.start < end).sort((a, b) => a.start - b.start)[0]!;
  if (first.role !== 'source') return false;
  const lead = text.slice(start, first.start).trim();
  return lead === '' || /(?:^|\s)that$/iu.test(lead);
}

/** Groups role spans (ordered, from one document) into attributions. */
export function groupAttributions(
  text: string,
  spans: readonly RoleSpan[],
  paragraphOf: (offset: number) => number,
  index: ReferentIndex,
  sentences?: readonly Span[],
  contentEnds?: ContentEndChooser,
  contentStarts?: ContentStartChooser,
): ModelAttribution[] {
  const sentenceAt = (offset: number) => {
    if (!sentences) return null;
    const s = sentences[lastSpanStartingBy(sentences, offset)];
    return s && s.start <= offset && offset < s.end ? s : null;
  };
  const cues = spans.filter((s) => s.role === 'cue');
  const contents = spans.filter((s) => s.role === 'content');
  const sources = spans.filter((s) => s.role === 'source');
  const contentOf = matchContents(cues, contents, paragraphOf);
  const paired = new Set<RoleSpan>(contentOf.values());
  const out: ModelAttribution[] = [];
  for (const cue of cues) {
    const p = paragraphOf(cue.start);
    let best: RoleSpan | null = contentOf.get(cue) ?? null;
    if (!best && sentences) {
      // A cue the tagger gave no content: the rest of its sentence after it, when that is
      // a clause of a few words and nothing else was tagged there.
      const sentence = sentenceAt(cue.start);
      if (sentence) {
        let start = cue.end;
        while (start < sentence.end && /[\s,:]/u.test(text[start]!)) start++;
        const end = sentenceContentEnd(text, sentence.end);
        const words = text.slice(start, end).split(/\s+/u).filter(Boolean).length;
        // "…, said Mr. Lind, the lawyer for the agency.": a source after the cue that
        // runs to the sentence's end makes the attribution sentence-final too.
        const inverted = sources.some(
          (o) =>
            o.start >= cue.end &&
            o.start - cue.end < 3 &&
            text.slice(o.end, end).split(/\s+/u).filter(Boolean).length < 3,
        );
        const others = spans.filter((o) => o !== cue);
        if (
          words >= 3 &&
          !inverted &&
          (!others.some((o) => o.start < end && o.end > start) || nestedComplement(text, others, start, end))
        )
          best = { start, end, role: 'content' };
        else if (words < 3 || inverted) {
          // "…, Berg said.": the sentence before the source (or the cue), without the comma.
          const near = sources.filter((o) => o.end <= cue.start && cue.start - o.end < 4);
          let e = near.length ? near[near.length - 1]!.start : cue.start;
          while (e > sentence.start && /[\s,—–-]/u.test(text[e - 1]!)) e--;
          const b = sentence.start;
          const n = text.slice(b, e).split(/\s+/u).filter(Boolean).length;
          if (n >= 3 && (!spans.some((o) => o.start < e && o.end > b) || nestedClause(spans, b, e)))
            best = { start: b, end: e, role: 'content' };
        }
      }
    }
    if (!best) continue;
    const lead =
      leadingFragment(text, cue, best, spans, paired) ??
      parentheticalLead(text, cue, best, spans, sentenceAt(cue.start));
    if (lead) paired.add(lead);
    // The tagger often stops content short of its sentence's end: when nothing else
    // was tagged in between, the content runs on to the end (PolNeAR's clauses do).
    let contentEnd = best.end;
    const sentence = sentenceAt(best.end - 1);
    if (sentence) {
      const end = sentenceContentEnd(text, sentence.end);
      if (end > best.end && !spans.some((o) => o !== best && o.start < end && o.end > best.end))
        contentEnd = end;
    }
    const samePart = (at: number) => paragraphOf(at) === p;
    contentEnd = quotationEnd(text, best.start, contentEnd, samePart, spans, best);
    contentEnd = quotationCommaEnd(text, best.start, contentEnd);
    // PolNeAR's contents end before a clause's comma (105 of ~22,000 train contents keep it).
    while (contentEnd > best.start + 1 && /[\s,]/u.test(text[contentEnd - 1]!)) contentEnd--;
    if (contentEnds) {
      // The learned ranker weighs the rules' end against the other word ends of the sentence.
      const start = lead?.start ?? best.start;
      let limit = sentence ? sentence.end : contentEnd;
      while (limit > start && /\s/u.test(text[limit - 1]!)) limit--;
      contentEnd = contentEnds.choose({
        text,
        start,
        taggerEnd: best.end,
        ruleEnd: contentEnd,
        limit: Math.max(limit, contentEnd),
        cue,
        others: spans.filter((o) => o !== best && o !== cue && paragraphOf(o.start) === p),
      });
    }
    let contentStart = quotationStart(
      text,
      afterPreposition(text, lead?.start ?? best.start, contentEnd),
      contentEnd,
      samePart,
      spans,
      best,
      cue,
    );
    if (contentStarts && !lead) {
      // The learned ranker weighs the rules' start against the other word starts of the sentence.
      const from = Math.min(contentStart, best.start);
      contentStart = contentStarts.choose({
        text,
        ruleStart: contentStart,
        taggerStart: best.start,
        end: contentEnd,
        floor: sentenceAt(from)?.start ?? from,
        cue,
        others: spans.filter((o) => o !== best && o !== cue && paragraphOf(o.start) === p),
      });
    }
    let source: RoleSpan | null = null;
    const subjectOnly = contentStart >= cue.end && !endsWithPreposition(text, cue);
    for (const s of sources) {
      if (paragraphOf(s.start) !== p || distance(s, cue) > SOURCE_REACH) continue;
      if (subjectOnly && s.start >= cue.end) continue;
      if (!source || distance(s, cue) < distance(source, cue)) source = s;
    }
    // `[The vote] is expected [to come Friday]`: the subject and the infinitive, no source.
    const raised = raisedSubjectContent(text, cue, contentStart, contentEnd, spans, sentenceAt(cue.start));
    if (raised) {
      contentStart = raised.start;
      contentEnd = raised.end;
      source = null;
    }
    const frameStart = Math.min(contentStart, cue.start, source?.start ?? cue.start);
    const frameEnd = Math.max(contentEnd, cue.end, source?.end ?? cue.end);
    const attribution: ModelAttribution = {
      span: { start: contentStart, end: contentEnd },
      cue: {
        start: cue.start,
        end: cue.end,
        lemma: text.slice(cue.start, cue.end).toLowerCase(),
        core: true,
      },
      phrase: source ? phraseOf(text, sourceEnd(text, sourceBounds(text, source)), index) : null,
      frameStart,
      frameEnd,
      kind: kindOf(text, { start: contentStart, end: contentEnd }),
    };
    out.push(attribution);
    if (contentEnd <= cue.start) {
      // `"We are ready," he said, "and we will win."`: the second quotation is the same
      // attribution's (a quote of its own with the same cue and source).
      const after = Math.max(cue.end, source && source.start >= contentEnd ? source.end : cue.end);
      const next = continuedQuotation(text, attribution.span, after, spans, paired, samePart);
      if (next) out.push({ ...attribution, span: next, frameEnd: next.end, kind: 'direct' });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
