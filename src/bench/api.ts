/**
 * `npm run bench:api`: loads the HTTP server on loopback with bounded load generators
 * (a paced open-loop generator for latency at a fixed rate, `paced-load.ts`; autocannon
 * for throughput at fixed connections) and prints throughput and
 * p50/p99 latency for `GET /articles?q=` and `POST /analyze`, beside the CLI's in-process
 * analyze rate measured in the same run (the peer).
 *
 * The corpus (default 100,000 synthetic articles, `--articles N`) is generated through the
 * DocumentStore port into `.copydesk/bench-api-N.sqlite` and reused by later runs. The
 * server runs in its own process (`copydesk serve`), as in production, so the load
 * generator does not share its event loop.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { SqliteDocumentStore } from '../adapters/storage-sqlite/store.js';
import { toAnalysisJson } from '../core/analysis.js';
import { seededRandom } from '../core/random.js';
import { analyze } from '../presets/analyze.js';
import { createDefaultPipeline } from '../presets/default.js';
import { decodeInput } from '../stages/01-input/decode.js';
import { generateApiCorpus, topicWords, VOCABULARY_SIZE } from './api-corpus.js';
import { type PacedResult, pacedLoad } from './paced-load.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const log = (line: string) => process.stdout.write(`${line}\n`);

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

async function ensureCorpus(count: number): Promise<string> {
  const path = join(root, '.copydesk', `bench-api-${count}.sqlite`);
  if (existsSync(path)) {
    const store = SqliteDocumentStore.open(path);
    const n = await store.countArticles();
    await store.close();
    if (n === count) {
      log(`corpus: ${count.toLocaleString('en')} articles (reused ${path})`);
      return path;
    }
  }
  const partial = `${path}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const store = SqliteDocumentStore.open(partial);
  await store.migrate();
  const started = performance.now();
  await generateApiCorpus(store, count, (done) =>
    process.stderr.write(`\r  generating corpus: ${done}/${count}`),
  );
  await store.close();
  process.stderr.write('\n');
  renameSync(partial, path);
  for (const suffix of ['-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const s = (performance.now() - started) / 1000;
  log(
    `corpus: ${count.toLocaleString('en')} synthetic articles stored through the port in ${s.toFixed(0)} s`,
  );
  return path;
}

async function startServer(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [join(root, 'dist/apps/cli/main.js'), 'serve', '--db', dbPath, '--port', '0', '--rate-limit', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /API docs: (http:\/\/\S+)\/docs/.exec(out);
      if (m?.[1]) resolveUrl(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
    setTimeout(() => reject(new Error('the server did not start within 60 s')), 60_000).unref();
  });
  return { url, child };
}

/** User + system CPU time of a process (all threads), from /proc on Linux; null elsewhere. */
function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return null;
  // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100/s).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface LoadResult {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
}

async function load(options: autocannon.Options): Promise<LoadResult> {
  const r = await autocannon(options);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

function show(name: string, r: LoadResult): void {
  log(
    `${name.padEnd(44)} ${r.rps.toFixed(1).padStart(8)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   max ${String(r.max).padStart(5)} ms   (${r.requests} requests, ${r.errors} errors, ${r.non2xx} non-2xx)`,
  );
}

/** Search requests: one or two topic words, ranks uniform over the vocabulary, seeded. */
function searchPaths(n: number): string[] {
  const random = seededRandom(3);
  const vocab = topicWords(VOCABULARY_SIZE);
  const pick = () => vocab[Math.floor(random() * vocab.length)] as string;
  return Array.from(
    { length: n },
    (_, i) => `/articles?q=${encodeURIComponent(i % 3 === 2 ? `${pick()} ${pick()}` : pick())}&limit=20`,
  );
}

async function main(): Promise<void> {
  const count = option('articles', 100_000);
  const seconds = option('seconds', 10);
  const rate = option('rate', 200);
  log(`copydesk bench:api — node ${process.version}, ${new Date().toISOString()}`);
  // Shared machines skew every figure: say how busy this one was.
  const machine = () =>
    `${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`;
  log(`machine: ${machine()}`);
  const dbPath = await ensureCorpus(count);
  const { url, child } = await startServer(dbPath);
  try {
    const paths = searchPaths(5000);
    let next = 0;
    const searchRequest = {
      method: 'GET' as const,
      setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[next++ % paths.length] as string }),
    };
    // Measure the steady state: the analysis workers load their models first.
    for (let i = 0; i < 600; i++) {
      const health = (await (await fetch(`${url}/health`)).json()) as { analysisReady?: boolean };
      if (health.analysisReady !== false) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // Warm the page cache and the server's JIT before measuring.
    await load({ url, duration: 8, connections: 4, requests: [searchRequest] });
    log('');
    log(
      `GET /articles?q= (1–2 topic words, Zipf-distributed vocabulary of ${VOCABULARY_SIZE.toLocaleString('en')} words)`,
    );
    const paced = () =>
      pacedLoad({ url, rate, seconds, path: (i) => paths[(next + i) % paths.length] as string });
    const showPaced = (name: string, r: PacedResult) => {
      show(name, r);
      log(
        `${''.padEnd(44)} from the moment sent: p50 ${String(r.sentP50).padStart(4)} ms   p99 ${String(r.sentP99).padStart(4)} ms   (this process sent late by up to ${r.lagP99} ms at p99)`,
      );
    };
    showPaced(`  at ${rate} req/s for ${seconds} s, evenly paced (open loop)`, await paced());
    const cpuBefore = processCpuMs(child.pid);
    const fastest = await load({ url, duration: seconds, connections: 8, requests: [searchRequest] });
    const cpuAfter = processCpuMs(child.pid);
    show(`  as fast as possible, 8 connections, ${seconds} s`, fastest);
    if (cpuBefore !== null && cpuAfter !== null && fastest.requests > 0) {
      // CPU time, unlike latency, hardly depends on how busy the machine is.
      const perRequest = (cpuAfter - cpuBefore) / fastest.requests;
      log(
        `  server CPU time per search (all its threads): ${perRequest.toFixed(2)} ms, so ${rate} req/s needs ${((rate * perRequest) / 1000).toFixed(2)} of a core`,
      );
    }

    // Search while the server is also analysing (analysis runs on worker threads, so it
    // competes for CPU but never blocks the event loop that answers searches).
    const article0 = readFileSync(join(root, 'examples/scraped-copy.txt'), 'utf8');
    const [mixedSearch] = await Promise.all([
      paced(),
      load({
        url: `${url}/analyze`,
        duration: seconds,
        connections: 1,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: article0, date: '2025-02-15' }),
      }),
    ]);
    showPaced(`  at ${rate} req/s, 1 client analysing meanwhile`, mixedSearch);

    // The same queries straight against the store, in this process: what the HTTP layer adds.
    const store = SqliteDocumentStore.open(dbPath);
    const times: number[] = [];
    for (const path of paths.slice(0, 1000)) {
      const q = new URL(path, url).searchParams.get('q') ?? '';
      const t0 = performance.now();
      await store.searchArticles({ text: q, limit: 20, offset: 0 });
      times.push(performance.now() - t0);
    }
    await store.close();
    times.sort((a, b) => a - b);
    const at = (p: number) =>
      (times[Math.min(times.length - 1, Math.floor(p * times.length))] as number).toFixed(1);
    const slow = times.filter((ms) => ms > 100).length;
    log(
      `  store only, in process, 1,000 of the queries one by one:   p50 ${at(0.5)} ms   p99 ${at(0.99)} ms   max ${at(1)} ms   (${slow} over 100 ms)`,
    );

    const article = readFileSync(join(root, 'examples/scraped-copy.txt'), 'utf8');
    const body = JSON.stringify({ text: article, date: '2025-02-15' });
    log('');
    log(`POST /analyze (examples/scraped-copy.txt, ${(Buffer.byteLength(article) / 1024).toFixed(1)} KB)`);
    await load({
      url,
      duration: 2,
      connections: 2,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    // The peer: the CLI's in-process rate on the same article (decode + pipeline + JSON).
    const pipeline = createDefaultPipeline();
    const bytes = new TextEncoder().encode(article);
    const once = async () => {
      const raw = decodeInput(bytes, {
        origin: { kind: 'inline', label: 'bench' },
        contentType: 'text/plain; charset=utf-8',
      });
      return JSON.stringify(
        toAnalysisJson(await analyze(pipeline, raw, { meta: { published: '2025-02-15' } })),
      );
    };
    for (let i = 0; i < 20; i++) await once();
    const inProcessRate = async (ms: number) => {
      const started = performance.now();
      let n = 0;
      while (performance.now() - started < ms) {
        await once();
        n++;
      }
      return n / ((performance.now() - started) / 1000);
    };
    // API and peer alternate, twice, each taking its best round: on a shared machine the
    // load drifts, and alternating keeps one side from getting all the quiet moments.
    const half = Math.max(2, Math.round(seconds / 2));
    let api: LoadResult | null = null;
    let inProcess = 0;
    for (let round = 0; round < 2; round++) {
      const r = await load({
        url: `${url}/analyze`,
        duration: half,
        connections: 4,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (!api || r.rps > api.rps) api = r;
      inProcess = Math.max(inProcess, await inProcessRate(half * 1000));
    }
    if (!api) throw new Error('no analyze round ran');
    show(`  as fast as possible, 4 connections, best of 2 × ${half} s`, api);
    log(
      `  peer: in-process analyze (the CLI's path), best of 2 × ${half} s  ${inProcess.toFixed(1).padStart(8)} articles/s`,
    );
    log(`  API / in-process: ${((api.rps / inProcess) * 100).toFixed(0)}%  (target ≥ 80%)`);
    log('');
    log(`machine at the end: ${machine()}`);
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 70;
});
