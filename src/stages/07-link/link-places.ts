/**
 * What the words around a place name say of it (place cues): "Paris, Texas", "the village of
 * Delhi", "the Cornwall road", and the namesake towns they point to — in the article's US
 * town, in an address state, after "in"/"to"/"from". Also the sense of a name that is both
 * a place and something else (a town, a club, a speaker). Separate because these readings
 * are about where, not who, and pass 1 consults them before it keeps an exact place link.
 */
import type { Mention } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { US_STATES, usStateOfCity } from '../../kb/us-states.js';
import type { NameHit } from '../../ports/knowledge-base.js';
import { usStatesNamedIn } from './article-states.js';
import { clubNamedIn } from './club-cues.js';
import { sentenceOf } from './context.js';
import { cricketTeamAt } from './cricket-teams.js';
import { evidence } from './evidence.js';
import { endsBodyName } from './firm-names.js';
import { DocumentClusters } from './link-clusters.js';
import { type Decision, refused } from './link-state.js';
import { nameCompletedBefore } from './names-before.js';
import { NationalBodies } from './national-bodies.js';
import {
  clubNameForms,
  companyAsPlace,
  continuesAsName,
  countryWordBefore,
  inMatchResult,
  isAddressState,
  localNameContinues,
} from './place-senses.js';
import {
  nationOfApposition,
  placeAsKindOfThing,
  regionStartsList,
  stateAbbreviationAfter,
  stateOfAttributive,
  thingCalledByName,
  thingNamedAfterPlace,
} from './place-things.js';
import { wordNotPlace } from './place-words.js';
import { placeCueAround } from './places-typed-as-people.js';
import { outerRegion, regionIsSubject } from './region-clauses.js';
import {
  burialBefore,
  cemeteryNameForms,
  otherCountryOfName,
  partOfStateBefore,
  riverAfter,
  riverNameForms,
  stateNameForms,
} from './region-cues.js';
import { stateSenseOfCityName } from './state-senses.js';
import { footballTeamAt, namesRacingPerson, racingTeamAt } from './team-senses.js';

/** What the words around a place name say of it (see placeElsewhere). */
interface PlaceCue {
  /** "Paris, Texas": the capitalised name right after the comma, or null. */
  readonly region: string | null;
  /** "the village of Delhi", "Moscow, a town of 25,000": the settlement noun, or null. */
  readonly small: string | null;
  /** "a village in Renfrewshire, Scotland": the name placing an apposition's region, or null. */
  readonly outer: string | null;
  /** Whether the region word starts a list of names rather than an address. */
  readonly listed: boolean;
  /** "sprouts" of "Brussels sprouts": a common noun fused with the name into a thing, or null. */
  readonly thing: string | null;
  /** "the Cornwall road": a local noun the name is used before, or null (see `usTownArticle`). */
  readonly local: string | null;
}

/** ", Manitoba," / ", Ohio.": a region's name of one or two words set off as an address ends. */
const TOWN_ADDRESS_AFTER = /^,\s+(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)(?=\s*[,.;:!?)]|$)/u;

/** A preposition or article right before a name: what follows it is the place ("envoy for Ukraine Keith …"). */
const PLACE_WORD_BEFORE = /\b(?:of|for|in|from|to|at|on|with|across|into|by|near|the|a|an)\s+$/i;

const SMALL_BEFORE = /\b(town|village|hamlet|township)\s+of\s+$/;

const SMALL_AFTER = /^,\s+(?:a|the)\s+(?:\w+\s+)?(town|village|hamlet|township)\b/;

const REGION_AFTER = /^,\s+(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)/u;

/** "Havana, a small city in north Florida": the region an apposition places the town in. */
const REGION_IN_APPOSITION =
  /^,\s+(?:a|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:town|city|metropolis|village|community|suburb)\s+in\s+(?:(?:north|south|east|west|northern|southern|eastern|western|central|rural|upstate)\s+)?(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)/u;

/** The place cue of one mention, or null when the words around it say nothing. */
function placeCueAt(text: string, span: { readonly start: number; readonly end: number }): PlaceCue | null {
  const before = text.slice(Math.max(0, span.start - 20), span.start);
  const after = text.slice(span.end, span.end + 80);
  const small = SMALL_BEFORE.exec(before)?.[1] ?? SMALL_AFTER.exec(after)?.[1] ?? null;
  const regionMatch =
    stateAbbreviationAfter(after) ??
    REGION_AFTER.exec(after) ??
    REGION_IN_APPOSITION.exec(after) ??
    nationOfApposition(after) ??
    stateOfAttributive(after);
  const afterRegion = regionMatch ? after.slice(regionMatch[0].length) : '';
  // "After talks in Jeddah, Ukraine said …": the country begins the next clause.
  const subject = regionMatch !== null && regionIsSubject(regionMatch[1]!, afterRegion);
  const region = subject ? null : (regionMatch?.[1] ?? null);
  const outer = region && regionMatch?.[0].includes(' in ') ? outerRegion(afterRegion) : null;
  // "Lebanon, Pennsylvania dropped …" is an address; "Mexico, Texas and Arizona" a list.
  const listed = region ? regionStartsList(afterRegion) : false;
  // "Panama hat", "chicken Kiev", "a mare named Kharkiv", "a Manhattan and a Singapore sling":
  // a thing named after the place, or given its name.
  const thing =
    thingNamedAfterPlace(text, span.start, span.end) ??
    thingCalledByName(text, span.start, span.end) ??
    placeAsKindOfThing(text, span.start, span.end) ??
    // "Reading between the lines": the English gerund, not the town.
    wordNotPlace(text, span.start, span.end);
  const local = LOCAL_AFTER.exec(after)?.[1] ?? null;
  return small || region || thing || local ? { region, outer, small, listed, thing, local } : null;
}

/**
 * "the Cornwall road", "the Norway fire station": a place name used before a noun of local
 * life. Alone it says nothing (a road to Cornwall); in an article set in a US town named like a
 * foreign place it is the neighbouring namesake town (see `usTownArticle`).
 */
const LOCAL_AFTER =
  /^\s+(road|street|avenue|highway|turnpike|pike|bridge|exit|line|school|schools|library|park|fire|police|borough|township|church|mall|fairgrounds?|diner|post office|town hall|plant|mill|farm|volunteer)\b/;

/**
 * "in", "to", "from", "near", "outside" right before a name: what follows is where, not who
 * ("a farm shop outside Aarhus", session acc25-link-b).
 */
const TOWN_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|to|from|near|outside)\s+$/u;

/** "in " right before a name: a place's preposition, not an event's ("at Davos", "during Davos"). */
const IN_BEFORE = /(?:^|[^\p{L}])[Ii]n\s+$/u;

/** "the ski resort of Davos", "the town of Davos": a settlement's noun and "of" before a name make it the place. */
const SETTLEMENT_OF_BEFORE =
  /(?:^|[^\p{L}])(?:town|city|village|resort|municipality|commune|hamlet)\s+of\s+$/u;

/** Whether the mention's text holds a space (a name of more than one word). */
function hasSpaceIn(text: string, m: Mention): boolean {
  return /\s/.test(text.slice(m.start, m.end));
}

/** The prominence of a place that does not speak for a government or a team ("Ueda said"). */
const MINOR_TOWN = 1;

/** Whether all the hits that are no people are minor towns: no body, no place of note (see `speakerNotTown`). */
export function onlyMinorTowns(hits: readonly NameHit[]): boolean {
  return hits.every(
    (h) => h.entity.type === 'person' || (h.entity.type === 'location' && h.entity.prominence <= MINOR_TOWN),
  );
}

export abstract class PlaceReadings extends DocumentClusters {
  /**
   * Per document: what the text says of each place name ("Paris, Texas"; "the village of
   * Delhi"), null when nothing — read on first use (see `placeCueOf`).
   */
  private readonly placeCues = new Map<string, PlaceCue | null>();

  /** The mentions whose words may give a place name its cue, per normalised name, in text order. */
  protected readonly placeSpots = new Map<string, Mention[]>();

  /**
   * "a pub in Hull", "retiring to Aarhus": a one-word name the tagger typed as a person, after
   * a preposition of place, that no full name of the article explains (pass 3 tried those
   * first) and that the KB knows as one city — named exactly, not a possessive ("in Hull's
   * docks" is still the town, "in Biden's speech" no place). A surname of somebody the KB holds
   * ("Charley Hull") does not stand against it: nobody is "in" a person.
   */
  /**
   * "Kirsty Coventry, 29, a swimming coach in Coventry, England": a one-word mention the tagger
   * typed as a place, right after a preposition of place and no possessive ("in Coventry's
   * pool" may be anybody's), is where, not who — so it is no lone surname of a person the
   * article names in full, and the KB's place of that name is looked up as for any place.
   * Cost: two short regular expressions on the few characters around a one-word place mention
   * whose word is the surname of a person of the article.
   */
  protected placedByPreposition(m: Mention): boolean {
    return m.type === 'location' && this.afterPlacePreposition(m.start, m.end);
  }

  /** Whether the words at `start`–`end` follow "in", "to", "from" or "near", with no possessive after. */
  protected afterPlacePreposition(start: number, end: number): boolean {
    const text = this.input.text;
    return (
      TOWN_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 9), start)) &&
      !/^['’]s\b/.test(text.slice(end, end + 3))
    );
  }

  protected townAfterPreposition(m: Mention, surface: string, norm: string): Decision | null {
    const text = this.input.text;
    if (!TOWN_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 9), m.start))) return null;
    if (/^['’]s\b/.test(text.slice(m.end, m.end + 3))) return null;
    const hits = this.kb.lookup(surface);
    if (hits.some((h) => h.entity.type === 'person' && isNameOrAlias(h))) return null;
    const towns = new Set(
      hits
        .filter(
          (h) =>
            isNameOrAlias(h) &&
            h.entity.type === 'location' &&
            (h.entity.kind === 'city' || h.entity.kind === 'capital'),
        )
        .map((h) => h.entity),
    );
    if (towns.size !== 1) return null;
    const [town] = towns;
    if (this.placeElsewhere(norm, town!)) return null;
    return this.linkedBy(town!, evidence('exact-name', `${surface} (a place: "in ${surface}")`, 1), 0.85);
  }

  /**
   * "including Fordo and Natanz", "Russia struck Dnepr", "bombs on Fordo" after it: a one-word
   * name the tagger typed as a person that the KB knows as exactly one place (by its name or an
   * alias) and as nobody — no name, alias or surname of a person — is that place when the words
   * around it say so (places-typed-as-people.ts), or when the article already linked the word as
   * that place. What the text says of the place elsewhere ("Dnepr, a village near …") still
   * vetoes it.
   */
  protected placeTypedAsPerson(m: Mention, surface: string, norm: string): Decision | null {
    const hits = this.kb.lookup(surface);
    if (hits.some((h) => h.entity.type === 'person')) return null;
    const places = new Set(
      hits.filter((h) => isNameOrAlias(h) && h.entity.type === 'location').map((h) => h.entity),
    );
    if (places.size !== 1) return null;
    const place: KbEntity = places.values().next().value!;
    const earlier = this.clusterOf('location', norm)?.decision.entity === place;
    const linkedPlaces = earlier
      ? []
      : this.clusters.flatMap((c) => (c.decision.entity?.type === 'location' ? c.mentions : []));
    const cue = earlier ? 'named before as the place' : placeCueAround(this.input.text, m, linkedPlaces);
    if (!cue || this.placeElsewhere(norm, place)) return null;
    return this.linkedBy(place, evidence('exact-name', `${surface} (a place: ${cue})`, 1), 0.85);
  }

  /**
   * What the article says against a city or capital it names: "Paris, Texas" (a region of
   * another country right after the name: a namesake town there) or "the village of Delhi",
   * "Moscow, a town of 25,000" (a capital or major city is no town). Any mention of the name
   * in the article counts (per-document cue map, one KB lookup of the region name).
   */
  protected placeElsewhere(norm: string, entity: KbEntity): string | null {
    const cue = this.placeCueOf(norm);
    if (!cue) return null;
    if (cue.thing) return cue.thing;
    const wide = entity.kind === 'region' || entity.kind === 'country';
    if (cue.small && !wide && (entity.kind === 'capital' || entity.prominence >= 4)) return cue.small;
    // "Norway, the next town over": a country or region is never a town.
    if (cue.small && wide && entity.country !== 'US') return cue.small;
    // "Lebanon, Pennsylvania, … the Cornwall road": a foreign place's name used for a local road
    // or school in an article set in a US town named like a foreign place is a town nearby.
    if (cue.local && entity.country !== 'US' && this.usTownArticle())
      return `a local ${cue.local} near a US town`;
    if (cue.region === null) return null;
    // "Valencia, Venezuela's third city": the possessive names the country all the same.
    const region = cue.region.replace(/['’]s$/u, '');
    // "Atlantic, Iowa": a sea's or a continent's name with a US state after it is a town there.
    if ((entity.kind === 'sea' || entity.kind === 'continent') && US_STATES.has(region) && !cue.listed)
      return `in ${region}`;
    if (entity.country === null) return null;
    // "Concord, N.H." is not Concord, California: a US city of another state is a namesake.
    const state = entity.country === 'US' ? usStateOfCity(entity.description) : null;
    // "Savannah, Georgia": the city's own state, whatever else bears the state's name.
    if (state && state === region) return null;
    if (state && US_STATES.has(region) && state !== region && !cue.listed) return `in ${region}`;
    // ("the Venezuelan city": a demonym names its country.)
    let hits = this.regionHits(region);
    // "Houston, a village in Renfrewshire, Scotland": a county the KB lacks, placed by the next name.
    if (hits.length === 0 && cue.outer) hits = this.regionHits(cue.outer);
    // "Tbilisi, Georgia", "Paris, France": the region is the entity's own country's.
    if (hits.some((h) => h.entity.country === entity.country)) return null;
    // A country or state named after a US state is a namesake town there ("Lebanon, Pennsylvania",
    // "Mexico, Missouri"), unless the state word starts a list ("Mexico, Texas and Arizona").
    if (US_STATES.has(region) && entity.country !== 'US' && !cue.listed) return `in ${region}`;
    if (wide) return null;
    // A city followed by a region or country of another country is a namesake there.
    const other = hits.some(
      (h) =>
        (h.entity.kind === 'region' || (h.entity.kind === 'country' && !cue.listed)) &&
        h.entity.country !== null &&
        h.entity.country !== entity.country,
    );
    return other ? `in ${region}` : null;
  }

  /**
   * "Polar bear tours in Churchill, Manitoba, reached …": a one-word name followed by a comma, a
   * US state or a KB region (a province, a state) and a stop or another comma is a town's
   * address, so the word names the town, not a bearer of it as a surname. Not a list ("Biden,
   * Delaware and Ohio"), nor the region going on as a name or a possessive ("Johnson, Texas
   * Republican", "Sanders, Vermont's senator"). The region as written, or null. Cost: one
   * character test after the name; the pattern and a KB lookup only after a comma.
   */
  protected townAddressAfter(end: number): string | null {
    const text = this.input.text;
    if (text[end] !== ',') return null;
    const m = TOWN_ADDRESS_AFTER.exec(text.slice(end, end + 60));
    if (!m || regionStartsList(text.slice(end + m[0].length - 1, end + m[0].length + 60))) return null;
    const region = m[1]!;
    if (US_STATES.has(region)) return region;
    return this.regionHits(region).some((h) => h.kind === 'name' && h.entity.kind === 'region')
      ? region
      : null;
  }

  /** The KB's places (and their demonyms) of a region name written after a town. */
  private regionHits(region: string): NameHit[] {
    return this.kb
      .lookup(region)
      .filter((h) => (h.kind === 'name' || h.kind === 'demonym') && h.entity.type === 'location');
  }

  /**
   * True when the article's other places are American ("Atlanta", "Savannah", another state)
   * and none is of `country` itself ("Tbilisi"): a country named like a US state is the state.
   */
  private amongUsPlaces(at: Mention, country: KbEntity): boolean {
    const text = this.input.text;
    let us = false;
    for (const m of this.input.mentions) {
      if (m === at || m.type !== 'location') continue;
      const surface = text.slice(m.start, m.end).replace(/['’]s$/u, '');
      if (surface === text.slice(at.start, at.end)) continue;
      const hits = this.kb.lookup(surface).filter((h) => h.kind === 'name' && h.entity.type === 'location');
      if (hits.some((h) => h.entity.country === country.country)) return false;
      if (US_STATES.has(surface) || (hits.length > 0 && hits.every((h) => h.entity.country === 'US')))
        us = true;
    }
    // "Georgian" anywhere: the country's own people.
    return us && !country.names.some((n) => n.kind === 'demonym' && text.includes(n.text));
  }

  /**
   * The place cue of `norm`: that of its first mention (in text order) whose words give one.
   * Read when asked (a place of the KB about to be linked), not for every one-word mention:
   * `placeCueAt` reads only the text, so the first cue found is the same whenever it is read.
   */
  private placeCueOf(norm: string): PlaceCue | null {
    let cue = this.placeCues.get(norm);
    if (cue === undefined) {
      cue = null;
      for (const m of this.placeSpots.get(norm) ?? []) {
        cue = placeCueAt(this.input.text, m);
        if (cue) break;
      }
      this.placeCues.set(norm, cue);
    }
    return cue;
  }

  /**
   * Of several US cities of one name, those of the state the address after the name gives
   * ("Columbia, S.C.": South Carolina's, not Missouri's); of places of several countries, those
   * of the country or region named after it ("Canterbury, New Zealand"); `pool` itself when
   * none is, or nothing is named.
   */
  protected inAddressState<T extends { readonly entity: KbEntity }>(surface: string, pool: T[]): T[] {
    if (pool.length < 2 || pool.some((h) => h.entity.type !== 'location')) return pool;
    const cue = this.placeCueOf(normalizeName(surface));
    const region = cue?.region?.replace(/['’]s$/u, '');
    if (!region || cue?.listed) return pool;
    if (!US_STATES.has(region)) {
      // "a sheep farmer in Canterbury, New Zealand": of a city of England and a region of New
      // Zealand bearing the name, the one of the country named after it (acc27-link-b).
      const countries = new Set(this.regionHits(region).map((h) => h.entity.country));
      const inCountry = pool.filter((h) => h.entity.country !== null && countries.has(h.entity.country));
      return inCountry.length > 0 ? inCountry : pool;
    }
    const there = pool.filter(
      (h) => h.entity.country === 'US' && usStateOfCity(h.entity.description) === region,
    );
    return there.length > 0 ? there : pool;
  }

  private articleStatesCache: ReadonlySet<string> | null = null;
  /** The US states the article names (article-states.ts), read once when a city is to be chosen. */
  protected articleStates(): ReadonlySet<string> {
    this.articleStatesCache ??= usStatesNamedIn(this.input.text);
    return this.articleStatesCache;
  }

  /** The text of the sentence `span` stands in. */
  protected sentenceTextAt(span: Span): string {
    const s = sentenceOf(this.input.sentences, span, this.input.text.length);
    return this.input.text.slice(s.start, s.end);
  }

  private usTownArticleCache: boolean | null = null;

  /** Whether a mention the tagger typed a person ends at `end` (a comma after a name). */
  private personEndsAt(end: number): boolean {
    return end >= 0 && this.input.mentions.some((m) => m.end === end && m.type === 'person');
  }

  /**
   * Whether the article is set in a US town named like a foreign place: a place cue of the
   * article is a US state address ("Lebanon, Pennsylvania") or places the town in a state.
   */
  private usTownArticle(): boolean {
    if (this.usTownArticleCache === null) {
      this.usTownArticleCache = false;
      for (const norm of this.placeSpots.keys()) {
        const cue = this.placeCueOf(norm);
        if (!cue) continue;
        const region = cue.region?.replace(/['’]s$/u, '');
        if (region && US_STATES.has(region) && !cue.listed) this.usTownArticleCache = true;
      }
    }
    return this.usTownArticleCache;
  }

  /**
   * "Ueda said wage growth was broadening": a one-word mention typed as a place or a body, the
   * subject of a verb of saying, is a person when the KB's place of that name is a minor town and a
   * well-known person bears it as surname — retyped a person, it follows the lone-surname rules.
   * (Capitals that speak for their governments, "Washington said", are prominent places; a body
   * the KB knows by the word speaks for itself.)
   */
  protected speakerNotTown(m: Mention): Mention {
    const text = this.input.text;
    if (m.type === 'person' || !this.saysAfter(m.end) || hasSpaceIn(text, m)) return m;
    const hits = this.kb.lookup(text.slice(m.start, m.end));
    const bearer = hits.some(
      (h) => h.kind === 'surname' && h.entity.type === 'person' && h.entity.prominence >= 3,
    );
    return bearer && onlyMinorTowns(hits) ? { ...m, type: 'person' } : m;
  }

  /**
   * What the words around an exactly written name make of it (place-senses.ts): a US state
   * in an address, part of a longer name, a company's name used as a place, or another
   * country's body; null when they say nothing.
   */
  protected senseAround(surface: string, pool: readonly NameHit[], at: Mention): Decision | null {
    const text = this.input.text;
    const first = pool[0]!.entity;
    // "As The Atlantic noted": a title's "The" before the name makes it the magazine's.
    const longer =
      first.type === 'location' ? nameCompletedBefore(this.kb.kb, text, at.start, surface) : null;
    if (longer) {
      return this.linkedBy(longer.entity, evidence('alias', `${surface} (${longer.name})`, 0.9), 0.85);
    }
    // "Manchester City beat Ipswich 4-1": a city's name in a match result is its club's.
    if (first.type === 'location' && inMatchResult(text, at.start, at.end)) {
      const club = clubNameForms(surface)
        .flatMap((form) => this.kb.lookup(form))
        .find((h) => h.entity.kind === 'sports-club' && isNameOrAlias(h))?.entity;
      if (club) {
        return this.linkedBy(club, evidence('alias', `${surface} (${club.name}: a match result)`, 0.8), 0.8);
      }
    }
    // "his move to Ferrari" in Formula One copy: the carmaker's racing team (team-senses.ts).
    const racing =
      first.kind === 'company'
        ? racingTeamAt(this.kb.kb, text, surface, () =>
            namesRacingPerson(
              this.kb.kb,
              this.input.mentions.filter((m) => m.type === 'person').map((m) => text.slice(m.start, m.end)),
            ),
          )
        : null;
    if (racing) {
      return this.linkedBy(
        racing,
        evidence('alias', `${surface} (${racing.name}: Formula One copy)`, 0.8),
        0.8,
      );
    }
    // "upstate New York": the state; "the Mississippi and Ohio rivers": the rivers; "Congo and
    // Rwanda": the DRC (region-cues.ts).
    const region = first.type === 'location' ? this.regionByCue(surface, first, at) : null;
    if (region) return region;
    // "Spain beat England 2-1", "England manager", "the Barcelona winger": in football copy a
    // country's name is its national team's, a city's its club's (team-senses.ts).
    const team =
      first.type === 'location'
        ? footballTeamAt(this.kb.kb, text, at.start, at.end, first, () =>
            clubNamedIn(this.kb.kb, text, this.input.mentions),
          )
        : null;
    if (team) {
      return this.linkedBy(
        team.entity,
        evidence('alias', `${surface} (${team.entity.name}: ${team.cue})`, 0.8),
        0.8,
      );
    }
    // "India won the T20 World Cup final": in cricket copy a country as a side is its team (cricket-teams.ts).
    const side = first.type === 'location' ? cricketTeamAt(this.kb.kb, text, at.start, at.end, first) : null;
    if (side) {
      return this.linkedBy(
        side,
        evidence('alias', `${surface} (${side.name}: a side in cricket copy)`, 0.8),
        0.8,
      );
    }
    // "Israel Moreno, a mechanic": a one-word place name the tagger split from the person's name
    // after it; not after a preposition or article ("US envoy for Ukraine Keith Kellogg").
    if (
      first.type === 'location' &&
      at.type === 'location' &&
      text[at.end] === ' ' &&
      !surface.includes(' ') &&
      !PLACE_WORD_BEFORE.test(text.slice(Math.max(0, at.start - 8), at.start))
    ) {
      // (The tagger may type both words a place: "Moreno" is then a KB person's surname.)
      const next = this.input.mentions.find((m) => m.start === at.end + 1);
      if (
        next &&
        (next.type === 'person' ||
          (next.type === 'location' &&
            this.kb
              .lookup(text.slice(next.start, next.end))
              .some((h) => h.kind === 'surname' && h.entity.type === 'person')))
      )
        return refused(first, "part of a person's name");
    }
    // "Lee Zeldin, Republican of New York", "White Plains, New York": the state, not the city.
    if ((first.kind === 'city' || first.kind === 'capital') && US_STATES.has(surface)) {
      // "Keith Kellogg, Washington's special envoy": after a person's name the comma opens an
      // apposition, not an address (acc27-link-b).
      const cue =
        isAddressState(text, at.start, surface) && !this.personEndsAt(text.lastIndexOf(',', at.start))
          ? "after a town's name"
          : stateSenseOfCityName(text, at.start, at.end);
      const state = cue
        ? this.kb.lookup(`State of ${surface}`).find((h) => h.entity.country === 'US')?.entity
        : undefined;
      if (state) {
        return this.linkedBy(state, evidence('exact-name', `${surface} (a US state: ${cue})`, 0.8), 0.8);
      }
    }
    if (first.kind === 'country' && US_STATES.has(surface)) {
      if (isAddressState(text, at.start, surface)) {
        const state = this.kb.lookup(`State of ${surface}`).find((h) => h.entity.country === 'US')?.entity;
        if (!state) return refused(first, `a US state`);
        return this.linkedBy(
          state,
          evidence('exact-name', `${surface} (a US state: after a town's name)`, 0.8),
          0.8,
        );
      }
      if (continuesAsName(text, at.end)) return refused(first, `part of a longer name`);
      // "Georgia voters …, and Atlanta's suburbs": an article set among US places means the state.
      if (this.amongUsPlaces(at, first)) {
        const state = this.kb.lookup(`State of ${surface}`).find((h) => h.entity.country === 'US')?.entity;
        if (!state) return refused(first, `a US state (US places named)`);
        return this.linkedBy(
          state,
          evidence('exact-name', `${surface} (a US state: US places named)`, 0.8),
          0.8,
        );
      }
    }
    if (pool.every((h) => h.entity.type === 'organization') && !surface.includes(' ')) {
      const local = localNameContinues(text, at.end);
      if (local) return refused(first, `the name of a ${local}`);
      const company = pool.find((h) => h.entity.kind === 'company');
      // "in the Amazon", "the Amazon parrot", "a mare named Tesla": the place, a kind of
      // animal, a thing given the name — not the company.
      const place = company
        ? (companyAsPlace(text, at.start, at.end) ??
          thingNamedAfterPlace(text, at.start, at.end) ??
          thingCalledByName(text, at.start, at.end))
        : null;
      if (company && place) return refused(company.entity, place);
    }
    if (pool.every((h) => h.entity.type === 'organization' && h.entity.country)) {
      const before = countryWordBefore(text, at.start);
      const country = before
        ? this.kb
            .lookup(before.word)
            .find(
              (h) =>
                h.entity.kind === 'country' &&
                (h.kind === 'name' || (h.kind === 'demonym' && !before.possessive)),
            )?.entity.country
        : undefined;
      // (Not the last word of another body's name: "an Air India Boeing 787".)
      if (
        before &&
        country &&
        !pool.some((h) => h.entity.country === country) &&
        !endsBodyName(this.kb, text, text.lastIndexOf(before.word, at.start) + before.word.length)
      ) {
        // "Cameroon's Constitutional Council": the KB files the French one under the bare
        // name, the named country's own body under the name with its country (national-bodies.ts).
        const own = NationalBodies.for(this.kb.kb)
          .bodies(surface)
          .filter((b) => b.country === country);
        if (own.length === 1)
          return this.linkedBy(
            own[0]!.entity,
            evidence('co-mention', `${surface} of ${before.word}, named before it`, 0.8),
            0.8,
          );
        return refused(first, `of ${before.word}`);
      }
    }
    return null;
  }

  /** Another KB place the words around a place name, or its article, say it is (region-cues.ts), else null. */
  private regionByCue(surface: string, first: KbEntity, at: Mention): Decision | null {
    const text = this.input.text;
    const cue =
      first.kind !== 'region' && first.country === 'US' && partOfStateBefore(text, at.start)
        ? { names: stateNameForms(surface), why: 'part of a state before it' }
        : riverAfter(text, at.end)
          ? { names: riverNameForms(surface), why: '"river" after it' }
          : first.kind === 'country'
            ? { names: [otherCountryOfName(text, surface)].filter((n) => n !== null), why: 'the article' }
            : burialBefore(text, at.start)
              ? { names: cemeteryNameForms(surface), why: 'a grave there' }
              : null;
    const other = cue?.names
      .flatMap((name) => this.kb.lookup(name))
      .find((h) => h.entity.type === 'location' && h.entity !== first && isNameOrAlias(h))?.entity;
    if (!other || !cue) return null;
    return this.linkedBy(other, evidence('alias', `${surface} (${other.name}: ${cue.why})`, 0.8), 0.8);
  }

  /**
   * The KB places named exactly `surface` when "in" stands right before the mention, or a
   * settlement's noun and "of" ("the ski resort of Davos"), else none.
   */
  protected placeAfterIn(surface: string, at: Mention): readonly NameHit[] {
    const text = this.input.text;
    if (
      !IN_BEFORE.test(text.slice(Math.max(0, at.start - 4), at.start)) &&
      !SETTLEMENT_OF_BEFORE.test(text.slice(Math.max(0, at.start - 24), at.start))
    )
      return [];
    return this.kb.lookup(surface).filter((h) => h.entity.type === 'location' && h.kind === 'name');
  }
}
