/**
 * "“…,” President Anna Berg told guests, including Chancellor Olaf Lind. / “…,” she
 * went on": a name in the object of a speech verb is no antecedent for "he"/"she" when the
 * verb's speaker, of the same gender, was named before it in the same sentence — the
 * speaker is whom the story goes on with.
 */
import type { Gender } from './lexicon.js';
import type { Occurrence, Referent } from './referents.js';
import type { ResolveContext } from './resolve-context.js';

/** A sentence's end: a full stop, question or exclamation mark or line break, then a capital or opening mark. */
const BREAK = /[.!?][”"’]?\s+(?=[\p{Lu}“"‘])|\n/gu;
/** "U.S.", "Mr.", "Gen.": a full stop that ends an abbreviation, not a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:(?:\p{Lu}\.)*\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|Jr|Sr)$/u;

/** Does a sentence end in `text[from, to)`? (A full stop after an abbreviation does not.) */
function sentenceEndsBetween(text: string, from: number, to: number): boolean {
  // (One character past `to`: the capital the break looks ahead to.)
  const between = text.slice(from, to + 1);
  for (const m of between.matchAll(BREAK)) {
    if (m[0] === '\n' || m[0][0] !== '.') return true;
    if (!ABBREVIATION.test(text.slice(Math.max(0, from + m.index - 12), from + m.index))) return true;
  }
  return false;
}

/**
 * The person of `gender` who spoke a quotation with a speaker named before `o`, in `o`'s
 * sentence, when that is another person than `o`'s; null otherwise.
 */
export function speakerBeforeObject(o: Occurrence, gender: Gender, context: ResolveContext): Referent | null {
  // Only a name that would match the pronoun is passed over.
  if (o.referent.gender !== gender) return null;
  const turns = context.turns;
  for (let i = turns.length - 1; i >= 0; i--) {
    const t = turns[i]!;
    const mention = t.speaker.mention;
    if (!mention || mention.end > o.start) continue;
    // Turns come in text order: one whose speaker is a sentence back or more ends the search.
    if (o.start - mention.end > 400 || sentenceEndsBetween(context.text, mention.end, o.start)) return null;
    const r = t.referent;
    return r?.type === 'person' && r.gender === gender && r !== o.referent ? r : null;
  }
  return null;
}
