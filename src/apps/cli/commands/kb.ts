/**
 * `copydesk kb …`: inspect and extend the knowledge base.
 *
 *   copydesk kb show NAME|ID      every field of the entities known under NAME (or with ID)
 *   copydesk kb search TEXT       ranked matches (exact, partial, sound-alike)
 *   copydesk kb stats             counts
 *   copydesk kb import FILE       Wikidata JSON dump (.json/.json.gz/.json.bz2) or CSV
 *   copydesk kb add --type … --name … [--alias …] [--role Role@Org:from..to] …
 *
 * Reads use `--kb PATH`, else the user KB when it exists, else the shipped KB. Writes use
 * `--kb PATH`, else the user KB, which is first copied from the shipped one: the package
 * itself is never written.
 */
import type { Command } from 'commander';
import { ENTITY_TYPES, type EntityType } from '../../../core/annotations.js';
import { CopydeskError } from '../../../core/errors.js';
import { formatEntity, formatEntityLine } from '../../../kb/format.js';
import { csvRecordToEntity, importCsv } from '../../../kb/import/csv.js';
import { planMerge } from '../../../kb/import/merge.js';
import { importWikidataDump } from '../../../kb/import/wikidata.js';
import type { KbEntity } from '../../../kb/model.js';
import { activeKbPath, loadKnowledgeBase, SqliteKnowledgeBase, userKbPath } from '../../../kb/store.js';
import type { KnowledgeBase } from '../../../ports/knowledge-base.js';
import type { CommandModule } from '../command.js';

interface KbOption {
  readonly kb?: string;
}

function readKb(options: KbOption): KnowledgeBase {
  return loadKnowledgeBase(options.kb ?? activeKbPath());
}

function writeKb(options: KbOption): SqliteKnowledgeBase {
  return new SqliteKnowledgeBase(options.kb ?? userKbPath());
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

async function importFile(file: string, format: string | undefined): Promise<KbEntity[]> {
  const kind =
    format ?? (/\.csv$/i.test(file) ? 'csv' : /\.json(l)?(\.gz|\.bz2)?$/i.test(file) ? 'wikidata' : null);
  if (kind === 'csv') return importCsv(file);
  if (kind === 'wikidata') return (await importWikidataDump(file)).entities;
  throw new CopydeskError('USAGE', `cannot tell the format of ${file}: use --format wikidata|csv`);
}

export const kbCommand: CommandModule = (program: Command) => {
  const kb = program.command('kb').description('inspect and extend the knowledge base');
  const kbOption = ['--kb <path>', 'knowledge-base file (default: user KB, else the shipped one)'] as const;

  kb.command('show')
    .description('show the entities known under a name, alias or id')
    .argument('<name>', 'name, alias or id')
    .option(...kbOption)
    .option('--json', 'print JSON')
    .action((name: string, options: KbOption & { json?: boolean }) => {
      const base = readKb(options);
      const byId = base.get(name);
      const found = byId ? [byId] : base.lookup(name).map((h) => h.entity);
      if (found.length === 0)
        throw new CopydeskError('NOT_FOUND', `no entity named "${name}" (try: copydesk kb search)`);
      print(options.json ? JSON.stringify(found, null, 2) : found.map(formatEntity).join('\n\n'));
    });

  kb.command('search')
    .description('search names: exact, then partial, then sound-alike')
    .argument('<text>', 'text to search for')
    .option(...kbOption)
    .option('--limit <n>', 'most results', '20')
    .action((text: string, options: KbOption & { limit: string }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new CopydeskError('USAGE', '--limit must be a positive integer');
      const found = readKb(options).search(text, limit);
      if (found.length === 0) throw new CopydeskError('NOT_FOUND', `nothing matches "${text}"`);
      print(found.map(formatEntityLine).join('\n'));
    });

  kb.command('stats')
    .description('count entities, names, roles and hosts')
    .option(...kbOption)
    .action((options: KbOption) => {
      const s = readKb(options).stats();
      print(
        [
          `entities ${s.entities}`,
          ...Object.entries(s.byType).map(([t, n]) => `  ${t} ${n}`),
          `names ${s.names}`,
          `roles ${s.roles}`,
          `hosts ${s.hosts}`,
        ].join('\n'),
      );
    });

  kb.command('import')
    .description('import a Wikidata JSON dump (.json/.json.gz/.json.bz2) or a CSV file into the user KB')
    .argument('<file>', 'file to import')
    .option(...kbOption)
    .option('--format <format>', 'wikidata | csv (default: from the file name)')
    .action(async (file: string, options: KbOption & { format?: string }) => {
      if (options.format && options.format !== 'wikidata' && options.format !== 'csv') {
        throw new CopydeskError('USAGE', `--format must be wikidata or csv, not "${options.format}"`);
      }
      const entities = await importFile(file, options.format);
      const target = writeKb(options);
      try {
        const plan = planMerge(target, entities);
        const removed = target.remove(plan.remove);
        const n = target.upsert(plan.upsert);
        print(
          `imported ${n} entities into ${options.kb ?? userKbPath()}${removed ? ` (replacing ${removed} hand-made)` : ''}`,
        );
      } finally {
        target.close();
      }
    });

  kb.command('add')
    .description('add (or replace) one entity in the user KB')
    .requiredOption('--type <type>', ENTITY_TYPES.join('|'))
    .requiredOption('--name <name>', 'canonical name')
    .option('--id <id>', 'id (default: a slug such as cd:person/jane-doe)')
    .option('--alias <alias>', 'another name (repeatable)', collect)
    .option('--description <text>', 'short description')
    .option('--country <code>', 'ISO 3166-1 alpha-2 code')
    .option('--gender <gender>', 'male|female')
    .option('--born <year>', 'year of birth')
    .option('--prominence <n>', '1..5', '2')
    .option('--kind <kind>', 'organisation or place kind')
    .option('--role <spec>', 'Role@Org or Role@Org:from..to (repeatable)', collect)
    .option('--domain <host>', 'web domain an outlet publishes from (repeatable)', collect)
    .option('--image-host <host>', 'image/CDN host (repeatable)', collect)
    .option(...kbOption)
    .action((options: Record<string, string | string[] | undefined> & KbOption) => {
      const join = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join('|') : (v ?? ''));
      let entity: KbEntity;
      try {
        entity = csvRecordToEntity({
          id: join(options.id),
          type: join(options.type) as EntityType,
          name: join(options.name),
          aliases: join(options.alias),
          description: join(options.description),
          country: join(options.country),
          gender: join(options.gender),
          born: join(options.born),
          prominence: join(options.prominence),
          kind: join(options.kind),
          roles: join(options.role),
          domains: join(options.domain),
          image_hosts: join(options.imageHost),
        });
      } catch (error) {
        throw new CopydeskError('USAGE', (error as Error).message);
      }
      const target = writeKb(options);
      try {
        target.upsert([entity]);
        print(`added ${formatEntityLine(entity)}`);
      } finally {
        target.close();
      }
    });
};
