/**
 * The `ner` stage: tags the document's tokens with the shipped model and writes
 * `mentions` (person, organization, location, misc, plus event by rules).
 */
import type { EntityType, Mention } from '../../core/annotations.js';
import { defineStage } from '../../core/stage.js';
import { withDatelineAgency } from './dateline-agency.js';
import { seqFromLayers } from './doc-tokens.js';
import { findEvents } from './events.js';
import { headlineGate } from './headline-position.js';
import { withPartyStateTags } from './party-state-tags.js';
import { nerModel } from './resource.js';
import { isNeverAName } from './title-case.js';
import { applyTitleRule } from './title-rule.js';
import { recaseTitleLines } from './truecase.js';

export interface NerConfig {
  /** Add `event` mentions by rules and the event gazetteer. */
  readonly events: boolean;
  /** Drop model mentions below this confidence (0 keeps all). */
  readonly minConfidence: number;
}

const TYPE_MAP: Readonly<Record<string, EntityType>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
  MISC: 'misc',
};

export const nerStage = defineStage<NerConfig>({
  name: 'ner',
  version: '1.0.0',
  description: 'named entities (person, organization, location, misc, event) by a trained BILOU tagger',
  requires: ['text', 'sentences', 'tokens'],
  assigns: ['mentions'],
  defaultConfig: { events: true, minConfidence: 0 },
  run(doc, { config, resources }) {
    const ner = resources.use(nerModel);
    const seq = seqFromLayers(doc.text, doc.get('sentences'), doc.get('tokens'));
    // The tagger and the title rule read title-cased headlines recased (same offsets);
    // the event rules keep the original capitals ("Munich Security Conference").
    const recased = recaseTitleLines(seq, ner.casing, headlineGate(doc.text)).seq;
    const tagged = applyTitleRule(recased, ner.tagger.tag(recased), ner.titles, ner.orgWords, (w) =>
      isNeverAName(ner.casing.ratios, w),
    );
    const events = config.events ? findEvents(seq, tagged, ner.events) : [];
    const absorbed = new Uint8Array(seq.starts.length);
    for (const e of events) if (e.absorbs) absorbed.fill(1, e.start, e.end);
    const mentions: Mention[] = [];
    for (const m of tagged) {
      if (m.confidence < config.minConfidence || absorbed.subarray(m.start, m.end).includes(1)) continue;
      mentions.push({
        start: seq.starts[m.start]!,
        end: seq.ends[m.end - 1]!,
        type: TYPE_MAP[m.type] ?? 'misc',
        by: 'ner',
        confidence: m.confidence,
      });
    }
    for (const e of events) {
      mentions.push({
        start: seq.starts[e.start]!,
        end: seq.ends[e.end - 1]!,
        type: 'event',
        by: 'ner',
        confidence: e.confidence,
      });
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    doc.set('mentions', withPartyStateTags(doc.text, withDatelineAgency(doc.text, mentions)));
  },
});
