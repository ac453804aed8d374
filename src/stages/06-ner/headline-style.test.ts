import { describe, expect, it } from 'vitest';
import { titleCaseWords } from './headline-style.js';

describe('titleCaseWords', () => {
  it('capitalises every word but short articles, conjunctions and prepositions', () => {
    const words = 'the minister said on Tuesday that aid to Ukraine would rise in the new year .'.split(' ');
    expect(titleCaseWords(words).join(' ')).toBe(
      'The Minister Said on Tuesday That Aid to Ukraine Would Rise in the New Year .',
    );
  });

  it('capitalises a minor word that is first or last, and leaves clitics, figures and caps', () => {
    expect(titleCaseWords(['of', 'NATO', "'s", '2', 'plans', 'it', 'is', 'sure', 'of'])).toEqual([
      'Of',
      'NATO',
      "'s",
      '2',
      'Plans',
      'It',
      'Is',
      'Sure',
      'Of',
    ]);
    expect(titleCaseWords(['they', 'do', "n't", 'agree'])).toEqual(['They', 'Do', "n't", 'Agree']);
  });
});
