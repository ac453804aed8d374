/**
 * `Actor James Woods, who said he had lost his home, wrote on X: “…”`, `“…,” said Abu
 * Ahmed, 55, who said he had lost three sons during the war.`: a relative clause of speech
 * on a named speaker, in a sentence that holds a quotation, reports what that person said.
 * The sentence scan skips sentences holding quotations; this reads only the clause, so the
 * quotation keeps its own attribution. Separate from relative-who-subject.ts, which gives
 * a quotation inside such a clause to the name; here the clause has no quotation.
 */
import type { Sentence } from '../../core/annotations.js';
import type { ReferentIndex } from './referents.js';
import { type ReportedSpeech, trimContent } from './reported-words.js';
import { mentionPhrase, occurrenceEndingAt } from './speaker-phrase.js';

/**
 * ", who said ", ", 55, who told reporters that ", ", who had privately told the president
 * that ": the comma after the name (an age may stand between), the relative pronoun, up to
 * two adverbs or auxiliaries, a plain speech verb (with "that" after a listener other than
 * reporters) and an optional "that".
 */
const WHO_SAID =
  /,\s+(?:\d{1,3},\s+)?who\s+(?:(?:also|later|had|has|previously|privately|publicly|repeatedly|once)\s+){0,2}(said|says|told\s+(?:reporters|(?:him|her|them|(?:the|his|her|their)\s+\p{Ll}+)(?=\s+that\s)))\s+(?:that\s+)?/gu;
/** The clause's end: a comma, a semicolon or colon, a dash, a quotation mark, or the sentence's end. */
const CLAUSE_END = /[,;:—–“”"]|\.\s*$/u;

/**
 * The speech the relative clause in sentence `s` reports, with the named person or body it
 * stands on as the speaker; null when the sentence holds none (the cheap test first: the
 * words ", who" must stand in it).
 */
export function relativeWhoSaid(text: string, s: Sentence, index: ReferentIndex): ReportedSpeech | null {
  const at = text.indexOf('who ', s.start);
  if (at < 0 || at >= s.end) return null;
  const slice = text.slice(s.start, s.end);
  WHO_SAID.lastIndex = 0;
  for (let m = WHO_SAID.exec(slice); m !== null; m = WHO_SAID.exec(slice)) {
    const o = occurrenceEndingAt(index, s.start + m.index);
    if (o?.referent.type !== 'person' && o?.referent.type !== 'organization') continue;
    const from = s.start + m.index + m[0].length;
    const rest = slice.slice(m.index + m[0].length);
    const stop = CLAUSE_END.exec(rest);
    // A quotation inside the clause is that quotation's (relative-who-subject.ts).
    if (stop && stop[0] !== ',' && stop[0] !== ';' && stop[0][0] !== '.') continue;
    const span = trimContent(text, from, stop ? from + stop.index : s.end);
    if (!span) continue;
    const told = m[1]!.startsWith('told');
    const verb = s.start + m.index + m[0].indexOf(m[1]!);
    return {
      span,
      cue: { start: verb, end: verb + (told ? 4 : m[1]!.length), lemma: told ? 'tell' : 'say', core: true },
      phrase: mentionPhrase(text, o),
      frameStart: o.start,
      frameEnd: span.end,
    };
  }
  return null;
}
