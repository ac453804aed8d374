/**
 * Referents: the people and organisations an article speaks of, each with its name,
 * entity id, gender and role words, and every place it is mentioned. Built from the
 * link stage's entities when present (canonical names and ids), else from NER mentions
 * with a small in-document coreference: a bare surname or "Mr. Berg" joins the full
 * name it repeats ("Anna Berg").
 */
import type { Entity, EntityType, Mention } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import {
  decideGender,
  type FirstNames,
  firstNameGender,
  honorificGender,
  kbGender,
  type PersonFacts,
  pronounVotes,
} from './gender.js';
import type { Gender } from './lexicon.js';
import { isDemonym, PERSON_ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';

export interface Referent {
  readonly index: number;
  readonly name: string;
  readonly entityId: string | null;
  readonly kbId: string | null;
  readonly type: EntityType;
  gender: Gender;
  /** Lower-case words of titles and descriptions given to it ("defence", "minister"). */
  readonly roles: Set<string>;
  readonly occurrences: Span[];
}

export interface Occurrence extends Span {
  readonly referent: Referent;
}

export interface ReferentIndex {
  readonly referents: readonly Referent[];
  /** Every occurrence, ordered by start. */
  readonly occurrences: readonly Occurrence[];
}

const SPEAKING_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization']);

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w.length > 1);
}

/** Role words around one occurrence: a title before it, an appositive after or before. */
function roleWordsAround(text: string, span: Span): string[] {
  const out: string[] = [];
  // Title run before the name: "Defence Minister", "Wind Shift Capital founder".
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  // The last five words before the name (split, not a regex anchored at the end: linear).
  const tail = /\s$/u.test(before) ? before.trimEnd().split(/\s+/).slice(-5) : [];
  let from = tail.length;
  while (from > 0 && /^[\p{L}.'’-]+$/u.test(tail[from - 1]!)) from--;
  const titleWords = tail.slice(from);
  for (let i = titleWords.length - 1; i >= 0; i--) {
    const w = titleWords[i]!;
    if (/^\p{Lu}/u.test(w) || TITLE_WORDS.has(w.toLowerCase())) out.push(...words(w));
    else break;
  }
  // Appositive after: "Anna Berg, the defence minister," / "Berg, 54, a spokeswoman for X".
  const after = text.slice(span.end, span.end + 120);
  const app = /^,\s*(?:\d{1,3},\s*)?(?:the|a|an|who is the|who is a)\s+([^,.;:“”"]{3,90})/iu.exec(after);
  if (app) out.push(...words(app[1]!));
  // Appositive before: "The founder of Wind Shift Capital, Jon Smith, said".
  const pre = /(?:^|[.;:!?]\s+|\s)(?:the|a|an)\s+([^,.;:“”"]{3,90}),\s*$/iu.exec(before);
  if (pre) out.push(...words(pre[1]!));
  return out;
}

function lastWord(name: string): string {
  return name.trim().split(/\s+/).pop() ?? name;
}

/**
 * A person's name without the titles a tagger may have kept in the mention:
 * "German Chancellor Friedrich Merz" → "Friedrich Merz", "Dr. Ana Morales" → "Ana Morales".
 */
function stripHonorific(name: string): string {
  const ws = name.replace(/['’]s$/u, '').split(/\s+/);
  const isTitle = (w: string) => {
    const l = w.toLowerCase().replace(/\.$/, '');
    return TITLE_WORDS.has(l) || TITLE_WORDS.has(`${l}.`) || Object.hasOwn(PERSON_ROLE_NOUNS, l);
  };
  // Cut after the last title word that leaves a name: "Bank of England Governor Andrew Bailey".
  let cut = 0;
  for (let i = 0; i < ws.length - 1; i++)
    if (isTitle(ws[i]!) || (isDemonym(ws[i]!) && isTitle(ws[i + 1]!))) cut = i + 1;
  return ws.slice(cut).join(' ');
}

export interface ReferentOptions {
  readonly firstNames: FirstNames;
  readonly facts: PersonFacts;
}

/** Builds the referent index of an article. Linear in mentions (plus a sort). */
export function buildReferents(
  text: string,
  mentions: readonly Mention[],
  entities: readonly Entity[] | undefined,
  options: ReferentOptions,
): ReferentIndex {
  const referents: Referent[] = [];
  const occurrences: Occurrence[] = [];
  const covered = new Set<string>();
  const add = (name: string, type: EntityType, entityId: string | null, kbId: string | null): Referent => {
    const r: Referent = {
      index: referents.length,
      name,
      entityId,
      kbId,
      type,
      gender: 'unknown',
      roles: new Set(),
      occurrences: [],
    };
    referents.push(r);
    return r;
  };
  for (const entity of entities ?? []) {
    if (!SPEAKING_TYPES.has(entity.type)) continue;
    const r = add(entity.name, entity.type, entity.id, entity.kbId);
    for (const m of entity.mentions) {
      r.occurrences.push({ start: m.start, end: m.end });
      occurrences.push({ start: m.start, end: m.end, referent: r });
      covered.add(`${m.start}:${m.end}`);
    }
    if (entity.kbId) for (const role of options.facts.roles(entity.kbId)) r.roles.add(role);
  }
  // Mentions the link stage did not cover (or no link stage at all).
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const byName = new Map<string, Referent>();
  const bySurname = new Map<string, Referent>();
  for (const r of referents) {
    byName.set(r.name.toLowerCase(), r);
    if (r.type === 'person' && r.name.includes(' ')) bySurname.set(lastWord(r.name).toLowerCase(), r);
  }
  // First pass: full names, longest first, so that a surname used before its full name
  // still joins it and "De Vries" joins "Pieter de Vries".
  const byLength = [...sorted].sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const m of byLength) {
    if (!SPEAKING_TYPES.has(m.type) || covered.has(`${m.start}:${m.end}`)) continue;
    const surface = stripHonorific(text.slice(m.start, m.end).trim());
    const lowerName = surface.toLowerCase();
    const repeats = referents.some(
      (x) => x.type === 'person' && x.name.toLowerCase().endsWith(` ${lowerName}`),
    );
    if (m.type === 'person' && surface.includes(' ') && !byName.has(lowerName) && !repeats) {
      const r = add(surface, 'person', null, null);
      byName.set(surface.toLowerCase(), r);
      const key = lastWord(surface).toLowerCase();
      if (!bySurname.has(key)) bySurname.set(key, r);
    }
  }
  for (const m of sorted) {
    if (!SPEAKING_TYPES.has(m.type) || covered.has(`${m.start}:${m.end}`)) continue;
    const raw = text
      .slice(m.start, m.end)
      .trim()
      .replace(/['’]s$/u, '');
    const surface = m.type === 'person' ? stripHonorific(raw) : raw;
    const key = surface.toLowerCase();
    let r = byName.get(key);
    if (!r && m.type === 'person' && !surface.includes(' ')) r = bySurname.get(key);
    // "De Vries" repeats the end of "Pieter de Vries".
    if (!r && m.type === 'person')
      r = referents.find((x) => x.type === 'person' && x.name.toLowerCase().endsWith(` ${key}`));
    if (!r) {
      r = add(surface, m.type, null, null);
      byName.set(key, r);
    }
    r.occurrences.push({ start: m.start, end: m.end });
    occurrences.push({ start: m.start, end: m.end, referent: r });
  }
  occurrences.sort((a, b) => a.start - b.start);
  // Roles and gender, from every occurrence.
  const votes = referents.map(() => ({ male: 0, female: 0 }));
  const honorific: ('male' | 'female' | null)[] = referents.map(() => null);
  // Start of the next person occurrence after each occurrence (one backward pass).
  const nextPersonStart = new Array<number>(occurrences.length);
  let nextStart = text.length;
  for (let i = occurrences.length - 1; i >= 0; i--) {
    nextPersonStart[i] = nextStart;
    if (occurrences[i]!.referent.type === 'person') nextStart = occurrences[i]!.start;
  }
  for (let i = 0; i < occurrences.length; i++) {
    const o = occurrences[i]!;
    for (const w of roleWordsAround(text, o)) o.referent.roles.add(w);
    if (o.referent.type !== 'person') continue;
    const h = honorificGender(text.slice(Math.max(0, o.start - 6), o.start));
    if (h) honorific[o.referent.index] = h;
    // Pronouns up to the next person mention or the end of the next sentence.
    // Pronouns up to the next person, within 200 characters and the same paragraph.
    const newline = text.indexOf('\n', o.end);
    const limit = Math.min(nextPersonStart[i]!, o.end + 200, newline < 0 ? text.length : newline);
    const v = pronounVotes(text, o.end, limit);
    votes[o.referent.index]!.male += v.male;
    votes[o.referent.index]!.female += v.female;
  }
  for (const r of referents) {
    if (r.type !== 'person') {
      r.gender = 'neuter';
      continue;
    }
    r.gender = decideGender(
      kbGender(options.facts, r.kbId),
      honorific[r.index] ?? null,
      firstNameGender(options.firstNames, r.name),
      votes[r.index]!,
    );
  }
  return { referents, occurrences };
}
