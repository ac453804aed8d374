/**
 * TEMPORARY — delete when the segment, ner and link stages are merged.
 *
 * Simple-rule stand-ins for the layers the quotes stage reads (`paragraphs`,
 * `sentences`, `tokens`, `mentions`), so that `copydesk eval quotes` can run the quotes
 * stage end to end before the real upstream stages exist. They are deliberately plain:
 * blank-line paragraphs, a period/abbreviation sentence splitter, a regex tokenizer and
 * a capitalised-sequence name finder. Quality figures measured through this adapter
 * understate what the stage does on the full pipeline's layers.
 */
import type { EntityType, Mention, Paragraph, Sentence, Token, TokenKind } from '../core/annotations.js';
import type { Span } from '../core/span.js';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen sen rep gov lt col maj capt sgt adm rev hon st jr sr inc corp ltd co ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no vs etc u.s u.k u.n e.u a.m p.m mt ft fig ' +
    'dept est approx'
  ).split(' '),
);

/** Paragraphs: blocks separated by blank lines, or single lines when the text has none. */
export function simpleParagraphs(text: string): Paragraph[] {
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const out: Paragraph[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, role: 'paragraph' });
  };
  for (const m of text.matchAll(separator)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

const SENTENCE_END = /([.?!…]+)(["”’')\]]*)(\s+)(?=["“‘'([]?[\p{Lu}\d])/gu;

/** Sentences inside each paragraph: split after . ? ! unless the word is an abbreviation. */
export function simpleSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    for (const m of body.matchAll(SENTENCE_END)) {
      const dotAt = m.index;
      if (m[1] === '.' && m[2] === '') {
        const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, dotAt - 12), dotAt))?.[1] ?? '';
        const bare = word.toLowerCase().replace(/^\.+/, '');
        if (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
      }
      const end = dotAt + m[1]!.length + m[2]!.length;
      out.push({ start: p.start + start, end: p.start + end });
      start = end + m[3]!.length;
    }
    if (start < body.length) out.push({ start: p.start + start, end: p.end });
  }
  return out;
}

const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:(?:['’](?![sS]\b)|[.-])[\p{L}\p{M}\p{N}]+)*\.?|['’][sS]\b|["“”„«»‘’'`]|\S/gu;

/** Tokens: words (with inner apostrophes, hyphens, dots), quotation marks, punctuation. */
export function simpleTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let value = m[0];
    // A trailing period belongs to the word only for abbreviations and initials.
    if (value.length > 1 && value.endsWith('.')) {
      const bare = value.slice(0, -1).toLowerCase();
      if (!ABBREVIATIONS.has(bare) && !/^\p{L}$/u.test(bare) && !bare.includes('.'))
        value = value.slice(0, -1);
    }
    const kind: TokenKind = /^["“”„«»‘’'`]$/.test(value)
      ? 'quote'
      : /^\p{N}/u.test(value)
        ? 'number'
        : /^[\p{L}\p{M}]/u.test(value)
          ? 'word'
          : 'punct';
    out.push({ start: m.index, end: m.index + value.length, kind });
    if (value.length < m[0].length)
      out.push({ start: m.index + value.length, end: m.index + m[0].length, kind: 'punct' });
  }
  return out;
}

const ORG_WORDS = new Set(
  (
    'ministry department office government agency company corporation corp inc ltd group party ' +
    'commission council committee court army bank fund union alliance organization organisation ' +
    'foundation institute university association federation capital partners holdings news times ' +
    'post journal press agency service services board authority league club airlines motors ' +
    'parliament senate congress assembly police forces navy reuters bloomberg cabinet bureau staff'
  ).split(' '),
);
const PLACE_WORDS = new Set(
  (
    'washington london paris berlin brussels moscow kyiv beijing tokyo madrid rome vienna warsaw ' +
    'ottawa canberra delhi new york california texas france germany britain england scotland ' +
    'ireland spain italy poland ukraine russia china japan india canada australia mexico brazil ' +
    'america europe africa asia iran iraq israel gaza syria turkey egypt norway sweden denmark ' +
    'finland netherlands belgium austria switzerland greece portugal hungary romania estonia ' +
    'latvia lithuania munich geneva lisbon athens oslo stockholm copenhagen helsinki dublin'
  ).split(' '),
);
const NOT_NAME_START = new Set(
  (
    'the a an in on at for but and or if when while after before as it he she they we i this ' +
    'that these those there his her their our its my monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april may june july august september october ' +
    'november december mr mrs ms dr president minister secretary senator governor mayor general ' +
    'chancellor prime foreign defence defense finance sen rep gov chief according asked yes no ' +
    'still then also however meanwhile speaking last next one two three some many most'
  ).split(' '),
);

/**
 * Names: runs of capitalised words (with particles such as "de", "van", "al-"), typed
 * by simple cues. A first name from `firstNames`, an honorific or a title before the
 * run make a person; organisation words make an organisation; a small place list
 * makes a location; other multi-word runs default to person, single words to misc.
 */
export function simpleMentions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  firstNames: ReadonlySet<string>,
): Mention[] {
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const out: Mention[] = [];
  const isCap = (t: Token) => t.kind === 'word' && /^\p{Lu}/u.test(text.slice(t.start, t.end));
  const isParticle = (t: Token) =>
    /^(de|da|del|van|von|der|den|bin|al|el|la|le|di|of|du|['’]s)$/.test(text.slice(t.start, t.end));
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCap(t)) {
      i++;
      continue;
    }
    let j = i;
    let last = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      const gapOk = next.start - tokens[j]!.end <= 1 && !/\n/.test(text.slice(tokens[j]!.end, next.start));
      if (!gapOk) break;
      if (isCap(next)) {
        j++;
        last = j;
      } else if (isParticle(next)) {
        // Particles join capitalised words: "von der Leyen", "People's Party".
        let k = j + 1;
        while (k < tokens.length && isParticle(tokens[k]!)) k++;
        if (k < tokens.length && isCap(tokens[k]!) && tokens[k]!.start - tokens[k - 1]!.end <= 1) j = k - 1;
        else break;
      } else break;
    }
    let first = i;
    // Drop leading function words / titles ("The", "President") from the name.
    while (
      first <= last &&
      NOT_NAME_START.has(
        text.slice(tokens[first]!.start, tokens[first]!.end).toLowerCase().replace(/\.$/, ''),
      )
    )
      first++;
    if (first <= last) {
      const span: Span = { start: tokens[first]!.start, end: tokens[last]!.end };
      const words = text.slice(span.start, span.end).split(/\s+/);
      const lower = words.map((w) => w.toLowerCase());
      const titled =
        first > i ||
        /\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s*$/.test(text.slice(Math.max(0, span.start - 6), span.start));
      let type: EntityType;
      if (
        ORG_WORDS.has(lower[lower.length - 1]!) ||
        (lower.includes('of') && !firstNames.has(lower[lower.length - 2] ?? '')) ||
        (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0]!))
      )
        type = 'organization';
      else if (lower.every((w) => PLACE_WORDS.has(w)) || PLACE_WORDS.has(lower.join(' '))) type = 'location';
      else if (firstNames.has(lower[0]!) || titled) type = 'person';
      else if (words.length >= 2) type = 'person';
      else type = 'misc';
      const atStart =
        sentenceStarts.has(tokens[i]!.start) && first === i && words.length === 1 && type === 'misc';
      if (!atStart) out.push({ start: span.start, end: span.end, type, by: 'interim', confidence: 0.5 });
    }
    i = j + 1;
  }
  // A single capitalised word that repeats the last word of a person name is that person.
  const surnames = new Set(
    out.filter((m) => m.type === 'person').map((m) => text.slice(m.start, m.end).split(/\s+/).pop()!),
  );
  return out.map((m) =>
    m.type === 'misc' && surnames.has(text.slice(m.start, m.end)) ? { ...m, type: 'person' as const } : m,
  );
}

/** All four layers at once. */
export function simpleLayers(
  text: string,
  firstNames: ReadonlySet<string>,
): { paragraphs: Paragraph[]; sentences: Sentence[]; tokens: Token[]; mentions: Mention[] } {
  const paragraphs = simpleParagraphs(text);
  const sentences = simpleSentences(text, paragraphs);
  const tokens = simpleTokens(text);
  const mentions = simpleMentions(text, tokens, sentences, firstNames);
  return { paragraphs, sentences, tokens, mentions };
}
