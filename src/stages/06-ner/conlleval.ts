/**
 * The CoNLL shared-task scorer, ported line for line from `conlleval.pl` (its
 * `startOfChunk` / `endOfChunk` state machine), so that the figures printed by
 * `copydesk eval ner` are the ones conlleval itself prints for the same file: micro
 * precision/recall/F1 over chunks whose boundaries and type both match.
 */

/** Counts for one type, or for all types together. */
export interface ChunkCounts {
  /** Chunks in the gold column. */
  gold: number;
  /** Chunks in the predicted column. */
  guessed: number;
  /** Chunks predicted with exactly the gold boundaries and type. */
  correct: number;
}

export interface ScoreLine extends ChunkCounts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ConllevalResult {
  readonly tokens: number;
  readonly correctTags: number;
  readonly overall: ScoreLine;
  /** Per type, sorted by type name as conlleval prints them. */
  readonly types: ReadonlyMap<string, ScoreLine>;
}

function endOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  let end = false;
  if (prevTag === 'B' && tag === 'B') end = true;
  if (prevTag === 'B' && tag === 'O') end = true;
  if (prevTag === 'I' && tag === 'B') end = true;
  if (prevTag === 'I' && tag === 'O') end = true;
  if (prevTag === 'E' && tag === 'E') end = true;
  if (prevTag === 'E' && tag === 'I') end = true;
  if (prevTag === 'E' && tag === 'O') end = true;
  if (prevTag !== 'O' && prevTag !== '.' && prevType !== type) end = true;
  if (prevTag === ']' || prevTag === '[') end = true;
  return end;
}

function startOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  let start = false;
  if (prevTag === 'B' && tag === 'B') start = true;
  if (prevTag === 'I' && tag === 'B') start = true;
  if (prevTag === 'O' && tag === 'B') start = true;
  if (prevTag === 'O' && tag === 'I') start = true;
  if (prevTag === 'E' && tag === 'E') start = true;
  if (prevTag === 'E' && tag === 'I') start = true;
  if (prevTag === 'O' && tag === 'E') start = true;
  if (tag !== 'O' && tag !== '.' && prevType !== type) start = true;
  if (tag === '[' || tag === ']') start = true;
  return start;
}

/** conlleval splits a tag at its first dash (`B-PER` → `B`, `PER`). */
function split(tag: string): [string, string] {
  const dash = tag.indexOf('-');
  return dash < 0 ? [tag, ''] : [tag.slice(0, dash), tag.slice(dash + 1)];
}

/**
 * Streaming scorer: feed it `(gold, guessed)` tag pairs token by token and call
 * {@link boundary} between sentences, exactly as conlleval reads a blank line.
 */
export class Conlleval {
  private lastCorrect = 'O';
  private lastGuessed = 'O';
  private lastCorrectType = '';
  private lastGuessedType = '';
  private inCorrect = false;
  private tokens = 0;
  private correctTags = 0;
  private readonly counts = new Map<string, ChunkCounts>();
  private readonly all: ChunkCounts = { gold: 0, guessed: 0, correct: 0 };

  /** One token line. */
  add(goldTag: string, guessedTag: string): void {
    this.step(goldTag, guessedTag, false);
  }

  /** A sentence boundary (conlleval's blank line: both columns read as `O`). */
  boundary(): void {
    this.step('O', 'O', true);
  }

  private typeCounts(type: string): ChunkCounts {
    let c = this.counts.get(type);
    if (!c) {
      c = { gold: 0, guessed: 0, correct: 0 };
      this.counts.set(type, c);
    }
    return c;
  }

  private step(goldTag: string, guessedTag: string, isBoundary: boolean): void {
    const [correct, correctType] = split(goldTag);
    const [guessed, guessedType] = split(guessedTag);
    const { lastCorrect, lastGuessed, lastCorrectType, lastGuessedType } = this;

    if (this.inCorrect) {
      const correctEnds = endOfChunk(lastCorrect, correct, lastCorrectType, correctType);
      const guessedEnds = endOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
      if (correctEnds && guessedEnds && lastGuessedType === lastCorrectType) {
        this.inCorrect = false;
        this.all.correct++;
        this.typeCounts(lastCorrectType).correct++;
      } else if (correctEnds !== guessedEnds || guessedType !== correctType) {
        this.inCorrect = false;
      }
    }
    const correctStarts = startOfChunk(lastCorrect, correct, lastCorrectType, correctType);
    const guessedStarts = startOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
    if (correctStarts && guessedStarts && guessedType === correctType) this.inCorrect = true;
    if (correctStarts) {
      this.all.gold++;
      this.typeCounts(correctType).gold++;
    }
    if (guessedStarts) {
      this.all.guessed++;
      this.typeCounts(guessedType).guessed++;
    }
    if (!isBoundary) {
      if (correct === guessed && guessedType === correctType) this.correctTags++;
      this.tokens++;
    }
    this.lastCorrect = correct;
    this.lastGuessed = guessed;
    this.lastCorrectType = correctType;
    this.lastGuessedType = guessedType;
  }

  /** The final figures (closes a chunk still open at the end, as conlleval does). */
  result(): ConllevalResult {
    const all = { ...this.all };
    const perType = new Map<string, ChunkCounts>();
    for (const [k, v] of this.counts) perType.set(k, { ...v });
    if (this.inCorrect) {
      all.correct++;
      const c = perType.get(this.lastCorrectType);
      if (c) c.correct++;
    }
    const types = new Map<string, ScoreLine>();
    for (const name of [...perType.keys()].sort()) {
      if (name === '') continue;
      types.set(name, scoreLine(perType.get(name)!));
    }
    return { tokens: this.tokens, correctTags: this.correctTags, overall: scoreLine(all), types };
  }
}

/** Precision, recall and F1 in percent, as conlleval computes them (0 when undefined). */
export function scoreLine(c: ChunkCounts): ScoreLine {
  const precision = c.guessed > 0 ? (100 * c.correct) / c.guessed : 0;
  const recall = c.gold > 0 ? (100 * c.correct) / c.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Scores whole sentences of gold and guessed tags. */
export function scoreSentences(
  sentences: Iterable<{ readonly gold: readonly string[]; readonly guessed: readonly string[] }>,
): ConllevalResult {
  const scorer = new Conlleval();
  for (const s of sentences) {
    for (let i = 0; i < s.gold.length; i++) scorer.add(s.gold[i]!, s.guessed[i]!);
    scorer.boundary();
  }
  return scorer.result();
}
