/**
 * The spin index lists a name for a spun-name test only when each of its words may answer
 * the test's word at its position (the same word, its other spelling, a synonym, a
 * thesaurus substitute, or a near spelling the letter counts allow): on the shipped KB, it
 * leaves out of the full listing only names `matchKinds` turns away, the others in the same
 * order, for spun, misspelt, reordered and made-up names and headline runs.
 */
import { describe, expect, it } from 'vitest';
import { defaultKbPath, loadKnowledgeBase } from '../../kb/store.js';
import { withoutQuickTests } from './spin-answers.js';
import { indexOf } from './spin-index.js';
import { contentWords, matchKinds, type WordInfo, wordInfo } from './spin-words.js';
import { spinnerSynonyms } from './spinner-lexicon.js';

const kb = loadKnowledgeBase(defaultKbPath());

/** Made-up names and runs of capitalised words in news style, and near misses of real names. */
const MADE_UP = [
  'Globe Well being Group',
  'Worldwide Felony Courtroom',
  'Financial institution of Englund',
  'Munich Safety Convention',
  'Elephant Party',
  'Brexit Get together',
  'Labour Celebration',
  'Democratic Nationwide Committee',
  'Federal Bureau of Examination',
  'Nationwide Safety Council',
  'Trump Just Set Up',
  'Senate Votes To Block Pipeline',
  'Make America Great Again',
  'Quake Hits Northern Province',
  'Central Financial institution of Eire',
  'European Fee',
  'Untied Nations Security Council',
  'World Trade Organisation',
  'Natinal Rifle Asociation',
  'Republcan National Comittee',
  'Hezbolah Fighters',
  'Pentagon Plumbing Ltd',
  'Islamic Revolutionary Guard Corpse',
  'Supreme Courtroom of the United States',
  'Bank of Korea',
  'People’s Liberation Military',
  'Department of the Interiour',
  'Ministry of the Interiour',
];

const OTHER_SPELLING: Record<string, string> = {
  our: 'or',
  or: 'our',
  tre: 'ter',
  ter: 'tre',
  isation: 'ization',
  ization: 'isation',
};

/** Forms of a KB name: itself, each word swapped for a lexicon synonym, misspelt or put in the plural, words reversed. */
function formsOf(name: string): string[] {
  const words = name.split(' ');
  const out = [name, [...words].reverse().join(' ')];
  for (let i = 0; i < words.length; i++) {
    const put = (w: string) => out.push([...words.slice(0, i), w, ...words.slice(i + 1)].join(' '));
    const word = words[i]!;
    const synonym = spinnerSynonyms(word.toLowerCase())[0];
    if (synonym) put(synonym);
    if (word.length > 4) put(word.slice(0, 2) + word.slice(3));
    // The other spelling of English ("Labor", "Centre", "Organisation").
    const other = word.replace(/our$|or$|tre$|ter$|isation$|ization$/, (m) => OTHER_SPELLING[m]!);
    if (other !== word) put(other);
    // Singular for plural and back ("Nation", "Banks"): the same word without its "s".
    put(word.endsWith('s') ? word.slice(0, -1) : `${word}s`);
    put(word.replace(/[aeiou]/, (v) => (v === 'e' ? 'a' : 'e')));
  }
  return out;
}

/** Every 20th organisation or event name of the KB with two to four words, in its forms. */
function kbForms(): string[] {
  const out: string[] = [];
  let k = 0;
  for (const e of kb.entities()) {
    if (e.type !== 'organization' && e.type !== 'event') continue;
    const words = e.name.split(' ').length;
    if (words < 2 || words > 4 || k++ % 20 !== 0) continue;
    out.push(...formsOf(e.name));
  }
  return out;
}

/**
 * The names the index lists for a test of `texts` (entity id and name, in order; fresh words
 * each time), and those of them whose words answer the test's (`matchKinds`).
 */
function listing(texts: readonly string[]): { all: string[]; answering: string[] } {
  const index = indexOf(kb);
  const words: WordInfo[] = texts.map((t) => wordInfo(t, index.idOf));
  const count = index.near(words);
  const all: string[] = [];
  const answering: string[] = [];
  for (let k = 0; k < count; k++) {
    const item = index.listed[k]!;
    const against = item.words.length === words.length ? item.words : item.countryless!;
    all.push(`${item.entity.id} ${item.name}`);
    if (matchKinds(words, against)) answering.push(`${item.entity.id} ${item.name}`);
  }
  return { all, answering };
}

/** Whether `part` is `whole` with some entries left out, the rest in the same order. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const x of part) {
    while (at < whole.length && whole[at] !== x) at++;
    if (at === whole.length) return false;
    at++;
  }
  return true;
}

describe('the spin index’s listing', () => {
  const surfaces = [...MADE_UP, ...kbForms()];

  it('leaves out of the full listing only names whose words do not answer the test’s', () => {
    expect(surfaces.length).toBeGreaterThan(1000);
    let answering = 0;
    let listed = 0;
    let turnedAway = 0;
    for (const surface of surfaces) {
      const texts = contentWords(surface, true);
      if (texts.length < 2) continue;
      const full = withoutQuickTests(kb, () => listing(texts));
      const sieved = listing(texts);
      expect(sieved.answering, surface).toEqual(full.answering);
      expect(isSubsequence(sieved.all, full.all), surface).toBe(true);
      answering += sieved.answering.length;
      listed += sieved.all.length;
      turnedAway += full.all.length - sieved.all.length;
    }
    // The comparison is not only of empty lists, and the sieve does turn names away.
    expect(answering).toBeGreaterThan(500);
    expect(turnedAway).toBeGreaterThan(listed * 10);
  });
});
