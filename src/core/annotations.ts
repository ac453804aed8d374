/**
 * The typed stand-off layers of a {@link NewsDoc}. Every record points into the
 * cleaned text with a {@link Span} (UTF-16 offsets); substrings are derived from the
 * text when needed. Records produced by a stage carry {@link Attribution}: which stage
 * made them and how confident it is, so a reader can tell a rule from a model guess.
 */
import type { Span } from './span.js';

/** Who made an annotation (stage name) and how sure it is, in 0..1. */
export interface Attribution {
  readonly by: string;
  readonly confidence: number;
}

/** Structural role of a block of text, as extraction or cleanup saw it. */
export type BlockRole = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'preformatted';

/**
 * A block of the *source* text (before cleanup): what HTML extraction finds, or a
 * paragraph of a plain-text file. Offsets point into `doc.get('source')`.
 */
export interface Block extends Span {
  readonly role: BlockRole;
}

/** A paragraph of the cleaned text, keeping the structural role of its block. */
export interface Paragraph extends Span {
  readonly role: BlockRole;
}

export type Sentence = Span;

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol' | 'url' | 'email';

export interface Token extends Span {
  readonly kind: TokenKind;
}

export const ENTITY_TYPES = ['person', 'organization', 'location', 'event', 'misc'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A name found in the text, before linking: a candidate for an {@link Entity}. */
export interface Mention extends Span, Attribution {
  readonly type: EntityType;
}

/** One occurrence of an entity. `repaired` is true where the surface form was mangled. */
export interface EntityMention extends Span {
  readonly repaired: boolean;
  /** True for a description that stands for the entity ("the founder of Wind Shift Capital"), not a name. */
  readonly description?: boolean;
}

/** Why a mention was repaired (or linked): a cue and how strongly it spoke. */
export interface Evidence {
  readonly kind:
    | 'exact-name'
    | 'alias'
    | 'role-context'
    | 'sound-alike'
    | 'spelling'
    | 'document-consistency'
    | 'co-mention'
    | 'popularity'
    | 'corpus-alignment'
    /** Generic words of a name swapped for synonyms by a spinner or translation ("Safety" for Security). */
    | 'word-substitution'
    /** On an unlinked entity: why a same- or like-named KB entity was refused ("described as a courier"). */
    | 'contradiction';
  readonly detail: string;
  readonly score: number;
}

/** A person, organization, place, event or other named thing the article speaks of. */
export interface Entity extends Attribution {
  readonly id: string;
  readonly type: EntityType;
  /** Canonical name: the knowledge-base name when linked, else the best surface form. */
  readonly name: string;
  readonly kbId: string | null;
  readonly mentions: readonly EntityMention[];
  readonly evidence: readonly Evidence[];
}

export const QUOTE_KINDS = ['direct', 'partial', 'indirect'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** The organisation an unnamed speaker speaks for or belongs to. */
export interface Affiliation {
  readonly name: string;
  readonly entityId: string | null;
}

export interface Speaker {
  readonly name: string;
  readonly entityId: string | null;
  /** Where the speaker is named or referred to (a name, title or pronoun), if in the text. */
  readonly mention: Span | null;
  /**
   * True for an unnamed source: a description of a person or a group that the article
   * never ties to a name ("a senior diplomat", "officials", "the prime minister's
   * spokesman"). `name` is then the description as written and `entityId` is null.
   */
  readonly anonymous?: true;
  /**
   * For an unnamed source, the organisation it speaks for or belongs to, where the
   * description names one ("a spokesperson for TikTok", "a police spokesperson").
   */
  readonly affiliation?: Affiliation;
}

/** The verb or phrase that introduces reported speech ("said", "according to"). */
export interface Cue extends Span {
  readonly text: string;
}

export interface Quote extends Span, Attribution {
  readonly kind: QuoteKind;
  readonly speaker: Speaker | null;
  readonly cue: Cue | null;
}

/** What a figure measures. Money carries its ISO 4217 currency code in `unit`. */
export type FigureKind = 'percent' | 'money' | 'count' | 'year' | 'quantity' | 'ordinal';

export interface Figure extends Span, Attribution {
  readonly kind: FigureKind;
  /** The full numeric value: "$1.2bn" is 1_200_000_000, "5 %" is 5. */
  readonly value: number;
  /** `percent`, an ISO currency code (`USD`), `count`, `year`, or a measure unit (`km`). */
  readonly unit: string;
  /** What is counted or measured ("NATO members", "GDP"), where the text says. */
  readonly subject: string | null;
}

export type DateGrain = 'day' | 'month' | 'year' | 'time';

export interface DateMention extends Span, Attribution {
  /** ISO 8601 at the grain: `2025-02-13`, `2025-02`, `2025`, or a full timestamp. */
  readonly value: string;
  readonly grain: DateGrain;
  /** True when resolved against the article date ("on Thursday", "last week"). */
  readonly relative: boolean;
}

export const DEBRIS_KINDS = [
  'caption',
  'photo-credit',
  'image-url',
  'source-link',
  'read-more',
  'share',
  'section-label',
  'boilerplate',
] as const;
export type DebrisKind = (typeof DEBRIS_KINDS)[number];

/**
 * Text removed from the body by cleanup. Kept, not discarded: debris is evidence of
 * where a copy came from. `source` points into the pre-cleanup source text.
 */
export interface Removed extends Attribution {
  readonly kind: DebrisKind;
  readonly text: string;
  readonly source: Span;
}

export type SignalKind =
  | 'agency-credit'
  | 'image-host'
  | 'source-link'
  | 'canonical-url'
  | 'publisher'
  | 'byline'
  | 'dateline'
  | 'translation-artifact'
  | 'repaired-name'
  | 'debris';

/** A clue about where the story came from, and how it reached this copy. */
export interface ProvenanceSignal extends Attribution {
  readonly kind: SignalKind;
  /** The clue itself: an agency name, a host name, a URL, an artifact. */
  readonly value: string;
  readonly detail: string | null;
}

export interface ProvenanceScores {
  /** 0..1, or null until the provenance stage has scored the article. */
  readonly machineTranslated: number | null;
  readonly scraped: number | null;
}

export interface Provenance {
  readonly originalPublisher: string | null;
  readonly scores: ProvenanceScores;
}
