/**
 * `Arteta: Arsenal "still hungry" after derby win`, `Kremlin: talks "not easy"`: a headline
 * that opens with a speaker's name and a colon gives that speaker the quoted words after it,
 * however short (alone, `"still hungry"` would be a scare quote). British and wire headlines
 * write attributions this way; the body rarely repeats the fragment word for word, so no
 * echo of it attributes it (headline-echo.ts).
 *
 * Only the document's first line, and only a label that is exactly one named person or
 * body the tagger found: `Poll: …`, `Breaking: …` or `Analysis: …` name nobody.
 */
import type { CueMatch } from './cues.js';
import type { Frame } from './quote-units.js';
import type { ReferentIndex } from './referents.js';
import { mentionPhrase, occurrenceStartingAt } from './speaker-phrase.js';

/** Up to four capitalised words and a colon opening the line. */
const LABEL = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}):\s/u;

/** The frame a headline's `Speaker:` label gives a quotation at `to` in the same line, or null. */
export function headlineLabelFrame(
  text: string,
  from: number,
  to: number,
  index: ReferentIndex,
): Frame | null {
  // The headline is the text's first line: the lead starts the text and no line breaks before the quotation.
  if (from !== 0 || text.lastIndexOf('\n', to) >= 0) return null;
  const m = LABEL.exec(text.slice(0, to));
  if (!m) return null;
  const o = occurrenceStartingAt(index, 0);
  const label = m[1]!;
  if (!o || o.end !== label.length) return null;
  if (o.referent.type !== 'person' && o.referent.type !== 'organization') return null;
  const cue: CueMatch = { start: label.length, end: label.length + 1, lemma: 'say', core: false };
  return { cue, phrase: mentionPhrase(text, o), before: true, embedded: to > label.length + 2 };
}
