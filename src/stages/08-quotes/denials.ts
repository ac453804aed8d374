/**
 * A denial of an act ("Pakistan denied any role in the attack", "Moscow has denied
 * interfering") reports what was said without a clause: the verb and what it denies are
 * the content, as "called for …" is. A plain object ("denied the charges", "denied
 * wrongdoing") is not: it names the accusation, not the speaker's account.
 */
import type { Word } from './cues.js';

/** Nouns of taking part in an act: "any role in", "involvement in", "responsibility for". */
const PART_NOUNS: ReadonlySet<string> = new Set([
  'role',
  'involvement',
  'responsibility',
  'part',
  'knowledge',
  'link',
  'links',
  'connection',
]);

/**
 * Do the words after "deny" (`ws`, to the sentence end) deny an act: a gerund, or (any)
 * part in something, running to the end with no comma ("Kyiv denied any involvement, and
 * an adviser said …" leaves the adviser's clause to him)?
 */
export function deniesAnAct(text: string, ws: readonly Word[]): boolean {
  if (ws.length === 0 || /[,;:“”"]/u.test(text.slice(ws[0]!.start, ws[ws.length - 1]!.end))) return false;
  const first = ws[0]!.lower;
  if (first.length > 5 && first.endsWith('ing') && first !== 'nothing' && first !== 'everything') return true;
  const noun = first === 'any' ? (ws[1]?.lower ?? '') : first;
  return PART_NOUNS.has(noun);
}
