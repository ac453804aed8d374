/** Runs the NER benchmark alone: `npm run bench:ner` (COPYDESK_BENCH_NER_MB sets the size). */
import { benchNer } from '../src/bench/ner.js';

await benchNer((line) => process.stdout.write(`${line}\n`));
