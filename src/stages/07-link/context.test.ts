import { describe, expect, it } from 'vitest';
import { lastWords, NAME_BEFORE_IN_LIST, publicAffairsIn, withoutNameBeforeInList } from './context.js';

describe('lastWords', () => {
  it("is what split(' ').slice(-n).join(' ') gives, spaces at either end and doubled too", () => {
    const parts = ['local', 'teacher', ' ', '  ', 'Zürich', '', 'a'];
    let checked = 0;
    for (const a of parts)
      for (const b of parts)
        for (const c of parts)
          for (const d of parts) {
            const text = `${a} ${b}${c} ${d}`;
            for (const n of [1, 2, 3, 4]) {
              expect(lastWords(text, n)).toBe(text.split(' ').slice(-n).join(' '));
              expect(lastWords(text.trim(), n)).toBe(text.trim().split(' ').slice(-n).join(' '));
              checked++;
            }
          }
    expect(checked).toBeGreaterThan(1000);
    expect(lastWords('said on Monday that the local teacher', 3)).toBe('the local teacher');
  });
});

describe('withoutNameBeforeInList', () => {
  it('cuts what the expression cuts, on lists, pairs and random endings', () => {
    const heads = ['Residents of Leeds named ', 'Two boys called ', 'a robot named ', 'He met ', ''];
    const names = ['Keir Starmer', 'Rishi', 'Jean-Luc Mélenchon', 'Ó Briain', 'mark root', 'A B C D E'];
    const joints = [
      ',',
      ', ',
      ', and ',
      ' and ',
      'and ',
      ',and\t',
      ' ,',
      ' and',
      '',
      ' ',
      '\u00a0and\u00a0',
      ';',
    ];
    const samples: string[] = [];
    for (const h of heads) for (const n of names) for (const j of joints) samples.push(`${h}${n}${j}`);
    // Random endings of letters, capitals, commas, spaces and "and".
    const bits = ['a', 'K', 'and', ',', ' ', '  ', '.', 'É', '\n', 'Sunak', "O'Neil"];
    let seed = 7;
    for (let i = 0; i < 3000; i++) {
      let s = '';
      for (let k = 0; k < 8; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        s += bits[seed % bits.length];
      }
      samples.push(s);
    }
    let cut = 0;
    for (const s of samples) {
      const slow = s.replace(NAME_BEFORE_IN_LIST, '');
      expect(withoutNameBeforeInList(s)).toBe(slow);
      if (slow !== s) cut++;
    }
    expect(cut).toBeGreaterThan(100);
  });
});

describe('publicAffairsIn', () => {
  it('reads the words of war from the air as public affairs', () => {
    expect(publicAffairsIn(' the navy would stop bombing the port after the deal ')).toBe('bombing');
    expect(publicAffairsIn(' air strikes hit the depot overnight ')).toBe('air strikes');
    expect(publicAffairsIn(' she baked bread for the village fair ')).toBeNull();
  });
});
