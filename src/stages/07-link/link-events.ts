/**
 * Event names and descriptions. Event (and forum) names the KB knows, spun or as written
 * (event-names.ts), replacing the pieces the tagger made of them; and descriptions ("the
 * founder of Wind Shift Capital") joined to the person they stand for, next to a name or
 * in a delayed-identification lede. Separate because both find names in text the mention
 * layer did not mark as one name.
 */
import type { Evidence, Mention, Sentence } from '../../core/annotations.js';
import { normalizeName } from '../../kb/names.js';
import { type Description, findDescriptions } from './descriptions.js';
import { appositionAfter, contradictingHead, headNoun } from './descriptor.js';
import { datedNameOverPieces, EventNameMatcher } from './event-names.js';
import { evidence } from './evidence.js';
import { overlaps } from './link-mention-spans.js';
import { MissedNames } from './link-missed.js';
import { type Cluster, type Decision, refused } from './link-state.js';
import { placeBeforeLowercaseTail } from './lowercase-event-tails.js';
import { introducedByApposition } from './name-presentations.js';
import { findSpun, SUMMIT_WORDS } from './spin.js';

/** "… for lift engineers", "… for young farmers": lower-case words naming whom an event is for. */
const AUDIENCE_AFTER = /^\s+for\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*(?:s|ers|ists|ians))\b/u;

/** A preposition ending a description cut before a name: the name is its object ("the chairman of"). */
const OBJECT_PREPOSITION_END = /\s(?:of|for|at|to|with|by)$/u;

/**
 * ", organised by the city's chamber of commerce", "… hosted by a local rotary club": a local
 * organiser named right after a spun event name (after its audience, if any), which a famous
 * event of the KB does not have.
 */
const LOCAL_ORGANISER_AFTER =
  /^(?:\s+for\s+[\p{Ll}\s-]+)?\s*,\s*(?:organi[sz]ed|hosted|run|held|staged)\s+by\s+(?:the\s+|an?\s+)?(?:(?:city|town|village|county|district|borough)['’]s\s+|local\s+|(?:[\p{Ll}-]+\s+){0,2}(?=chamber of commerce\b))([\p{Ll}\s-]{3,40}?)(?=[,.;]|\s+(?:and|to|in|on)\b)/u;

export abstract class EventsAndDescriptions extends MissedNames {
  /**
   * The organisation named inside its summit ("[[Shanghai Collaboration Company] summit]"):
   * a mention of its own when the name before the summit word is a KB organisation, as
   * written or spun.
   */
  protected organiserInside(event: Mention): Mention[] {
    const surface = this.input.text.slice(event.start, event.end);
    const summit = /[ -]+(\p{L}+)$/u.exec(surface);
    if (!summit || !SUMMIT_WORDS.has(summit[1]!.toLowerCase())) return [];
    const name = surface.slice(0, surface.length - summit[0].length);
    const known =
      this.kb.lookup(name).some((h) => h.entity.type === 'organization') ||
      findSpun(this.kb.kb, name, ['organization'], this.countries) !== null;
    return known ? [{ ...event, end: event.start + name.length, type: 'organization' }] : [];
  }

  /**
   * Event (and forum) names the KB knows, spun or as written (see event-names.ts). A spun
   * name replaces the pieces the tagger made of it ("Munich" + "Safety Convention"); a name
   * as written is added only when the tagger missed it entirely.
   */
  protected eventNames(mentions: readonly Mention[]): { m: Mention; surface: string; decision: Decision }[] {
    const { text, tokens } = this.input;
    const out: { m: Mention; surface: string; decision: Decision }[] = [];
    for (const match of EventNameMatcher.for(this.kb.kb).find(text, tokens)) {
      const surface = text.slice(match.start, match.end);
      // A name as written that the tagger found, whole or in pieces, is left to the passes below
      // (which keep nested names: "NATO" in "NATO summit"); only one it missed entirely is added,
      // or a dated one ("the 2024 US presidential election") of which it found pieces only.
      // So is one whose place the tagger took without its lower-case rest ("Paris climate accord").
      if (
        match.swapped.length === 0 &&
        mentions.some((m) => overlaps(m, match)) &&
        !datedNameOverPieces(match, text, mentions) &&
        !placeBeforeLowercaseTail(match, text, mentions, (name) => this.kb.lookup(name).length > 0)
      )
        continue;
      const ev: Evidence[] =
        match.swapped.length === 0
          ? [evidence('exact-name', surface, 1)]
          : [
              evidence(
                'word-substitution',
                `${match.swapped.map(([w, c]) => `${w} for ${c}`).join(', ')} (${match.name})`,
                1 - 0.1 * match.swapped.length,
              ),
            ];
      const m: Mention = {
        start: match.start,
        end: match.end,
        type: match.entity.type,
        by: 'link',
        confidence: 0.85,
      };
      // "The Munich Safety Conference, an annual trade fair for fire protection": another kind of event.
      if (match.swapped.length > 0) {
        const apposition = appositionAfter(text, match.end);
        const head = apposition ? headNoun(apposition) : null;
        const against = contradictingHead(
          head,
          match.entity,
          apposition !== null && /^an?\s/i.test(apposition),
        );
        // "The Munich Safety Conference for lift engineers" (or "for small and medium businesses"):
        // a spun name that goes on to name an audience the KB name does not have is another event.
        const audience = AUDIENCE_AFTER.exec(text.slice(match.end, match.end + 60));
        const other =
          against ??
          (audience && !normalizeName(match.name).includes(normalizeName(audience[1]!))
            ? `for ${audience[1]}`
            : null) ??
          // "The Munich Safety Conference …, organised by the city's chamber of commerce": a local event.
          LOCAL_ORGANISER_AFTER.exec(text.slice(match.end, match.end + 140))?.[1]?.trim() ??
          null;
        if (other) {
          out.push({ m, surface, decision: refused(match.entity, other) });
          continue;
        }
      }
      this.linked.add(match.entity.id);
      out.push({
        m,
        surface,
        decision: {
          entity: match.entity,
          evidence: ev,
          confidence: match.swapped.length === 0 ? 0.95 : 0.85,
        },
      });
    }
    return out;
  }

  /**
   * Joins descriptions ("the founder of Wind Shift Capital") to the person they stand for,
   * recorded as description mentions of that person:
   * - next to a name: "Ingrid Solheim, the founder of …", "The founder of …, Ingrid Solheim,",
   *   "Wind Shift Capital founder Ingrid Solheim";
   * - the same description again, once joined;
   * - a delayed-identification lede: the description opens its sentence (after a dateline)
   *   and the first person named after it, within the next three sentences, is introduced
   *   there and nowhere described otherwise — and is not a KB figure, whom copy names at once.
   */
  protected joinDescriptions(): void {
    const { text, sentences } = this.input;
    const descriptions = findDescriptions(text);
    if (descriptions.length === 0) return;
    const people = this.clusters
      .filter((c) => c.type === 'person')
      .flatMap((cluster) => cluster.mentions.map((m) => ({ cluster, start: m.start, end: m.end })))
      .sort((a, b) => a.start - b.start);
    if (people.length === 0) return;
    const joined = new Map<string, Cluster>();
    for (const found of descriptions) {
      // A name the organisation's words ran into ("… Capital Ingrid Solheim"): the description ends before it.
      const inside = people.find((p) => p.start > found.start && p.start < found.end);
      const d: Description = inside ? { ...found, end: text.slice(0, inside.start).trimEnd().length } : found;
      // "John Podesta, the chairman of Clinton's campaign": a name right after the description's
      // preposition is the object of its words, not the person it describes.
      if (inside && OBJECT_PREPOSITION_END.test(text.slice(d.start, d.end))) continue;
      if (people.some((p) => p.start < d.end && d.start < p.end)) continue;
      const after = /^\s*,?\s*/.exec(text.slice(d.end, d.end + 4))![0].length;
      const next = people.find((p) => p.start >= d.end);
      const prev = [...people].reverse().find((p) => p.end <= d.start);
      let target: { cluster: Cluster; how: string; score: number } | null = null;
      if (next && next.start === d.end + after)
        target = { cluster: next.cluster, how: 'apposition', score: 0.9 };
      else if (prev && /^\s*,\s*$/.test(text.slice(prev.end, d.start)))
        target = { cluster: prev.cluster, how: 'apposition', score: 0.9 };
      else if (joined.has(d.key))
        target = { cluster: joined.get(d.key)!, how: 'same description', score: 0.85 };
      else if (next && this.ledeNames(d, next, sentences))
        target = { cluster: next.cluster, how: 'described, then named', score: 0.7 };
      if (!target) continue;
      joined.set(d.key, target.cluster);
      target.cluster.mentions.push({ start: d.start, end: d.end, repaired: false, description: true });
      const name = target.cluster.decision.entity?.name ?? target.cluster.surface;
      const detail = `${text.slice(d.start, d.end)} → ${name} (${target.how})`;
      target.cluster.decision.evidence.push(evidence('document-consistency', detail, target.score));
    }
  }

  /** The delayed-identification lede of {@link joinDescriptions}. */
  private ledeNames(
    d: Description,
    next: { cluster: Cluster; start: number; end: number },
    sentences: readonly Sentence[],
  ): boolean {
    const { text } = this.input;
    const at = sentences.findIndex((s) => s.start <= d.start && d.start < s.end);
    if (at < 0) return false;
    // The description opens its sentence, a dateline aside ("OSLO, March 3 (Reuters) - The founder of …").
    const opening = text.slice(sentences[at]!.start, d.start);
    if (!/^\s*(?:[^\n]*?\s[-–—]\s*)?$/.test(opening) || /\b[a-z]{4,}\b[^-–—]*$/.test(opening)) return false;
    const nameAt = sentences.findIndex((s) => s.start <= next.start && next.start < s.end);
    if (nameAt < 0 || nameAt - at > 3) return false;
    const cluster = next.cluster;
    if (cluster.decision.entity || cluster.mentions[0]!.start !== next.start) return false;
    // Introduced as somebody else: "analyst Jon Berg", "Jon Berg, an analyst at …".
    const before = text.slice(Math.max(sentences[nameAt]!.start, next.start - 40), next.start);
    if (
      /\b[A-Za-z][a-z]{2,}\s+$/.test(before) &&
      !/\b(said|says|told|added|and|but|by|from|with|to|as|that)\s+$/.test(before)
    )
      return false;
    return !introducedByApposition(text, next.end);
  }
}
