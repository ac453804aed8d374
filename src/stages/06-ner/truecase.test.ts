/**
 * Recasing title-cased lines for the tagger: common words lowered, names kept, the
 * text's length and every offset unchanged.
 */
import { describe, expect, it } from 'vitest';
import { lineSeq } from '../../../test/helpers/line-seq.js';
import { loadCasingEvidence } from './gazetteer-source.js';
import { headlineGate } from './headline-position.js';
import { recaseTitleLines } from './truecase.js';

const evidence = loadCasingEvidence();

function recase(text: string) {
  const seq = lineSeq(text);
  return { seq, recased: recaseTitleLines(seq, evidence, headlineGate(text)) };
}

describe('recaseTitleLines', () => {
  it('lowers the common words of a title-cased headline and keeps the names', () => {
    const text = [
      "Germany's Merz Vows To Maintain Ukraine Support As Winter Looms",
      '',
      'Chancellor Friedrich Merz said on Tuesday that Berlin would keep sending air defence systems to Kyiv.',
    ].join('\n');
    const { seq, recased } = recase(text);
    expect(recased.sentences).toEqual([0]);
    expect(recased.seq.text).toBe(
      [
        "Germany's Merz vows to maintain Ukraine support as winter looms",
        '',
        'Chancellor Friedrich Merz said on Tuesday that Berlin would keep sending air defence systems to Kyiv.',
      ].join('\n'),
    );
    // Same length, same tokens: spans found on the recased view index the original text.
    expect(recased.seq.text.length).toBe(text.length);
    expect(recased.seq.starts).toBe(seq.starts);
    expect(recased.seq.ends).toBe(seq.ends);
  });

  it('takes the body’s word for it: a word the body capitalises mid-sentence is a name', () => {
    const text = [
      'Residents Of Harbour Town Welcome New Ferry',
      '',
      'The new ferry to Harbour Town began service on Monday, and residents of the island said fares were fair.',
    ].join('\n');
    const { recased } = recase(text);
    expect(recased.seq.text.split('\n')[0]).toBe('Residents of Harbour Town welcome new ferry');
  });

  it('keeps a first name and the surname after it, and the first word of the line', () => {
    const { recased } = recase('Mark Rutte Met Olaf Scholz\n\nThe two leaders spoke for an hour.');
    expect(recased.seq.text.split('\n')[0]).toBe('Mark Rutte met Olaf Scholz');
    const { recased: law } = recase(
      'Former Captain Peter Little Joins Queensland Coaching Staff\n\nHe starts in May.',
    );
    expect(law.seq.text.split('\n')[0]).toBe('Former captain Peter Little joins Queensland coaching staff');
  });

  it('returns the sequence itself when no line is title-cased (the common case)', () => {
    const text = 'NATO Secretary-General Mark Rutte met German Chancellor Olaf Scholz in Berlin on Monday.';
    const { seq, recased } = recase(text);
    expect(recased.seq).toBe(seq);
    expect(recased.sentences).toEqual([]);
  });

  it('leaves a title-cased sentence inside the body alone (not a headline position)', () => {
    const text = [
      'Talks resume in Geneva',
      '',
      'Negotiators met again on Thursday.',
      'The Talks Resume Next Week In Geneva With New Mediators.',
    ].join('\n');
    const { recased } = recase(text);
    expect(recased.sentences).toEqual([]);
  });
});
