/**
 * Bits stamped on numbers for one call and read back, in a small open-addressing table: what
 * an array indexed by number (one slot for each number there is) answers, for the few dozen
 * numbers a call stamps. The spin index stamps, per spun-name test, the KB words each of the
 * test's words answers (bit j for word j) and reads them back for every name it walks; an
 * array of every KB word is read at random there, each read a likely cache miss in pipeline
 * position, where this table stays in the first-level cache. Separate because it is a data
 * structure, tested against the array it stands for.
 */
export class PositionStamps {
  /** Numbers stamped, plus one (0: an empty slot). */
  private keys = new Int32Array(64);
  private bits = new Int32Array(64);
  /** The slots taken, in order, to clear them. */
  private taken = new Int32Array(32);
  private count = 0;
  /** 32 minus the log₂ of the table's size: the hash's top bits pick a slot. */
  private shift = 26;

  /** Adds `bits` to those stamped on `k` (a number ≥ 0). */
  stamp(k: number, bits: number): void {
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let s = Math.imul(k, HASH) >>> this.shift; ; s = (s + 1) & mask) {
      const key = keys[s]!;
      if (key === k + 1) {
        this.bits[s]! |= bits;
        return;
      }
      if (key === 0) {
        keys[s] = k + 1;
        this.bits[s] = bits;
        this.taken[this.count++] = s;
        // At most half full: probe runs stay short.
        if (this.count * 2 >= keys.length) this.grow();
        return;
      }
    }
  }

  /** The bits stamped on `k` since the last `clear` (0 for none). */
  at(k: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let s = Math.imul(k, HASH) >>> this.shift; ; s = (s + 1) & mask) {
      const key = keys[s]!;
      if (key === k + 1) return this.bits[s]!;
      if (key === 0) return 0;
    }
  }

  /** Forgets every stamp (the table keeps its size). */
  clear(): void {
    for (let i = 0; i < this.count; i++) this.keys[this.taken[i]!] = 0;
    this.count = 0;
  }

  /** Doubles the table, stamps kept. */
  private grow(): void {
    const keys = this.keys;
    const bits = this.bits;
    const taken = this.taken.subarray(0, this.count);
    this.keys = new Int32Array(keys.length * 2);
    this.bits = new Int32Array(keys.length * 2);
    this.taken = new Int32Array(keys.length);
    this.shift--;
    this.count = 0;
    for (const s of taken) this.stamp(keys[s]! - 1, bits[s]!);
  }
}

/** The multiplier of Fibonacci hashing (2³² divided by the golden ratio), as a 32-bit integer. */
const HASH = -1640531527;
