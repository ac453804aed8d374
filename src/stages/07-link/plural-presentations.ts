/**
 * A name presented as one of several people by a lower-case plural: "Kenyan runners William
 * Rutto and …", "two brothers named Xi Jinpeng and …", "Two dockworkers in Gdańsk, X and Y".
 * A plural of kin or of an ordinary trade presents private people; a public plural
 * ("ministers", "rivals") does not.
 */
import type { MentionContext } from './context.js';
import { PRIVATE_PERSON } from './describing-words.js';
import { endsWithListJoin } from './text-ends.js';

/**
 * Plural nouns that present public figures together ("Presidents …", "foreign ministers …",
 * "rivals …"): no sign of private people.
 */
export const PUBLIC_PLURALS = new Set(
  `leaders ministers presidents premiers chancellors officials lawmakers legislators senators representatives
  congressmen congresswomen governors mayors diplomats envoys ambassadors candidates nominees contenders frontrunners
  rivals counterparts allies chiefs heads generals commanders admirals judges justices prosecutors executives ceos
  founders billionaires tycoons moguls investors bankers economists analysts experts critics journalists reporters
  correspondents commentators hosts anchors spokespeople spokesmen spokeswomen negotiators mediators members mps meps
  democrats republicans conservatives liberals socialists nationalists populists incumbents predecessors successors
  monarchs royals princes princesses kings queens popes cardinals bishops clerics ayatollahs secretaries commissioners
  delegates deputies activists dissidents opposition politicians statesmen stars superstars champions laureates
  winners veterans`.split(/\s+/),
);

/**
 * "Kenyan runners William Rutto and Raila Odinga Kiprop", "The ski resort's two guides,
 * Alexander Stubbe and …", "Two brothers named Xi Jinpeng and …": the lower-case plural noun
 * that presents the name at `start` as one of several people (the name at the head of a
 * pair or list, or one coordinated after it), or null. Public plurals ("foreign ministers",
 * "rivals") present nobody private.
 */
export function pluralPresenter(text: string, start: number, end: number): string | null {
  return pluralPresentation(text, start, end)?.noun ?? null;
}

/** A plural presenting a name ({@link pluralPresenter}), and whether it places the people in a town. */
interface PluralPresentation {
  readonly noun: string;
  /** "Two dockworkers in Gdańsk, X and Y": the plural placed in a town (private people's presentation). */
  readonly placed: boolean;
}

function pluralPresentation(text: string, start: number, end: number): PluralPresentation | null {
  let before = text.slice(Math.max(0, start - 120), start);
  // The second or later name of a list: step back over the names before it ("X, Y and ").
  let coordinated = false;
  for (let i = 0; i < 3; i++) {
    const m = !endsWithListJoin(before)
      ? null
      : /(?<=^|[\s(])\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|al|el|bin))*\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/u.exec(
          before,
        );
    if (!m) break;
    // ("Two dockworkers in Gdańsk, X and Y": a town after a preposition is no name of the list.)
    if (/\s(?:in|from|near|at)\s+$/.test(before.slice(0, m.index))) break;
    before = before.slice(0, m.index);
    coordinated = true;
  }
  // The noun must follow what introduces people, not a subject ("Starmer meets X and Y"): a
  // number, a determiner, or a demonym ("Kenyan runners", "two guides", "retired Belgian postmen").
  // ("Two dockworkers in Gdańsk, X and Y": a town may stand between the plural and the names —
  // not past a sentence's stop: "… by four wickets in Dubai. Captain X" is a new sentence.)
  const m =
    /(?:^|[\s,])(\p{L}+)\s+(\p{Ll}{3,}(?:s|men|women))(\s+(?:in|from|near|at)\s+\p{Lu}(?:[\p{L}'’-]|\.(?!\s))*(?:\s+\p{Lu}(?:[\p{L}'’-]|\.(?!\s))*)?)?(?:\s+(?:named|called))?,?\s+$/u.exec(
      before,
    );
  if (!m) return null;
  const noun = m[2]!;
  if (PUBLIC_PLURALS.has(noun) || /(?:ss|us|is)$/.test(noun)) return null;
  const number = PEOPLE_INTRODUCERS.test(m[1]!);
  if (!number && !DEMONYM_LIKE.test(m[1]!)) return null;
  // Several people: a number, a list before the name, or a name coordinated after it.
  const listAfter = /^\s*(?:,|and\b|&)\s*\p{Lu}/u.test(text.slice(end, end + 8));
  return number || coordinated || listAfter ? { noun, placed: m[3] !== undefined } : null;
}

/** Numbers and determiners that introduce a plural of people ("two guides", "their sons"). */
const PEOPLE_INTRODUCERS =
  /^(?:two|three|four|five|six|both|twin|the|his|her|their|our|local|retired|young|fellow|amateur)$/i;

/** A capitalised word shaped like a demonym ("Kenyan", "Belgian", "Dutch", "Turkish", "Nepali", "Chinese"). */
const DEMONYM_LIKE = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|i|ic|ean)$/u;

/**
 * "Kenyan runners William Rutto and …", "two brothers named Xi Jinpeng and …": the plural
 * noun presenting the mention among several people (read once per context, and only for a
 * candidate spelled otherwise: see describesPrivatePerson).
 */
export function presentedAmong(context: MentionContext): string | null {
  if (context.presentedAmong === undefined) {
    const presentation = pluralPresentation(context.text, context.span.start, context.span.end);
    context.presentedAmong = presentation?.noun ?? null;
    context.amongPlaced = presentation?.placed ?? false;
  }
  return context.presentedAmong;
}

/** The singular of a plural trade noun, crudely ("curlers" → "curler", "postmen" → "postman"). */
export function singularOf(noun: string): string {
  if (noun.endsWith('men')) return `${noun.slice(0, -3)}man`;
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}

/** Plural nouns of kin ("two sisters", "twin brothers"): a family of private people. */
const KIN_PLURALS = new Set(
  'sisters brothers twins siblings cousins sons daughters children kids grandchildren grandsons granddaughters neighbours neighbors couples spouses'.split(
    ' ',
  ),
);

/** "dockworkers in gdansk", "Dockworkers in Gdańsk": a plural noun, then a preposition of place. */
export const PLURAL_IN_TOWN = /\p{Ll}(?:s|men) (?:in|from|near|at) /u;

export const KIN_PLURAL = new RegExp(`\\b(?:${[...KIN_PLURALS].join('|')})\\b`);

/** True when a plural presenter is one of kin or of an ordinary trade ("sisters", "bakers", "residents"). */
export function privatePlural(noun: string): boolean {
  return (
    KIN_PLURALS.has(noun) || PRIVATE_PERSON.test(` ${singularOf(noun)} `) || PRIVATE_PERSON.test(` ${noun} `)
  );
}
