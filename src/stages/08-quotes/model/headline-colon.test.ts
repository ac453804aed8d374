import { describe, expect, it } from 'vitest';
import { headlineColon } from './headline-colon.js';

/** The headline's parts as text; the first line is the first paragraph. */
function parts(text: string) {
  const end = text.indexOf('\n');
  const found = headlineColon(text, [{ start: 0, end: end < 0 ? text.length : end }]);
  return (
    found && {
      source: text.slice(found.source.start, found.source.end),
      cue: text.slice(found.cue.start, found.cue.end),
      content: text.slice(found.content.start, found.content.end),
    }
  );
}

describe('a headline stating an attribution with a colon (PolNeAR conventions)', () => {
  it('reads the label as the source, the colon as the cue and the rest, without its period, as the content', () => {
    expect(parts('Mayor Lind: Harbour Ferry Will Run Through Winter.\nThe mayor said on Monday …')).toEqual({
      source: 'Mayor Lind',
      cue: ':',
      content: 'Harbour Ferry Will Run Through Winter',
    });
  });

  it('keeps a closing quotation mark and drops a trailing semicolon', () => {
    expect(parts('Berg: Tolls are ‘a tax on commuters.’')?.content).toBe('Tolls are ‘a tax on commuters.’');
    expect(parts('Survey: Most riders back the new timetable; ')?.content).toBe(
      'Most riders back the new timetable',
    );
  });

  it('leaves out kickers, labels in capitals, `The …` labels and short tails', () => {
    expect(parts('Breaking: Council Votes To Close The Old Bridge.')).toBeNull();
    expect(parts('EXCLUSIVE: Council Votes To Close The Old Bridge.')).toBeNull();
    expect(parts('The Latest: Council votes to close the old bridge.')).toBeNull();
    expect(parts('Lind: Ferry Delayed.')).toBeNull();
  });

  it('reads only the first paragraph, and only when it is one line', () => {
    const text = 'Ferry Service Resumes.\nLind: the ferry will run all winter, she said.';
    expect(
      headlineColon(text, [
        { start: 0, end: 22 },
        { start: 23, end: text.length },
      ]),
    ).toBeNull();
    const block = 'Lind: the ferry will\nrun all winter';
    expect(headlineColon(block, [{ start: 0, end: block.length }])).toBeNull();
  });
});
