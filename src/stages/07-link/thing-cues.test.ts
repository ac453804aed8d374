import { describe, expect, it } from 'vitest';
import { NAME_BEFORE_IN_LIST, withoutNameBeforeInList } from './thing-cues.js';

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
