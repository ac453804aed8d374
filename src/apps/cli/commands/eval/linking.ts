/**
 * `copydesk eval linking --gold FILE.jsonl`: repair accuracy on positives and false
 * repairs on traps. One case per line:
 *
 *   {"id":"…","date":"YYYY-MM-DD","text":"…","mentions":[
 *     {"surface":"Mark Root","canonical":["Mark Rutte"]},
 *     {"surface":"Mark Root","canonical":null,"trap":"Mark Rutte"}]}
 *
 * The n-th gold mention with a given surface is the n-th occurrence of that surface in
 * the text, occurrences inside a longer gold surface not counted. A positive is right when the entity over that occurrence has one of the
 * `canonical` names (as its canonical name, or as a name or alias of it and of no other KB
 * entity); a trap is a false repair when it is linked to the `trap` entity (the same way).
 * Last line: `accuracy <a> false-repairs <f>`.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Entity } from '../../../../core/annotations.js';
import { CopydeskError } from '../../../../core/errors.js';
import { Pipeline } from '../../../../core/pipeline.js';
import { Resources } from '../../../../core/resources.js';
import type { Stage } from '../../../../core/stage.js';
import { isNameOrAlias } from '../../../../kb/model.js';
import { normalizeName } from '../../../../kb/names.js';
import { knowledgeBaseResource } from '../../../../kb/resource.js';
import { describeZodError, lineError } from '../../../../kb/sources/jsonl.js';
import { activeKbPath, loadKnowledgeBase } from '../../../../kb/store.js';
import type { KnowledgeBase } from '../../../../ports/knowledge-base.js';
import { analyze } from '../../../../presets/analyze.js';
import { defaultStages } from '../../../../presets/default.js';
import { linkStage } from '../../../../stages/07-link/index.js';
import { gazetteerMentions } from '../../../../stages/07-link/interim/gazetteer-mentions.js';
import { linkDocument } from '../../../../stages/07-link/link-document.js';
import type { CommandModule } from '../../command.js';

const goldSchema = z
  .object({
    id: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
    text: z.string().min(1),
    mentions: z
      .array(
        z.union([
          z.object({ surface: z.string().min(1), canonical: z.array(z.string().min(1)).min(1) }).strict(),
          z.object({ surface: z.string().min(1), canonical: z.null(), trap: z.string().min(1) }).strict(),
        ]),
      )
      .min(1),
  })
  .strict();
export type LinkingCase = z.infer<typeof goldSchema>;

/** Reads and validates a gold file; every problem is `file:line: reason`. */
export function readGold(path: string): LinkingCase[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CopydeskError('INPUT_NOT_FOUND', `cannot read gold file ${path}`);
  }
  const out: LinkingCase[] = [];
  const ids = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw lineError(path, i + 1, `not valid JSON (${(error as Error).message})`);
    }
    const parsed = goldSchema.safeParse(json);
    if (!parsed.success) throw lineError(path, i + 1, describeZodError(parsed.error));
    if (ids.has(parsed.data.id)) throw lineError(path, i + 1, `duplicate id ${parsed.data.id}`);
    ids.add(parsed.data.id);
    for (const m of parsed.data.mentions) {
      if (!parsed.data.text.includes(m.surface))
        throw lineError(path, i + 1, `"${m.surface}" is not in the text`);
    }
    out.push(parsed.data);
  });
  if (out.length === 0) throw new CopydeskError('INPUT_EMPTY', `${path}: no cases`);
  return out;
}

/** Where mentions come from: the default pipeline (when a stage of it finds mentions) or the interim finder. */
export type MentionsMode = 'pipeline' | 'interim';

/** `pipeline` when the default pipeline has a stage that assigns `mentions` (NER merged), else `interim`. */
export function autoMentionsMode(): MentionsMode {
  return defaultStages().some((s) => s.assigns.includes('mentions')) ? 'pipeline' : 'interim';
}

/**
 * Builds the function that gives the entities of one article. `pipeline`: the default
 * pipeline from src/presets/ (plus the link stage if it is not in it yet) run on the text
 * with `meta.published = date`. `interim`: mentions from capitalised-word runs typed by
 * the KB (src/stages/07-link/interim/), linked directly — only until NER is merged.
 */
export function linkingAnalyzer(
  kb: KnowledgeBase,
  mode: MentionsMode,
): (text: string, date: string) => Promise<Entity[]> {
  if (mode === 'interim') {
    return async (text, date) => {
      const { sentences, mentions, tokens } = gazetteerMentions(text, kb);
      return linkDocument(kb, { text, sentences, mentions, tokens, date });
    };
  }
  const stages = defaultStages();
  if (!stages.some((s) => s.assigns.includes('mentions'))) {
    throw new CopydeskError(
      'USAGE',
      'the default pipeline finds no mentions yet (no NER stage): use --mentions interim',
    );
  }
  if (!stages.some((s) => s.name === linkStage.name)) stages.push(linkStage as unknown as Stage);
  const pipeline = Pipeline.build(stages, { resources: new Resources().provide(knowledgeBaseResource, kb) });
  return async (text, date) => {
    const raw = {
      content: text,
      mediaType: 'text/plain' as const,
      origin: { kind: 'inline' as const, label: 'gold' },
      byteLength: Buffer.byteLength(text),
    };
    const doc = await analyze(pipeline, raw, { meta: { published: date } });
    return [...(doc.maybe('entities') ?? [])];
  };
}

export interface CaseResult {
  readonly id: string;
  readonly surface: string;
  readonly expected: string;
  readonly got: string;
  readonly ok: boolean;
  readonly trap: boolean;
}

type Span = { readonly start: number; readonly end: number };

/**
 * The n-th occurrence of `surface` in `text` (0-based n), as a span, not counting an
 * occurrence that lies inside one of `within` (the spans of longer gold surfaces). A writer
 * lists words, so occurrences inside a longer word ("Georgia" in "Georgian Dream") are passed
 * over — unless the surface stands nowhere else, when it is taken where it stands.
 */
function occurrence(text: string, surface: string, n: number, within: readonly Span[] = []): Span | null {
  return nthOccurrence(text, surface, n, within, true) ?? nthOccurrence(text, surface, n, within, false);
}

function nthOccurrence(
  text: string,
  surface: string,
  n: number,
  within: readonly Span[],
  wholeWords: boolean,
): Span | null {
  let from = 0;
  for (let i = 0; ; ) {
    const at = text.indexOf(surface, from);
    if (at < 0) return null;
    from = at + 1;
    const end = at + surface.length;
    if (within.some((w) => w.start <= at && end <= w.end)) continue;
    if (wholeWords && (wordCharAt(text, at - 1) || wordCharAt(text, end))) continue;
    if (i === n) return { start: at, end };
    i++;
  }
}

/** Whether `text[i]` is a letter or digit (false outside the text). */
function wordCharAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!);
}

/**
 * Where the case's gold surfaces stand, each by its own n-th occurrence: the writer lists
 * "Hunter Biden" and then "Biden" for the "President Biden" after it, so a shorter surface
 * skips the occurrences inside a longer gold surface — those are the longer mention's —
 * unless it stands nowhere else ("Kazan" of "the Kazan Kremlin", listed as a name of its own).
 */
function goldSpans(c: LinkingCase): (Span | null)[] {
  const plainSeen = new Map<string, number>();
  const plain = c.mentions.map((m) => {
    const n = plainSeen.get(m.surface) ?? 0;
    plainSeen.set(m.surface, n + 1);
    return occurrence(c.text, m.surface, n);
  });
  const seen = new Map<string, number>();
  return c.mentions.map((m, i) => {
    const n = seen.get(m.surface) ?? 0;
    seen.set(m.surface, n + 1);
    const longer = c.mentions.flatMap((o, j) => {
      const span = plain[j];
      return span && o.surface.length > m.surface.length && o.surface.includes(m.surface) ? [span] : [];
    });
    return occurrence(c.text, m.surface, n, longer) ?? (longer.length > 0 ? (plain[i] ?? null) : null);
  });
}

/**
 * Whether a gold name names a KB entity: the gold writer lists the names they know, the KB
 * may file the entity under another ("USAID" under "US Agency for International
 * Development"). True when `name` is a name or alias of the entity with id `kbId` and of
 * no other entity (an ambiguous name, "Labour Party", proves nothing).
 */
export type NamesEntity = (name: string, kbId: string) => boolean;

/**
 * {@link NamesEntity} over a knowledge base: names and aliases that resolve to one entity
 * only, and names with a Wikipedia-style qualifier that the entity agrees with
 * ({@link qualifiedNameAgrees}).
 */
export function namesEntityIn(kb: KnowledgeBase): NamesEntity {
  const named = (name: string, kbId: string): boolean | null => {
    const ids = new Set(
      kb
        .lookup(name)
        .filter(isNameOrAlias)
        .map((h) => h.entity.id),
    );
    return ids.size > 0 ? ids.size === 1 && ids.has(kbId) : null;
  };
  return (name, kbId) => {
    // "Georgia (U.S. state)" names what the KB files as "Georgia (US state)": initials with
    // or without their dots are one spelling.
    const undotted = withoutInitialDots(name);
    return (
      named(name, kbId) ??
      (undotted !== name ? named(undotted, kbId) : null) ??
      qualifiedNameAgrees(kb, name, kbId)
    );
  };
}

/** Dotted initials written without their dots: "U.S. state" → "US state", "D.C." → "DC". */
export function withoutInitialDots(name: string): string {
  return name.replace(/(?<![\p{L}.])(?:\p{Lu}\.){2,}/gu, (initials) => initials.replaceAll('.', ''));
}

/**
 * The KB's own name of an entity without the Wikipedia-style qualifier in brackets that it
 * files a common word under ("Signal (messaging app)" → "Signal"): the qualifier only tells
 * it apart from the word, the entity is still named by the word. A comma form is left whole,
 * since there the part after the comma is often part of the name ("Washington, D.C.").
 */
function withoutOwnQualifier(canonical: string): string {
  return /^(.+?)\s*\([^()]+\)$/.exec(canonical)?.[1] ?? canonical;
}

/** "Portland, Oregon" / "Georgia (country)": the name and its qualifier, or null. */
function splitQualifier(name: string): { base: string; qualifier: string } | null {
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(name) ?? /^([^,]+),\s*([^,]+)$/.exec(name);
  return m ? { base: m[1]!.trim(), qualifier: m[2]!.trim() } : null;
}

/**
 * Whether a gold name written with a Wikipedia-style qualifier — "X, Y" or "X (Y)" — names
 * the KB entity `kbId`: X must be its name or an alias, and Y must agree with it, by one of
 *
 * - its kind or description: every word of Y in them ("Georgia (country)", "New York
 *   (state)"), or Y's last word its kind ("Tisza (political party)" of a party);
 * - its country: Y names the entity's country ("Cuenca, Ecuador", "Labour Party (UK)");
 * - a region of its country ("Portland, Oregon": Oregon a KB region of the US) when the KB
 *   has no other entity of that name and type in the country — the KB does not say which
 *   Portland of the US it holds, so with two the qualifier cannot be checked and the name
 *   is not accepted.
 */
export function qualifiedNameAgrees(kb: KnowledgeBase, name: string, kbId: string): boolean {
  const split = splitQualifier(name);
  const entity = kb.get(kbId);
  if (!split || !entity) return false;
  const base = normalizeName(split.base);
  const names = [entity.name, ...entity.names.filter(isNameOrAlias).map((n) => n.text)];
  if (!names.some((n) => normalizeName(n) === base)) return false;
  const qualifier = normalizeName(split.qualifier);
  const profile = ` ${normalizeName(`${entity.description ?? ''} ${entity.kind ?? ''}`)} `;
  const words = qualifier.split(' ');
  if (words.every((w) => profile.includes(` ${w} `))) return true;
  if (entity.kind && words[words.length - 1] === normalizeName(entity.kind)) return true;
  if (!entity.country) return false;
  const places = kb.lookup(split.qualifier).filter((h) => h.entity.type === 'location');
  if (places.some((h) => h.entity.kind === 'country' && h.entity.country === entity.country)) return true;
  const region = places.some((h) => h.entity.kind !== 'country' && h.entity.country === entity.country);
  if (!region) return false;
  const namesakes = kb
    .lookup(split.base)
    .filter(
      (h) => h.entity.type === entity.type && h.entity.country === entity.country && h.entity.id !== kbId,
    );
  return namesakes.length === 0;
}

/**
 * Whether a trap's name means the entity `kbId`: a name several KB entities bear ("Valencia")
 * means the most prominent of them, the one a gold writer warns against — a town of
 * Venezuela linked for "Valencia, Venezuela's third city" is no false repair.
 */
export type MeansEntity = (name: string, kbId: string) => boolean;

/** {@link MeansEntity} over a knowledge base. */
export function meansEntityIn(kb: KnowledgeBase): MeansEntity {
  return (name, kbId) => {
    const bearers = kb
      .lookup(name)
      .filter(isNameOrAlias)
      .map((h) => h.entity);
    const self = bearers.find((e) => e.id === kbId);
    if (!self) return true;
    return !bearers.some((e) => e.id !== kbId && e.prominence > self.prominence);
  };
}

export function scoreCase(
  c: LinkingCase,
  entities: readonly Entity[],
  namesEntity: NamesEntity = () => false,
  meansEntity: MeansEntity = () => true,
): CaseResult[] {
  const spans = goldSpans(c);
  return c.mentions.map((m, i) => {
    const span = spans[i] ?? null;
    // The entity whose mention matches the span exactly, else the tightest overlapping one
    // (a name inside an event mention belongs to the name).
    let entity: Entity | undefined;
    let bestExtra = Number.POSITIVE_INFINITY;
    for (const e of span ? entities : []) {
      for (const x of e.mentions) {
        if (!span || x.end <= span.start || span.end <= x.start) continue;
        const extra = Math.abs(x.start - span.start) + Math.abs(x.end - span.end);
        if (extra < bestExtra) {
          bestExtra = extra;
          entity = e;
        }
      }
    }
    const linked = entity?.kbId ? entity.name : null;
    const kbId = entity?.kbId ?? null;
    const isNamed = (name: string) =>
      linked !== null &&
      kbId !== null &&
      (normalizeName(name) === normalizeName(linked) ||
        normalizeName(name) === normalizeName(withoutOwnQualifier(linked)) ||
        namesEntity(name, kbId));
    if (m.canonical === null) {
      const falseRepair = isNamed(m.trap) && meansEntity(m.trap, kbId!);
      return {
        id: c.id,
        surface: m.surface,
        expected: `not ${m.trap}`,
        got: linked ?? 'NIL',
        ok: !falseRepair,
        trap: true,
      };
    }
    const ok = m.canonical.some(isNamed);
    return {
      id: c.id,
      surface: m.surface,
      expected: m.canonical.join(' | '),
      got: linked ?? (entity ? 'NIL' : 'no mention'),
      ok,
      trap: false,
    };
  });
}

export interface LinkingScores {
  readonly positives: number;
  readonly correct: number;
  readonly traps: number;
  readonly falseRepairs: number;
  readonly accuracy: number;
  readonly falseRepairRate: number;
}

export function summarize(results: readonly CaseResult[]): LinkingScores {
  const positives = results.filter((r) => !r.trap);
  const traps = results.filter((r) => r.trap);
  const correct = positives.filter((r) => r.ok).length;
  const falseRepairs = traps.filter((r) => !r.ok).length;
  return {
    positives: positives.length,
    correct,
    traps: traps.length,
    falseRepairs,
    accuracy: positives.length ? correct / positives.length : 0,
    falseRepairRate: traps.length ? falseRepairs / traps.length : 0,
  };
}

export const linkingEval: CommandModule = (group: Command) => {
  group
    .command('linking')
    .description('entity linking and name repair: accuracy on positives, false repairs on traps')
    .requiredOption('--gold <file>', 'gold cases, one JSON object per line')
    .option('--kb <path>', 'knowledge-base file (default: user KB, else the shipped one)')
    .option('--errors', 'list every wrong case')
    .option('--mentions <mode>', 'pipeline | interim (default: pipeline once a stage finds mentions)')
    .action(async (options: { gold: string; kb?: string; errors?: boolean; mentions?: string }) => {
      const mode = (options.mentions ?? autoMentionsMode()) as MentionsMode;
      if (mode !== 'pipeline' && mode !== 'interim') {
        throw new CopydeskError('USAGE', `--mentions must be pipeline or interim, not "${options.mentions}"`);
      }
      const cases = readGold(options.gold);
      const loadStart = performance.now();
      const kb = loadKnowledgeBase(options.kb ?? activeKbPath());
      const loadMs = performance.now() - loadStart;
      const analyzer = linkingAnalyzer(kb, mode);
      const results: CaseResult[] = [];
      const started = performance.now();
      const namesEntity = namesEntityIn(kb);
      const meansEntity = meansEntityIn(kb);
      for (const c of cases)
        results.push(...scoreCase(c, await analyzer(c.text, c.date), namesEntity, meansEntity));
      const ms = performance.now() - started;
      const s = summarize(results);
      const out: string[] = [];
      if (options.errors) {
        for (const r of results.filter((x) => !x.ok)) {
          out.push(
            `${r.trap ? 'FALSE REPAIR' : 'WRONG'}  ${r.id}  "${r.surface}"  expected ${r.expected}, got ${r.got}`,
          );
        }
      }
      out.push(
        `cases ${cases.length} (mentions: ${mode}; KB load ${loadMs.toFixed(0)} ms; ${(ms / cases.length).toFixed(2)} ms/case)`,
        `positives ${s.positives}  correct ${s.correct}  accuracy ${s.accuracy.toFixed(3)}`,
        `traps ${s.traps}  false repairs ${s.falseRepairs}  rate ${s.falseRepairRate.toFixed(3)}`,
        `accuracy ${s.accuracy.toFixed(3)} false-repairs ${s.falseRepairRate.toFixed(3)}`,
      );
      process.stdout.write(`${out.join('\n')}\n`);
    });
};
