/**
 * Quotes grouped by speaker, for the report's "Quotes by speaker" section: one group per
 * entity (or per speaker name when unlinked), in order of first appearance, and a last
 * group for quotes without a speaker.
 */
import type { Quote } from '../../core/annotations.js';

export interface SpeakerGroup {
  /** The speaker's name, or null for the quotes nobody could be credited with. */
  readonly name: string | null;
  readonly entityId: string | null;
  readonly quotes: readonly Quote[];
}

export function groupQuotesBySpeaker(quotes: readonly Quote[]): SpeakerGroup[] {
  const groups = new Map<string, { name: string | null; entityId: string | null; quotes: Quote[] }>();
  const unattributed: Quote[] = [];
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    if (!q.speaker) {
      unattributed.push(q);
      continue;
    }
    const key = q.speaker.entityId ? `id:${q.speaker.entityId}` : `name:${q.speaker.name.toLowerCase()}`;
    let group = groups.get(key);
    if (!group) {
      group = { name: q.speaker.name, entityId: q.speaker.entityId, quotes: [] };
      groups.set(key, group);
    }
    group.quotes.push(q);
  }
  const out: SpeakerGroup[] = [...groups.values()];
  if (unattributed.length > 0) out.push({ name: null, entityId: null, quotes: unattributed });
  return out;
}
