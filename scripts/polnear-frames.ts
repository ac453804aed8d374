/**
 * Complement-frame candidates of a PolNeAR split, for the study of the attitude
 * attributions the tagger misses (session polnear-17): every word followed by `that`, `to`
 * or a wh-word with a subject before it (`Republicans believe | that`, `she hopes | to`),
 * what the tagger made of it, and whether the first annotator's gold has a cue over it
 * (with that attribution's source, cue and content, to read the annotators' span
 * conventions). Train is tagged cross-fitted (fold K's articles by the tagger that did not
 * see them: `--taggers fold0,fold1`), dev by the shipped tagger. Writes one JSON array.
 *
 *   npx tsx scripts/polnear-frames.ts --split train --taggers /tmp/fold0.bin.gz,/tmp/fold1.bin.gz --out FILE
 *   npx tsx scripts/polnear-frames.ts --split dev --out FILE
 *
 * Never reads `test`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Mention, Sentence, Token } from '../src/core/annotations.js';
import { partitionPoint, type Span } from '../src/core/span.js';
import { quotesUpstreamPipeline } from '../src/presets/quotes-runner.js';
import { articleFolds, readPolnearSplit } from '../src/stages/08-quotes/eval/polnear.js';
import { FIRST_NAMES, PERSON_FACTS } from '../src/stages/08-quotes/gender.js';
import { quotesInput } from '../src/stages/08-quotes/index.js';
import {
  GROUP_WORDS,
  NOT_VERBS,
  shape,
  subjectBefore,
} from '../src/stages/08-quotes/model/clause-context.js';
import { bucket, stem } from '../src/stages/08-quotes/model/features.js';
import { MODEL_PATH, type RoleSpan } from '../src/stages/08-quotes/model/tagger.js';
import { loadTagger, taggedArticle } from './boundary-training.js';
import { existingPath, existingPaths, option, polnearStudySplit } from './script-options.js';

/** Words that open a clausal complement. */
const COMPLEMENTISERS = new Set(['that', 'to', 'whether', 'if', 'how', 'why', 'what']);

interface FrameCandidate {
  /** The verb (the word before the complementiser). */
  readonly verb: Span;
  /** The verb group: auxiliaries, negation and adverbs before the verb, and the verb. */
  readonly group: Span;
  /** The tagger already tagged a span over the verb group. */
  readonly covered: boolean;
  readonly features: readonly string[];
  /** What the frame becomes as an attribution: cue, source (when found) and content. */
  readonly spans: readonly RoleSpan[];
}

/**
 * Every complement frame of the text: a word before a complementiser, not a function word,
 * with what the tagger made of it (`tagged`, the tagger's role spans) and a subject found
 * before its verb group where there is one.
 */
function frameCandidates(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  mentions: readonly Mention[],
  tagged: readonly RoleSpan[],
  cueRates: { readonly cueRates: readonly (readonly [string, number])[] },
): FrameCandidate[] {
  const rates = new Map(cueRates.cueRates);
  const out: FrameCandidate[] = [];
  const lower = (t: Token | undefined) => (t ? text.slice(t.start, t.end).toLowerCase() : '');
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const first = partitionPoint(tokens.length, (i) => tokens[i]!.start < sentence.start);
    let last = first;
    while (last < tokens.length && tokens[last]!.end <= sentence.end) last++;
    const taggedHere = tagged.filter((x) => x.start < sentence.end && sentence.start < x.end);
    for (let i = first; i + 1 < last; i++) {
      const v = tokens[i]!;
      const w = lower(v);
      const comp = lower(tokens[i + 1]);
      if (v.kind !== 'word' || !COMPLEMENTISERS.has(comp) || NOT_VERBS.has(w) || w.length < 3) continue;
      if (!/^\p{Ll}[\p{Ll}’'-]*$/u.test(text.slice(v.start, v.end))) continue;
      let g = i;
      while (g - 1 >= first && GROUP_WORDS.has(lower(tokens[g - 1]))) g--;
      const group = { start: tokens[g]!.start, end: v.end };
      const aux = tokens.slice(g, i).map((t) => lower(t));
      const subject = subjectBefore(text, tokens, first, g, mentions);
      const inside = taggedHere.filter((x) => x.start < group.end && group.start < x.end);
      const covered = inside.length > 0;
      const after = tokens[i + 2];
      const quotesBefore = (text.slice(sentence.start, v.start).match(/["“”]/gu) ?? []).length;
      const rate = rates.get(w) ?? 0;
      const negated = aux.some((a) => a === 'not' || a === "n't" || a === 'n’t' || a === 'never');
      const tense =
        aux.find((a) => !/^(not|n't|n’t|never)$/u.test(a) && !/ly$/u.test(a)) ??
        (/ed$/u.test(w) ? '#ed' : '#none');
      const taggedRoles = [...new Set(taggedHere.map((x) => x.role))].sort().join('+') || 'none';
      const f = [
        `w=${w}`,
        `stem=${stem(w)}`,
        `comp=${comp}`,
        `w+comp=${w}|${comp}`,
        `stem+comp=${stem(w)}|${comp}`,
        `after=${shape(after, text)}`,
        `comp+after=${comp}|${shape(after, text)}`,
        `subj=${subject.kind}`,
        `subj+comp=${subject.kind}|${comp}`,
        `subj+stem=${subject.kind}|${stem(w)}`,
        `tense=${tense}`,
        `neg=${negated}`,
        `prev=${shape(tokens[g - 1], text)}`,
        `rate=${rate}`,
        `rate+comp=${rate}|${comp}`,
        `rate+subj=${rate}|${subject.kind}`,
        `quote=${quotesBefore % 2}`,
        `headline=${s === 0}`,
        `tagged=${taggedRoles}`,
        `inside=${inside.map((x) => x.role).join('+') || 'none'}`,
        `pos=${bucket(i - first, [0, 1, 2, 4, 8, 16])}`,
        `suffix=${w.slice(-3)}`,
      ];
      const spans: RoleSpan[] = [{ role: 'cue', start: group.start, end: group.end }];
      if (subject.span && !subject.kind.startsWith('rel:')) spans.push({ role: 'source', ...subject.span });
      const contentStart = comp === 'that' && after ? after.start : tokens[i + 1]!.start;
      spans.push({ role: 'content', start: contentStart, end: tokens[last - 1]!.end });
      out.push({ verb: { start: v.start, end: v.end }, group, covered, features: f, spans });
    }
  }
  return out;
}

const data = existingPath('--data', '/work/shared/data/quotes/polnear');
const split = polnearStudySplit();
const out = option('--out', `/tmp/polnear-frames-${split}.json`);
const shipped = loadTagger(fileURLToPath(MODEL_PATH));
const folds = split === 'train' ? existingPaths('--taggers', '').map(loadTagger) : [];

const articles = readPolnearSplit(data, split);
const foldOf = articleFolds(articles, Math.max(1, folds.length));
const upstream = quotesUpstreamPipeline();
const base = {
  firstNames: upstream.resources.use(FIRST_NAMES),
  facts: upstream.resources.use(PERSON_FACTS),
  by: 'quotes',
};
const rows: unknown[] = [];
let n = 0;
for (const article of articles) {
  const tagger = folds.length > 0 ? folds[foldOf.get(article.name)!]! : shipped;
  const doc = await upstream.run(article.name, article.text);
  const input = quotesInput(doc);
  const { modelSpans } = taggedArticle(input, tagger, base);
  const offsets = doc.get('offsets');
  const raw = (s: number) => offsets.toSource(s);
  const rawEnd = (e: number) => offsets.toSource(e - 1) + 1;
  for (const c of frameCandidates(
    input.text,
    input.sentences,
    input.tokens,
    input.mentions,
    modelSpans,
    tagger,
  )) {
    const vs = raw(c.verb.start);
    const ve = rawEnd(c.verb.end);
    const gold = article.attributions.find((a) => a.cue.some((q) => q.start < ve && vs < q.end));
    const show = (spans: readonly { start: number; end: number }[]) =>
      spans.map((s) => article.text.slice(s.start, s.end).replace(/\s+/gu, ' ')).join(' … ');
    rows.push({
      article: article.name,
      features: c.features,
      covered: c.covered,
      label: gold !== undefined,
      context: input.text.slice(Math.max(0, c.verb.start - 80), c.verb.end + 80).replace(/\s+/gu, ' '),
      verb: input.text.slice(c.verb.start, c.verb.end),
      gold: gold ? { source: show(gold.source), cue: show(gold.cue), content: show(gold.content) } : null,
      predicted: c.spans.map((s) => ({ role: s.role, text: input.text.slice(s.start, s.end) })),
      exact: gold
        ? {
            source:
              c.spans.some((s) => s.role === 'source') &&
              gold.source.some((g) =>
                c.spans.some(
                  (s) => s.role === 'source' && raw(s.start) === g.start && rawEnd(s.end) === g.end,
                ),
              ),
            cue: gold.cue.some((g) =>
              c.spans.some((s) => s.role === 'cue' && raw(s.start) === g.start && rawEnd(s.end) === g.end),
            ),
          }
        : null,
    });
  }
  if (++n % 100 === 0) console.error(`${n} articles`);
}
writeFileSync(out, JSON.stringify(rows));
console.log(`${split}: ${rows.length} candidates written to ${out}`);
