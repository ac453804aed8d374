/**
 * `npm run bench:corpus`: ingest a synthetic corpus with known story clusters and
 * report throughput, peak memory, cluster precision/recall per copy kind, original
 * detection, and query latencies.
 *
 *   node [--expose-gc] dist/bench/corpus-bench.js [--n 10000] [--mode pipeline|store] [--workers N] [--analysis-batch B]
 *                                   [--pg|--db postgres://… --processes 2]
 *
 * With --expose-gc, each progress line collects garbage first, so its main-thread heap
 * figure is what is retained.
 *
 * - `pipeline`: the real `ingest` path (JSONL → journal → worker pool running the full
 *   default pipeline → store, cluster, align) on an embedded SQLite corpus.
 * - `store`: records built directly from the generator (entities, quotes and figures
 *   placed by the generator, MinHash computed as at ingestion), stored and clustered
 *   through the same Corpus.add — for 100k articles in minutes. Says so in the output.
 * - `--pg URL --processes P`: the same JSONL ingested into PostgreSQL by P `copydesk
 *   ingest --run` processes sharing one run, then its clusters compared with a
 *   single-process SQLite run of the same corpus.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PostgresDocumentStore } from '../adapters/storage-postgres/store.js';
import { SqliteDocumentStore } from '../adapters/storage-sqlite/store.js';
import { seededRandom } from '../core/random.js';
import { Corpus } from '../corpus/corpus.js';
import { createAnalysisPool, defaultPoolSize, INGEST_ANALYSIS_BATCH } from '../corpus/ingest/pool.js';
import { runIngest } from '../corpus/ingest/run.js';
import type { CorpusStore } from '../ports/document-store.js';
import { createDefaultPipeline } from '../presets/default.js';
import { prebuiltRecord } from './prebuilt.js';
import { type CopyKind, generateStoryCorpus, type SyntheticArticle } from './story-corpus.js';

interface Args {
  n: number;
  /** Articles a worker analyses together, stage by stage (`--analysis-batch`; 1: one by one). */
  analysisBatch: number;
  mode: 'pipeline' | 'store';
  workers: number;
  pg: string | null;
  processes: number;
}

function parseArgs(argv: readonly string[]): Args {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    n: Number(get('n') ?? 10_000),
    analysisBatch: Number(get('analysis-batch') ?? INGEST_ANALYSIS_BATCH),
    mode: (get('mode') as Args['mode']) ?? 'pipeline',
    workers: Number(get('workers') ?? defaultPoolSize()),
    // `--db postgres://…` says the same as `--pg`, as the CLI spells it.
    pg: get('pg') ?? (get('db')?.startsWith('postgres') ? get('db')! : null),
    processes: Number(get('processes') ?? 2),
  };
}

const log = (line = '') => process.stdout.write(`${line}\n`);

/** Peak RSS of this process (worker threads included), sampled. */
function memorySampler(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

function writeJsonl(articles: readonly SyntheticArticle[], dir: string): string {
  const path = join(dir, 'corpus.jsonl');
  writeFileSync(
    path,
    articles
      .map((a) =>
        JSON.stringify({ text: a.text, title: a.title, published: a.published, publisher: a.publisher }),
      )
      .join('\n'),
  );
  return path;
}

/**
 * The stored article each JSONL line ended up as, from the ingest journal: its own id,
 * or — for a copy whose cleaned text equals a stored one — that article's id.
 */
async function journalIds(
  query: (sql: string) => Promise<Record<string, unknown>[]>,
  count: number,
): Promise<string[]> {
  const ids = new Array<string>(count).fill('');
  for (const row of await query("SELECT ref, article_id FROM ingest_jobs WHERE run_id = 'bench'")) {
    const line = Number(String(row.ref).split('#').pop()) - 1;
    ids[line] = String(row.article_id ?? `missing-${line}`);
  }
  return ids;
}

function sqliteJournal(path: string) {
  return async (sql: string) => {
    const db = new Database(path, { readonly: true });
    try {
      return db.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  };
}

interface Assignment {
  readonly cluster: Map<string, string | null>;
  readonly original: Map<string, string | null>;
}

async function readAssignment(store: CorpusStore): Promise<Assignment> {
  const cluster = new Map<string, string | null>();
  let after: number | null = 0;
  while (after !== null) {
    const page = await store.exportPage('articles', after, 2000);
    for (const r of page.rows) cluster.set(String(r.id), (r.cluster_id as string | null) ?? null);
    after = page.next;
  }
  const original = new Map<string, string | null>();
  for (const c of new Set([...cluster.values()].filter((x): x is string => x !== null))) {
    original.set(c, (await store.getCluster(c))?.originalId ?? null);
  }
  return { cluster, original };
}

/** Identical texts are stored once (content hash): they share the first one's id. */
function dedupIds(articles: readonly SyntheticArticle[], ids: readonly string[]): string[] {
  const first = new Map<string, string>();
  return articles.map((a, i) => {
    if (!first.has(a.text)) first.set(a.text, ids[i]!);
    return first.get(a.text)!;
  });
}

function clusterQuality(
  articles: readonly SyntheticArticle[],
  rawIds: readonly string[],
  a: Assignment,
): void {
  const ids = dedupIds(articles, rawIds);
  const byStory = new Map<number, number[]>();
  articles.forEach((x, i) => {
    byStory.set(x.story, [...(byStory.get(x.story) ?? []), i]);
  });
  const clusterOf = (i: number) => a.cluster.get(ids[i]!) ?? `single:${ids[i]}`;
  // Predicted pairs: within each predicted cluster.
  const byCluster = new Map<string, number[]>();
  articles.forEach((_, i) => {
    byCluster.set(clusterOf(i), [...(byCluster.get(clusterOf(i)) ?? []), i]);
  });
  const stats = new Map<CopyKind, { tp: number; fn: number; fp: number }>();
  const stat = (k: CopyKind) => {
    if (!stats.has(k)) stats.set(k, { tp: 0, fn: 0, fp: 0 });
    return stats.get(k)!;
  };
  for (const members of byStory.values()) {
    for (const i of members) {
      for (const j of members) {
        if (j <= i) continue;
        const kind = articles[i]!.kind === 'original' ? articles[j]!.kind : articles[i]!.kind;
        if (clusterOf(i) === clusterOf(j)) stat(kind).tp++;
        else stat(kind).fn++;
      }
    }
  }
  for (const members of byCluster.values()) {
    for (const i of members) {
      for (const j of members) {
        if (j <= i || articles[i]!.story === articles[j]!.story) continue;
        stat(articles[i]!.kind).fp++;
        stat(articles[j]!.kind).fp++;
      }
    }
  }
  const merged = articles.length - new Set(ids).size;
  log('cluster quality (pairwise, vs the generator truth):');
  if (merged > 0)
    log(`  (${merged} copies were stored once, as duplicates by content hash: counted as clustered)`);
  for (const kind of ['verbatim', 'trimmed', 'spun'] as const) {
    const s = stats.get(kind);
    if (!s) continue;
    const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
    const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    log(
      `  ${kind.padEnd(9)} pairs ${String(s.tp + s.fn).padStart(6)}  precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${f1.toFixed(3)}`,
    );
  }
  log(`  wrong pairs involving an original (of another story): ${stats.get('original')?.fp ?? 0}`);
  let right = 0;
  let total = 0;
  for (const members of byStory.values()) {
    if (members.length < 2) continue;
    total++;
    const orig = members.find((i) => articles[i]!.kind === 'original')!;
    const c = a.cluster.get(ids[orig]!);
    if (c && a.original.get(c) === ids[orig]) right++;
  }
  log(
    `original detection: ${right}/${total} stories with copies (${((100 * right) / Math.max(1, total)).toFixed(1)}%)`,
  );
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function queryLatencies(store: CorpusStore): Promise<void> {
  const rnd = seededRandom(5);
  const words = [
    'wages',
    'tariffs',
    'rail fares',
    'housing',
    'emissions',
    'pensions',
    'steel',
    'budget',
    'workers',
    'Ostend',
    'Gdansk',
    'union leader',
    '"container traffic"',
    'hospital beds review',
  ];
  const names = [
    'Vandermeer',
    'Kowalczyk',
    'Hartmann',
    'Lindqvist',
    'Moreau',
    'Novak',
    'Szabo',
    'Janssen',
    'Ferreira',
  ];
  const time = async (fn: () => Promise<unknown>, n: number) => {
    const ms: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await fn();
      ms.push(performance.now() - t);
    }
    return `p50 ${percentile(ms, 50).toFixed(2)} ms  p99 ${percentile(ms, 99).toFixed(2)} ms`;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const entityIds = (await store.findEntities('', 200)).map((e) => e.id);
  log('query latency (200 queries each, page of 20):');
  log(
    `  search          ${await time(() => store.searchArticles({ text: pick(words), limit: 20, offset: 0 }), 200)}`,
  );
  log(
    `  search+filters  ${await time(
      () =>
        store.searchArticles({
          text: pick(words),
          since: '2025-03-01',
          until: '2025-09-30',
          limit: 20,
          offset: 20,
        }),
      200,
    )}`,
  );
  if (entityIds.length === 0) {
    log('  entity, quotes  (no entities in this corpus: the default pipeline has no NER stage yet)');
    return;
  }
  log(`  entity lookup   ${await time(() => store.findEntities(pick(names), 10), 200)}`);
  log(`  entity page     ${await time(() => store.getEntity(pick(entityIds)), 200)}`);
  log(
    `  quotes          ${await time(() => store.listQuotes({ speakerId: pick(entityIds), limit: 20, offset: 0 }), 200)}`,
  );
}

/** Every `every` items: the rate, CPU per item and RSS of that stretch, so growth with N is visible. */
function lapLogger(every: number): { tick: () => void } {
  let count = 0;
  let at = performance.now();
  let cpu = process.cpuUsage();
  return {
    tick() {
      if (++count % every !== 0) return;
      const now = performance.now();
      const used = process.cpuUsage(cpu);
      // Under --expose-gc the heap figure is what is retained, not what V8 has not collected yet.
      (globalThis as { gc?: () => void }).gc?.();
      log(
        `  ${count}: ${(every / ((now - at) / 1000)).toFixed(0)} articles/s, ` +
          `CPU ${((used.user + used.system) / 1000 / every).toFixed(2)} ms/article, ` +
          `RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB (main-thread heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB), load ${loadavg()[0]!.toFixed(1)}`,
      );
      at = now;
      cpu = process.cpuUsage();
    },
  };
}

async function benchEmbedded(args: Args, articles: readonly SyntheticArticle[], dir: string): Promise<void> {
  const store = SqliteDocumentStore.open(join(dir, 'corpus.db'));
  await store.migrate();
  const corpus = new Corpus(store, createDefaultPipeline());
  const memory = memorySampler();
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const laps = lapLogger(Math.max(1000, Math.round(articles.length / 10)));
  let ids: string[];
  if (args.mode === 'pipeline') {
    const jsonl = writeJsonl(articles, dir);
    const pool = createAnalysisPool(args.workers, { batch: args.analysisBatch });
    await runIngest(store, corpus, pool, {
      runId: 'bench',
      inputs: [jsonl],
      onItem: () => laps.tick(),
    });
    await pool.close();
    ids = await journalIds(sqliteJournal(join(dir, 'corpus.db')), articles.length);
  } else {
    ids = articles.map((a, i) => `s${a.story}-${i}`);
    for (let i = 0; i < articles.length; i++) {
      // Commits in batches of 100, as `ingest` does per claimed batch.
      if (i % 100 === 0)
        await store.batch(async () => {
          for (let j = i; j < Math.min(i + 100, articles.length); j++)
            await corpus.add(prebuiltRecord(articles[j]!, ids[j]!));
        });
      laps.tick();
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const peak = memory.stop();
  const cpuMs = (cpu.user + cpu.system) / 1000 / articles.length;
  log(
    `ingested ${await store.countArticles()} of ${articles.length} articles in ${seconds.toFixed(1)} s: ` +
      `${(articles.length / seconds).toFixed(1)} articles/s; peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`,
  );
  // Store mode runs on one thread; the pipeline on the workers and this thread.
  const cores = args.mode === 'store' ? 1 : Math.min(availableParallelism(), args.workers + 1);
  log(
    `CPU (all threads of this process): ${cpuMs.toFixed(2)} ms per article ` +
      `(${(cpu.system / 1000 / articles.length).toFixed(2)} ms system): ${((cores * 1000) / cpuMs).toFixed(0)} articles/s ` +
      `on ${cores} free core(s); load average now ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
  );
  clusterQuality(articles, ids, await readAssignment(store));
  await queryLatencies(store);
  await store.close();
}

async function benchPostgres(args: Args, articles: readonly SyntheticArticle[], dir: string): Promise<void> {
  const url = args.pg!;
  const schema = `bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  const jsonl = writeJsonl(articles, dir);
  const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'cli', 'main.js');
  const started = performance.now();
  const codes = await Promise.all(
    Array.from(
      { length: args.processes },
      () =>
        new Promise<number>((resolve) => {
          const child = spawn(
            process.execPath,
            [
              cli,
              'ingest',
              jsonl,
              '--db',
              u.toString(),
              '--run',
              'bench',
              '--workers',
              '1',
              '--analysis-batch',
              String(args.analysisBatch),
              '--no-progress',
            ],
            { stdio: ['ignore', 'ignore', 'inherit'] },
          );
          child.on('exit', (code) => resolve(code ?? -1));
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const store = await PostgresDocumentStore.open(u.toString());
  log(
    `PostgreSQL, ${args.processes} processes (exit codes ${codes.join(', ')}): ingested ${await store.countArticles()} of ` +
      `${articles.length} in ${seconds.toFixed(1)} s: ${(articles.length / seconds).toFixed(1)} articles/s`,
  );
  const ids = await journalIds(
    async (sql) =>
      ((await admin.query(`SET search_path = ${schema}; ${sql}`)) as unknown as pg.QueryResult[])[1]!.rows,
    articles.length,
  );
  const pgAssignment = await readAssignment(store);
  clusterQuality(articles, ids, pgAssignment);
  await queryLatencies(store);
  await store.close();

  log('\nthe same corpus, one process, embedded SQLite:');
  const sqliteDir = join(dir, 'sqlite');
  const sqlite = SqliteDocumentStore.open(join(sqliteDir, 'corpus.db'));
  await sqlite.migrate();
  const pool = createAnalysisPool(args.workers, { batch: args.analysisBatch });
  const sqliteStarted = performance.now();
  await runIngest(sqlite, new Corpus(sqlite, createDefaultPipeline()), pool, {
    runId: 'bench',
    inputs: [jsonl],
  });
  await pool.close();
  const sqliteSeconds = (performance.now() - sqliteStarted) / 1000;
  log(
    `SQLite, 1 process, ${args.workers} worker threads: ${articles.length} in ${sqliteSeconds.toFixed(1)} s: ` +
      `${(articles.length / sqliteSeconds).toFixed(1)} articles/s; load average now ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
  );
  const sqliteAssignment = await readAssignment(sqlite);
  const sqliteIds = await journalIds(sqliteJournal(join(sqliteDir, 'corpus.db')), articles.length);
  await sqlite.close();
  // Compared over the input lines: which copy of a duplicated body got stored first
  // depends on arrival order, the grouping of the lines must not.
  const partition = (x: Assignment, which: readonly string[]) => {
    const groups = new Map<string, number[]>();
    which.forEach((id, line) => {
      const c = x.cluster.get(id) ?? `single:${id}`;
      groups.set(c, [...(groups.get(c) ?? []), line]);
    });
    return new Set([...groups.values()].map((g) => g.join(',')));
  };
  const a = partition(pgAssignment, ids);
  const b = partition(sqliteAssignment, sqliteIds);
  const differ = [...a].filter((g) => !b.has(g)).length;
  log(
    `clusters: PostgreSQL ${a.size}, SQLite ${b.size}; identical: ${differ === 0 && a.size === b.size ? 'yes' : `no (${differ} differ)`}`,
  );
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  try {
    const articles = generateStoryCorpus(args.n);
    const kinds = new Map<string, number>();
    for (const a of articles) kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
    log(
      `\n== corpus benchmark: ${args.n} synthetic articles (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}) ==`,
    );
    if (args.pg) {
      log(`mode: full pipeline, PostgreSQL, ${args.processes} ingest processes sharing one run`);
      await benchPostgres(args, articles, dir);
    } else if (args.mode === 'pipeline') {
      log(
        `mode: full default pipeline through \`ingest\` (JSONL → journal → ${args.workers} worker threads → SQLite), ` +
          (args.analysisBatch > 1
            ? `analysed stage by stage in batches of ${args.analysisBatch}`
            : 'analysed article by article'),
      );
      await benchEmbedded(args, articles, dir);
    } else {
      log(
        'mode: records pre-built by the generator (entities, quotes, figures), stored and clustered through',
      );
      log('      Corpus.add on SQLite — the analysis pipeline is NOT run in this mode');
      await benchEmbedded(args, articles, dir);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
