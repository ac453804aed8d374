/**
 * Wire datelines name the agency that wrote the story: "MUNICH, Feb 14 (Reuters) -",
 * "WASHINGTON (AP) —", "PARIS, March 3 (AFP) –". A copy that keeps the dateline keeps
 * the name of its original publisher.
 */
const DATELINE =
  /^\s*([A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?)(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\(([^()\n]{2,40})\)\s*[-–—]/u;

export interface Dateline {
  readonly place: string;
  readonly agency: string;
  readonly text: string;
}

export function findDateline(text: string): Dateline | null {
  // Datelines open the first paragraph of the body (sometimes after a byline line).
  for (const paragraph of text.split(/\n\s*\n/).slice(0, 3)) {
    const match = DATELINE.exec(paragraph);
    if (match) return { place: match[1]!.trim(), agency: match[2]!.trim(), text: match[0].trim() };
  }
  return null;
}
