/**
 * From a speaker phrase to a speaker: a mention is its referent; a pronoun is the
 * nearest compatible person (gender and number), preferring the paragraph's current
 * speaker; a definite description ("the minister", "the founder of Wind Shift
 * Capital") is the person whose titles and appositives match it; an indefinite one
 * ("a spokeswoman for the ministry") stays a description. Nothing is invented: a
 * phrase that cannot be resolved keeps its own words, and no phrase gives null.
 *
 * This module is the entry (`resolveSpeaker`, which sends each kind of phrase to its
 * resolver) and the bare name. The resolvers live beside it: resolve-pronouns.ts,
 * resolve-descriptions.ts (with resolve-description-words.ts and resolve-named-nearby.ts),
 * resolve-organisations.ts, resolve-as-written.ts; resolve-context.ts is what they share.
 */
import { describesPeople } from './anonymous.js';
import { isPersonNoun } from './lexicon.js';
import { closesWithOffice, mayBeOneWordAfterThe, phraseEdges } from './phrase-edges.js';
import { fromText, unresolved } from './resolve-as-written.js';
import { campaignSpeaker } from './resolve-campaign.js';
import { type ResolveContext, type Resolved, resolvedAs } from './resolve-context.js';
import { nationalityAfterThe } from './resolve-description-words.js';
import { resolveDescription } from './resolve-descriptions.js';
import { officeSpeaker, policeForce } from './resolve-organisations.js';
import { pronounOffice } from './resolve-pronoun-office.js';
import { pronounProxy } from './resolve-pronoun-proxy.js';
import { resolvePronoun } from './resolve-pronouns.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { namesNoOne } from './unnamed-description.js';

/** The words before a name a speaker gave: "gave his name only as ", "gave her first name as ". */
const GIVEN_NAME_BEFORE = /(?:\b|sur)name(?:\s+only)?\s+as\s+$/u;

function resolveName(phrase: SpeakerPhrase, context: ResolveContext): Resolved {
  const lower = phrase.text.toLowerCase();
  for (const r of context.index.referents) {
    const n = r.name.toLowerCase();
    if (n === lower || n.endsWith(` ${lower}`)) return resolvedAs(r, phrase, 0.85);
  }
  // Family name first ("Kim" for "Kim Sung-ho"), only for a unique person — and not a
  // place the tagger named there: "Israel says …" is the country, not Israel Katz.
  const byFirst = namesPlace(phrase, context)
    ? []
    : context.index.referents.filter(
        (r) => r.type === 'person' && r.name.toLowerCase().startsWith(`${lower} `),
      );
  if (byFirst.length === 1) return resolvedAs(byFirst[0]!, phrase, 0.75);
  // "Thousands chanted …", "Officials said …" opening a sentence read as a capitalised word.
  if (!/\s/u.test(lower) && describesPeople(lower) && !isPersonNoun(lower))
    return unresolved(phrase, context, 0.8);
  return { speaker: fromText(phrase), referent: null, certainty: 0.8 };
}

/** Whether the phrase is, word for word, a place's occurrence (a country, a city). */
function namesPlace(phrase: SpeakerPhrase, context: ResolveContext): boolean {
  return context.index.places?.some((p) => p.start === phrase.start && p.end === phrase.end) ?? false;
}

/**
 * A description of a speaker who withholds their name ("…, who asked not to be named"), or
 * of a group ("the people familiar with the matter"), is no one person named in the article.
 */
function unlessNamingNoOne(phrase: SpeakerPhrase, context: ResolveContext, resolved: Resolved): Resolved {
  return resolved.referent?.type === 'person' && namesNoOne(context.text, phrase.text, phrase.end)
    ? unresolved(phrase, context, resolved.certainty)
    : resolved;
}

export function resolveSpeaker(phrase: SpeakerPhrase, context: ResolveContext): Resolved | null {
  // The phrase's first and last words, read once for the rules below (phrase-edges.ts):
  // each runs its pattern only on a phrase whose edges it concerns.
  const edges = phraseEdges(phrase.text);
  const office = closesWithOffice(edges);
  if (edges.closing === 'police' && /^(?:the\s+)?police$/iu.test(phrase.text)) {
    const force = policeForce(phrase, context);
    if (force) return resolvedAs(force, phrase, 0.7);
  }
  const owned =
    (office ? pronounOffice(phrase, context) : null) ??
    pronounProxy(phrase, context) ??
    campaignSpeaker(phrase, context);
  if (owned) return owned;
  const nationality = mayBeOneWordAfterThe(edges) ? nationalityAfterThe(phrase, context.text) : null;
  if (nationality) return resolveDescription(nationality, context);
  // "One man, who gave his name only as Omar, said": the name a private speaker gave is
  // theirs as written, never a famous Omar's of the article or the linker's.
  if (
    (phrase.kind === 'name' || phrase.kind === 'mention') &&
    GIVEN_NAME_BEFORE.test(context.text.slice(Math.max(0, phrase.start - 24), phrase.start))
  )
    return { speaker: fromText(phrase), referent: null, certainty: 0.9 };
  switch (phrase.kind) {
    case 'mention':
      return (
        (office || edges.closing.endsWith('team') ? officeSpeaker(phrase) : null) ??
        resolvedAs(phrase.referent!, phrase, 1)
      );
    case 'pronoun':
      return resolvePronoun(phrase, context);
    case 'description':
      // "the prime minister's office said": the office, as written, not the prime minister.
      return (
        (office && edges.opening === 'the' ? officeSpeaker(phrase) : null) ??
        unlessNamingNoOne(phrase, context, resolveDescription(phrase, context))
      );
    case 'name':
      return resolveName(phrase, context);
  }
}
