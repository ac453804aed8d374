/**
 * Reader for CoNLL-2003 files (`word POS chunk NER`, blank line between sentences,
 * `-DOCSTART-` between documents). Only the first column (the word) and the last
 * column (the NER tag) are kept: the tagger uses no POS tags, because copydesk has
 * none at run time.
 */
import { CopydeskError } from '../../core/errors.js';

export interface ConllSentence {
  readonly words: readonly string[];
  /** The NER column as written (IOB1 or IOB2). */
  readonly tags: readonly string[];
}

export interface ConllDocument {
  readonly sentences: readonly ConllSentence[];
}

const TAG = /^(O|[BIES]-[A-Za-z]+)$/;

/**
 * Parses CoNLL text into documents of sentences. `label` names the source in error
 * messages. Throws DATA_INVALID on a line without a tag column or with a tag that is
 * not `O` / `B-X` / `I-X`.
 */
export function parseConll(text: string, label = 'input'): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let sentences: ConllSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length > 0) sentences.push({ words, tags });
    words = [];
    tags = [];
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length > 0) docs.push({ sentences });
    sentences = [];
  };
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '') {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endDocument();
      continue;
    }
    const tag = cols[cols.length - 1]!;
    if (cols.length < 2 || !TAG.test(tag)) {
      throw new CopydeskError(
        'DATA_INVALID',
        `${label}:${n + 1}: not a CoNLL token line (want "word … TAG" with TAG like O, B-PER, I-LOC): "${line.slice(0, 60)}"`,
      );
    }
    words.push(cols[0]!);
    tags.push(tag);
  }
  endDocument();
  return docs;
}
