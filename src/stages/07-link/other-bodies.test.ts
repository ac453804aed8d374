/**
 * Names of other bodies that look like famous ones: a surname in the possessive that starts a
 * shop's name ("Powell's Books"), and an acronym among words of sport or screen fiction
 * ("the ECB" of a cricket story).
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { acronymOfOtherSphere } from './acronym-spheres.js';
import { possessiveBusiness, tickerSymbol } from './business-names.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'p:lagarde',
    type: 'person',
    name: 'Christine Lagarde',
    names: [{ text: 'Lagarde', kind: 'surname' }],
    country: 'FR',
    born: 1956,
    prominence: 5,
    description: 'President of the European Central Bank since 2019',
  }),
  makeEntity({
    id: 'org:wto',
    type: 'organization',
    name: 'World Trade Organization',
    names: [{ text: 'WTO', kind: 'short' }],
    prominence: 5,
    description: 'international organisation that regulates trade between nations',
  }),
]);

const link = linkerOver(kb, '2026-04-14');

const kbIdOf = (text: string, surface: string, type: EntityType) =>
  writtenAs(link(text, [[surface, type]]), text, surface)?.kbId;

describe('a possessive surname that starts a business name', () => {
  it('finds the business head word', () => {
    const t = "Lagarde's Bakery, the Lyon chain, opened a shop.";
    expect(possessiveBusiness(t, 0, "Lagarde's".length)).toBe('Bakery');
    expect(possessiveBusiness("Lagarde's speech in Frankfurt", 0, 9)).toBeNull();
  });
  it('refuses the famous bearer for the shop, keeps her for her own words', () => {
    expect(
      kbIdOf("Lagarde's Bakery, a family firm in Lyon, closed two outlets.", "Lagarde's", 'organization'),
    ).toBeNull();
    expect(kbIdOf("Lagarde's warning on inflation moved bond markets.", "Lagarde's", 'person')).toBe(
      'p:lagarde',
    );
  });
});

describe('an acronym among words of sport or screen fiction', () => {
  it('names the word unless the body is of that sphere', () => {
    expect(acronymOfOtherSphere(' the wto named a new captain for the tour ', 'trade body')).toBe('captain');
    expect(acronymOfOtherSphere(' the wto named a new captain ', 'international cricket body')).toBeNull();
    expect(acronymOfOtherSphere(' the wto ruled on steel tariffs ', 'trade body')).toBeNull();
  });
  it('refuses the trade body for the spy agency of a film, keeps it in a trade story', () => {
    expect(
      kbIdOf(
        'Agents of the WTO, the secret service of the new spy movie, chase a rogue banker.',
        'WTO',
        'organization',
      ),
    ).toBeNull();
    expect(kbIdOf('The WTO ruled against the steel tariffs on Monday.', 'WTO', 'organization')).toBe(
      'org:wto',
    );
  });
});

describe('a ticker symbol', () => {
  it('reads a name in capitals after a dollar sign as a ticker', () => {
    const t = 'Traders dumped $LAGARDE within hours.';
    expect(tickerSymbol(t, t.indexOf('$'), t.indexOf('$') + 8)).toBe('ticker');
    expect(tickerSymbol(t, t.indexOf('L'), t.indexOf('L') + 7)).toBe('ticker');
    expect(tickerSymbol('Lagarde spoke.', 0, 7)).toBeNull();
  });
  it('refuses the person for a meme coin named after her', () => {
    const text = 'A meme coin called $LAGARDE lost half its value on Tuesday.';
    expect(kbIdOf(text, '$LAGARDE', 'misc')).toBeNull();
    expect(
      kbIdOf('Investors in Frankfurt hung on every word from LAGARDE on Tuesday.', 'LAGARDE', 'person'),
    ).toBe('p:lagarde');
  });
});
