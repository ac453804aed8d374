/**
 * Wire datelines name the agency that wrote the story: "MUNICH, Feb 14 (Reuters) -",
 * "WASHINGTON (AP) —", "PARIS, March 3 (AFP) –". A copy that keeps the dateline keeps
 * the name of its original publisher (the provenance stage reads it), and the words in
 * the brackets are an organisation whatever a tagger makes of an agency it never saw
 * ("(Copydesk Wire)" is no person: the NER stage reads it too). It lives with the
 * segmenter because it is part of the text's structure, like its paragraphs.
 */
const DATELINE =
  /^\s*([A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?)(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\(([^()\n]{2,40})\)\s*[-–—]/du;

const PARAGRAPH_BREAK = /\n\s*\n/g;

/** Datelines open the first paragraph of the body, sometimes after a headline and a byline. */
const PARAGRAPHS_SEARCHED = 3;

export interface Dateline {
  readonly place: string;
  readonly agency: string;
  readonly text: string;
  /** Character offsets of `agency` in the text searched. */
  readonly agencyStart: number;
  readonly agencyEnd: number;
}

export function findDateline(text: string): Dateline | null {
  let start = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let searched = 0; searched < PARAGRAPHS_SEARCHED && start <= text.length; searched++) {
    const next = PARAGRAPH_BREAK.exec(text);
    const end = next ? next.index : text.length;
    const match = DATELINE.exec(text.slice(start, end));
    if (match) {
      const [agencyFrom, agencyTo] = match.indices![2]!;
      const agency = match[2]!;
      const leading = agency.length - agency.trimStart().length;
      const trailing = agency.length - agency.trimEnd().length;
      return {
        place: match[1]!.trim(),
        agency: agency.trim(),
        text: match[0].trim(),
        agencyStart: start + agencyFrom + leading,
        agencyEnd: start + agencyTo - trailing,
      };
    }
    if (!next) break;
    start = next.index + next[0].length;
  }
  return null;
}
