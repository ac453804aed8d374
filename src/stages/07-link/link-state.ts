/**
 * The per-document state every pass of the linker reads: the input, the knowledge base as
 * this document sees it, the thresholds, the article's cue texts (read once, on first use)
 * and the small readings of the text around a mention that several passes share.
 *
 * The linker (link-document.ts) is a stack of layers, one class per concern, each extending
 * the one below: state ← clusters ← places ← support ← sound-alikes ← exact names ← one-word
 * names ← mention spans ← consistency ← missed names ← events and descriptions ← linker. A
 * layer calls only what lies below it, so a newcomer reads a concern in one file and the
 * files import in one direction. This bottom layer decides nothing.
 */

import type {
  EntityMention,
  EntityType,
  Evidence,
  Mention,
  Sentence,
  Token,
} from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import type { KbEntity, KbNameKind } from '../../kb/model.js';
import type { KnowledgeBase, NameHit } from '../../ports/knowledge-base.js';
import { accentedThingWords } from './accented-sources.js';
import { type Candidate, CandidateSearch, COMPATIBLE, type RaisedFloor } from './candidate-search.js';
import { type MentionContext, sentenceOf } from './context.js';
import { profileText } from './descriptor.js';
import { DocumentKnowledgeBase } from './document-kb.js';
import { CueMatches, evidence, OrgNames } from './evidence.js';
import { commonNounInSentence } from './lone-names.js';
import { OtherThingsNamed } from './other-things-named.js';
import { cueWithoutOthersDescriptions } from './others-descriptions.js';
import { privateLifeIn, publicAffairsIn } from './public-and-private-life.js';
import { cueText, DocumentCueText } from './roles.js';
import { documentSpheres, personSphere, type Sphere, tradeSphere } from './spheres.js';
import { isSpinnerWord } from './spinner-lexicon.js';

export interface LinkThresholds {
  /** Least name similarity for a repair backed by a role cue (title + organisation) next to the mention. */
  readonly withRoleAndOrg: number;
  /** … backed by a role title next to the mention, organisation not named. */
  readonly withRoleTitle: number;
  /** … backed by a role cue elsewhere in the article, or an organisation the person leads. */
  readonly withDocumentCue: number;
  /** … with no cue next to it, no rival candidate, and one kind of support in the article. */
  readonly spellingOnly: number;
  /** … with no cue next to it, no rival candidate, and two kinds of support in the article. */
  readonly corroborated: number;
  /** … of a household name (prominence 5) with no support, no rival, nothing of private life in the sentence. */
  readonly householdName: number;
  /** … of a full name very like one prominent person's, with no rival candidate at all (see `fuzzy`). */
  readonly strongLikeness: number;
  /** Least similarity for a one-word mention to join an earlier full form. */
  readonly surnameJoin: number;
  /** Least similarity for a sound-alike organisation, place or event name (no cue needed). */
  readonly otherTypes: number;
}

export const DEFAULT_THRESHOLDS: LinkThresholds = {
  withRoleAndOrg: 0.55,
  withRoleTitle: 0.7,
  withDocumentCue: 0.78,
  spellingOnly: 0.92,
  corroborated: 0.86,
  householdName: 0.95,
  strongLikeness: 0.86,
  surnameJoin: 0.78,
  otherTypes: 0.9,
};

export interface LinkInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  /** Word tokens, for names the mention layer missed; without them only mentions are linked. */
  readonly tokens?: readonly Token[];
  /** Article date (ISO); roles are matched as held on it. */
  readonly date: string | null;
}

export interface Decision {
  readonly entity: KbEntity | null;
  readonly evidence: Evidence[];
  readonly confidence: number;
  /** The KB entity the context refused (a namesake described as somebody else). */
  readonly refusedEntity?: KbEntity;
  /** The type the mention turned out to have ("FICO said": a company, not a person the tagger saw). */
  readonly asType?: EntityType;
}

/** No link: the mention keeps its surface name. A fresh object, since clusters add evidence. */
export function nil(): Decision {
  return { entity: null, evidence: [], confidence: 0.5 };
}

/** No link, because the context describes somebody else: the refusal shows as evidence. */
export function refused(entity: KbEntity, word: string): Decision {
  return {
    entity: null,
    evidence: [evidence('contradiction', `described as "${word}": not ${entity.name} (${entity.id})`, 1)],
    confidence: 0.6,
    refusedEntity: entity,
  };
}

/** A mention ready for linking: its cleaned surface, normalised form, and context once read. */
export interface Prepared {
  readonly m: Mention;
  readonly surface: string;
  readonly norm: string;
  context: MentionContext | null;
}

export interface Cluster {
  readonly surface: string;
  /** `normalizeName(surface)`, made once (passes compare it with every later mention). */
  readonly norm: string;
  readonly type: EntityType;
  decision: Decision;
  readonly mentions: EntityMention[];
  /** Letters of the surnames a one-word mention may join it under (computed on first use), and their letter profiles. */
  surnameLetters?: string[];
  surnameProfiles?: Int32Array;
  /** Letters of the first word of a private (NIL) person's full form, set with `surnameLetters`. */
  leadLetters?: string;
  /** Whether a surface is a repair of the cluster's entity, per surface seen. */
  repairs?: Map<string, boolean>;
}

/** A capitalised word right after a given name: the tagger cut a longer name ("George HW Bush"). */
const NAME_WORD_AFTER = /^\s["“(]?\p{Lu}/u;

/** Punctuation or a function word after a given name alone (see `givenNameSlot`). */
const GIVEN_NAME_SLOT_AFTER =
  /^(?:[,.;:!?"”’')]|\s+(?:is|was|has|had|and|or|who|will|would|could|can|did|does|do|may|might|must|should|also|then|later|just|still|never|not|[a-z]{2,}(?:es|s))\b)/;

/** A verb of saying right after a name: the name is its subject. */
const SAYS_AFTER = /^\s(?:said|says|told|added)\b/;

const NAME_SLOT_AFTER =
  /^(['’]s\b|,|\s+(?:(?:also|later|then|again|separately|earlier|previously|repeatedly)\s+)?(said|says|told|added|argued|warned|insisted|stressed|noted|replied|urged|wrote|spoke|met|took|gave|sent|made|held|became|chose|sought|[a-z]{3,}ed)\b)/;

export abstract class LinkState {
  protected readonly orgs: OrgNames;

  /** Ids of entities linked with confidence, for co-mention evidence. */
  protected readonly linked = new Set<string>();

  /**
   * A link decided by one piece of evidence, recorded among the article's links (so later
   * mentions can cite it as a co-mention).
   */
  protected linkedBy(
    entity: KbEntity,
    because: Evidence | readonly Evidence[],
    confidence: number,
  ): Decision {
    this.linked.add(entity.id);
    return { entity, evidence: Array.isArray(because) ? [...because] : [because as Evidence], confidence };
  }

  /** Cue text of every sentence, computed when a candidate first asks for a role elsewhere. */
  private sentenceCuesCache: string[] | null = null;

  /** What the article says of other things' names (other-things-named.ts), read on first use. */
  private otherThingsCache: OtherThingsNamed | null = null;

  protected get otherThings(): OtherThingsNamed {
    this.otherThingsCache ??= new OtherThingsNamed(this.input.text);
    return this.otherThingsCache;
  }

  /** The accented words the article writes as things' (accented-sources.ts), read on first use. */
  private accentedWordsCache: ReadonlyMap<string, string> | null = null;

  protected get accentedWords(): ReadonlyMap<string, string> {
    this.accentedWordsCache ??= accentedThingWords(this.input.text);
    return this.accentedWordsCache;
  }

  /** Whether the article speaks of public affairs and of no private life (read once). */
  private publicNewsCache: boolean | null = null;

  protected get publicNews(): boolean {
    this.publicNewsCache ??=
      publicAffairsIn(this.documentCue) !== null && privateLifeIn(this.documentCue) === null;
    return this.publicNewsCache;
  }

  /** The spheres the article speaks of (spheres.ts; read once, when a candidate first asks). */
  private spheresCache: ReadonlySet<Sphere> | null = null;

  /** The sphere of `entity` when the article speaks of it, else null. */
  protected sharedSphere(entity: KbEntity): Sphere | null {
    this.spheresCache ??= documentSpheres(this.documentCue);
    if (this.spheresCache.size === 0) return null;
    const sphere = personSphere(profileText(entity));
    return sphere && this.spheresCache.has(sphere) ? sphere : null;
  }

  /** The sphere of the mention's own trade word (tradeSphere) when it is the candidate's, else null. */
  protected describedInSphere(context: MentionContext, entity: KbEntity): Sphere | null {
    const sphere = tradeSphere(context.head, context.left.trim().split(' ').at(-1) ?? '');
    return sphere !== null && personSphere(profileText(entity)) === sphere ? sphere : null;
  }

  /** The whole article as cue text for support checks ("us" in lower case dropped: it is not the US). */
  private supportCueCache: string | null = null;

  /** The KB with this document's exact-name lookups remembered. */
  protected readonly kb: DocumentKnowledgeBase;

  constructor(
    kb: KnowledgeBase,
    protected readonly input: LinkInput,
    protected readonly thresholds: LinkThresholds = DEFAULT_THRESHOLDS,
    useCache = true,
  ) {
    this.kb = new DocumentKnowledgeBase(kb);
    this.orgs = OrgNames.for(kb);
    this.search = new CandidateSearch(kb, useCache);
  }

  /** Sound-alike candidate search, with the fuzzy-index hits of each surface read once per document. */
  private readonly search: CandidateSearch;

  protected get sentenceCues(): string[] {
    if (!this.sentenceCuesCache) {
      const { text, sentences } = this.input;
      this.sentenceCuesCache = sentences.map((s) => ` ${this.spanCues.of(s.start, s.end)} `);
      if (this.sentenceCuesCache.length === 0)
        this.sentenceCuesCache.push(` ${this.spanCues.of(0, text.length)} `);
    }
    return this.sentenceCuesCache;
  }

  /** Cue text of the whole article (a quick test before reading it sentence by sentence). */
  protected get documentCue(): string {
    // One pass over the text; matches across a sentence break only make the test looser.
    this.documentCueCache ??= ` ${this.spanCues.of(0, this.input.text.length)} `;
    return this.documentCueCache;
  }

  private documentCueCache: string | null = null;

  /** Cue text of the document's spans, made on first use. */
  protected get spanCues(): DocumentCueText {
    this.spanCuesCache ??= new DocumentCueText(this.input.text);
    return this.spanCuesCache;
  }

  private spanCuesCache: DocumentCueText | null = null;

  /** The article as cue text without the pronoun "us" (see `corroboration`). */
  protected get supportCue(): string {
    this.supportCueCache ??= ` ${cueText(this.input.text.replace(/\bus\b/g, ' '))} `;
    return this.supportCueCache;
  }

  /** Countries the article names (set before the spun names are looked for). */
  protected countries: ReadonlySet<string> = new Set();

  /** Role-cue matches in the article's texts (whole, sentences), per pattern and text. */
  protected readonly cues = new CueMatches();

  /**
   * The lower-case words right after `end` (one or two) that finish a listed spun phrase
   * with the name's last word ("financial" + "institution", "court" + "docket"), as written;
   * '' when none do.
   */
  protected phraseTail(norm: string, end: number): string {
    const after = /^ ([a-z]+)(?: ([a-z]+))?/.exec(this.input.text.slice(end, end + 40));
    if (!after) return '';
    const last = norm.slice(norm.lastIndexOf(' ') + 1);
    if (isSpinnerWord(`${last} ${after[1]}`)) return after[1]!;
    if (after[2] && isSpinnerWord(`${last} ${after[1]} ${after[2]}`)) return `${after[1]} ${after[2]}`;
    return '';
  }

  protected compatible(type: EntityType, hit: NameHit): boolean {
    return COMPATIBLE[type].includes(hit.entity.type);
  }

  /** Whether two offsets of the text fall in one sentence. */
  protected sameSentence(a: number, b: number): boolean {
    return this.input.sentences.some((x) => x.start <= a && b <= x.end);
  }

  /** Whether a verb of saying follows `end` ("Ueda said"). */
  protected saysAfter(end: number): boolean {
    return SAYS_AFTER.test(this.input.text.slice(end, end + 12));
  }

  /** The most prominent KB person with `name` as name or alias, or null. */
  protected personNamed(name: string): KbEntity | null {
    let best: KbEntity | null = null;
    for (const h of this.kb.lookup(name)) {
      if (h.entity.type !== 'person' || (h.kind !== 'name' && h.kind !== 'alias')) continue;
      if (!best || h.entity.prominence > best.prominence) best = h.entity;
    }
    return best;
  }

  /** Sound-alike candidates (see {@link CandidateSearch.candidates}). */
  protected candidates(
    surface: string,
    type: EntityType,
    kinds: ReadonlySet<KbNameKind>,
    floor = 0.5,
    minProminence = 0,
    raise: RaisedFloor | null = null,
  ): Candidate[] {
    return this.search.candidates(surface, type, kinds, floor, minProminence, raise);
  }

  /** Whether the one-word name at `span` is a common noun of its sentence ({@link commonNounInSentence}). */
  protected commonNounAt(span: Span): boolean {
    const sentence = sentenceOf(this.input.sentences, span, this.input.text.length);
    return commonNounInSentence(this.input.text, sentence, span.start, span.end);
  }

  /** Cue text of the sentence ending after `at` without the words presenting the other people it names. */
  protected ownSentenceCue(at: number, surface: string): string {
    const s = sentenceOf(
      this.input.sentences,
      { start: Math.max(0, at - 1), end: at },
      this.input.text.length,
    );
    return cueWithoutOthersDescriptions(this.input.text, this.input.mentions, s.start, s.end, surface);
  }

  /** Cue text of the sentence around offset `at`. */
  protected sentenceCueAt(at: number): string {
    const s = sentenceOf(
      this.input.sentences,
      { start: Math.max(0, at - 1), end: at },
      this.input.text.length,
    );
    return ` ${this.spanCues.of(s.start, s.end)} `;
  }

  /**
   * {@link sentenceCueAt} for the mention `start`–`end`, without the mention's own words when
   * they hold a word of private life: "Tailor Swift thanked the police" — the misspelt given
   * name is no tailor in the sentence (session acc27-link-a). Cost: one cue of the surface
   * per call; the sentence is cut anew only when that cue names private life.
   */
  protected sentenceCueApart(start: number, end: number): string {
    if (privateLifeIn(` ${cueText(this.input.text.slice(start, end))} `) === null)
      return this.sentenceCueAt(end);
    const s = sentenceOf(this.input.sentences, { start: Math.max(0, end - 1), end }, this.input.text.length);
    return ` ${this.spanCues.of(s.start, start)} ${this.spanCues.of(end, s.end)} `;
  }

  /**
   * A given name alone stands where a name stands: before punctuation, a verb of speech or
   * action (past or present: "Merz makes"), or a function word ("Paul is", "Ghassan and") — not before a capitalised word
   * (a longer name the tagger cut: "George HW Bush") nor a noun ("Wind farm developer").
   */
  protected givenNameSlot(end: number): boolean {
    const after = this.input.text.slice(end, end + 40);
    if (NAME_WORD_AFTER.test(after)) return false;
    return after.length === 0 || GIVEN_NAME_SLOT_AFTER.test(after) || this.nameSlotAfter(end);
  }

  /** "Pezorius said", "Pezorius's": the word stands where a name stands. */
  protected nameSlotAfter(end: number): boolean {
    // "Milay thanked …", "Pezorius announced …": a verb in the past tense after the word, too,
    // irregular ones ("wrote", "spoke") and after an adverb of sequence ("Callas also warned").
    return NAME_SLOT_AFTER.test(this.input.text.slice(end, end + 32));
  }

  /** True when only spaces, quotes or an opening bracket stand between a sentence start and `start`. */
  protected startsSentence(start: number): boolean {
    const s = this.input.sentences.find((x) => x.start <= start && start < x.end);
    return s !== undefined && /^[\s"“‘'([]*$/.test(this.input.text.slice(s.start, start));
  }
}
