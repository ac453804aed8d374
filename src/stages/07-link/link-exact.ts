/**
 * Pass 1: exact names and aliases (and acronyms for organisations), with the variants that
 * are still exact — a spun word undone, a gloss dropped, given and family name reversed, a
 * generation suffix ("Jr") dropped, a title word the tagger cut off, a summit and its
 * organiser. These are confident links that also tell later passes which organisations the
 * article speaks of. Separate because nothing here is a repair: the KB holds the name.
 */

import type { EntityType, Evidence, Mention } from '../../core/annotations.js';
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import { normalizeName, surnameOf } from '../../kb/names.js';
import type { NameHit } from '../../ports/knowledge-base.js';
import { accentedSourceOf } from './accented-sources.js';
import { acronymOfOtherSphere } from './acronym-spheres.js';
import { agedNamesake } from './ages-in-copy.js';
import { animalNamed } from './animal-names.js';
import { cityOfNamedState } from './article-states.js';
import { type MentionContext, mentionContext } from './context.js';
import { atBefore, filmFestivalAt, onlyEventNamed } from './events-at.js';
import { evidence, roleDetail, roleEvidence } from './evidence.js';
import { characterAttribute } from './fiction-frames.js';
import { joinedOrganisation } from './joined-names.js';
import { KIN_BEFORE, kinNamingBefore } from './kin-introductions.js';
import { otherKindInApposition } from './kind-appositions.js';
import { watersNamed } from './landform-names.js';
import { isPersonLike, SoundAlikeRepairs } from './link-sound-alikes.js';
import { type Cluster, type Decision, type Prepared, refused } from './link-state.js';
import { localBusinessNamed } from './local-businesses.js';
import { deglossName } from './name-glosses.js';
import { eitherOrder, reversedName } from './name-order.js';
import { introducedByApposition } from './name-presentations.js';
import { namesakeCue } from './namesake-cues.js';
import { streetOfOtherTown } from './other-things-named.js';
import { describesPrivatePerson } from './private-persons.js';
import { areaAfter, regionOfArea } from './region-areas.js';
import { regnalNameForms } from './regnal-name-forms.js';
import { letters } from './similarity.js';
import { despinName } from './spinner-lexicon.js';
import { joinedHalves, withoutStrayS } from './stray-name-forms.js';
import type { SummitMention } from './summits.js';
import { otherSenseAfter, placeSaidAsBody } from './word-senses.js';
import { creatorOfWork } from './works-of-creators.js';

/** A lower-case word right after a name: the name stands before a noun, as an adjective. */
const ATTRIBUTIVE_AFTER = /^\s\p{Ll}/u;

const HONORIFIC = /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|professor)\.?\s+/i;

/** A nickname in quotes inside a name (`Armand "Mondo" Duplantis`): not part of the name the KB holds. */
const QUOTED_NICKNAME = /\s["“][^"“”]{1,20}["”](?=\s)/;

/** The name inside a mention: honorifics, a quoted nickname and a possessive 's dropped. */
/**
 * The pool's entities, places named exactly as the copy spells them first: of namesakes equally
 * prominent, "San Jose" is the Californian city and "San José" Costa Rica's capital (the first
 * in the list wins a tie). Only places: their names differ by accents alone, people's spellings
 * by the copy's habits.
 */
function spelledAsWrittenFirst(pool: readonly NameHit[], surface: string): KbEntity[] {
  const entities = pool.map((h) => h.entity);
  if (pool.length < 2 || pool[0]!.text === surface || pool[0]!.entity.type !== 'location') return entities;
  const exact = pool.filter((h) => h.text === surface && h.entity.type === 'location');
  if (exact.length === 0) return entities;
  return [...exact.map((h) => h.entity), ...entities.filter((e) => !exact.some((h) => h.entity === e))];
}

export function cleanSurface(surface: string): string {
  return surface
    .replace(HONORIFIC, '')
    .replace(QUOTED_NICKNAME, '')
    .replace(/['’]s$/, '')
    .trim();
}

/** A word for an event right after a name ("WWDC conference", "Eurovision contest"). */
const EVENT_WORD_AFTER =
  /^\s+(?:conference|summit|festival|expo|convention|contest|tournament|games|marathon)\b/i;

/** A short form written in mixed case ("BoE", "dpa") matches only as written. */
function shortIsMixedCase(hit: NameHit, surface: string): boolean {
  return hit.entity.names.some(
    (n) => n.kind === 'short' && n.text === surface && n.text !== n.text.toUpperCase(),
  );
}

/** A capitalised word that begins the text or a sentence, right before a name (one space between). */
const SENTENCE_FIRST_WORD = /(?:^|[.!?]["”’]?\s+)(\p{Lu}\p{Ll}+) $/u;

/** First words of a sentence that are no given name (see `withFirstWordOfSentence`). */
const NOT_A_GIVEN_NAME_START =
  /^(?:The|A|An|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|President|Premier|Minister|Chancellor|Secretary|Senator|Governor|General|Mayor|Judge|Justice|King|Queen|Prince|Princess|Pope|Sheikh|Emir|Sultan|Chief|Director|Deputy|Vice|Former|When|After|Before|While|As|If|But|And|Yesterday|Today|Meanwhile|However|Then|Now|Later|Earlier|Last|Next|This|That|Both|Each|Only|Even)$/;

/** What follows a word standing where a name stands (see `nameSlotAfter`). */
/** Head nouns of an apposition that make a name an event's ("…, a vintage car event"). */
const EVENT_HEAD =
  /^(event|rally|race|festival|fair|show|exhibition|parade|marathon|regatta|concert|tournament|competition|contest|gala)$/;

/**
 * "The National Rally, a vintage car event in Kent": a body's exact name presented in
 * apposition as an event names that event, unless the KB describes the body as one.
 */
function eventNamesake(context: MentionContext, entity: KbEntity): string | null {
  const head = context.head;
  if (entity.type !== 'organization' || head === null || !EVENT_HEAD.test(head)) return null;
  return new RegExp(`\\b${head}`, 'i').test(entity.description ?? '')
    ? null
    : `${/^[aeiou]/.test(head) ? 'an' : 'a'} ${head}`;
}

export abstract class ExactNames extends SoundAlikeRepairs {
  /**
   * "… Thorvald Stoltenberg, …, not his son Jens": a lone given name after a word of kin is
   * the relative's, who bears the family name of the person the sentence named last — or, when
   * it names nobody before the kin words, the sentence before it ("Heydar Aliyev … . His son
   * Ilham …"); linked when that given name and surname together are exactly a KB person's name,
   * whatever type the tagger gave the word.
   */
  protected givenNameOfKin(m: Mention, word: string): Decision | null {
    const text = this.input.text;
    const kin = KIN_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!kin) return null;
    const before = m.start - kin[0].length;
    // The person whose mention ends last before the kin words, in their sentence.
    let parent: Cluster | null = null;
    let parentEnd = -1;
    for (const cl of this.clusters) {
      if (cl.type !== 'person' || !cl.surface.includes(' ')) continue;
      for (const x of cl.mentions)
        if (x.end <= before && x.end > parentEnd && this.inSentenceOrOneBefore(x.end, before)) {
          parent = cl;
          parentEnd = x.end;
        }
    }
    const surname = parent ? surnameOf(parent.surface) : null;
    if (!parent || !surname) return null;
    // "Mukesh Ambanni … his son Anant": a parent whose name was repaired lends the KB's surname.
    const linkedSurname = parent.decision.entity ? surnameOf(parent.decision.entity.name) : null;
    const relative = [surname, ...(linkedSurname && linkedSurname !== surname ? [linkedSurname] : [])]
      .map((s) => this.kb.lookup(`${word} ${s}`).find((h) => h.entity.type === 'person' && isNameOrAlias(h)))
      .find((h) => h !== undefined)?.entity;
    if (!relative || relative === parent.decision.entity) return null;
    this.linked.add(relative.id);
    return {
      entity: relative,
      evidence: [
        evidence('exact-name', `${word} ${surname} ("${kin[1]} ${kin[2]}" after ${parent.surface})`, 0.9),
      ],
      confidence: 0.85,
    };
  }

  /** Whether offset `a` lies in the sentence of offset `b` or in the sentence before it. */
  private inSentenceOrOneBefore(a: number, b: number): boolean {
    const { sentences } = this.input;
    const at = sentences.findIndex((x) => x.start <= b && b <= x.end);
    if (at < 0) return false;
    const from = sentences[Math.max(0, at - 1)]!.start;
    return from <= a && a <= sentences[at]!.end;
  }

  /**
   * Per mention type, surfaces whose exact-name chain (pass 1: `exact`, then the despun,
   * deglossed, reversed, generational and joined forms) returned nothing while no context was
   * read and no lookup reached a KB entity (`exactPools` unchanged). Such a run read only the
   * KB's exact names of strings made from the surface (pure functions of it) and decided from
   * them alone, so the next mention with the same surface and type gets the same nothing:
   * news repeats unknown names (private people, local bodies), about 4 in 10 calls.
   */
  protected readonly noExactName = new Map<EntityType, Set<string>>();

  protected rememberNoExactName(p: Prepared): void {
    let surfaces = this.noExactName.get(p.m.type);
    if (!surfaces) {
      surfaces = new Set();
      this.noExactName.set(p.m.type, surfaces);
    }
    surfaces.add(p.surface);
  }

  /** Whether a KB organisation's own name or alias is `surface`, of two words or more. */
  private exactBodyNamed(surface: string): boolean {
    return (
      normalizeName(surface).includes(' ') &&
      this.kb.lookup(surface).some((h) => h.entity.type === 'organization' && isNameOrAlias(h))
    );
  }

  /**
   * "AFC Wimbledon", "the Elysee Montmartre concert hall", "K-pop group Pentagon", "Downing
   * Street in Cambridge": words around the exact name that make it another thing's
   * (other-things-named.ts), or null.
   */
  private otherThingNamed(surface: string, entity: KbEntity, at: Mention): string | null {
    return (
      this.otherThings.longerNameOfOther(
        surface,
        (name) => this.kb.lookup(name).some((h) => h.entity === entity),
        entity.type === 'location' ? at.start : null,
      ) ??
      this.otherThings.ensembleNamed(surface, entity) ??
      streetOfOtherTown(this.input.text, at.end, entity, (name) =>
        this.kb.lookup(name).some((h) => h.entity.type === 'location' && h.entity.kind !== 'country'),
      ) ??
      this.waterOrWorkNamed(surface, entity, at) ??
      placeSaidAsBody(this.input.text, at, entity, (name) =>
        this.kb.lookup(name).some((h) => h.entity.type === 'location' && isNameOrAlias(h)),
      ) ??
      // "the palantír of Orthanc … the Palantir exhibit": the thing a company was named after.
      (entity.type === 'organization' ? accentedSourceOf(surface, entity, this.accentedWords) : null)
    );
  }

  /**
   * "the Tisza river" (waters, landform-names.ts), "Wagner's Meistersinger" (a work's author,
   * works-of-creators.ts), "a Tesla coil", "Apple growers" (another sense of a body's word,
   * word-senses.ts): the words right after a one-word name make it something else.
   */
  private waterOrWorkNamed(surface: string, entity: KbEntity, at: Mention): string | null {
    if (surface.includes(' ')) return null;
    const { text } = this.input;
    // A possessive the mention holds ("Wagner's" as one mention) is read as if after it.
    const held = /['’]s$/u.test(text.slice(at.start, at.end)) ? "'s" : '';
    const after = held + text.slice(at.end, at.end + 40);
    if (!/^(?:\s+[\p{L}]|['’]s\s)/u.test(after)) return null;
    return (
      watersNamed(after, entity) ??
      otherSenseAfter(after, entity) ??
      creatorOfWork(after, this.sentenceTextAt(at), entity)
    );
  }

  /** How many `exact` calls found a KB entity to decide on (see `noExactName`). */
  protected exactPools = 0;

  /**
   * "Deep Seek", "Black Rock": a company's one-word name written as two words, joined only
   * on an exact name of the KB (joined-names.ts), whatever type the tagger guessed. Not when
   * the name is given an age ("Hua Wei, 31, a chef from Chengdu": a person named so).
   */
  protected joinedExact(surface: string, at?: Mention, context?: () => MentionContext): Decision | null {
    const entity = joinedOrganisation(this.kb, surface);
    if (!entity) return null;
    // "Black Rock, a pub on the Galway seafront": the apposition says what the name is.
    const other = at
      ? ((context ? agedNamesake(this.input.text, at.end, context()) : null) ??
        otherKindInApposition(this.input.text, at, entity))
      : null;
    if (other) return refused(entity, other);
    return {
      entity,
      evidence: [evidence('exact-name', `${surface} = ${entity.name} (words joined)`, 0.9)],
      confidence: 0.85,
    };
  }

  protected exact(
    surface: string,
    type: EntityType,
    context: () => MentionContext,
    at?: Mention,
  ): Decision | null {
    const upper = surface === surface.toUpperCase();
    const hits = this.kb
      .lookup(surface)
      .filter(
        (h) =>
          this.compatible(type, h) &&
          (isNameOrAlias(h) || (h.kind === 'short' && (upper || shortIsMixedCase(h, surface)))),
      );
    // "won best in breed at Crufts", "the film premiered at Cannes": an event written where a
    // venue stands, typed a place or a body (events-at.ts).
    if ((type === 'location' || type === 'organization') && at && atBefore(this.input.text, at.start)) {
      const event =
        filmFestivalAt(this.kb.kb, this.input.text, at.start, surface) ??
        (hits.length === 0 ? onlyEventNamed(this.kb.kb, surface) : null);
      if (event)
        return this.linkedBy(
          event,
          evidence('alias', `${surface} (${event.name}: an event written where its venue stands)`, 0.8),
          0.8,
        );
    }
    // "a command post in the Kursk area": the region named after the city (region-areas.ts).
    if (type === 'location' && at && areaAfter(this.input.text, at.end)) {
      const region = regionOfArea(this.kb.kb, surface);
      if (region)
        return this.linkedBy(
          region,
          evidence('alias', `${surface} area (${region.name}: the region named after the city)`, 0.8),
          0.8,
        );
    }
    // "the WWDC conference": an event's short name the tagger typed as a body, before an event word.
    if (hits.length === 0 && type === 'organization' && at) {
      const event = this.eventBeforeEventWord(surface, at, upper);
      if (event) return event;
    }
    if (hits.length === 0 && (type === 'event' || type === 'misc')) {
      const prefix = this.eventPrefix(surface);
      if (prefix) return prefix;
      // "At the World Economic Forum in Davos": a forum known by its meetings, typed as an event
      // by the tagger, is the KB body of that exact name (of two words or more: see below).
      if (type === 'event' && !this.exactBodyNamed(surface)) return null;
    }
    // Same-type entities first: a person mention is never an organisation.
    const sameType = hits.filter((h) => h.entity.type === type);
    let pool = sameType.length > 0 ? sameType : hits;
    if (pool.length === 0 && (normalizeName(surface).includes(' ') || type === 'misc')) {
      // The tagger's type is a guess: "White House" tagged as a person is still the White House,
      // "Abraham Accords" tagged as a place still the accords. A whole name of two words or
      // more ("COP-30" is two), written exactly, of any type but a person's; and any name the
      // tagger left untyped ("Natanz" as misc).
      pool = this.kb.lookup(surface).filter((h) => h.entity.type !== 'person' && isNameOrAlias(h));
    }
    // "told the forum in Davos": an event's alias that is a KB place's own name, after "in",
    // is the place, whatever type the tagger guessed — the event is held there, not in itself.
    if (at && pool.length > 0 && pool.every((h) => h.entity.type === 'event' && h.kind === 'alias')) {
      const place = this.placeAfterIn(surface, at);
      if (place.length > 0) pool = [...place];
    }
    if (pool.length === 0) return null;
    pool = this.inAddressState(surface, pool);
    if (at) pool = cityOfNamedState(pool, this.sentenceTextAt(at), () => this.articleStates());
    this.exactPools++;
    if (at) {
      const sense = this.senseAround(surface, pool, at);
      if (sense) return sense;
    }
    const best = this.pickByContext(spelledAsWrittenFirst(pool, surface), context);
    const hit = pool.find((h) => h.entity === best.entity)!;
    // A namesake: "Pedro Sanchez, a 32-year-old mechanic from Seville" is not the prime minister.
    // "the Petro, the … cryptocurrency named after Colombia's president": a thing, whatever the role words say.
    // "Keir Starmer, no relation to the prime minister": whatever title words stand near.
    const privateWord =
      hit.entity.type === 'person' && best.role.score < 1
        ? describesPrivatePerson(context(), hit.entity, this.input.date, true)
        : hit.entity.type === 'person'
          ? (namesakeCue(context()) ?? context().thing)
          : at
            ? (agedNamesake(this.input.text, at.end, context()) ??
              animalNamed(this.input.text, at) ??
              characterAttribute(this.input.text, at) ??
              otherKindInApposition(this.input.text, at, hit.entity) ??
              kinNamingBefore(this.input.text, at.start) ??
              eventNamesake(context(), hit.entity) ??
              localBusinessNamed(this.input.text, surface, (name) => this.kb.lookup(name).length > 0) ??
              this.otherThingNamed(surface, hit.entity, at))
            : null;
    if (privateWord) return refused(hit.entity, privateWord);
    // "The ECB confirmed Ben Stokes will captain England": an acronym among words of sport or
    // screen fiction names another body than a KB one that has nothing to do with them.
    const sphere =
      hit.kind === 'short' && hit.entity.type === 'organization'
        ? acronymOfOtherSphere(context().around, hit.entity.description)
        : null;
    if (sphere) return refused(hit.entity, sphere);
    const elsewhere =
      hit.entity.type === 'location' ? this.placeElsewhere(normalizeName(surface), hit.entity) : null;
    if (elsewhere) return refused(hit.entity, elsewhere);
    const ev: Evidence[] = [evidence(hit.kind === 'name' ? 'exact-name' : 'alias', surface, 1)];
    if (best.role.role) ev.push(evidence('role-context', roleDetail(best.role.role), best.role.score));
    this.linked.add(hit.entity.id);
    return { entity: hit.entity, evidence: ev, confidence: pool.length === 1 ? 0.97 : 0.85 };
  }

  /**
   * "Tim Prepare dinner": a person's full name with a name word spun as a common word
   * ("Cook" → "prepare dinner"; spinner-lexicon.ts) links when the name put back is a KB
   * person's exact name.
   */
  protected despunExact(surface: string, type: EntityType, context: () => MentionContext): Decision | null {
    if (!isPersonLike(type)) return null;
    const despun = despinName(surface);
    if (!despun?.includes(' ')) return null;
    const found = this.exact(despun, type, context);
    if (!found?.entity) return null;
    return {
      ...found,
      evidence: [
        evidence('word-substitution', `${surface} ~ ${despun} (spun name word)`, 0.85),
        ...found.evidence,
      ],
      confidence: Math.min(found.confidence, 0.85),
    };
  }

  /**
   * "Christine the Guard", "Hakan Sapling", "Mohammed son of Salman": a person's name
   * translated word for word (name-glosses.ts) links when the name put back is a KB
   * person's exact name and a role of that person is named next to the mention (the
   * glosses are ordinary words, and ordinary people bear them); a translated particle
   * alone ("son of" for "bin") needs no role.
   */
  protected deglossedExact(
    surface: string,
    type: EntityType,
    context: () => MentionContext,
  ): Decision | null {
    if (!isPersonLike(type)) return null;
    for (const glossed of deglossName(surface)) {
      // "Leon the Fourteenth": a regnal name in another language's form (regnal-name-forms.ts).
      const name = glossed.particlesOnly
        ? regnalNameForms(glossed.name).find((n) => this.personNamed(n) !== null)
        : glossed.name;
      const person = name === undefined ? null : this.personNamed(name);
      if (!person || name === undefined) continue;
      const variant = { ...glossed, name };
      const role = roleEvidence(person, context().around, this.input.date, this.orgs);
      // Else two kinds of support from the article, as for a spelling repair ("French far-right
      // leader Marine the Pen": the article names France and uses the KB description's words).
      const support = role.score < 0.6 && !variant.particlesOnly ? this.corroboration(person) : null;
      if (support && support.count < 2) continue;
      const found = this.exact(variant.name, type, context);
      if (!found?.entity) continue;
      return {
        ...found,
        evidence: [
          evidence('word-substitution', `${surface} ~ ${variant.name} (${variant.swaps.join(', ')})`, 0.8),
          ...found.evidence.filter((e) => e.kind !== 'role-context'),
          ...(role.role ? [evidence('role-context', roleDetail(role.role), role.score)] : []),
          ...(support?.details.map((d) => evidence('co-mention', d, 0.5)) ?? []),
        ],
        confidence: Math.min(found.confidence, 0.8),
      };
    }
    return null;
  }

  /**
   * "Ishiba Shigeru", "Jinping Xi": a two-word name turned round links when the other order
   * is a KB person's exact name and the person is of a country whose names copy writes
   * either way (East Asia, Hungary), or a role of the person is named next to the mention.
   */
  protected reversedExact(surface: string, type: EntityType, context: () => MentionContext): Decision | null {
    if (!isPersonLike(type)) return null;
    const reversed = reversedName(surface);
    const person = reversed ? this.personNamed(reversed) : null;
    if (
      !reversed ||
      !person ||
      (!eitherOrder(person) && roleEvidence(person, context().around, this.input.date, this.orgs).score < 0.6)
    )
      return null;
    const found = this.exact(reversed, type, context);
    if (!found?.entity) return null;
    return {
      ...found,
      evidence: [
        evidence('word-substitution', `${surface} ~ ${reversed} (name order)`, 0.9),
        ...found.evidence,
      ],
      confidence: Math.min(found.confidence, 0.85),
    };
  }

  /**
   * "Jung Kook", "Taylor Swifts": a person's name split at a syllable or given a stray "s"
   * (stray-name-forms.ts) links when the form put back is a KB person's exact name or alias,
   * with the exact name's vetoes (a private person so described stays unlinked). Many real
   * surnames end in an "s" another lacks ("Alexander Stubbs, the Leeds Rhinos prop", not
   * Alexander Stubb): a stray "s" is read only off a well-known name (prominence 3+), for a
   * mention no apposition presents, and with the vetoes of a spelling repair too.
   */
  protected strayFormExact(
    surface: string,
    type: EntityType,
    context: () => MentionContext,
  ): Decision | null {
    if (!isPersonLike(type)) return null;
    const joined = joinedHalves(surface);
    const form = joined && this.personNamed(joined) ? joined : withoutStrayS(surface);
    const person = form ? this.personNamed(form) : null;
    if (!form || !person) return null;
    if (form !== joined && !this.straySReadable(person, context())) return null;
    const found = this.exact(form, type, context);
    if (!found?.entity) return null;
    const how = form === joined ? 'words joined' : 'stray s';
    return {
      ...found,
      evidence: [evidence('alias', `${surface} = ${form} (${how})`, 0.9), ...found.evidence.slice(1)],
      confidence: Math.min(found.confidence, 0.85),
    };
  }

  /**
   * "the Paris Olympic opening ceremony", "a Tokyo Paralympic champion": an event whose name
   * ends in a plural "s" ("Paris Olympics"), written without it before a lower-case noun, as
   * copy writes a plural name used as an adjective (session acc23-link-b). Cost: one name
   * lookup, for a mention no exact name matched that a lower-case word follows.
   */
  protected attributiveEventExact(surface: string, m: Mention): Decision | null {
    if (isPersonLike(m.type) || !/\p{Ll}$/u.test(surface) || surface.endsWith('s')) return null;
    if (!ATTRIBUTIVE_AFTER.test(this.input.text.slice(m.end, m.end + 3))) return null;
    const plural = `${surface}s`;
    const event = this.soleEventNamed(plural, isNameOrAlias);
    if (!event) return null;
    return {
      entity: event,
      evidence: [evidence('alias', `${surface} = ${plural} (a plural name used as an adjective)`, 0.9)],
      confidence: 0.85,
    };
  }

  /** Whether a name with a stray "s" may be read as `person`'s (see `strayFormExact`). */
  private straySReadable(person: KbEntity, context: MentionContext): boolean {
    return (
      person.prominence >= 3 &&
      !introducedByApposition(this.input.text, context.span.end) &&
      describesPrivatePerson(context, person, this.input.date) === null
    );
  }

  /**
   * "Ferdinand Marcos Junior": a generational suffix written out by translated copy is the
   * KB's "Jr."/"Sr." after a full name (not in the KB's normalisation: "Costa Júnior" is a
   * surname).
   */
  protected generationExact(
    surface: string,
    type: EntityType,
    context: () => MentionContext,
  ): Decision | null {
    if (!isPersonLike(type)) return null;
    const m = /^(\S+\s.*\S)\s+(Junior|Senior)$/.exec(surface);
    if (!m) return null;
    return this.exact(`${m[1]} ${m[2] === 'Junior' ? 'Jr.' : 'Sr.'}`, type, context);
  }

  /**
   * "[Pan] [Gong Sheng]": when the capitalised word before a linked mention, with it, spells
   * the entity's name letter for letter (spaces aside), the tagger cut the name: the mention
   * takes the word in.
   */
  protected withCutWordBefore(m: Mention, entity: KbEntity): Mention {
    const { text } = this.input;
    const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!before) return m;
    const whole = letters(`${before[1]} ${text.slice(m.start, m.end)}`);
    const names = [entity.name, ...entity.names.filter((n) => n.kind !== 'surname').map((n) => n.text)];
    return names.some((n) => letters(n) === whole) ? { ...m, start: m.start - before[0].length } : m;
  }

  /**
   * "[Bassirou] Diomay Fay, a former tax inspector, was sworn in as Senegal's president": a
   * tagger may leave the first word of a sentence out of the name after it. A person's name
   * that links to nobody is read again with that capitalised word (no mention of its own, no
   * title) in front; taken only when the whole name links, with the evidence any name needs.
   */
  protected withFirstWordOfSentence(
    m: Mention,
  ): { decision: Decision; mention: Mention; surface: string } | null {
    const { text, sentences } = this.input;
    const before = SENTENCE_FIRST_WORD.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!before || NOT_A_GIVEN_NAME_START.test(before[1]!)) return null;
    const start = m.start - before[1]!.length - 1;
    if (this.input.mentions.some((o) => o.start < m.start && o.end > start)) return null;
    const wider: Mention = { ...m, start };
    const surface = cleanSurface(text.slice(start, m.end));
    const decision = this.fuzzy(
      surface,
      'person',
      () => mentionContext(text, sentences, wider, 0, this.spanCues),
      wider.end,
      wider.start,
    );
    return decision.entity ? { decision, mention: wider, surface } : null;
  }

  /** "NATO summit in The Hague": the longest leading words that name a KB event. */
  private eventPrefix(surface: string): Decision | null {
    const words = surface.split(/\s+/);
    for (let n = words.length - 1; n >= 2; n--) {
      const prefix = words.slice(0, n).join(' ');
      const hit = this.kb.lookup(prefix).find((h) => h.entity.type === 'event' && h.kind !== 'short');
      if (hit) {
        this.linked.add(hit.entity.id);
        return { entity: hit.entity, evidence: [evidence('alias', prefix, 0.9)], confidence: 0.85 };
      }
    }
    return null;
  }

  /** The one event `name` names under an accepted kind of name (marked linked), or null when none or several do. */
  private soleEventNamed(name: string, accepts: (hit: NameHit) => boolean): KbEntity | null {
    const events = new Set(
      this.kb
        .lookup(name)
        .filter((h) => h.entity.type === 'event' && accepts(h))
        .map((h) => h.entity),
    );
    if (events.size !== 1) return null;
    const [event] = events;
    this.linked.add(event!.id);
    return event!;
  }

  /**
   * "the WWDC conference", "the Eurovision contest": a name only an event bears, typed as a
   * body, right before a word for an event, is that event.
   */
  private eventBeforeEventWord(surface: string, at: Mention, upper: boolean): Decision | null {
    if (!EVENT_WORD_AFTER.test(this.input.text.slice(at.end, at.end + 16))) return null;
    const event = this.soleEventNamed(surface, (h) => isNameOrAlias(h) || (h.kind === 'short' && upper));
    if (!event) return null;
    return {
      entity: event,
      evidence: [evidence('alias', `${surface} (an event's name)`, 0.9)],
      confidence: 0.85,
    };
  }

  /** "G7 top" → G7 summit (summits.ts): the event the organisation's name and a summit word name. */
  protected summitDecision(surface: string, summit: SummitMention): Decision {
    this.linked.add(summit.entity.id);
    const ev = summit.why
      ? evidence('co-mention', `${summit.why}: ${summit.name}`, 0.8)
      : normalizeName(surface) === normalizeName(summit.name)
        ? evidence('alias', summit.name, 0.9)
        : evidence('word-substitution', `${surface} ~ ${summit.name}`, 0.8);
    return { entity: summit.entity, evidence: [ev], confidence: 0.8 };
  }
}
