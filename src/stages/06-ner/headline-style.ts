/**
 * Title-cases a sentence the way AP and Chicago headline style do: every word
 * capitalised except short articles, conjunctions and prepositions, which keep lower
 * case unless they are the first or last word. Used to measure the truecaser
 * (`copydesk eval ner --title-case`): CoNLL dev and test written as headlines.
 */

/** Articles, conjunctions and prepositions of three letters or fewer (AP). */
const KEPT_LOWER: ReadonlySet<string> = new Set(
  'a an the and but or nor for so yet as at by in of off on per to up via'.split(' '),
);

const STARTS_LOWER = /^\p{Ll}/u;
const CLITIC = /^(?:n['’]t|['’]\p{L}*)$/iu;

/** The sentence's words in headline title case (only first letters change). */
export function titleCaseWords(words: readonly string[]): string[] {
  const isWord = (w: string) => /^\p{L}/u.test(w) && !CLITIC.test(w);
  const first = words.findIndex(isWord);
  let last = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (isWord(words[i]!)) {
      last = i;
      break;
    }
  }
  return words.map((w, i) => {
    if (!isWord(w) || !STARTS_LOWER.test(w)) return w;
    if (i !== first && i !== last && KEPT_LOWER.has(w)) return w;
    return w[0]!.toUpperCase() + w.slice(1);
  });
}
