/**
 * `Arteta: Arsenal "still hungry" after derby win`, `Kremlin: talks "not easy"`: a headline
 * that opens with a speaker's name and a colon gives that speaker the quoted words after it,
 * however short (alone, `"still hungry"` would be a scare quote). British and wire headlines
 * write attributions this way; the body rarely repeats the fragment word for word, so no
 * echo of it attributes it (headline-echo.ts).
 *
 * Only the document's first line, and only a label that is one named person or body the
 * tagger found, perhaps after its titles (`Russian Foreign Minister Lavrov: West "playing
 * with fire"`): `Poll: …`, `Breaking: …` or `Analysis: …` name nobody.
 */
import type { CueMatch } from './cues.js';
import type { Frame } from './quote-units.js';
import type { ReferentIndex } from './referents.js';
import { isTitleRun, mentionPhrase, occurrenceEndingAt } from './speaker-phrase.js';

/** Up to six capitalised words and a colon opening the line. */
const LABEL = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,5}):\s/u;

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
  const label = m[1]!;
  // The name alone, or after its titles ("Russian Foreign Minister Lavrov:").
  const o = occurrenceEndingAt(index, label.length);
  if (!o || (o.start > 0 && !isTitleRun(label.slice(0, o.start)))) return null;
  if (o.referent.type !== 'person' && o.referent.type !== 'organization') return null;
  const cue: CueMatch = { start: label.length, end: label.length + 1, lemma: 'say', core: false };
  return { cue, phrase: mentionPhrase(text, o), before: true, embedded: to > label.length + 2 };
}
