/**
 * Profiling aid: N passes of the linker over one group of the link-dump inputs (answers
 * dropped before each pass), nothing written. Run under `node --cpu-prof` via tsx, or with
 * `--alloc OUT.heapprofile` for a sampling profile of every allocation of the passes, the
 * garbage included (open it in Chrome DevTools' Memory tab):
 *
 *   npx tsx scripts/link-prof.ts CACHE.json [group] [passes] [--alloc OUT.heapprofile]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { knowledgeBaseResource } from '../src/kb/resource.js';
import { defaultResources } from '../src/presets/resources.js';
import { forgetLinkAnswers, linkDocument } from '../src/stages/07-link/index.js';
import { groupOf, timePasses } from './stage-dump.js';

const args = process.argv.slice(2);
const allocAt = args.indexOf('--alloc');
const allocOut = allocAt >= 0 ? args.splice(allocAt, 2)[1] : undefined;
const [cache, group = 'news', passes = '20'] = args;
if (!cache) {
  process.stderr.write(
    'usage: tsx scripts/link-prof.ts CACHE.json [group] [passes] [--alloc OUT.heapprofile]\n',
  );
  process.exit(2);
}
type Input = Parameters<typeof linkDocument>[1] & { readonly id: string };
const inputs = (JSON.parse(readFileSync(cache, 'utf8')) as Input[]).filter((i) => groupOf(i.id) === group);
const kb = defaultResources().use(knowledgeBaseResource);
const t0 = performance.now();
linkDocument(kb, inputs[0]!);
process.stdout.write(`first document (KB load + warm-up): ${(performance.now() - t0).toFixed(0)} ms\n`);
const session = allocOut ? new Session() : null;
if (session) {
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}
timePasses(inputs, Number(passes), (doc) => linkDocument(kb, doc), {
  beforePass: () => forgetLinkAnswers(kb),
});
if (session && allocOut) {
  const { profile } = await session.post('HeapProfiler.stopSampling');
  writeFileSync(allocOut, JSON.stringify(profile));
  process.stdout.write(`allocation profile → ${allocOut}\n`);
}
