/**
 * The words around a tagged cue, as the cue filter (cue-filter.ts) and the study of
 * complement frames (scripts/polnear-frames.ts) read them: a word's shape class (closed-class
 * words as themselves) and the subject phrase before a verb group, with its class (a
 * mention's type, a pronoun, a relative pronoun, a capitalised word, a noun, a mark, the
 * sentence's start). No parser: the phrase runs back over names, titles and a noun phrase
 * to its determiner.
 */
import type { Mention, Token } from '../../../core/annotations.js';
import type { Span } from '../../../core/span.js';
import { PRONOUNS } from '../lexicon.js';

/** Auxiliaries, negation and adverbs a verb group may carry before its verb (`has long`, `did not`). */
export const GROUP_WORDS = new Set(
  `has have had having is are was were be been being am will would can could may might shall
  should must do does did 's 're 've 'd 'll ’s ’re ’ve ’d ’ll not n't n’t never also still just
  now already even again long only ever always often really clearly repeatedly reportedly
  increasingly publicly privately`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Words that are never the verb of a frame: function words and words `to` follows as a preposition or infinitive marker without attitude. */
export const NOT_VERBS = new Set(
  `the a an and or but nor so than then as of in on at by for from with about into over under
  this these those such it its he she they we i you him her them us me who which whom whose
  there here not n't never also is are was were be been being am has have had do does did will
  would can could may might shall should must order due according able up going back down out
  way time more less much many most first last next only just even well said one two`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Determiners and quantifiers that open a subject noun phrase (`the city`, `many Democrats`). */
const DETERMINERS = new Set(
  'the a an this that these those his her its their our my your many some most all several few both each every other'.split(
    ' ',
  ),
);

const RELATIVES = new Set(['who', 'which', 'that']);

/** Words that open a clause (`hopes | to`, `asked | whether`), named as themselves by {@link shape}. */
const CLAUSE_OPENERS = new Set(['to', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'because']);

/** A word's shape class for features: closed-class words as themselves. */
export function shape(token: Token | undefined, text: string): string {
  if (!token) return '#end';
  const w = text.slice(token.start, token.end);
  const lower = w.toLowerCase();
  if (token.kind !== 'word') return token.kind === 'punct' || token.kind === 'quote' ? w : `#${token.kind}`;
  if (
    DETERMINERS.has(lower) ||
    Object.hasOwn(PRONOUNS, lower) ||
    NOT_VERBS.has(lower) ||
    CLAUSE_OPENERS.has(lower)
  )
    return lower;
  if (/^\p{Lu}/u.test(w)) return '#cap';
  if (/ing$/u.test(lower)) return '#ing';
  if (/ed$/u.test(lower)) return '#ed';
  return '#low';
}

/** The subject phrase ending where the verb group starts, and its class. */
export function subjectBefore(
  text: string,
  tokens: readonly Token[],
  first: number,
  groupAt: number,
  mentions: readonly Mention[],
): { span: Span | null; kind: string } {
  const k = groupAt - 1;
  if (k < first) return { span: null, kind: 'start' };
  const t = tokens[k]!;
  const lower = text.slice(t.start, t.end).toLowerCase();
  if (t.kind !== 'word') return { span: null, kind: `punct:${text.slice(t.start, t.end)}` };
  if (RELATIVES.has(lower)) return { span: { start: t.start, end: t.end }, kind: `rel:${lower}` };
  if (Object.hasOwn(PRONOUNS, lower)) return { span: { start: t.start, end: t.end }, kind: 'pronoun' };
  const m = mentions.find((x) => x.end === t.end);
  let start = m ? m.start : t.start;
  let j = k;
  while (j - 1 >= first && tokens[j - 1]!.start >= start) j--;
  // A name runs back over its title and capitalised words (`Massachusetts Sen. Elizabeth Warren`);
  // a noun phrase back to its determiner (`the city`, `many Democrats`), at most five words.
  for (let steps = 0; steps < 5 && j - 1 >= first; steps++) {
    const p = tokens[j - 1]!;
    const pw = text.slice(p.start, p.end);
    const pl = pw.toLowerCase();
    const glued = p.kind === 'punct' && pw === '.' && j - 2 >= first && tokens[j - 2]!.end === p.start;
    if (DETERMINERS.has(pl)) {
      start = p.start;
      j--;
      break;
    }
    if (p.kind === 'word' && !NOT_VERBS.has(pl) && (/^\p{Lu}/u.test(pw) || !m)) {
      start = p.start;
      j--;
      continue;
    }
    if (glued) {
      j--;
      continue;
    }
    break;
  }
  const kind = m ? `mention:${m.type}` : /^\p{Lu}/u.test(text.slice(t.start, t.end)) ? 'cap' : 'noun';
  return { span: { start, end: t.end }, kind };
}
