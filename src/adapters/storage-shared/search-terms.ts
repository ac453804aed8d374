/**
 * What a user types into a search box, reduced to required terms: each bare word is a
 * term, each "double-quoted phrase" is one term of several words. Only letters and
 * digits survive, so no backend's query operators can ever be injected. Both storage
 * backends build their full-text query from this one reading.
 */
export function searchTerms(input: string): string[][] {
  const terms: string[][] = [];
  for (const match of input.matchAll(/"([^"]*)"|(\S+)/g)) {
    const words = (match[1] ?? match[2] ?? '').match(/[\p{L}\p{N}]+/gu);
    if (words) terms.push(words);
  }
  return terms;
}
