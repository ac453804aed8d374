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

/** The middle value (the mean of the two middle values for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One timed pass of one configuration: wall and process CPU time (all threads, GC included). */
export interface PassTime {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/**
 * Times several configurations over the same inputs, alternating them: `warmUpPasses`
 * untimed passes each, then `rounds` rounds in which every configuration runs one pass,
 * the order rotating from round to round. On a shared machine load comes and goes; run
 * back to back, neither configuration gets the quiet (or the warmer JIT) to itself, and
 * CPU time is not inflated by other processes' time slices the way wall time is.
 * `beforePass` runs before each pass, outside the timing (e.g. to drop caches).
 * Returns each configuration's passes in round order.
 */
export async function alternate<T>(
  inputs: readonly T[],
  configs: Readonly<Record<string, (input: T) => unknown>>,
  rounds: number,
  beforePass: (config: string) => void | Promise<void> = () => {},
  warmUpPasses = 1,
): Promise<Record<string, PassTime[]>> {
  const names = Object.keys(configs);
  const out: Record<string, PassTime[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let w = 0; w < warmUpPasses; w++)
    for (const name of names) {
      await beforePass(name);
      for (const input of inputs) await configs[name]!(input);
    }
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length]!;
      await beforePass(name);
      const cpu = process.cpuUsage();
      const started = performance.now();
      for (const input of inputs) await configs[name]!(input);
      const wallMs = performance.now() - started;
      const used = process.cpuUsage(cpu);
      out[name]!.push({ wallMs, cpuMs: (used.user + used.system) / 1000 });
    }
  }
  return out;
}

/** Median over rounds of `a / b − 1` for paired passes (same round): the overhead of a over b. */
export function pairedOverhead(
  a: readonly PassTime[],
  b: readonly PassTime[],
  field: keyof PassTime,
): number {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) ratios.push(a[i]![field] / b[i]![field] - 1);
  return median(ratios);
}
