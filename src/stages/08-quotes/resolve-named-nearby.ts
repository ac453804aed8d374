/**
 * The person a description stands for when its words match no title: a name in apposition
 * ("The prosecutor, Daniel Okafor KC,"), the person named just before or pointed back to, the
 * one named next when the description opens the article's lead, and the previous paragraph's
 * speaker for a paragraph that opens with a quotation. Separate from the word tests because
 * these read the document's order of mentions and speakers.
 */
import type { Span } from '../../core/span.js';
import { cuesIn, wordsIn } from './cues.js';
import { isOrgNoun, isPersonNoun, personNounGender } from './lexicon.js';
import { isKinDescription, isRanking, opensParagraphAsSubject } from './paragraph-subject.js';
import { profileHas } from './profile.js';
import { firstOccurrenceFrom, type Referent } from './referents.js';
import {
  countBefore,
  insideQuote,
  OPENING_MARKS,
  type ResolveContext,
  SENTENCE_BREAK,
  type SpeakerTurn,
} from './resolve-context.js';
import { isNationalityWord, PROXY_NOUNS, UNNAMED_HEADS } from './resolve-description-words.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/**
 * The person named right after a description, set off by commas: "The prosecutor, Daniel
 * Okafor KC, had told …", "The head of the delegation, presidential aide Vladimir
 * Medinsky, said …" (a few lower-case title words may stand before the name).
 */
export function appositivePerson(phrase: SpeakerPhrase, context: ResolveContext): Referent | null {
  const { text, index } = context;
  if (text.charCodeAt(phrase.end) !== 44) return null;
  const oi = firstOccurrenceFrom(index, phrase.end);
  const o = index.occurrences[oi];
  if (o?.referent.type !== 'person' || o.start - phrase.end > 40) return null;
  if (!/^,\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u.test(text.slice(phrase.end, o.start))) return null;
  // The name ends the apposition: a comma after it (a post-nominal like "KC" may stand between).
  return /^(?:\s+\p{Lu}{2,4})?,/u.test(text.slice(o.end, o.end + 8)) ? o.referent : null;
}

/** Heads for people a quotation paragraph's "the X said" rarely continues (new voices). */
const NEW_VOICE_HEADS: ReadonlySet<string> = new Set([
  'judge',
  'prosecutor',
  'lawyer',
  'doctor',
  'officer',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'referee',
]);

/**
 * "Reid Wiseman, the mission's commander, said … / “…,” the former Navy test pilot said.":
 * a definite description of one person in a paragraph that opens with a quotation, or
 * that is its paragraph's first subject (paragraph-subject.ts: "Asked …, the conservative
 * leader said"), with no one named before it in that paragraph, is the person who spoke
 * last in the paragraph before — when they were also the last person named there, their gender fits, and what
 * the article or the KB calls them does not contradict a one-word description.
 */
export function previousParagraphSpeaker(
  phrase: SpeakerPhrase,
  head: string,
  ws: readonly string[],
  context: ResolveContext,
): Referent | null {
  const { text } = context;
  const ranking = isRanking(phrase);
  if (
    !/^the\s/iu.test(phrase.text) ||
    !(isPersonNoun(head) || ranking) ||
    isOrgNoun(head) ||
    head.endsWith('s')
  )
    return null;
  if (UNNAMED_HEADS.has(head) || PROXY_NOUNS.has(head) || NEW_VOICE_HEADS.has(head)) return null;
  if (/['’]s\s/u.test(phrase.text)) return null;
  const paragraphStart = text.lastIndexOf('\n', phrase.start) + 1;
  const opensWithQuote = OPENING_MARKS.has(text[paragraphStart] ?? '');
  if (!opensWithQuote && !opensParagraphAsSubject(phrase, ws, text)) return null;
  const paragraph = context.paragraphOf(phrase.start);
  let turn: SpeakerTurn | undefined;
  for (let i = context.turns.length - 1; i >= 0; i--) {
    const t = context.turns[i]!;
    if (t.at >= phrase.start) continue;
    if (t.paragraph === paragraph) return null;
    if (t.paragraph === paragraph - 1) turn = t;
    break;
  }
  const r = turn?.referent;
  if (r?.type !== 'person') return null;
  // No other person named since, outside quotations.
  const occurrences = context.index.occurrences;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (insideQuote(context.quoted, o.start) || o.referent.type !== 'person') continue;
    if (o.referent !== r) return null;
    break;
  }
  const g = personNounGender(head);
  if (g !== 'unknown' && r.gender !== 'unknown' && r.gender !== g) return null;
  // (A description opening the paragraph as its subject is held to the title test
  // whatever its length: "The council leader has promised …" after Health Minister NAME
  // is someone else.)
  // (A relative's description, "the wife of …", names a kinship, no title to contradict.)
  if ((ws.length === 1 || !opensWithQuote) && !isKinDescription(phrase)) {
    const own = [...r.roles].filter((w) => isPersonNoun(w));
    const kb = r.profile ? profileHas(r.profile.now, head) || nationalityConfirmed(r.profile.now, ws) : false;
    if (own.length > 0 && !r.roles.has(head) && !kb) return null;
  }
  return r;
}

/**
 * "Asked …, the British-Canadian scientist said" after Geoffrey Hinton spoke: a nationality
 * in the description (a part of a compound one) that the KB profile gives the person
 * confirms the description where the head noun is no title of theirs.
 */
function nationalityConfirmed(profile: ReadonlySet<string>, ws: readonly string[]): boolean {
  return ws.some((w) => w.split('-').some((part) => isNationalityWord(part) && profile.has(part)));
}

/**
 * The person a description points back to: the paragraph's current named speaker, else
 * the last person named before it in the paragraph, outside quotations. A description
 * opening a paragraph ("The head judge said …") may bring in someone new: it stays.
 */
export function personPointedBack(phrase: SpeakerPhrase, context: ResolveContext): Referent | null {
  const paragraph = context.paragraphOf(phrase.start);
  for (let i = context.turns.length - 1; i >= 0; i--) {
    const t = context.turns[i]!;
    if (t.at >= phrase.start) continue;
    if (t.paragraph !== paragraph) break;
    if (t.referent?.type === 'person') return t.referent;
  }
  const occurrences = context.index.occurrences;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
    if (context.paragraphOf(o.start) < paragraph) break;
    if (o.referent.type === 'person') return o.referent;
  }
  return null;
}

/**
 * The last person named before `phrase` outside quotations, in its paragraph or at most
 * `paragraphs` paragraphs before it.
 */
export function personNamedBefore(
  phrase: SpeakerPhrase,
  context: ResolveContext,
  paragraphs: number,
): Referent | null {
  const paragraph = context.paragraphOf(phrase.start);
  const occurrences = context.index.occurrences;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
    if (context.paragraphOf(o.start) < paragraph - paragraphs) break;
    if (o.referent.type === 'person' && !possessorInPhrase(context.text, o)) return o.referent;
  }
  return null;
}

/**
 * "… for her role in Yorgos Lanthimos's “Poor Things”": a possessor inside a prepositional
 * phrase is no one the passage is about.
 */
function possessorInPhrase(text: string, o: Span): boolean {
  return (
    /^['’]s\s/u.test(text.slice(o.end, o.end + 3)) &&
    /\b(?:in|of|for|on|at|from|with|by|to)\s+$/u.test(text.slice(Math.max(0, o.start - 6), o.start))
  );
}

/**
 * A definite description no one before it fits ("…, its chief executive said." in a lead)
 * names the person the article introduces next: the first person first mentioned after
 * it, in the same or the next paragraph, as the subject or object of a speech cue
 * ("Anna Lindqvist told the newspaper …", "said Anna Lindqvist"), of a compatible gender
 * and with no title of their own that contradicts the description.
 */
/**
 * After a person named in a delayed lead: a speech cue later in their sentence ("NAME,
 * founder of X, said …"), or a paragraph right after theirs that opens with a quotation.
 */
function speaksInLead(text: string, from: number): boolean {
  const stop = text.slice(from, from + 300).search(/[.!?](?:\s|$)/u);
  const sentenceEnd = stop < 0 ? Math.min(text.length, from + 300) : from + stop;
  if (cuesIn(wordsIn(text, from, sentenceEnd)).some((c) => c.core)) return true;
  const paragraphEnd = text.indexOf('\n', from);
  return paragraphEnd >= 0 && /^\s*["“«„]/u.test(text.slice(paragraphEnd, paragraphEnd + 10));
}

/**
 * Does `phrase` open the article ("The owner of a Chiang Mai sanctuary says …")? A dateline
 * may stand before it ("LUXEMBOURG — The head of …"), and a headline may stand in its own
 * paragraph before the lead.
 */
export function isArticleLead(phrase: SpeakerPhrase, context: ResolveContext): boolean {
  const { text } = context;
  const paragraph = context.paragraphOf(phrase.start);
  if (paragraph > 1) return false;
  const paragraphStart = text.lastIndexOf('\n', phrase.start - 1) + 1;
  const before = text.slice(paragraphStart, phrase.start);
  if (before.trim() !== '' && !DATELINE.test(before)) return false;
  if (paragraph === 0) return true;
  // The paragraph before is a headline: one line, no full stop at its end.
  const headline = text.slice(0, paragraphStart).trim();
  return (
    headline.length > 0 && headline.length < 200 && !headline.includes('\n') && !/[.!?]$/u.test(headline)
  );
}

/**
 * A dateline opening the lead: "LUXEMBOURG — ", "SÃO PAULO, Brazil – ", "LOS ANGELES
 * (Reuters) - " (with the agency in brackets).
 */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu}\p{M}\s.'’-]*(?:,\s*[\p{L}\s.]+)?(?:\s*\([\p{L}\s.&/-]{1,30}\))?\s+[—–-]\s+$/u;

/**
 * @param lead - the description opens the article (a delayed lead): the person introduced
 *   next is the one it describes even under another title ("A concert promoter in Seoul
 *   says …" / "NAME, founder of the agency X, said …"), and a quotation paragraph right
 *   after the one naming them counts as their speaking.
 */
export function namedNext(
  phrase: SpeakerPhrase,
  head: string,
  roleWords: readonly string[],
  context: ResolveContext,
  lead = false,
): Referent | null {
  const { text, index } = context;
  const paragraph = context.paragraphOf(phrase.start);
  const gender = personNounGender(head);
  const personRoles = roleWords.filter((w) => isPersonNoun(w));
  const leadFrom = lead ? text.lastIndexOf('\n', phrase.start - 1) + 1 : 0;
  for (let oi = firstOccurrenceFrom(index, phrase.end); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start < phrase.end) continue;
    if (context.paragraphOf(o.start) > paragraph + 1) break;
    const r = o.referent;
    if (r.type !== 'person' || insideQuote(context.quoted, o.start)) continue;
    // Only a person the article has not named before the description (a headline above a
    // delayed lead may name them already).
    if (r.occurrences.some((x) => x.start < phrase.start && x.start >= leadFrom)) return null;
    if (gender !== 'unknown' && r.gender !== 'unknown' && r.gender !== gender) return null;
    const ownRoles = [...r.roles].filter((w) => isPersonNoun(w));
    const laterParagraph = context.paragraphOf(o.start) > paragraph;
    if (!(lead && laterParagraph) && ownRoles.length > 0 && !personRoles.some((w) => r.roles.has(w))) {
      // "The head of the fire department said … exposing a rift with Mayor Karen Bass": a
      // person of another title in the description's own sentence of a delayed lead is
      // someone it speaks about; the search goes on past them.
      if (lead && !SENTENCE_BREAK.test(text.slice(phrase.end, o.start + 1))) continue;
      return null;
    }
    const after = wordsIn(text, o.end, Math.min(text.length, o.end + 60), 3);
    const before = wordsIn(text, Math.max(0, o.start - 30), o.start).slice(-2);
    const speaks = cuesIn(after).some((c) => c.core) || cuesIn(before).some((c) => c.core);
    // The delayed lead's person is introduced in a later paragraph, not inside the lead.
    return speaks || (lead && laterParagraph && speaksInLead(text, o.end)) ? r : null;
  }
  return null;
}
