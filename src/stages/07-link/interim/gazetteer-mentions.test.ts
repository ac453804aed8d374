import { describe, expect, it } from 'vitest';
import { defaultKbPath, loadKnowledgeBase } from '../../../kb/store.js';
import { gazetteerMentions, roughSentences } from './gazetteer-mentions.js';

const kb = loadKnowledgeBase(defaultKbPath());

describe('interim gazetteer mentions', () => {
  it('splits title runs into organisations and people', () => {
    const text = 'NATO Secretary General Mark Root told reporters in Munich that J. D. Vance had left.';
    const { mentions } = gazetteerMentions(text, kb);
    expect(mentions.map((m) => [text.slice(m.start, m.end), m.type])).toEqual([
      ['NATO', 'organization'],
      ['Mark Root', 'person'],
      ['Munich', 'location'],
      ['J. D. Vance', 'person'],
    ]);
  });

  it('does not split sentences after initials and titles', () => {
    const text = 'Mr. J. D. Vance spoke. Then he left.';
    expect(roughSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Mr. J. D. Vance spoke.',
      'Then he left.',
    ]);
  });
});
