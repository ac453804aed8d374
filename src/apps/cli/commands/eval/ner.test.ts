import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../main.js';

// A small gold file in CoNLL-2003 layout, from sentences written for this test.
const GOLD = `-DOCSTART- -X- -X- O

German JJ B-NP B-MISC
Chancellor NNP I-NP O
Olaf NNP I-NP B-PER
Scholz NNP I-NP I-PER
met VBD B-VP O
Emmanuel NNP B-NP B-PER
Macron NNP I-NP I-PER
in IN B-PP O
Paris NNP B-NP B-LOC
on IN B-PP O
Tuesday NNP B-NP O
. . O O

Shares NNS B-NP O
in IN B-PP O
Siemens NNP B-NP B-ORG
rose VBD B-VP O
2 CD B-NP O
percent NN I-NP O
in IN B-PP O
Frankfurt NNP B-NP B-LOC
. . O O
`;

let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err.push(String(s));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'copydesk-ner-')), name);
  writeFileSync(file, content);
  return file;
}

describe('copydesk eval ner', () => {
  it('prints per-type and overall figures for both systems and ends with "F1 <value>"', async () => {
    const gold = tempFile('gold.txt', GOLD);
    const predictions = `${gold}.pred`;
    const code = await main([
      'node',
      'copydesk',
      'eval',
      'ner',
      '--gold',
      gold,
      '--predictions',
      predictions,
    ]);
    expect(code).toBe(0);
    const lines = out.join('').trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^F1 \d+\.\d\d$/);
    expect(lines.some((l) => l.includes('compromise'))).toBe(true);
    expect(lines.some((l) => /^PER\s/.test(l))).toBe(true);
    expect(lines.some((l) => /^overall\s/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('tokens/s'))).toBe(true);
    // The predictions file has "token gold predicted" for every token.
    const written = readFileSync(predictions, 'utf8').split('\n');
    expect(written).toContain('Olaf B-PER B-PER');
    expect(written.filter((l) => l.split(' ').length === 3 && !l.startsWith('-DOCSTART-'))).toHaveLength(21);
  });

  it('--title-case also scores the file written as headlines, without and with recasing', async () => {
    const gold = tempFile('gold.txt', GOLD);
    const code = await main(['node', 'copydesk', 'eval', 'ner', '--gold', gold, '--no-peer', '--title-case']);
    expect(code).toBe(0);
    const lines = out.join('').trimEnd().split('\n');
    // Neither sentence is title case as written; written as headlines, the second one
    // ("Shares in Siemens Rose 2 Percent in Frankfurt") has two common words capitalised.
    expect(lines).toContain('title-cased sentences recased: 0 of 2');
    expect(lines.filter((l) => /^title-cased sentences recased: [12] of 2$/.test(l))).toHaveLength(1);
    const header = lines.find((l) => l.includes('title case, recased'));
    expect(header).toMatch(/copydesk\s+title case\s+title case, recased/);
    expect(lines.at(-2)).toMatch(
      /^F1 original \d+\.\d\d, title case \d+\.\d\d, title case recased \d+\.\d\d$/,
    );
    expect(lines.at(-1)).toMatch(/^F1 \d+\.\d\d$/);
  });

  it('fails with a one-line error for a missing file', async () => {
    const code = await main(['node', 'copydesk', 'eval', 'ner', '--gold', '/nonexistent/gold.txt']);
    expect(code).toBe(3);
    expect(err.join('')).toMatch(/^copydesk: gold file not found: \/nonexistent\/gold.txt\n$/);
  });

  it('fails with a one-line error naming the line of a malformed file', async () => {
    const gold = tempFile('bad.txt', 'Paris NNP B-NP B-LOC\nrose\n');
    const code = await main(['node', 'copydesk', 'eval', 'ner', '--gold', gold, '--no-peer']);
    expect(code).toBe(8);
    expect(err.join('').split('\n').filter(Boolean)).toHaveLength(1);
    expect(err.join('')).toMatch(/bad.txt:2: not a CoNLL token line/);
  });
});
