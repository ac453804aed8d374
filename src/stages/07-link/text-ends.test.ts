/**
 * The end tests of text-ends.ts are pre-filters of end-anchored patterns: each must say yes
 * wherever its pattern (and so the pattern it guards) matches — on made-up endings and on the
 * slices before every capitalised word of every linking eval text.
 */
import { describe, expect, it } from 'vitest';
import { linkEvalTexts } from '../../../test/helpers/eval-texts.js';
import { endsWithListJoin, endsWithPossessive, trailingBlanksStart } from './text-ends.js';

const POSSESSIVE_END = /['’]s\s+$/;
const LIST_JOIN_END = /(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/;
/** The guarded patterns themselves (link-one-word.ts, plural-presentations.ts). */
const POSSESSIVE_BEFORE =
  /(?:^|[^\p{L}\p{N}.])((?:\p{Lu}[\p{L}\p{N}&-]*(?:\.\p{Lu}[\p{L}\p{N}&-]*)*\s){0,3}\p{Lu}[\p{L}\p{N}&-]*(?:\.\p{Lu}[\p{L}\p{N}&-]*)*)['’]s\s+$/u;
const LIST_BEFORE =
  /(?<=^|[\s(])\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|al|el|bin))*\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/u;

describe('text ends', () => {
  it('reads the blanks that end a slice', () => {
    expect(trailingBlanksStart('NATO’s \u00a0\n')).toBe(6);
    expect(trailingBlanksStart('NATO')).toBe(4);
    expect(trailingBlanksStart('  ')).toBe(0);
  });

  it('answers as the end patterns on made-up endings', () => {
    const endings = [
      "NATO's ",
      'NATO’s\u00a0',
      "NATO's",
      'the Bank’s  \n',
      'its ',
      's ',
      "'s ",
      'Anna, ',
      'Anna,',
      'Anna and ',
      'Anna and',
      'Anna, and ',
      'Anna & ',
      'Anna&',
      'band ',
      'Rand ',
      'and ',
      'hand\t',
      ' ',
      '',
    ];
    for (const end of endings) {
      expect(endsWithPossessive(end), JSON.stringify(end)).toBe(POSSESSIVE_END.test(end));
      expect(endsWithListJoin(end) || !LIST_JOIN_END.test(end), JSON.stringify(end)).toBe(true);
    }
    expect(endsWithListJoin('Anna said ')).toBe(false);
  });

  it('lets through every slice before a capitalised word of the linking eval texts that the guarded patterns match', () => {
    let possessives = 0;
    let lists = 0;
    for (const text of linkEvalTexts()) {
      for (const m of text.matchAll(/\p{Lu}/gu)) {
        const at = m.index;
        const short = text.slice(Math.max(0, at - 48), at);
        if (POSSESSIVE_BEFORE.test(short)) {
          possessives++;
          expect(endsWithPossessive(short), short).toBe(true);
        }
        const long = text.slice(Math.max(0, at - 120), at);
        if (LIST_BEFORE.test(long)) {
          lists++;
          expect(endsWithListJoin(long), long).toBe(true);
        }
      }
    }
    expect(possessives).toBeGreaterThan(100);
    expect(lists).toBeGreaterThan(100);
  });
});
