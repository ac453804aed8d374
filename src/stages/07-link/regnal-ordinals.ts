/**
 * A monarch or pope named with the number in words: "Frederik the Tenth was proclaimed king",
 * "took the name Leo the Fourteenth". The tagger misses such a name or cuts it ("[Tenth]" as a
 * place, "[Leo the Fourteenth]" as a body). Where the given name and the number as a Roman
 * numeral make a KB person's exact name ("Frederik X", "Leo XIV"), the words are one person
 * mention in place of the tagger's pieces; the exact pass reads the number back (name-glosses.ts).
 */
import type { Mention } from '../../core/annotations.js';
import { deglossName, REGNAL_ORDINAL_WORDS } from './name-glosses.js';
import { joinedAsPerson } from './person-span-joins.js';
import { regnalNameForms } from './regnal-name-forms.js';

/** The ordinal words of regnal numbers, capitalised, as alternatives of a pattern. */
const ORDINALS = REGNAL_ORDINAL_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');

/** A capitalised name, "the" and a capitalised ordinal word of a regnal number. */
const NAME_THE_ORDINAL = new RegExp(`\\b\\p{Lu}\\p{Ll}+ the (?:${ORDINALS})\\b`, 'gu');

/**
 * "the" and a capitalised ordinal word, which every match of {@link NAME_THE_ORDINAL} holds: a
 * pattern that begins with literal text is found by a fast scan for it, while the name's
 * letter classes are tried at every position of the article. Most articles have no such words.
 */
const THE_ORDINAL = new RegExp(` the (?:${ORDINALS})\\b`);

/** The mentions with each regnal name in words that names a KB person as one person mention. */
export function withRegnalOrdinals(
  text: string,
  mentions: readonly Mention[],
  personNamed: (name: string) => boolean,
): readonly Mention[] {
  if (!THE_ORDINAL.test(text)) return mentions;
  let out: Mention[] | null = null;
  for (const m of text.matchAll(NAME_THE_ORDINAL)) {
    // ("Leon the Fourteenth": the number on another language's form of the name, regnal-name-forms.ts.)
    if (!deglossName(m[0]).some((v) => v.particlesOnly && regnalNameForms(v.name).some(personNamed)))
      continue;
    out = joinedAsPerson(out ?? mentions, m.index, m.index + m[0].length) ?? out;
  }
  return out ?? mentions;
}
