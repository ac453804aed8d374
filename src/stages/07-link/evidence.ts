/**
 * Evidence about one candidate entity for one mention: how its name compares, which
 * roles the context names, whether the document already speaks of its organisation.
 */
import type { Evidence } from '../../core/annotations.js';
import { type KbEntity, type KbRole, roleActiveOn } from '../../kb/model.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import type { MentionContext } from './context.js';
import { describedOfficePlaceNamed } from './described-offices.js';
import { cueForRole, cueText, headshipCue, WEAK_CUES } from './roles.js';

/** What the context says about a candidate's roles. */
export interface RoleEvidence {
  /** 0..1: 1 = title and organisation named next to the mention, role held on the date. */
  readonly score: number;
  readonly role: KbRole | null;
}

/** No role cue: the answer for a candidate whose roles the context does not name. */
export const NO_ROLE: RoleEvidence = { score: 0, role: null };

/** Seats of government and capitals that stand for a country in copy, beyond its names. */
const SEATS: Readonly<Record<string, readonly string[]>> = {
  US: ['US', 'U.S.', 'American', 'Washington', 'White House', 'Pentagon', 'State Department'],
  GB: ['UK', 'British', 'Britain', 'London', 'Downing Street', 'Whitehall'],
  RU: ['Kremlin', 'Moscow'],
  FR: ['Elysee', 'Élysée', 'Paris'],
  DE: ['Berlin', 'Bundestag'],
  UA: ['Kyiv', 'Kiev'],
  CN: ['Beijing'],
  IL: ['Jerusalem', 'Israeli'],
  IR: ['Tehran'],
  TR: ['Ankara'],
  JP: ['Tokyo'],
  IN: ['New Delhi', 'Delhi'],
  KP: ['Pyongyang'],
  KR: ['Seoul'],
  PL: ['Warsaw'],
  NL: ['The Hague'],
  HU: ['Budapest'],
  IT: ['Rome'],
  ES: ['Madrid'],
  CA: ['Ottawa'],
  VA: ['Vatican', 'Holy See'],
};

/**
 * Cue strings (padded cue text) under which a role's organisation or country is named.
 * They depend on the KB only: {@link OrgNames.for} shares one instance per knowledge base.
 */
export class OrgNames {
  private readonly cache = new Map<string, string[]>();
  /** The same names without a country's demonyms, per organisation (see {@link properNamedIn}). */
  private readonly properCache = new Map<string, { proper: string[]; demonyms: string[] }>();
  constructor(private readonly kb: KnowledgeBase) {}

  private static readonly shared = new PerKnowledgeBase((kb) => new OrgNames(kb));

  /** The instance of `kb`, so every document reuses the names computed for earlier ones. */
  static for(kb: KnowledgeBase): OrgNames {
    return OrgNames.shared.of(kb);
  }

  of(role: KbRole): string[] {
    const key = role.orgId ?? role.org;
    let names = this.cache.get(key);
    if (names === undefined) {
      const org = (role.orgId ? this.kb.get(role.orgId) : undefined) ?? this.kb.resolveOrg(role.org);
      const texts = org ? [org.name, ...org.names.map((n) => n.text)] : [role.org];
      // "Conservative leader", "Labour MP": a party is named by its adjective too.
      for (const t of [...texts]) {
        const adjective = /^(?:the )?(.+?) party$/i.exec(t)?.[1];
        if (adjective && adjective.split(' ').length <= 2) texts.push(adjective);
      }
      if (org?.kind === 'central-bank' && org.country) {
        // Copy names a central bank by what it is: "the US central bank", "China's central bank",
        // and by its name short of the country ("the Reserve Bank" for the Reserve Bank of India).
        const home = this.kb.resolveOrg(org.country);
        for (const c of home ? [home.name, ...home.names.map((n) => n.text)] : []) {
          texts.push(`${c} central bank`, `${c}'s central bank`, `central bank of ${c}`);
        }
        for (const t of [org.name, ...org.names.map((n) => n.text)]) {
          const short = /^(.+?) of (the )?[^ ]+( [^ ]+)?$/.exec(t)?.[1];
          if (short && short.split(' ').length >= 2) texts.push(short);
        }
      }
      if (org?.kind === 'country' && org.country) {
        // Copy names a government by its seat: "the Kremlin said President …".
        texts.push(...(SEATS[org.country] ?? []));
        const capital = /capital (.+)$/.exec(org.description ?? '')?.[1];
        if (capital) texts.push(capital);
      }
      names = [...new Set(texts.map((t) => ` ${cueText(t).trim()} `).filter((t) => t.trim().length >= 2))];
      this.cache.set(key, names);
    }
    return names;
  }

  /** True when `text` (padded cue text) names the role's organisation or country. */
  namedIn(role: KbRole, text: string): boolean {
    return this.of(role).some((n) => text.includes(n));
  }

  /**
   * True when `text` (padded cue text) names the role's organisation or country by a name,
   * or by a demonym of its institutions ("Ecuadorean President", "the Kenyan government"). A
   * demonym before anything else ("Kenyan village elder", "Two Ukrainian sisters") says where
   * somebody is from, not that the article speaks of the country's affairs: no support.
   */
  properNamedIn(role: KbRole, text: string): boolean {
    const key = role.orgId ?? role.org;
    let names = this.properCache.get(key);
    if (names === undefined) {
      const org = (role.orgId ? this.kb.get(role.orgId) : undefined) ?? this.kb.resolveOrg(role.org);
      const demonyms = (org?.names ?? [])
        .filter((n) => n.kind === 'demonym')
        .map((n) => ` ${cueText(n.text).trim()} `);
      const all = this.of(role);
      names = {
        proper: all.filter((n) => !demonyms.includes(n)),
        demonyms: all.filter((n) => demonyms.includes(n)),
      };
      this.properCache.set(key, names);
    }
    if (names.proper.some((n) => text.includes(n))) return true;
    return names.demonyms.some((d) => this.demonymOfInstitutions(d, text));
  }

  /** The text the memo below is of (the article's support cue: one per document). */
  private institutionsText = '';
  private readonly institutionsMemo = new Map<string, boolean>();

  /** True when the demonym `d` (padded cue text) stands before an institution word in `text`; memoised per text. */
  private demonymOfInstitutions(d: string, text: string): boolean {
    if (text !== this.institutionsText) {
      this.institutionsText = text;
      this.institutionsMemo.clear();
    }
    let found = this.institutionsMemo.get(d);
    if (found === undefined) {
      found = false;
      for (let at = text.indexOf(d); at >= 0 && !found; at = text.indexOf(d, at + 1))
        found = INSTITUTION_AFTER.test(text.slice(at + d.length - 1, at + d.length + 40));
      this.institutionsMemo.set(d, found);
    }
    return found;
  }
}

/** Words after a demonym that make it name the country's institutions or affairs ("Kenyan President"). */
const INSTITUTION_AFTER =
  /^ (?:\p{L}+ )?(?:president|presidency|prime minister|premier|government|parliament|congress|senate|lawmakers|army|military|forces|troops|navy|police|officials?|authorities|ministers?|ministry|foreign|defen[cs]e|leaders?|leadership|opposition|elections?|voters|court|embassy|diplomats?|envoy|state|central bank|economy|capital|border|delegation|counterpart|regime|cabinet|chancellor|king|monarch|side|politics|political|people|nation)\b/u;

/**
 * Role-cue matches in the texts of one document, remembered. Candidates share cue patterns
 * (hundreds of KB roles are a "president" or a "foreign minister") and are read against the
 * same few texts (a mention's context, the article's sentences), so each pattern runs once
 * per text. Cue patterns carry no `g` or `y` flag: a match depends on pattern and text only.
 */
/** Where `roleEvidence` reads a cue's match in a text (a memo, or matches found already). */
export interface CueSource {
  exec(cue: RegExp, text: string): RegExpExecArray | null;
}

export class CueMatches implements CueSource {
  private readonly byText = new Map<string, Map<RegExp, RegExpExecArray | null>>();

  /** `cue.exec(text)`, computed once per document; the match is shared (read it, do not change it). */
  exec(cue: RegExp, text: string): RegExpExecArray | null {
    let memo = this.byText.get(text);
    if (memo === undefined) {
      memo = new Map();
      this.byText.set(text, memo);
    }
    let m = memo.get(cue);
    if (m === undefined) {
      m = cue.exec(text);
      memo.set(cue, m);
    }
    return m;
  }
}

/**
 * The best role match of `entity` in `context`: a role title cue next to the mention,
 * with its organisation named too (full score) or not (0.6, none for weak head words),
 * held on the article date (a past office called "former" at most 0.8, any other past office
 * 0.4 of it). `cues`: the document's remembered matches.
 */
export function roleEvidence(
  entity: KbEntity,
  context: string,
  date: string | null,
  orgs: OrgNames,
  cues?: CueSource,
): RoleEvidence {
  let best = NO_ROLE;
  for (const role of entity.roles) {
    const cue = cueForRole(role);
    let m = cue ? (cues ? cues.exec(cue, context) : cue.exec(context)) : null;
    // "the Hamas leader" for a "Gaza leader" of Hamas: only with that organisation named.
    const headship = m ? null : headshipCue(role);
    if (headship) m = cues ? cues.exec(headship, context) : headship.exec(context);
    if (!m) continue;
    // "Minnesota Governor": the place the description gives the office stands for its organisation.
    const orgNamed = orgs.namedIn(role, context) || describedOfficePlaceNamed(entity, role, context);
    if (headship && !orgNamed) continue;
    const weak = WEAK_CUES.test(m[0].trim());
    let score = orgNamed ? 1 : weak ? 0 : 0.6;
    // Appointments are news before the office is taken: a role starting within weeks counts.
    // A past office called "former" is named as copy names it ("a former defence minister"):
    // as good as a title held, short of a full cue; so is one dated by "then" right before
    // the title ("Robert Kennedy, then attorney general", "the then prime minister"). Any
    // other past office counts little.
    if (date && !roleActiveOn(role, date) && !startsSoon(role, date) && !endedDaysBefore(role, date))
      score = context.includes(' former ') || pastByThen(context, m) ? Math.min(score, 0.8) : score * 0.4;
    if (score > best.score) best = { score, role };
  }
  return best;
}

/** "then attorney general": the word "then" right before the title matched in `context` (cue text). */
function pastByThen(context: string, m: RegExpExecArray): boolean {
  const at = m.index + (m[0].length - m[0].trimStart().length);
  return at >= 5 && context.startsWith('then ', at - 5);
}

/** True when `role` begins within 60 days after `date` (both ISO; a partial start counts from its first day). */
function startsSoon(role: KbRole, date: string): boolean {
  if (!role.from || role.from.length < 7 || role.from <= date) return false;
  const from = role.from.length === 7 ? `${role.from}-01` : role.from;
  return (Date.parse(from) - Date.parse(date)) / 86_400_000 <= 60;
}

/**
 * True when `role` ended at most a week before `date`: the news of how an office ended (the
 * leader killed, the president fled) is reported in the days after, and still calls the person
 * by it ("the Hamas leader", killed two days before the report).
 */
function endedDaysBefore(role: KbRole, date: string): boolean {
  if (!role.to || role.to.length < 10 || role.to >= date) return false;
  return (Date.parse(date) - Date.parse(role.to)) / 86_400_000 <= 7;
}

/** The role as evidence prose: "Secretary of Defense, US". */
export function roleDetail(role: KbRole): string {
  return `${role.role}, ${role.org}`;
}

/** True when one of the entity's roles (held on the date) belongs to an organisation in `linked`. */
export function coMentioned(
  entity: KbEntity,
  linked: ReadonlySet<string>,
  date: string | null,
): KbRole | null {
  for (const role of entity.roles) {
    if (role.orgId && linked.has(role.orgId) && !role.orgId.startsWith('cd:country/')) {
      if (!date || roleActiveOn(role, date)) return role;
    }
  }
  return null;
}

export function evidence(kind: Evidence['kind'], detail: string, score: number): Evidence {
  return { kind, detail, score: Math.round(score * 100) / 100 };
}

/** The padded cue text of a mention's surroundings. */
export function around(context: MentionContext): string {
  return context.around;
}
