/**
 * The speaker a phrase gives when it resolves to no referent: its own words, single-spaced,
 * with a trailing title dropped ("Andrew Bailey, Governor"), and, for an unnamed source, the
 * organisation it speaks for (`namedAffiliation`). Separate because every resolver falls
 * back to it and none of them decides it.
 */
import type { Speaker } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import { affiliationIn, describesPeople } from './anonymous.js';
import { nameGivenNext } from './given-name-after.js';
import { isCompanyNoun, TITLE_WORDS } from './lexicon.js';
import { firstOccurrenceFrom, type Occurrence, type ReferentIndex } from './referents.js';
import { type ResolveContext, type Resolved, resolvedAs, singleSpaced } from './resolve-context.js';
import {
  INSTITUTION_KIND,
  institutionNamedBefore,
  organisationNamedBefore,
} from './resolve-organisations.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/**
 * "the city's Board of Elections", "the country's Central Election Commission": the owner
 * written as a kind before a body's own name only says whose it is; the body is named (a
 * description of people, "the company's Chief Executive", stays as written).
 */
const KIND_OWNER_BEFORE_NAME = /^the\s+\p{Ll}+['’]s\s+(?=\p{Lu})/u;

/** `written` without a kind owning the body it names ({@link KIND_OWNER_BEFORE_NAME}). */
function bodyName(written: string): string {
  const name = written.replace(KIND_OWNER_BEFORE_NAME, '');
  return name === written || describesPeople(name) ? written : name;
}

export function fromText(phrase: SpeakerPhrase): Speaker {
  return {
    name: bodyName(singleSpaced(phrase.text)),
    entityId: null,
    mention: { start: phrase.start, end: phrase.end },
  };
}

/**
 * A person named at the end of a description made only of title words ("The Secretary of
 * State Cardinal Pietro Parolin", "the Minister of Finance Anna Berg"): the title is that
 * person's, so the description names them. Any other word before the name ("a spokesman
 * for Anna Berg", "an aide to President Berg") makes the name someone else's. Only the
 * occurrences inside the phrase are read.
 */
function nameEndingTitle(phrase: Span, index: ReferentIndex, text: string): Occurrence | null {
  let last: Occurrence | null = null;
  for (let i = firstOccurrenceFrom(index, phrase.start); i < index.occurrences.length; i++) {
    const o = index.occurrences[i]!;
    if (o.start >= phrase.end) break;
    if (o.end <= phrase.end) last = o;
  }
  if (last?.referent.type !== 'person' || last.start <= phrase.start) return null;
  if (text.slice(last.end, phrase.end).trim() !== '') return null;
  const lead = text.slice(phrase.start, last.start).trim().split(/\s+/u);
  // ("the Joint Chiefs of Staff General Dan Caine": a body's capitalised name may stand in it.)
  const titled = lead.every((w) => {
    const l = w.toLowerCase();
    return l === 'the' || l === 'of' || TITLE_WORDS.has(l) || /^\p{Lu}[\p{Ll}-]+$/u.test(w);
  });
  return titled && lead.some((w) => TITLE_WORDS.has(w.toLowerCase())) ? last : null;
}

/**
 * A description that stays as written: an unnamed source when it describes people
 * ({@link describesPeople}), with the organisation it names ({@link affiliationIn}).
 */
export function unresolved(phrase: SpeakerPhrase, context: ResolveContext, certainty: number): Resolved {
  const speaker = fromText(phrase);
  if (!describesPeople(speaker.name)) return { speaker, referent: null, certainty };
  const named = nameEndingTitle(phrase, context.index, context.text);
  if (named) return resolvedAs(named.referent, named, certainty);
  // "said one man, who had served 19 years. He gave his name only as Abu Khaled."
  const given = /^(?:a|an|one)\s/iu.test(speaker.name) ? nameGivenNext(context.text, phrase.end) : null;
  if (given)
    return {
      speaker: { name: given.name, entityId: null, mention: { start: given.start, end: given.end } },
      referent: null,
      certainty,
    };
  const affiliation = namedAffiliation(phrase, affiliationIn(context.text, phrase, context.index), context);
  // Written out field by field, in the order a spread would give them (a spread of a
  // conditional object was a measurable cost here).
  const { name, entityId, mention } = speaker;
  return {
    speaker: affiliation
      ? { name, entityId, mention, anonymous: true, affiliation }
      : { name, entityId, mention, anonymous: true },
    referent: null,
    certainty,
  };
}

/** "a company spokesperson", "an agency official": the kind as the modifier of a person noun. */
const KIND_MODIFIER = /^(?:a|an|one)\s+(?:company|agency|ministry|department|firm|group|union)\s+\p{Ll}+$/u;

/**
 * "A spokesperson for the company", "a spokesperson for the agency", "a company
 * spokesperson": an affiliation written
 * as a company's or an institution's kind is the one named before it (as "the company said"
 * or "the agency said" would be); any other stays as found.
 */
function namedAffiliation(
  phrase: SpeakerPhrase,
  affiliation: Speaker['affiliation'],
  context: ResolveContext,
): Speaker['affiliation'] {
  if (!affiliation || affiliation.entityId !== null) return affiliation;
  const kind = INSTITUTION_KIND.exec(`the ${affiliation.name}`)?.[1]?.toLowerCase();
  if (!kind && !isCompanyNoun(affiliation.name)) return affiliation;
  // "a spokesperson for the company", or the kind as a modifier: "a company spokesperson".
  const written = singleSpaced(phrase.text).toLowerCase();
  if (!written.endsWith(` the ${affiliation.name}`) && !KIND_MODIFIER.test(written.slice(0, 40)))
    return affiliation;
  const owner = kind
    ? institutionNamedBefore(phrase, kind, context)
    : organisationNamedBefore(phrase, affiliation.name, [affiliation.name], context);
  return owner ? { name: owner.name, entityId: owner.entityId } : affiliation;
}
