/**
 * "Carlos Mazón faced criticism … His office said …": an office named by a possessive
 * pronoun speaks for the person the pronoun stands for, and is named after that person's
 * full name ("Carlos Mazón's office"), never left as "His office".
 */
import type { ResolveContext, Resolved } from './resolve-context.js';
import { endsWithOffice } from './resolve-organisations.js';
import { resolvePossessive } from './resolve-pronouns.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** "his office", "her press office": the pronoun and the office. */
const PRONOUN_OFFICE = /^(his|her)\s+((?:press\s+)?office)$/iu;

/**
 * The office of the person a possessive pronoun points to, when `phrase` is "his/her
 * (press) office" and the pronoun resolves to a named person; null otherwise.
 */
export function pronounOffice(phrase: SpeakerPhrase, context: ResolveContext): Resolved | null {
  if (!endsWithOffice(phrase.text)) return null;
  const m = PRONOUN_OFFICE.exec(phrase.text.trim());
  if (!m) return null;
  const head = resolvePossessive(m[1]!, phrase.start, context);
  if (head?.referent?.type !== 'person') return null;
  return {
    speaker: {
      name: `${head.referent.name}'s ${m[2]!.toLowerCase().replace(/\s+/gu, ' ')}`,
      entityId: null,
      mention: { start: phrase.start, end: phrase.end },
    },
    referent: null,
    certainty: head.certainty,
  };
}
