/**
 * A person's name the tagger cut into pieces ("[Catherine], Princess of [Wales]", "[Leo the
 * Fourteenth]" as a body) made one person mention again, once a rule has found the name's
 * span. Shared by the rules that find such spans (titled-comma-names.ts, regnal-ordinals.ts).
 */
import type { Mention } from '../../core/annotations.js';

/**
 * `mentions` (in text order) with those inside `start`–`end` replaced by one person mention,
 * which keeps the first piece's source and confidence; null where a mention overlaps the span
 * and runs past it — the span is then part of a longer name ("the Diana, Princess of Wales
 * Memorial Fund", "the Leo the Thirteenth Foundation") and stays as tagged.
 */
export function joinedAsPerson(mentions: readonly Mention[], start: number, end: number): Mention[] | null {
  const pieces = mentions.filter((x) => x.start < end && x.end > start);
  if (pieces.some((x) => x.start < start || x.end > end)) return null;
  const kept = mentions.filter((x) => x.end <= start || x.start >= end);
  const by = pieces[0];
  kept.push({ start, end, type: 'person', by: by?.by ?? 'link', confidence: by?.confidence ?? 0.9 });
  return kept.sort((a, b) => a.start - b.start);
}
