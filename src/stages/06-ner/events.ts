/**
 * Named events (conferences, summits, wars, exercises, games) on top of the tagger,
 * by rules and a gazetteer, since CoNLL has no event type:
 *  1. a listed event name ("Cold War", "Munich Security Conference");
 *  2. a capitalised name ending in an event head ("Munich Security Conference",
 *     "Battle of Britain", "Exercise Steadfast Defender", "Operation Barbarossa");
 *  3. a named organisation or place followed by a lower-case event noun, optionally
 *     with its venue ("NATO summit in Vilnius", "G7 summit", "Ukraine war").
 * Mentions inside an event of kind 1 or 2 are absorbed into it; in kind 3 the inner
 * organisation and place keep their own mentions (they are entities in their own
 * right), so event mentions may contain other mentions.
 */
import { hashRange, hashString, mix } from './hash.js';
import { Gazetteer, PHRASE_SEED } from './lexicon.js';
import type { TaggedSpan } from './tagger.js';
import type { TokenSeq } from './token-seq.js';

/** A span over tokens with a copydesk-style type (`event` or a CoNLL type). */
export interface EventSpan {
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  /** Whether mentions inside the span should be dropped in favour of the event. */
  readonly absorbs: boolean;
}

const hashes = (words: string) => new Set(words.split(' ').map((w) => hashString(w, true)));

/** Heads that end a capitalised event name. */
const NAME_HEADS = hashes(
  'conference summit forum war games olympics olympiad cup championship championships festival ' +
    'exercise exercises expo convention revolution uprising massacre dialogue symposium marathon ' +
    'prix open biennale fair week talks crisis',
);
/** Words that start an event name followed by capitalised words. */
const NAME_STARTS = hashes('operation exercise battle siege');
/** Lower-case words allowed inside a capitalised name ("Battle of Britain"). */
const CONNECTORS = hashes('of the on for and de');
/** Lower-case event nouns after a named organisation or place. */
const NOUN_HEADS = hashes('summit conference forum exercise exercises war talks games meeting');
const NOUN_HEADS_NOT_AFTER_MISC = hashes('war meeting');
const VENUE = hashes('in at');

function isCapitalised(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) || (c >= 48 && c <= 57);
}

/** The event gazetteer, built once from the event names list. */
export function eventGazetteer(names: readonly string[]): Gazetteer {
  return Gazetteer.fromLists(new Map([['events', names]]));
}

/** Event spans in one document, given the tagger's spans. */
export function findEvents(seq: TokenSeq, tagged: readonly TaggedSpan[], names: Gazetteer): EventSpan[] {
  const { text, starts, ends, sentStarts } = seq;
  const n = starts.length;
  const lower = new Uint32Array(n);
  for (let k = 0; k < n; k++) lower[k] = hashRange(text, starts[k]!, ends[k]!, true);
  const sentenceEnd = new Int32Array(n);
  for (let s = 0; s + 1 < sentStarts.length; s++) {
    for (let k = sentStarts[s]!; k < sentStarts[s + 1]!; k++) sentenceEnd[k] = sentStarts[s + 1]!;
  }
  const mentionAt = new Int32Array(n).fill(-1);
  tagged.forEach((m, i) => {
    for (let k = m.start; k < m.end; k++) mentionAt[k] = i;
  });
  const events: EventSpan[] = [];
  const taken = new Uint8Array(n);
  const add = (start: number, end: number, confidence: number, absorbs: boolean) => {
    for (let k = start; k < end; k++) if (taken[k]) return;
    for (let k = start; k < end; k++) taken[k] = 1;
    events.push({ start, end, confidence, absorbs });
  };

  // 1. Listed names, longest first at each position.
  for (let k = 0; k < n; k++) {
    if (!isCapitalised(text, starts[k]!)) continue;
    let h = PHRASE_SEED;
    let best = -1;
    for (let m = 0; m < names.maxTokens && k + m < sentenceEnd[k]!; m++) {
      h = mix(h, lower[k + m]!);
      if (names.lookup(h)) best = k + m + 1;
    }
    if (best > 0) add(k, best, 0.9, true);
  }

  // 2. Capitalised names ending in an event head, or starting with Operation/Battle…
  for (let k = 0; k < n; k++) {
    if (taken[k] || !isCapitalised(text, starts[k]!)) continue;
    let end = k;
    while (
      end < sentenceEnd[k]! &&
      (isCapitalised(text, starts[end]!) ||
        (end > k && CONNECTORS.has(lower[end]!) && end + 1 < n && isCapitalised(text, starts[end + 1]!)))
    ) {
      end++;
    }
    if (end - k < 2) continue;
    if (NAME_STARTS.has(lower[k]!)) {
      add(k, end, 0.8, true);
      k = end - 1;
      continue;
    }
    // The name ends at its last event head, if any ("Munich Security Conference said").
    for (let j = end - 1; j > k; j--) {
      if (NAME_HEADS.has(lower[j]!)) {
        add(k, j + 1, 0.8, true);
        break;
      }
    }
    k = end - 1;
  }

  // 3. A named organisation or place + a lower-case event noun (+ "in"/"at" + place).
  for (const m of tagged) {
    const head = m.end;
    if (head >= n || head >= sentenceEnd[m.start]! || taken[head]) continue;
    if (isCapitalised(text, starts[head]!) || !NOUN_HEADS.has(lower[head]!)) continue;
    if (m.type === 'PER') continue;
    if (m.type === 'MISC' && NOUN_HEADS_NOT_AFTER_MISC.has(lower[head]!)) continue;
    let end = head + 1;
    if (end + 1 < sentenceEnd[m.start]! && VENUE.has(lower[end]!)) {
      const venue = mentionAt[end + 1]!;
      if (venue >= 0 && tagged[venue]!.type === 'LOC' && tagged[venue]!.start === end + 1) {
        end = tagged[venue]!.end;
      }
    }
    add(m.start, end, 0.75, false);
  }
  return events.sort((a, b) => a.start - b.start);
}
