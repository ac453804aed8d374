/**
 * `Asked whether he would play on, he smiled: “We'll see.”`: a verb of expression that is no
 * speech verb (smiled, laughed, shrugged, wept, broke into tears…) right before a colon and a quotation introduces
 * what its subject said; so does how the subject spoke (`she was equally cautious: ‘…’`). Only this shape counts: the verb, at most a few words ("at
 * reporters", "and added"), the colon, then the quotation; elsewhere these verbs report no
 * speech ("she smiled at the crowd").
 */
import type { CueMatch } from './cues.js';
import type { Frame } from './quote-units.js';
import type { ReferentIndex } from './referents.js';
import { speakerBefore } from './speaker-before-cue.js';

/**
 * The verb, up to four short words, the colon and the spaces before the quotation; or how
 * the subject spoke, "was" and a word or two of manner ("she was equally cautious:").
 */
const GESTURE_BEFORE_COLON =
  /\s(?:(smiled|smiles|laughed|laughs|shrugged|shrugs|grinned|grins|sighed|sighs|chuckled|chuckles|beamed|beams|wept|weeps|sobbed|sobs|(?:broke|breaks|burst|bursts)\s+into\s+(?:tears|laughter))(?:\s+[\p{L}'’-]+){0,4}|(was|were)(?:\s+\p{Ll}+ly)?\s+\p{Ll}[\p{Ll}-]+):\s*$/u;

/** The frame a gesture verb before a colon gives the quotation at `to`, or null. */
export function gestureFrame(text: string, from: number, to: number, index: ReferentIndex): Frame | null {
  // The colon is the last character before the quotation: a cheap test first.
  let e = to;
  while (e > from && /\s/u.test(text[e - 1]!)) e--;
  if (e === from || text.charCodeAt(e - 1) !== 58) return null;
  const lead = text.slice(from, to);
  const m = GESTURE_BEFORE_COLON.exec(lead);
  if (!m) return null;
  const verb = m[1] ?? m[2]!;
  const verbStart = from + m.index + 1;
  const phrase = speakerBefore(text, from, verbStart, index);
  // ("The message was clear:" has no speaker; "she was equally cautious:" is hers.)
  if (!phrase || (m[2] !== undefined && phrase.kind !== 'pronoun' && phrase.kind !== 'mention')) return null;
  const cue: CueMatch = { start: verbStart, end: verbStart + verb.length, lemma: 'say', core: false };
  return { cue, phrase, before: true, embedded: false };
}
