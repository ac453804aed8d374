/**
 * A person presented by a trade of no public office and a town: "Lewis Root, a bus driver in
 * Glasgow", "Joseph Root, who makes wine near Zahle", "Ferry captain Ulf Root of Gothenburg"
 * — how copy introduces a private person, unless the candidate's profile names the town or
 * the trade.
 */
import type { KbEntity } from '../../kb/model.js';
import type { MentionContext } from './context.js';
import { profileHasTrade } from './describing-words.js';
import { isPublicHead, profileText } from './descriptor.js';
import { ANY_ROLE_CUE, cueText } from './roles.js';

/** A town a presentation places somebody in, and the trade words it gives them. */
export interface LocalPlace {
  /** "in glasgow", "near zahle", "of gothenburg": the preposition and the place, as cue text. */
  readonly phrase: string;
  /** The place alone, padded cue text (" glasgow "). */
  readonly place: string;
  /** The trade words of the presentation ("bus driver", "makes wine", "ferry captain"), as cue text. */
  readonly trade: string;
}

/**
 * "Lewis Root, a bus driver in Glasgow", "Joseph Root, who makes wine near Zahle", "Ferry
 * captain Ulf Root of Gothenburg": the person is presented by a trade of no public office
 * and a town — how copy introduces a private person. Unless `candidate`'s profile names that
 * town (his own city or country: "Bart Root, a politician in Antwerp" of Antwerp's mayor) or
 * the trade words' head, the place phrase is returned as the evidence; else null. Office
 * holders ("a senator from Ohio", "Prime Minister Ulf Root of Sweden") are no such
 * presentation, nor a trade written with capitals ("a Formula One driver in Monaco").
 */
export function localPresentation(context: MentionContext, candidate: KbEntity): string | null {
  if (context.localPlace === undefined) context.localPlace = localPlaceOf(context);
  const local = context.localPlace;
  if (!local) return null;
  const profile = profileText(candidate);
  if (profile.includes(local.place)) return null;
  // A trade the profile names word for word ("a driver in Monaco" of a racing driver): the town
  // is then only where he is.
  if (
    local.trade
      .split(' ')
      .every((w) => w.length < 3 || NOT_TRADE_WORDS.test(w) || profileHasTrade(profile, w))
  )
    return null;
  return local.phrase;
}

/** The town of a private presentation of the mention (see {@link localPresentation}), or null. */
function localPlaceOf(context: MentionContext): LocalPlace | null {
  const { text, span } = context;
  const after = text.slice(span.end, span.end + 100);
  // "X, a bus driver in Glasgow": an indefinite apposition of lower-case words, no office.
  if (context.headIndefinite && context.head !== null && !isPublicHead(context.head)) {
    const m = APPOSITION_IN_TOWN.exec(after);
    if (m) return localPlace(m[2]!, m[3]!, m[1]!);
  }
  // "X, who makes wine near Zahle": a trade stated in a relative clause, then a town.
  if (/^\s*,\s*who\s/.test(after)) {
    const m = TRADE_CLAUSE_IN_TOWN.exec(after);
    if (m) return localPlace(m[2]!, m[3]!, m[1]!);
  }
  // "Ferry captain Ulf Root of Gothenburg": lower-case trade words before the name, a town after.
  const town = OF_TOWN_AFTER.exec(after);
  if (town) {
    const from = Math.max(0, span.start - 48);
    const before = text.slice(from, span.start);
    const start = TRADE_AT_START.exec(before);
    // (At the window's edge a word may be cut: a start of the text only when the window begins it.)
    const m =
      TRADE_BEFORE_MID.exec(before) ?? (start && (start[0] !== start[1] || from === 0) ? start : null);
    if (m) {
      const words = cueText(m[1]!).trim().split(' ');
      const head = words[words.length - 1]!;
      if (
        !words.some((w) => NOT_TRADE_WORDS.test(w) || isPublicHead(w)) &&
        !/(?:ed|ing|ly)$/.test(head) &&
        !ANY_ROLE_CUE.test(` ${words.join(' ')} `)
      )
        return localPlace('of', town[1]!, words.join(' '));
    }
  }
  return null;
}

function localPlace(preposition: string, place: string, trade: string): LocalPlace {
  const cue = cueText(place).trim();
  return { phrase: `${preposition} ${cue}`, place: ` ${cue} `, trade: cueText(trade).trim() };
}

/** A place name of one or two capitalised words. */
const TOWN = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)`;

/** ", a bus driver in Glasgow", ", a high-school band director in Austin": up to five lower-case words, a preposition of place, a town. */
const APPOSITION_IN_TOWN = new RegExp(
  String.raw`^\s*,\s*(?:\d{1,3}\s*,\s*)?an?\s+((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)\s+(in|near|outside)\s+${TOWN}`,
  'u',
);

/**
 * ", who makes wine near Zahle", ", who runs a barbecue truck in Abilene": a verb of making or
 * selling, or of keeping a business presented with "a"/"an", its lower-case object (the trade
 * words), a town. (Running "the central bank in Frankfurt" or "the ministry in Oslo" is an
 * office; "runs Tesla" has no lower-case object.)
 */
const TRADE_CLAUSE_IN_TOWN = new RegExp(
  String.raw`^\s*,\s*who\s+(?:has\s+|had\s+|still\s+)?(?:(?:makes|made|brews|grows|breeds|raises|bakes|sells|sold|farms|fishes|builds|repairs)\s+|(?:runs|ran|owns|owned)\s+(?=an?\s))((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+(in|near|outside)\s+${TOWN}`,
  'u',
);

/** " of Gothenburg and …": a town right after the name (not "of the …"). */
const OF_TOWN_AFTER = new RegExp(String.raw`^\s+of\s+${TOWN}(?=[\s,.;:!?)]|$)`, 'u');

/** One to three lower-case words before the name, after a comma or "and" ("and surf instructor X"). */
const TRADE_BEFORE_MID = /(?:[,;:]\s+|\s(?:and|with|while|as)\s+)((?:[\p{Ll}-]+\s+){1,3})$/u;

/**
 * A capitalised word and one or two lower-case ones at a sentence start ("Ferry captain X";
 * not a lone "Republican X", whose word may be a party's or a people's).
 */
const TRADE_AT_START = /(?:^|[.!?]["”’]?\s+|\n\s*)(\p{Lu}[\p{Ll}-]+\s+(?:[\p{Ll}-]+\s+){1,2})$/u;

/** Words that are no trade: articles, pronouns, verbs of reporting, prepositions. */
const NOT_TRADE_WORDS =
  /^(?:the|a|an|said|says|told|to|of|for|by|with|from|in|on|at|and|or|but|as|is|was|were|are|be|been|has|had|have|his|her|their|its|our|my|your|this|that|these|those|when|after|before|while|which|who|whom|whose|met|meets|called|named|dubbed|like|including|than|then|also|not|so|if|because|against|between|among|over|under|about|into|via|per|former|ex|late|new|president|prime|vice|deputy|acting|interim|outgoing|incoming)$/;
