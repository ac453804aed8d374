/**
 * Where PolNeAR's missed attributions are: every gold attribution of a split (first
 * annotator, as the eval scores) that the stage under POLNEAR_CONVENTIONS missed — no
 * predicted cue overlaps its cue and no predicted content overlaps its content — classed by
 * its cue's kind, by what the tagger and the rules made of it before grouping and merging,
 * and by where its cue sits.
 *
 *   npx tsx scripts/polnear-misses.ts [--data DIR] [--split dev] [--examples CLASS] [--tagger FILE]
 *
 * Cue kinds: speech verb (a word of the stage's speech-verb lexicon), `according to`,
 * transcript colon, noun (a nominal head: `criticism of`, `a pledge`), attitude or belief
 * verb (any other cue). Stages: the tagger tagged a cue over the gold cue (then grouping or
 * the cue filter or the merge dropped it), tagged only its content or source, tagged nothing of it; and
 * whether the rules had a quote over it. Also: the misses in the headline (the first line),
 * the best cue rate of a cue's words (the model file's buckets, 0 unseen) for found and
 * missed attributions, and the tagger's orphans (a tagged span no output attribution
 * kept) by whether they overlap gold. `--examples CLASS` prints the misses whose class
 * (`kind / stage`) starts with CLASS (or `headline`, or `orphan ROLE`), in context.
 * Never reads `test`.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OffsetMap } from '../src/core/offsets.js';
import type { Span } from '../src/core/span.js';
import { quotesUpstreamPipeline } from '../src/presets/quotes-runner.js';
import {
  mapAttribution,
  type PolnearAttribution,
  quoteToPolnear,
  readPolnearSplit,
} from '../src/stages/08-quotes/eval/polnear.js';
import { extractQuotes } from '../src/stages/08-quotes/extract.js';
import { FIRST_NAMES, PERSON_FACTS } from '../src/stages/08-quotes/gender.js';
import { POLNEAR_CONVENTIONS, quotesInput } from '../src/stages/08-quotes/index.js';
import { SPEECH_VERB_FORMS } from '../src/stages/08-quotes/lexicon.js';
import { CONTENT_ENDS } from '../src/stages/08-quotes/model/content-ends.js';
import { CONTENT_STARTS } from '../src/stages/08-quotes/model/content-starts.js';
import { CUE_FILTER_PATH, CueFilter, filterCues } from '../src/stages/08-quotes/model/cue-filter.js';
import { MODEL_PATH, type RoleSpan } from '../src/stages/08-quotes/model/tagger.js';
import { loadTagger, taggedArticle } from './boundary-training.js';
import { existingPath, option, polnearStudySplit } from './script-options.js';

const data = existingPath('--data', '/work/shared/data/quotes/polnear');
const split = polnearStudySplit();
const examplesOf = option('--examples', '');
const tagger = loadTagger(existingPath('--tagger', fileURLToPath(MODEL_PATH)));
const rates = new Map(tagger.cueRates);
const cueFilter = CueFilter.load(readFileSync(CUE_FILTER_PATH));

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const anyOverlap = (as: readonly Span[], bs: readonly Span[]) =>
  as.some((a) => bs.some((b) => overlaps(a, b)));

/** A nominal head: a derivational noun ending, or a determiner or possessive before it. */
const NOUN_ENDING = /(?:tion|sion|ment|ism|ance|ence|ity|ure|ness|ship|al)s?$/u;
const DETERMINER = /(?:\b(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those)|'s|’s)\s+$/iu;

function cueKind(text: string, cue: readonly Span[]): string {
  const words = cue.map((c) => text.slice(c.start, c.end).toLowerCase()).join(' ');
  if (words.includes('according')) return 'according to';
  if (words.trim() === ':') return 'colon';
  const list = words.split(/[^\p{L}'’-]+/u).filter(Boolean);
  if (list.some((w) => SPEECH_VERB_FORMS.has(w))) return 'speech verb';
  const first = cue[0]!;
  const head = list.find((w) => w.length > 3) ?? list[0] ?? '';
  if (DETERMINER.test(text.slice(Math.max(0, first.start - 8), first.start)) || NOUN_ENDING.test(head))
    return 'noun';
  return 'attitude/belief verb';
}

/** The tagger's or the rules' spans in raw-file offsets. */
function rawSpans(spans: readonly RoleSpan[], offsets: OffsetMap): RoleSpan[] {
  return spans.map((s) => ({
    role: s.role,
    start: offsets.toSource(s.start),
    end: s.end > s.start ? offsets.toSource(s.end - 1) + 1 : offsets.toSource(s.end),
  }));
}

function stageOf(gold: PolnearAttribution, tagged: readonly RoleSpan[], rules: readonly RoleSpan[]): string {
  const of = (role: string) => tagged.filter((s) => s.role === role);
  const ruled = anyOverlap(
    rules.map((s) => s),
    [...gold.cue, ...gold.content],
  )
    ? ', rules had it'
    : '';
  if (anyOverlap(of('cue'), gold.cue)) return `tagger cue, dropped after${ruled}`;
  if (anyOverlap(of('content'), gold.content)) return `tagger content only${ruled}`;
  if (anyOverlap(of('source'), gold.source)) return `tagger source only${ruled}`;
  if (anyOverlap(tagged, gold.cue)) return `cue tagged as another role${ruled}`;
  return `tagger nothing${ruled}`;
}

/** Where the cue sits: before its content, after it, or inside it; first sentence of the paragraph or not. */
function placeOf(text: string, gold: PolnearAttribution): string {
  const cue = gold.cue[0]!;
  const c = gold.content;
  const side =
    c.length === 0
      ? 'no content'
      : cue.start >= c[c.length - 1]!.end
        ? 'cue after content'
        : cue.end <= c[0]!.start
          ? 'cue before content'
          : 'cue inside content';
  const paraStart = Math.max(text.lastIndexOf('\n\n', cue.start), 0);
  const before = text.slice(paraStart, cue.start);
  const firstSentence = !/[.!?]["”’]?\s+\p{Lu}/u.test(before);
  return `${side}, ${firstSentence ? 'first sentence' : 'later sentence'}`;
}

const articles = readPolnearSplit(data, split);
const upstream = quotesUpstreamPipeline();
const base = {
  firstNames: upstream.resources.use(FIRST_NAMES),
  facts: upstream.resources.use(PERSON_FACTS),
  by: 'quotes',
};
const counts = new Map<string, number>();
const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const cueWords = new Map<string, number>();
const show = (text: string, s: Span) =>
  `${text.slice(Math.max(0, s.start - 60), s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 60)}`.replace(
    /\s+/gu,
    ' ',
  );
let total = 0;
for (const article of articles) {
  const doc = await upstream.run(article.name, article.text);
  const input = quotesInput(doc);
  const { marked, ruleSpans, modelSpans: taggerSpans } = taggedArticle(input, tagger, base);
  // The stage under POLNEAR_CONVENTIONS groups the tagger's spans less the cues the cue
  // filter rejects (a gold cue rejected there counts below as tagged, dropped after).
  const modelSpans = filterCues(
    input.text,
    input.sentences,
    input.tokens,
    input.mentions,
    taggerSpans,
    rates,
    cueFilter,
  );
  const quotes = extractQuotes(marked, {
    ...base,
    modelSpans,
    indirect: POLNEAR_CONVENTIONS.indirect!,
    modelOverQuotes: true,
    modelKeep: 'all',
    joinContinued: false,
    contentEnds: upstream.resources.use(CONTENT_ENDS),
    contentStarts: upstream.resources.use(CONTENT_STARTS),
  });
  const offsets = doc.get('offsets');
  const predicted = quotes.map((q) => mapAttribution(quoteToPolnear(marked.text, q), offsets));
  const tagged = rawSpans(taggerSpans, offsets);
  const rules = rawSpans(ruleSpans, offsets);
  const text = article.text;
  const golds = article.attributions;
  for (const role of ['source', 'content', 'cue'] as const) {
    const key = role === 'source' ? 'source' : role === 'cue' ? 'cue' : 'content';
    for (const s of tagged.filter((t) => t.role === role)) {
      if (predicted.some((p) => p[key].some((q) => overlaps(q, s)))) continue;
      const hit = golds.filter((g) => g[key].some((q) => overlaps(q, s)));
      const missedGold = hit.filter(
        (g) =>
          !predicted.some((p) => anyOverlap(p.cue, g.cue)) &&
          !predicted.some((p) => anyOverlap(p.content, g.content)),
      );
      bump(
        `orphan ${role} | ${hit.length === 0 ? 'no gold' : missedGold.length > 0 ? 'gold of a missed attribution' : 'gold of a found attribution'}`,
      );
      if (examplesOf === `orphan ${role}`)
        console.log(
          `${article.name} ${hit.length ? (missedGold.length ? 'MISSED' : 'found') : 'none'}: ${show(text, s)}`,
        );
    }
  }
  const seen = new Set<string>();
  for (const gold of article.attributions) {
    const key = JSON.stringify([gold.cue, gold.content]);
    if (seen.has(key) || gold.cue.length === 0) continue;
    seen.add(key);
    total++;
    if (gold.cue[0]!.start < text.indexOf('\n')) bump('headline | all');
    const found =
      predicted.some((p) => anyOverlap(p.cue, gold.cue)) ||
      predicted.some((p) => anyOverlap(p.content, gold.content));
    const rate = Math.max(
      0,
      ...gold.cue.flatMap((c) =>
        text
          .slice(c.start, c.end)
          .toLowerCase()
          .split(/[^\p{L}'’:-]+/u)
          .map((w) => rates.get(w) ?? 0),
      ),
    );
    bump(`cue rate (best word, 0 unseen) ${found ? 'found' : 'missed'} | ${rate}`);
    if (found) continue;
    const kind = cueKind(text, gold.cue);
    const stage = stageOf(gold, tagged, rules);
    const place = placeOf(text, gold);
    if (gold.cue[0]!.start < text.indexOf('\n')) bump('headline | missed');
    bump(`kind | ${kind}`);
    bump(`stage | ${stage}`);
    bump(`kind × stage | ${kind} / ${stage.replace(/, rules had it$/u, '')}`);
    bump(`place | ${place}`);
    bump('missed');
    const cueText = gold.cue
      .map((c) => text.slice(c.start, c.end).toLowerCase())
      .join(' … ')
      .replace(/\s+/gu, ' ');
    cueWords.set(cueText, (cueWords.get(cueText) ?? 0) + 1);
    const inHeadline = gold.cue[0]!.start < text.indexOf('\n');
    if (
      examplesOf &&
      (`${kind} / ${stage}`.startsWith(examplesOf) || (examplesOf === 'headline' && inHeadline))
    ) {
      console.log(`${article.name} [${cueText}] ${place}`);
      console.log(`  cue: ${show(text, gold.cue[0]!)}`);
      for (const c of gold.content)
        console.log(`  content: ${text.slice(c.start, c.end).replace(/\s+/gu, ' ')}`);
      const near = tagged.filter((s) => Math.abs(s.start - gold.cue[0]!.start) < 200);
      console.log(`  tagged: ${near.map((s) => `${s.role}:${text.slice(s.start, s.end)}`).join(' | ')}`);
    }
  }
}
console.log(`${split}: ${total} gold attributions with a cue, ${counts.get('missed') ?? 0} missed`);
for (const [key, n] of [...counts].sort((a, b) => a[0].localeCompare(b[0]) || b[1] - a[1]))
  console.log(`${key.padEnd(70)} ${n}`);
console.log('most frequent missed cues:');
console.log(
  [...cueWords]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([w, n]) => `${w} ${n}`)
    .join(', '),
);
