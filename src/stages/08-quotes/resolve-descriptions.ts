/**
 * Definite descriptions ("the minister", "the founder of Wind Shift Capital", "many say"):
 * the referent whose titles, appositives or KB roles contain the description's words, else a
 * body or person the document names nearby, else the description as written.
 */

import { DescriptionReading } from './description-reading.js';
import type { PersonProfile } from './gender.js';
import { governingBodyNamedBefore } from './governing-body.js';
import {
  GENDERED_HONORIFICS,
  isDemonym,
  isOrgNoun,
  isPersonNoun,
  isRoleNoun,
  ORG_NOUNS,
  singularOrgNoun,
  singularPersonNoun,
} from './lexicon.js';
import { profileHas } from './profile.js';
import { firstOccurrenceFrom, type Referent } from './referents.js';
import { fromText, unresolved } from './resolve-as-written.js';
import { lastTurnNear, type ResolveContext, type Resolved, resolvedAs } from './resolve-context.js';
import {
  contentWords,
  demonymMatches,
  hasShiftedRole,
  holdsRole,
  isHeadlineTitle,
  isNationalityWord,
  NATIONALITY_NOUNS,
  PROXY_NOUNS,
  pointsBack,
  profileMatches,
} from './resolve-description-words.js';
import {
  appositivePerson,
  isArticleLead,
  namedNext,
  personNamedBefore,
  personPointedBack,
  previousParagraphSpeaker,
} from './resolve-named-nearby.js';
import {
  bodyThatSpokeLast,
  countryBody,
  GROUP_WORDS,
  groupNamedBefore,
  INNER_BODIES,
  INSTITUTION_KIND,
  institutionNamedBefore,
  ministryOfMinister,
  organisationNamedBefore,
  ownerBefore,
  placeAt,
  placeKindBody,
  STATE_BODIES,
} from './resolve-organisations.js';
import { speakerAfter } from './speaker-after-cue.js';
import { isQuantifier } from './speaker-before-cue.js';
import { AGE_NOUN, HEAD_PREPOSITIONS, isPluralSpeakerNoun, type SpeakerPhrase } from './speaker-phrase.js';

/**
 * "Coffee growers in Huila are celebrating …, but many say …": a quantifier subject is
 * the group that opens this sentence or the one before it in the paragraph, as written.
 */
function groupBefore(phrase: SpeakerPhrase, context: ResolveContext): Resolved | null {
  const { text } = context;
  const paragraphStart = text.lastIndexOf('\n', phrase.start) + 1;
  const stretch = text.slice(paragraphStart, phrase.start);
  const starts = [0, ...[...stretch.matchAll(/[.!?]["”’]?\s+/gu)].map((m) => m.index + m[0].length)];
  for (const at of starts.slice(-2).reverse()) {
    const from = paragraphStart + at;
    const group = speakerAfter(text, from, Math.min(phrase.start, from + 100), context.index);
    if (group?.kind !== 'description' || group.start - from > 1) continue;
    const head =
      group.text
        .split(/\s+(?:at|for|of|from|with|in)\s+/u)[0]!
        .split(/\s+/)
        .pop() ?? '';
    if (!isPluralSpeakerNoun(head.toLowerCase())) continue;
    // The group ends where its verb starts: "Wine producers in Bordeaux [are pulling …]".
    const verb = /\s+(?:are|were|is|was|have|has|had|will|would|say|said|says)\b/u.exec(group.text);
    const words = verb ? group.text.slice(0, verb.index) : group.text;
    // "one of them" after "Some baristas": one barista.
    const member = /^(one|two|three|each)\s+of\s+/iu.exec(phrase.text);
    if (member) {
      const ws = words.split(/\s+/);
      while (ws.length > 1 && /^(?:some|many|most|several|the|other|all|both)$/iu.test(ws[0]!)) ws.shift();
      const k = ws.findIndex((w) => isPluralSpeakerNoun(w.toLowerCase()));
      const one = member[1]!.toLowerCase() === 'one' || member[1]!.toLowerCase() === 'each';
      if (k >= 0 && one)
        ws[k] = singularPersonNoun(ws[k]!.toLowerCase()) ?? singularOrgNoun(ws[k]!.toLowerCase()) ?? ws[k]!;
      const name = `${member[1]!.toLowerCase() === 'each' ? 'one' : member[1]!.toLowerCase()} ${ws.join(' ')}`;
      return {
        speaker: { name, entityId: null, mention: { start: phrase.start, end: phrase.end }, anonymous: true },
        referent: null,
        certainty: 0.6,
      };
    }
    return unresolved({ ...group, end: group.start + words.length, text: words }, context, 0.6);
  }
  return null;
}

export function resolveDescription(phrase: SpeakerPhrase, context: ResolveContext): Resolved {
  // "Others" are not the group itself: they stay as written.
  if (isQuantifier(phrase.text) && phrase.text.toLowerCase() !== 'others')
    return groupBefore(phrase, context) ?? unresolved(phrase, context, 0.6);
  // "a goal the alliance's secretary-general called “…”": a noun phrase the speaker's
  // words describe stands before the speaker's own phrase.
  const inner = /^(?:a|an|the)\s+\p{Ll}+\s+((?:the|its|their)\s+\S.*)$/u.exec(phrase.text);
  if (inner && !isPersonNoun(phrase.text.split(/\s+/u)[1]!)) {
    const start = phrase.end - inner[1]!.length;
    return resolveDescription({ ...phrase, start, text: inner[1]! }, context);
  }
  // "“…,” the statement said." after "Netanyahu's office said …": the statement is the
  // words of the speaker just before it (of this paragraph or the one before); so is the
  // letter after "In a letter, NAME wrote …".
  if (/^the\s+(?:statement|communiqu[eé]|press release|letter|memo)$/iu.test(phrase.text)) {
    const t = lastTurnNear(phrase, context);
    if (t && !t.speaker.anonymous)
      return {
        speaker: { ...t.speaker, mention: { start: phrase.start, end: phrase.end } },
        referent: t.referent,
        certainty: 0.6,
      };
  }
  // "OPEC+ agreed on Thursday to …, the group said": a bare "the group" is the
  // organisation named before it in its sentence, else the one that spoke last.
  if (GROUP_WORDS.test(phrase.text)) {
    const group = groupNamedBefore(phrase, context);
    if (group) return resolvedAs(group, phrase, 0.7);
  }
  // "The US Centers for Disease Control … said … The agency said …", "according to
  // Ukraine's Coordination Headquarters … The headquarters said …": an institution
  // described by its kind is the one named just before it.
  const kind = INSTITUTION_KIND.exec(phrase.text)?.[1]?.toLowerCase();
  if (kind) {
    const body = institutionNamedBefore(phrase, kind, context);
    if (body) return resolvedAs(body, phrase, 0.7);
    // "Culture Minister Rachida Dati said … the ministry said": the minister's ministry.
    const ministry = kind === 'ministry' ? ministryOfMinister(phrase, context) : null;
    if (ministry) return { speaker: ministry, referent: null, certainty: 0.6 };
    const spoke = bodyThatSpokeLast(phrase, kind, context);
    if (spoke) return { speaker: spoke, referent: null, certainty: 0.6 };
  }
  const governing = governingBodyNamedBefore(phrase, context);
  if (governing) return resolvedAs(governing, phrase, 0.7);
  // "The prosecutor, Daniel Okafor KC, had told the jury …": the name in apposition.
  const apposed = appositivePerson(phrase, context);
  if (apposed) return resolvedAs(apposed, phrase, 0.85);
  // The rules below read the phrase's words, its opening word and its head from one reading
  // (description-reading.ts). "IMF chief warns …", "UN chief says …": a headline's title with
  // no article is definite. "The IG Metall union": an organisation named inside an
  // organisation description. The head noun stands before the first preposition: "a
  // spokesperson for the ministry".
  const reading = new DescriptionReading(phrase.text);
  const { definite, prep, head } = reading;
  const raw = reading.words;
  let ws = contentWords(phrase.text);
  // "the prime minister's official spokesman", "the spokesman for the prime minister": a
  // spokesperson, aide or lawyer speaks for someone and is not them — only the words of
  // the head's own phrase describe the speaker.
  if (head && PROXY_NOUNS.has(head)) {
    const own = raw.slice(
      raw.findLastIndex((w, i) => i < (prep > 0 ? prep : raw.length) && /['’]s$/u.test(w)) + 1,
    );
    ws = contentWords((prep > 0 ? own.slice(0, own.length - (raw.length - prep)) : own).join(' '));
  }
  // "Russia's foreign ministry", "China's commerce ministry": a country's body, named as
  // reporters write it without the possessive ("Russian foreign ministry").
  if (head && !definite && isOrgNoun(head) && !isPersonNoun(head)) {
    const body = countryBody(phrase, context);
    if (body) return { speaker: body, referent: null, certainty: 0.75 };
  }
  // "The country's health ministry", "the county's emergency services": the body of the
  // place of that kind named last before it. (Its pattern opens with "the" and a kind.)
  if (definite && reading.opensWith('the') && /['’]s\s/u.test(phrase.text)) {
    const body = placeKindBody(phrase, context);
    if (body) return { speaker: body, referent: null, certainty: 0.7 };
  }
  // "Coinlane's board", "the orchestra's management": a body inside an organisation speaks
  // as itself, not as the organisation.
  if (head && INNER_BODIES.has(head) && /['’]s\s/u.test(phrase.text))
    return { speaker: fromText(phrase), referent: null, certainty: 0.75 };
  if (head && ORG_NOUNS.has(head) && !isRoleNoun(head)) {
    for (
      let oi = firstOccurrenceFrom(context.index, phrase.start);
      oi < context.index.occurrences.length;
      oi++
    ) {
      const o = context.index.occurrences[oi]!;
      if (o.start >= phrase.end) break;
      if (o.start >= phrase.start && o.referent.type === 'organization') {
        return resolvedAs(o.referent, phrase, 0.8);
      }
    }
  }
  // "Qatar's prime minister announced …": a place's office has one holder, who may be
  // named later in the article (the place is a place the tagger found).
  const placeOwned =
    !definite &&
    head !== undefined &&
    isPersonNoun(head) &&
    !isOrgNoun(head) &&
    !PROXY_NOUNS.has(head) &&
    placeAt(phrase, context);
  if ((!definite && !placeOwned) || ws.length === 0) {
    // "An engineer at a chip plant in Taichung says …" opening an article: a delayed lead,
    // whose person the article names next ("… said Lin Mei-ling, a process engineer").
    const lead = reading.opensWith('a', 'an') && context.paragraphOf(phrase.start) === 0;
    const anchoredLead = lead && /\s(?:of|at|for|in|from|with)\s/iu.test(phrase.text);
    const named =
      anchoredLead && head && isPersonNoun(head)
        ? namedNext(phrase, head, ws.filter(isPersonNoun), context, true)
        : null;
    if (named) return resolvedAs(named, phrase, 0.6);
    return unresolved(phrase, context, 0.75);
  }
  // "The 79-year-old says …": an age names the person the article was just about — the
  // last person named before it, outside quotations, within the two paragraphs before
  // (a paragraph of background with no name may stand between: "Merz was elected … / The
  // conservative leader fell six votes short … / “…,” the 69-year-old told lawmakers").
  if (head && AGE_NOUN.test(head) && !head.endsWith('s')) {
    const named = personNamedBefore(phrase, context, 2);
    if (named) return resolvedAs(named, phrase, 0.65);
  }
  // "Its government has said …": a state body speaks for the place or organisation "its" is.
  if (reading.opensWith('its', 'their') && head && STATE_BODIES.has(head)) {
    const owner = ownerBefore(phrase, context);
    if (owner) return resolvedAs(owner, phrase, 0.65);
  }
  const roleWords = ws.filter((w) => isPersonNoun(w) || isOrgNoun(w));
  const demonyms = new Set(ws.filter((w) => w.length >= 5 && isDemonym(w[0]!.toUpperCase() + w.slice(1))));
  let best: Referent | null = null;
  let bestScore = 0;
  let bestAt = -1;
  // ("the Russian prison service": a nationality before a body's noun describes the body,
  // though "a Russian" is a person.)
  const bodyWords = roleWords.filter((w) => w === head || !isNationalityWord(w));
  const isOrgHead = bodyWords.length > 0 && bodyWords.every((w) => isOrgNoun(w) && !isRoleNoun(w));
  const wantsFormer = ws.includes('former');
  // The owner in "the bloc's tech chief" must be the organisation of a role the person
  // holds; the other words may come from the KB's description of them too.
  // (Read on first use: most descriptions have no referent named only after them.)
  let owners: ReadonlySet<string> | null = null;
  const forwardMatch = (profile: PersonProfile, w: string) => {
    owners ??= new Set([...reading.lower.matchAll(/([\p{L}\p{N}-]+)['’]s\b/gu)].map((m) => m[1]!));
    return profileHas(owners.has(w) ? profile.offices : profile.now, w);
  };
  // "The king" is a man and "the queen" a woman: a title of one gender never names a
  // person of the other (the queen beside him in "King Felipe, Queen Letizia").
  const titleGender = head ? GENDERED_HONORIFICS[head] : undefined;
  // "…, Paris prosecutor says" in a headline: the article below names its person with the
  // same title ("Paris prosecutor Laure Beccuau said"), whom the KB may not know.
  const headline = ws.length >= 2 && isHeadlineTitle(phrase.text) && context.paragraphOf(phrase.start) === 0;
  for (const r of context.index.referents) {
    // The type first: it is free, and a referent's role words are computed on first use.
    if (isOrgHead !== (r.type === 'organization')) continue;
    if (titleGender && (r.gender === 'male' || r.gender === 'female') && r.gender !== titleGender) continue;
    let at = -1;
    for (const o of r.occurrences) if (o.start < phrase.start && o.start > at) at = o.start;
    const profile = r.profile;
    const kbHas = profile ? (w: string) => profileMatches(profile, w, ws, wantsFormer) : null;
    // "The head of the International Monetary Fund said …" before Kristalina Georgieva is
    // named: a description of two words or more that the KB profile of a person named
    // later in the article answers word for word is that person.
    // (Its owner must be in its roles: its free description may name others.)
    if (
      at < 0 &&
      !placeOwned &&
      !(profile && ws.length >= 2 && ws.every((w) => forwardMatch(profile, w))) &&
      !(headline && ws.every((w) => holdsRole(r.roles, w)))
    )
      continue;
    // "…, the court said." is a court named before it, not the Supreme Court an appeal
    // may go to later in the article: a definite description points back. (Tested before
    // the role words: the tests below only skip a referent too, and this one is free.)
    // (A place's office holder may be named after it: every word must then match, below.)
    // "The chancellor" is not the shadow chancellor, nor a former or deputy one.
    // ("The former chancellor" may be the shadow chancellor the KB says held it before.)
    if (r.type === 'person' && hasShiftedRole(r.roles, ws) && !(wantsFormer && kbHas?.('former'))) continue;
    const lowerName = r.name.toLowerCase();
    if (
      roleWords.length > 0 &&
      !roleWords.some((w) => holdsRole(r.roles, w) || lowerName.includes(w) || kbHas?.(w) === true)
    )
      continue;
    const nameWords = lowerName.split(/\s+/);
    let score = 0;
    for (const w of ws)
      if (
        holdsRole(r.roles, w) ||
        nameWords.includes(w) ||
        (demonyms.has(w) && demonymMatches(w, r.roles)) ||
        kbHas?.(w) === true
      )
        score++;
    if (at < 0 && score < ws.length) continue;
    if (score > bestScore || (score === bestScore && score > 0 && at > bestAt)) {
      best = r;
      bestScore = score;
      bestAt = at;
    }
  }
  if (best && bestScore >= Math.min(2, ws.length)) {
    return resolvedAs(best, phrase, 0.8);
  }
  // "the Bulgarian economist" after Kristalina Georgieva: the only person named before of
  // that nationality (by the KB's country), when the rest of the description does not
  // contradict what the KB says of them.
  const nationality = ws.filter((w) => demonyms.has(w) || NATIONALITY_NOUNS.has(w));
  if (nationality.length > 0 && !isOrgHead && !wantsFormer) {
    // "the American coach" after "Bob Bowman, Michael Phelps' former coach": the one person
    // named before with the head role, when the KB says nothing against the nationality,
    // comes before a person of that nationality who does not hold the role.
    const holder = head && isPersonNoun(head) && !placeOwned ? onlyHolderBefore(phrase, head, context) : null;
    if (holder && !otherNationality(holder, nationality)) return resolvedAs(holder, phrase, 0.65);
    const of = context.index.referents.filter(
      (r) =>
        r.type === 'person' &&
        r.profile !== undefined &&
        r.occurrences.some((o) => o.start < phrase.start) &&
        nationality.every((w) => r.profile!.now.has(w)),
    );
    if (of.length === 1 && !hasShiftedRole(of[0]!.roles, ws)) return resolvedAs(of[0]!, phrase, 0.65);
  }
  // "…, the company said." / "The chipmaker said" / "the central bank said": a company or
  // a central bank described by its kind is the one named last before it.
  if (head && reading.opensWith('the')) {
    const named = organisationNamedBefore(phrase, head, ws, context);
    if (named) return resolvedAs(named, phrase, 0.7);
  }
  // "The founder of Wind Shift Capital added …" after "Pieter van Dongen, the company's
  // founder,": the one person named before with the description's head role. (Not for a
  // place's office: "Nigeria's delegate" is not India's delegate named before.)
  if (head && isPersonNoun(head) && !placeOwned) {
    const holder = onlyHolderBefore(phrase, head, context);
    if (holder) return resolvedAs(holder, phrase, 0.65);
  }
  // "The spokeswoman said" after "A trust spokeswoman said": the same unnamed speaker,
  // named as first written.
  if (reading.opensWith('the') && head) {
    for (let i = context.turns.length - 1; i >= 0; i--) {
      const t = context.turns[i]!;
      if (t.at >= phrase.start || t.referent) continue;
      const earlier = t.speaker.name.toLowerCase().split(/\s+/u);
      // The earlier phrase's head: the word before its first preposition, or its last word.
      const prepAt = earlier.findIndex((w, k) => k > 0 && HEAD_PREPOSITIONS.has(w));
      const earlierHead = prepAt > 0 ? earlier[prepAt - 1] : earlier[earlier.length - 1];
      if (/^(?:a|an|one)$/u.test(earlier[0]!) && earlier.length > 1 && earlierHead === head)
        return {
          speaker: { ...t.speaker, mention: { start: phrase.start, end: phrase.end } },
          referent: null,
          certainty: 0.65,
        };
    }
  }
  // Only a description anchored to an organisation introduces someone new ("its chief
  // executive", "the company's founder", "the head of the agency"); a bare "the official"
  // points back.
  const anchored = /^(?:its|their)\s|['’]s\s|\s(?:of|at|for)\s/iu.test(phrase.text);
  // "NAME said … . The head of the works added that …": "added" goes on with the speaker
  // of the paragraph's sentence before, never with someone named later.
  if (
    anchored &&
    head &&
    isPersonNoun(head) &&
    ADDED_AFTER.test(context.text.slice(phrase.end, phrase.end + 8))
  ) {
    const t = lastTurnNear(phrase, context);
    if (t?.referent?.type === 'person' && t.paragraph === context.paragraphOf(phrase.start))
      return resolvedAs(t.referent, phrase, 0.6);
  }
  const named =
    head && anchored && isPersonNoun(head)
      ? namedNext(phrase, head, roleWords, context, isArticleLead(phrase, context))
      : null;
  if (named) return resolvedAs(named, phrase, 0.65);
  // "…," the Dutchman said. / the Manchester City striker said / the conservative leader
  // said: a bare singular description of a person the article does not name again points
  // back to the person the passage is about.
  if (!anchored && head && reading.opensWith('the') && pointsBack(head, ws)) {
    // An age or a nationality alone never introduces a new person ("The 37-year-old
    // leader", "The Ethiopian, who has led …"): opening a paragraph, it still points back
    // to the person named in the paragraphs before. A bare role ("The head judge") may be
    // someone new there and stays as written.
    const strong =
      NATIONALITY_NOUNS.has(head) ||
      (ws.length === 1 && isNationalityWord(head)) ||
      ws.some((w) => AGE_NOUN.test(w) && !w.endsWith('s'));
    const back =
      personPointedBack(phrase, context) ?? (strong ? personNamedBefore(phrase, context, 2) : null);
    if (back) return resolvedAs(back, phrase, 0.6);
  }
  const previous = head ? previousParagraphSpeaker(phrase, head, ws, context) : null;
  if (previous) return resolvedAs(previous, phrase, 0.6);
  return unresolved(phrase, context, 0.7);
}

/** "added" right after a speaker phrase. */
const ADDED_AFTER = /^\s+added\b/u;

/** The one person named before `phrase` who holds the role `head`, or null. */
function onlyHolderBefore(phrase: SpeakerPhrase, head: string, context: ResolveContext): Referent | null {
  const holders = context.index.referents.filter(
    (r) => r.type === 'person' && r.occurrences.some((o) => o.start < phrase.start) && r.roles.has(head),
  );
  return holders.length === 1 ? holders[0]! : null;
}

/** Does the KB give `r` a nationality other than those of `nationality`? */
function otherNationality(r: Referent, nationality: readonly string[]): boolean {
  if (!r.profile) return false;
  for (const w of r.profile.now)
    if (w.length >= 5 && !nationality.includes(w) && isDemonym(w[0]!.toUpperCase() + w.slice(1))) return true;
  return false;
}
