/**
 * The article's support for a candidate entity, shared by the repair passes: role cues
 * elsewhere in the article, the kinds of corroboration (organisations it leads, people it
 * works with, its country), words that place a person before adulthood or in private life,
 * the pick between namesakes by context, and spun (thesaurus-swapped) names. Separate
 * because pass 2 (sound-alikes) and pass 3 (one-word names) weigh the same evidence.
 */
import type { EntityType } from '../../core/annotations.js';
import { isNameOrAlias, type KbEntity, roleActiveOn } from '../../kb/model.js';
import { arabicNameForm, normalizeName } from '../../kb/names.js';
import { affiliationAfter, belongsTo } from './affiliations.js';
import { COMPATIBLE } from './candidate-search.js';
import { type MentionContext, sentenceOf } from './context.js';
import { namedInDescription } from './description-names.js';
import { contradictingHead } from './descriptor.js';
import { evidence, NO_ROLE, type RoleEvidence, roleEvidence } from './evidence.js';
import { bodyOfOtherCountry, countryNamedBefore, countryOfPlaceAfter } from './foreign-bodies.js';
import { PlaceReadings } from './link-places.js';
import { type Decision, nil, refused } from './link-state.js';
import { namedOnlyInLocalBusinesses } from './local-businesses.js';
import { NationalBodies } from './national-bodies.js';
import { cueWithoutOthersDescriptions } from './others-descriptions.js';
import { type EraCue, eraCue, eraFit } from './past-eras.js';
import { everydayLifeIn, privateLifeIn } from './public-and-private-life.js';
import { rivalBodyNamed } from './rival-bodies.js';
import { cueForRole, cueText, headshipCue } from './roles.js';
import { letterSlips, letters } from './similarity.js';
import { findSpun } from './spin.js';
import { bodyOfUnnamedCountry, isGenericBodyKind } from './unnamed-country-bodies.js';

/**
 * A name followed by a plural of the people of a body ("Supreme Court Justices", "Senate
 * staffers"), or a judge's title before the name ("Supreme Court Justice Antonin Scalia").
 */
const MEMBERS_AFTER =
  /^(.+?)\s+(?:[Jj]ustices?|[Jj]udges?|[Mm]embers|[Oo]fficials|[Ll]awmakers|[Ss]taffers|[Ll]eaders|[Dd]elegates|[Ee]mployees|[Ww]orkers|[Oo]fficers|[Aa]gents|[Tt]roops|[Ss]oldiers|[Pp]layers|[Ff]ans|[Ss]upporters|[Vv]oters|[Cc]ommissioners|[Tt]rustees|[Dd]irectors|[Ss]enators|[Cc]ongressmen)$/u;

/** `date` (ISO) moved by whole years. */
function shiftYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** Capitalised words of KB descriptions that name no particular sphere. */
const GENERIC_CAPITALS = new Set(
  `president prime minister chancellor secretary general united states republic democratic national party
  chief executive officer former vice chair chairman governor bank central federal state senator member
  house senate council commission leader king queen prince crown first deputy foreign finance defence
  defense interior justice affairs supreme court army navy force forces people peoples socialist
  conservative liberal labour labor christian union european international world new north south east west
  since until from born`.split(/\s+/),
);

/** How many kinds of support the article gives a candidate (see `corroboration`), with prose. */
export interface Corroboration {
  readonly count: number;
  readonly details: readonly string[];
}

/**
 * What a point of era fit (past-eras.ts) weighs among namesakes: more than a title cue without
 * its organisation plus the gap in prominence, so a dated sentence outweighs a famous name.
 */
const ERA_WEIGHT = 12;

/** Verbs of saying (cue text): what stands before them is their subject, not the name after them. */
const SAYING = /^(said|says|stated|states|told|added|announced|confirmed|reported|claimed|insisted|warned)$/;

const EVENT_OR_BODY: readonly EntityType[] = ['event', 'organization'];

/** The types a spun name of a mention of `type` may be: a forum tagged as an event is the organisation that holds it. */
export function spunTypes(type: EntityType): readonly EntityType[] {
  return type === 'event' ? EVENT_OR_BODY : COMPATIBLE[type];
}

/** Particles of names, shared by unrelated names ("al", "abu", "bin", "van"). */
const NAME_PARTICLES = new Set([
  'abu',
  'abd',
  'bin',
  'ibn',
  'bint',
  'van',
  'von',
  'der',
  'den',
  'del',
  'della',
  'dos',
  'das',
]);

/** The distinct cue patterns of an entity's roles, in role order (a fact of the KB, kept with the entity). */
const cuesOfEntity = new WeakMap<KbEntity, readonly RegExp[]>();

export function entityCues(entity: KbEntity): readonly RegExp[] {
  let cues = cuesOfEntity.get(entity);
  if (!cues) {
    const own = new Set<RegExp>();
    for (const role of entity.roles) {
      const cue = cueForRole(role);
      if (cue) own.add(cue);
      const headship = headshipCue(role);
      if (headship) own.add(headship);
    }
    cues = [...own];
    cuesOfEntity.set(entity, cues);
  }
  return cues;
}

/**
 * How many of the `max` words before a name at `start` may describe it: those after a colon
 * are the name's, those before it a label or a heading ("Russian copy: Sean Beiker's film",
 * "Translated roundup: …") that says where the copy comes from, not who the person is.
 */
function labelledWordsBefore(text: string, start: number, max: number): number {
  const before = text.slice(Math.max(0, start - 60), start);
  const colon = before.lastIndexOf(':');
  if (colon < 0) return max;
  const after = before.slice(colon + 1).trim();
  return after === '' ? 0 : Math.min(max, after.split(/\s+/).length);
}

export abstract class ArticleSupport extends PlaceReadings {
  /** Role cues found elsewhere in the article, per candidate. */
  private readonly documentRoles = new Map<KbEntity, RoleEvidence>();

  /**
   * Among namesakes: the one the context speaks of, else the most prominent. The context is
   * read only for an entity with roles (an organisation or place without any needs none).
   */
  protected pickByContext(
    entities: readonly KbEntity[],
    context: () => MentionContext,
  ): { entity: KbEntity; role: RoleEvidence } {
    let best = { entity: entities[0]!, role: { score: 0, role: null } as RoleEvidence, score: -1 };
    // "Sudan's army chief … the RSF": of bodies sharing a name, the one of a country the article
    // names (not among places: "Birmingham" in a US article is still most often England's).
    const byCountry =
      entities.length > 1 &&
      entities.every((e) => e.type === 'organization') &&
      entities.some((e) => e.country !== entities[0]!.country);
    // "the late dictator Ferdinand Marcos", "Charles III, the 18th-century king": of people
    // sharing a name, the one whose time the sentence names (past-eras.ts).
    const era =
      entities.length > 1 && entities.some((e) => e.type === 'person') ? this.eraCueOf(context()) : null;
    for (const e of entities) {
      // Bearers share titles: each cue is run once on the context (this.cues remembers it).
      const role =
        e.roles.length === 0
          ? NO_ROLE
          : roleEvidence(e, context().around, this.input.date, this.orgs, this.cues);
      const home = byCountry && e.country !== null && this.countries.has(e.country) ? 1.5 : 0;
      const score = role.score * 10 + e.prominence + home + (era ? eraFit(e, era) * ERA_WEIGHT : 0);
      if (score > best.score) best = { entity: e, role, score };
    }
    return best;
  }

  /** The era cue of a mention's sentence (past-eras.ts), or null. */
  private eraCueOf(context: MentionContext): EraCue | null {
    return eraCue(context.text, context.span.start, context.span.end);
  }

  /**
   * True when the words next to the mention name a country ("the Italian chamber") that is
   * neither the candidate's nor one of its roles': a sign of a namesake.
   */
  protected otherCountryNamed(context: MentionContext, entity: KbEntity, start: number): boolean {
    // Only what describes the person: the words just before the name, and an apposition after it.
    const rightWords = context.right.trim().split(' ');
    const apposition = /^(a|an|the|who|whose)$/.test(rightWords[0] ?? '');
    const described = labelledWordsBefore(this.input.text, start, 3);
    const leftWords = described === 0 ? [] : context.left.trim().split(' ').slice(-described);
    // "The Israeli military said Yehya Al-Sinwar …": words before a verb of saying are its subject's.
    const left = SAYING.test(leftWords[leftWords.length - 1] ?? '') ? '' : leftWords.join(' ');
    const near = `${left} ${apposition ? rightWords.slice(0, 8).join(' ') : ''}`;
    const own = new Set([
      entity.country,
      ...entity.roles.map((r) => (/^[A-Z]{2}$/.test(r.org) ? r.org : null)),
    ]);
    // "Roberto Fico of the Five Star Movement": a party or country of another, said right after.
    const of = affiliationAfter(this.input.text, context.span.end, (name) => this.kb.lookup(name));
    if (of && !own.has(of.country) && !belongsTo(entity, of)) return true;
    const words = near.split(' ');
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      // "At the summit in Singapore, Pete Hegseth": where a thing happens does not describe him.
      if (word.length < 4 || words[i - 1] === 'in' || words[i - 1] === 'at') continue;
      const country = this.kb
        .lookup(word)
        .find((h) => h.entity.kind === 'country' && (h.kind === 'demonym' || h.kind === 'name'))
        ?.entity.country;
      if (country && !own.has(country)) return true;
    }
    return false;
  }

  /** Fewest plain letter slips (up to 4) between a surface and the entity's name or aliases. */
  protected slipsTo(surface: string, entity: KbEntity): number {
    const l = letters(arabicNameForm(surface));
    let best = letterSlips(l, letters(arabicNameForm(entity.name)), 3);
    for (const n of entity.names) {
      if (best === 0) break;
      if (isNameOrAlias(n)) best = Math.min(best, letterSlips(l, letters(arabicNameForm(n.text)), 3));
    }
    return best;
  }

  /** A role cue for this candidate anywhere in the article (title and organisation together). */
  protected documentRole(entity: KbEntity): RoleEvidence {
    let found = this.documentRoles.get(entity);
    if (found === undefined) {
      found = { score: 0, role: null };
      // No title of the entity anywhere in the article: no sentence needs reading.
      if (entityCues(entity).some((cue) => this.cues.exec(cue, this.documentCue) !== null)) {
        for (const s of this.sentenceCues) {
          const r = roleEvidence(entity, s, this.input.date, this.orgs, this.cues);
          if (r.score >= 1) {
            found = r;
            break;
          }
          if (r.score > found.score) found = r;
        }
        if (found.score < 0.9) found = { score: 0, role: null };
      }
      this.documentRoles.set(entity, found);
    }
    return found;
  }

  /**
   * True when a mention of `entity` already linked stands in the sentence of `start`…`end`,
   * apart from it, written with a word of this one ("Bart De Wever" of "Bart De Weerdt"; not
   * "Robert Prevost … took the name Lion XIV", another name of the same man). Read only for
   * an entity the article has linked.
   */
  protected namedExactlyInSentence(entity: KbEntity, start: number, end: number): boolean {
    const { text } = this.input;
    const sentence = sentenceOf(this.input.sentences, { start, end }, text.length);
    // (Particles are no shared word: "al-Sharaa" and "Abu Mohammed al-Jolani".)
    const words = new Set(
      normalizeName(text.slice(start, end))
        .split(' ')
        .filter((w) => w.length >= 3 && !NAME_PARTICLES.has(w)),
    );
    return this.clusters.some(
      (c) =>
        c.decision.entity === entity &&
        c.mentions.some(
          (m) =>
            m.start >= sentence.start &&
            m.end <= sentence.end &&
            (m.end <= start || m.start >= end) &&
            normalizeName(text.slice(m.start, m.end))
              .split(' ')
              .some((w) => words.has(w)),
        ),
    );
  }

  /**
   * A spun organisation or event name ("Financial institution of England"): a word-by-word
   * synonym match to one KB name, unless the words describing the mention contradict it
   * ("the Munich Safety Convention, a fire-safety trade fair").
   */
  protected spun(surface: string, type: EntityType, lazyContext: () => MentionContext): Decision {
    // "Supreme Court Justices": a body's name written exactly (or a country's generic body,
    // national-bodies.ts), then its people; no other body's spun name ("Supreme Tribunal of Justice").
    const members = MEMBERS_AFTER.exec(surface)?.[1];
    if (
      members &&
      (this.kb.lookup(members).some(isNameOrAlias) ||
        NationalBodies.for(this.kb.kb).bodies(members).length > 0)
    )
      return nil();
    // A forum tagged as an event is the organisation that holds it ("Globe Economic Online Forum").
    const match = findSpun(this.kb.kb, surface, spunTypes(type), this.countries);
    if (!match) return nil();
    const context = lazyContext();
    const against = contradictingHead(context.head, match.entity, context.headIndefinite);
    if (against) return refused(match.entity, against);
    // "the Israeli Defense Ministry" is no US department, whatever its words match.
    if (bodyOfOtherCountry(this.kb.kb, context.text, context.span.start, match.entity)) {
      // "Chinese Commerce Ministry": that country's own body of the generic name, when the KB
      // has exactly one (national-bodies.ts), rather than nothing (acc26-link-b).
      const owner = countryNamedBefore(this.kb.kb, context.text, context.span.start);
      const own = NationalBodies.for(this.kb.kb)
        .bodies(surface)
        .filter((b) => b.country === owner);
      if (own.length === 1)
        return this.linkedBy(
          own[0]!.entity,
          evidence('co-mention', `${surface} of ${owner}, named before it`, 0.8),
          0.8,
        );
      return refused(match.entity, 'another country’s body');
    }
    // "the Superior Court of Justice in Toronto": a generic body (a court, a ministry) said to
    // sit in another country's town is that country's, not the KB's body its words match
    // (Israel's "High Court of Justice").
    if (isGenericBodyKind(match.entity.kind) && match.entity.country !== null) {
      const seat = countryOfPlaceAfter(this.kb.kb, context.text, context.span.end);
      if (seat !== null && seat !== match.entity.country)
        return refused(match.entity, 'a body of the town named after it');
    }
    // "The Interior Ministry" of a story set in Georgia: not a body of a country it never names
    // ("China's Overseas Ministry" in a story set in Tokyo is named as China's).
    if (
      countryNamedBefore(this.kb.kb, context.text, context.span.start) !== match.entity.country &&
      bodyOfUnnamedCountry(this.kb.kb, this.input.text, this.input.mentions, match.entity)
    )
      return refused(match.entity, 'a body of a country the article does not name');
    // "The Federal Book Bank …, President Joachim Nagel said": the Bundesbank, not the Fed.
    const rival = rivalBodyNamed(
      this.kb.kb,
      this.input.text,
      this.input.mentions,
      match.entity,
      this.input.date,
    );
    if (rival) return refused(match.entity, rival);
    this.linked.add(match.entity.id);
    return {
      entity: match.entity,
      evidence: [
        evidence('word-substitution', `${surface} ~ ${match.name} (${match.swaps.join(', ')})`, 0.8),
      ],
      confidence: 0.75,
    };
  }

  /** The earliest year the article names (a four-digit number from 1000 on), read once; null when none. */
  private earliestYearCache: number | null | undefined;

  /**
   * True when the article names a year before `entity` came of age (born + 18): "Robert F.
   * Kennedy died on this day in 1968", "Charles I was executed … in 1649" speak of history,
   * of a namesake or a forebear, not of a person of today known by a near spelling.
   */
  protected yearBeforeAdulthood(entity: KbEntity): boolean {
    if (this.earliestYearCache === undefined) {
      let earliest: number | null = null;
      // "the first such defeat since 1962": a year after "since" measures the news against
      // history; it dates no person of the article.
      for (const m of this.input.text.matchAll(/(?<![\d,.]|\bsince\s)(1\d{3}|20\d{2})(?!\d|[,.]\d)/gi)) {
        const year = Number(m[1]);
        if (earliest === null || year < earliest) earliest = year;
      }
      this.earliestYearCache = earliest;
    }
    return (
      entity.born !== null && this.earliestYearCache !== null && this.earliestYearCache < entity.born + 18
    );
  }

  /**
   * True when the article speaks of no private life, apart from the words presenting the other
   * people it names, and of nothing of everyday life.
   */
  protected noPrivateLifeApartFromOthers(surface: string): boolean {
    if (everydayLifeIn(this.documentCue) !== null) return false;
    if (privateLifeIn(this.documentCue) === null) return true;
    // "Tailor Swift thanked the police": the name's own words are no private life of the article
    // (blanked, offsets kept, only when they hold such a word; session acc27-link-a).
    const text =
      privateLifeIn(` ${cueText(surface)} `) === null
        ? this.input.text
        : this.input.text.split(surface).join(' '.repeat(surface.length));
    return (
      privateLifeIn(cueWithoutOthersDescriptions(text, this.input.mentions, 0, text.length, surface)) === null
    );
  }

  /**
   * Whether the article writes the body's name `name` only as the first word of local
   * businesses' names ("Apple Valley Orchards, a cider maker"): no mention of the body then.
   */
  private onlyInLocalBusinesses(name: string): boolean {
    return namedOnlyInLocalBusinesses(this.input.text, name, (n) => this.kb.lookup(n).length > 0);
  }

  /**
   * How the article speaks of a candidate's sphere, anywhere in its text: an organisation
   * or country of one of its roles held on the date (or a linked entity that is one), a
   * title it holds, its own country. Each kind counts once.
   */
  protected corroboration(entity: KbEntity): Corroboration {
    const details: string[] = [];
    let org = false;
    let orgFrom = '';
    let title = false;
    const date = this.input.date;
    for (const role of entity.roles) {
      // Roles held on the date, or left within two years ("succeeding Charles Michel").
      if (date && !roleActiveOn(role, date) && !(role.to && role.to >= shiftYears(date, -2))) continue;
      if (
        !org &&
        ((role.orgId && this.linked.has(role.orgId)) ||
          (this.orgs.properNamedIn(role, this.supportCue) && !this.onlyInLocalBusinesses(role.org)))
      ) {
        org = true;
        orgFrom = role.org;
        details.push(`article names ${(role.orgId && this.kb.get(role.orgId)?.name) || role.org}`);
      }
      const cue = cueForRole(role);
      const m = cue ? this.cues.exec(cue, this.supportCue) : null;
      if (!title && m) {
        title = true;
        details.push(`article says "${m[0].trim()}" (${role.role})`);
      }
    }
    let country = false;
    if (entity.country && orgFrom !== entity.country) {
      const home = this.kb.resolveOrg(entity.country);
      const asRole = { role: '', org: entity.country, orgId: home?.id ?? null, from: null, to: null };
      // A demonym alone says where somebody is from; with a body or figure of the country
      // linked too ("Viktor Orban's Fidesz"), the article speaks of the country's affairs.
      if (
        home &&
        (this.orgs.properNamedIn(asRole, this.supportCue) ||
          (this.orgs.namedIn(asRole, this.supportCue) && this.linksOtherOf(entity)))
      ) {
        country = true;
        details.push(`article names ${home.name}`);
      }
    }
    // Proper names of its description the article uses too ("Trump son-in-law", "CEO of Nvidia").
    let described = false;
    // Not words of the candidate's own names ("Jong" of "Kim Jong Un" in Kim Yo Jong's description).
    const own = ` ${[entity.name, ...entity.names.map((n) => n.text)].map(normalizeName).join(' ')} `;
    for (const word of (entity.description ?? '').match(/\p{Lu}[\p{L}-]{3,}/gu) ?? []) {
      if (GENERIC_CAPITALS.has(word.toLowerCase()) || own.includes(` ${normalizeName(word)} `)) continue;
      // "French" of "French far-right leader" when the article's "French" already counted as the country.
      if (
        country &&
        this.kb.lookup(word).some((h) => h.entity.kind === 'country' && h.entity.country === entity.country)
      )
        continue;
      if (new RegExp(`\\b${word}\\b`, 'u').test(this.input.text) && !this.onlyInLocalBusinesses(word)) {
        described = true;
        details.push(`article names ${word} (from the KB description)`);
        break;
      }
    }
    // "Son of Joe Biden": a full name of its description the article writes whole (the words
    // of the candidate's own names, too short or skipped above, count together here).
    if (!described) {
      const kin = namedInDescription(entity.description, this.input.text, own);
      if (kin) {
        described = true;
        details.push(`article names ${kin} (from the KB description)`);
      }
    }
    return { count: Number(org) + Number(title) + Number(country) + Number(described), details };
  }

  /** Per country code: the people and bodies of that country the article names exactly (see linksOtherOf). */
  private namedOfCountry: Map<string, KbEntity[]> | null = null;

  /**
   * True when the article names exactly a person or body of `entity`'s country other than
   * `entity` ("Viktor Orban's Fidesz" for a Hungarian politician).
   */
  private linksOtherOf(entity: KbEntity): boolean {
    if (!entity.country) return false;
    if (this.namedOfCountry === null) {
      this.namedOfCountry = new Map();
      const text = this.input.text;
      for (const m of this.input.mentions) {
        if (m.type !== 'person' && m.type !== 'organization') continue;
        const surface = text.slice(m.start, m.end).replace(/['’]s$/u, '');
        for (const h of this.kb.lookup(surface)) {
          const e = h.entity;
          if ((h.kind !== 'name' && h.kind !== 'alias') || !e.country || e.type === 'location') continue;
          const list = this.namedOfCountry.get(e.country) ?? [];
          list.push(e);
          this.namedOfCountry.set(e.country, list);
        }
      }
    }
    return (this.namedOfCountry.get(entity.country) ?? []).some((e) => e !== entity);
  }
}
