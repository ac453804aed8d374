/**
 * A famous body's or place's exact name used by something else, which the words around it
 * say: "AFC Wimbledon" is a football club, not the tennis championships; "the Elysee
 * Montmartre concert hall" a Paris venue, not the presidential palace; "K-pop group
 * Pentagon" a band, not the US defence department; "Downing Street in Cambridge" a street
 * of another town. The first two are read across the article, like local businesses
 * (local-businesses.ts): once the article writes the longer name or the kind word, the short
 * name said alone later ("Wimbledon will play at Wembley") is that other thing too.
 */
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';

/** Words that begin football clubs' names: "AFC Wimbledon", "FC Porto", "Racing Santander". */
const CLUB_PREFIX =
  /(?<![\p{L}\p{N}])(AFC|FC|CF|SC|AC|SV|VfB|VfL|RB|FK|NK|HNK|Dynamo|Dinamo|Sporting|Olympique|Racing)\s+$/u;

/** Any club prefix in a text: most articles have none (the cheap test first). */
const ANY_CLUB_PREFIX =
  /(?<![\p{L}\p{N}])(?:AFC|FC|CF|SC|AC|SV|VfB|VfL|RB|FK|NK|HNK|Dynamo|Dinamo|Sporting|Olympique|Racing) \p{Lu}/u;

/**
 * Lower-case nouns of venues and premises after a longer name: "the Elysee Montmartre
 * concert hall", "the Kremlin Palace nightclub".
 */
const VENUE_NOUNS =
  'concert hall|music hall|theatre|theater|cinema|nightclub|club|venue|ballroom|bar|pub|restaurant|hotel|cafe|café|gallery|bookshop|bookstore|boutique';

/** One or two capitalised words, then a venue noun. */
const VENUE_AFTER = new RegExp(`^((?:\\s+\\p{Lu}[\\p{L}'’-]*){1,2})\\s+(${VENUE_NOUNS})\\b`, 'u');

/** Any venue noun in a text (the cheap test). */
const ANY_VENUE_NOUN = new RegExp(`\\b(?:${VENUE_NOUNS})\\b`);

/** Ensembles named by their genre right before a name: "K-pop group Pentagon", "rock band Genesis". */
const ENSEMBLE_BEFORE =
  /(?:\b(?:K-pop|J-pop|pop|rock|boy|girl|indie|punk|metal|folk|jazz|hip-hop|rap|reggae|techno)\s+(?:group|band|duo|trio|quartet|act)|\bband)\s+$/i;

/** Any ensemble word in a text (the cheap test before each occurrence is read). */
const ANY_ENSEMBLE_WORD = /\b(?:band|group|duo|trio|quartet|act) \p{Lu}/u;

function escaped(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every occurrence of `surface` as a whole word in `text`: its start and end. */
function* occurrences(text: string, surface: string): Generator<[number, number]> {
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(surface)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(at)) yield [m.index, m.index + surface.length];
}

/**
 * The longer name of another thing the article writes `surface` in, or null: a club prefix
 * before it ("AFC Wimbledon") or one or two capitalised words and a venue noun after it
 * ("Elysee Montmartre concert hall"). `namesCandidate`: whether a longer name is a KB name of
 * the candidate itself (then it tells nothing against it). `onlyAt`: read the occurrence
 * starting there only — a place keeps its name elsewhere in the article ("AC Milan fans
 * gathered in Milan").
 */
export function longerNameOfOther(
  text: string,
  surface: string,
  namesCandidate: (name: string) => boolean,
  onlyAt: number | null = null,
): string | null {
  const clubs = ANY_CLUB_PREFIX.test(text);
  if (!clubs && !ANY_VENUE_NOUN.test(text)) return null;
  for (const [start, end] of occurrences(text, surface)) {
    if (onlyAt !== null && start !== onlyAt) continue;
    const prefix = clubs ? CLUB_PREFIX.exec(text.slice(Math.max(0, start - 12), start))?.[1] : undefined;
    if (prefix && !namesCandidate(`${prefix} ${surface}`)) return `${prefix} ${surface}`;
    const venue = VENUE_AFTER.exec(text.slice(end, end + 60));
    if (!venue) continue;
    const words = venue[1]!.trim().split(/\s+/);
    if (words.some((_, i) => namesCandidate(`${surface} ${words.slice(0, i + 1).join(' ')}`))) continue;
    return `${surface} ${words.join(' ')} ${venue[2]}`;
  }
  return null;
}

/**
 * "K-pop group Pentagon", "the band Kremlin": the genre and ensemble words before any
 * occurrence of `surface` when `entity` is no band, else null.
 */
export function ensembleNamed(text: string, surface: string, entity: KbEntity): string | null {
  if (!ANY_ENSEMBLE_WORD.test(text) || entity.kind === 'music-group') return null;
  for (const [start] of occurrences(text, surface)) {
    const words = ENSEMBLE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    if (words) return words[0].trim();
  }
  return null;
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
