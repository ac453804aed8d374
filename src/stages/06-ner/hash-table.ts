/**
 * An open-addressing map from 32-bit keys to non-negative 32-bit values, held in two
 * typed arrays: the runtime index from feature hashes to weight rows, and the word
 * tables (clusters, gazetteer phrases). No objects per entry, so it loads fast and
 * costs 8 bytes a slot.
 */
export class HashTable {
  private readonly keys: Uint32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  private count = 0;

  /** A table sized for up to `expected` entries at a load factor of at most 0.5. */
  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.values = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Sets `key` to `value` (value must be ≥ 0). */
  set(key: number, value: number): void {
    let slot = (key ^ (key >>> 15)) & this.mask;
    while (this.values[slot]! >= 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    if (this.values[slot]! < 0) {
      if (this.count * 2 >= this.mask) throw new RangeError('HashTable is full');
      this.count++;
    }
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  /** Every entry as two parallel arrays (for serialisation). */
  entries(): { keys: Uint32Array; values: Int32Array } {
    const keys = new Uint32Array(this.count);
    const values = new Int32Array(this.count);
    let j = 0;
    for (let slot = 0; slot < this.values.length; slot++) {
      if (this.values[slot]! < 0) continue;
      keys[j] = this.keys[slot]!;
      values[j] = this.values[slot]!;
      j++;
    }
    return { keys, values };
  }

  /** A table holding the given entries. */
  static from(keys: Uint32Array, values: Int32Array): HashTable {
    const table = new HashTable(keys.length);
    for (let i = 0; i < keys.length; i++) table.set(keys[i]!, values[i]!);
    return table;
  }

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    let slot = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const v = this.values[slot]!;
      if (v < 0) return -1;
      if (this.keys[slot] === key) return v;
      slot = (slot + 1) & this.mask;
    }
  }
}
