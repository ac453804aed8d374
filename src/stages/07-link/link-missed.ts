/**
 * Names the mention layer missed: capitalised words no mention covers that are the surname
 * of a person this article already names, a KB person's full name, an organisation, or the
 * surname of a household name with no rival bearer; and lone names rejoined to a full form
 * found later. Separate because it reads tokens, not mentions, and adds mentions of its own.
 */
import type { Mention } from '../../core/annotations.js';
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { acronymOfOtherSphere } from './acronym-spheres.js';
import { givesAge } from './ages-in-copy.js';
import { isLongAcronym, memberNounAfter, partyNounAfter } from './bodies-before-members.js';
import { mentionContext } from './context.js';
import { evidence, roleEvidence } from './evidence.js';
import { HouseholdSurnames } from './household-vowel-slips.js';
import { kinFullName } from './kin-given-names.js';
import { ArticleConsistency } from './link-consistency.js';
import { cleanSurface } from './link-exact.js';
import { looksLikePersonName } from './link-sound-alikes.js';
import { refused } from './link-state.js';
import { localBusinessNamed } from './local-businesses.js';
import { missedCityAt } from './missed-places.js';
import { namesakeCue } from './namesake-cues.js';
import { dominantCountry, NationalBodies } from './national-bodies.js';
import { describesPrivatePerson } from './private-persons.js';
import { capitalSecond, missedMentions } from './spans.js';

/**
 * What follows an organisation's name: a company title, a reporting verb or a company's deed
 * ("Nvidea chief executive", "Hamaz said", "Boeing named a new chief").
 */
const ORG_SLOT_AFTER =
  /^(?:['’]s\s+)?\s*(chief executive|chief govt|ceo|boss|chairman|founder|shares|said|says|announced|reported|denied|confirmed|named|appointed|hired|sued)\b/;

/** " 92", " 04": a club's number after its name ("Racing 92", "Schalke 04"), which the tagger cuts off. */
const NUMBER_AFTER = /^ (\d{2,4})\b/;

/** "D66", "M5S", "A400M": a capital, then capitals and digits with a digit among them. */
const CAPITALS_AND_DIGITS = /^\p{Lu}[\p{Lu}\d]*\d[\p{Lu}\d]*$/u;

/** "on the A24", "along the N12": a road's number, which some bodies' codes share. */
const ROAD_BEFORE = /(?:^|[^\p{L}])(?:on|along|off|onto|via|down|up|near)\s+the\s+$/u;

/**
 * An award a work won, right after its name: "Anora won best picture", "The Zone of Interest
 * took the Grand Prix", "Anatomy of a Fall won the Palme d'Or" (session acc25-link-b).
 */
const AWARD_WON_AFTER =
  /^\s+(?:won|wins|took|takes|scooped|swept|claimed|picked up|was named)\s+(?:the\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?(?:best (?:picture|film|feature|drama|comedy|musical|documentary|animated feature|international feature|foreign[- ]language film|series)|Palme d['’]Or|Grand Prix|Golden (?:Lion|Bear|Globe|Shell)|Oscars?|BAFTAs?|Emmys?|Grammys?|Booker Prize|Pulitzer Prize|Album of the Year|Record of the Year|Song of the Year)\b/;

/**
 * Awards only a work wins, never a person: "Oppenheimer won seven Oscars including best
 * picture" names the film, though a physicist bears the surname (session acc26-link-b).
 */
const WORK_ONLY_AWARD =
  /\b(?:best (?:picture|film|feature|drama|comedy|musical|documentary|animated feature|international feature|foreign[- ]language film|series)|Palme d['’]Or|Golden (?:Lion|Bear)|Album of the Year|Record of the Year)\b/;

/** The qualifiers the KB files a work under when its title is a common word or a name: "Oppenheimer (film)". */
const WORK_QUALIFIERS = [
  'film',
  'TV series',
  'series',
  'novel',
  'book',
  'album',
  'song',
  'video game',
] as const;

/** KB kinds of works, which copy names bare and the tagger often misses at a sentence start. */
const WORK_KINDS = new Set(['film', 'series', 'book', 'song', 'album', 'video-game']);

/** A company title after a name ("Nvidea chief executive", "Mata's boss"). */
const COMPANY_TITLE_AFTER =
  /^(?:['’]s\s+)?\s*(chief executive|chief govt|ceo|boss|chairman|founder|shares)\b/;

/** ", the US defense secretary,": a definite post in apposition right after a word. */
const APPOSITIVE_POST_AFTER =
  /^,\s+the\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:secretary|minister|president|vice[- ]president|chancellor|governor|senator|premier|mayor|ambassador|envoy|spokes(?:man|woman|person)|chair(?:man|woman)?|chief|leader|director|commander|governor|attorney general|speaker)\b/iu;

export abstract class MissedNames extends ArticleConsistency {
  /**
   * Capitalised words no mention covers: the surname of a person this article already
   * names ("Zelensky" after "Volodymyr Zelenskyy"), a KB person's full name, or the
   * surname of a household name (prominence 5) with no rival bearer.
   */
  protected recoverMissed(mentions: readonly Mention[]): void {
    if (!this.input.tokens) return;
    // Words already found to be no name ("The", "Monday"), with the cluster count then: while
    // no cluster was added since, the same word reaches the same verdict.
    const rejected = new Map<string, number>();
    for (const miss of missedMentions(this.input.text, this.input.tokens, mentions)) {
      const surface = cleanSurface(this.input.text.slice(miss.start, miss.end));
      const norm = normalizeName(surface);
      // (A run ended by an abbreviation's dot: a KB person's exact full name only.)
      if (
        miss.exactOnly &&
        !this.kb.lookup(surface).some((h) => h.entity.type === 'person' && isNameOrAlias(h))
      )
        continue;
      const m: Mention = { start: miss.start, end: miss.end, type: 'person', by: 'link', confidence: 0.6 };
      const known = this.clusterOf('person', norm);
      if (known?.decision.entity) {
        this.addMention(known, m, surface);
        continue;
      }
      if (rejected.get(norm) === this.clusters.length && !this.nameSlotAfter(m.end)) continue;
      const before = this.clusters.length;
      const mentionsBefore = this.mentionCount;
      this.recoverOne(m, surface, norm);
      if (this.clusters.length === before && this.mentionCount === mentionsBefore)
        rejected.set(norm, this.clusters.length);
    }
  }

  /**
   * "Prabovo Subianto was sworn in … Prabovo promised": a one-word person left NIL in pass 3
   * follows a full form only found among the missed names, as pass 3 would have joined it.
   */
  protected rejoinLoneNames(): void {
    const lone = this.clusters.filter(
      (c) =>
        c.decision.entity === null &&
        !c.decision.refusedEntity &&
        c.type === 'person' &&
        !c.surface.includes(' '),
    );
    for (const c of lone) {
      const first = c.mentions[0];
      if (!first) continue;
      const joined = this.joinFullForm(c.surface, first.start);
      if (!joined || joined.cluster === c || !joined.cluster.decision.entity) continue;
      this.clusters.splice(this.clusters.indexOf(c), 1);
      this.mentionCount -= c.mentions.length;
      for (const m of c.mentions)
        this.addMention(
          joined.cluster,
          { start: m.start, end: m.end, type: 'person', by: 'link', confidence: 0.6 },
          c.surface,
          joined.evidence,
        );
      this.setClusterOf('person', c.norm, joined.cluster);
    }
  }

  /** "A family shop in Manaus": a city's name after a preposition of place (missed-places.ts). */
  private recoverCity(m: Mention, surface: string): boolean {
    const city = missedCityAt(this.kb.kb, this.input.text, m.start, surface, m.end);
    if (!city) return false;
    const decision = { entity: city, evidence: [evidence('exact-name', surface, 1)], confidence: 0.8 };
    this.newCluster(surface, { ...m, type: 'location' }, decision);
    return true;
  }

  private recoverOne(m: Mention, surface: string, norm: string): void {
    if (norm.includes(' ')) {
      // "Zuma's new uMkhonto weSizwe party": a body's name of words written with a lower-case
      // prefix on a capital, to the letter as the KB writes it (acc26-link-b).
      if (capitalSecond(surface, 0, surface.length) && this.recoverWrittenBody(m, surface)) return;
      // "the Tesla and Space X companies": a company's name split in two, no mention of the tagger.
      const joinedOrg = this.joinedExact(surface);
      if (joinedOrg) {
        this.newCluster(surface, { ...m, type: 'organization' }, joinedOrg);
        return;
      }
      const hits = this.kb.lookup(surface).filter((h) => h.entity.type === 'person');
      const full = hits.find(isNameOrAlias);
      if (full) {
        // "Vinícius Júnior, a 19-year-old futsal player from Recife": the vetoes of a tagged
        // exact name hold for a missed one.
        const against = this.presentedAsOther(m, full.entity);
        this.newCluster(
          surface,
          m,
          against
            ? refused(full.entity, against)
            : { entity: full.entity, evidence: [evidence('exact-name', surface, 1)], confidence: 0.8 },
        );
        return;
      }
      // A surname of several words ("von der Leyen"): the article's person, or a clear bearer.
      const joinedMulti = this.joinFullForm(surface, m.start, 0.95);
      if (joinedMulti?.cluster.decision.entity) {
        this.addMention(joinedMulti.cluster, m, surface, joinedMulti.evidence);
        return;
      }
      const top = hits[0]?.entity;
      if (
        top &&
        top.prominence >= 4 &&
        hits.every((h) => h.entity === top || h.entity.prominence < top.prominence)
      ) {
        this.newCluster(surface, m, {
          entity: top,
          evidence: [evidence('alias', `${surface} (surname)`, 0.8)],
          confidence: 0.75,
        });
        return;
      }
      // "flying to Sharm al-Sheikh": a city of several words after a preposition of place.
      if (hits.length === 0 && this.recoverCity(m, surface)) return;
      // A mangled full name the tagger missed ("Prabovo Subianto was sworn in as president"):
      // the same sound-alike test as for a tagged name, evidence required.
      if (hits.length === 0 && looksLikePersonName(surface) && this.kb.lookup(surface).length === 0) {
        const decision = this.missedPersonDecision(m, surface);
        if (decision.entity) this.newCluster(surface, m, decision);
      }
      return;
    }
    // "Musk's xAI", "Racing 92's reserves": a body's name as its owner writes it.
    if (this.recoverWrittenBody(m, surface)) return;
    // "Ethan Mbappé, the younger brother of Kylian": a relative's given name takes the family name.
    if (this.recoverKinGivenName(m, surface)) return;
    // A word the tagger missed joins the article's person on a near-exact surname, or on a
    // sound-alike one when it stands where a name stands ("Pezorius said", "Pezorius's").
    const nameSlot = this.nameSlotAfter(m.end);
    const joined = this.joinFullForm(surface, m.start, nameSlot ? this.thresholds.surnameJoin : 0.95);
    if (joined?.cluster.decision.entity) {
      this.addMention(joined.cluster, m, surface, joined.evidence);
      return;
    }
    const bearers = this.withFamilyNames(
      surface,
      this.kb.lookup(surface).filter((h) => h.entity.type === 'person'),
    );
    const top = bearers[0]?.entity;
    const othersKnowIt = this.kb.lookup(surface).some((h) => h.entity.type !== 'person');
    if (
      top &&
      !othersKnowIt &&
      top.prominence >= 5 &&
      bearers.every((h) => h.entity === top || h.entity.prominence < top.prominence) &&
      // "sportswear maker Macron", "Macron, 19,": the household name's context must not speak against it.
      !this.speaksAgainst(m, top) &&
      // "Tusk and horn seizures rose": nor its sentence use the word as a common noun.
      !this.commonNounAt(m)
    ) {
      this.newCluster(surface, m, {
        entity: top,
        evidence: [
          evidence('alias', `${surface} (surname)`, 0.8),
          evidence('popularity', `prominence ${top.prominence}`, 1),
        ],
        confidence: 0.75,
      });
      return;
    }
    if (this.recoverCity(m, surface)) return;
    if (this.recoverByAppositiveRole(m, surface)) return;
    if (this.recoverBodyBeforeMembers(m, surface)) return;
    if (this.recoverPartyBeforeRule(m, surface)) return;
    // "Makron appointed …": a faint slip of a famous surname where a name stands; "Tramp and
    // Xi met": a vowel slip of a household name's (it reads where the word stands itself).
    if (nameSlot || HouseholdSurnames.for(this.kb.kb).bearer(surface)) {
      const context = mentionContext(this.input.text, this.input.sentences, m, 0, this.spanCues);
      const near = this.nearMissSurname(surface, context, true);
      if (near.entity) {
        this.newCluster(surface, m, near);
        return;
      }
    }
    if (this.recoverAwardedWork(m, surface)) return;
    this.recoverOrganisation(m, surface);
  }

  /**
   * "Anora won best picture at the Oscars": a word the tagger missed (a title at a sentence
   * start often is) right before an award it won is a work's title when it is, to the letter,
   * the name of exactly one KB work (film, series, book, song, album, game). Cost: one
   * character code per missed word (the award verbs begin with w, t, s, c, p); one anchored
   * regex on 60 characters when it matches, the KB only when that does.
   */
  private recoverAwardedWork(m: Mention, surface: string): boolean {
    const { text } = this.input;
    const next = text.charCodeAt(m.end + 1);
    if (next !== 119 && next !== 116 && next !== 115 && next !== 99 && next !== 112) return false;
    const after = text.slice(m.end, m.end + 60);
    if (!AWARD_WON_AFTER.test(after)) return false;
    const hits = this.kb.lookup(surface).filter((h) => h.text === surface && isNameOrAlias(h));
    const work = hits.length > 0 ? hits[0]!.entity : this.qualifiedWork(surface, after);
    if (!work || !WORK_KINDS.has(work.kind ?? '') || hits.some((h) => h.entity !== work)) return false;
    this.linked.add(work.id);
    this.newCluster(
      surface,
      { ...m, type: 'organization' },
      {
        entity: work,
        evidence: [evidence('exact-name', `${surface} (a work: an award it won)`, 1)],
        confidence: 0.8,
      },
    );
    return true;
  }

  /**
   * "Oppenheimer won seven Oscars including best picture": a title the KB files only with its
   * qualifier ("Oppenheimer (film)", since the bare word is a physicist's surname) is that work
   * when an award only a work wins follows, and exactly one KB work bears the title so.
   * A few exact lookups, only once an award has followed the word.
   */
  private qualifiedWork(surface: string, after: string): KbEntity | null {
    if (!WORK_ONLY_AWARD.test(after)) return null;
    let found: KbEntity | null = null;
    for (const qualifier of WORK_QUALIFIERS) {
      for (const h of this.kb.lookup(`${surface} (${qualifier})`)) {
        if (!isNameOrAlias(h) || !WORK_KINDS.has(h.entity.kind ?? '') || h.entity === found) continue;
        if (found) return null;
        found = h.entity;
      }
    }
    return found;
  }

  /**
   * "An ICE officer shot …", "M23 rebels seized Goma": a code-like word the tagger missed before
   * a noun for a body's people (bodies-before-members.ts) is the one KB organisation that has it,
   * as written, for a name, alias or short form; so is a body's adjective before its arms
   * ("Houthi missiles") and an acronym of four capitals or more alone, for a body of
   * prominence 3+ ("to ban UNRWA from operating"). What the words around say against a body
   * of that kind (an acronym among words of sport) still refuses it. Cost: two anchored
   * regular expressions per missed word; the KB is asked only when one matches.
   */
  private recoverBodyBeforeMembers(m: Mention, surface: string): boolean {
    const noun = memberNounAfter(this.input.text, surface, m.end);
    const acronym = noun === null && isLongAcronym(surface);
    if (!noun && !acronym) return false;
    const hits = this.kb.lookup(surface).filter((h) => h.text === surface && h.kind !== 'surname');
    const body = hits[0]?.entity;
    if (body?.type !== 'organization' || hits.some((h) => h.entity !== body)) return false;
    // An acronym alone: a body of some standing (prominence 3+), as copy names without spelling
    // out — or one the KB names by the acronym itself ("AUKUS"), which copy never spells out.
    if (acronym && body.prominence < 3 && !(body.prominence >= 2 && hits[0]!.kind === 'name')) return false;
    const context = mentionContext(this.input.text, this.input.sentences, m, 0, this.spanCues);
    if (acronymOfOtherSphere(context.around, body.description)) return false;
    this.linked.add(body.id);
    this.newCluster(
      surface,
      { ...m, type: 'organization' },
      {
        entity: body,
        evidence: [
          evidence(
            hits[0]!.kind === 'name' ? 'exact-name' : 'alias',
            noun ? `${surface} ${noun}` : surface,
            1,
          ),
        ],
        confidence: 0.8,
      },
    );
    return true;
  }

  /**
   * "Elon Musk's xAI sued …": a word of a lower-case letter and then a capital
   * (`capitalSecond`) is a brand's name written as its owner writes it — the one KB
   * organisation with that name or alias, to the letter. "for Racing 92's reserves": a word
   * and the number after it (which cut the tagger's run) that together are, to the letter, the
   * one KB organisation of that name. "The centrist D66": a word of capitals and digits is the
   * one KB organisation with that name, alias or short form, to the letter (acc25-link-b).
   * Cost: two character codes, one regex test on the word and one anchored regex on six
   * characters per missed word; the KB only when one of them matches.
   */
  private recoverWrittenBody(m: Mention, surface: string): boolean {
    const { text } = this.input;
    let end = m.end;
    // "the centrist D66": capitals and digits in one word are a code the body writes so.
    if (!capitalSecond(surface, 0, surface.length) && !CAPITALS_AND_DIGITS.test(surface)) {
      const number = NUMBER_AFTER.exec(text.slice(m.end, m.end + 6));
      if (!number) return false;
      end += number[0].length;
    }
    const name = text.slice(m.start, end);
    // A code is a body's short form as often as its name ("D66" of Democrats 66); never a
    // road's number ("a crash on the A24").
    const code = end === m.end && CAPITALS_AND_DIGITS.test(surface);
    if (code && ROAD_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
    const hits = this.kb
      .lookup(name)
      .filter((h) => h.text === name && (isNameOrAlias(h) || (code && h.kind === 'short')));
    const body = hits[0]?.entity;
    if (body?.type !== 'organization' || hits.some((h) => h.entity !== body)) return false;
    this.linked.add(body.id);
    this.newCluster(
      name,
      { ...m, end, type: 'organization' },
      { entity: body, evidence: [evidence('exact-name', name, 1)], confidence: 0.8 },
    );
    return true;
  }

  /**
   * "ending 14 years of Conservative rule", "Republican lawmakers": a party's adjective the
   * tagger missed before a noun of its rule or its people (`partyNounAfter`) is the one party
   * of that generic name (national-bodies.ts) in the article's dominant country. Cost: one
   * anchored regex per missed capitalised word; the index is asked only when it matches.
   */
  private recoverPartyBeforeRule(m: Mention, surface: string): boolean {
    const noun = partyNounAfter(this.input.text, surface, m.end);
    if (!noun) return false;
    const parties = NationalBodies.for(this.kb.kb)
      .bodies(surface)
      .filter((b) => b.entity.kind === 'party');
    if (parties.length === 0) return false;
    const home = dominantCountry(this.countryCounts());
    const mine = parties.filter((b) => b.country === home);
    if (mine.length !== 1) return false;
    const party = mine[0]!.entity;
    this.linked.add(party.id);
    this.newCluster(
      surface,
      { ...m, type: 'organization' },
      {
        entity: party,
        evidence: [
          evidence('alias', `${surface} ${noun}`, 0.8),
          evidence('co-mention', `${surface} of ${home}, the article's country`, 0.7),
        ],
        confidence: 0.7,
      },
    );
    return true;
  }

  /** The sound-alike decision for a word the tagger missed, read as a person's name in its own context. */
  private missedPersonDecision(m: Mention, surface: string) {
    return this.fuzzy(
      surface,
      'person',
      () => mentionContext(this.input.text, this.input.sentences, m, 0, this.spanCues),
      m.end,
      m.start,
    );
  }

  /**
   * "Higseth, the US defense secretary, said …": a word the tagger missed at a sentence start,
   * described right after it by a post, is a person's name in any spelling. The same sound-alike
   * test as for a tagged name decides, and only a match the post confirms (role evidence) counts:
   * spelling alone never links a word no tagger called a name.
   */
  private recoverByAppositiveRole(m: Mention, surface: string): boolean {
    if (!APPOSITIVE_POST_AFTER.test(this.input.text.slice(m.end, m.end + 60))) return false;
    if (!this.startsSentence(m.start) || this.kb.lookup(surface).length > 0) return false;
    const decision = this.missedPersonDecision(m, surface);
    if (decision.entity?.type !== 'person' || !decision.evidence.some((e) => e.kind === 'role-context'))
      return false;
    this.newCluster(surface, m, decision);
    return true;
  }

  /**
   * "Nvidea chief executive Jensen Hwang …", "Hamaz said …": a missed word (the tagger misses
   * many at the start of a sentence) followed by a company title or a reporting verb is an
   * organisation's name when it is a KB organisation's name, or a spelling of one at the
   * organisation threshold with no rival.
   */
  private recoverOrganisation(m: Mention, surface: string): void {
    if (!ORG_SLOT_AFTER.test(this.input.text.slice(m.end, m.end + 24))) return;
    const org: Mention = { ...m, type: 'organization' };
    const hits = this.kb.lookup(surface).filter((h) => h.entity.type === 'organization' && isNameOrAlias(h));
    if (hits.length > 0) {
      if (hits.some((h) => h.entity !== hits[0]!.entity)) return;
      // "Meta Builders, a construction firm in Lagos … Meta chief executive Tunde Bakare": the
      // body's name said alone after a local business it heads is the business, as in pass 1.
      const business = localBusinessNamed(
        this.input.text,
        surface,
        (name) => this.kb.lookup(name).length > 0,
      );
      if (business) {
        this.newCluster(surface, org, refused(hits[0]!.entity, business));
        return;
      }
      this.linked.add(hits[0]!.entity.id);
      this.newCluster(surface, org, {
        entity: hits[0]!.entity,
        evidence: [evidence('exact-name', surface, 1)],
        confidence: 0.8,
      });
      return;
    }
    // A spelling only before a company title: before "said" it may as well be a person's name
    // ("Mata said" is not Meta).
    if (
      this.kb.lookup(surface).length > 0 ||
      !COMPANY_TITLE_AFTER.test(this.input.text.slice(m.end, m.end + 24))
    )
      return;
    const context = mentionContext(this.input.text, this.input.sentences, org, 0, this.spanCues);
    const decision = this.fuzzy(surface, 'organization', () => context, org.end, org.start);
    if (decision.entity?.type === 'organization') this.newCluster(surface, org, decision);
  }

  /**
   * A given name after a kinship apposition ("…, the younger brother of Kylian"; kin-given-names.ts)
   * that with the presented person's family name is a well-known KB person's exact name (as
   * for a tagged one, `kinGivenExact`): that person, with the vetoes of a tagged full name.
   */
  private recoverKinGivenName(m: Mention, surface: string): boolean {
    const full = kinFullName(this.input.text, m.start, surface);
    const person = full ? this.personNamed(full) : null;
    if (!full || !person || person.prominence < 3 || this.presentedAsOther(m, person)) return false;
    this.linked.add(person.id);
    this.newCluster(surface, m, {
      entity: person,
      evidence: [evidence('alias', `${surface} = ${full} (family name of the person presented)`, 0.85)],
      confidence: 0.75,
    });
    return true;
  }

  /**
   * What presents a missed mention written exactly as `entity`'s name as somebody else (a
   * private person, a namesake, a thing), as pass 1 reads a tagged exact name; null when nothing does.
   */
  private presentedAsOther(m: Mention, entity: KbEntity): string | null {
    const context = mentionContext(this.input.text, this.input.sentences, m, 0, this.spanCues);
    if (roleEvidence(entity, context.around, this.input.date, this.orgs).score >= 1)
      return namesakeCue(context) ?? context.thing;
    return describesPrivatePerson(context, entity, this.input.date, true);
  }

  /** True when the words around a missed mention make it somebody or something other than `entity`. */
  private speaksAgainst(m: Mention, entity: KbEntity): boolean {
    const context = mentionContext(this.input.text, this.input.sentences, m, 0, this.spanCues);
    if (context.thing) return true;
    if (roleEvidence(entity, context.around, this.input.date, this.orgs).score >= 1) return false;
    return describesPrivatePerson(context, entity, this.input.date) !== null || givesAge(context);
  }
}
