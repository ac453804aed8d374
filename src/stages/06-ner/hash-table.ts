/**
 * An open-addressing map from 32-bit keys to non-negative 32-bit values, held in one
 * typed array of interleaved `[key, value]` slots: the runtime index from feature
 * hashes to weight rows, and the word tables (clusters, gazetteer phrases). One probe
 * touches one cache line; no objects per entry, so it loads fast and costs 8 bytes a
 * slot at a load factor of at most 0.5.
 */
export class HashTable {
  /** `slots[2i]` = key (as int32), `slots[2i + 1]` = value, -1 when the slot is empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private count = 0;

  /** A table sized for up to `expected` entries at a load factor of at most 0.5. */
  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    for (let i = 1; i < this.slots.length; i += 2) this.slots[i] = -1;
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Sets `key` to `value` (value must be ≥ 0). */
  set(key: number, value: number): void {
    const k = key | 0;
    const slots = this.slots;
    let slot = (k ^ (k >>> 15)) & this.mask;
    while (slots[2 * slot + 1]! >= 0 && slots[2 * slot] !== k) slot = (slot + 1) & this.mask;
    if (slots[2 * slot + 1]! < 0) {
      if (this.count * 2 >= this.mask) throw new RangeError('HashTable is full');
      this.count++;
    }
    slots[2 * slot] = k;
    slots[2 * slot + 1] = value;
  }

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    const k = key | 0;
    const slots = this.slots;
    const mask = this.mask;
    let slot = (k ^ (k >>> 15)) & mask;
    for (;;) {
      const v = slots[2 * slot + 1]!;
      if (v < 0 || slots[2 * slot] === k) return v;
      slot = (slot + 1) & mask;
    }
  }

  /** Every entry as two parallel arrays (for serialisation). */
  entries(): { keys: Uint32Array; values: Int32Array } {
    const keys = new Uint32Array(this.count);
    const values = new Int32Array(this.count);
    let j = 0;
    for (let slot = 0; slot <= this.mask; slot++) {
      const v = this.slots[2 * slot + 1]!;
      if (v < 0) continue;
      keys[j] = this.slots[2 * slot]! >>> 0;
      values[j] = v;
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
}
