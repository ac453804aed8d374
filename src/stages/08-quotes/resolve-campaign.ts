/**
 * A person's campaign speaks as the campaign, named the way reporters name it, by the
 * person's surname: "President Joe Biden's campaign said …", "the campaign of Vice President
 * Kamala Harris said …", "The former president's campaign said …" and "His campaign said
 * …" are "Biden campaign", "Harris campaign", "Trump campaign" — the campaign said it, not
 * the candidate ("The Biden campaign said" already reads so, as written).
 */
import type { Referent } from './referents.js';
import type { ResolveContext, Resolved } from './resolve-context.js';
import { resolveDescription } from './resolve-descriptions.js';
import { resolvePossessive } from './resolve-pronouns.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** "Joe Biden's campaign", "the former president's re-election campaign". */
const OWNER_CAMPAIGN = /^(.+?)['’]s\s+(?:(?:re-?election|presidential|election)\s+)?campaign$/iu;
/** "his campaign", "her campaign". */
const PRONOUN_CAMPAIGN = /^(his|her)\s+campaign$/iu;
/** Before a name: "the campaign of Vice President ", "the campaign of ". */
const CAMPAIGN_OF = /\bcampaign\s+of\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;

/** The campaign of the person `phrase` names, as a speaker; null when it names none. */
export function campaignSpeaker(phrase: SpeakerPhrase, context: ResolveContext): Resolved | null {
  const owner = campaignOwner(phrase, context);
  if (!owner) return null;
  return {
    speaker: { name: `${owner} campaign`, entityId: null, mention: { start: phrase.start, end: phrase.end } },
    referent: null,
    certainty: 0.9,
  };
}

/** The surname the campaign is named by, or null when `phrase` is no person's campaign. */
function campaignOwner(phrase: SpeakerPhrase, context: ResolveContext): string | null {
  const text = phrase.text.trim();
  if (text.length >= 8 && text.slice(-8).toLowerCase() === 'campaign') {
    const pronoun = PRONOUN_CAMPAIGN.exec(text);
    if (pronoun) {
      const head = resolvePossessive(pronoun[1]!, phrase.start, context);
      return head?.referent?.type === 'person' ? surname(head.referent, context.text) : null;
    }
    const owned = OWNER_CAMPAIGN.exec(text);
    if (!owned) return null;
    const owner = owned[1]!;
    if (phrase.kind === 'mention') return phrase.referent?.type === 'person' ? lastWord(owner) : null;
    if (phrase.kind !== 'description') return null;
    const head = resolveDescription(
      {
        start: phrase.start,
        end: phrase.start + owner.length,
        kind: 'description',
        referent: null,
        text: owner,
      },
      context,
    );
    return head.referent?.type === 'person' ? surname(head.referent, context.text) : null;
  }
  if (phrase.kind !== 'mention' || phrase.referent?.type !== 'person') return null;
  const before = context.text.slice(Math.max(0, phrase.start - 60), phrase.start);
  return before.includes('campaign') && CAMPAIGN_OF.test(before) ? lastWord(phrase.text) : null;
}

/** The person's shortest name in the article ("Prabowo", "Biden"), its last word. */
export function surname(r: Referent, text: string): string {
  let shortest = r.name;
  for (const o of r.occurrences) {
    const s = text.slice(o.start, o.end);
    if (s.length < shortest.length) shortest = s;
  }
  return lastWord(shortest);
}

function lastWord(name: string): string {
  const words = name.trim().split(/\s+/u);
  return words[words.length - 1]!.replace(/['’]s$/u, '');
}
