/**
 * The context a linker reads around a mention: the cue words of its sentence near it (as
 * normalised cue text), and what the text says of the mention right beside it — the head of
 * an apposition, a stated age, a word of kinship, a regnal number, a word making the name a
 * thing's — each read on first use. What those readings decide lives in the modules by theme:
 * private-persons.ts (a private individual rather than the candidate), describing-words.ts
 * (occupations, sports and arts), ages-in-copy.ts, plural-presentations.ts,
 * local-presentations.ts, name-presentations.ts, namesake-cues.ts, kin-introductions.ts,
 * thing-cues.ts, public-and-private-life.ts.
 */
import type { Sentence } from '../../core/annotations.js';
import { firstSpanEndingAfter, type Span } from '../../core/span.js';
import { statedAge } from './ages-in-copy.js';
import { possessiveBusiness, tickerSymbol, venueWordBefore } from './business-names.js';
import {
  appositionAfter,
  headNoun,
  kinshipHead,
  thingHead,
  thingWordAfter,
  thingWordBefore,
} from './descriptor.js';
import type { LocalPlace } from './local-presentations.js';
import { regnalNumberWith } from './regnal-numerals.js';
import { ANY_ROLE_CUE, cueText, type DocumentCueText, mayHaveRoleCue } from './roles.js';
import { bareArticle, namedIntroduction, placeNounBefore } from './thing-cues.js';

/** How far (UTF-16 units) a cue may stand from the mention inside its sentence. */
export const WINDOW = 90;

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
  /** The age copy gives the person ("Mark Root, 54,", "the 22-year-old Marco Rubio"), or null. */
  readonly age: number | null;
  /** "…, father of the current president": a kinship noun the apposition describes the mention by. */
  readonly kin: string | null;
  /** "sportswear maker Macron", "the Petro, the oil-backed cryptocurrency": the words that make the name a thing's. */
  readonly thing: string | null;
  /** "Elizabeth I's locket", "Charles I": a regnal number written right after the name, or null. */
  readonly regnal: string | null;
  /** The text the mention stands in, and its span (for checks read only when a candidate asks). */
  readonly text: string;
  readonly span: Span;
  /** The words saying the mention only bears a famous name, once computed (see namesakeCue, namesake-cues.ts). */
  namesake?: string | null;
  /** The plural noun presenting the mention among several people, once computed (see presentedAmong, plural-presentations.ts). */
  presentedAmong?: string | null;
  /** The town a private presentation places the mention in, once computed (see local-presentations.ts). */
  localPlace?: LocalPlace | null;
  /** Whether that plural places the people in a town ("Two dockworkers in Gdańsk, …"), computed with it. */
  amongPlaced?: boolean;
  /** The occupation word near the mention, once computed (every candidate asks; see privateWord, describing-words.ts). */
  privateWord?: string | null;
  /** Whether a role cue stands near the mention, once computed (see {@link hasRoleCue}). */
  roleCue?: boolean;
  /** The sports or arts word among the describing words, and just before the name, once computed. */
  sport?: string | null;
  sportBefore?: string | null;
}

/** True when any role cue (a title, "minister", "secretary") stands near the mention; read once per context. */
export function hasRoleCue(context: MentionContext): boolean {
  context.roleCue ??= mayHaveRoleCue(context.around) && ANY_ROLE_CUE.test(context.around);
  return context.roleCue;
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
 * words are not this mention's). `cue`: the document's cue text, to cut the sides from.
 */
export function mentionContext(
  text: string,
  sentences: readonly Sentence[],
  span: Span,
  leftLimit = 0,
  cue: DocumentCueText | null = null,
): MentionContext {
  const sentence = sentenceOf(sentences, span, text.length);
  const from = Math.max(sentence.start, span.start - WINDOW, leftLimit);
  const to = Math.min(sentence.end, span.end + WINDOW);
  const left = cue ? cue.of(from, span.start) : cueText(text.slice(from, span.start));
  const right = cue ? cue.of(span.end, to) : cueText(text.slice(span.end, to));
  return new LazyMentionContext(text, span, left, right);
}

/** Not yet read (a field of {@link LazyMentionContext} whose value may be null). */
const UNREAD: unique symbol = Symbol('unread');
type Unread = typeof UNREAD;

/**
 * A mention's context whose descriptive fields (apposition head, age, kinship, regnal
 * number, thing word) are read from the text on first use. Most contexts are made for a
 * candidate that only reads the cue words around the mention (on the news bench about three
 * in four never ask for the thing word, the age or the regnal number): reading the rest
 * every time cost more than the cue words. Each field is a pure function of the text, the
 * span and the cue words, so reading it later gives what reading it at once gave. Getters on
 * the class, not on each object (accessor literals cost the GC dearly).
 */
class LazyMentionContext implements MentionContext {
  readonly around: string;
  private appositionRead: string | null | Unread = UNREAD;
  private headRead: string | null | Unread = UNREAD;
  private ageRead: number | null | Unread = UNREAD;
  private kinRead: string | null | Unread = UNREAD;
  private regnalRead: string | null | Unread = UNREAD;
  private thingRead: string | null | Unread = UNREAD;
  namesake?: string | null = undefined;
  presentedAmong?: string | null = undefined;
  localPlace?: LocalPlace | null = undefined;
  amongPlaced?: boolean = undefined;
  privateWord?: string | null = undefined;
  roleCue?: boolean = undefined;
  sport?: string | null = undefined;
  sportBefore?: string | null = undefined;

  constructor(
    readonly text: string,
    readonly span: Span,
    readonly left: string,
    readonly right: string,
  ) {
    this.around = ` ${left} ${right} `;
  }

  /** The apposition right after the mention ("…, a courier in Wuhan"), or null. */
  private get apposition(): string | null {
    if (this.appositionRead === UNREAD) this.appositionRead = appositionAfter(this.text, this.span.end);
    return this.appositionRead;
  }

  get head(): string | null {
    if (this.headRead === UNREAD) {
      const apposition = this.apposition;
      this.headRead = apposition ? headNoun(apposition) : null;
    }
    return this.headRead;
  }

  get headIndefinite(): boolean {
    const apposition = this.apposition;
    return apposition !== null && /^an?\s/i.test(apposition);
  }

  get age(): number | null {
    if (this.ageRead === UNREAD)
      this.ageRead = statedAge(this.text, this.span.end, this.left, this.right, this.apposition);
    return this.ageRead;
  }

  get kin(): string | null {
    if (this.kinRead === UNREAD) {
      const apposition = this.apposition;
      this.kinRead = apposition ? kinshipHead(apposition) : null;
    }
    return this.kinRead;
  }

  get regnal(): string | null {
    if (this.regnalRead === UNREAD) this.regnalRead = regnalNumberWith(this.text, this.span);
    return this.regnalRead;
  }

  get thing(): string | null {
    if (this.thingRead === UNREAD) {
      const { text, span, left, right } = this;
      this.thingRead =
        thingWordBefore(text, span.start, left) ??
        thingWordAfter(right) ??
        thingHead(this.head) ??
        bareArticle(text, span) ??
        placeNounBefore(text, span) ??
        possessiveBusiness(text, span.start, span.end) ??
        venueWordBefore(text, span.start) ??
        namedIntroduction(text, span.start) ??
        tickerSymbol(text, span.start, span.end);
    }
    return this.thingRead;
  }
}
