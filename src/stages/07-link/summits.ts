/**
 * Summits named by their organisation: "the G7 top", "the ASEAN summit", "a NATO peak",
 * "the Sharm el-Sheikh peace top". A name followed by "summit" — or by a word a spinner
 * puts for it ("top", "peak", "pinnacle", "apex") — is the summit event when the knowledge
 * base knows "<name> summit" as an event; the tagger usually stops at the name, so the
 * organisation would be linked in the event's place. A KB event for the article's year
 * ("2025 G7 summit", "G7 summit 2025") is taken before the recurring one. Exact lookups
 * only: a handful of Map accesses per mention followed by a summit word.
 */
import type { Mention } from '../../core/annotations.js';
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { ADJECTIVE_USE } from './spin.js';

/**
 * "summit" and what spinners put for it, after a name and up to two lower-case words
 * ("peace"); not "top" or "peak" used as an adjective ("the NATO top brass", "the G7 top
 * official"): a lower-case word after it must be a small word or a verb of meeting.
 */
const SUMMIT_AFTER = /^((?:[ -]+[a-z]+){0,2}?)[ -]+(summit|top|peak|pinnacle|apex)\b/i;

/** A mention widened over the summit word, and the event it names. */
export interface SummitMention {
  readonly mention: Mention;
  readonly entity: KbEntity;
  readonly name: string;
  /** True when the tagger's mention held the summit word and is replaced, not kept inside. */
  readonly replaces: boolean;
  /** The organisation's name inside a replaced mention, as a mention of its own. */
  readonly inner: Mention | null;
  /** What named the event when it was not its name (an election named by its country and the date). */
  readonly why?: string;
}

/** The KB event `name` stands for, the article year's first; null when the KB has none. */
function summitEvent(
  kb: KnowledgeBase,
  name: string,
  year: string | null,
): { entity: KbEntity; name: string } | null {
  const forms = year ? [`${year} ${name}`, `${name} ${year}`, name] : [name];
  for (const form of forms) {
    const hit = kb.lookup(form).find((h) => h.entity.type === 'event' && isNameOrAlias(h));
    if (hit) return { entity: hit.entity, name: form };
  }
  return null;
}

/**
 * Mentions that, with the summit word after them (or spun inside them), name a KB summit
 * event: each widened to the summit word, typed as an event, with that event.
 */
export function summitMentions(
  kb: KnowledgeBase,
  text: string,
  mentions: readonly Mention[],
  date: string | null,
): SummitMention[] {
  const out: SummitMention[] = [];
  const year = date ? date.slice(0, 4) : null;
  for (const m of mentions) {
    if (m.type === 'person') continue;
    const surface = text.slice(m.start, m.end);
    // "G7 Top" tagged whole: the summit word is inside.
    const inside = /^(.+?)[ -]+(summit|top|peak|pinnacle|apex)$/i.exec(surface);
    if (inside && !ADJECTIVE_USE.test(text.slice(m.end, m.end + 30))) {
      const found = summitEvent(kb, `${inside[1]} summit`, year);
      if (found) {
        const inner: Mention = { ...m, end: m.start + inside[1]!.length, type: 'organization' };
        out.push({ mention: { ...m, type: 'event' }, ...found, replaces: true, inner });
      }
      continue;
    }
    const after = SUMMIT_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!after || ADJECTIVE_USE.test(text.slice(m.end + after[0].length, m.end + after[0].length + 30)))
      continue;
    const found =
      summitEvent(kb, `${surface}${after[1]} summit`, year) ??
      respeltAcronymSummit(kb, surface, `${after[1]} summit`, year);
    if (found)
      out.push({
        mention: { ...m, end: m.end + after[0].length, type: 'event' },
        ...found,
        replaces: false,
        inner: null,
      });
  }
  return out;
}

/**
 * Letters a spinner or a transliteration swaps in an acronym without changing its sound:
 * "BRIKS" for BRICS, "ZCO" for SCO. Each letter of the left has the right as its one alternative.
 */
const ACRONYM_SWAPS: Readonly<Record<string, string>> = { C: 'K', K: 'C', S: 'Z', Z: 'S', I: 'Y', Y: 'I' };

/**
 * "the BRIKS summit": an acronym the KB does not know, one or two letters swapped for
 * sound-alikes (ACRONYM_SWAPS), that is exactly one organisation's name — and "<that
 * name> summit" a KB event. Null otherwise: an acronym the KB knows as written is its own.
 */
function respeltAcronymSummit(
  kb: KnowledgeBase,
  surface: string,
  between: string,
  year: string | null,
): { entity: KbEntity; name: string } | null {
  if (!/^[A-Z]{3,6}$/.test(surface) || kb.lookup(surface).length > 0) return null;
  const orgs = new Set<KbEntity>();
  for (const form of acronymRespellings(surface))
    for (const h of kb.lookup(form))
      if (h.entity.type === 'organization' && isNameOrAlias(h) && h.text === form) orgs.add(h.entity);
  if (orgs.size !== 1) return null;
  const [org] = orgs;
  return summitEvent(kb, `${org!.name}${between}`, year);
}

/** The acronym with one or two of its letters swapped (ACRONYM_SWAPS), the written form excluded. */
function acronymRespellings(acronym: string): string[] {
  const at = [...acronym].flatMap((ch, i) => (ACRONYM_SWAPS[ch] ? [i] : []));
  const swap = (s: string, i: number) => s.slice(0, i) + ACRONYM_SWAPS[s[i]!] + s.slice(i + 1);
  const out: string[] = [];
  for (let a = 0; a < at.length; a++) {
    const one = swap(acronym, at[a]!);
    out.push(one);
    for (let b = a + 1; b < at.length; b++) out.push(swap(one, at[b]!));
  }
  return out;
}
