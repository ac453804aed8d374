/**
 * `copydesk extract FILE|URL`: the extraction stage alone — the article's text, structure
 * and metadata from an HTML page or a text file, or from a URL fetched safely.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { fetchArticle } from '../../../adapters/fetch-http/index.js';
import { CopydeskError } from '../../../core/errors.js';
import type { RawInput } from '../../../core/meta.js';
import { DEFAULT_MAX_INPUT_BYTES, decodeInput } from '../../../stages/01-input/decode.js';
import { type ExtractedArticle, extractArticle } from '../../../stages/02-extract/index.js';
import type { CommandModule } from '../command.js';

interface Options {
  format: string;
  allowPrivate?: boolean;
  maxBytes?: string;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

function readLocal(path: string, maxBytes: number): RawInput {
  if (path === '-') return decodeInput(readFileSync(0), { origin: { kind: 'stdin' }, maxBytes });
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CopydeskError('INPUT_IS_DIRECTORY', `${path} is a directory, not a file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CopydeskError('INPUT_NOT_FOUND', `${path}: no such file`);
    throw new CopydeskError('INPUT_UNREADABLE', `${path}: cannot be read (${code ?? 'error'})`);
  }
  return decodeInput(bytes, { origin: { kind: 'file', path }, maxBytes });
}

export async function loadForExtraction(
  target: string,
  options: { allowPrivate?: boolean; maxBytes?: number },
): Promise<{ raw: RawInput; url: string | null }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (!isUrl(target)) return { raw: readLocal(target, maxBytes), url: null };
  const page = await fetchArticle(target, { allowPrivate: options.allowPrivate ?? false, maxBytes });
  const raw = decodeInput(page.bytes, {
    origin: { kind: 'url', url: page.finalUrl },
    contentType: page.contentType,
    maxBytes,
  });
  return { raw, url: page.finalUrl };
}

function asJson(article: ExtractedArticle): string {
  return JSON.stringify(
    {
      meta: article.meta,
      method: article.method,
      reason: article.reason,
      text: article.source,
      blocks: article.blocks.map((b) => ({ ...b, text: article.source.slice(b.start, b.end) })),
      signals: article.signals,
    },
    null,
    2,
  );
}

function asText(article: ExtractedArticle): string {
  const m = article.meta;
  const head = [
    ['Title', m.title],
    ['Authors', m.authors.join('; ') || null],
    ['Published', m.published],
    ['Modified', m.modified],
    ['Publisher', m.publisher],
    ['URL', m.canonicalUrl ?? m.url],
    ['Language', m.language],
    ['Image', m.image ? [m.image.url, m.image.caption, m.image.credit].filter(Boolean).join(' — ') : null],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${v}`);
  return `${head.join('\n')}\n\n${article.source}`;
}

export const extractCommand: CommandModule = (program: Command) => {
  program
    .command('extract')
    .description('extract the article (text, structure, metadata) from an HTML page, a text file or a URL')
    .argument('<input>', 'a file, - for standard input, or an http(s) URL')
    .option('--format <format>', 'json or text', 'text')
    .option('--allow-private', 'allow URLs on private, loopback and link-local addresses')
    .option('--max-bytes <n>', 'largest input accepted, in bytes')
    .action(async (input: string, options: Options) => {
      if (options.format !== 'json' && options.format !== 'text') {
        throw new CopydeskError('USAGE', `--format must be json or text, not "${options.format}"`);
      }
      const maxBytes = options.maxBytes ? Number(options.maxBytes) : undefined;
      if (maxBytes !== undefined && !(maxBytes > 0))
        throw new CopydeskError('USAGE', '--max-bytes takes a positive number');
      const { raw, url } = await loadForExtraction(input, {
        allowPrivate: options.allowPrivate ?? false,
        maxBytes,
      });
      const article = extractArticle({ content: raw.content, mediaType: raw.mediaType, url });
      if (article.blocks.length === 0) {
        throw new CopydeskError('INPUT_EMPTY', `${input}: ${article.reason ?? 'no article text found'}`);
      }
      process.stdout.write(`${options.format === 'json' ? asJson(article) : asText(article)}\n`);
    });
};
