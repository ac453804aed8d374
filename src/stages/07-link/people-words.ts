/**
 * Words for peoples, nationalities, languages and creeds ("Asian", "Christian", "Chinese"):
 * the tagger's demonym gazetteer (resources/gazetteers/demonyms.txt). Such a word is an
 * adjective or a people, never a misspelt name: "a flood of Asian imports" is not ASEAN, and
 * "Christian conservatives" are not Chris Christie's. Written exactly, a KB name stays itself
 * ("English" of Bill English): only repairs into such a word's near spellings are refused.
 */
import { loadList } from '../06-ner/gazetteer-source.js';

let peopleWords: ReadonlySet<string> | null = null;

/** Whether `word`, as written (capitalised), names a people, nationality, language or creed. */
export function isPeopleWord(word: string): boolean {
  peopleWords ??= new Set(loadList('demonyms'));
  return peopleWords.has(word);
}
