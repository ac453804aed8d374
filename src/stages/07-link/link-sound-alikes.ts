/**
 * Pass 2: full names not found exactly. Sound-alike candidates from the fuzzy index are kept
 * only with evidence — a role cue next to the mention, a role cue elsewhere in the article
 * (a person introduced by description), the article naming an organisation the candidate
 * leads, or a near-identical spelling with no rival candidate — and a name written in
 * another script's romanisation is read through it. Separate because it is the one place
 * that decides how much likeness each kind of evidence buys (see LinkThresholds).
 */
import type { EntityType, Evidence } from '../../core/annotations.js';
import { isNameOrAlias, type KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { givesAge, turnedAge } from './ages-in-copy.js';
import { type Candidate, MIN_OTHER_PROMINENCE, NAMES_AND_ALIASES } from './candidate-search.js';
import { hasRoleCue, type MentionContext } from './context.js';
import { contradictingHead, isPrivateHead, isPublicHead, profileText } from './descriptor.js';
import {
  type CueMatches,
  coMentioned,
  evidence,
  NO_ROLE,
  type OrgNames,
  type RoleEvidence,
  roleDetail,
  roleEvidence,
} from './evidence.js';
import { fictionCharacter } from './fiction-frames.js';
import { hasOtherGivenName } from './given-names.js';
import { relationBefore } from './kin-introductions.js';
import { type Decision, nil, refused } from './link-state.js';
import { ArticleSupport, type Corroboration, entityCues } from './link-support.js';
import { localPresentation } from './local-presentations.js';
import {
  fallFromPowerAfter,
  introducedByApposition,
  postAtUnnamedBody,
  presentedByPublicDeed,
} from './name-presentations.js';
import { namesakeCue } from './namesake-cues.js';
import { isPeopleWord } from './people-words.js';
import { describesPrivatePerson } from './private-persons.js';
import { deedOfProfile } from './profile-deeds.js';
import { privateLifeIn, publicAffairsIn } from './public-and-private-life.js';
import { otherRegnalNumber } from './regnal-numerals.js';
import { cueText, normalizeTitle } from './roles.js';
import { scriptRouteVariants } from './script-routes.js';
import { letterSlips, letters } from './similarity.js';
import { deedOfOwnSphere } from './sphere-deeds.js';
import { personSphere, withoutSphereTrades } from './spheres.js';
import { ageContradicts, ageFits, ageRuledOut, agesAtCopies, type CopyAges } from './stated-ages.js';

/** True when `o` bears `c`'s surname (the same last word) and matches the given name well ("Mukesh" of Mukesh Ambani). */
function sameFamilyBetterGiven(o: Candidate, c: Candidate): boolean {
  if (o.givenSim < 0.9 || o.surnameSim < c.surnameSim - 0.05) return false;
  const last = (e: KbEntity) => normalizeName(e.name).split(' ').pop();
  return last(o.entity) === last(c.entity);
}

/**
 * A name joined by a hyphen to a lower-case participle or noun ("Washington-based",
 * "Iowa-born", "Kremlin-backed"): an adjective, whose name part is no mangled longer name.
 */
const ADJECTIVE_COMPOUND =
  /-(?:based|born|bred|raised|led|backed|owned|run|made|style|era|bound|linked|funded|financed|sponsored|friendly|allied|aligned|leaning|controlled|held|occupied|registered|listed|focused|centric|area|wide)$/u;

/** A sports team's noun right before a name ("club Sedan", "side Seraing"): the name is the club's. */
const CLUB_BEFORE = /\b(?:club|side|outfit)\s+$/;

/** Two to four capitalised words, none a title: could be a person's name. */
export function looksLikePersonName(surface: string): boolean {
  const words = surface.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    // (An Arabic article joined to the name by a hyphen too: "Farouk al-Sharaa"; "fon", the German
    // "von" as Russian writes it back: "Ursula fon der …".)
    words.every((w) =>
      /^(\p{Lu}|(bin|ibn|al|el|von|fon|van|der|de|da|di|la|le)$|(?:al|el|as|ash|at|ad|az|ar)-\p{Lu})/u.test(
        w,
      ),
    )
  );
}

export function isPersonLike(type: EntityType): boolean {
  return type === 'person';
}

/** The role-cue patterns of a candidate list: all distinct ones, and each candidate's. */
interface CandidateCues {
  readonly all: readonly RegExp[];
  readonly of: readonly (readonly RegExp[])[];
}

/** Cue patterns per candidate list, kept with the (cached) list. */
const candidateCues = new WeakMap<readonly Candidate[], CandidateCues>();

function cuesOf(cands: readonly Candidate[]): CandidateCues {
  let cues = candidateCues.get(cands);
  if (!cues) {
    const all = new Set<RegExp>();
    const of = cands.map((c) => {
      const own = entityCues(c.entity);
      for (const cue of own) all.add(cue);
      return own;
    });
    cues = { all: [...all], of };
    candidateCues.set(cands, cues);
  }
  return cues;
}

/** Titles of a head of state or government (as `normalizeTitle` leaves them). */
const TOP_OFFICE =
  /^(?:president|prime minister|chancellor|premier|monarch|king|queen|emir|sultan|supreme leader)$/;

/** Whether the KB gives `entity` a post as head of state or government (at any time). */
function heldTopOffice(entity: KbEntity): boolean {
  return entity.roles.some((r) => TOP_OFFICE.test(normalizeTitle(cueText(r.role).trim())));
}

/**
 * Role evidence of every candidate in `text` (padded cue text), each distinct cue pattern
 * run once: a candidate none of whose patterns occur there gets none (`NO_ROLE`) without its
 * roles being read; the others get `roleEvidence` on the matches found. Null when no
 * candidate's pattern occurs at all.
 */
export function rolesIn(
  cands: readonly Candidate[],
  text: string,
  date: string | null,
  orgs: OrgNames,
  memo: CueMatches,
): RoleEvidence[] | null {
  const cues = cuesOf(cands);
  let found: Map<RegExp, RegExpExecArray> | null = null;
  for (const cue of cues.all) {
    // The document's matches: a context is read for several names, and candidates share titles.
    const m = memo.exec(cue, text);
    if (!m) continue;
    found ??= new Map();
    found.set(cue, m);
  }
  if (!found) return null;
  const matches = found;
  const source = { exec: (cue: RegExp) => matches.get(cue) ?? null };
  return cands.map((c, k) =>
    cues.of[k]!.some((cue) => matches.has(cue)) ? roleEvidence(c.entity, text, date, orgs, source) : NO_ROLE,
  );
}

/** How near a short place name's candidates are searched before their letter slips are counted. */
const SHORT_PLACE_FLOOR = 0.7;

/** How like a country's or capital's name a place name two slips off must be (countrySlipped). */
const PLACE_SLIP_FLOOR = 0.85;
/** How like the written name the places weighed as rivals are searched (countrySlipped). */
const PLACE_SLIP_RIVAL_FLOOR = 0.8;

export abstract class SoundAlikeRepairs extends ArticleSupport {
  /**
   * "a children's hospital in Kiyv": a short place name (under five letters, never repaired by
   * spelling alone) that the tagger typed as a place, after "in", "to", "from" or "near", one
   * plain letter slip (a swap of neighbours counts one) off the name or an alias of a capital
   * or city of note (prominence 4+), when no other place of the KB is one slip off too
   * (session acc22-link-b). The preposition says a place stands there, the slip that it is
   * that one. Cost: one candidate search, to prominence 4, for a short place name unknown to
   * the KB after a preposition of place — rare; nothing for the others.
   */
  private capitalSlipped(surface: string, type: EntityType, start: number, end: number): Decision | null {
    if (type !== 'location' || !this.afterPlacePreposition(start, end)) return null;
    const written = letters(surface);
    const slipped = this.candidates(surface, type, NAMES_AND_ALIASES, SHORT_PLACE_FLOOR).filter((c) =>
      [c.entity.name, ...c.entity.names.filter(isNameOrAlias).map((n) => n.text)].some(
        (name) => letterSlips(written, letters(name), 1) <= 1,
      ),
    );
    const place = slipped[0]?.entity;
    if (!place || place.prominence < 4 || slipped.some((c) => c.entity !== place)) return null;
    if (this.placeElsewhere(normalizeName(surface), place)) return null;
    return {
      entity: place,
      evidence: [
        evidence('spelling', `${surface} ~ ${place.name} (a place: one letter slip)`, slipped[0]!.sim),
      ],
      confidence: slipped[0]!.sim * 0.9,
    };
  }

  /**
   * "a ceasefire in Ukrania", "climate talks in Bakoo": a place name of five letters or more,
   * typed as a place after a preposition of place, under the 0.90 a spelling repair needs but
   * at least PLACE_SLIP_FLOOR like, and two plain letter slips at most, off a country or
   * capital of note (prominence 4+), when no other KB place comes as near (nor nearly as near,
   * of prominence 2+), in an article of
   * public affairs (session acc23-link-b). A town the KB lacks is seldom two slips off a
   * capital it knows and written in copy of summits and wars. Cost: one candidate search to
   * prominence 4, only for a place name after a preposition that found no candidate at 0.90.
   */
  private countrySlipped(surface: string, type: EntityType, start: number, end: number): Decision | null {
    if (type !== 'location' || !this.afterPlacePreposition(start, end)) return null;
    const near = this.candidates(surface, type, NAMES_AND_ALIASES, PLACE_SLIP_RIVAL_FLOOR);
    const top = near[0];
    if (!top || top.sim < PLACE_SLIP_FLOOR) return null;
    // A rival: another place as near, or nearly as near and known beyond its region ("Bago", a
    // small city of Myanmar, is no rival of Baku for "Bakoo"; a second capital would be).
    const rival = near.some(
      (c) =>
        c.entity !== top.entity &&
        (c.sim >= top.sim || (c.sim >= top.sim - 0.05 && c.entity.prominence >= 2)),
    );
    if (rival) return null;
    const place = top.entity;
    if (place.prominence < 4 || (place.kind !== 'country' && place.kind !== 'capital')) return null;
    const written = letters(surface);
    const slips = Math.min(
      ...[place.name, ...place.names.filter(isNameOrAlias).map((n) => n.text)].map((name) =>
        letterSlips(written, letters(name), 2),
      ),
    );
    if (slips > 2 || publicAffairsIn(this.documentCue) === null) return null;
    if (this.placeElsewhere(normalizeName(surface), place)) return null;
    return {
      entity: place,
      evidence: [
        evidence('spelling', `${surface} ~ ${place.name} (a place: ${slips} letter slips)`, top.sim),
      ],
      confidence: top.sim * 0.9,
    };
  }

  /** `lazyContext`: read only when needed (an organisation's sound-alike rarely needs it). */
  protected fuzzy(
    surface: string,
    type: EntityType,
    lazyContext: () => MentionContext,
    end: number,
    start: number,
  ): Decision {
    const t = this.thresholds;
    // A name introduced by "…, a/an/who …" is somebody being presented: spelling alone is no evidence.
    const introducedAtAll = introducedByApposition(this.input.text, end);
    // …unless a definite description of a public deed or post ("…, the architect of the October 7 assault").
    const presentedAtAll = introducedAtAll && !presentedByPublicDeed(this.input.text, end);
    // "Washington-based", "Iowa-born": an adjective made of a name, not a mangled name.
    if (ADJECTIVE_COMPOUND.test(surface)) return nil();
    if (!isPersonLike(type)) {
      // A word the KB knows in another sense ("Hungarian", a demonym) is not a misspelling,
      // nor is a people's or a creed's word the KB does not list ("Asian" imports are no ASEAN).
      if (this.kb.lookup(surface).length > 0 || isPeopleWord(surface)) return nil();
      // Too short a name is never repaired by spelling: no candidate needs computing.
      if (letters(surface).length < 5)
        return this.capitalSlipped(surface, type, start, end) ?? this.spun(surface, type, lazyContext);
      // Only prominent bodies and places are repaired by spelling alone: the others are not compared.
      const cands = this.candidates(surface, type, NAMES_AND_ALIASES, t.otherTypes, MIN_OTHER_PROMINENCE);
      if (cands.length === 0)
        return this.countrySlipped(surface, type, start, end) ?? this.spun(surface, type, lazyContext);
      const top = cands[0]!;
      if (cands.length > 1 && cands[1]!.sim >= top.sim - 0.02 && cands[1]!.entity !== top.entity)
        return nil();
      // "fourth-tier club Sedan": a club named after its town, not a misspelt country or city.
      if (
        top.entity.type === 'location' &&
        CLUB_BEFORE.test(this.input.text.slice(Math.max(0, start - 12), start))
      )
        return nil();
      // "World Economics Forum, a student debating club": described as another kind of body.
      const context = lazyContext();
      const against = contradictingHead(context.head, top.entity, context.headIndefinite);
      if (against) return refused(top.entity, against);
      // "Monterey, Calif." is no misspelt Monterrey: a town the words around place elsewhere.
      const elsewhere =
        top.entity.type === 'location' ? this.placeElsewhere(normalizeName(surface), top.entity) : null;
      if (elsewhere) return refused(top.entity, elsewhere);
      return {
        entity: top.entity,
        evidence: [evidence('spelling', `${surface} ~ ${top.entity.name}`, top.sim)],
        confidence: top.sim * 0.9,
      };
    }
    const context = lazyContext();
    // The sentence's cue without the mention's own words ("Tailor Swift" is no tailor), cut once.
    let ownSentenceCue: string | undefined;
    const sentenceCue = (): string => {
      ownSentenceCue ??= this.sentenceCueApart(start, end);
      return ownSentenceCue;
    };
    // Without a role cue next to the name, only paths needing 0.78+ remain: compare no lower.
    // With one, only a namesake one of whose titles stands there may be linked below that, so
    // only those are compared down to the role-cue floor ("Carrie Cohen" beside a title need
    // not work out the distance of every Cohen of the KB to 0.55).
    const noCueFloor = Math.min(t.withDocumentCue, t.corroborated);
    const cands = hasRoleCue(context)
      ? this.candidates(surface, type, NAMES_AND_ALIASES, t.withRoleAndOrg, 0, {
          raised: noCueFloor,
          keeps: (e) => this.titleStandsIn(e, context.around),
        })
      : this.candidates(surface, type, NAMES_AND_ALIASES, noCueFloor);
    // The candidates' titles next to the name, each pattern run once (null: none stands there).
    const roles = rolesIn(cands, context.around, this.input.date, this.orgs, this.cues);
    let best: { c: Candidate; ev: Evidence[]; score: number; strength: number } | null = null;
    let refusal: Decision | null = null;
    const corroborations = new Map<KbEntity, Corroboration>();
    const corroborationOf = (e: KbEntity): Corroboration => {
      let x = corroborations.get(e);
      if (!x) {
        x = this.corroboration(e);
        corroborations.set(e, x);
      }
      return x;
    };
    // "Lamine Jamal, who turned seventeen": a clause stating only an age presents nobody when
    // the age is the candidate's own (as an age in figures after a comma does not).
    const ageClause = introducedAtAll && turnedAge(this.input.text, end) !== null;
    const fallClause = introducedAtAll && fallFromPowerAfter(this.input.text, end);
    // "In the sitcom Barracks, the bumbling defence minister Boris Pistolius": read once, when a candidate asks.
    let fiction: string | null | undefined;
    // "… bakery run by Jens Stoltenberger. Stoltenberger, 56, said": ages at the name's copies, read once.
    let copyAges: CopyAges | undefined;
    const ageAtCopy = (e: KbEntity): string | null => {
      if (!e.born) return null;
      copyAges ??= agesAtCopies(this.input.text, surface);
      return ageRuledOut(copyAges, e, this.input.date);
    };
    for (const [k, c] of cands.entries()) {
      const role = roles ? roles[k]! : NO_ROLE;
      const ownAge = ageClause && ageFits(context, c.entity, this.input.date);
      // "Bashar al-Asad, who fled the country": the fall of a head of state is a public deed.
      // "Hanter Biden, who had been convicted …": the deed the KB describes the candidate by.
      // "Mohamed Sallah, who finished the season with 29 league goals": a deed of the star's sphere.
      const fell =
        (fallClause && heldTopOffice(c.entity)) ||
        (introducedAtAll && deedOfProfile(this.input.text, end, c.entity) !== null) ||
        (introducedAtAll && deedOfOwnSphere(this.input.text, end, c.entity));
      const introduced = introducedAtAll && !ownAge && !fell;
      // "Karol Navrotski, the nationalist historian backed by …": an apposition whose head is the
      // candidate's own trade word ("historian" of "President of Poland since 2025; historian")
      // presents the candidate, nobody else (session acc27-link-a).
      const presented = presentedAtAll && !ownAge && !fell && !ownTradeHead(context.head, c.entity);
      // A thing named after the person; a namesake or a character of fiction, as copy says; another
      // monarch of the name ("Charles II, the Merry Monarch", whatever the title beside it).
      if (fiction === undefined) fiction = fictionCharacter(this.input.text, start, end);
      const aside = context.thing ?? namesakeCue(context) ?? fiction ?? otherRegnalNumber(context, c.entity);
      if (aside) {
        refusal ??= refused(c.entity, aside);
        continue;
      }
      // "Donald Trumpf, a 56-year-old butcher from Kallstadt, said the US president's grandfather
      // …": an age the candidate's birth year rules out and a trade his profile lacks present a
      // private person; the title later in the sentence is somebody else's, so even a full role
      // cue does not make the near spelling the famous bearer.
      if (role.score >= 1) {
        const age = ageContradicts(context, c.entity, this.input.date);
        const trade =
          age &&
          (contradictingHead(context.head, c.entity, context.headIndefinite) ??
            localPresentation(context, c.entity));
        if (trade) {
          refusal ??= refused(c.entity, `${trade}, ${age}`);
          continue;
        }
      }
      if (role.score < 1) {
        // An age the candidate's birth year fits ("Phaethongthan Chinnawat, 37,") is no private life.
        // "The village chief …, 70, and his deputy Sara Dutertre": the relative or aide of a
        // private person the sentence presents is one too.
        const privateWord =
          describesPrivatePerson(context, c.entity, this.input.date) ??
          (givesAge(context) && !ageFits(context, c.entity, this.input.date) ? 'age' : null) ??
          ageAtCopy(c.entity) ??
          (relationBefore(context) !== null && privateLifeIn(sentenceCue()) !== null
            ? `${relationBefore(context)} of a private person`
            : null);
        if (privateWord) {
          refusal ??= refused(c.entity, privateWord);
          continue;
        }
      }
      // "Bart De Weerdt, a mussel seller, says Prime Minister Bart De Wever's plans …": a near
      // spelling of a person the same sentence names exactly is somebody else (whatever title
      // words that person brings into the sentence).
      if (this.linked.has(c.entity.id) && this.namedExactlyInSentence(c.entity, start, end)) continue;
      // A shared given name and a loosely similar surname are never enough ("Daniel Okoro" is not Daniel Ek).
      // Nor a shared surname under another given name ("Noa Friedman" is not Mikhail Fridman).
      if (
        (role.score < 0.6 && c.surnameSim < 0.75) ||
        (role.score < 1 && (c.surnameSim < 0.6 || c.givenSim < 0.5))
      )
        continue;
      // Even a full role cue does not turn one senator into another ("John McCain" is not Mitch McConnell).
      // (A name the tagger cut, "Gong Sheng" of Pan Gongsheng, is no other given name.)
      // Nor the same surname under another given name: "Heydar Aliyev, the Soviet-era leader" is
      // a relative of the president, not a misspelling of him.
      if (c.givenSim < 0.5 && !letters(c.entity.name).endsWith(letters(surface))) continue;
      // "Mukesh Ambany": a bearer of the surname whose given name matches too ("Mukesh Ambani")
      // outweighs one whose given name does not (his son Akash, chairman of the firm named).
      if (c.givenSim < 0.75 && cands.some((o) => o.entity !== c.entity && sameFamilyBetterGiven(o, c)))
        continue;
      const ev: Evidence[] = [evidence('sound-alike', `${surface} ~ ${c.entity.name}`, c.sim)];
      let ok = false;
      let strength = 0;
      if (role.role && role.score >= 1 && c.sim >= t.withRoleAndOrg) {
        ok = true;
        strength = 3;
        ev.unshift(evidence('role-context', roleDetail(role.role), role.score));
      } else if (role.role && role.score >= 0.6 && c.sim >= t.withRoleTitle) {
        ok = true;
        strength = 2;
        ev.unshift(evidence('role-context', roleDetail(role.role), role.score));
      } else if (c.sim >= t.withDocumentCue) {
        const docRole = this.documentRole(c.entity);
        const co = coMentioned(c.entity, this.linked, this.input.date);
        if (docRole.role) {
          ok = true;
          strength = 1.5;
          ev.unshift(
            evidence(
              'role-context',
              `${roleDetail(docRole.role)} (elsewhere in the article)`,
              docRole.score * 0.8,
            ),
          );
        } else if (co) {
          ok = true;
          strength = 1.2;
          ev.unshift(evidence('co-mention', roleDetail(co), 0.6));
        }
      }
      // Spelling with corroboration: a close spelling of a prominent person, no rival as close
      // with as much support, and an article that speaks of that person's sphere (an organisation
      // or country of theirs, or a title they hold). Spelling alone is never enough: ordinary
      // people share or nearly share famous names ("Olaf Schulz, the Hamburg baker").
      if (
        !ok &&
        c.sim >= t.corroborated &&
        c.surnameSim >= 0.85 &&
        c.entity.prominence >= 3 &&
        (!introduced || isPublicHead(context.head)) &&
        !postAtUnnamedBody(this.input.text, end) &&
        !this.otherCountryNamed(context, c.entity, start)
      ) {
        const support = corroborationOf(c.entity);
        const needed = c.sim >= t.spellingOnly ? 1 : 2;
        // One kind of support is thin: the sentence must not speak of private life either.
        const thin = support.count === 1 && privateLifeIn(sentenceCue()) !== null;
        if (support.count >= needed && !thin) {
          const rivals = cands.filter(
            (o) =>
              o !== c &&
              o.entity !== c.entity &&
              (o.sim >= c.sim - 0.06 ||
                (o.sim >= c.sim - 0.12 && o.entity.prominence >= c.entity.prominence)) &&
              corroborationOf(o.entity).count >= support.count,
          );
          if (rivals.length === 0) {
            ok = true;
            strength = 1;
            ev[0] = evidence('spelling', `${surface} ~ ${c.entity.name}`, c.sim);
            for (const d of support.details) ev.push(evidence('co-mention', d, 0.5));
          }
        }
      }
      // A household name spelled nearly right, in a sentence with nothing of private life in
      // it, in an article of public affairs.
      if (
        !ok &&
        c.sim >= t.householdName &&
        c.surnameSim >= 0.9 &&
        c.entity.prominence >= 5 &&
        !introduced &&
        !privateLifeIn(sentenceCue()) &&
        !this.otherCountryNamed(context, c.entity, start) &&
        !cands.some((o) => o.entity !== c.entity && o.sim >= c.sim - 0.12) &&
        publicAffairsIn(this.documentCue) !== null &&
        !this.yearBeforeAdulthood(c.entity)
      ) {
        ok = true;
        strength = 0.8;
        ev[0] = evidence('spelling', `${surface} ~ ${c.entity.name}`, c.sim);
        ev.push(evidence('popularity', `prominence ${c.entity.prominence}`, 1));
      }
      // A name one or two letters off a known person's, given name and surname each close
      // ("Donald Trumph", "Pete Hegset", "Sanjai Malhotra"): with the article speaking of
      // their sphere; or, for the best known (prominence 4+), with no rival candidate and
      // nothing of private life in the sentence. The vetoes above (an ordinary occupation,
      // an age) have already run; a namesake described as a private person never gets here.
      if (!ok && c.givenSim >= 0.8 && c.surnameSim >= 0.8 && c.entity.prominence >= 2 && !presented) {
        const slips = this.slipsTo(surface, c.entity);
        const long = letters(surface).length >= 12;
        // A rival: another candidate nearly as close, or close and at least as prominent. Not a
        // less prominent one two letter slips further off: names of one pattern score alike
        // ("Kim Jong-eun" is one slip off Kim Jong Un and three off Kim Yong-hyun, at 0.98 and 0.94).
        const noRival = !cands.some(
          (o) =>
            o.entity !== c.entity &&
            ((o.sim >= c.sim - 0.06 &&
              !(o.entity.prominence < c.entity.prominence && this.slipsTo(surface, o.entity) >= slips + 2)) ||
              (o.sim >= c.sim - 0.12 && o.entity.prominence >= c.entity.prominence)),
        );
        const quiet = !privateLifeIn(sentenceCue()) && !this.otherCountryNamed(context, c.entity, start);
        const support = quiet && slips <= (long ? 3 : 2) ? corroborationOf(c.entity) : null;
        if (support && support.count >= 1 && noRival) {
          ok = true;
          strength = 1;
          ev[0] = evidence('spelling', `${surface} ~ ${c.entity.name} (${slips} letters off)`, c.sim);
          for (const d of support.details) ev.push(evidence('co-mention', d, 0.5));
        } else if (
          quiet &&
          noRival &&
          // (Prominence 3 too, one plain slip off: "Philippe Lazarini".)
          (c.entity.prominence >= 4 || (c.entity.prominence >= 3 && slips <= 1 && c.sim >= 0.95)) &&
          slips <= (long ? 2 : 1) &&
          // Without support, the article must be news of public life and say nothing of private life,
          // nor of a time before the candidate came of age ("Robert F. Kennedy … in 1968": the father).
          this.publicNews &&
          !this.yearBeforeAdulthood(c.entity)
        ) {
          ok = true;
          strength = 0.8;
          ev[0] = evidence('spelling', `${surface} ~ ${c.entity.name} (${slips} letters off)`, c.sim);
          ev.push(evidence('popularity', `prominence ${c.entity.prominence}`, 1));
        } else if (quiet && noRival && slips <= (long ? 2 : 1) && c.entity.prominence >= 3) {
          // A star of sport or culture a plain slip off, in an article of their sphere ("Taylor
          // Swit ended the tour"): the sphere is the support, as for a strong likeness.
          const sphere = this.sharedSphere(c.entity);
          if (sphere) {
            ok = true;
            strength = 0.8;
            ev[0] = evidence('spelling', `${surface} ~ ${c.entity.name} (${slips} letters off)`, c.sim);
            ev.push(evidence('popularity', `a ${sphere} figure in an article about ${sphere}`, 0.8));
          }
        }
      }
      // Strong likeness, one candidate: a full name very like one prominent person's, given name
      // and surname each close ("Joseph Borel", "Alexander Vuchich", "Jo Bayden"), and nobody
      // else of the KB anywhere near — a bearer of the same surname under a clearly other given
      // name is no rival ("Jill Biden" for "Jo Bayden"). Nothing may make it a private person:
      // the vetoes above, no apposition presenting somebody, no private life in the sentence, no
      // other country describing them. With one kind of support from the article; or, for the
      // best known (prominence 4+), in an article of public affairs with nothing of private life.
      // Or, for a star of sport or culture (any prominence), in an article of their sphere with
      // nothing of local life (spheres.ts); their own trade in the sentence is no private life
      // then ("American footballer Travis Kelsi").
      if (
        !ok &&
        c.sim >= t.strongLikeness &&
        c.surnameSim >= 0.85 &&
        c.givenSim >= 0.75 &&
        (!presented || this.describedInSphere(context, c.entity) !== null) &&
        looksLikePersonName(surface) &&
        !postAtUnnamedBody(this.input.text, end) &&
        !cands.some(
          (o) =>
            o.entity !== c.entity &&
            o.sim >= c.sim - 0.15 &&
            !(o.surnameSim >= c.surnameSim - 0.02 && o.givenSim <= c.givenSim - 0.1) &&
            // Nor a bearer of the same given name under a clearly other surname ("Peter Maurer"
            // for "Peter Madjar", Péter Magyar): the surname is what tells people apart.
            !(o.givenSim >= c.givenSim - 0.02 && o.surnameSim <= c.surnameSim - 0.12),
        ) &&
        !this.otherCountryNamed(context, c.entity, start)
      ) {
        const sentence = sentenceCue();
        // Private life in the sentence, unless only in the words presenting the others it names.
        // (Words of the candidate's own sphere are no private life: "presented to 80,000 fans" of a
        // footballer; see SPHERE_TRADES.)
        const ownSphere = personSphere(profileText(c.entity));
        const ownSentence = ownSphere ? withoutSphereTrades(sentence, ownSphere) : sentence;
        const quiet = !privateLifeIn(ownSentence) || !privateLifeIn(this.ownSentenceCue(end, surface));
        const sphere = this.sharedSphere(c.entity) ?? this.describedInSphere(context, c.entity);
        const support = quiet && !presented && c.entity.prominence >= 3 ? corroborationOf(c.entity) : null;
        // Without support from the article: the well known (prominence 3+) in an article that
        // says nothing of private or everyday life (public affairs or not: "Emanuel Makron and
        // Olaf Sholts shook hands for the cameras"). (Prominence 4 measured first: 3 gains
        // "Vinisius Junior" and trips no trap of the twelve sets nor any news decision.)
        const alone =
          support !== null &&
          !this.yearBeforeAdulthood(c.entity) &&
          c.entity.prominence >= 3 &&
          (this.publicNews || this.noPrivateLifeApartFromOthers(surface));
        if (support && (support.count >= 1 || alone)) {
          ok = true;
          strength = 0.8;
          ev[0] = evidence('spelling', `${surface} ~ ${c.entity.name} (no other candidate)`, c.sim);
          for (const d of support.details) ev.push(evidence('co-mention', d, 0.5));
          if (support.count === 0) ev.push(evidence('popularity', `prominence ${c.entity.prominence}`, 1));
        } else if (
          sphere &&
          (!privateLifeIn(withoutSphereTrades(sentence, sphere)) ||
            // (Not the words presenting the others the sentence names: "… and 17-year-old X was named".)
            !privateLifeIn(withoutSphereTrades(this.ownSentenceCue(end, surface), sphere)))
        ) {
          ok = true;
          strength = 0.8;
          ev[0] = evidence('spelling', `${surface} ~ ${c.entity.name} (no other candidate)`, c.sim);
          ev.push(evidence('popularity', `a ${sphere} figure in an article about ${sphere}`, 0.8));
        }
      }
      if (!ok) continue;
      const score = strength + c.sim + c.entity.prominence * 0.02;
      if (!best || score > best.score) best = { c, ev, score, strength };
    }
    if (!best) return refusal ?? this.throughOtherScript(surface, type, lazyContext, end, start);
    // "Errol Musk, the father of the Tesla billionaire": another given name altogether, not a
    // slip of the candidate's, is a relative or namesake, whatever role words stand near it
    // (checked for the one candidate about to be linked only). Not one a script route reads
    // back as the candidate's own ("Kim Chong Un": McCune-Reischauer's "Chong" is Jong).
    if (
      hasOtherGivenName(surface, best.c.entity, best.strength >= 3) &&
      !scriptRouteVariants(surface).some((v) => isOwnName(v, best!.c.entity))
    )
      return refused(best.c.entity, 'another given name');
    this.linked.add(best.c.entity.id);
    return { entity: best.c.entity, evidence: best.ev, confidence: Math.min(0.95, 0.45 + best.c.sim * 0.5) };
  }

  /** Whether one of `entity`'s title patterns matches `text` (the document's matches remembered). */
  private titleStandsIn(entity: KbEntity, text: string): boolean {
    for (const cue of entityCues(entity)) if (this.cues.exec(cue, text)) return true;
    return false;
  }

  /** True while the spellings of a name through another script are compared (no variants of variants). */
  private readingOtherScript = false;

  /**
   * A person's name that came through another script ("Olaf Sholts", "Li Tsyan", "Rajab
   * Tayyib Ardoghan"), linked to nobody as written: its spellings by the letter
   * correspondences of each route (script-routes.ts) are compared in turn, each needing the
   * same evidence as any spelling. The first that links is taken, its evidence naming the
   * reading.
   */
  private throughOtherScript(
    surface: string,
    type: EntityType,
    lazyContext: () => MentionContext,
    end: number,
    start: number,
  ): Decision {
    if (this.readingOtherScript || !isPersonLike(type)) return nil();
    const variants = scriptRouteVariants(surface);
    if (variants.length === 0) return nil();
    this.readingOtherScript = true;
    try {
      for (const v of variants) {
        const d = this.fuzzy(v, type, lazyContext, end, start);
        if (!d.entity) continue;
        return {
          ...d,
          evidence: d.evidence.map((e) =>
            e.kind === 'spelling' || e.kind === 'sound-alike'
              ? { ...e, detail: `${surface} (read as ${v}) ~ ${d.entity!.name}` }
              : e,
          ),
        };
      }
      return nil();
    } finally {
      this.readingOtherScript = false;
    }
  }
}

/** Whether `name` is, folded, `entity`'s name or one of its aliases. */
function isOwnName(name: string, entity: KbEntity): boolean {
  const folded = normalizeName(name);
  return normalizeName(entity.name) === folded || entity.names.some((n) => normalizeName(n.text) === folded);
}

/**
 * True when an apposition's head (`head`, five letters or more) is a trade (no public post: "the
 * Front leader" stays a presentation, read by the role evidence) and a word of the candidate's
 * profile, whole: "historian" of "President of Poland since 2025; historian". Not a head
 * that says nothing without its qualifier ("a Serbian water polo player" is no tennis player).
 * Cost: one profile text (cached per entity) and a substring test, only for a presented name.
 */
function ownTradeHead(head: string | null, entity: KbEntity): boolean {
  return (
    head !== null &&
    head.length >= 5 &&
    !QUALIFIED_HEADS.has(head) &&
    isPrivateHead(head) &&
    profileText(entity).includes(` ${head} `)
  );
}

/** Heads whose trade is in their qualifier: a player, member or worker of what? */
const QUALIFIED_HEADS = new Set([
  'player',
  'players',
  'member',
  'worker',
  'owner',
  'supporter',
  'winner',
  'partner',
]);
