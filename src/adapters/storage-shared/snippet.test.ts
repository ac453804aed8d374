import { describe, expect, it } from 'vitest';
import { searchTerms } from './search-terms.js';
import { buildSnippet, foldWord } from './snippet.js';

const TEXT =
  'The harbour authority in Rotterdam said on Tuesday that the dock strike had ended. Union leaders called the agreement fair, and the Café Noordzee near the quay reopened. Ships queued for a second day while crews returned to the cranes and the backlog of containers shrank slowly.';

describe('buildSnippet', () => {
  it('marks the matched words in the window with the most distinct terms, cutting with …', () => {
    const s = buildSnippet(TEXT, searchTerms('agreement quay'), 16);
    expect(s).toBe(
      '…called the «agreement» fair, and the Café Noordzee near the «quay» reopened. Ships queued for a…',
    );
  });

  it('folds case and diacritics as the index does, and marks a phrase as one run', () => {
    expect(buildSnippet(TEXT, searchTerms('cafe'), 6)).toBe('…and the «Café» Noordzee near the…');
    expect(buildSnippet(TEXT, searchTerms('"dock strike"'), 8)).toContain('the «dock strike» had ended.');
    expect(foldWord('Ångström')).toBe('angstrom');
  });

  it('starts at the beginning, without an ellipsis, when the match is there; ends with the text', () => {
    expect(buildSnippet(TEXT, searchTerms('harbour'), 5)).toBe('The «harbour» authority in Rotterdam…');
    expect(buildSnippet('Short text here.', searchTerms('here'), 16)).toBe('Short text «here».');
  });

  it('gives the first words when only the title matched, and nothing for an empty text', () => {
    expect(buildSnippet(TEXT, searchTerms('budget'), 4)).toBe('The harbour authority in…');
    expect(buildSnippet('', searchTerms('x'))).toBe('');
  });

  it('does not mark a word that only contains a term', () => {
    expect(buildSnippet('Strikes and a strike.', searchTerms('strike'), 10)).toBe('Strikes and a «strike».');
  });

  it('gives ASCII text (the indexOf path) the same snippets as the word-by-word path', () => {
    const ascii = TEXT.replace('Café', 'Cafe');
    // An em dash at the end adds no word but sends the same words down the general path.
    const general = `${ascii} —`;
    for (const query of ['agreement quay', 'harbour', '"dock strike"', 'cafe', 'budget', 'slowly', 'the']) {
      expect(buildSnippet(ascii, searchTerms(query), 16), query).toBe(
        buildSnippet(general, searchTerms(query), 16),
      );
    }
    // A match deep in a long text is found and shown with its neighbours.
    const long = `${'Filler words about nothing in particular. '.repeat(200)}The ferry to Bergen resumed on Tuesday.`;
    expect(buildSnippet(long, searchTerms('ferry bergen'), 8)).toBe(
      '…particular. The «ferry» to «Bergen» resumed on Tuesday.',
    );
    expect(buildSnippet(long, searchTerms('nothing'), 4)).toBe('…words about «nothing» in…');
  });
});
