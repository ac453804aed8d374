/**
 * The gate in front of the inverted attribution ("…, said Berg."), `invertedSpeakerRuledOut`,
 * against the test it spares: it may only rule out a cue whose speaker after it (read by
 * `speakerAfter`) is missing or holds a finite verb in it or after it. Run after every word
 * of every sentence of the quotes eval sets, with the capitalised runs as person mentions
 * (so that mentions after the cue are met) and without any, and over sentences written for
 * the test that reach each kind of phrase `speakerAfter` reads.
 */
import { describe, expect, it } from 'vitest';
import { quoteEvalTexts } from '../../../test/helpers/eval-texts.js';
import type { Mention } from '../../core/annotations.js';
import { wordsIn } from './cues.js';
import { FIRST_NAMES, NO_PERSON_FACTS } from './gender.js';
import { buildReferents, type ReferentIndex } from './referents.js';
import { FINITE } from './reported-words.js';
import { invertedSpeakerRuledOut, speakerAfter } from './speaker-after-cue.js';

const MADE = [
  'The port will reopen in March, said Anna Berg, the harbour master.',
  'The port will reopen in March, said the harbour master on Tuesday.',
  'The port will reopen in March, said residents of the old town.',
  'The port will reopen in March, said  local  fishermen who were waiting.',
  'The port will reopen in March, said a pensioner who would give her name only as Ursula.',
  'The port will reopen in March, said one official at the finance ministry.',
  'The port will reopen in March, said one visitor, Hannah Price, a student.',
  'The port will reopen in March, said he.',
  'The harbour master, Anna Berg, said the port was closed until the spring.',
  'The harbour master, Anna Berg, said that the crane had been repaired.',
  'The harbour master, Anna Berg, said ships were queuing outside the harbour.',
  'The harbour master, Anna Berg, warned that the repairs would take weeks.',
  'Ships queued all week, said the mayor of Passau, Juergen Dupper, who had been there.',
  'Ships queued all week, said Deputy Mayor Karl Lind, who was there.',
];
const TEXTS = [...MADE, ...quoteEvalTexts()];
const OPTIONS = { firstNames: FIRST_NAMES.load(), facts: NO_PERSON_FACTS };

/** Sentence-like stretches of `text`: cut after . ? ! (and a closing mark) and a space, and at newlines. */
function stretches(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.?!]["”’]?\s+|\n+/gu)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Every run of capitalised words, as a person mention. */
function capitalisedRuns(text: string): Mention[] {
  return [...text.matchAll(/\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'person' as const,
    by: 'test',
    confidence: 1,
  }));
}

const hasFinite = (s: string) => wordsIn(s, 0, s.length).some((w) => FINITE.has(w.lower));

/** What the inverted test reads from the speaker after `from`: found, and no finite verb in it or after it. */
function mayInvert(text: string, from: number, end: number, index: ReferentIndex): boolean {
  const inv = speakerAfter(text, from, end, index);
  return inv !== null && !hasFinite(inv.text) && !hasFinite(text.slice(inv.end, end));
}

describe('the inverted-attribution gate', () => {
  it('rules out only cues whose speaker after them could not invert the sentence', () => {
    let ruledOut = 0;
    let inverts = 0;
    for (const text of TEXTS)
      for (const mentions of [capitalisedRuns(text), []]) {
        const index = buildReferents(text, mentions, undefined, OPTIONS);
        for (const s of stretches(text))
          for (const w of wordsIn(text, s.start, s.end)) {
            const may = mayInvert(text, w.end, s.end, index);
            if (may) inverts++;
            if (!invertedSpeakerRuledOut(text, w.end, s.end, index)) continue;
            ruledOut++;
            expect(may, `after «${text.slice(s.start, w.end)}» in «${text.slice(s.start, s.end)}»`).toBe(
              false,
            );
          }
      }
    // The gate does rule positions out, and the test meets many speakers that would invert.
    expect(ruledOut).toBeGreaterThan(30_000);
    expect(inverts).toBeGreaterThan(30_000);
  });

  it('reads past no speaker the written sentences name', () => {
    const ruled = MADE.map((text) => {
      const index = buildReferents(text, capitalisedRuns(text), undefined, OPTIONS);
      const cue = /\b(?:said|warned)\b/u.exec(text)!;
      return invertedSpeakerRuledOut(text, cue.index + cue[0].length, text.length, index);
    });
    // Only the four sentences whose content follows the cue are ruled out.
    expect(ruled).toEqual([...Array(8).fill(false), true, true, true, true, false, false]);
  });
});
