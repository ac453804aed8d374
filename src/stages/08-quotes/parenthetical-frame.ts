/**
 * `Any country was welcome to assist, he said in a speech, adding that the toll was
 * “expected to rise”`: a pronoun right after a reported clause's comma and right before a
 * core speech verb ("…, he said") is that verb's subject, and a participle later in the
 * sentence ("adding …") goes on with it — not with the words opening the sentence, which
 * are the reported clause's own.
 */
import { type CueMatch, cuesIn, wordsIn } from './cues.js';
import type { ReferentIndex } from './referents.js';
import { speakerBefore } from './speaker-before-cue.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** Is `phrase`, a pronoun, set off by a comma before it and right before `cue` ("…, he said")? */
function isParentheticalFrame(text: string, phrase: SpeakerPhrase, cue: CueMatch): boolean {
  return (
    phrase.kind === 'pronoun' &&
    /,\s+$/u.test(text.slice(Math.max(0, phrase.start - 3), phrase.start)) &&
    /^\s+$/u.test(text.slice(phrase.end, cue.start))
  );
}

/**
 * The pronoun of the last core speech verb in `text[from, to)` when it stands in a
 * parenthetical frame ("…, he said"); null otherwise.
 */
export function parentheticalSubject(
  text: string,
  from: number,
  to: number,
  index: ReferentIndex,
): SpeakerPhrase | null {
  // Cheap test first: the frame's comma and a pronoun.
  if (!/,\s+(?:he|she|they)\s/u.test(text.slice(from, to))) return null;
  const cue = cuesIn(wordsIn(text, from, to))
    .filter((c) => c.core && c.lemma !== 'according to')
    .pop();
  if (!cue) return null;
  const phrase = speakerBefore(text, from, cue.start, index);
  return phrase && isParentheticalFrame(text, phrase, cue) ? phrase : null;
}
