/**
 * The shipped KB on US political news (session realnews-link-10): bodies, agencies and people
 * whose absence made the linker repair their names into somebody else's (the Democratic
 * National Committee into the Republican one, John McCain into Mitch McConnell, Josh Earnest
 * into Joni Ernst, UPI into India's payment system), and names written exactly that were
 * counted as repairs ("Turkey", "Republican"). Passages of our own.
 */
import { describe, expect, it } from 'vitest';
import { linkLayers } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { defaultKbPath, loadKnowledgeBase } from '../../kb/store.js';
import { linkDocument } from './link-document.js';

const kb = loadKnowledgeBase(defaultKbPath());

/** The entity linked over `surface` and whether that mention is a repair; null when unlinked. */
function link(
  text: string,
  surface: string,
  names: readonly (readonly [string, EntityType])[],
  date = '2016-05-10',
): { name: string; repaired: boolean } | null {
  const at = text.indexOf(surface);
  for (const e of linkDocument(kb, { text, date, ...linkLayers(text, names) })) {
    const m = e.mentions.find((x) => x.start === at && x.end === at + surface.length);
    if (m) return e.kbId ? { name: e.name, repaired: m.repaired } : null;
  }
  return null;
}

describe('US political bodies and people of 2016', () => {
  it('knows the Democratic National Committee, not only the Republican one', () => {
    const text = 'The Democratic National Committee scheduled two more debates, a DNC spokesman said.';
    const names: [string, EntityType][] = [
      ['Democratic National Committee', 'organization'],
      ['DNC', 'organization'],
    ];
    expect(link(text, 'Democratic National Committee', names)).toEqual({
      name: 'Democratic National Committee',
      repaired: false,
    });
    expect(link(text, 'DNC', names)?.name).toBe('Democratic National Committee');
  });

  it('knows John McCain, no Mitch McConnell by a near spelling', () => {
    const text = 'Sen. John McCain said on Tuesday he would not attend the convention in Cleveland.';
    expect(link(text, 'John McCain', [['John McCain', 'person']])?.name).toBe('John McCain');
  });

  it('knows Josh Earnest, no Joni Ernst by a near spelling', () => {
    const text = 'White House press secretary Josh Earnest declined to comment on the primary.';
    expect(link(text, 'Josh Earnest', [['Josh Earnest', 'person']])?.name).toBe('Josh Earnest');
  });

  it('knows Christina Romer, no footballer by a near spelling', () => {
    const text = 'The economist Christina Romer told the panel that the stimulus had been too small.';
    expect(link(text, 'Christina Romer', [['Christina Romer', 'person']])?.name).toBe('Christina Romer');
  });

  it('knows the wire agencies: UPI in a dateline, the KUNA News Agency', () => {
    const dateline = 'DES MOINES, Feb. 2 (UPI) — Voters lined up early at the caucus sites.';
    expect(link(dateline, 'UPI', [['UPI', 'organization']])?.name).toBe('United Press International');
    const kuna = 'The emir received the envoy on Sunday, the KUNA News Agency reported.';
    expect(link(kuna, 'KUNA News Agency', [['KUNA News Agency', 'organization']])?.name).toBe(
      'Kuwait News Agency',
    );
  });

  it('reads BLM as the movement the article spells out', () => {
    const text = 'Black Lives Matter activists marched downtown, and a BLM organizer addressed the crowd.';
    const names: [string, EntityType][] = [
      ['Black Lives Matter', 'organization'],
      ['BLM', 'organization'],
    ];
    expect(link(text, 'BLM', names)?.name).toBe('Black Lives Matter');
  });
});

describe('names written exactly', () => {
  it('are no repairs: Turkey, a Republican, the United States Supreme Court', () => {
    const turkey = 'The refugee deal with Turkey was signed in Brussels on Friday.';
    expect(link(turkey, 'Turkey', [['Turkey', 'location']])).toEqual({ name: 'Türkiye', repaired: false });
    const party = 'The Republican nominee spoke in Ohio on Monday.';
    expect(link(party, 'Republican', [['Republican', 'organization']])).toEqual({
      name: 'Republican Party',
      repaired: false,
    });
    const court = 'The case reached the United States Supreme Court in March.';
    expect(
      link(court, 'United States Supreme Court', [['United States Supreme Court', 'organization']]),
    ).toEqual({ name: 'US Supreme Court', repaired: false });
  });
});
