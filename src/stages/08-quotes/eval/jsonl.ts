/**
 * copydesk's own quote gold format (issue 6), one article per line:
 *   {"id": "...", "date": "YYYY-MM-DD", "text": "...",
 *    "quotes": [{"snippet": "words inside the quote", "speaker": ["Accepted Name", ...], "kind": "direct"}]}
 * A gold quote is found when a predicted quote's text contains its snippet (quotation
 * marks and whitespace normalised, case ignored); its speaker is right when the
 * predicted speaker's name is one of the accepted names. `speaker: null` (or `[]`)
 * means the source is unnamed: then a null prediction is right, and so is one marked
 * `anonymous` (an unnamed source kept under its description, "a senior diplomat"). An
 * anonymous prediction is also right when the gold names the organisation it speaks for
 * (its `affiliation`: "a spokesperson for TikTok" for a gold "TikTok"), as gold writers
 * differ on whether a spokesperson or the organisation is the speaker.
 * A speaker linked to a KB entity is also right when an accepted name is another name of
 * that entity and of no other (`namesEntity`, as the linking eval reads gold names): the
 * gold's "United States Department of State" is the entity the KB files as "US Department
 * of State".
 */
import type { Quote, QuoteKind } from '../../../core/annotations.js';
import { QUOTE_KINDS } from '../../../core/annotations.js';
import { CopydeskError } from '../../../core/errors.js';

export interface GoldQuote {
  readonly snippet: string;
  readonly speaker: readonly string[] | null;
  readonly kind: QuoteKind;
}

export interface GoldArticle {
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
  readonly quotes: readonly GoldQuote[];
}

/** Parses the JSONL gold; a malformed line is a one-line DATA_INVALID error naming it. */
export function parseQuoteGold(content: string, label: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${label}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CopydeskError('DATA_INVALID', `${where}: not valid JSON`);
    }
    const v = value as Record<string, unknown>;
    if (typeof v !== 'object' || v === null || typeof v.text !== 'string' || !Array.isArray(v.quotes)) {
      throw new CopydeskError('DATA_INVALID', `${where}: needs "text" (string) and "quotes" (array)`);
    }
    const quotes = v.quotes.map((q: unknown, k: number): GoldQuote => {
      const g = q as Record<string, unknown>;
      if (typeof g?.snippet !== 'string' || g.snippet.trim() === '') {
        throw new CopydeskError('DATA_INVALID', `${where}: quote ${k + 1} needs a non-empty "snippet"`);
      }
      const speaker = g.speaker;
      const names = Array.isArray(speaker)
        ? speaker.filter((s): s is string => typeof s === 'string')
        : typeof speaker === 'string'
          ? [speaker]
          : null;
      const kind = QUOTE_KINDS.includes(g.kind as QuoteKind) ? (g.kind as QuoteKind) : 'direct';
      return { snippet: g.snippet, speaker: names && names.length > 0 ? names : null, kind };
    });
    out.push({
      id: typeof v.id === 'string' ? v.id : `line-${i + 1}`,
      date: typeof v.date === 'string' ? v.date : null,
      text: v.text,
      quotes,
    });
  });
  if (out.length === 0) throw new CopydeskError('DATA_INVALID', `${label}: no articles`);
  return out;
}

/** Normalises text for snippet matching: one kind of quote mark, single spaces, lower case. */
export function normaliseForMatch(s: string): string {
  return s
    .replace(/[“”„«»‟"]/g, '"')
    .replace(/[‘’‚']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Letters that do not decompose into a base letter plus a mark. */
const FOLD: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

/**
 * Names compare without case and diacritics: a gold set written "Viktor Orban" accepts
 * the knowledge base's "Viktor Orbán". Transliteration variants (Zelensky/Zelenskyy)
 * still differ: the gold lists them when it accepts them. A leading "the" is not part of
 * the name: "the European Commission" and "European Commission" are one speaker. A
 * typographic apostrophe is the straight one: the speaker "Netanyahu’s office" is read from
 * copy set with curly marks, and a gold file typed on a keyboard writes "Netanyahu's office".
 */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßđłıþ]/g, (c) => FOLD[c] ?? c)
    .replace(/[‘’ʼ]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export interface QuoteScore {
  gold: number;
  predicted: number;
  found: number;
  /** Predicted quotes that contain at least one gold snippet. */
  predictedMatched: number;
  speakerRight: number;
  /** Speakers right by name alone (no credit for anonymous or affiliation), for comparison. */
  speakerRightByName: number;
  kindRight: number;
}

export function emptyScore(): QuoteScore {
  return {
    gold: 0,
    predicted: 0,
    found: 0,
    predictedMatched: 0,
    speakerRight: 0,
    speakerRightByName: 0,
    kindRight: 0,
  };
}

export interface ArticleErrors {
  readonly missed: string[];
  readonly spurious: string[];
  readonly wrongSpeaker: string[];
}

/** Whether `name` is a name of the speaker's entity `entityId` (its KB entry's, and of no other). */
export type NamesEntity = (name: string, entityId: string) => boolean;

/**
 * One written form for names that differ only in how they say a country: "Brazil's foreign
 * ministry" and "Brazilian foreign ministry" are one body (gold sets write either).
 */
export type CountryForm = (name: string) => string;

/**
 * A {@link CountryForm} from a country's demonym: "<Country>'s rest" becomes "<demonym>
 * rest" when `demonym` knows the country; any other name is returned as it is.
 */
export function countryFormBy(demonym: (country: string) => string | null): CountryForm {
  return (name) => {
    const m = /^(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*)['’]s\s+(\S.*)$/u.exec(name.trim());
    const d = m ? demonym(m[1]!) : null;
    return d ? `${d} ${m![2]}` : name;
  };
}

/** Scores one article's predicted quotes against its gold, adding into `score`. */
export function scoreArticle(
  text: string,
  gold: readonly GoldQuote[],
  predicted: readonly Quote[],
  score: QuoteScore,
  namesEntity: NamesEntity = () => false,
  countryForm: CountryForm = (name) => name,
): ArticleErrors {
  const texts = predicted.map((q) => normaliseForMatch(text.slice(q.start, q.end)));
  const matched = new Set<number>();
  const errors: ArticleErrors = { missed: [], spurious: [], wrongSpeaker: [] };
  score.gold += gold.length;
  score.predicted += predicted.length;
  for (const g of gold) {
    const snippet = normaliseForMatch(g.snippet);
    // The tightest predicted quote containing the snippet speaks for it.
    let best = -1;
    for (let i = 0; i < predicted.length; i++) {
      if (!texts[i]!.includes(snippet)) continue;
      if (best < 0 || texts[i]!.length < texts[best]!.length) best = i;
    }
    if (best < 0) {
      errors.missed.push(g.snippet);
      continue;
    }
    matched.add(best);
    score.found++;
    const p = predicted[best]!;
    if (p.kind === g.kind) score.kindRight++;
    // Each gold name as written, and in the country form when that differs.
    const names =
      g.speaker?.flatMap((n) => {
        const f = countryForm(n);
        return f === n ? [n] : [n, f];
      }) ?? null;
    const byName = speakerMatchesByName(p.speaker, names, namesEntity, countryForm);
    if (byName) score.speakerRightByName++;
    if (byName || anonymousMatches(p.speaker, names, namesEntity, countryForm)) score.speakerRight++;
    else
      errors.wrongSpeaker.push(
        `${g.snippet} → ${p.speaker?.name ?? 'null'}${p.speaker?.anonymous ? ' (anonymous)' : ''} (gold ${g.speaker?.join(' | ') ?? 'null'})`,
      );
  }
  score.predictedMatched += matched.size;
  predicted.forEach((q, i) => {
    if (!matched.has(i)) errors.spurious.push(text.slice(q.start, q.end));
  });
  return errors;
}

/** The predicted speaker's name is one of the gold's, or its entity bears one (or both are null). */
function speakerMatchesByName(
  predicted: Quote['speaker'],
  gold: readonly string[] | null,
  namesEntity: NamesEntity,
  countryForm: CountryForm,
): boolean {
  if (gold === null || predicted === null) return gold === null && predicted === null;
  return namesOne(predicted, gold, namesEntity, countryForm);
}

/** `who` (a speaker or an affiliation) is named by one of `gold`'s names. */
function namesOne(
  who: { readonly name: string; readonly entityId: string | null },
  gold: readonly string[],
  namesEntity: NamesEntity,
  countryForm: CountryForm,
): boolean {
  const name = bodyWordOrder(normaliseName(countryForm(who.name)));
  const id = who.entityId;
  return gold.some((s) => {
    const g = bodyWordOrder(normaliseName(s));
    return g === name || sameOwnersBody(g, name) || (id !== null && namesEntity(s, id));
  });
}

/** "office of emmanuel macron", "indian ministry of defence": the two word orders of a body's name. */
const OWNERS_BODY_OF = /^(office|government|campaign|team) of (.+)$/u;
const MINISTRY_OF = /^(.*?)ministry of (?:the )?(.+)$/u;

/**
 * One word order for a normalised body name, so that the scorer reads "Office of Emmanuel
 * Macron" as "Emmanuel Macron's office" and "Indian Ministry of Defence" as "Indian defence
 * ministry" — the same body, as a writer names it either way.
 */
export function bodyWordOrder(name: string): string {
  const owned = OWNERS_BODY_OF.exec(name);
  if (owned) return `${owned[2]}'s ${owned[1]}`;
  const ministry = MINISTRY_OF.exec(name);
  return ministry ? `${ministry[1]}${ministry[2]} ministry` : name;
}

/**
 * "Javier Milei's office" and "Milei's office" are one body: a person's office (or
 * government, campaign) named by the owner's full name or by the surname alone, as gold
 * writers name a person by either. The body's noun must be the same, and the shorter
 * owner must be the last words of the longer one.
 */
export function sameOwnersBody(a: string, b: string): boolean {
  const pa = a.lastIndexOf("'s ");
  const pb = b.lastIndexOf("'s ");
  if (pa < 1 || pb < 1 || a.slice(pa) !== b.slice(pb)) return false;
  const [short, long] = pa < pb ? [a.slice(0, pa), b.slice(0, pb)] : [b.slice(0, pb), a.slice(0, pa)];
  return long.endsWith(` ${short}`);
}

/**
 * An unnamed source (`anonymous`) is right for a gold with no speaker, and for a gold
 * naming the organisation it speaks for.
 */
function anonymousMatches(
  predicted: Quote['speaker'],
  gold: readonly string[] | null,
  namesEntity: NamesEntity,
  countryForm: CountryForm,
): boolean {
  if (!predicted?.anonymous) return false;
  if (gold === null) return true;
  return (
    predicted.affiliation !== undefined && namesOne(predicted.affiliation, gold, namesEntity, countryForm)
  );
}

export interface QuoteFigures {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly speakerAccuracy: number;
  /** Speaker accuracy counting names alone (an anonymous speaker right only by its description). */
  readonly speakerAccuracyByName: number;
  readonly kindAccuracy: number;
}

export function quoteFigures(s: QuoteScore): QuoteFigures {
  const precision = s.predicted === 0 ? 0 : s.predictedMatched / s.predicted;
  const recall = s.gold === 0 ? 0 : s.found / s.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    speakerAccuracy: s.found === 0 ? 0 : s.speakerRight / s.found,
    speakerAccuracyByName: s.found === 0 ? 0 : s.speakerRightByName / s.found,
    kindAccuracy: s.found === 0 ? 0 : s.kindRight / s.found,
  };
}
