/**
 * Words that name no person: the head nouns that end the names of bodies, places, laws and
 * events ("Media Research Center", "Gwinnett County", "Paris Accord") and the adjectives that
 * open names of bodies ("Supreme Court Justices", "National Education Association"), as a
 * gate on the person search a name of another type is given when it found nothing of its own
 * (link-document.ts: "tagger types are a guess"). That search only matters when it links a
 * person. A word one slip or less off a word of a KB person's name or alias ("Hall" of Jerry
 * Hall, "party" of Patty Murray, "court" of Curt Cignetti) is no gate: a mangled name may
 * write it. Built once per knowledge base.
 *
 * On the bench's 200 real news articles that search runs 650 times and links nobody; 182 of
 * its surfaces are gated. Over the linking sets, the news and the generated corpus it links
 * 50 names, none of them gated (link dump byte for byte the same with the gate).
 */
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { letterSlips, letters } from './similarity.js';

/** Head nouns that end the names of bodies (as in the NER stage's org-keywords list), places, laws and events. */
const HEAD_WORDS = [
  'academy',
  'act',
  'administration',
  'agency',
  'airlines',
  'airways',
  'alliance',
  'army',
  'assembly',
  'association',
  'authority',
  'bancorp',
  'bank',
  'board',
  'brewery',
  'brigade',
  'brigades',
  'bureau',
  'cabinet',
  'caucus',
  'center',
  'centre',
  'channel',
  'club',
  'coalition',
  'college',
  'commission',
  'committee',
  'company',
  'confederation',
  'conference',
  'congress',
  'corporation',
  'corp',
  'council',
  'court',
  'department',
  'electronics',
  'enterprises',
  'exchange',
  'federation',
  'force',
  'forces',
  'forum',
  'foundation',
  'front',
  'fund',
  'gazette',
  'government',
  'group',
  'guard',
  'herald',
  'holdings',
  'inc',
  'industries',
  'institute',
  'insurance',
  'investments',
  'journal',
  'league',
  'limited',
  'ltd',
  'media',
  'ministry',
  'motors',
  'movement',
  'navy',
  'network',
  'news',
  'office',
  'organisation',
  'organization',
  'parliament',
  'partners',
  'party',
  'petroleum',
  'pharmaceuticals',
  'police',
  'post',
  'press',
  'radio',
  'reserve',
  'school',
  'securities',
  'senate',
  'service',
  'services',
  'society',
  'software',
  'systems',
  'technologies',
  'telecom',
  'television',
  'times',
  'tribune',
  'trust',
  'union',
  'university',
  'ventures',
  'airport',
  'avenue',
  'bay',
  'beach',
  'boulevard',
  'bridge',
  'canal',
  'county',
  'district',
  'harbour',
  'harbor',
  'highway',
  'island',
  'islands',
  'lake',
  'mountains',
  'ocean',
  'park',
  'peninsula',
  'province',
  'region',
  'river',
  'road',
  'sea',
  'square',
  'station',
  'street',
  'valley',
  'accord',
  'agreement',
  'awards',
  'championship',
  'championships',
  'convention',
  'cup',
  'festival',
  'games',
  'initiative',
  'plan',
  'prize',
  'summit',
  'treaty',
] as const;

/** Adjectives that open the names of bodies and programmes ("National Review", "Supreme Court Justices"). */
const OPENING_WORDS = [
  'american',
  'british',
  'central',
  'chinese',
  'communist',
  'constitutional',
  'democratic',
  'eastern',
  'european',
  'federal',
  'foreign',
  'general',
  'global',
  'homeland',
  'independent',
  'international',
  'national',
  'northern',
  'offshore',
  'presidential',
  'public',
  'republican',
  'royal',
  'social',
  'socialist',
  'southern',
  'strategic',
  'supreme',
  'united',
  'western',
  'world',
] as const;

export class BodyHeads {
  /** Head words (last) and opening words (first) no KB person's name word is one slip or less off. */
  private readonly heads: ReadonlySet<string>;
  private readonly openers: ReadonlySet<string>;

  private constructor(kb: KnowledgeBase) {
    const heads = HEAD_WORDS.map((w) => letters(w));
    const openers = OPENING_WORDS.map((w) => letters(w));
    const near = wordsNearPeople(kb, [...heads, ...openers]);
    this.heads = new Set(heads.filter((l) => !near.has(l)));
    this.openers = new Set(openers.filter((l) => !near.has(l)));
  }

  /**
   * Whether `surface` (two words or more) ends in a head word of bodies, places or events, or
   * opens with an adjective of bodies, that no KB person's name has within one slip: such a
   * surface names no KB person, nor a slip of one.
   */
  namesNoPerson(surface: string): boolean {
    const words = surface.trim().split(/\s+/);
    if (words.length < 2) return false;
    return this.heads.has(letters(words[words.length - 1]!)) || this.openers.has(letters(words[0]!));
  }

  /** The words kept as gates, as `letters` leaves them (for tests). */
  gates(): { readonly heads: ReadonlySet<string>; readonly openers: ReadonlySet<string> } {
    return { heads: this.heads, openers: this.openers };
  }

  private static readonly shared = new PerKnowledgeBase((kb) => new BodyHeads(kb));

  /** The gates of `kb` (pass the shared KB, not a per-document wrapper), built on first use. */
  static for(kb: KnowledgeBase): BodyHeads {
    return BodyHeads.shared.of(kb);
  }
}

/**
 * The words of `words` (as `letters` leaves them) one slip or less ({@link letterSlips}) off
 * a word of a KB person's name or alias. Two such words share a form once one letter or none
 * is dropped from each; so each person's word is looked up by its forms among the forms of
 * `words` (a small map), and only the pairs that share one are measured.
 */
function wordsNearPeople(kb: KnowledgeBase, words: readonly string[]): Set<string> {
  const byForm = new Map<string, string[]>();
  for (const w of words) {
    for (const form of formsOf(w)) {
      const list = byForm.get(form);
      if (!list) byForm.set(form, [w]);
      else if (!list.includes(w)) list.push(w);
    }
  }
  // (People share given names and surnames: each written word is reduced once.)
  const written = new Set<string>();
  for (const entity of kb.entities()) {
    if (entity.type !== 'person') continue;
    for (const word of entity.name.split(/[\s-]+/)) written.add(word);
    for (const n of entity.names) for (const word of n.text.split(/[\s-]+/)) written.add(word);
  }
  const near = new Set<string>();
  for (const word of written) {
    const l = letters(word);
    if (l.length === 0) continue;
    for (let i = -1; i < l.length; i++) {
      const form = i < 0 ? l : l.slice(0, i) + l.slice(i + 1);
      const list = byForm.get(form);
      if (list) for (const w of list) if (!near.has(w) && letterSlips(l, w, 1) <= 1) near.add(w);
    }
  }
  return near;
}

/** `l` and each of its one-letter deletions. */
function formsOf(l: string): string[] {
  const forms = [l];
  for (let i = 0; i < l.length; i++) forms.push(l.slice(0, i) + l.slice(i + 1));
  return forms;
}
