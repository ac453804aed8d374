/**
 * Pass 3: one-word person mentions. They follow a full form earlier in the article (exact or
 * sound-alike surname, or a given name the article's person bears), else a KB surname with
 * evidence: a role cue, a title only one person holds, a body's head named by possessive, a
 * near-miss spelling of a long surname. Separate because a word alone is the weakest name
 * and needs its own, stricter rules.
 */

import type { EntityType, Evidence, Mention } from '../../core/annotations.js';
import { isNameOrAlias, type KbEntity, roleActiveOn } from '../../kb/model.js';
import { surnameOf } from '../../kb/names.js';
import type { NameHit } from '../../ports/knowledge-base.js';
import { givesAge } from './ages-in-copy.js';
import { type Candidate, SURNAMES } from './candidate-search.js';
import { hasRoleCue, type MentionContext, mentionContext, sentenceOf } from './context.js';
import { coMentioned, evidence, roleDetail } from './evidence.js';
import { faintSlip } from './faint-slips.js';
import { isFamilyName } from './families.js';
import { fictionCharacter } from './fiction-frames.js';
import { HouseholdSurnames, usedAsName } from './household-vowel-slips.js';
import { initialsAndSurname, initialsFit } from './initials.js';
import { introducedAsKin } from './kin-introductions.js';
import { ExactNames } from './link-exact.js';
import { onlyMinorTowns } from './link-places.js';
import { rolesIn } from './link-sound-alikes.js';
import { type Cluster, type Decision, nil, refused } from './link-state.js';
import {
  calledByFirstWord,
  definiteNounInText,
  givenNameBearers,
  isFullFormTail,
  leadingGivenName,
} from './lone-names.js';
import { FamilyNames, familyNameFirst } from './name-order.js';
import { NEAR_MISS_PROMINENCE, NearMissSurnames } from './near-miss-surnames.js';
import { isPeopleWord } from './people-words.js';
import { describesPrivatePerson } from './private-persons.js';
import { privateLifeIn } from './public-and-private-life.js';
import { standsAloneInQuotes } from './quoted-titles.js';
import { frenchOuRespelling } from './respellings.js';
import { cueForRole } from './roles.js';
import {
  letterProfile,
  letterSlips,
  letters,
  lettersSimilarityAtLeast,
  PROFILE_SLOTS,
  similarityCeiling,
} from './similarity.js';
import { surnameForms, surnameLettersOf, WELL_KNOWN, WellKnownSurnameLetters } from './surname-letters.js';
import { unknownBodyBegunBy, writtenAsAcronym } from './surnames-of-things.js';
import { endsWithPossessive } from './text-ends.js';

/** "Costa reported from Washington.", "Rucker contributed to this report": a reporter's sign-off after the name. */
const REPORTER_SIGN_OFF = /^\s+(?:reported\s+from|contributed\s+(?:to\s+this\s+report|reporting))\b/u;

/** The letter profile of the one-word mention `joinFullForm` compares (one at a time). */
const WORD_PROFILE = new Int32Array(PROFILE_SLOTS);

/** The fewest letters of a surname alone repaired without a role cue ("Ramaposa"): short ones are too many others'. */
const NEAR_MISS_SURNAME_LETTERS = 7;

/** The prominence of the people a surname alone in French transliteration ("Poutin") is read as. */
const FRENCH_OU_PROMINENCE = 4;

/** The fewest letters of a surname alone read as another romanisation of a KB person's ("Zelenski"). */
const OWN_SPELLING_LETTERS = 6;

/** A name (one to four capitalised words or an acronym) with a possessive, right before a mention. */
const POSSESSIVE_BEFORE =
  /(?:^|[^\p{L}\p{N}.])((?:\p{Lu}[\p{L}\p{N}&-]*(?:\.\p{Lu}[\p{L}\p{N}&-]*)*\s){0,3}\p{Lu}[\p{L}\p{N}&-]*(?:\.\p{Lu}[\p{L}\p{N}&-]*)*)['’]s\s+$/u;

export abstract class OneWordNames extends ExactNames {
  /**
   * The article's person whose surname a one-word place or body repair (`own`) spells at least
   * as closely ("Donna Brazile … At Brazille's direction": Brazile, not Brazil); else null.
   */
  protected nearerSurname(
    word: string,
    position: number,
    own: Decision,
  ): { cluster: Cluster; evidence: Evidence } | null {
    const repair = own.evidence.find((e) => e.kind === 'spelling');
    if (!repair) return null;
    const joined = this.joinFullForm(word, position, Math.max(repair.score, this.thresholds.surnameJoin));
    return joined?.cluster.decision.entity?.type === 'person' ? joined : null;
  }

  /**
   * The decision for a surname whose title before it ("President Biden") is held on the date
   * by one bearer of the surname other than `joined` (the full form it would join); else null.
   */
  protected otherTitleHolder(
    word: string,
    joined: KbEntity | null,
    lazyContext: () => MentionContext,
  ): Decision | null {
    const bearers = this.kb
      .lookup(word)
      .filter((h) => h.entity.type === 'person' && h.kind === 'surname')
      .map((h) => h.entity);
    if (bearers.length < 2 || (joined !== null && !bearers.includes(joined))) return null;
    const holder = this.soleTitleHolder(bearers, lazyContext().left);
    if (!holder || holder === joined || holder.prominence < 2) return null;
    const decision = this.surnameAlone(word, lazyContext);
    return decision.entity === holder ? decision : null;
  }

  /**
   * The one bearer (of several) holding, on the article's date, a role whose title stands
   * right before the name (`left`, cue text), or null when none or several do.
   */
  private soleTitleHolder(bearers: readonly KbEntity[], left: string): KbEntity | null {
    const date = this.input.date;
    if (!date) return null;
    const before = ` ${left.trim().split(' ').slice(-3).join(' ')} `;
    let found: KbEntity | null = null;
    for (const e of bearers) {
      const holds = e.roles.some((r) => {
        if (!roleActiveOn(r, date)) return false;
        const cue = cueForRole(r);
        return cue?.test(before) === true;
      });
      if (!holds) continue;
      if (found && found !== e) return null;
      found = e;
    }
    return found;
  }

  /**
   * The earlier (else later) full-form person cluster whose surname this word matches; with
   * `givenEnd` (the end of a word the tagger typed a person), failing that, the private
   * person whose first word it is, letter for letter.
   */
  protected joinFullForm(
    word: string,
    position: number,
    threshold: number = this.thresholds.surnameJoin,
    givenEnd: number | null = null,
  ): { cluster: Cluster; evidence: Evidence } | null {
    // "The Clintons": a family joins no one member's full form.
    if (this.familyAt(word, position)) return null;
    let best: { cluster: Cluster; sim: number; distance: number } | null = null;
    // "Christian conservatives" near Chris Christie: a people's or a creed's word joins a
    // person only letter for letter ("English" of Bill English), never as a near surname.
    if (isPeopleWord(word)) threshold = 1;
    const wordLetters = letters(word);
    letterProfile(wordLetters, WORD_PROFILE, 0);
    for (const cl of this.clusters) {
      const e = cl.decision.entity;
      // A full form the tagger typed otherwise ("Exchequer Rachael Reaves") is a person once linked to one.
      if ((cl.type !== 'person' && e?.type !== 'person') || !cl.surface.includes(' ')) continue;
      if (!cl.surnameLetters) {
        const own = surnameForms([surnameOf(cl.surface) ?? cl.surface]);
        // The linked person's surnames are the same in every article: kept with the entity.
        if (e) for (const l of surnameLettersOf(e)) own.add(l);
        // The article's own first word, when that is how the KB person is called: the given
        // name ("Abiy", "Prabovo") or the family name first ("Shi" of "Shi Jinping").
        // So is a namesake's the context refused ("Wang Yi, a table tennis player … Wang won"):
        // written as the KB person is, the first word is the family name there too.
        const lead = leadingGivenName(cl.surface);
        const named = e ?? cl.decision.refusedEntity;
        if (lead && named && calledByFirstWord(named)) {
          const l = letters(lead);
          if (l.length > 0) own.add(l);
        }
        // The first word is compared apart for private people (see `givenEnd`); kept for all,
        // as a public person of the same first name makes the word ambiguous.
        cl.leadLetters = lead ? letters(lead) : '';
        cl.surnameLetters = [...own];
        cl.surnameProfiles = new Int32Array(cl.surnameLetters.length * PROFILE_SLOTS);
        for (let k = 0; k < cl.surnameLetters.length; k++)
          letterProfile(cl.surnameLetters[k]!, cl.surnameProfiles, k * PROFILE_SLOTS);
      }
      // Below the threshold a value is dropped, and so is one more than 0.02 below the best so
      // far (it neither beats it nor ties it): the comparison may stop there — or not start,
      // when the letters' ceiling is below it (such a value would be dropped just the same).
      const floor = best ? Math.max(threshold, best.sim - 0.02 - 1e-9) : threshold;
      let sim = 0;
      for (let k = 0; k < cl.surnameLetters.length; k++) {
        const l = cl.surnameLetters[k]!;
        if (
          similarityCeiling(wordLetters, WORD_PROFILE, 0, l, cl.surnameProfiles!, k * PROFILE_SLOTS) < floor
        )
          continue;
        sim = Math.max(sim, lettersSimilarityAtLeast(wordLetters, l, floor, threshold));
        if (sim === 1) break; // nothing is closer than the same letters
      }
      const first = cl.mentions[0]!.start;
      const distance = first <= position ? position - first : 1e9 + first - position;
      if (
        sim >= threshold &&
        (!best || sim > best.sim + 0.02 || (sim >= best.sim - 0.02 && this.fitsBetter(cl, distance, best)))
      ) {
        best = { cluster: cl, sim, distance };
      }
    }
    if (!best && givenEnd !== null && this.givenNameSlot(givenEnd)) {
      // "Rubio Fernández … Rubio said": a word no surname matches, the same letters as the
      // first word of a private person's full form, is that person — when no other person
      // of the article has that first name ("David Axelrod … David Plouffe … David said").
      let only: Cluster | null = null;
      for (const cl of this.clusters) {
        if (cl.leadLetters !== wordLetters) continue;
        if (only) return null;
        only = cl;
      }
      if (only && !only.decision.entity && only.type === 'person') {
        const first = only.mentions[0]!.start;
        best = { cluster: only, sim: 1, distance: Math.abs(position - first) };
      }
    }
    if (!best) return null;
    return {
      cluster: best.cluster,
      evidence: evidence(
        'document-consistency',
        `${word} → ${best.cluster.decision.entity?.name ?? best.cluster.surface}`,
        best.sim,
      ),
    };
  }

  /**
   * Of two full forms a lone surname fits as well, the one it goes on with: a newsmaker over
   * a relative introduced as such before the word ("President Joe Biden pardoned his son
   * Hunter Biden … Biden said": the father), else the nearer one before it.
   */
  private fitsBetter(cl: Cluster, distance: number, best: { cluster: Cluster; distance: number }): boolean {
    const before = distance < 1e9 && best.distance < 1e9;
    if (before) {
      const text = this.input.text;
      const kin = introducedAsKin(text, cl.mentions[0]!.start);
      if (kin !== introducedAsKin(text, best.cluster.mentions[0]!.start)) return !kin;
    }
    return distance < best.distance;
  }

  /**
   * The earlier linked place cluster whose name starts with the one word `p`, when the KB
   * knows that word as something else than a place (an organisation, an event) and never as a place.
   */
  protected placeItBegins(p: {
    readonly m: Mention;
    readonly surface: string;
    readonly norm: string;
  }): Cluster | null {
    let found: Cluster | null = null;
    const prefix = `${p.norm} `;
    for (const cl of this.clusters) {
      if (cl.decision.entity?.type !== 'location' || cl.mentions[0]!.start >= p.m.start) continue;
      if (cl.norm.startsWith(prefix)) found = cl;
    }
    if (!found) return null;
    // Only against a KB sense of another type ("Amazon" the company): a word the KB does not
    // know ("South", "Capitol") keeps its own reading, and "Mexico City … Mexico" is a place of its own.
    const named = this.kb.lookup(p.surface).filter(isNameOrAlias);
    const otherSense = named.some((h) => h.entity.type !== 'location' && h.entity.type !== 'person');
    return otherSense && !named.some((h) => h.entity.type === 'location') ? found : null;
  }

  /** The person cluster whose full form ends with the words of `norm` (two or more), nearest first. */
  protected fullFormWithTail(norm: string): { cluster: Cluster; evidence: Evidence } | null {
    for (let k = this.clusters.length - 1; k >= 0; k--) {
      const cl = this.clusters[k]!;
      if (cl.type !== 'person' && cl.decision.entity?.type !== 'person') continue;
      if (!isFullFormTail(norm, cl.norm)) continue;
      return {
        cluster: cl,
        evidence: evidence('document-consistency', `${norm} → ${cl.decision.entity?.name ?? cl.surface}`, 1),
      };
    }
    return null;
  }

  /**
   * Surname hits of `word` with the people whose family name, written first, it is ("Xi"
   * for Xi Jinping: the KB's surname field holds the last word of a name), as surname hits;
   * without the hits of a last word that is a given name of theirs ("Xi" of Li Xi).
   */
  protected withFamilyNames(word: string, hits: readonly NameHit[]): NameHit[] {
    const family = FamilyNames.for(this.kb.kb).bearers(word);
    const out = hits.filter((h) => !familyNameFirst(h.entity));
    for (const entity of family) {
      if (!out.some((h) => h.entity === entity)) out.push({ entity, kind: 'surname', text: word });
    }
    return out;
  }

  /**
   * "Tedros, an Eritrean-born taxi driver in Oslo, … Tedros refused a reward": the same word
   * written earlier in the text, where the tagger saw no name, presents a private person there;
   * the later mention is that person. The first such presentation, or null.
   */
  private earlierPresentation(word: string, before: number, candidate: KbEntity): string | null {
    const { text, sentences } = this.input;
    let at = text.indexOf(word);
    while (at >= 0 && at < before) {
      const end = at + word.length;
      const bounded = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '');
      if (bounded) {
        const found = describesPrivatePerson(
          mentionContext(text, sentences, { start: at, end }),
          candidate,
          this.input.date,
        );
        if (found) return found;
      }
      at = text.indexOf(word, end);
    }
    return null;
  }

  /** Whether `word` is the given name of a person of the article other than `entity` ("Kelly" of "Kelly Ayotte"). */
  private givenNameOfArticlePerson(word: string, entity: KbEntity): boolean {
    return this.clusters.some(
      (c) =>
        (c.type === 'person' || c.decision.entity?.type === 'person') &&
        c.decision.entity !== entity &&
        leadingGivenName(c.surface) === word,
    );
  }

  /** Whether `word` at `start` is a family of a person the article names in full ("the Clintons"; families.ts). */
  protected familyAt(word: string, start: number): boolean {
    return isFamilyName(this.kb.kb, this.input.text, start, word, () => {
      const surnames = new Set<string>();
      for (const cl of this.clusters) {
        if ((cl.type !== 'person' && cl.decision.entity?.type !== 'person') || !cl.surface.includes(' '))
          continue;
        const surname = surnameOf(cl.surface);
        if (surname) surnames.add(surname);
      }
      return surnames;
    });
  }

  /**
   * "FICO said …", "Vance Air Force Base … Vance trains pilots": the word alone written as an
   * acronym (a company's) or beginning a body's name the KB does not know (that body's type);
   * read without a role cue only (surnames-of-things.ts). The reason and the type, or null.
   */
  private thingNamedBy(word: string, start: number, end: number): { word: string; type: EntityType } | null {
    if (writtenAsAcronym(word, this.input.text, start)) return { word: 'an acronym', type: 'organization' };
    // "Churchill, Manitoba, reached …": the town a region's name after it addresses.
    const region = this.townAddressAfter(end);
    if (region) return { word: `a town in ${region}`, type: 'location' };
    const body = unknownBodyBegunBy(word, start, this.input.mentions, this.input.text, this.kb);
    return body ? { word: body.surface, type: body.type } : null;
  }

  /** A one-word name with no full form in the article: a known surname, with evidence. */
  protected surnameAlone(word: string, lazyContext: () => MentionContext, roleCueOnly = false): Decision {
    const all = this.kb.lookup(word);
    const exact = this.withFamilyNames(
      word,
      all.filter((h) => h.entity.type === 'person' && h.kind === 'surname'),
    );
    // A word that also names a place or an organisation ("Moscow", "Jordan") is not taken for a
    // surname — unless only a minor town, and the word the subject of a verb of saying ("Ueda said").
    const elsewhere =
      all.some((h) => h.entity.type !== 'person' && isNameOrAlias(h)) &&
      !(onlyMinorTowns(all) && this.saysAfter(lazyContext().span.end));
    if (exact.length > 0 && !roleCueOnly && !elsewhere) {
      const picked = this.pickByContext(
        exact.map((h) => h.entity),
        lazyContext,
      );
      // "President Aoun" in 2025: a title too common to count alone still tells bearers apart
      // when only one of them holds it on the article's date.
      const sole =
        picked.role.score < 0.6 && exact.length > 1
          ? this.soleTitleHolder(
              exact.map((h) => h.entity),
              lazyContext().left,
            )
          : null;
      if (sole && sole.prominence >= 2) {
        picked.entity = sole;
        picked.role = {
          score: 0.6,
          role: sole.roles.find((r) => roleActiveOn(r, this.input.date ?? '')) ?? null,
        };
      }
      const e = picked.entity;
      // "FICO said …", "Vance Air Force Base … Vance trains pilots": a body, not the person.
      const thing =
        picked.role.score < 0.6
          ? this.thingNamedBy(word, lazyContext().span.start, lazyContext().span.end)
          : null;
      if (thing) return { ...refused(e, thing.word), asType: thing.type };
      // "the West was playing with fire": not Kanye West, and no person.
      if (picked.role.score < 0.6 && definiteNounInText(this.input.text, word))
        return { ...refused(e, 'a noun after "the"'), asType: 'misc' };
      const privateContext =
        picked.role.score < 1
          ? (describesPrivatePerson(lazyContext(), e, this.input.date) ??
            (givesAge(lazyContext()) ? 'age' : null) ??
            // "Tusk and horn seizures": the word its sentence uses as a common noun.
            (picked.role.score < 0.6 && this.commonNounAt(lazyContext().span) ? 'common noun' : null) ??
            this.earlierPresentation(word, lazyContext().span.start, e))
          : lazyContext().thing;
      // "Trump said": the one clearly more prominent bearer of the surname, or the only one.
      const rivals = exact.filter((h) => h.entity !== e && h.entity.prominence >= e.prominence);
      const co = coMentioned(e, this.linked, this.input.date);
      // "Kelly Ayotte … as much as Kelly": the article's person called by her given name, or
      // "Costa reported from Washington": the reporter signing the story; nobody of the KB.
      const calledOtherwise =
        picked.role.score < 0.6 &&
        (this.givenNameOfArticlePerson(word, e) ||
          REPORTER_SIGN_OFF.test(this.input.text.slice(lazyContext().span.end, lazyContext().span.end + 40)));
      if (calledOtherwise) return nil();
      if (!privateContext && (picked.role.score >= 0.6 || co || (e.prominence >= 3 && rivals.length === 0))) {
        const ev = [evidence('alias', `${word} (surname)`, 0.8)];
        if (picked.role.role)
          ev.push(evidence('role-context', roleDetail(picked.role.role), picked.role.score));
        if (co) ev.push(evidence('co-mention', roleDetail(co), 0.6));
        this.linked.add(e.id);
        return { entity: e, evidence: ev, confidence: 0.8 };
      }
      return privateContext ? refused(e, privateContext) : nil();
    }
    // "Zelenski": the surname as one of the person's own names spells it ("Volodymyr Zelenskiy").
    // Typed otherwise by the tagger, the best known need no role cue in news of public life (as
    // on a faint slip: no slip at all here).
    const own = this.surnameAsOwnSpelling(word);
    if (own) {
      const asWritten = this.surnameAlone(
        own.surname,
        lazyContext,
        roleCueOnly && !(own.bearer.prominence >= 4 && this.publicNews),
      );
      if (!asWritten.entity) return asWritten;
      const spelled = evidence('alias', `${word} (surname, written ${own.surname})`, 0.8);
      return { ...asWritten, evidence: [spelled, ...asWritten.evidence.slice(1)] };
    }
    // A mangled surname alone needs a role cue next to it…
    const context = lazyContext();
    // …or its organisation's possessive right before it ("NATO's Rute", "the ECB's Lagard").
    const theirs = this.possessiveBodyHolder(word, context);
    if (theirs) return theirs;
    const byGivenName = this.calledByGivenName(word, context);
    if (byGivenName) return byGivenName;
    if (!hasRoleCue(context)) return this.nearMissSurname(word, context, roleCueOnly);
    // "whose ''Live'' program …": a word alone in quotes is a title, no surname like Lévy.
    if (standsAloneInQuotes(this.input.text, context.span.start, context.span.end)) return nil();
    const cands = this.candidates(word, 'person', SURNAMES, 0.7);
    // No title of any candidate next to the word: none has role evidence (the usual case for a
    // demonym or a common word typed as a name: "German", "US").
    const roles = rolesIn(cands, context.around, this.input.date, this.orgs, this.cues);
    if (!roles) return this.nearMissSurname(word, context, roleCueOnly);
    for (const [k, c] of cands.entries()) {
      const role = roles[k]!;
      if (role.role && ((role.score >= 1 && c.sim >= 0.7) || (role.score >= 0.6 && c.sim >= 0.8))) {
        this.linked.add(c.entity.id);
        return {
          entity: c.entity,
          evidence: [
            evidence('role-context', roleDetail(role.role), role.score),
            evidence('sound-alike', `${word} ~ ${surnameOf(c.entity.name) ?? c.entity.name}`, c.sim),
          ],
          confidence: 0.4 + c.sim * 0.5,
        };
      }
    }
    // The titles near the word are others' ("… and Besent met Vice Premier He Lifeng").
    return this.nearMissSurname(word, context, roleCueOnly);
  }

  /**
   * "… elected Thai prime minister after Paetongtarn was dismissed": a lone word that is the
   * given name of exactly one KB person of a country whose copy calls people so (Thailand,
   * Ethiopia, Indonesia …: `givenNameBearers`), well known (prominence 3+), when the article
   * names that country and nothing presents the word as somebody else.
   */
  private calledByGivenName(word: string, context: MentionContext): Decision | null {
    const bearers = givenNameBearers(this.kb.kb, word);
    if (bearers.length !== 1) return null;
    const e = bearers[0]!;
    if (e.prominence < 3 || !this.countries.has(e.country!)) return null;
    const privateWord =
      describesPrivatePerson(context, e, this.input.date) ?? (givesAge(context) ? 'age' : null);
    if (privateWord) return refused(e, privateWord);
    this.linked.add(e.id);
    return {
      entity: e,
      evidence: [
        evidence('alias', `${word} (given name, as ${e.country} copy calls people)`, 0.8),
        evidence('co-mention', `article names ${e.country}`, 0.6),
      ],
      confidence: 0.75,
    };
  }

  /**
   * "Trump confronted Ramaposa in the Oval Office": a long surname one plain slip off the
   * surname of one of the best known (prominence 4+), with no other bearer of a surname near
   * it, in an article of public affairs that speaks of no private life and in which nothing
   * presents the word as somebody else — the near miss of full names (see `fuzzy`), for a
   * surname alone.
   */
  /**
   * The KB surname of the one well-known person (prominence 3+) one of whose names or aliases
   * spells `word`'s surname letter for letter ("Zelenski": "Volodymyr Zelenskiy", an alias of
   * Zelenskyy), or null. Such a word is no slip: the surname as written in another romanisation.
   */
  private surnameAsOwnSpelling(word: string): { surname: string; bearer: KbEntity } | null {
    const french = this.frenchSurnameOfBestKnown(word);
    if (french) return french;
    const l = letters(word);
    if (l.length < OWN_SPELLING_LETTERS) return null;
    // Only a bearer of prominence 3+ is an answer, and every bearer goes by a surname of these
    // very letters: where no such person does, the search could find none.
    if (!WellKnownSurnameLetters.for(this.kb.kb).has(l)) return null;
    const bearers = new Set<KbEntity>();
    for (const c of this.candidates(word, 'person', SURNAMES, 0.85))
      if (surnameLettersOf(c.entity).includes(l)) bearers.add(c.entity);
    const [bearer] = bearers;
    if (bearers.size !== 1 || bearer!.prominence < WELL_KNOWN) return null;
    const surname = bearer!.names.find((n) => n.kind === 'surname')?.text;
    return surname && surname !== word ? { surname, bearer: bearer! } : null;
  }

  /**
   * "Poutin": a word French copy writes with "ou" for the English u (respellings.ts) that,
   * written back, is exactly the surname of one of the best known (prominence 4+), no bearer
   * of it as well known, and no KB name as written; else null.
   */
  private frenchSurnameOfBestKnown(word: string): { surname: string; bearer: KbEntity } | null {
    const english = frenchOuRespelling(word);
    if (!english || this.kb.lookup(word).length > 0) return null;
    const hits = this.kb.lookup(english).filter((h) => h.entity.type === 'person' && h.kind === 'surname');
    const bearer = hits[0]?.entity;
    if (!bearer || bearer.prominence < FRENCH_OU_PROMINENCE) return null;
    if (hits.some((h) => h.entity !== bearer && h.entity.prominence >= bearer.prominence)) return null;
    return { surname: english, bearer };
  }

  protected nearMissSurname(word: string, context: MentionContext, faintOnly = false): Decision {
    const l = letters(word);
    if (!this.publicNews) return nil();
    // Shorter: a household name's, one vowel off ("Tramp"), with the article's support.
    if (l.length < NEAR_MISS_SURNAME_LETTERS - 1) return this.householdVowelSlip(word, context);
    // (One letter shorter on a faint slip only: "Besent", "Makron".)
    // Near no surname of the best known: no candidate could pass the tests below.
    if (!NearMissSurnames.for(this.kb.kb).mayBeOneSlipOff(l)) return nil();
    const cands = this.candidates(word, 'person', SURNAMES, 0.85);
    const top = cands[0];
    if (!top || top.entity.prominence < NEAR_MISS_PROMINENCE) return nil();
    const surname = surnameOf(top.entity.name);
    if (!surname || letterSlips(l, letters(surname), 1) > 1) return nil();
    const faint = faintSlip(l, letters(surname));
    if ((faintOnly || l.length < NEAR_MISS_SURNAME_LETTERS) && !faint) return nil();
    // A rival: another bearer of a surname near it. After a faint slip, only one as near, or a
    // bearer of the same surname as well known ("Makron": Brigitte Macron is no rival).
    const rival = faint
      ? (o: Candidate) =>
          surnameOf(o.entity.name) === surname
            ? o.entity.prominence >= top.entity.prominence
            : o.sim >= top.sim - 0.02
      : (o: Candidate) => o.sim >= top.sim - 0.12;
    if (cands.some((o) => o.entity !== top.entity && rival(o))) return nil();
    const { end, start } = context.span;
    if (privateLifeIn(this.sentenceCueAt(end)) || this.otherCountryNamed(context, top.entity, start))
      return nil();
    const privateWord = describesPrivatePerson(context, top.entity, this.input.date);
    if (privateWord) return refused(top.entity, privateWord);
    this.linked.add(top.entity.id);
    return {
      entity: top.entity,
      evidence: [
        evidence('spelling', `${word} ~ ${surname} (1 letter off)`, top.sim),
        evidence('popularity', `prominence ${top.entity.prominence}`, 1),
      ],
      confidence: 0.4 + top.sim * 0.4,
    };
  }

  /**
   * "Tramp met the Syrian president at the White House": a short surname alone one vowel off
   * a household name's (household-vowel-slips.ts), used as a person's name, in news of public
   * life that names one of the person's bodies, titles or country (`corroboration`) — spelling
   * and fame alone never repair so short a word. No KB name may be written so, no other
   * well-known bearer of a surname may be as near, and nothing may present the word as
   * somebody else (an age, a trade, a private life, another country, history).
   */
  protected householdVowelSlip(word: string, context: MentionContext): Decision {
    const near = HouseholdSurnames.for(this.kb.kb).bearer(word);
    if (!near || this.kb.lookup(word).length > 0) return nil();
    const { end, start } = context.span;
    const sentence = sentenceOf(this.input.sentences, context.span, this.input.text.length);
    if (!usedAsName(this.input.text, start, end, sentence.start)) return nil();
    const e = near.entity;
    const l = letters(word);
    const rival = this.candidates(word, 'person', SURNAMES, 0.8).some((o) => {
      // (A bearer of the same surname, less known, is no rival: "Tramp" is not Melania Trump.)
      const surname = surnameOf(o.entity.name);
      if (!surname || surname === near.surname || o.entity.prominence < 3) return false;
      return letterSlips(l, letters(surname), 1) <= 1;
    });
    if (rival || this.commonNounAt(context.span) || this.givenNameOfArticlePerson(word, e)) return nil();
    if (this.yearBeforeAdulthood(e) || privateLifeIn(this.sentenceCueAt(end))) return nil();
    if (this.otherCountryNamed(context, e, start)) return nil();
    const privateWord =
      fictionCharacter(this.input.text, start, end) ??
      describesPrivatePerson(context, e, this.input.date) ??
      (givesAge(context) ? 'age' : null);
    if (privateWord) return refused(e, privateWord);
    const support = this.corroboration(e);
    if (support.count === 0) return nil();
    this.linked.add(e.id);
    return {
      entity: e,
      evidence: [
        evidence('spelling', `${word} ~ ${near.surname} (a vowel for another)`, 0.8),
        ...support.details.map((d) => evidence('co-mention', d, 0.6)),
      ],
      confidence: 0.7,
    };
  }

  /**
   * "K.P. Oli": initials and a surname, decided as the surname alone when the initials begin
   * the given names of a bearer of it (initials.ts) and the surname links to such a bearer;
   * null otherwise.
   */
  protected initialledSurname(surface: string, lazyContext: () => MentionContext): Decision | null {
    const form = initialsAndSurname(surface);
    if (!form) return null;
    const fits = (e: KbEntity) => initialsFit(form.initials, e);
    const bearers = this.kb.lookup(form.surname).filter((h) => h.kind === 'surname' && fits(h.entity));
    if (bearers.length === 0) return null;
    const alone = this.surnameAlone(form.surname, lazyContext);
    return alone.entity && fits(alone.entity) ? alone : null;
  }

  /**
   * "NATO's Rute": an organisation the KB knows, named with a possessive right before a
   * surname-like word, and one KB person holding a role in it on the article's date whose
   * surname the word comes close to (≥ 0.75): that person. The organisation stands for the
   * title copy leaves out; a second holder as close leaves the word unlinked.
   */
  private possessiveBodyHolder(word: string, context: MentionContext): Decision | null {
    const date = this.input.date;
    if (!date) return null;
    const before = context.text.slice(Math.max(0, context.span.start - 48), context.span.start);
    const owner = endsWithPossessive(before) ? POSSESSIVE_BEFORE.exec(before) : null;
    if (!owner) return null;
    // The longest run of the words before the possessive that names an organisation ("European
    // Central Bank's", not "Frankfurt European Central Bank's").
    const words = owner[1]!.split(/\s+/);
    let bodies: Set<string> | null = null;
    let ownerName = '';
    for (let k = 0; k < words.length && !bodies; k++) {
      const name = words.slice(k).join(' ');
      const ids = this.kb
        .lookup(name)
        .filter((h) => h.entity.type === 'organization' && h.kind !== 'surname' && h.kind !== 'demonym')
        .map((h) => h.entity.id);
      if (ids.length > 0) {
        bodies = new Set(ids);
        ownerName = name;
      }
    }
    if (!bodies) return null;
    const body = bodies;
    const holders = this.candidates(word, 'person', SURNAMES, 0.75).filter((c) =>
      c.entity.roles.some((r) => r.orgId !== null && body.has(r.orgId) && roleActiveOn(r, date)),
    );
    const top = holders[0];
    if (!top || holders.some((o) => o !== top && o.entity !== top.entity && o.sim >= top.sim - 0.1))
      return null;
    const role = top.entity.roles.find(
      (r) => r.orgId !== null && body.has(r.orgId) && roleActiveOn(r, date),
    )!;
    this.linked.add(top.entity.id);
    return {
      entity: top.entity,
      evidence: [
        evidence('role-context', `${roleDetail(role)} (${ownerName}'s)`, 0.8),
        evidence('sound-alike', `${word} ~ ${surnameOf(top.entity.name) ?? top.entity.name}`, top.sim),
      ],
      confidence: 0.4 + top.sim * 0.5,
    };
  }
}
