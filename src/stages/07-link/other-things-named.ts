/**
 * A famous body's or place's exact name used by something else, which the words around it
 * say: "AFC Wimbledon" is a football club, not the tennis championships; "the Elysee
 * Montmartre concert hall" a Paris venue, not the presidential palace; "K-pop group
 * Pentagon" a band, not the US defence department; "Downing Street in Cambridge" a street
 * of another town. The first two are read across the article, like local businesses
 * (local-businesses.ts): once the article writes the longer name or the kind word, the short
 * name said alone later ("Wimbledon will play at Wembley") is that other thing too. The
 * article's club prefixes, venue names and ensemble words are read once, when the linker
 * first asks (`OtherThingsNamed`, one per document).
 */
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';

/** Words that begin football clubs' names: "AFC Wimbledon", "FC Porto", "Racing Santander". */
const CLUB_NAMES =
  /\b(?:AFC|FC|CF|SC|AC|SV|VfB|VfL|RB|FK|NK|HNK|Dynamo|Dinamo|Sporting|Olympique|Racing) (?=\p{Lu})/gu;

/**
 * Lower-case nouns of venues and premises after a longer name: "the Elysee Montmartre
 * concert hall", "the Kremlin Palace nightclub".
 */
const VENUE_NOUNS =
  'concert hall|music hall|theatre|theater|cinema|nightclub|club|venue|ballroom|bar|pub|restaurant|hotel|cafe|café|gallery|bookshop|bookstore|boutique';

/** A run of two to four capitalised words, then a venue noun. */
export const VENUE_NAMES = new RegExp(
  `\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){1,3}(?= (?:${VENUE_NOUNS})\\b)`,
  'gu',
);

/**
 * A venue noun as VENUE_NAMES' lookahead reads it. Every venue name stands before one, so an
 * article without one has none; the run pattern, tried at every capital, costs several times
 * this test, and four in five news articles have no venue noun (speed-link-19).
 */
const VENUE_NOUN = new RegExp(` (?:${VENUE_NOUNS})\\b`, 'u');

/** Whether `text` may name a venue (VENUE_NAMES may match): it has a venue noun. */
export function mayNameVenue(text: string): boolean {
  return VENUE_NOUN.test(text);
}

/** Ensembles named by their genre right before a name: "K-pop group Pentagon", "rock band Genesis". */
const ENSEMBLE_WORDS =
  /(?:\b(?:K-pop|J-pop|[Pp]op|[Rr]ock|[Bb]oy|[Gg]irl|[Ii]ndie|[Pp]unk|[Mm]etal|[Ff]olk|[Jj]azz|[Hh]ip-hop|[Rr]ap|[Rr]eggae|[Tt]echno) (?:group|band|duo|trio|quartet|act)|\bband) (?=\p{Lu})/gu;

/** Whether `surface` is written at `at` as a whole word (not "Wimbledonian"). */
function writtenAt(text: string, surface: string, at: number): boolean {
  return text.startsWith(surface, at) && !/[\p{L}\p{N}]/u.test(text.charAt(at + surface.length));
}

/** What one article says of other things' names: its club prefixes, venue names and ensemble words. */
export class OtherThingsNamed {
  /** Where a name after a club prefix starts, with the prefix. */
  private readonly clubs: readonly { readonly at: number; readonly prefix: string }[];
  /** Runs of capitalised words before a venue noun: where each starts, the words, the noun. */
  private readonly venues: readonly { readonly at: number; readonly words: string; readonly noun: string }[];
  /** Where a name after genre and ensemble words starts, with those words. */
  private readonly ensembles: readonly { readonly at: number; readonly words: string }[];

  constructor(private readonly text: string) {
    this.clubs = [...text.matchAll(CLUB_NAMES)].map((m) => ({
      at: m.index + m[0].length,
      prefix: m[0].trim(),
    }));
    this.venues = (mayNameVenue(text) ? [...text.matchAll(VENUE_NAMES)] : []).map((m) => {
      const end = m.index + m[0].length;
      const noun = new RegExp(`^ (${VENUE_NOUNS})`).exec(text.slice(end, end + 14))![1]!;
      return { at: m.index, words: m[0], noun };
    });
    this.ensembles = [...text.matchAll(ENSEMBLE_WORDS)].map((m) => ({
      at: m.index + m[0].length,
      words: m[0].trim(),
    }));
  }

  /**
   * The longer name of another thing the article writes `surface` in, or null: a club prefix
   * before it ("AFC Wimbledon") or one or two capitalised words and a venue noun after it
   * ("Elysee Montmartre concert hall"). `namesCandidate`: whether a longer name is a KB name of
   * the candidate itself (then it tells nothing against it). `onlyAt`: read the occurrence
   * starting there only — a place keeps its name elsewhere in the article ("AC Milan fans
   * gathered in Milan").
   */
  longerNameOfOther(
    surface: string,
    namesCandidate: (name: string) => boolean,
    onlyAt: number | null = null,
  ): string | null {
    const text = this.text;
    for (const { at, prefix } of this.clubs) {
      if (
        (onlyAt === null || at === onlyAt) &&
        writtenAt(text, surface, at) &&
        !namesCandidate(`${prefix} ${surface}`)
      )
        return `${prefix} ${surface}`;
    }
    for (const { at, words, noun } of this.venues) {
      // "The Elysee Montmartre": the surface may stand after a capitalised article.
      const inner = words.indexOf(` ${surface} `);
      const i = words.startsWith(`${surface} `) ? 0 : inner < 0 ? -1 : inner + 1;
      if (i < 0) continue;
      if (onlyAt !== null && at + i !== onlyAt) continue;
      const rest = words.slice(i + surface.length + 1).split(' ');
      if (
        rest.length > 2 ||
        rest.some((_, k) => namesCandidate(`${surface} ${rest.slice(0, k + 1).join(' ')}`))
      )
        continue;
      return `${surface} ${rest.join(' ')} ${noun}`;
    }
    return null;
  }

  /**
   * "K-pop group Pentagon", "the band Kremlin": the genre and ensemble words before any
   * occurrence of `surface` when `entity` is no band, else null.
   */
  ensembleNamed(surface: string, entity: KbEntity): string | null {
    if (entity.kind === 'music-group') return null;
    for (const { at, words } of this.ensembles) if (writtenAt(this.text, surface, at)) return words;
    return null;
  }
}

/** Name words of streets and squares. */
const STREET_WORD = /\b(?:Street|Square|Avenue|Road|Lane|Boulevard)$/;

/** "in Cambridge", "in central Leeds": the town right after a mention. */
const TOWN_AFTER =
  /^\s+in\s+(?:central\s+|downtown\s+|north\s+|south\s+|east\s+|west\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/**
 * "Downing Street in Cambridge": a KB street or square placed in a town its description does
 * not name (the KB describes them by their city: "square in central Moscow") is a namesake
 * street of that town. `isTown`: whether the words name a KB city or region. Null when the
 * street is placed in its own city, in its country, or nowhere.
 */
export function streetOfOtherTown(
  text: string,
  end: number,
  entity: KbEntity,
  isTown: (name: string) => boolean,
): string | null {
  if (!STREET_WORD.test(entity.name) || !entity.description) return null;
  const town = TOWN_AFTER.exec(text.slice(end, end + 40))?.[1];
  if (!town || !isTown(town)) return null;
  const description = ` ${normalizeName(entity.description)} `;
  if (description.includes(` ${normalizeName(town)} `)) return null;
  return `in ${town}`;
}
