/**
 * A plural placed in a town presents the names after it as private people ("Two dockworkers in
 * Gdańsk, X and Y"), but only within its sentence: "… by four wickets in Dubai. Captain X" is a
 * new sentence, whose name the plural of the last one does not present.
 */
import { describe, expect, it } from 'vitest';
import { pluralPresenter } from './plural-presentations.js';

const presenterOf = (text: string, name: string) => {
  const start = text.indexOf(name);
  return pluralPresenter(text, start, start + name.length);
};

describe('pluralPresenter', () => {
  it('reads a plural placed in a town before a pair of names', () => {
    const text = 'Two dockworkers in Gdansk, Piotr Nowak and Jan Kowal, found the crate.';
    expect(presenterOf(text, 'Piotr Nowak')).toBe('dockworkers');
  });

  it('does not read a plural and a town across the stop ending their sentence', () => {
    const text = 'The hosts won by four wickets in Lahore. Captain Babar Azim made 80 and Ali Khan 40.';
    expect(presenterOf(text, 'Babar Azim')).toBeNull();
  });
});
