/**
 * An apposition that says what a name is: "Pentagon, the K-pop boy group that debuted in
 * 2016", "Kremlin, a rock band from Leeds", "Moskva, the cruiser sunk in April", "Davos, a
 * vodka brand". The famous body, place or event of that name is not it: the apposition, the
 * copy's own word on the name, overrules the KB's sense. The animals of animal-names.ts are
 * one such kind; these are the others copy names after famous things — ensembles and stage
 * names, brands, ships, works — and small eateries named after a famous place, missile or
 * company ("Kiev, a Ukrainian deli in Toronto", "Black Rock, a pub on the Galway seafront"). A
 * kind the entity's own profile names ("Nike, the sportswear brand") tells nothing against it.
 */
import type { Span } from '../../core/span.js';
import type { KbEntity } from '../../kb/model.js';
import { appositionNounPattern } from './animal-names.js';
import { profileText } from './descriptor.js';

/**
 * ", the K-pop boy group that …", ", a cruiser launched in …": an apposition as animal-names.ts
 * reads one, with the participles of ships, records and bands among its ends.
 */
const APPOSITION_NOUN = appositionNounPattern([
  'launched',
  'built',
  'sunk',
  'released',
  'formed',
  'founded',
  'based',
  'signed',
  // "a pub on the Galway seafront", "a bistro near the station", "a deli run by …" (session acc27-link-a)
  'on',
  'near',
  'run',
  'opened',
]);

/** Heads that name the kind whatever words stand before them. */
const KIND_HEADS = new Set(
  `band duo trio quartet rapper singer songwriter dj popstar
  ship vessel yacht tanker ferry frigate cruiser destroyer submarine trawler liner
  album single song film movie documentary novel musical opera sitcom podcast videogame
  racecar brand
  priestess priest prophet prophetess seer sibyl soothsayer goddess god deity nymph titan demigod`.split(
    /\s+/,
  ),
);

/**
 * ", the priestess Pythia,", ", the goddess Nike": a figure of myth or cult named right after its
 * noun. Companies take such names (Oracle, Nike, Pandora, Hermes), and copy on myth and
 * archaeology presents the figure so: the noun heads the apposition though a name ends it.
 */
const FIGURE_AFTER =
  /^\s*,\s*(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?(priestess|priest|prophet|prophetess|seer|sibyl|soothsayer|goddess|god|deity|nymph|titan|demigod)\s+\p{Lu}/u;

/**
 * Eateries named after a famous place, weapon or company ("Kiev, a Ukrainian deli in Toronto",
 * "Black Rock, a pub on the Galway seafront"; session acc27-link-a): kinds only after a name that
 * no preposition governs — "Ahead of the Munich Security Conference, a Munich bakery run by …"
 * names the conference in an opening phrase, and the noun phrase after its comma is the subject.
 */
const EATERY_HEADS = new Set(
  `pub bar bistro brasserie cafe café deli delicatessen diner restaurant eatery takeaway pizzeria
  tavern bakery teahouse`.split(/\s+/),
);
const GOVERNED_BEFORE =
  /\b(?:of|at|in|on|after|before|during|since|for|from|to|near|outside|inside|until|ahead|amid|over)\s+(?:the\s+)?$/i;

/** Whether a preposition (with "the") stands right before the name starting at `start`. */
function governedByPreposition(text: string, start: number): boolean {
  return GOVERNED_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** Heads that are a body's own word too ("Hamas, the militant group"): a kind only after a genre. */
const ENSEMBLE_HEADS = new Set(['group', 'act', 'collective', 'outfit']);
const GENRE =
  /\b(?:k-pop|j-pop|pop|rock|boy|girl|indie|punk|metal|folk|jazz|hip-hop|rap|reggae|techno|electronic|vocal|music|musical)\s+(?:[\p{L}-]+\s+)?$/u;

/**
 * The kind an apposition right after the name, or the words naming it just before, give it
 * when `entity` is not of that kind, or null: "Pentagon, the K-pop boy group that …" →
 * "group", "a band called Kremlin" → "band". Read for an exact name of a
 * body, place or event (a person's namesakes are read by the descriptions of private persons).
 */
export function otherKindInApposition(text: string, span: Span, entity: KbEntity): string | null {
  const after = kindAfter(text, span.end);
  const head =
    (after !== null && !(EATERY_HEADS.has(after) && governedByPreposition(text, span.start))
      ? after
      : null) ??
    kindNamingBefore(text, span.start) ??
    (entity.type === 'location' ? warshipNamedBefore(text, span) : null);
  if (head === null || entity.kind === 'music-group') return null;
  return profileText(entity).includes(` ${head} `) ? null : head;
}

/** The kind an apposition right after the name gives it (", the K-pop boy group that …"), or null. */
function kindAfter(text: string, end: number): string | null {
  const after = text.slice(end, end + 60);
  if (!/^\s*,/.test(after)) return null;
  const m = APPOSITION_NOUN.exec(after);
  return m ? kindOf(m[2]!, m[1]!) : (FIGURE_AFTER.exec(after)?.[1] ?? null);
}

/**
 * "a band called …", "the tanker named …": the kind just before the name and its naming verb;
 * "the cruiser Moskva", "the Russian flagship …" (session acc22-link-b): a vessel's kind right
 * before the name, as copy names ships; else null.
 */
function kindNamingBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 60), start);
  if (!/(?:called|named|dubbed)\s+$/.test(before)) return VESSEL_BEFORE.exec(before)?.[1] ?? null;
  const m = KIND_NAMED_BEFORE.exec(before);
  return m ? kindOf(m[2]!, m[1]!) : null;
}

/**
 * "the Kursk nuclear submarine sank", "the Moskva missile cruiser": a warship's kind right after
 * a town's name that "the" opens, up to two words between — navies name warships after towns.
 * Not merchant ships and ferries ("the Dover ferry", "the Calais tanker" sail to or from the
 * town), nor a body's ("the Greenpeace ship" is the body's ship): read for a place only.
 */
function warshipNamedBefore(text: string, span: Span): string | null {
  // (The cheap test first: most names are not opened by "the".)
  if (!/\b[Tt]he\s+$/.test(text.slice(Math.max(0, span.start - 5), span.start))) return null;
  return WARSHIP_AFTER.exec(text.slice(span.end, span.end + 50))?.[1] ?? null;
}
const WARSHIP_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}?(submarine|cruiser|frigate|destroyer|corvette|warship|flagship|icebreaker)\b(?!\s+(?:base|port|yard|shipyard|crew|crews)\b)/u;

/** "the cruiser …", "a Liberian-flagged tanker …": a vessel's kind right before a name, after an article. */
const VESSEL_BEFORE =
  /(?:^|[^\p{L}])(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+){0,2}?(ship|vessel|yacht|tanker|ferry|frigate|cruiser|destroyer|submarine|trawler|liner|warship|flagship)\s+$/u;
const KIND_NAMED_BEFORE =
  /(?:^|[^\p{L}])(?:[Aa]n?|[Tt]he)\s+((?:[\p{L}\d-]+\s+){0,3}?)(\p{Ll}+)\s+(?:called|named|dubbed)\s+$/u;

/** `head` when it names a kind, the words before it (`lead`, lower case or not) giving an ensemble its genre; else null. */
function kindOf(head: string, lead: string): string | null {
  if (KIND_HEADS.has(head) || EATERY_HEADS.has(head)) return head;
  return ENSEMBLE_HEADS.has(head) && GENRE.test(lead.toLowerCase()) ? head : null;
}
