/**
 * A quotation inside a quotation, in single marks, that another person said: “He told me,
 * ‘We are brothers,’” Thaksin said. The inner words are that person's, a quote of their own:
 * a named person ("In the words of Nelson Mandela, ‘…’", "As Eugene Debs said, ‘…’"), the person "he"/"she" stands for
 * (the nearest one of that gender named before the quotation, never its own speaker), or
 * an unnamed one ("My mum told me, ‘…’", "They kept saying, ‘…’", "They just keep saying,
 * ‘…’", "Many people told me, ‘…’", "The soldiers told us, ‘…’", "a guard came with a torch
 * and said, ‘…’"), whose speaker is null.
 * Words the speaker quotes from themselves ("I said to them, ‘…’") stay in the quotation:
 * they are its speaker's already. So does a pronoun with no one of its gender to stand for.
 */
import type { Cue, Quote } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import type { Referent } from './referents.js';
import { countBefore, insideQuote, type ResolveContext, type Resolved } from './resolve-context.js';
import { occurrenceStartingAt } from './speaker-phrase.js';

/**
 * The inner speaker and the speech verb, right before the inner opening mark: "He told me,
 * ‘", "My mother kept saying, ‘", "the words of Nelson Mandela: ‘".
 */
const INNER_FRAME =
  /(?:^|[\s,;:—(“"])(?:(?<pronoun>[Hh]e|[Ss]he)|(?<unnamed>[Tt]hey|[Pp]eople|[Ee]veryone|[Ee]verybody|[Ss]omeone|[Ss]omebody|(?:[Mm]any|[Ss]ome|[Ss]everal|[Mm]ost|[Aa]ll)\s+(?:people|of\s+them|\p{Ll}+s)|(?:[Mm]y|[Oo]ur)\s+\p{Ll}+|(?:[Tt]he|[Tt]hose)\s+(?:\p{Ll}+\s+)?\p{Ll}{2,}(?<![su])s|(?:[Aa]n?|[Oo]ne)\s+\p{Ll}[\p{Ll}-]+(?:\s+[^\s.!?“”"‘’]+){0,8}?\s+and)|(?:(?:As|And|But)\s+)?(?<name>\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}))\s+(?:(?:kept|keep|keeps|would|always|once|just|still|often)\s+){0,2}(?<cue>told|said|says|say|saying|asked|shouted|yelled|wrote)(?:\s+(?:to\s+)?(?:me|us|him|her|them|everyone))?\s*[,:]\s*$|\bthe\s+words\s+of\s+(?<author>\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})\s*[,:]\s*$/u;
/**
 * A single opening mark, not after a letter or digit: an apostrophe inside a word ("don't",
 * "Kyiv's") never opens one, and an inner frame ends in a comma, colon or space anyway.
 */
const OPENING = /(?<![\p{L}\p{N}])['‘]/gu;
/** A single closing mark: after a word or punctuation, before a space, punctuation or a double closing mark. */
const CLOSING = /(?<=\S)['’](?=[\s,.;:!?”"]|$)/u;

/** The inner quotations of `outer` (a direct quotation) spoken by another than `speaker`. */
export function nestedQuotes(
  outer: Span,
  speaker: Resolved | null,
  context: ResolveContext,
  by: string,
): Quote[] {
  const text = context.text;
  const body = text.slice(outer.start, outer.end);
  if (!body.includes("'") && !body.includes('‘')) return [];
  const out: Quote[] = [];
  for (const open of body.matchAll(OPENING)) {
    const at = outer.start + open.index;
    if (!insideDoubleMarks(body, open.index)) continue;
    const frame = INNER_FRAME.exec(text.slice(Math.max(outer.start, at - 80), at));
    if (!frame) continue;
    const close = CLOSING.exec(text.slice(at + 1, outer.end));
    if (!close) continue;
    const end = at + 1 + close.index + 1;
    const g = frame.groups!;
    const frameStart = Math.max(outer.start, at - 80) + frame.index;
    const inner = innerSpeaker(g, frameStart, text.slice(frameStart, at), outer, speaker, context);
    if (inner === undefined) continue;
    const cueAt = frameStart + frame[0].indexOf(g.cue ?? 'words');
    const cueText = g.cue ?? 'words';
    const cue: Cue = { start: cueAt, end: cueAt + cueText.length, text: cueText };
    out.push({ start: at, end, kind: 'direct', speaker: inner?.speaker ?? null, cue, confidence: 0.7, by });
  }
  return out;
}

/**
 * Is `at` inside double quotation marks opened in `body` (not in the attribution between
 * two parts of a quotation, nor in a quotation in single marks)?
 */
function insideDoubleMarks(body: string, at: number): boolean {
  let open = false;
  for (let i = 0; i < at; i++) {
    const c = body[i];
    if (c === '“' || c === '«' || c === '„') open = true;
    else if (c === '”' || c === '»') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/**
 * Who said the inner words: a resolved person, null for an unnamed one, undefined when the
 * words stay with the outer quotation (its own speaker, or no one to tell).
 */
function innerSpeaker(
  g: Record<string, string | undefined>,
  frameStart: number,
  frameText: string,
  outer: Span,
  speaker: Resolved | null,
  context: ResolveContext,
): Resolved | null | undefined {
  if (g.unnamed) return null;
  const own = speaker?.referent ?? null;
  if (g.pronoun) {
    const r = personBefore(outer.start, g.pronoun.toLowerCase() === 'he' ? 'male' : 'female', own, context);
    const at = frameStart + frameText.indexOf(g.pronoun);
    return r ? asSpeaker(r, { start: at, end: at + g.pronoun.length }) : undefined;
  }
  const name = g.name ?? g.author!;
  const o = occurrenceStartingAt(context.index, frameStart + frameText.indexOf(name));
  if (o?.referent.type !== 'person' || o.referent === own) return undefined;
  return asSpeaker(o.referent, { start: o.start, end: o.end });
}

/** The nearest person of `gender` named before `at` outside quotations (two paragraphs back at most), not `own`. */
function personBefore(
  at: number,
  gender: string,
  own: Referent | null,
  context: ResolveContext,
): Referent | null {
  const occurrences = context.index.occurrences;
  const paragraph = context.paragraphOf(at);
  for (let i = countBefore(occurrences, at) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (context.paragraphOf(o.start) < paragraph - 2) return null;
    if (insideQuote(context.quoted, o.start) || o.referent.type !== 'person') continue;
    if (o.referent !== own && o.referent.gender === gender) return o.referent;
  }
  return null;
}

function asSpeaker(r: Referent, mention: Span): Resolved {
  return {
    speaker: { name: r.name, entityId: r.entityId, mention: { start: mention.start, end: mention.end } },
    referent: r,
    certainty: 0.7,
  };
}
