/**
 * Provenance of one article: how likely it is a scraped copy and a machine-translated
 * one, who most likely published it first, and the clues behind each. Cross-article
 * evidence (the story cluster) is added by the corpus, not here.
 */
import type { ProvenanceSignal, Removed } from '../../core/annotations.js';
import type { NewsDoc } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import { findDateline } from '../04-segment/dateline.js';
import { OUTLETS, type OutletDirectory } from './outlets.js';
import { type Clue, noisyOr, repeated } from './scores.js';
import { findSpunPhrases } from './spun-phrases.js';
import { findTranslationArtifacts } from './translation-artifacts.js';

const BY = 'provenance';

/** Weight of each kind of debris as evidence of scraping. */
const DEBRIS_WEIGHTS: Partial<Record<Removed['kind'], number>> = {
  'source-link': 0.7,
  'image-url': 0.45,
  caption: 0.2,
  'photo-credit': 0.2,
  'read-more': 0.15,
  share: 0.1,
};

export const provenanceStage = defineStage({
  name: 'provenance',
  version: '1',
  description: 'scores an article as scraped / machine-translated and names its likely original publisher',
  requires: ['source', 'text', 'removed', 'signals'],
  assigns: ['provenance', 'signals'],
  defaultConfig: {},
  run(doc, { resources }) {
    const outlets = resources.use(OUTLETS);
    const newSignals: ProvenanceSignal[] = [];
    const signal = (
      kind: ProvenanceSignal['kind'],
      value: string,
      detail: string | null,
      confidence: number,
    ) => newSignals.push({ kind, value, detail, by: BY, confidence: round(confidence) });

    const mtClues: Clue[] = [];
    // Cleanup reports the artifacts it repaired; count those, and add signals only for the rest.
    const reported = new Set(
      doc
        .get('signals')
        .filter((s) => s.kind === 'translation-artifact')
        .map((s) => s.value),
    );
    for (const artifact of findTranslationArtifacts(doc.get('source'))) {
      const weight = repeated(artifact.weight, artifact.count);
      mtClues.push({ reason: artifact.description, weight });
      if (!reported.has(artifact.id)) {
        signal(
          'translation-artifact',
          artifact.id,
          `${artifact.description}; ${artifact.count}×, e.g. "${artifact.example}"`,
          weight,
        );
      }
    }
    const spun = findSpunPhrases(doc.text);
    for (const phrase of spun) {
      signal('translation-artifact', phrase.spun, `odd substitute for "${phrase.original}"`, 0.45);
      mtClues.push({ reason: `"${phrase.spun}" for "${phrase.original}"`, weight: 0.45 });
    }
    const repairs = repairedNames(doc);
    for (const repair of repairs) {
      signal('repaired-name', repair.surface, `mangled form of ${repair.name}`, 0.4);
      mtClues.push({ reason: `mangled name ${repair.surface}`, weight: 0.4 });
    }
    const machineTranslated = noisyOr(mtClues);

    const scrapedClues: Clue[] = [];
    for (const [kind, count] of countBy(doc.get('removed'), (r) => r.kind)) {
      const weight = DEBRIS_WEIGHTS[kind];
      if (weight) scrapedClues.push({ reason: `${kind} debris`, weight: repeated(weight, count, 2) });
    }
    for (const _ of repairs) scrapedClues.push({ reason: 'mangled name', weight: 0.35 });
    if (spun.length > 0) scrapedClues.push({ reason: 'spun phrases', weight: 0.3 });
    scrapedClues.push({ reason: 'machine translation', weight: machineTranslated * 0.5 });
    const canonicalElsewhere = canonicalHostElsewhere(doc);
    if (canonicalElsewhere) scrapedClues.push({ reason: 'canonical URL on another site', weight: 0.6 });
    const scraped = noisyOr(scrapedClues);

    const dateline = findDateline(doc.text);
    // The extractor reports the dateline it met in the copy ("BERLIN (AP)"); a second signal
    // for the same words would show the reader one clue twice.
    const reportedDateline = doc
      .get('signals')
      .some((s) => s.kind === 'dateline' && dateline?.text.startsWith(s.value));
    if (dateline && !reportedDateline) signal('dateline', dateline.agency, dateline.text, 0.8);
    const originalPublisher = pickOriginalPublisher(
      doc,
      outlets,
      canonicalElsewhere,
      dateline?.agency ?? null,
      scraped,
    );

    doc.append('signals', newSignals);
    doc.set('provenance', {
      originalPublisher,
      scores: { machineTranslated: round(machineTranslated), scraped: round(scraped) },
    });
  },
});

interface Repair {
  readonly surface: string;
  readonly name: string;
}

/** Distinct mangled surface forms that linking repaired (none until linking runs). */
function repairedNames(doc: NewsDoc): Repair[] {
  const seen = new Map<string, Repair>();
  for (const entity of doc.maybe('entities') ?? []) {
    for (const mention of entity.mentions) {
      if (!mention.repaired) continue;
      const surface = doc.text.slice(mention.start, mention.end);
      if (!seen.has(surface)) seen.set(surface, { surface, name: entity.name });
    }
  }
  return [...seen.values()];
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The canonical URL's host when it differs from where the page was read. */
function canonicalHostElsewhere(doc: NewsDoc): string | null {
  const here = hostOf(doc.meta.url);
  const canonical =
    hostOf(doc.meta.canonicalUrl) ??
    hostOf(doc.get('signals').find((s) => s.kind === 'canonical-url')?.value ?? null);
  return here && canonical && canonical !== here ? canonical : null;
}

/**
 * In order of trust: a canonical URL pointing elsewhere, a wire dateline, an image
 * host of a known outlet; and for a copy that does not look scraped, its own publisher.
 */
function pickOriginalPublisher(
  doc: NewsDoc,
  outlets: OutletDirectory,
  canonicalElsewhere: string | null,
  datelineAgency: string | null,
  scraped: number,
): string | null {
  if (canonicalElsewhere) return outlets.outletForHost(canonicalElsewhere) ?? canonicalElsewhere;
  // "Source link: https://www.cnbc.com/…": the scraper names the page it copied.
  for (const s of doc.get('signals')) {
    if (s.kind !== 'source-link' || s.detail === null) continue;
    const outlet = outlets.outletForHost(s.detail);
    if (outlet) return outlet;
  }
  if (datelineAgency) return outlets.outletForName(datelineAgency) ?? datelineAgency;
  for (const s of doc.get('signals')) {
    if (s.kind !== 'image-host') continue;
    const outlet = outlets.outletForHost(s.value);
    if (outlet) return outlet;
  }
  return scraped < 0.3 ? doc.meta.publisher : null;
}

function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
