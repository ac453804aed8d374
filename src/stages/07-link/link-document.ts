/**
 * Links the name mentions of one document to knowledge-base entities, repairing mangled
 * names only on evidence. Three passes:
 *
 * 1. exact names and aliases (and acronyms for organisations) — confident links that
 *    also tell later passes which organisations the article speaks of;
 * 2. full names not found exactly: sound-alike candidates from the fuzzy index, kept
 *    only with evidence — a role cue next to the mention, a role cue elsewhere in the
 *    article (a person introduced by description), the article naming an organisation
 *    the candidate leads, or a near-identical spelling with no rival candidate;
 * 3. one-word person mentions: they follow a full form earlier in the article (exact or
 *    sound-alike surname), else a KB surname with evidence.
 *
 * Words that make someone a private individual ("a dairy farmer", "54,") veto a repair
 * that lacks a role cue. Mentions with the same surface share one decision.
 *
 * This file runs the passes in order (`run`); each concern lives in its own layer, one
 * class per file extending the one below (see link-state.ts): link-exact.ts (pass 1),
 * link-sound-alikes.ts (pass 2), link-one-word.ts (pass 3), link-support.ts (the evidence
 * passes 2 and 3 weigh), link-places.ts (place cues and namesake towns),
 * link-mention-spans.ts (spans before linking), link-consistency.ts (article-wide choices),
 * link-missed.ts (names the mention layer missed), link-events.ts (event names,
 * descriptions) and link-clusters.ts (clusters and output).
 */
import type { Entity, EntityType, Evidence, Mention } from '../../core/annotations.js';
import { isNameOrAlias, type KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { BodyHeads } from './body-heads.js';
import { COMPATIBLE } from './candidate-search.js';
import { type MentionContext, mentionContext } from './context.js';
import { electionMentions, kindNounMentions } from './country-elections.js';
import { stateMentions } from './demonym-states.js';
import { withDistrictWordsOut } from './district-words.js';
import { elidedHeadEntity } from './elided-heads.js';
import { evidence } from './evidence.js';
import { withFirmNames } from './firm-names.js';
import { relativeBySurname } from './given-names.js';
import { initialsAndSurname } from './initials.js';
import { kinFullName } from './kin-given-names.js';
import { landformNamed } from './landform-names.js';
import { EventsAndDescriptions } from './link-events.js';
import { cleanSurface } from './link-exact.js';
import { isLoneTitle, overlaps } from './link-mention-spans.js';
import { isPersonLike, looksLikePersonName } from './link-sound-alikes.js';
import {
  type Decision,
  type LinkInput,
  type LinkThresholds,
  nil,
  type Prepared,
  refused,
} from './link-state.js';
import { withMistypedGivenNames } from './mistyped-given-names.js';
import { withoutOpeningAdjective } from './opening-adjectives.js';
import { withParticleJoins } from './particle-joins.js';
import { addressMentions, regionsOfUnknownTowns } from './place-addresses.js';
import { withPlayersOfClubs } from './players-of-clubs.js';
import { possessorPlacesInside } from './possessor-places.js';
import { mayBeQualifiedEvent, qualifiedEvent } from './qualified-events.js';
import { withRegnalOrdinals } from './regnal-ordinals.js';
import { reigningUnderName } from './reigning-names.js';
import { BodyNameBags, reorderedBody } from './reordered-bodies.js';
import { royalByGivenName } from './royal-given-names.js';
import { adjustMentions } from './spans.js';
import { despinName } from './spinner-lexicon.js';
import { type SummitMention, summitMentions } from './summits.js';
import { withTitledCommaNames } from './titled-comma-names.js';
import { withTownsOfInstitutions } from './town-institutions.js';

export { isRepair } from './link-clusters.js';
export { cleanSurface } from './link-exact.js';
export { withAbbreviationsOut } from './link-mention-spans.js';
export { DEFAULT_THRESHOLDS, type LinkInput, type LinkThresholds } from './link-state.js';

/** One or two lower-case words between two names ("[Tattoo] artist [Larry Ellis]"), no "and" or "of". */
const LOWER_WORDS_BETWEEN =
  /^\s(?!(?:and|or|of|to|with|by|for|in|at|on|from|as)\s)\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?\s$/u;
/** The start of the text or the end of a sentence (a quote may open the next) before a word. */
const SENTENCE_OPENS_BEFORE = /(?:^|[.!?]["”’]?\s+["“‘]?)$/u;
/** Titles the KB writes as part of a name ("Pope Francis", "King Charles"), just before a mention. */
const NAME_TITLE_BEFORE = /\b(Pope|King|Queen|Prince|Princess|Sultan|Sheikh|Emir|Patriarch|Ayatollah)\s+$/;

/** A name that starts with a surname particle is a surname used alone ("Von der Leyen", "Al-Sisi", "Bin Salman"). */
const PARTICLE_START = /^(von|fon|van|der|al|el|bin|ibn|ben|abu)[\s-]+\p{Lu}/iu;

/** "Abu Mohammad al-Julani": a kunya and the names after it are a full name, not a surname alone. */
const KUNYA_NAME = /^Abu\s+\p{Lu}\S*\s+\S/u;

/**
 * "De Wever", "Le Pen", "Da Silva": a particle and one capitalised word, tagged as a person,
 * is a surname alone (only for person mentions: "Le Monde", "La Liga" are not).
 */
const ROMANCE_PARTICLE_SURNAME = /^(?:[Dd](?:e|a|i|el|ella|os|as)|[Ll][ea])\s+\p{Lu}[\p{L}\p{M}'’-]*$/u;

/** A capitalised word right before a name ("President Biden", "Gov. Newsom"): maybe a title. */
const TITLE_WORD_BEFORE = /(?<![\p{L}.])(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\b)\p{Lu}[\p{L}-]*\.?\s+$/u;

/** Name words that cannot end an Arabic name: the tagger cut the name after them. */
const OPEN_NAME_END = /(?:^|\s)(?:Abdul|Abdel|Abd|Abu|bin|Bin|ibn|Ibn|bint|Al|al|El|el)$/;

/** The capitalised words and particles of a name's rest ("Rahman Al Thani"). */
const NAME_TAIL = /^(?:\s+(?:\p{Lu}[\p{L}'’-]*|bin|ibn|bint|al|el)(?=[\s,.;:!?)]|$))+/u;

/**
 * "Mohamed bin Abdul" + "Rahman Al Thani": a person mention that ends in a word no Arabic
 * name ends with ("Abdul", "bin", "Al") takes in the capitalised words and particles that
 * follow it; the mentions inside them are dropped.
 */
function withNameTails(text: string, mentions: readonly Mention[]): readonly Mention[] {
  let out: Mention[] | null = null;
  for (const m of mentions) {
    if (m.type !== 'person' || !OPEN_NAME_END.test(text.slice(m.start, m.end))) continue;
    const tail = NAME_TAIL.exec(text.slice(m.end, m.end + 60));
    if (!tail) continue;
    const end = m.end + tail[0].length;
    out = (out ?? [...mentions]).filter((x) => x === m || x.end <= m.end || x.start >= end);
    out[out.indexOf(m)] = { ...m, end };
  }
  return out ?? mentions;
}

/** Links one document's mentions; see the module comment. `cache: false` recomputes every candidate list. */
export function linkDocument(
  kb: KnowledgeBase,
  input: LinkInput,
  thresholds?: LinkThresholds,
  options: { readonly cache?: boolean } = {},
): Entity[] {
  return new DocumentLinker(kb, input, thresholds, options.cache ?? true).run();
}

export class DocumentLinker extends EventsAndDescriptions {
  /** Mentions widened over a summit word, with the event they name (summits.ts). */
  private readonly summitOf = new Map<Mention, SummitMention>();

  /**
   * Mentions the words around them settle: an address ("Fargo, North Dakota") and its town
   * (place-addresses.ts), a demonym and its state (demonym-states.ts).
   */
  private readonly settledBy = new Map<
    Mention,
    { readonly entity: KbEntity; readonly evidence: Evidence; readonly town?: Mention }
  >();

  /** One-word surnames behind spun words ("Prepare dinner" → "Cook"), per mention. */
  private readonly despunSurnames = new Map<Prepared, string>();

  /**
   * Where each mention's left context starts: after the previous person mention, which owns
   * the title words before it (see prepare).
   */
  private readonly leftLimits = new Map<Mention, number>();

  run(): Entity[] {
    const { mentions, events } = this.mentionsToLink();
    const rest = this.linkExactNames(this.prepare(mentions));
    const oneWord = this.linkBySoundAlike(rest);
    this.linkOneWordNames(oneWord);
    this.linkSpunTies();
    this.linkPeoplesBodiesBySpelling();
    this.linkNationalBodies();
    this.linkQualifiedEvents();
    this.linkClubsByCue();
    this.relinkHomeNamesakes();
    this.relinkHomePlaces();
    this.relinkArticleAcronyms();
    this.linkPlacesWithoutHead();
    this.settleSharedAliases();
    this.refuseNamesakeVariants();
    this.refuseLandmarksOfNamesakeTowns();
    for (const e of events) this.newCluster(e.surface, e.m, e.decision);
    this.recoverMissed(events.length === 0 ? mentions : [...mentions, ...events.map((e) => e.m)]);
    this.linkPeopleWrittenAsBodies();
    this.linkPartiesTypedAsPeople();
    this.linkBodiesByInitials();
    this.rejoinLoneNames();
    this.joinDescriptions();
    this.pickEditions();
    return this.entities();
  }

  /** "won the US Open": the one qualified event the article speaks of (qualified-events.ts). */
  private linkQualifiedEvents(): void {
    const kb = this.kb.kb;
    const open = this.clusters.filter(
      (c) =>
        c.decision.entity === null &&
        !c.decision.refusedEntity &&
        c.type !== 'person' &&
        mayBeQualifiedEvent(kb, c.surface),
    );
    if (open.length === 0) return;
    const described = [...this.linked].map((id) => kb.get(id)?.description ?? '').join(' ');
    const words = ` ${normalizeName(this.input.text)} ${normalizeName(described)} `;
    for (const c of open) {
      const found = qualifiedEvent(kb, c.surface, (q) => words.includes(` ${q} `));
      if (!found) continue;
      this.linked.add(found.entity.id);
      const why = evidence('co-mention', `article speaks of ${found.qualifier}`, 0.7);
      c.decision = { entity: found.entity, evidence: [why], confidence: 0.7 };
    }
  }

  /**
   * The mentions to link: the tagger's, with names mended and run together, addresses and
   * demonyms settled, summits and event names found (they replace the tagger's pieces),
   * and spun bodies the tagger cut or missed; with the events found, linked last.
   */
  private mentionsToLink(): {
    mentions: Mention[];
    events: ReturnType<EventsAndDescriptions['eventNames']>;
  } {
    const { text } = this.input;
    let adjusted = this.withKnownCompounds(
      this.withGivenNames(
        this.withGlossContinuations(withNameTails(text, adjustMentions(this.kb, text, this.input.mentions))),
      ),
    );
    // "[Georgia] [Meloni]": a given name misspelled into a place's, and its surname (mistyped-given-names.ts).
    adjusted = withMistypedGivenNames(this.kb.kb, text, adjusted);
    // "Frederik the Tenth": a regnal number in words, the tagger's pieces made one (regnal-ordinals.ts).
    adjusted = withRegnalOrdinals(text, adjusted, (name) => this.personNamed(name) !== null);
    // "Catherine, Princess of Wales": a royal name with a comma, the tagger's pieces made one (titled-comma-names.ts).
    adjusted = withTitledCommaNames(text, adjusted, (name) => this.personNamed(name) !== null);
    // "Pentagon Plumbing Ltd of Cardiff", "a Jeju Air Boeing": names run together (firm-names.ts).
    adjusted = withFirmNames(this.kb.kb, text, adjusted);
    // "Rodri of Manchester City": a player and his club run together (players-of-clubs.ts).
    adjusted = withPlayersOfClubs(this.kb.kb, text, adjusted);
    // "[Dar] es [Salaam]", "[COP] 29": a KB name cut at a particle or a number (particle-joins.ts).
    adjusted = withParticleJoins(this.kb.kb, text, adjusted);
    // "[Midtown Manhattan]", "[Volga outside Astrakhan]": places run into the words around them (district-words.ts).
    adjusted = withDistrictWordsOut(this.kb.kb, text, adjusted);
    // "the [[Lisbon] Oceanarium]", "[[Karachi] Whites]": a town opening an institution's name (town-institutions.ts).
    adjusted = withTownsOfInstitutions(this.kb.kb, text, adjusted);
    // "Butler, Pennsylvania": a town and its state are one place, the town (place-addresses.ts).
    const addresses = addressMentions(this.kb.kb, text, adjusted);
    // "a farmer in Raub, Pahang": the region after a town the KB does not know, typed a person (place-addresses.ts).
    const regions = regionsOfUnknownTowns(this.kb.kb, text, adjusted);
    // "Ukrainian troops", "the Japanese central bank": a demonym standing for its state (demonym-states.ts).
    const states = stateMentions(this.kb.kb, text, adjusted);
    const settled = [
      ...addresses.map((a) => ({
        mention: a.mention,
        entity: a.entity,
        replaces: a.town,
        town: a.town,
        evidence: evidence(
          'exact-name',
          `${text.slice(a.mention.start, a.mention.end)}: ${a.entity.name}`,
          1,
        ),
      })),
      // The state or country after the town's comma is the one the address names.
      ...addresses.map((a) => ({
        mention: a.region.mention,
        entity: a.region.entity,
        replaces: a.region.mention,
        evidence: evidence(
          'exact-name',
          `${text.slice(a.mention.start, a.mention.end)}: ${a.region.entity.name}`,
          1,
        ),
      })),
      ...regions.map((r) => ({
        mention: r.mention,
        entity: r.entity,
        replaces: r.region,
        evidence: evidence(
          'exact-name',
          `${text.slice(r.mention.start, r.mention.end)}: ${r.entity.name}, after a town`,
          1,
        ),
      })),
      ...states.map((s) => ({
        mention: s.mention,
        entity: s.entity,
        replaces: s.demonym,
        evidence: evidence(
          'alias',
          `${text.slice(s.mention.start, s.mention.end)} (${s.demonym ? 'demonym' : 'its country named'}): ${s.entity.name}`,
          0.9,
        ),
      })),
    ];
    if (settled.length > 0) {
      adjusted = [
        ...adjusted.filter((m) => !settled.some((x) => x.replaces === m)),
        ...settled.map((x) => x.mention),
      ].sort((a, b) => a.start - b.start || b.end - a.end);
      for (const x of settled) this.settledBy.set(x.mention, x);
    }
    // "The G7 top", "the ASEAN summit": the organisation's name and a summit word name the event.
    // "Germany's election", "the US presidential election": a country and an election word name the vote (country-elections.ts).
    const summits = [
      ...summitMentions(this.kb.kb, text, adjusted, this.input.date),
      ...electionMentions(this.kb.kb, text, adjusted, this.input.date),
      // "since the conclave": a noun naming one kind of event, the one of the date (country-elections.ts).
      ...kindNounMentions(this.kb.kb, text, this.input.date),
    ];
    if (summits.length > 0) {
      // The organisation's own mention stays inside the event's ("the [[G7] top]"): the text
      // names both; a mention the summit word was part of is replaced.
      adjusted = [
        ...adjusted.filter((m) => !summits.some((x) => x.replaces && overlaps(x.mention, m))),
        ...summits.flatMap((x) => (x.inner ? [x.mention, x.inner] : [x.mention])),
      ].sort((a, b) => a.start - b.start || b.end - a.end);
      for (const x of summits) this.summitOf.set(x.mention, x);
    }
    // "[[Romania]'s Constitutional Court]": the country before a body's possessive keeps a mention (possessor-places.ts).
    const possessors = possessorPlacesInside(this.kb.kb, text, adjusted);
    if (possessors.length > 0) {
      adjusted = [...adjusted, ...possessors].sort((a, b) => a.start - b.start || b.end - a.end);
    }
    // Event names, spun or as written, found from the KB: they replace the tagger's pieces of them.
    const events = this.eventNames(adjusted);
    const withoutEvents =
      events.length === 0
        ? adjusted
        : [
            ...adjusted.filter((m) => !events.some((e) => overlaps(e.m, m))),
            ...events.flatMap((e) => this.organiserInside(e.m)),
          ].sort((a, b) => a.start - b.start);
    // Spun organisation names the tagger cut or missed, outside those events.
    const mentions = this.withBodyThenPerson(
      this.withSpunNames(
        withoutEvents,
        events.map((e) => e.m),
      ),
    ).map((m) => this.speakerNotTown(m));
    return { mentions, events };
  }

  /** Where each mention's left context starts, what it reads as, and where places stand. */
  private prepare(mentions: readonly Mention[]): Prepared[] {
    const { text } = this.input;
    // Where each mention's left context starts: after the previous person mention, which owns
    // the title words before it ("President Emmanuel Macron and Emmanuel Macrone, a guide").
    let lastPersonEnd = 0;
    let lastPersonStart = 0;
    for (const m of mentions) {
      // "[Tattoo] artist Larry Ellis": a capitalised trade word opening the sentence, which the
      // tagger took for a one-word name, owns no words; the lower-case words after it and the
      // word itself describe this name. (Only when nothing but one or two lower-case words
      // stand between: "Putin and Lavrov" keeps its limit.)
      const between =
        lastPersonEnd > 0 && m.start - lastPersonEnd < 24 ? text.slice(lastPersonEnd, m.start) : '';
      const describing =
        between !== '' &&
        LOWER_WORDS_BETWEEN.test(between) &&
        !/\s/.test(text.slice(lastPersonStart, lastPersonEnd)) &&
        SENTENCE_OPENS_BEFORE.test(text.slice(Math.max(0, lastPersonStart - 3), lastPersonStart));
      this.leftLimits.set(m, describing ? lastPersonStart : lastPersonEnd);
      // A title word the tagger took for a name ("Vice [Head] of state J.D. Vens") owns no title words.
      if (m.type === 'person' && !isLoneTitle(text.slice(m.start, m.end))) {
        lastPersonStart = m.start;
        lastPersonEnd = m.end;
      }
    }
    const prepared = mentions.map((m) => {
      const surface = cleanSurface(text.slice(m.start, m.end));
      // The context is read only for mentions whose surface was not decided before (see
      // contextOf). A plain field, not a getter: accessor literals cost the GC dearly.
      const p: Prepared = { m, surface, norm: normalizeName(surface), context: null };
      return p;
    });
    for (const p of prepared) {
      // Any type but a person's: the tagger may type a sentence-initial town otherwise, and the
      // cue is read only when a place of the KB is about to be linked (placeElsewhere).
      if (isPersonLike(p.m.type) || p.norm.includes(' ')) continue;
      const spots = this.placeSpots.get(p.norm);
      if (spots) spots.push(p.m);
      else this.placeSpots.set(p.norm, [p.m]);
    }
    return prepared;
  }

  /** A mention's context, read only when its surface was not decided before. */
  private contextOf(p: Prepared): MentionContext {
    p.context ??= mentionContext(
      this.input.text,
      this.input.sentences,
      p.m,
      this.leftLimits.get(p.m) ?? 0,
      this.spanCues,
    );
    return p.context;
  }

  /** Pass 1 (exact names); answers the mentions left for pass 2. */
  private linkExactNames(prepared: readonly Prepared[]): Prepared[] {
    const { text } = this.input;
    // Pass 1: exact names.
    const rest: Prepared[] = [];
    const personSurnames = new Set<string>();
    for (const p of prepared) {
      if (p.m.type === 'person' && p.norm.includes(' '))
        personSurnames.add(p.norm.slice(p.norm.lastIndexOf(' ') + 1));
    }
    for (const p of prepared) {
      if (p.norm.length === 0) continue;
      const known = this.clusterOf(p.m.type, p.norm);
      if (known) {
        this.addMention(known, p.m, p.surface);
        continue;
      }
      // "the Amazon rainforest … The Amazon has": a word typed a place that begins a place the
      // article named, and names no place of the KB itself, is that place (not the company).
      const placeOf = p.m.type === 'location' && !p.norm.includes(' ') ? this.placeItBegins(p) : null;
      if (placeOf) {
        this.addMention(placeOf, p.m, p.surface);
        continue;
      }
      // "at Bondi Beach … Bondi's council": a one-word name that, with a landform word, names a
      // place of the article is the place's word, unless a person of that surname is named in full.
      if (
        isPersonLike(p.m.type) &&
        !p.norm.includes(' ') &&
        !personSurnames.has(p.norm) &&
        landformNamed(text, p.surface) !== null
      ) {
        this.newCluster(p.surface, p.m, nil());
        continue;
      }
      // "Nikola Tesla … Tesla was born": the surname of a person the article named in full
      // follows that person (pass 3), not a company of the same name.
      // Not a place after "in" ("… a swimming coach in Coventry"): nobody is "in" a person.
      if (
        !isPersonLike(p.m.type) &&
        !p.norm.includes(' ') &&
        personSurnames.has(p.norm) &&
        !this.placedByPreposition(p.m)
      ) {
        rest.push(p);
        continue;
      }
      // The context is read only when a candidate needs it (organisations and places without
      // roles never do).
      const context = () => this.contextOf(p);
      const settled = this.settledBy.get(p.m);
      if (settled) {
        this.linked.add(settled.entity.id);
        this.newCluster(p.surface, p.m, {
          entity: settled.entity,
          evidence: [settled.evidence],
          confidence: 0.95,
        });
        // "Odessa, Texas, approved … In Odessa, …": the town named alone later is that town.
        // Under the type the tagger gave the town's word too: "Barcelona, Venezuela, … outside
        // the Barcelona city hall" types both a body, and a later word so typed is the same town.
        if (settled.town) {
          const town = normalizeName(cleanSurface(text.slice(settled.town.start, settled.town.end)));
          const cluster = this.clusters[this.clusters.length - 1]!;
          for (const type of new Set<EntityType>(['location', settled.town.type]))
            if (type !== 'person' && !this.clusterOf(type, town)) this.setClusterOf(type, town, cluster);
        }
        continue;
      }
      const summit = this.summitOf.get(p.m);
      // A surface of this type whose exact names came to nothing before, without reading a
      // context or reaching a KB entity, comes to nothing again (see `noExactName`).
      if (!summit && this.noExactName.get(p.m.type)?.has(p.surface)) {
        rest.push(p);
        continue;
      }
      const pools = this.exactPools;
      const exact = summit
        ? this.summitDecision(p.surface, summit)
        : (this.exact(p.surface, p.m.type, context, p.m) ??
          this.despunExact(p.surface, p.m.type, context) ??
          this.deglossedExact(p.surface, p.m.type, context) ??
          this.reversedExact(p.surface, p.m.type, context) ??
          this.reorderedExact(p.surface, p.m.type, context) ??
          this.openedExact(p, context) ??
          this.generationExact(p.surface, p.m.type, context) ??
          this.joinedExact(p.surface, p.m, context) ??
          this.strayFormExact(p.surface, p.m.type, context) ??
          this.attributiveEventExact(p.surface, p.m) ??
          this.kinGivenExact(p, context));
      if (exact) this.newCluster(p.surface, p.m, exact);
      else {
        if (!summit && p.context === null && this.exactPools === pools) this.rememberNoExactName(p);
        rest.push(p);
      }
    }
    return rest;
  }

  /**
   * "Ethan Mbappé, the younger brother of Kylian": a relative's given name, whatever type the
   * tagger gave it, is the KB person its family name makes it (kin-given-names.ts), linked as
   * that full name would be. Only a well-known one (prominence 3+): copy names a relative by
   * the given name alone when readers know who is meant ("Tom Hale, son of John" is no KB John Hale).
   */
  private kinGivenExact(p: Prepared, context: () => MentionContext): Decision | null {
    if (p.norm.includes(' ')) return null;
    const full = kinFullName(this.input.text, p.m.start, p.surface);
    if (!full || (this.personNamed(full)?.prominence ?? 0) < 3) return null;
    const found = this.exact(full, 'person', context);
    if (!found?.entity) return null;
    return {
      ...found,
      asType: 'person',
      evidence: [evidence('alias', `${p.surface} = ${full} (family name of the person presented)`, 0.85)],
      confidence: Math.min(found.confidence, 0.8),
    };
  }

  /** "New North Atlantic Alliance chief …": a body's name after a sentence's opening adjective (opening-adjectives.ts). */
  private openedExact(p: Prepared, context: () => MentionContext): Decision | null {
    if (p.m.type !== 'organization') return null;
    const rest = withoutOpeningAdjective(this.input.text, p.m.start, p.surface);
    if (!rest) return null;
    const found = this.exact(rest, p.m.type, context);
    if (!found?.entity) return null;
    const opener = p.surface.slice(0, p.surface.length - rest.length).trim();
    return {
      ...found,
      evidence: [evidence('alias', `${rest} (after "${opener}")`, 0.9), ...found.evidence.slice(1)],
    };
  }

  /** "The England Bank": a well-known body's name in another word order (reordered-bodies.ts). */
  private reorderedExact(surface: string, type: EntityType, context: () => MentionContext): Decision | null {
    if (type !== 'organization') return null;
    const body = reorderedBody(this.kb, surface, BodyNameBags.for(this.kb.kb));
    const found = body ? this.exact(body.name, type, context) : null;
    if (!body || found?.entity?.id !== body.entity.id) return null;
    return {
      ...found,
      evidence: [
        evidence('word-substitution', `${surface} ~ ${body.name} (word order)`, 0.9),
        ...found.evidence,
      ],
      confidence: Math.min(found.confidence, 0.85),
    };
  }

  /** Pass 2 (sound-alikes with evidence); answers the one-word person names left for pass 3. */
  private linkBySoundAlike(rest: readonly Prepared[]): Prepared[] {
    const { text } = this.input;
    // Pass 2: multi-word and non-person names, by sound-alike with evidence. Bodies and
    // places first: a person's repair reads the organisations the article names ("Ilon Mask
    // … the Division of Authorities Effectivity"), wherever they stand.
    const oneWord: Prepared[] = [];
    const bodiesFirst = [
      ...rest.filter((p) => !isPersonLike(p.m.type)),
      ...rest.filter((p) => isPersonLike(p.m.type)),
    ];
    for (const p of bodiesFirst) {
      const known = this.clusterOf(p.m.type, p.norm);
      if (known) {
        this.addMention(known, p.m, p.surface);
        continue;
      }
      // "Ngozi Okonjo Iwela … Okonjo Iwela said": the full form's words after its first follow it.
      const tailOf = p.norm.includes(' ') ? this.fullFormWithTail(p.norm) : null;
      if (tailOf) {
        this.addMention(tailOf.cluster, p.m, p.surface, tailOf.evidence);
        this.setClusterOf(p.m.type, p.norm, tailOf.cluster);
        continue;
      }
      // A surname of several words ("von der Leyen", "bin Salman") is handled as a surname.
      // So is a surface that starts with a particle ("Fon der Layen", "Al-Sissi", "Bin Salmaan").
      const multiWordSurname =
        p.norm.includes(' ') &&
        !KUNYA_NAME.test(p.surface) &&
        (PARTICLE_START.test(p.surface) ||
          (isPersonLike(p.m.type) && ROMANCE_PARTICLE_SURNAME.test(p.surface)) ||
          this.kb.lookup(p.surface).some((h) => h.entity.type === 'person' && h.kind === 'surname'));
      // "Prepare dinner" alone: a spun surname ("Cook") follows the full form as a surname.
      const despun = isPersonLike(p.m.type) ? despinName(p.surface) : null;
      if (despun && !despun.includes(' ')) {
        this.despunSurnames.set(p, despun);
        oneWord.push(p);
        continue;
      }
      if (!p.norm.includes(' ') || multiWordSurname) {
        if (isPersonLike(p.m.type) || multiWordSurname) {
          oneWord.push(p);
          continue;
        }
        const own = this.fuzzy(p.surface, p.m.type, () => this.contextOf(p), p.m.end, p.m.start);
        const person = own.entity ? this.nearerSurname(p.surface, p.m.start, own) : null;
        if (person) {
          this.addMention(person.cluster, p.m, p.surface, person.evidence);
          this.setClusterOf(p.m.type, p.norm, person.cluster);
        } else if (own.entity) this.newCluster(p.surface, p.m, own);
        // A word the tagger typed as a place or organisation may be a surname of the article ("Callas").
        else oneWord.push(p);
        continue;
      }
      // "the government of K.P. Oli": a surname the KB knows after initials of its bearer's
      // (initials make a person's name, whatever type the tagger gave it: "KP Oli").
      const initialled =
        isPersonLike(p.m.type) || initialsAndSurname(p.surface)
          ? this.initialledSurname(p.surface, () => this.contextOf(p))
          : null;
      if (initialled) {
        this.newCluster(p.surface, p.m, initialled);
        continue;
      }
      let decision = this.fuzzy(p.surface, p.m.type, () => this.contextOf(p), p.m.end, p.m.start);
      let mention = p.m;
      // Tagger types are a guess: a multi-word name with no match of its type may be a person.
      if (!decision.entity && !isPersonLike(p.m.type) && looksLikePersonName(p.surface)) {
        // Only a person linked counts here: a name ending in a body's or place's head word no
        // KB person's name has ("Media Research Center") links nobody, so it is not searched.
        const asPerson = BodyHeads.for(this.kb.kb).namesNoPerson(p.surface)
          ? nil()
          : this.fuzzy(p.surface, 'person', () => this.contextOf(p), p.m.end, p.m.start);
        const relative = asPerson.entity ? null : relativeBySurname(p.surface, (n) => this.kb.lookup(n));
        if (asPerson.entity) decision = asPerson;
        else if (relative) {
          decision = refused(relative, 'another given name');
          mention = { ...p.m, type: 'person' };
        }
      }
      // "the Peace Prize" in an article naming the Nobel committee: a name short of its first word.
      if (!decision.entity && !decision.refusedEntity && !isPersonLike(p.m.type)) {
        const elided = elidedHeadEntity(
          this.kb.kb,
          text,
          p.surface,
          p.m.start,
          p.m.end,
          COMPATIBLE[p.m.type],
        );
        if (elided) {
          this.linked.add(elided.entity.id);
          decision = {
            entity: elided.entity,
            evidence: [evidence('co-mention', `${p.surface}: ${elided.name} (${elided.why})`, 0.8)],
            confidence: 0.8,
          };
        }
      }
      if (!decision.entity && !decision.refusedEntity) {
        const other = this.bodyNameOtherwise(p, () => this.contextOf(p));
        if (other) ({ decision, mention } = other);
      }
      let surface = p.surface;
      if (!decision.entity && isPersonLike(p.m.type)) {
        const whole = this.withFirstWordOfSentence(p.m);
        if (whole) ({ decision, mention, surface } = whole);
      }
      this.newCluster(
        surface,
        decision.entity ? this.withCutWordBefore(mention, decision.entity) : mention,
        decision,
      );
    }
    return oneWord;
  }

  /** Pass 3: one-word person names follow the full forms of the article. */
  private linkOneWordNames(oneWord: readonly Prepared[]): void {
    const { text } = this.input;
    // Pass 3: one-word person names follow the full forms of the article.
    for (const p of oneWord) {
      const known = this.clusterOf(p.m.type, p.norm);
      if (known) {
        this.addMention(known, p.m, p.surface);
        continue;
      }
      // "The Clintons", "the Kochs": a family, no one member of it.
      if (this.familyAt(p.surface, p.m.start)) {
        this.newCluster(p.surface, p.m, nil());
        continue;
      }
      const typedOther = !isPersonLike(p.m.type);
      // ("his son [Erling]" typed as a body: the words of kin make it a person's given name.)
      const kin = this.givenNameOfKin(p.m, p.surface);
      if (kin) {
        this.newCluster(p.surface, p.m, kin);
        continue;
      }
      // "Faisal bin Farhan … Prince Faisal said": a royal by title and given name.
      const royal = royalByGivenName(text, p.m.start, p.norm, this.clusters);
      if (royal) {
        const why = `${royal.title} ${p.surface} → ${royal.cluster.surface} (a royal by title and given name)`;
        this.addMention(royal.cluster, p.m, p.surface, evidence('document-consistency', why, 0.9));
        this.setClusterOf(p.m.type, p.norm, royal.cluster);
        continue;
      }
      const joined = this.placedByPreposition(p.m)
        ? null
        : this.joinFullForm(
            this.despunSurnames.get(p) ?? p.surface,
            p.m.start,
            typedOther ? 0.85 : this.thresholds.surnameJoin,
            typedOther ? null : p.m.end,
          );
      // "Hunter Biden, the president's son, …, President Biden announced": a title right before
      // the surname that another bearer alone holds on the date names that bearer.
      const titled =
        joined && !typedOther && TITLE_WORD_BEFORE.test(text.slice(Math.max(0, p.m.start - 24), p.m.start))
          ? this.otherTitleHolder(p.surface, joined.cluster.decision.entity, () => this.contextOf(p))
          : null;
      if (titled) {
        this.newCluster(p.surface, p.m, titled);
        continue;
      }
      if (joined) {
        this.addMention(joined.cluster, p.m, p.surface, joined.evidence);
        this.setClusterOf(p.m.type, p.norm, joined.cluster);
        continue;
      }
      // "a pub in Hull": a word after a place's preposition that the KB knows as a city is the city.
      const town = typedOther ? null : this.townAfterPreposition(p.m, p.surface, p.norm);
      if (town) {
        this.newCluster(p.surface, { ...p.m, type: 'location' }, town);
        continue;
      }
      // "including Fordo and Natanz", "Russia struck Dnepr": a place the KB knows by that word alone.
      const place = typedOther ? null : this.placeTypedAsPerson(p.m, p.surface, p.norm);
      if (place) {
        const earlier = this.clusterOf('location', p.norm);
        if (earlier?.decision.entity === place.entity) this.addMention(earlier, p.m, p.surface);
        else this.newCluster(p.surface, { ...p.m, type: 'location' }, place);
        continue;
      }
      // Typed as something else by the tagger: a surname only with a role cue next to it.
      // "Pope Fransis", "King Charlse", "Sheikh Haseena": a name the KB writes with its title,
      // the title trimmed off as the tagger's; the title and the word together are a full name
      // to compare — first: when they make a KB name, the word is no lone surname of somebody
      // else ("Haseena" is not Jafar Hassan).
      const title = typedOther
        ? null
        : NAME_TITLE_BEFORE.exec(text.slice(Math.max(0, p.m.start - 12), p.m.start));
      // "King Felipe": the monarch reigning that day under the name and a number (Felipe VI),
      // before any sound-alike of another's title and name ("King Philippe", of Belgium).
      const reigning = title
        ? reigningUnderName(title[1]!, p.surface, this.input.date, (name) =>
            this.kb
              .lookup(name)
              .filter((h) => h.entity.type === 'person' && isNameOrAlias(h))
              .map((h) => h.entity),
          )
        : null;
      const withTitle = reigning
        ? this.linkedBy(
            reigning,
            evidence('exact-name', `${title![1]} ${p.surface} (${reigning.name})`, 0.9),
            0.85,
          )
        : title
          ? this.fuzzy(`${title[1]} ${p.surface}`, 'person', () => this.contextOf(p), p.m.end, p.m.start)
          : null;
      const alone = withTitle?.entity
        ? withTitle
        : this.surnameAlone(p.surface, () => this.contextOf(p), typedOther);
      this.newCluster(p.surface, p.m, alone);
    }
  }
}
