/**
 * Mention spans before linking: where the tagger's spans are wrong for the KB — a gloss or a
 * given name left outside a name, compounds the KB knows ("Nobel Prize in Literature"), a
 * facility named after its place, a body name run into a person's, spun names the tagger
 * split. Separate because it changes which mentions there are, not what they link to.
 */
import type { EntityType, Mention } from '../../core/annotations.js';
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import { NAMES_AND_ALIASES } from './candidate-search.js';
import type { MentionContext } from './context.js';
import { evidence } from './evidence.js';
import { OneWordNames } from './link-one-word.js';
import { isPersonLike } from './link-sound-alikes.js';
import type { Decision, Prepared } from './link-state.js';
import { spunTypes } from './link-support.js';
import { deglossName, glossContinuation } from './name-glosses.js';
import { ANY_ROLE_CUE, cueText, mayHaveRoleCue } from './roles.js';
import { adjustMentions, hasWords, titleHeadAtEnd, wordEnds } from './spans.js';
import { findSpun, SUMMIT_WORDS, spunSpans } from './spin.js';
import { isSpinnerWord } from './spinner-lexicon.js';

/** The preposition between two mentions that may together be one name ("Nobel Prize in Literature"). */
const LINKING_WORD = /^ (?:in|of|for|on) $/;

/**
 * A preposition and one or two capitalised words after a mention: the whole as group 0, up
 * to the first word as group 1 ("in Literature", "of Merit").
 */
const CAPITALS_AFTER_LINK = /^( (?:in|of|for|on) \p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)?/u;

/** One word that is a title, not a name ("Head", "President", "Minister"). */
export function isLoneTitle(surface: string): boolean {
  if (/\s/.test(surface.trim())) return false;
  const cue = ` ${cueText(surface)} `;
  return mayHaveRoleCue(cue) && ANY_ROLE_CUE.test(cue);
}

/** Abbreviated words of place names, and what they stand for ("Sq." → Square). */
const PLACE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  sq: 'Square',
  ave: 'Avenue',
  blvd: 'Boulevard',
  rd: 'Road',
  mt: 'Mount',
  ft: 'Fort',
  pt: 'Port',
};

const ABBREVIATION_WORD = /(?<=\s|^)(Sq|Ave|Blvd|Rd|Mt|Ft|Pt)\b\.?/g;

/** `surface` with abbreviated words of place names written out, or null when it has none. */
export function withAbbreviationsOut(surface: string): string | null {
  let changed = false;
  const out = surface.replace(ABBREVIATION_WORD, (_w: string, word: string) => {
    changed = true;
    return PLACE_ABBREVIATIONS[word.toLowerCase()]!;
  });
  return changed ? out.trim().replace(/[.,;:]$/, '') : null;
}

/** Up to three lower-case words (or particles) after a mention: "air base", "el-Sheikh". */
const LOWER_TAIL = /^(?:\s+\p{Ll}[\p{L}-]*){1,3}/u;

/** One to three capitalised words right before a mention ("Turning Point [USA]"). */
const CAPITAL_LEAD = /(?<![\p{L}'’.&-])(?:\p{Lu}[\p{L}'’.&-]*\s+){1,3}$/u;

/** A capitalised word and "and" (or "&") right before a mention: "Belt and [Road Initiative]". */
const AND_LEAD = /(?<![\p{L}'’.&-])(\p{Lu}[\p{L}'’-]*)\s+(?:and|&)\s+$/u;

/** The facility noun ending a lower-case tail after a place ("nuclear plant", "airport"). */
const FACILITY_END =
  /\s(?:plant|station|airport|dam|reactor|port|harbou?r|base|bridge|prison|stadium|mine|refinery|pipeline|terminal|canal)$/;

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export abstract class MentionSpans extends OneWordNames {
  /**
   * "Christine" + "the Guard", "Mohammed" + "son of Salman": a person mention the tagger cut
   * before a translated article or particle takes in the rest when the whole, put back
   * (name-glosses.ts), is a KB person's name; the mentions inside the rest are dropped.
   */
  protected withGlossContinuations(mentions: readonly Mention[]): readonly Mention[] {
    let out: Mention[] | null = null;
    for (const m of mentions) {
      if (m.type !== 'person') continue;
      const end = glossContinuation(this.input.text, m.end);
      if (end === null) continue;
      const surface = this.input.text.slice(m.start, end);
      if (!deglossName(surface).some((v) => this.personNamed(v.name))) continue;
      out = (out ?? [...mentions]).filter((x) => x === m || x.end <= m.end || x.start >= end);
      out[out.indexOf(m)] = { ...m, end };
    }
    return out ?? mentions;
  }

  /**
   * "inventor [Nikola] [Tesla]": a capitalised word the KB does not know, right before a
   * one-word organisation or place mention, makes with it a name the KB does not know
   * either — a person's, whose surname happens to name a company. The two become one person
   * mention (left unlinked unless the pair is a KB person's sound-alike).
   */
  protected withGivenNames(mentions: readonly Mention[]): readonly Mention[] {
    const { text } = this.input;
    let out: Mention[] | null = null;
    for (let i = 1; i < mentions.length; i++) {
      const first = mentions[i - 1]!;
      const second = mentions[i]!;
      if (second.type !== 'organization' && second.type !== 'location') continue;
      if (
        first.type === 'location' ||
        first.type === 'organization' ||
        text.slice(first.end, second.start) !== ' '
      )
        continue;
      const given = text.slice(first.start, first.end);
      const surname = text.slice(second.start, second.end);
      // A given name: not an adjective by its ending ("Catholic", "Scottish", "Federal").
      if (
        !/^\p{Lu}\p{Ll}+$/u.test(given) ||
        /(ic|ish|ese|ist|al|ern|ox)$/.test(given) ||
        surname.includes(' ')
      )
        continue;
      // Not a sentence opener, and nothing the KB knows ("Serbian Tesla", "French Total").
      const before = text.slice(Math.max(0, first.start - 2), first.start);
      if (first.start === 0 || /[.!?]\s*$/.test(before) || /^\s*$/.test(text.slice(0, first.start))) continue;
      // Only where the surname alone would link to a company or place the KB knows.
      if (
        this.kb.lookup(given).length > 0 ||
        this.kb.lookup(`${given} ${surname}`).length > 0 ||
        this.kb.lookup(surname).length === 0
      )
        continue;
      out ??= [...mentions];
      const at = out.indexOf(first);
      out.splice(at, 2, { ...first, end: second.end, type: 'person' });
    }
    return out ?? mentions;
  }

  /** Whether the mention's text is a country's name ("USA"): only such a mention is widened over a body's name before it. */
  private namesCountry(m: Mention): boolean {
    return this.kb.lookup(this.input.text.slice(m.start, m.end)).some((h) => h.entity.kind === 'country');
  }

  /**
   * The mention widened over a preposition and one or two capitalised words no mention
   * covers ("[Nobel Prize] in Literature", "[Order] of Merit") when the whole is a KB name
   * of anything but a person, else null.
   */
  private namedAfterLink(m: Mention, next: Mention | undefined): Mention | null {
    const { text } = this.input;
    const after = CAPITALS_AFTER_LINK.exec(text.slice(m.end, m.end + 48));
    if (!after) return null;
    for (const length of [after[0].length, after[1]!.length]) {
      const end = m.end + length;
      if (next && next.start < end) continue;
      const entity = this.kb
        .lookup(text.slice(m.start, end))
        .find((h) => h.entity.type !== 'person' && isNameOrAlias(h))?.entity;
      if (entity) return { ...m, end, type: entity.type };
    }
    return null;
  }

  /**
   * "Beijing's Belt and [Road Initiative]": a capitalised word and "and" (or "&") right before
   * the mention `list[i]`, left out by the tagger or a mention of its own ("[Procter] &
   * [Gamble]"), with it a KB name of anything but a person — the tagger broke the name at the
   * conjunction. The joined mention and the index of the first mention it replaces, else null.
   * Session acc26-link-b. Cost: the caller tests one character ("d" or "&" two before the
   * mention); then one anchored regex on 40 characters and one KB lookup.
   */
  private joinedOverAnd(list: readonly Mention[], i: number): { mention: Mention; from: number } | null {
    const { text } = this.input;
    const m = list[i]!;
    const lead = AND_LEAD.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!lead) return null;
    const start = m.start - lead[0].length;
    const prev = list[i - 1];
    let from = i;
    if (prev && prev.end > start) {
      // Only a mention of the word itself, of a type that may be part of a body's name.
      if (prev.start !== start || prev.end !== start + lead[1]!.length || prev.type === 'person') return null;
      from = i - 1;
    }
    const whole = this.kb
      .lookup(text.slice(start, m.end))
      .find((h) => h.entity.type !== 'person' && isNameOrAlias(h))?.entity;
    return whole ? { mention: { ...m, start, type: whole.type }, from } : null;
  }

  /** Scratch of `withKnownCompounds`: the word ends of one mention's lower-case tail. */
  private readonly tailEnds: number[] = [];

  /**
   * Names of places and bodies the tagger cut: "[Ramstein] air base", "[Sharm]
   * el-Sheikh" (lower-case words after the mention) and "[Grand Ethiopian] [Renaissance Dam]"
   * (two mentions side by side) become one mention when together they are a KB name, written
   * as the KB writes it but for case.
   */
  protected withKnownCompounds(mentions: readonly Mention[]): readonly Mention[] {
    const { text } = this.input;
    const known = (from: number, to: number) =>
      this.kb
        .lookup(text.slice(from, to))
        // Not events: "[G7] summit" keeps the organisation's mention inside the event's (summits.ts).
        .find((h) => h.entity.type !== 'person' && h.entity.type !== 'event' && isNameOrAlias(h))?.entity;
    let out: Mention[] | null = null;
    for (let i = 0; i < (out ?? mentions).length; i++) {
      const list = out ?? mentions;
      const m = list[i]!;
      if (m.type === 'person') continue;
      const next = list[i + 1];
      if (next && next.type !== 'person' && text.slice(m.end, next.start) === ' ') {
        const both = known(m.start, next.end);
        if (both) {
          out ??= [...mentions];
          out.splice(i, 2, { ...m, end: next.end, type: both.type });
          continue;
        }
      }
      // "[Nobel Prize] in [Literature]", "[Battle] of [Kursk]": two mentions joined by a
      // preposition that together are a KB name (an event's too: no summit word is involved).
      if (next && next.type !== 'person' && LINKING_WORD.test(text.slice(m.end, next.start))) {
        const both = this.kb
          .lookup(text.slice(m.start, next.end))
          .find((h) => h.entity.type !== 'person' && isNameOrAlias(h))?.entity;
        if (both) {
          out ??= [...mentions];
          out.splice(i, 2, { ...m, end: next.end, type: both.type });
          continue;
        }
      }
      // "Beijing's Belt and [Road Initiative]", "[Procter] & [Gamble]": the tagger broke a KB name at "and".
      const joined =
        text.charCodeAt(m.start - 2) === 100 || text.charCodeAt(m.start - 2) === 38
          ? this.joinedOverAnd(list, i)
          : null;
      if (joined) {
        out ??= [...mentions];
        out.splice(joined.from, i - joined.from + 1, joined.mention);
        i = joined.from;
        continue;
      }
      // "won the [Nobel Prize] in Literature": the capitalised words after the preposition,
      // left untagged, with the mention a KB name.
      const named = this.namedAfterLink(m, next);
      if (named) {
        out ??= [...mentions];
        out[i] = named;
        continue;
      }
      // "founded Turning Point [USA]": capitalised words the tagger left out before a place,
      // with it a KB body's name, are that body's (never the country's) mention.
      if (m.type === 'location') {
        const from = Math.max(list[i - 1]?.end ?? 0, m.start - 40);
        const lead = CAPITAL_LEAD.exec(text.slice(from, m.start));
        if (lead && !/^(?:The|A|An)\s/.test(lead[0]) && this.namesCountry(m)) {
          const starts = [...lead[0].matchAll(/\S+/g)].map((w) => m.start - lead[0].length + w.index!);
          const start = starts.find((at) => known(at, m.end)?.type === 'organization');
          if (start !== undefined) {
            out ??= [...mentions];
            out[i] = { ...m, start, type: 'organization' };
            continue;
          }
        }
      }
      const tail = LOWER_TAIL.exec(text.slice(m.end, m.end + 40));
      if (!tail) continue;
      // Where each word of the tail ends (the tail is the text from m.end on).
      const ends = wordEnds(text, m.end, m.end + tail[0].length, this.tailEnds);
      for (let n = ends.length - 1; n >= 0; n--) {
        if (next && ends[n]! > next.start) continue;
        const entity = known(m.start, ends[n]!) ?? this.facilityOfPlace(m, ends[n]!);
        if (!entity) continue;
        out ??= [...mentions];
        out[i] = { ...m, end: ends[n]!, type: entity.type };
        break;
      }
    }
    return out ?? mentions;
  }

  /**
   * "[Zaporozhye] nuclear plant": a place written in one of its other spellings, followed by a
   * facility noun, names the facility the KB lists under another spelling of that place
   * ("Zaporizhzhia nuclear plant"). Only after a facility noun (plant, airport, dam, …): the
   * place's names are tried in turn, so they are not tried after every lower-case word.
   */
  private facilityOfPlace(m: Mention, end: number): KbEntity | undefined {
    const { text } = this.input;
    const tail = text.slice(m.end, end);
    if (!FACILITY_END.test(tail)) return undefined;
    for (const hit of this.kb.lookup(text.slice(m.start, m.end))) {
      const place = hit.entity;
      if (place.type !== 'location' || (hit.kind !== 'name' && hit.kind !== 'alias')) continue;
      for (const name of [
        place.name,
        ...place.names.filter((x) => x.kind !== 'demonym').map((x) => x.text),
      ]) {
        const found = this.kb
          .lookup(`${name}${tail}`)
          .find(
            (h) =>
              h.entity !== place &&
              (h.entity.type === 'location' || h.entity.type === 'organization') &&
              isNameOrAlias(h),
          );
        if (found) return found.entity;
      }
    }
    return undefined;
  }

  /** Countries the article names ("Vietnam's", "Austrian"), as ISO codes, from the tagger's mentions. */
  private countriesNamed(mentions: readonly Mention[]): Set<string> {
    const out = new Set<string>();
    for (const m of mentions) {
      if (m.type === 'person') continue;
      const surface = this.input.text.slice(m.start, m.end).replace(/['’]s$/, '');
      for (const h of this.kb.lookup(surface)) {
        if (h.entity.kind === 'country' && h.entity.country && h.kind !== 'surname')
          out.add(h.entity.country);
      }
    }
    return out;
  }

  /**
   * Spun organisation and event names the tagger cut or missed ("Financial institution of
   * England" tagged as "England") replace the mentions inside them.
   */
  /**
   * "[North Atlantic Alliance Marc Rutta] said", "[Christian Democrat Union of Fridrich Merc]",
   * "[Fast Support Forces of Mohammed] [Hamdan Daqlo]": the tagger ran a body's name into the
   * name of its leader. A mention (not a person's) the KB does not know whole is cut in two
   * when its first words are a body's name, as written or spun, and the rest (after "of")
   * is a name the KB's people come close to, or runs into a person mention.
   */
  protected withBodyThenPerson(mentions: readonly Mention[]): readonly Mention[] {
    const { text } = this.input;
    let out: Mention[] | null = null;
    for (let i = 0; i < mentions.length; i++) {
      let m = mentions[i]!;
      if (m.type === 'person') continue;
      // "[far-right National Front]", "[ruling Georgian Dream]": lower-case words the tagger
      // took in before a body's name are no part of it.
      const lead = /^(?:\p{Ll}[\p{Ll}-]*\s+)+(?=\p{Lu})/u.exec(text.slice(m.start, m.end));
      if (
        lead &&
        !/^(?:de|da|di|du|del|della|der|den|van|von|al|el|la|le|les|los|las)\s/.test(lead[0]) &&
        this.kb.lookup(text.slice(m.start, m.end)).length === 0
      ) {
        out ??= [...mentions];
        const trimmed = { ...m, start: m.start + lead[0].length };
        // ("in [Tianjin]": a mention of the name alone already there is the name's.)
        if (out.some((x) => x.start === trimmed.start && x.end === trimmed.end)) {
          out.splice(out.indexOf(m), 1);
          continue;
        }
        out[out.indexOf(m)] = trimmed;
        m = trimmed;
      }
      // Three words at least, all capitalised but "of" ("Bank of England" stays whole); most
      // mentions have fewer, counted before any word is cut out.
      if (!hasWords(text, m.start, m.end, 3)) continue;
      const surface = text.slice(m.start, m.end);
      const words = [...surface.matchAll(/\S+/g)];
      if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w[0]) || w[0] === 'of')) continue;
      if (this.kb.lookup(surface).length > 0) continue;
      const next = mentions[i + 1];
      const personAfter = next?.type === 'person' && text.slice(m.end, next.start) === ' ' ? next : null;
      for (let k = words.length - 1; k >= 2; k--) {
        const restFrom = words[k]![0] === 'of' ? k + 1 : k;
        const restWords = words.length - restFrom;
        if (restWords < (personAfter ? 1 : 2) || restWords > 3 || words[k - 1]![0] === 'of') continue;
        const bodyEnd = m.start + words[k - 1]!.index! + words[k - 1]![0].length;
        const body = text.slice(m.start, bodyEnd);
        const restStart = m.start + words[restFrom]!.index!;
        const personEnd = personAfter ? personAfter.end : m.end;
        const rest = text.slice(restStart, personEnd);
        // "[Supreme Federal Court Justice] [Alexander de Morais]": a title between the body and
        // the person is the person's title: the body alone is cut off, the person mention left
        // as it is.
        const title = isLoneTitle(words[restFrom]![0]);
        if (title && !personAfter) continue;
        if (!this.isBodyName(body, m.type)) continue;
        // The rest a name the KB's people come close to; else, before a person mention, a word
        // of its title the tagger took ("[White House Counsel W.] [Neil Eggleston]").
        const isPerson = !title && this.candidates(rest, 'person', NAMES_AND_ALIASES, 0.78, 2).length > 0;
        if (!isPerson && !personAfter) continue;
        out ??= [...mentions];
        const at = out.indexOf(m);
        if (!isPerson) {
          out.splice(at, 1, { ...m, end: bodyEnd });
          break;
        }
        out.splice(
          at,
          personAfter ? 2 : 1,
          { ...m, end: bodyEnd },
          { ...m, start: restStart, end: personEnd, type: 'person' },
        );
        break;
      }
    }
    return out ?? mentions;
  }

  /**
   * A multi-word name that found nothing as tagged, read as a body's or place's name another
   * way: with an abbreviation written out ("Tiananmen Sq." → Tiananmen Square, "Fifth Ave"),
   * with the lower-case rest of a spun phrase the tagger stopped before ("[Bhartiya Janta
   * Get] together"), or, tagged as a person, as a spun name of a body or place ("Downing
   * Avenue": its last word is a listed word of institutions or places, no name). The decision
   * and the mention (widened over a phrase's rest, retyped from a person), or null.
   */
  protected bodyNameOtherwise(
    p: Prepared,
    context: () => MentionContext,
  ): { decision: Decision; mention: Mention } | null {
    const { text } = this.input;
    const person = isPersonLike(p.m.type);
    const type: EntityType = person ? 'organization' : p.m.type;
    const retyped = person ? { ...p.m, type } : p.m;
    const expanded = withAbbreviationsOut(text.slice(p.m.start, p.m.end + 1));
    if (expanded) {
      const found = this.exact(expanded, type, context);
      if (found?.entity) {
        const dot = text[p.m.end] === '.' && !/\.$/.test(text.slice(p.m.start, p.m.end)) ? 1 : 0;
        return {
          decision: {
            ...found,
            evidence: [
              evidence('alias', `${p.surface} ~ ${expanded} (abbreviation)`, 0.9),
              ...found.evidence,
            ],
          },
          mention: { ...retyped, end: p.m.end + dot },
        };
      }
    }
    if (!person) {
      const tail = this.phraseTail(p.norm, p.m.end);
      if (!tail) return null;
      const decision = this.spun(`${p.surface} ${tail}`, type, context);
      return decision.entity ? { decision, mention: { ...p.m, end: p.m.end + tail.length + 1 } } : null;
    }
    const last = p.norm.slice(p.norm.lastIndexOf(' ') + 1);
    if (!isSpinnerWord(last) || this.kb.lookup(last).some((h) => h.entity.type === 'person')) return null;
    const decision = this.spun(p.surface, type, context);
    return decision.entity ? { decision, mention: retyped } : null;
  }

  /** Whether `name` is a KB body's or place's name, as written or spun. */
  private isBodyName(name: string, type: EntityType): boolean {
    const exact = this.kb.lookup(name).some((h) => h.entity.type !== 'person' && isNameOrAlias(h));
    return exact || findSpun(this.kb.kb, name, spunTypes(type), this.countries) !== null;
  }

  protected withSpunNames(mentions: readonly Mention[], taken: readonly Mention[]): readonly Mention[] {
    this.countries = this.countriesNamed(mentions);
    const spans = spunSpans(this.kb.kb, this.input.text, this.countries).filter(
      (x) => !taken.some((t) => overlaps(t, x)),
    );
    if (spans.length === 0) return mentions;
    let out = [...mentions];
    for (const span of spans) {
      if (out.some((m) => m.start === span.start && m.end === span.end)) continue;
      // "New Zealand Prime [Minister]": the last word swapped is a title's, not the name's.
      if (span.match.swaps.length > 0 && titleHeadAtEnd(this.input.text, span.start, span.end) > 0) continue;
      // A name written exactly (no swap) only mends what the tagger cut: a mention already
      // holding it and more ("[2026 FIFA World Cup]") stays.
      if (span.match.swaps.length === 0 && out.some((m) => m.start <= span.start && m.end >= span.end))
        continue;
      // A mention running on past the spun name keeps its rest, titles trimmed again
      // ("[World Well being] Group Director-Normal Tedros …" → "Tedros …").
      const rests = out.flatMap((m) => {
        if (m.start < span.start || m.end <= span.end || m.start >= span.end) return [];
        const gap = /^[\s,]*/.exec(this.input.text.slice(span.end, m.end))![0].length;
        const rest = { ...m, start: span.end + gap };
        return rest.start < rest.end ? adjustMentions(this.kb, this.input.text, [rest]) : [];
      });
      out = out.filter((m) => m.end <= span.start || span.end <= m.start);
      out.push(...rests);
      out.push({
        start: span.start,
        end: span.end,
        type: span.match.entity.type === 'person' ? 'organization' : span.match.entity.type,
        by: 'link',
        confidence: 0.7,
      });
      // "[[Team of Twenty] top]": the organisation named inside its summit is a mention too.
      const summit = /[ -]+(\p{L}+)$/u.exec(this.input.text.slice(span.start, span.end));
      if (span.match.entity.type === 'event' && summit && SUMMIT_WORDS.has(summit[1]!.toLowerCase()))
        out.push({
          start: span.start,
          end: span.end - summit[0].length,
          type: 'organization',
          by: 'link',
          confidence: 0.7,
        });
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}
