/**
 * Words of private life that describe somebody else. "Teylor Svift and American footballer
 * Travis Kelsi announced their engagement": "footballer" presents Kelsi, not Svift; "Manchester
 * City midfielder Rodrigo Hernandez … beating Vinisius Junior": "midfielder" is Rodrigo's. A
 * check for private life around one person reads the text with the words describing the
 * other people named in it taken out: the few words just before another person's name and an
 * apposition right after it. Mentions sharing a word with the person's own name are kept (they
 * may be the same person: "the baker Sholts"). An unnamed person presented by an age ("after
 * arresting a 19-year-old") is somebody else too.
 */
import type { Mention } from '../../core/annotations.js';
import { appositionAfter } from './descriptor.js';
import { cueText } from './roles.js';

/** How many words before another person's name describe that person ("American footballer"). */
const WORDS_BEFORE = 3;

/**
 * Cue text of `text[from, to)` (padded with spaces) without the words describing the person
 * mentions other than the one of `surface` that stand in it. Only person mentions are cut out.
 */
export function cueWithoutOthersDescriptions(
  text: string,
  mentions: readonly Mention[],
  from: number,
  to: number,
  surface: string,
): string {
  const own = new Set(nameWords(surface));
  const cuts: { start: number; end: number }[] = [];
  for (const m of mentions) {
    if (m.type !== 'person' || m.end <= from || m.start >= to) continue;
    const words = nameWords(text.slice(m.start, m.end));
    if (words.some((w) => own.has(w))) continue;
    const apposition = appositionAfter(text, m.end);
    const end = apposition ? text.indexOf(apposition, m.end) + apposition.length : m.end;
    // Not into the name before it ("Donnald Tuskk met striker Jan Nowak": "met striker" only).
    let floor = from;
    for (const o of mentions) if (o.end <= m.start && o.end > floor) floor = o.end;
    cuts.push({ start: describingStart(text, m.start, floor), end: Math.min(to, end) });
  }
  for (const c of unnamedAgedPeople(text, from, to)) cuts.push(c);
  if (cuts.length === 0) return ` ${cueText(text.slice(from, to))} `;
  cuts.sort((a, b) => a.start - b.start);
  let out = '';
  let at = from;
  for (const c of cuts) {
    if (c.start > at) out += `${text.slice(at, c.start)} `;
    at = Math.max(at, c.end);
  }
  if (at < to) out += text.slice(at, to);
  return ` ${cueText(out)} `;
}

/**
 * "… after arresting a 19-year-old suspected of …", "the attack by a 17-year-old on …": somebody
 * unnamed whom an age presents, after a word of the sentence (not a comma: "X, a 34-year-old
 * singer" is X's own apposition) and before no name (not "the 22-year-old X"). The age and the
 * noun after it are that person's, not private life of the names around.
 */
function unnamedAgedPeople(text: string, from: number, to: number): { start: number; end: number }[] {
  const cuts: { start: number; end: number }[] = [];
  UNNAMED_AGED.lastIndex = from;
  for (let m = UNNAMED_AGED.exec(text); m && m.index < to; m = UNNAMED_AGED.exec(text)) {
    cuts.push({ start: m.index + m[1]!.length, end: Math.min(to, m.index + m[0].length) });
  }
  return cuts;
}
const UNNAMED_AGED = /(\p{Ll}+\s+)(?:an?|the)\s+\d{1,3}-year-old\b(?!\s+\p{Lu})(?:\s+\p{Ll}+)?/gu;

/** The lower-case words of a name. */
function nameWords(name: string): string[] {
  return cueText(name)
    .split(' ')
    .filter((w) => w.length > 1);
}

/**
 * Where the words describing a name at `start` begin: up to {@link WORDS_BEFORE} words back,
 * not past a punctuation mark (",", ";", ":", a stop) or `from`.
 */
function describingStart(text: string, start: number, from: number): number {
  let at = start;
  let words = 0;
  while (at > from && words < WORDS_BEFORE) {
    let i = at;
    while (i > from && text[i - 1] === ' ') i--;
    if (i === from || /[,;:.!?()"“”]/.test(text[i - 1]!)) return i;
    let j = i;
    while (j > from && !/[\s,;:.!?()"“”]/.test(text[j - 1]!)) j--;
    at = j;
    words++;
  }
  return at;
}
