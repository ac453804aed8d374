/**
 * Article-wide consistency after the passes: one edition of a recurring event, the article's
 * country deciding between namesakes (national bodies, spun ties, a home namesake), and
 * namesake variants of a name the article refused. Separate because these decisions need
 * every cluster, so they run once all mentions are linked.
 */
import { isNameOrAlias, type KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { acronymOfNamedBody, armedBodyOfAcronym, mayBeSharedAcronym } from './article-acronyms.js';
import { clubCuedIn } from './bare-club-names.js';
import { partyCueAround } from './bodies-before-members.js';
import { bodiesNamed, bodyOfInitials, looksLikeInitials } from './body-initials.js';
import { clubNamedIn } from './club-cues.js';
import { sentenceOf } from './context.js';
import { editionOf } from './editions.js';
import { editionByDate } from './editions-by-date.js';
import { evidence } from './evidence.js';
import { countryNamedBefore } from './foreign-bodies.js';
import { placeWithoutHead } from './geographic-heads.js';
import { homeNamesake, mayMoveHome, qualifiedHomePlace, refusalGivesWay } from './home-places.js';
import { kinAppositionNaming } from './kin-introductions.js';
import { MentionSpans } from './link-mention-spans.js';
import { isPersonLike } from './link-sound-alikes.js';
import type { Cluster, Decision } from './link-state.js';
import { spunTypes } from './link-support.js';
import { namesakeWordsIn } from './namesake-cues.js';
import { landmarkOfTown } from './namesake-town-landmarks.js';
import { dominantCountry, isRoleStub, NationalBodies, type NationalBody } from './national-bodies.js';
import { seatCountryAfter } from './seat-places.js';
import { letters, lettersSimilarity } from './similarity.js';
import { findSpunTies } from './spin.js';
import { despunReadings } from './spinner-lexicon.js';

/**
 * A name linked to its namesake in the article's country instead of the one abroad the KB
 * would have given ("Hamilton" of New Zealand, not of Bermuda): the evidence says which.
 */
function homeNamesakeDecision(
  surface: string,
  entity: KbEntity,
  home: string,
  away: { readonly name: string; readonly country?: string | null },
): Decision {
  return {
    entity,
    evidence: [
      evidence('exact-name', surface, 1),
      evidence(
        'co-mention',
        `${surface} of ${home}, the article's country (not ${away.name}, ${away.country})`,
        0.7,
      ),
    ],
    confidence: 0.75,
  };
}

/**
 * True when two names of a surname may share a given name: the same initial ("Jerry Dale" and
 * "J.D."), or either has no given name written.
 */
function sameGivenInitial(a: string, b: string): boolean {
  const ga = normalizeName(a);
  const gb = normalizeName(b);
  if (!ga.includes(' ') || !gb.includes(' ')) return true;
  return ga[0] === gb[0];
}

/**
 * How close a name must be spelled to a body of the article's people ("Tisa" for Tisza: 0.87).
 * Below a lone spelling repair's 0.90: the person holding a role in the body is the evidence.
 */
const PEOPLES_BODY_LIKENESS = 0.8;

export abstract class ArticleConsistency extends MentionSpans {
  /**
   * A recurring event linked by its series name ("the Republican National Convention") that
   * the article's place and date tie to one dated edition becomes that edition (editions.ts),
   * or, for a roving event, the edition its date alone points at (editions-by-date.ts).
   */
  protected pickEditions(): void {
    const { text, date } = this.input;
    if (!date) return;
    let places: Set<string> | null = null;
    let plain: string | null = null;
    const placeNamed = (place: KbEntity): boolean => {
      places ??= new Set(this.clusters.flatMap((c) => (c.decision.entity ? [c.decision.entity.id] : [])));
      if (places.has(place.id)) return true;
      // A host named inside the event's own mention ("… summit in Rio de Janeiro") has no cluster.
      plain ??= ` ${normalizeName(text)} `;
      return [place.name, ...place.names.map((n) => n.text)].some((n) => {
        const norm = normalizeName(n);
        return norm.length > 2 && plain!.includes(` ${norm} `);
      });
    };
    for (const c of this.clusters) {
      const series = c.decision.entity;
      if (series?.type !== 'event') continue;
      const edition =
        editionOf(this.kb.kb, series, date, placeNamed) ??
        editionByDate(this.kb.kb, series, date, this.sentenceAt(c));
      if (!edition) continue;
      this.linked.add(edition.entity.id);
      c.decision = {
        ...c.decision,
        entity: edition.entity,
        evidence: [...c.decision.evidence, evidence('co-mention', edition.why, 0.6)],
      };
    }
  }

  /** The sentence of the cluster's first mention (its text). */
  private sentenceAt(c: Cluster): string {
    const first = c.mentions[0];
    if (!first) return '';
    const span = sentenceOf(this.input.sentences, first, this.input.text.length);
    return this.input.text.slice(span.start, span.end);
  }

  /** How many mentions the article gives each country (its named countries, its linked entities'). */
  protected countryCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const code of this.countries) counts.set(code, 1);
    for (const x of this.clusters) {
      const country = x.decision.entity?.country;
      if (country) counts.set(country, (counts.get(country) ?? 0) + x.mentions.length);
    }
    return counts;
  }

  /** The bodies the article's linked people hold or held a role in, by KB id, with the person. */
  private peoplesBodies(): Map<string, string> {
    const out = new Map<string, string>();
    for (const c of this.clusters) {
      const e = c.decision.entity;
      if (e?.type !== 'person') continue;
      for (const r of e.roles) if (r.orgId && !out.has(r.orgId)) out.set(r.orgId, e.name);
    }
    return out;
  }

  /**
   * "The Elysee Montmartre concert hall … The Elysee was rebuilt": the article writes
   * `surface` inside the longer name of a thing other than `entity` (a name not among its
   * own), so the short name is that thing's, not a namesake body to link.
   */
  private writtenInAnotherThingsName(surface: string, entity: KbEntity): boolean {
    return (
      this.otherThings.longerNameOfOther(surface, (name) =>
        this.kb.lookup(name).some((h) => h.entity === entity),
      ) !== null
    );
  }

  /**
   * Of the bodies a name may be, the one the article's people belong to ("the National
   * Gathering deputies" of an article naming Marine Le Pen), else the one of the article's
   * dominant country; null when neither tells one.
   */
  private pickByArticle<T>(
    options: readonly T[],
    entityOf: (x: T) => KbEntity,
  ): { choice: T; why: string } | null {
    const people = this.peoplesBodies();
    const theirs = options.filter((o) => people.has(entityOf(o).id));
    if (theirs.length === 1) {
      const e = entityOf(theirs[0]!);
      return { choice: theirs[0]!, why: `${people.get(e.id)}'s ${e.name}` };
    }
    const home = dominantCountry(this.countryCounts());
    const mine = home ? options.filter((o) => entityOf(o).country === home) : [];
    return mine.length === 1 ? { choice: mine[0]!, why: `of ${home}, the article's country` } : null;
  }

  /**
   * "Peter Magyar, … whose Tisa party leads polls": a body's name the KB does not know, left
   * unlinked, that is a near spelling (`PEOPLES_BODY_LIKENESS`) of the name of exactly one body
   * a linked person of the article holds a role in — the article's own person vouches for it,
   * as a role cue does for a person's misspelt name. Not for a word the KB knows as something
   * else, nor for a name the tagger gave a person's type. Cost: nothing in an article without
   * a linked person holding a role; else one bounded edit distance per name of those few
   * bodies, for each unlinked body mention.
   */
  protected linkPeoplesBodiesBySpelling(): void {
    let holders: Map<string, string> | null = null;
    let bodies: KbEntity[] | null = null;
    for (const c of this.clusters) {
      if (c.decision.entity !== null || c.decision.refusedEntity || isPersonLike(c.type)) continue;
      const written = letters(c.surface);
      if (written.length < 4) continue;
      holders ??= this.peoplesBodies();
      bodies ??= [...holders.keys()]
        .map((id) => this.kb.kb.get(id))
        .filter((e): e is KbEntity => e?.type === 'organization');
      if (bodies.length === 0) return;
      if (this.kb.lookup(c.surface).length > 0) continue;
      const near = bodies.filter((b) =>
        [b.name, ...b.names.filter(isNameOrAlias).map((n) => n.text)].some(
          (name) =>
            letters(name)[0] === written[0] &&
            lettersSimilarity(written, letters(name), PEOPLES_BODY_LIKENESS) >= PEOPLES_BODY_LIKENESS,
        ),
      );
      if (near.length !== 1) continue;
      const body = near[0]!;
      const holder = holders.get(body.id)!;
      c.decision = this.linkedBy(
        body,
        [
          evidence('spelling', `${c.surface} ~ ${body.name}`, PEOPLES_BODY_LIKENESS),
          evidence('co-mention', `${holder}'s ${body.name}`, 0.7),
        ],
        0.7,
      );
      c.mentions.forEach((m, i) => {
        c.mentions[i] = { ...m, repaired: true };
      });
    }
  }

  /**
   * A spun name two bodies answer equally well ("Labor Celebration": Australia's Labor Party,
   * Britain's Labour Party) left unlinked: the one the article's people or country choose.
   */
  protected linkSpunTies(): void {
    for (const c of this.clusters) {
      if (c.decision.entity !== null || c.decision.refusedEntity || isPersonLike(c.type)) continue;
      if (!c.surface.includes(' ')) continue;
      const ties = findSpunTies(this.kb.kb, c.surface, spunTypes(c.type), this.countries);
      if (ties.length < 2) continue;
      const picked = this.pickByArticle(ties, (t) => t.entity);
      if (!picked) continue;
      const { entity, name, swaps } = picked.choice;
      c.decision = this.linkedBy(
        entity,
        [
          evidence('word-substitution', `${c.surface} ~ ${name} (${swaps.join(', ')})`, 0.7),
          evidence('co-mention', picked.why, 0.7),
        ],
        0.7,
      );
      c.mentions.forEach((m, i) => {
        c.mentions[i] = { ...m, repaired: true };
      });
    }
  }

  /**
   * "Wilders pulled his Freedom Party out", "Kickl's Freedom Party": an alias the KB gives bodies
   * of several countries (and that is no body's canonical name) names the one a linked person of
   * the article holds a role in, else the one of the article's dominant country — else none: the
   * exact pass took one of them by prominence alone.
   */
  protected settleSharedAliases(): void {
    for (const c of this.clusters) {
      const e = c.decision.entity;
      if (e?.type !== 'organization' || c.decision.evidence[0]?.kind !== 'alias') continue;
      const hits = this.kb.lookup(c.surface);
      if (hits.some((h) => h.kind === 'name')) continue;
      const bodies = [
        ...new Set(
          hits.filter((h) => h.kind === 'alias' && h.entity.type === 'organization').map((h) => h.entity),
        ),
      ];
      if (!bodies.includes(e) || new Set(bodies.map((b) => b.country)).size < 2) continue;
      // The article's country without this name's own mentions, which counted for the body taken.
      c.decision = { entity: null, evidence: [], confidence: 0 };
      const picked = this.pickByArticle(bodies, (b) => b);
      if (!picked) continue;
      c.decision = this.linkedBy(
        picked.choice,
        [evidence('alias', c.surface, 1), evidence('co-mention', picked.why, 0.7)],
        0.8,
      );
    }
  }

  /**
   * "Gahr Støre heads the Labour Party" in a Norwegian story: a body's name the KB gives one
   * country's body exactly ("Labour Party", Britain's) is another country's namesake when the
   * article is set in that country, does not name the first, and the KB has exactly one body
   * of that name there (national-bodies.ts): the country of the article picks among
   * same-named parties, in either spelling of English. A name linked by an alias gives way
   * only to a body of the other spelling: "the Labor Party" (Australia's alias) in a British
   * story is the Labour Party.
   */
  protected relinkHomeNamesakes(): void {
    let index: NationalBodies | null = null;
    for (const c of this.clusters) {
      const e = c.decision.entity;
      if (e?.type !== 'organization' || !e.country || e.kind === 'company') continue;
      if (this.countries.has(e.country)) continue;
      const by = c.decision.evidence[0]?.kind;
      if (by !== 'exact-name' && by !== 'alias') continue;
      index ??= NationalBodies.for(this.kb.kb);
      // "the Labor Party won a landslide" in a British story: either spelling of English. A
      // name linked by an alias gives way only to a body of the other spelling.
      const written = index.bodies(c.surface);
      const bodies = index
        .bodiesInEitherSpelling(c.surface)
        .filter((b) => by === 'exact-name' || !written.includes(b));
      if (!bodies.some((b) => b.entity !== e)) continue;
      // The article's country without this name's own mentions.
      const counts = this.countryCounts();
      counts.set(e.country, (counts.get(e.country) ?? 0) - c.mentions.length);
      const home = dominantCountry(counts);
      if (!home || home === e.country) continue;
      // Of the same kind (a party for a party): "Microsoft" is no namesake of "Microsoft AI".
      const mine = bodies.filter((b) => b.country === home && b.entity.kind === e.kind);
      if (mine.length !== 1) continue;
      const entity = mine[0]!.entity;
      if (this.writtenInAnotherThingsName(c.surface, entity)) continue;
      this.linked.add(entity.id);
      c.decision = homeNamesakeDecision(c.surface, entity, home, e);
    }
  }

  /** "Punjab" in a story set in India: the KB's "Punjab, India" (home-places.ts). */
  private linkQualifiedHomePlace(c: Cluster): void {
    const home = dominantCountry(this.countryCounts());
    const entity = home ? qualifiedHomePlace(this.kb.kb, c.surface, home) : null;
    if (!entity) return;
    c.decision = this.linkedBy(
      entity,
      evidence('alias', `${c.surface}: ${entity.name}, in the article's country`, 0.8),
      0.8,
    );
  }

  /**
   * "Chinese start-up DeepSeek wiped $600bn off Nvidia … DeepSeek founder Liang Wenfeng": the
   * tagger typed one occurrence of a body's name a person (or, for a name of several words,
   * misc: "beat Wall Avenue forecasts", session 23), another the body. Such a mention left
   * unlinked, written exactly as a body or place linked elsewhere in the article, is that
   * body — unless a KB person bears the name (any kind: a surname too) or the article names a
   * person in full whose last word it is ("Ford … Harrison Ford"), when it may be somebody's
   * own name. Session acc26-link-b. Cost: one pass over the clusters, a Map of the linked
   * bodies' surfaces, a KB lookup only for a mention that shares one.
   */
  protected linkPeopleWrittenAsBodies(): void {
    let bodies: Map<string, Cluster> | null = null;
    for (const c of this.clusters) {
      // A name of several words typed misc once ("beat Wall Avenue forecasts", a spun Wall
      // Street typed a place elsewhere) is the same body; one word typed misc is too often a
      // demonym ("American") to follow a body of that name.
      const misc = c.type === 'misc' && c.surface.includes(' ');
      if ((c.type !== 'person' && !misc) || c.decision.entity || c.decision.refusedEntity) continue;
      if (!bodies) {
        bodies = new Map();
        for (const d of this.clusters) {
          const e = d.decision.entity;
          if (e && d.type !== 'person' && (e.type === 'organization' || e.type === 'location'))
            bodies.set(d.surface, d);
        }
        if (bodies.size === 0) return;
      }
      const body = bodies.get(c.surface);
      if (!body) continue;
      if (this.kb.lookup(c.surface).some((h) => h.entity.type === 'person')) continue;
      const tail = ` ${c.norm}`;
      if (this.clusters.some((d) => d.type === 'person' && d.norm.endsWith(tail))) continue;
      const entity = body.decision.entity!;
      c.decision = this.linkedBy(
        entity,
        evidence('document-consistency', `${c.surface}: ${entity.name} elsewhere in the article`, 0.8),
        0.8,
      );
    }
  }

  /**
   * "Mozambique's ruling Frelimo candidate Daniel Chapo": a one-word name the tagger typed a
   * person, left unlinked, is a party when the words around it say so (bodies-before-members.ts
   * `partyCueAround`: "ruling", "opposition" before; candidate, leader, government, lawmakers
   * after), the KB gives the word as a name, alias or short form to exactly one party, of a
   * country the article names, and to no person by any name. Session acc26-link-b. Cost: per
   * unlinked one-word person, two or three anchored regexes; the KB only when one matches.
   */
  protected linkPartiesTypedAsPeople(): void {
    const { text } = this.input;
    for (const c of this.clusters) {
      if (c.type !== 'person' || c.decision.entity || c.decision.refusedEntity || c.norm.includes(' '))
        continue;
      const at = c.mentions[0]!;
      if (!partyCueAround(text, at.start, at.end)) continue;
      const hits = this.kb.lookup(c.surface);
      if (hits.some((h) => h.entity.type === 'person')) continue;
      const parties = new Set(
        hits
          .filter((h) => h.entity.kind === 'party' && h.kind !== 'demonym' && h.kind !== 'surname')
          .map((h) => h.entity),
      );
      if (parties.size !== 1) continue;
      const party = [...parties][0]!;
      if (!party.country || !this.countries.has(party.country)) continue;
      c.decision = this.linkedBy(
        party,
        evidence(
          'alias',
          `${c.surface}: a party by the words around it, of a country the article names`,
          0.8,
        ),
        0.8,
      );
    }
  }

  /**
   * "the edge of the Amazon": a place mention refused as the company of its word is the KB
   * place of that word and a geographic head (geographic-heads.ts).
   */
  protected linkPlacesWithoutHead(): void {
    for (const c of this.clusters) {
      const refused = c.decision.refusedEntity;
      if (c.type !== 'location' || c.decision.entity || refused?.type !== 'organization') continue;
      const entity = placeWithoutHead(this.kb.kb, c.surface);
      if (!entity) continue;
      c.decision = this.linkedBy(
        entity,
        evidence(
          'alias',
          `${c.surface}: ${entity.name} without its head word (a place, not ${refused.name})`,
          0.8,
        ),
        0.8,
      );
    }
  }

  /**
   * "The Bank of Canada's governor … The BoC cut its rate", "won the Champions Trophy … The
   * ICC said": letters left unlinked are the one body the article names, or whose event it
   * names, with those initials (body-initials.ts). Cost: one regex test per unlinked
   * cluster; the article's bodies are gathered only for a surface written as initials.
   */
  protected linkBodiesByInitials(): void {
    let bodies: KbEntity[] | null = null;
    for (const c of this.clusters) {
      if (
        c.decision.entity ||
        (c.type !== 'organization' && c.type !== 'misc') ||
        !looksLikeInitials(c.surface)
      )
        continue;
      bodies ??= bodiesNamed(
        this.kb.kb,
        this.clusters.flatMap((x) => (x.decision.entity ? [x.decision.entity] : [])),
      );
      const body = bodyOfInitials(c.surface, bodies);
      if (!body || body.id === c.decision.refusedEntity?.id) continue;
      c.decision = this.linkedBy(
        body,
        [
          evidence('alias', `${c.surface} (initials of ${body.name})`, 0.8),
          evidence('co-mention', `the article names ${body.name}`, 0.7),
        ],
        0.8,
      );
    }
  }

  /**
   * "the Rapid Support Forces … RSF commander": a short form two bodies share is the one the
   * article names in full (article-acronyms.ts).
   */
  protected relinkArticleAcronyms(): void {
    for (const c of this.clusters) {
      const linked = c.decision.entity;
      if (c.type !== 'organization' || !linked || !mayBeSharedAcronym(c.surface, linked)) continue;
      const others = this.clusters.flatMap((x) => (x !== c && x.decision.entity ? [x.decision.entity] : []));
      const named = acronymOfNamedBody(c.surface, linked, others);
      const entity =
        named ??
        c.mentions
          .map((m) =>
            armedBodyOfAcronym(this.kb.kb, c.surface, linked, this.input.text.slice(m.end, m.end + 24)),
          )
          .find((e) => e !== null);
      if (!entity) continue;
      if (!named) {
        c.decision = this.linkedBy(
          entity,
          [
            evidence('alias', c.surface, 1),
            evidence(
              'co-mention',
              `${c.surface}: armed men or a deed of war after it (${entity.name}, not ${linked.name})`,
              0.7,
            ),
          ],
          0.8,
        );
        continue;
      }
      c.decision = this.linkedBy(
        entity,
        [
          evidence('alias', c.surface, 1),
          evidence('co-mention', `${c.surface}: the article names ${entity.name} (not ${linked.name})`, 0.7),
        ],
        0.8,
      );
    }
  }

  /**
   * "Hamilton" in a New Zealand story, "London, Ontario": a town given to (or refused as)
   * another country's namesake becomes the one town of that name in the article's dominant
   * country (home-places.ts).
   */
  protected relinkHomePlaces(): void {
    for (const c of this.clusters) {
      if (c.type !== 'location') continue;
      if (!c.decision.entity && !c.decision.refusedEntity) {
        this.linkQualifiedHomePlace(c);
        continue;
      }
      const exact = c.decision.evidence[0]?.kind === 'exact-name' ? c.decision.entity : null;
      const away = mayMoveHome(
        exact,
        c.decision.entity ? null : (c.decision.refusedEntity ?? null),
        this.countries,
      );
      if (!away) continue;
      // The article's country without this name's own mentions.
      const counts = this.countryCounts();
      if (exact) counts.set(away.country!, (counts.get(away.country!) ?? 0) - c.mentions.length);
      const home = dominantCountry(counts);
      const entity = home && home !== away.country ? homeNamesake(this.kb.kb, c.surface, home, away) : null;
      if (!home || !entity || (!exact && !refusalGivesWay(away, entity))) continue;
      this.linked.add(entity.id);
      c.decision = homeNamesakeDecision(c.surface, entity, home, away);
    }
  }

  /**
   * "Chelsea beat Paris Saint-Germain 3-0", "a Galatasaray supporter": a name left unlinked
   * that a cue around it makes a KB sports club's (bare-club-names.ts).
   */
  protected linkClubsByCue(): void {
    const text = this.input.text;
    for (const c of this.clusters) {
      if (c.decision.entity !== null || c.decision.refusedEntity) continue;
      const club = clubCuedIn(this.kb.kb, text, c.surface, c.mentions, () =>
        clubNamedIn(this.kb.kb, text, this.input.mentions),
      );
      if (!club) continue;
      const why = evidence('alias', `${c.surface} (${club.entity.name}: ${club.cue})`, 0.8);
      c.decision = this.linkedBy(club.entity, why, 0.8);
    }
  }

  /**
   * "The Senate", "Labour", "the Constitutional Court" left unlinked, or linked only to the
   * stub some office holder's role made of the bare name: the body of that generic name in
   * the article's dominant country, when the KB has exactly one (national-bodies.ts).
   */
  protected linkNationalBodies(): void {
    const open = this.clusters.filter(
      (c) =>
        (c.decision.entity === null || isRoleStub(c.decision.entity)) &&
        !c.decision.refusedEntity &&
        c.type !== 'person',
    );
    if (open.length === 0) return;
    const index = NationalBodies.for(this.kb.kb);
    let counts: Map<string, number> | null = null;
    for (const c of open) {
      let bodies = index.bodies(c.surface);
      // "Safety Council", "Nationwide Meeting", "Supreme Court docket": a generic name spun.
      let reading: string | null = null;
      let tail = '';
      if (bodies.length === 0 && c.surface.includes(' ')) {
        const norm = normalizeName(c.surface.replace(/['’]s$/, ''));
        // "[Reserve Financial] institution": the tagger stopped inside a spun phrase.
        tail = this.phraseTail(norm, c.mentions[0]!.end);
        const found: NationalBody[] = [];
        for (const r of despunReadings(tail ? `${norm} ${normalizeName(tail)}` : norm)) {
          for (const b of index.bodies(r)) {
            if (!found.some((x) => x.entity === b.entity)) found.push(b);
            reading ??= r;
          }
        }
        bodies = found;
      }
      if (bodies.length === 0) continue;
      counts ??= this.countryCounts();
      // "Congress in Washington": the town named right after the body is its seat (seat-places.ts).
      const seat = seatCountryAfter(this.kb.kb, this.input.text, c.mentions[0]!.end);
      const seated = seat !== null && bodies.some((b) => b.country === seat);
      // "Chinese Commerce Ministry", "Japan's Foreign Ministry": the country written right
      // before the body owns it, whatever country the article speaks of most (acc26-link-b).
      const owner = seated ? null : countryNamedBefore(this.kb.kb, this.input.text, c.mentions[0]!.start);
      const owned = owner !== null && bodies.some((b) => b.country === owner);
      const home = seated ? seat : owned ? owner : dominantCountry(counts);
      let mine = home ? bodies.filter((b) => b.country === home) : [];
      let why = seated
        ? `${c.surface} seated in ${home}`
        : owned
          ? `${c.surface} of ${home}, named before it`
          : `${c.surface} of ${home}, the article's country`;
      // "the National Gathering deputies" (National Assembly or National Rally): the body the
      // article's people belong to.
      if (mine.length > 1) {
        const people = this.peoplesBodies();
        mine = mine.filter((b) => people.has(b.entity.id));
        if (mine.length === 1) why = `${people.get(mine[0]!.entity.id)}'s ${mine[0]!.entity.name}`;
      }
      if (mine.length !== 1) continue;
      const entity = mine[0]!.entity;
      if (this.writtenInAnotherThingsName(c.surface, entity)) continue;
      this.linked.add(entity.id);
      const ev = [evidence('co-mention', why, 0.7)];
      if (reading) {
        ev.unshift(evidence('word-substitution', `${c.surface}${tail ? ` ${tail}` : ''} ~ ${reading}`, 0.7));
        // A spun name is a repair; the words the tagger left out are part of it.
        c.mentions.forEach((m, i) => {
          const longer = tail !== '' && this.input.text.startsWith(` ${tail}`, m.end);
          c.mentions[i] = { ...m, end: longer ? m.end + tail.length + 1 : m.end, repaired: true };
        });
      }
      c.decision = { entity, evidence: ev, confidence: 0.7 };
    }
  }

  /**
   * "Paris, Texas, will host its annual Eiffel Tower festival": a KB landmark whose description
   * stands it in a town the article refused as elsewhere is that namesake town's copy
   * (namesake-town-landmarks.ts). Read only when the article refused a town.
   */
  protected refuseLandmarksOfNamesakeTowns(): void {
    const towns = this.clusters.filter(
      (c) => c.decision.refusedEntity?.type === 'location' && !isPersonLike(c.type),
    );
    if (towns.length === 0) return;
    for (const c of this.clusters) {
      const landmark = c.decision.entity;
      if (landmark?.type !== 'location') continue;
      for (const t of towns) {
        const town = landmarkOfTown(landmark, t.decision.refusedEntity!);
        if (!town) continue;
        c.decision = {
          entity: null,
          evidence: [
            evidence(
              'contradiction',
              `${landmark.name} stands in ${town}; the article's ${t.surface} is elsewhere: not ${landmark.name} (${landmark.id})`,
              1,
            ),
          ],
          confidence: 0.6,
          refusedEntity: landmark,
        };
        break;
      }
    }
  }

  /**
   * "Jerry Dale Vance, a real-estate agent …, who goes by J.D. Vance": once the article has
   * introduced a namesake the context refused for a KB person, a later variant of the same
   * surname that names that KB person exactly is the namesake again, not the famous bearer
   * (unless a role cue next to it speaks for the KB person). Not a variant under a given name
   * of another initial ("Ferdinand Marcos, father of … President Bongbong Marcos": a relative
   * was refused, not a namesake), nor one the namesake words point to.
   * A one-word alias of that KB person ("Bibi", "Lula") after such a namesake is the namesake's
   * nickname too: "Benjamin Netanyahu, a retired dentist … His patients called him Bibi".
   */
  protected refuseNamesakeVariants(): void {
    const refusals = this.clusters.filter((c) => c.decision.refusedEntity && c.type === 'person');
    if (refusals.length === 0) return;
    const surname = (surface: string) => normalizeName(surface).split(' ').pop() ?? '';
    for (const c of this.clusters) {
      const entity = c.decision.entity;
      if (entity?.type !== 'person' || c.decision.evidence.some((e) => e.kind === 'role-context')) continue;
      const first = c.mentions[0]!.start;
      // (A one-word alias: the evidence says so, and no surname need agree.)
      const nickname = c.decision.evidence[0]?.kind === 'alias' && !normalizeName(c.surface).includes(' ');
      const namesake = refusals.find(
        (r) =>
          r.decision.refusedEntity === entity &&
          r.mentions[0]!.start < first &&
          (nickname ||
            (surname(r.surface) === surname(c.surface) && sameGivenInitial(r.surface, c.surface))) &&
          // "Nicky Haley, 12, … is no relation to former governor Nikki Haley": the namesake
          // words between them point to the famous bearer.
          !namesakeWordsIn(this.input.text.slice(r.mentions[0]!.end, first)) &&
          // "Seth Kerr, the younger brother of Stephen Kerr": the relative the apposition names.
          !kinAppositionNaming(this.input.text.slice(r.mentions[0]!.end, first)),
      );
      if (!namesake) continue;
      c.decision = {
        entity: null,
        evidence: [
          ...namesake.decision.evidence.filter((e) => e.kind === 'contradiction'),
          evidence('document-consistency', `${c.surface} → ${namesake.surface} (the same namesake)`, 1),
        ],
        confidence: 0.6,
        refusedEntity: entity,
      };
    }
  }
}
