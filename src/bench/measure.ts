/** Small timing helpers shared by the benchmark sections. */
export interface Throughput {
  readonly items: number;
  readonly bytes: number;
  readonly ms: number;
}

/** Runs `work` over all inputs `rounds` times after one warm-up pass; returns the best round. */
export async function measure<T>(
  inputs: readonly T[],
  sizeOf: (input: T) => number,
  work: (input: T) => unknown,
  rounds = 3,
): Promise<Throughput> {
  const bytes = inputs.reduce((sum, i) => sum + sizeOf(i), 0);
  for (const input of inputs) await work(input);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (const input of inputs) await work(input);
    best = Math.min(best, performance.now() - started);
  }
  return { items: inputs.length, bytes, ms: best };
}

export function perSecond(t: Throughput): { itemsPerSecond: number; mbPerSecond: number } {
  const seconds = t.ms / 1000;
  return { itemsPerSecond: t.items / seconds, mbPerSecond: t.bytes / 1024 / 1024 / seconds };
}

export function formatRate(t: Throughput, unit: string): string {
  const { itemsPerSecond, mbPerSecond } = perSecond(t);
  return `${Math.round(itemsPerSecond).toLocaleString('en-US')} ${unit}/s, ${mbPerSecond.toFixed(2)} MB/s`;
}

export function ratio(ours: Throughput, peer: Throughput): string {
  return `${(peer.ms / ours.ms).toFixed(2)}×`;
}
