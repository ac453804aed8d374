/**
 * "Hanter Biden, who had been convicted on gun charges": a relative clause after a name
 * presents somebody, unless what it says is what the KB says of the candidate (a description
 * "convicted 2024 and pardoned"). Then the clause recalls the candidate's own public deed, as
 * "…, who fled the country" does a fallen head of state's (name-presentations.ts `fallFromPowerAfter`).
 */
import type { KbEntity } from '../../kb/model.js';

/** ", who had been convicted", ", who was elected", ", who resigned": the clause's past participle or past tense. */
const WHO_DID = /^\s*,\s*who\s+(?:(?:had|has|have|was|were|is)\s+)?(?:been\s+)?(\p{Ll}{4,}ed)\b/u;

/** The verb of the relative clause after `end` when the candidate's KB description uses that word, else null. */
export function deedOfProfile(text: string, end: number, entity: KbEntity): string | null {
  const verb = WHO_DID.exec(text.slice(end, end + 60))?.[1];
  if (!verb || !entity.description) return null;
  return new RegExp(`(?:^|[^\\p{L}])${verb}(?![\\p{L}])`, 'iu').test(entity.description) ? verb : null;
}
