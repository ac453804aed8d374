/**
 * The document trigger of the frames read after a comma (`mayHoldCommaFrames` in
 * reported.ts) against the frames it gates: it may only be off in a document where none of
 * their patterns matches a stretch of the text, and the reported speech read with the
 * document's own trigger is the speech read with it on. Run over every text of the quotes
 * eval sets and over passages written for the test (with `ſ` and the Kelvin sign, which a
 * case-insensitive Unicode pattern folds to ASCII letters, and in capitals).
 */
import { describe, expect, it } from 'vitest';
import { quoteEvalTexts } from '../../../test/helpers/eval-texts.js';
import type { Paragraph, Sentence } from '../../core/annotations.js';
import { FIRST_NAMES, NO_PERSON_FACTS } from './gender.js';
import { findQuotedSpans } from './marks.js';
import { buildReferents } from './referents.js';
import { findReportedSpeech, mayHoldCommaFrames } from './reported.js';
import { CHARGE_PARTICIPLE, PARTICIPLE } from './reported-participles.js';

/** Passages with each frame, one without any, and the same with letters a Unicode pattern case-folds. */
const MADE = [
  'The minister defended the budget on Tuesday, adding that no hospital would close.',
  'Okafor rejected the offer, saying the union would strike in March.',
  '“We will not pay,” the mayor told reporters, accusing the province of “breaking its word.”',
  'The governor toured the flooded district, promising to rebuild every bridge by winter.',
  'Halvorsen signed the order and accused the board of hiding the losses.',
  'Police said the road was closed, but the council’s engineer, Rosa Lind, told reporters it would reopen.',
  'The coach called the result “a disgrace,” though the club’s chairman said he still trusted him.',
  'Berg called the proposal “reckless”, calling it “a gift to speculators.”',
  'The port reopened on Friday after repairs to the crane. Ships queued outside the harbour all week.',
];
const FOLDED = MADE.flatMap((t) => [t.replaceAll('s', 'ſ'), t.replaceAll('k', '\u212a'), t.toUpperCase()]);
const TEXTS = [...MADE, ...FOLDED, ...quoteEvalTexts()];

/** Sentence-like stretches of `text`: cut after . ? ! (and a closing mark) and a space, and at newlines. */
function stretches(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.?!]["”’]?\s+|\n+/gu)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Paragraphs of `text`: cut at blank lines (one paragraph when there are none). */
function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\s*\n/gu)) {
    out.push({ start, end: m.index, role: 'paragraph' });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, role: 'paragraph' });
  return out;
}

/**
 * The patterns of the gated frames, tested on stretches as the frames test them: the
 * participles' (exported by their module), the quoting participle's and the contrast's (as
 * written in reported.ts; the quoting participle's is anchored at the end of a sentence's
 * lead, so it is tried on every lead).
 */
const FRAME_PATTERNS: readonly { name: string; pattern: RegExp; everyLead?: boolean }[] = [
  { name: 'participle addition', pattern: PARTICIPLE },
  { name: 'participle charge', pattern: CHARGE_PARTICIPLE },
  {
    name: 'quoting participle',
    pattern:
      /,\s+(?:adding|saying|noting|warning|insisting|arguing|stressing|explaining|claiming|calling|describing|accusing|telling)\b[^,]*$/iu,
    everyLead: true,
  },
  { name: 'contrast', pattern: /,["”’»]?\s+(?:but|though|although|while|whereas)\s+/u },
];

describe('the comma-frame trigger', () => {
  it('reads enough text to mean something', () => {
    expect(TEXTS.length).toBeGreaterThan(300);
  });

  it('is on in every document where a frame pattern matches a stretch of it', () => {
    const matched = new Map<string, number>();
    let off = 0;
    for (const text of TEXTS) {
      const on = mayHoldCommaFrames(text);
      if (!on) off++;
      for (const { name, pattern, everyLead } of FRAME_PATTERNS)
        for (const s of stretches(text)) {
          const ends = everyLead ? [...Array(s.end - s.start + 1).keys()] : [s.end - s.start];
          for (const e of ends) {
            const stretch = text.slice(s.start, s.start + e);
            if (!pattern.test(stretch)) continue;
            matched.set(name, (matched.get(name) ?? 0) + 1);
            expect(on, `${name} in «${stretch}»`).toBe(true);
          }
        }
    }
    // Each pattern does match somewhere, and the trigger does rule documents out.
    for (const { name } of FRAME_PATTERNS) expect(matched.get(name) ?? 0, name).toBeGreaterThan(5);
    expect(off).toBeGreaterThan(300);
  });

  it('leaves the reported speech as it is with the trigger on', () => {
    const options = { firstNames: FIRST_NAMES.load(), facts: NO_PERSON_FACTS };
    let found = 0;
    for (const text of TEXTS) {
      const sentences = stretches(text);
      const index = buildReferents(text, [], undefined, options);
      // Quotations as the stage skips them: sentences that hold one take the frames after it.
      const skip = findQuotedSpans(text, paragraphsOf(text)).map((q) => ({ start: q.start, end: q.end }));
      const gated = findReportedSpeech(text, sentences, index, skip, mayHoldCommaFrames(text));
      expect(gated).toEqual(findReportedSpeech(text, sentences, index, skip, true));
      found += gated.length;
    }
    expect(found).toBeGreaterThan(500);
  });
});
