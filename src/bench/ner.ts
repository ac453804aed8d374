/**
 * NER benchmark: model load time, tagging speed on one core with the model loaded,
 * and peak memory while tagging a generated ~100 MB stream of news-like text one
 * article at a time (memory should stay flat: nothing is kept between articles).
 * Speeds are per CPU-second of this process (process.cpuUsage), so that a busy shared
 * machine does not halve them; the wall time is printed too.
 * Size: COPYDESK_BENCH_NER_MB (default 100).
 */
import { loadList } from '../stages/06-ner/gazetteer-source.js';
import { seededRandom } from '../stages/06-ner/perceptron.js';
import { loadNerModel } from '../stages/06-ner/resource.js';
import { simpleTokenize } from '../stages/06-ner/simple-tokenizer.js';

const TEMPLATES = [
  '{CITY} ({AGENCY}) - {TITLE} {NAME} said on {DAY} that {ORG} would review its support for {COUNTRY}.',
  '{NAME}, who leads the {ORG} delegation, told reporters in {CITY} that talks with {COUNTRY} had stalled.',
  'Shares of {ORG} fell 3.2 percent after {NAME} warned that demand in {COUNTRY} was weakening.',
  '"We are not there yet," {TITLE} {NAME} said, adding that {COUNTRY} and {COUNTRY} had agreed to meet again.',
  'The {DEMONYM} government rejected the proposal on {DAY}, according to a statement from {ORG}.',
  'Officials in {CITY} said {NAME} would travel to {COUNTRY} next week for the {ORG} meeting.',
  'Analysts at {ORG} expect growth of about 2 percent this year, down from 2.7 percent in 2023.',
  'It was not immediately clear whether {NAME} had spoken to {TITLE} {NAME} before the vote.',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SYLLABLES = [
  'ka',
  'ri',
  'mo',
  'len',
  'dor',
  'vic',
  'sa',
  'ber',
  'to',
  'gun',
  'el',
  'zan',
  'hov',
  'ich',
];

/** A generator of news-like articles from templates and the gazetteer lists (seeded). */
function articleSource(seed: number): () => string {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const lists = {
    CITY: loadList('cities').slice(0, 3000),
    COUNTRY: loadList('countries').filter((c) => !c.includes(' ')),
    ORG: loadList('organizations'),
    TITLE: ['President', 'Minister', 'Senator', 'Governor', 'spokesman', 'Chancellor', 'General'],
    DEMONYM: loadList('demonyms').filter((d) => /^[A-Z][a-z]+$/.test(d)),
    AGENCY: ['Reuters', 'AP', 'AFP'],
    FIRST: loadList('first-names'),
    DAY: DAYS,
  };
  const surname = () => {
    const n = 2 + Math.floor(random() * 2);
    let s = '';
    for (let i = 0; i < n; i++) s += pick(SYLLABLES);
    return s[0]!.toUpperCase() + s.slice(1);
  };
  return () => {
    const sentences: string[] = [];
    const count = 8 + Math.floor(random() * 12);
    for (let i = 0; i < count; i++) {
      sentences.push(
        pick(TEMPLATES).replace(/\{(\w+)\}/g, (_, key: string) =>
          key === 'NAME' ? `${pick(lists.FIRST)} ${surname()}` : pick(lists[key as keyof typeof lists]),
        ),
      );
    }
    return sentences.join(' ');
  };
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

export async function benchNer(log: (line: string) => void): Promise<void> {
  const targetMb = Number(process.env.COPYDESK_BENCH_NER_MB ?? 100);
  const loadStarted = performance.now();
  const loadCpu = process.cpuUsage();
  const ner = loadNerModel();
  const loadUsed = process.cpuUsage(loadCpu);
  const loadMs = performance.now() - loadStarted;
  log(
    `ner: model load ${loadMs.toFixed(0)} ms wall, ${((loadUsed.user + loadUsed.system) / 1000).toFixed(0)} ms CPU ` +
      '(read, parse, build the feature index)',
  );

  const next = articleSource(42);
  // Warm up the JIT on a few articles before timing.
  for (let i = 0; i < 200; i++) ner.tagger.tagLabels(simpleTokenize(next()));

  const target = targetMb * 1_000_000;
  let bytes = 0;
  let tokens = 0;
  let articles = 0;
  let mentions = 0;
  let tagMs = 0;
  let tokenizeMs = 0;
  const wallStart = performance.now();
  const rssStart = process.memoryUsage().rss;
  let rssPeak = rssStart;
  while (bytes < target) {
    const text = next();
    const t0 = process.cpuUsage();
    const seq = simpleTokenize(text);
    const t1 = process.cpuUsage();
    mentions += ner.tagger.tag(seq).length;
    const t2 = process.cpuUsage();
    tagMs += (t2.user + t2.system - t1.user - t1.system) / 1000;
    tokenizeMs += (t1.user + t1.system - t0.user - t0.system) / 1000;
    bytes += text.length;
    tokens += seq.starts.length;
    articles++;
    if (articles % 2000 === 0) rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  log(
    `ner: tagged ${articles.toLocaleString('en-US')} articles, ${(bytes / 1e6).toFixed(0)} MB, ` +
      `${tokens.toLocaleString('en-US')} tokens, ${mentions.toLocaleString('en-US')} mentions`,
  );
  const wallS = (performance.now() - wallStart) / 1000;
  log(
    `ner: tagging ${Math.round((tokens * 1000) / tagMs).toLocaleString('en-US')} tokens per CPU-second ` +
      '(one core, model loaded; CPU time, so other load on the machine does not count)',
  );
  log(
    `ner: with the bench tokenizer ${Math.round((tokens * 1000) / (tagMs + tokenizeMs)).toLocaleString('en-US')} tokens per CPU-second`,
  );
  log(`ner: wall time ${wallS.toFixed(1)} s for the whole stream`);
  log(`ner: RSS at start ${mb(rssStart)}, peak ${mb(rssPeak)} (streaming: one article in memory at a time)`);
}
