/**
 * Corpus queries: `copydesk search`, `quotes`, `entity`, `story` and `export`. Each
 * opens the corpus (`--db`, `$COPYDESK_DB`, or the per-user default), answers one page,
 * and prints text or JSON. Unknown ids and names are NOT_FOUND (exit 9), bad dates
 * USAGE (exit 2), an unreachable database STORAGE (exit 10).
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { stringify } from 'csv-stringify';
import { openCorpusStore } from '../../../adapters/open-store.js';
import type { AnalysisJson } from '../../../core/analysis.js';
import { CopydeskError } from '../../../core/errors.js';
import { activeKbPath, loadKnowledgeBase } from '../../../kb/store.js';
import {
  type CorpusEntity,
  type CorpusStore,
  EXPORT_COLUMNS,
  type ExportKind,
  type StoredArticle,
} from '../../../ports/document-store.js';
import { parseArticleDate } from '../../../presets/analyze.js';
import type { CommandModule } from '../command.js';
import { parseCount } from './options.js';

interface Common {
  readonly db?: string;
  readonly format: 'text' | 'json';
}
interface Paging {
  readonly limit: string;
  readonly offset: string;
}

const out = (text: string) => process.stdout.write(text);

function common(cmd: Command): Command {
  return cmd
    .option(
      '--db <path|url>',
      'corpus: a SQLite file or postgres://… (default: $COPYDESK_DB or the per-user corpus)',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'),
    );
}

function paging(cmd: Command, limit = '20'): Command {
  return cmd.option('--limit <n>', 'results per page', limit).option('--offset <n>', 'results to skip', '0');
}

function page(flags: Paging): { limit: number; offset: number } {
  const limit = parseCount(flags.limit, '--limit', 1);
  if (limit > 1000) throw new CopydeskError('USAGE', '--limit must be at most 1000');
  return { limit, offset: parseCount(flags.offset, '--offset', 0) };
}

function date(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return parseArticleDate(value);
  } catch {
    throw new CopydeskError('USAGE', `${name} "${value}" is not a date of the form YYYY-MM-DD`);
  }
}

async function withStore<T>(db: string | undefined, fn: (store: CorpusStore) => Promise<T>): Promise<T> {
  const store = await openCorpusStore(db, { poolSize: 2 });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The corpus entity a user names: an entity id, a KB id, or a name (exact match first). */
export async function resolveEntity(store: CorpusStore, name: string): Promise<CorpusEntity> {
  const candidates = await store.findEntities(name, 25);
  const wanted = name.trim().toLowerCase();
  const found =
    candidates.find((c) => c.kbId === name || c.name.toLowerCase() === wanted) ??
    (/^\d+$/.test(name) ? await store.getEntity(name) : null) ??
    candidates[0];
  if (!found) throw new CopydeskError('NOT_FOUND', `no entity "${name}" in the corpus`);
  return found;
}

export const searchCommand: CommandModule = (program) => {
  paging(common(program.command('search')))
    .description('full-text search of the corpus, with filters')
    .argument('[query]', 'words (all must match); "quoted phrases" match as phrases', '')
    .option('--speaker <name>', 'articles quoting this person')
    .option('--entity <name>', 'articles mentioning this entity')
    .option('--publisher <name>', 'articles from this publisher')
    .option('--cluster <id>', 'articles of this story cluster')
    .option('--since <YYYY-MM-DD>', 'published on or after')
    .option('--until <YYYY-MM-DD>', 'published on or before')
    .action(
      async (
        text: string,
        flags: Common &
          Paging & {
            speaker?: string;
            entity?: string;
            publisher?: string;
            cluster?: string;
            since?: string;
            until?: string;
          },
      ) => {
        const since = date(flags.since, '--since');
        const until = date(flags.until, '--until');
        const { limit, offset } = page(flags);
        await withStore(flags.db, async (store) => {
          const speaker = flags.speaker ? await resolveEntity(store, flags.speaker) : undefined;
          const entity = flags.entity ? await resolveEntity(store, flags.entity) : undefined;
          const result = await store.searchArticles({
            text,
            since,
            until,
            publisher: flags.publisher,
            clusterId: flags.cluster,
            speakerId: speaker?.id,
            entityId: entity?.id,
            limit,
            offset,
          });
          if (flags.format === 'json') return out(`${JSON.stringify(result)}\n`);
          out(
            `${result.total} article(s)${result.total > limit ? `, ${offset + 1}–${offset + result.items.length}` : ''}\n`,
          );
          for (const hit of result.items) {
            out(`\n${hit.id}  ${hit.published?.slice(0, 10) ?? 'undated'}  ${hit.publisher ?? '—'}\n`);
            out(`  ${hit.title ?? '(untitled)'}\n  ${oneLine(hit.snippet)}\n`);
          }
        });
      },
    );
};

export const quotesCommand: CommandModule = (program) => {
  paging(common(program.command('quotes')))
    .description('quotes by a speaker over time, newest first')
    .requiredOption('--speaker <name>', 'the speaker (name, KB id or entity id)')
    .option('--since <YYYY-MM-DD>', 'published on or after')
    .option('--until <YYYY-MM-DD>', 'published on or before')
    .action(async (flags: Common & Paging & { speaker: string; since?: string; until?: string }) => {
      const since = date(flags.since, '--since');
      const until = date(flags.until, '--until');
      const { limit, offset } = page(flags);
      await withStore(flags.db, async (store) => {
        const entity = (await store.findEntities(flags.speaker, 25)).length
          ? await resolveEntity(store, flags.speaker)
          : null;
        // A speaker the corpus never linked to an entity can still be found by name.
        const result = await store.listQuotes(
          entity
            ? { speakerId: entity.id, since, until, limit, offset }
            : { speakerName: flags.speaker, since, until, limit, offset },
        );
        if (flags.format === 'json') return out(`${JSON.stringify(result)}\n`);
        out(`${result.total} quote(s) by ${entity?.name ?? flags.speaker}\n`);
        for (const q of result.items) {
          out(
            `\n${q.published?.slice(0, 10) ?? 'undated'}  [${q.kind}]  ${q.articleId}\n  ${oneLine(q.text)}\n`,
          );
        }
      });
    });
};

export const entityCommand: CommandModule = (program) => {
  common(program.command('entity'))
    .description('an entity across the corpus: roles, names seen, mentions over time, co-mentioned entities')
    .argument('<name>', 'a name, KB id or corpus entity id')
    .action(async (name: string, flags: Common) => {
      await withStore(flags.db, async (store) => {
        const found = await resolveEntity(store, name);
        const entity = await store.getEntity(found.id);
        if (!entity) throw new CopydeskError('NOT_FOUND', `no entity "${name}" in the corpus`);
        const kb = entity.kbId ? kbEntry(entity.kbId) : null;
        if (flags.format === 'json') return out(`${JSON.stringify({ ...entity, kb })}\n`);
        out(
          `${entity.name}  (${entity.type}${entity.kbId ? `, ${entity.kbId}` : ', not in the knowledge base'})\n`,
        );
        if (kb?.description) out(`${kb.description}\n`);
        out(`${entity.articleCount} article(s), ${entity.mentionCount} mention(s)\n`);
        if (kb && kb.roles.length > 0) {
          out('\nRoles\n');
          for (const r of kb.roles) out(`  ${r.role}, ${r.org}  ${r.from ?? '?'} – ${r.to ?? 'now'}\n`);
        }
        out('\nNames seen\n');
        for (const s of entity.surfaces)
          out(`  ${s.text}${s.repaired ? ` → ${entity.name} (repaired)` : ''}  ×${s.count}\n`);
        out('\nMentions over time (articles / quotes)\n');
        for (const t of entity.timeline) out(`  ${t.month}  ${t.articles} / ${t.quotes}\n`);
        out('\nCo-mentioned\n');
        for (const c of entity.coMentioned.slice(0, 15))
          out(`  ${c.entity.name} (${c.entity.type})  ${c.articles}\n`);
      });
    });
};

function kbEntry(kbId: string) {
  try {
    return loadKnowledgeBase(activeKbPath()).get(kbId) ?? null;
  } catch {
    return null; // No knowledge base here: the corpus data is still worth showing.
  }
}

export const storyCommand: CommandModule = (program) => {
  common(program.command('story'))
    .description("an article's story cluster: the original, its copies, and how each copy differs")
    .argument('<article-id>', 'any article of the cluster')
    .action(async (id: string, flags: Common) => {
      await withStore(flags.db, async (store) => {
        const article = await store.getArticle(id);
        if (!article) throw new CopydeskError('NOT_FOUND', `no article "${id}" in the corpus`);
        const cluster = article.clusterId ? await store.getCluster(article.clusterId) : null;
        const members = cluster?.members ?? [{ ...article, relation: null, similarity: null }];
        const originalId = cluster?.originalId ?? article.id;
        const original = originalId === article.id ? article : await store.getArticle(originalId);
        const details = [];
        const ordered = [...members].sort(
          (a, b) => Number(b.id === originalId) - Number(a.id === originalId),
        );
        for (const m of ordered.slice(0, 200)) {
          const full = m.id === article.id ? article : await store.getArticle(m.id);
          details.push({
            ...m,
            names: full && original && m.id !== originalId ? nameDifferences(full, original) : [],
          });
        }
        // Verbatim copies are stored once, as the article: where else each text was seen.
        const sightings = await store.listSightings(details.map((m) => m.id));
        const seenElsewhere = (id: string) => sightings.filter((s) => s.articleId === id);
        if (flags.format === 'json') {
          return out(
            `${JSON.stringify({
              clusterId: cluster?.id ?? null,
              originalId,
              members: details.map((m) => ({ ...m, verbatimCopies: seenElsewhere(m.id) })),
            })}\n`,
          );
        }
        const copies =
          sightings.length > 0
            ? ` and ${sightings.length} verbatim cop${sightings.length === 1 ? 'y' : 'ies'}`
            : '';
        out(`Story ${cluster?.id ?? '(not clustered)'}: ${members.length} article(s)${copies}\n`);
        for (const m of details) {
          const tag = m.id === originalId ? 'ORIGINAL' : (m.relation ?? 'member');
          const sim =
            m.similarity === null || m.id === originalId ? '' : `  similarity ${m.similarity.toFixed(2)}`;
          out(
            `\n${tag.padEnd(18)} ${m.id}  ${m.published?.slice(0, 10) ?? 'undated'}  ${m.publisher ?? '—'}${sim}\n`,
          );
          out(`  ${m.title ?? '(untitled)'}\n`);
          for (const d of m.names) out(`  ${d}\n`);
          for (const s of seenElsewhere(m.id)) {
            out(
              `  verbatim copy      ${s.published?.slice(0, 10) ?? 'undated'}  ${s.publisher ?? '—'}  ${s.url ?? s.sourceRef}\n`,
            );
          }
        }
      });
    });
};

/** How a copy's names differ from the original's: repaired surfaces, names left out. */
export function nameDifferences(copy: StoredArticle, original: StoredArticle): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const e of copy.analysis.entities) {
    for (const m of e.mentions) {
      const key = `${m.text}→${e.name}`;
      if (!m.repaired || seen.has(key)) continue;
      seen.add(key);
      const via = e.evidence.some((v) => v.kind === 'corpus-alignment') ? ' (aligned with the original)' : '';
      lines.push(`"${m.text}" → ${e.name}${via}`);
    }
  }
  const names = (a: AnalysisJson) => new Set(a.entities.map((e) => e.name));
  const copyNames = names(copy.analysis);
  const missing = [...names(original.analysis)].filter((n) => !copyNames.has(n));
  if (missing.length > 0) lines.push(`not in this copy: ${missing.slice(0, 8).join(', ')}`);
  return lines;
}

export const exportCommand: CommandModule = (program) => {
  program
    .command('export')
    .description('stream the corpus as JSON Lines or CSV on standard output')
    .option(
      '--db <path|url>',
      'corpus: a SQLite file or postgres://… (default: $COPYDESK_DB or the per-user corpus)',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'),
    )
    .addOption(
      new Option('--what <table>', 'what to export')
        .choices(['articles', 'entities', 'quotes', 'figures', 'sightings'])
        .default('articles'),
    )
    .action(async (flags: { db?: string; format: 'jsonl' | 'csv'; what: ExportKind }) => {
      await withStore(flags.db, async (store) => {
        const csv =
          flags.format === 'csv'
            ? stringify({ header: true, columns: [...EXPORT_COLUMNS[flags.what]] })
            : null;
        const done = csv
          ? new Promise<void>((resolve, reject) => csv.on('end', resolve).on('error', reject))
          : null;
        csv?.on('data', (chunk: Buffer) => process.stdout.write(chunk));
        let after: number | null = 0;
        while (after !== null) {
          const result = await store.exportPage(flags.what, after, 500);
          for (const row of result.rows) {
            if (csv) {
              // Respect back-pressure: a slow consumer must not make the export buffer everything.
              if (!csv.write(row)) await new Promise((resolve) => csv.once('drain', resolve));
            } else if (!process.stdout.write(`${JSON.stringify(row)}\n`)) {
              await new Promise((resolve) => process.stdout.once('drain', resolve));
            }
          }
          after = result.next;
        }
        csv?.end();
        await done;
      });
    });
};

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
