/**
 * INTERIM, for `copydesk eval linking` only, until the segment (issue 2) and NER (issue 4)
 * stages merge: rough sentences, tokens and name mentions from runs of capitalised words,
 * typed by the knowledge base. Title words ("Defense Secretary", "NATO") split runs, so
 * "NATO Secretary General Mark Root" gives NATO and Mark Root. This is NOT a named-entity
 * recogniser and is never part of the analysis pipeline: the eval switches to the full
 * pipeline (src/presets/) once it exists — see `analyzeForLinking` in
 * src/apps/cli/commands/eval/linking.ts.
 */
import type { EntityType, Mention, Sentence, Token } from '../../../core/annotations.js';
import { fuzzyKey } from '../../../kb/fuzzy-key.js';
import type { KnowledgeBase } from '../../../ports/knowledge-base.js';
import { nameSimilarity } from '../similarity.js';

const ABBREVIATIONS =
  /\b(Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Sen|Rep|Gov|Prof|St|Jr|Sr|No|Vol|Inc|Corp|Ltd|Co|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|[A-Z])\.$/;

/** Sentences: split after . ! ? (and closing quotes) before a capital, except after abbreviations. */
export function roughSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])|\n\s*\n/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    if (!m[0].startsWith('\n') && ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 6), m.index + 1)))
      continue;
    if (end > start) out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (text.trim().length > 0 && start < text.length) out.push({ start, end: text.trimEnd().length });
  return out.filter((s) => s.end > s.start);
}

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\d'’.-]*[\p{L}\p{M}\d]|[\p{L}\p{M}]|\d+(?:[.,]\d+)*|\S/gu;

export function roughTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const kind = /^\p{L}/u.test(t)
      ? 'word'
      : /^\d/.test(t)
        ? 'number'
        : /^["“”‘’']$/.test(t)
          ? 'quote'
          : 'punct';
    out.push({ start: m.index, end: m.index + t.length, kind });
  }
  return out;
}

/** Words that start sentences or stand in titles: never part of a name. */
const NOT_NAME = new Set(
  (
    'The A An This That These Those He She It They We I You His Her Its Their Our My In On At For From With By ' +
    'But And Or If When While After Before As Since Until Although Though Because During Under Over About Meanwhile ' +
    'However Also Yet So Then There Here Where What Who Why How Last Next Earlier Later On Monday Tuesday Wednesday ' +
    'Thursday Friday Saturday Sunday January February March April May June July August September October November ' +
    'December Speaking Asked Asking Writing According Mr Mrs Ms Dr Sir Dame President Vice Prime Minister Ministers ' +
    'Secretary Secretary-General General Chancellor Vice-Chancellor Defense Defence Foreign Finance Interior Home ' +
    'Treasury State Chief Commissioner Senator Sen Rep Gen Governor Mayor King Queen Prince Crown Ambassador Envoy ' +
    'Special Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair Director Director-General CEO High ' +
    'Representative Supreme Leader Deputy Pope Premier Commander Commander-in-Chief Minister-President ' +
    'Former Ex Acting Interim Outgoing Incoming Top Head Boss Founder Executive Managing US U.S. UK EU Russian ' +
    'Ukrainian German French British American Chinese Israeli Iranian Dutch Polish Italian Spanish Turkish Estonian ' +
    'Secretary-Generals Opposition Speaker ' +
    'Exchequer Commander-in-chief Defender Goalkeeper Striker Student Actor Artist Retiree Victim Witness Resident ' +
    'Villagers Officials Delegates Local Teacher Nurse Singer Farmer Opera Novelist Footballer Minister-president'
  )
    .split(' ')
    .map((w) => w.toLowerCase()),
);

const PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'del',
  'da',
  'di',
  'bin',
  'al',
  'el',
  'la',
  'le',
  'du',
  'dos',
  'fon',
  'vom',
  'zu',
  'ter',
  'ten',
]);

const SPEECH_VERB =
  /^\s*(said|says|told|added|argued|warned|insisted|stressed|noted|wrote|replied|urged|claimed)\b/;

/** Capitalised, or a particle run into a capitalised name ("derLeyen"). */
function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^(von|van|der|de|di|da|al|el|bin|la|le)-?\p{Lu}/u.test(word);
}

/** True when the KB knows `surface` as a person, exactly or (for 2+ letters of key) by sound. */
function looksLikeKnownPerson(kb: KnowledgeBase, surface: string): boolean {
  if (kb.lookup(surface).some((h) => h.entity.type === 'person')) return true;
  const key = fuzzyKey(surface);
  return (
    key.length >= 4 &&
    kb
      .lookupFuzzy(key)
      .some(
        (h) =>
          h.entity.type === 'person' &&
          h.kind !== 'surname' &&
          nameSimilarity(surface, h.entity.name) >= 0.75,
      )
  );
}

/** The type of an unknown single word by sound: an organisation or place that it spells almost exactly. */
function soundAlikeType(kb: KnowledgeBase, word: string): EntityType | null {
  if (kb.lookup(word).some((h) => h.entity.type === 'person')) return null;
  const key = fuzzyKey(word);
  if (key.length < 3) return null;
  for (const h of kb.lookupFuzzy(key)) {
    if (
      h.entity.type !== 'person' &&
      h.kind !== 'short' &&
      h.kind !== 'demonym' &&
      nameSimilarity(word, h.entity.name) >= 0.85
    ) {
      return h.entity.type;
    }
  }
  return null;
}

/**
 * Name mentions from capitalised-word runs. A run is cut at title words and at names the
 * KB knows as organisations or places; what is left and unknown to the KB is a person.
 */
export function gazetteerMentions(
  text: string,
  kb: KnowledgeBase,
): { sentences: Sentence[]; tokens: Token[]; mentions: Mention[] } {
  const sentences = roughSentences(text);
  const tokens = roughTokens(text);
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const mentions: Mention[] = [];
  const flush = (run: Token[]) => {
    // Trailing particles belong to no name.
    while (run.length > 0 && PARTICLES.has(text.slice(run[run.length - 1]!.start, run[run.length - 1]!.end)))
      run.pop();
    if (run.length === 0) return;
    const whole = text.slice(run[0]!.start, run[run.length - 1]!.end).replace(/['’]s$/, '');
    if (run.length >= 2 && looksLikeKnownPerson(kb, whole)) {
      mentions.push({
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        type: 'person',
        by: 'interim-gazetteer',
        confidence: 0.5,
      });
      return;
    }
    // Longest KB organisation/place/event prefix first: "NATO", "European Union", "Munich Security Conference".
    let i = 0;
    while (i < run.length) {
      let matched = 0;
      let type: EntityType | null = null;
      for (let j = Math.min(run.length, i + 6); j > i; j--) {
        const surface = text.slice(run[i]!.start, run[j - 1]!.end).replace(/['’]s$/, '');
        const upper = surface === surface.toUpperCase();
        const hit = kb
          .lookup(surface)
          .find(
            (h) =>
              !(j - i === 1 && kb.lookup(surface).some((x) => x.entity.type === 'person')) &&
              h.entity.type !== 'person' &&
              h.kind !== 'surname' &&
              h.kind !== 'demonym' &&
              (h.kind !== 'short' || upper),
          );
        if (hit) {
          matched = j - i;
          type = hit.entity.type;
          break;
        }
      }
      if (matched > 0 && type) {
        mentions.push({
          start: run[i]!.start,
          end: run[i + matched - 1]!.end,
          type,
          by: 'interim-gazetteer',
          confidence: 0.5,
        });
        i += matched;
        continue;
      }
      // A person name: the maximal stretch up to the next KB organisation/place.
      let j = i + 1;
      while (j < run.length) {
        const w = text.slice(run[j]!.start, run[j]!.end);
        const hit = kb
          .lookup(w)
          .find((h) => h.entity.type !== 'person' && h.kind !== 'surname' && h.kind !== 'demonym');
        if (hit && hit.entity.prominence >= 3) break;
        j++;
      }
      const start = run[i]!.start;
      const end = run[j - 1]!.end;
      const single = j - i === 1;
      const atSentenceStart =
        sentenceStarts.has(start) || /["“‘(]\s*$/.test(text.slice(Math.max(0, start - 2), start));
      const word = text.slice(start, end).replace(/['’]s$/, '');
      const other = single ? soundAlikeType(kb, word) : null;
      if (other) {
        mentions.push({ start, end, type: other, by: 'interim-gazetteer', confidence: 0.4 });
      } else if (
        !single ||
        !atSentenceStart ||
        SPEECH_VERB.test(text.slice(end, end + 20)) ||
        /['’]s$/.test(text.slice(start, end)) ||
        text[end] === ',' ||
        looksLikeKnownPerson(kb, word)
      ) {
        mentions.push({ start, end, type: 'person', by: 'interim-gazetteer', confidence: 0.4 });
      }
      i = j;
    }
  };
  let run: Token[] = [];
  let sentenceIndex = 0;
  for (const t of tokens) {
    while (sentenceIndex < sentences.length && sentences[sentenceIndex]!.end <= t.start) {
      flush(run);
      run = [];
      sentenceIndex++;
    }
    const word = text.slice(t.start, t.end).replace(/['’]s$/, '');
    const continuesRun = run.length > 0 && t.start - run[run.length - 1]!.end <= 1;
    const demonym = kb.lookup(word).some((h) => h.kind === 'demonym');
    if (t.kind === 'word' && isCapitalised(word) && !NOT_NAME.has(word.toLowerCase()) && !demonym) {
      if (!continuesRun && run.length > 0) {
        flush(run);
        run = [];
      }
      run.push(t);
    } else if (t.kind === 'word' && PARTICLES.has(word) && run.length > 0 && continuesRun) {
      run.push(t);
    } else if (
      text[t.start] === '.' &&
      t.end - t.start === 1 &&
      run.length > 0 &&
      continuesRun &&
      /^\p{Lu}(\.\p{Lu})*$/u.test(text.slice(run[run.length - 1]!.start, run[run.length - 1]!.end))
    ) {
      // "J. D. Vance": the period belongs to the initial.
      run.push(t);
    } else {
      flush(run);
      run = [];
    }
  }
  flush(run);
  return { sentences, tokens, mentions };
}
