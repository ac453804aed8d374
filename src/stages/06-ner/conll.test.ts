import { describe, expect, it } from 'vitest';
import { CopydeskError } from '../../core/errors.js';
import { parseConll } from './conll.js';

const SAMPLE = `-DOCSTART- -X- O O

Angela NNP I-NP I-PER
Merkel NNP I-NP I-PER
visits VBZ I-VP O
Paris NNP I-NP I-LOC
. . O O

-DOCSTART- -X- -X- O

Shares NNS I-NP O
fell VBD I-VP O
`;

describe('parseConll', () => {
  it('splits documents at -DOCSTART- and sentences at blank lines, keeping word and tag', () => {
    const docs = parseConll(SAMPLE);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.sentences[0]!.words).toEqual(['Angela', 'Merkel', 'visits', 'Paris', '.']);
    expect(docs[0]!.sentences[0]!.tags).toEqual(['I-PER', 'I-PER', 'O', 'I-LOC', 'O']);
    expect(docs[1]!.sentences[0]!.words).toEqual(['Shares', 'fell']);
  });

  it('reads a file without -DOCSTART- as one document', () => {
    const docs = parseConll('EU B-ORG\nrejects O\n\nGerman B-MISC\ncall O\n');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.sentences).toHaveLength(2);
  });

  it('rejects a line without a tag column, naming the line', () => {
    expect(() => parseConll('EU B-ORG\nrejects\n', 'gold.txt')).toThrow(/gold.txt:2/);
    try {
      parseConll('EU B-ORG\nrejects\n');
    } catch (error) {
      expect(error).toBeInstanceOf(CopydeskError);
      expect((error as CopydeskError).code).toBe('DATA_INVALID');
    }
  });

  it('rejects a tag that is not O / B-X / I-X', () => {
    expect(() => parseConll('EU NNP PERSON\n')).toThrow(/not a CoNLL token line/);
  });
});
