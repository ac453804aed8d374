/**
 * "Bolsonaro … His lawyers said …": people who speak for a person and are named by a
 * possessive pronoun are unnamed sources speaking for the person the pronoun stands for,
 * named the way reporters name them, by the person's surname ("Bolsonaro's lawyers"), and
 * with that person as their affiliation — never left as "His lawyers". "The party … Its
 * spokesman said …": likewise for the organisation "its" stands for.
 */
import { surname } from './resolve-campaign.js';
import type { ResolveContext, Resolved } from './resolve-context.js';
import { ownerBefore } from './resolve-organisations.js';
import { resolvePossessive } from './resolve-pronouns.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** "his lawyers", "her defence team", "his spokeswoman": the pronoun and the proxy. */
const PRONOUN_PROXY =
  /^(his|her)\s+(lawyers?|attorneys?|(?:legal|defen[cs]e)\s+team|spokes(?:man|woman|person)|aides?|representatives?)$/iu;

/** "its spokesman", "their spokeswoman": an organisation's proxy named by a pronoun. */
const ORGANISATION_PROXY =
  /^(?:its|their)\s+(spokes(?:man|woman|person|people)|lawyers?|representatives?)$/iu;

/** The proxies of the person a possessive pronoun points to, or null. */
export function pronounProxy(phrase: SpeakerPhrase, context: ResolveContext): Resolved | null {
  if (phrase.kind !== 'description') return null;
  // Cheap test first: every such phrase opens with "his", "her", "its" or "their".
  if (/^(?:its|their)\s/iu.test(phrase.text)) return organisationProxy(phrase, context);
  if (!/^h(?:is|er)\s/iu.test(phrase.text)) return null;
  const m = PRONOUN_PROXY.exec(phrase.text.trim());
  if (!m) return null;
  const head = resolvePossessive(m[1]!, phrase.start, context);
  const person = head?.referent;
  if (person?.type !== 'person') return null;
  return {
    speaker: {
      name: `${surname(person, context.text)}'s ${m[2]!.toLowerCase().replace(/\s+/gu, ' ')}`,
      entityId: null,
      mention: { start: phrase.start, end: phrase.end },
      anonymous: true,
      affiliation: { name: person.name, entityId: person.entityId },
    },
    referent: null,
    certainty: head!.certainty,
  };
}

/**
 * "Zuma's MK party … stayed away. Its spokesman said …": an unnamed source speaking for the
 * organisation named last before it in its paragraph (outside quotations), named by it
 * ("MK party's spokesman"); null when the nearest owner before is a place or nothing.
 */
function organisationProxy(phrase: SpeakerPhrase, context: ResolveContext): Resolved | null {
  const m = ORGANISATION_PROXY.exec(phrase.text.trim());
  if (!m) return null;
  const owner = ownerBefore(phrase, context);
  if (owner?.type !== 'organization') return null;
  return {
    speaker: {
      name: `${owner.name}'s ${m[1]!.toLowerCase()}`,
      entityId: null,
      mention: { start: phrase.start, end: phrase.end },
      anonymous: true,
      affiliation: { name: owner.name, entityId: owner.entityId },
    },
    referent: null,
    certainty: 0.6,
  };
}
