/**
 * The context a linker reads around a mention: the words of its sentence near it, as
 * normalised cue text, and the whole document's sentences for cues that introduce a
 * person before the name appears. Also the words that say "this is somebody else".
 */
import type { Sentence } from '../../core/annotations.js';
import { firstSpanEndingAfter, type Span } from '../../core/span.js';
import type { KbEntity } from '../../kb/model.js';
import { appositionAfter, contradictingHead, headNoun, profileText } from './descriptor.js';
import { cueText } from './roles.js';

/** How far (UTF-16 units) a cue may stand from the mention inside its sentence. */
const WINDOW = 90;

export interface MentionContext {
  /** Cue text left and right of the mention, within its sentence and the window. */
  readonly left: string;
  readonly right: string;
  /** Both sides, padded with spaces for whole-word `includes` checks. */
  readonly around: string;
  /** Head noun of an apposition right after the mention ("…, a courier in Wuhan" → "courier"). */
  readonly head: string | null;
  /** True when that apposition begins with "a"/"an" (somebody presented to the reader). */
  readonly headIndefinite: boolean;
  /** The occupation word near the mention, once computed (every candidate asks; see describesPrivatePerson). */
  privateWord?: string | null;
}

/** The sentence containing `span`, or a window of the text when sentences are missing. */
export function sentenceOf(sentences: readonly Sentence[], span: Span, textLength: number): Span {
  const i = firstSpanEndingAfter(sentences, span.start);
  const s = sentences[i];
  if (s && s.start <= span.start) return s;
  return { start: Math.max(0, span.start - WINDOW * 2), end: Math.min(textLength, span.end + WINDOW * 2) };
}

/**
 * The context of `span`: cue text within its sentence and the window. `leftLimit`: where the
 * left side may start at the earliest (the end of the previous person's name, whose title
 * words are not this mention's).
 */
export function mentionContext(
  text: string,
  sentences: readonly Sentence[],
  span: Span,
  leftLimit = 0,
): MentionContext {
  const sentence = sentenceOf(sentences, span, text.length);
  const left = cueText(text.slice(Math.max(sentence.start, span.start - WINDOW, leftLimit), span.start));
  const right = cueText(text.slice(span.end, Math.min(sentence.end, span.end + WINDOW)));
  const apposition = appositionAfter(text, span.end);
  return {
    left,
    right,
    around: ` ${left} ${right} `,
    head: apposition ? headNoun(apposition) : null,
    headIndefinite: apposition !== null && /^an?\s/i.test(apposition),
  };
}

/**
 * Descriptions that make a person an ordinary private individual ("a dairy farmer",
 * "the 54-year-old", "the opera singer"): a famous namesake is then not repaired into.
 */
const PRIVATE_PERSON =
  /\b(farmer|dairy|rancher|grower|singer|soprano|tenor|opera|teacher|student|pupil|nurse|plumber|carpenter|baker|chef|fisherman|shopkeeper|grandmother|grandfather|grandson|granddaughter|resident|residents|neighbou?r|villager|pensioner|retiree|homeowner|landlord|tenant|driver|mechanic|electrician|worker|employee|footballer|striker|midfielder|goalkeeper|defender|cyclist|swimmer|athlete|boxer|actor|actress|painter|sculptor|novelist|poet|musician|guitarist|drummer|rapper|cellist|violinist|pianist|organist|saxophonist|trumpeter|pastor|vicar|priest|imam|rabbi|florist|butcher|waiter|waitress|barista|cashier|librarian|accountant|dentist|veterinarian|vet|firefighter|paramedic|volunteer|victim|survivor|eyewitness|witness|passer by|shopper|commuter|tourist|fan|fans|local man|local woman|schoolboy|schoolgirl|toddler|baby|coach|owner|runs|pizzeria|restaurant|cafe|bakery|shop|stall|kiosk|farm|pub|rickshaw|autorickshaw|tuk tuk|hawker|vendor|street food|night market|market stall|salon|diner|taxi|cab|engineer|lottery|choir|hobby|amateur|year old|years old|aged)\b/;

/** Verbs that state a person's trade right after the name ("runs a bakery", "works as a nurse"). */
const OCCUPATION_VERB =
  /^ ?(has |had |still )?(run|runs|ran|owns|owned|sells|sold|works as|worked as|teaches|taught|drives|drove|bakes|farms|coaches|cooks|repairs|keeps|manages)\b/;

/**
 * What makes the mention a private individual rather than `candidate`, or null: the head
 * noun of an apposition naming an ordinary occupation the candidate's profile does not
 * mention ("Wang Li, a food delivery rider"), or a listed word just before the name or in
 * the apposition ("local teacher Peter Hegseth"). The word is returned for the evidence.
 */
export function describesPrivatePerson(context: MentionContext, candidate: KbEntity): string | null {
  const head = contradictingHead(context.head, candidate, context.headIndefinite);
  if (head) return head;
  const word = privateWord(context);
  return word !== null && !profileText(candidate).includes(` ${word} `) ? word : null;
}

/**
 * Words of public affairs (politics, diplomacy, war, markets, institutions): an article
 * with none of them is no place to take a near-miss of a famous name for its bearer.
 */
const PUBLIC_AFFAIRS =
  /\b(president|prime minister|minister|government|parliament|congress|senate|election|elections|vote|campaign|party|summit|talks|treaty|sanctions|tariffs?|tolls|trade|war|troops|military|army|defen[cs]e|security|allies|nato|ceasefire|diplomat|diplomatic|embassy|envoy|policy|officials?|administration|white house|kremlin|pentagon|cabinet|central bank|interest rates?|inflation|economy|budget|court|ruling|opposition|protesters|sworn|inauguration|visit|state visit|leader|leaders|sidelines|export controls|exports|imports|negotiations|minister)\b/;

/** The first word of public affairs in `cue` (padded cue text), or null. */
export function publicAffairsIn(cue: string): string | null {
  return PUBLIC_AFFAIRS.exec(cue)?.[0] ?? null;
}

/** The first word of private life in `cue` (padded cue text of a sentence), or null. */
export function privateLifeIn(cue: string): string | null {
  return PRIVATE_PERSON.exec(cue)?.[0] ?? null;
}

/** The occupation word of a context (computed once per context: every candidate asks). */
function privateWord(context: MentionContext): string | null {
  let word = context.privateWord;
  if (word === undefined) {
    // The words just before the name ("local teacher Peter Hegseth"), and an apposition right
    // after it ("Mark Root, a dairy farmer from Ohio") — not what the sentence says of others.
    const leftWords = context.left.trim().split(' ').slice(-3);
    const rightWords = context.right.trim().split(' ');
    const apposition = /^(a|an|the|who|whose|\d+)$/.test(rightWords[0] ?? '');
    // "Kazuo Ueda runs a ramen stall", "… has run the corner bakery for 31 years": a trade as predicate.
    const verb = OCCUPATION_VERB.exec(context.right);
    // After the verb only: "runs" itself says nothing ("runs the central bank").
    const right = apposition
      ? rightWords.slice(0, 7).join(' ')
      : verb
        ? context.right.slice(verb[0].length).trim().split(' ').slice(0, 7).join(' ')
        : '';
    const near = ` ${leftWords.join(' ')} ${right} `;
    word = PRIVATE_PERSON.exec(near)?.[0] ?? null;
    context.privateWord = word;
  }
  return word;
}

/** "Mark Root, 54, said": an age right after the name is how copy introduces private people. */
export function givesAge(context: MentionContext): boolean {
  return /^ ?\d{1,3} /.test(context.right);
}

/** "Mark Root, a …" / "Mark Root, the …" / "Mark Root, who …": the name is being introduced by a description. */
export function introducedByApposition(text: string, end: number): boolean {
  return /^\s*,\s*(a|an|the|who|whose)\b/i.test(text.slice(end, end + 12));
}
