/**
 * The human-readable report of one analysis: what a journalist wants to see first.
 * Sections whose stage has not run say so in one line instead of printing nothing,
 * so "no quotes found" and "quotes not analysed" never look alike.
 */
import type { AnalysisJson, PendingLayer } from '../../core/analysis.js';
import type { EntityType } from '../../core/annotations.js';

type Entity = AnalysisJson['entities'][number];

const ENTITY_SECTIONS: readonly { type: EntityType; title: string }[] = [
  { type: 'person', title: 'People' },
  { type: 'organization', title: 'Organizations' },
  { type: 'location', title: 'Places' },
  { type: 'event', title: 'Events' },
  { type: 'misc', title: 'Other names' },
];

export interface ReportOptions {
  /** Wrap width for the body text excerpt and long lines. */
  readonly width?: number;
  readonly showText?: boolean;
}

export function renderReport(a: AnalysisJson, options: ReportOptions = {}): string {
  const out: string[] = [];
  const pending = new Set<PendingLayer>(a.pending);
  const heading = (title: string) => out.push('', title, '-'.repeat(title.length));
  const notYet = (layer: PendingLayer, what: string) => {
    if (!pending.has(layer)) return false;
    out.push(`  (${what} not analysed: that stage is not in this pipeline yet)`);
    return true;
  };

  out.push(a.meta.title ?? '(untitled)', '='.repeat(Math.min(78, (a.meta.title ?? '(untitled)').length)));
  const facts: [string, string | null][] = [
    ['Publisher', a.meta.publisher],
    ['Authors', a.meta.authors.length > 0 ? a.meta.authors.join(', ') : null],
    ['Published', a.meta.published],
    ['URL', a.meta.canonicalUrl ?? a.meta.url],
    ['Language', a.meta.language],
  ];
  for (const [label, value] of facts) if (value) out.push(`${label.padEnd(10)} ${value}`);
  const words = a.text.split(/\s+/).filter(Boolean).length;
  out.push(
    `${'Length'.padEnd(10)} ${words} words, ${a.sentences.length} sentences, ${a.paragraphs.length} paragraphs`,
  );

  heading('Source & provenance');
  if (!pending.has('provenance')) {
    const { scores, originalPublisher } = a.provenance;
    out.push(`  Likely original publisher: ${originalPublisher ?? 'unknown'}`);
    out.push(
      `  Scraped copy: ${score(scores.scraped)}   Machine-translated: ${score(scores.machineTranslated)}`,
    );
  } else {
    out.push(
      '  (scraping and machine-translation scores not analysed: that stage is not in this pipeline yet)',
    );
  }
  if (a.provenance.signals.length === 0) out.push('  No provenance signals found.');
  for (const s of a.provenance.signals)
    out.push(`  • ${s.kind}: ${s.value}${s.detail ? ` (${s.detail})` : ''}`);

  for (const section of ENTITY_SECTIONS) {
    const entities = a.entities.filter((e) => e.type === section.type);
    if (section.type === 'event' || section.type === 'misc') {
      if (entities.length === 0) continue;
    }
    heading(section.title);
    if (notYet('entities', 'names')) continue;
    if (entities.length === 0) out.push('  None found.');
    for (const e of sortByMentions(entities)) out.push(`  • ${describeEntity(e)}`);
  }

  heading('Quotes by speaker');
  if (!notYet('quotes', 'quotes')) {
    if (a.quotes.length === 0) out.push('  None found.');
    for (const [speaker, quotes] of groupBySpeaker(a.quotes)) {
      out.push(`  ${speaker}`);
      for (const q of quotes) {
        const cue = q.cue ? `, ${q.cue.text}` : '';
        out.push(`    [${q.kind}${cue}] ${oneLine(q.text, 160)}`);
      }
    }
  }

  heading('Figures & dates');
  if (!notYet('figures', 'figures')) {
    if (a.figures.length === 0) out.push('  No figures found.');
    for (const f of a.figures) {
      const subject = f.subject ? ` — ${f.subject}` : '';
      const value = f.kind === 'year' ? String(f.value) : `${formatValue(f.value)} ${f.unit}`;
      out.push(`  • ${f.text} (${f.kind}: ${value})${subject}`);
    }
  }
  if (!pending.has('dates')) {
    if (a.dates.length === 0) out.push('  No dates found.');
    for (const d of a.dates)
      out.push(`  • ${d.text} → ${d.value}${d.relative ? ' (relative to the article date)' : ''}`);
  }

  heading('Removed debris');
  if (!notYet('removed', 'debris')) {
    if (a.removed.length === 0) out.push('  Nothing removed.');
    for (const r of a.removed) out.push(`  • ${r.kind}: ${oneLine(r.text, 120)}`);
  }

  if (options.showText) {
    heading('Clean text');
    out.push(a.text);
  }
  return `${out.join('\n')}\n`;
}

function describeEntity(e: Entity): string {
  const surfaces = [...new Set(e.mentions.filter((m) => m.repaired).map((m) => m.text))];
  const count = e.mentions.length === 1 ? '1 mention' : `${e.mentions.length} mentions`;
  if (surfaces.length === 0) return `${e.name} (${count}${e.kbId ? `, ${e.kbId}` : ''})`;
  const evidence = e.evidence.map(
    (ev) => `${ev.kind}: ${ev.detail}${ev.score ? ` ${ev.score.toFixed(2)}` : ''}`,
  );
  return `${surfaces.join(', ')} → ${e.name} (${[...evidence, count].join('; ')})`;
}

function sortByMentions(entities: readonly Entity[]): Entity[] {
  return [...entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** A speaker as the report prints it: an unnamed source says so, with whom it speaks for. */
function speakerLabel(speaker: AnalysisJson['quotes'][number]['speaker']): string {
  if (!speaker) return 'Unattributed';
  if (!speaker.anonymous) return speaker.name;
  const affiliation = speaker.affiliation ? `, for ${speaker.affiliation.name}` : '';
  return `${speaker.name} (unnamed source${affiliation})`;
}

function groupBySpeaker(quotes: AnalysisJson['quotes']): Map<string, AnalysisJson['quotes'][number][]> {
  const groups = new Map<string, AnalysisJson['quotes'][number][]>();
  for (const q of quotes) {
    const key = speakerLabel(q.speaker);
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return groups;
}

function score(value: number | null): string {
  return value === null ? 'not scored' : `${Math.round(value * 100)}%`;
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
