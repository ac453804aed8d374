import { describe, expect, it } from 'vitest';
import { sourceBounds } from './source-bounds.js';

/** The source span `part` of `text`, bounded, as text. */
function bounded(text: string, part: string): string {
  const start = text.indexOf(part);
  const s = sourceBounds(text, { start, end: start + part.length });
  return text.slice(s.start, s.end);
}

describe('source spans bounded by PolNeAR conventions', () => {
  it('stop before a participle or an in/on/during clause set off after the speaker', () => {
    const text = 'Mayor Lind, speaking to dock workers in Tromsø, said the ferry would run all winter.';
    expect(bounded(text, 'Mayor Lind, speaking to dock workers in Tromsø,')).toBe('Mayor Lind');
    const statement = 'Ms. Berg, the harbour minister, in a statement said the quay would open.';
    expect(bounded(statement, 'Ms. Berg, the harbour minister, in a statement')).toBe(
      'Ms. Berg, the harbour minister',
    );
  });

  it('keep `including`, which lists members of the source, and a plain appositive', () => {
    const text = 'Three unions, including the dockers, said they would strike.';
    expect(bounded(text, 'Three unions, including the dockers,')).toBe(
      'Three unions, including the dockers,',
    );
    const title = 'Kari Holm, managing director of the port, said the quay would open.';
    expect(bounded(title, 'Kari Holm, managing director of the port,')).toBe(
      'Kari Holm, managing director of the port,',
    );
    const appositive = 'Nils Vik, a fellow at the institute, said rates would rise.';
    expect(bounded(appositive, 'Nils Vik, a fellow at the institute,')).toBe(
      'Nils Vik, a fellow at the institute,',
    );
  });

  it('leave out a conjunction opening the clause before the subject', () => {
    const text = 'After port officials insisted the quay was safe, it collapsed.';
    expect(bounded(text, 'After port officials')).toBe('port officials');
  });

  it('start after a quotation mark the span closes but does not open', () => {
    const text = 'On “Harbour Watch,” Mayor Ingrid Lind said the ferry would run.';
    expect(bounded(text, 'Harbour Watch,” Mayor Ingrid Lind')).toBe('Mayor Ingrid Lind');
    const title = 'The “Harbour Watch” host said the ferry would run.';
    expect(bounded(title, 'The “Harbour Watch” host')).toBe('The “Harbour Watch” host');
  });

  it('take the title before a name', () => {
    const text = 'The quay will open in May, Mr. Lind said.';
    expect(bounded(text, 'Lind')).toBe('Mr. Lind');
  });
});
