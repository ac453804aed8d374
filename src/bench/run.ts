/**
 * `npm run bench`: every benchmark section, each comparing copydesk with a peer
 * measured in the same run. Speed targets live here, never in unit tests.
 * `npm run bench -- text` runs one section.
 */
import { benchLinking } from './linking.js';
import { benchNer } from './ner.js';
import { benchPipeline } from './pipeline.js';
import { benchTextPipeline } from './text-pipeline.js';

type Section = (log: (line: string) => void) => Promise<void>;

const SECTIONS: Readonly<Record<string, Section>> = {
  text: benchTextPipeline,
  ner: benchNer,
  pipeline: benchPipeline,
  link: benchLinking,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !(w in SECTIONS));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: unknown section ${unknown.join(', ')} (have: ${Object.keys(SECTIONS).join(', ')})\n`,
    );
    process.exitCode = 2;
    return;
  }
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`copydesk bench — node ${process.version}, ${new Date().toISOString()}`);
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    log('');
    await section(log);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 70;
});
