/**
 * The words in the brackets of a wire dateline ("OSLO, March 3 (Copydesk Wire) -") name
 * the agency that filed the story. The tagger knows the big agencies from its training
 * text but reads an agency it never saw as whatever its words look like — two capitalised
 * words are a person to it — and the report then lists the publisher among the people.
 * The dateline's shape decides the type, so it overrides the tagger there.
 */
import type { Mention } from '../../core/annotations.js';
import { findDateline } from '../04-segment/dateline.js';

/** A tagger's confidence is not what speaks for an agency found by the dateline's shape. */
const DATELINE_AGENCY_CONFIDENCE = 0.9;

const STARTS_WITH_CAPITAL = /^\p{Lu}/u;

/**
 * Returns the mentions with the dateline's agency as one organisation: a mention that
 * covers it exactly is retyped, mentions inside it are merged into it, and with none
 * there it is added. Mentions that run across its brackets are left alone.
 */
export function withDatelineAgency(text: string, mentions: readonly Mention[]): readonly Mention[] {
  const dateline = findDateline(text);
  if (!dateline || !STARTS_WITH_CAPITAL.test(dateline.agency)) return mentions;
  const { agencyStart: start, agencyEnd: end } = dateline;
  const overlapping = mentions.filter((m) => m.start < end && m.end > start);
  if (overlapping.some((m) => m.start < start || m.end > end)) return mentions;
  if (overlapping.length === 1 && overlapping[0]!.type === 'organization') {
    const only = overlapping[0]!;
    if (only.start === start && only.end === end) return mentions;
  }
  const agency: Mention = {
    start,
    end,
    type: 'organization',
    by: 'ner',
    confidence: DATELINE_AGENCY_CONFIDENCE,
  };
  const rest = mentions.filter((m) => !overlapping.includes(m));
  return [...rest, agency].sort((a, b) => a.start - b.start || b.end - a.end);
}
