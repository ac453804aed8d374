/**
 * `“…,” said one man, who had served 19 years. He gave his name only as Abu Khaled.`: an
 * unnamed speaker who gives a name in the next sentence is known by it, as one who gives
 * it in the frame's own clause is (`who gave her name only as Anja`, speaker-after-cue.ts).
 */

/** The sentence after the speaker's: "He gave his name only as NAME", "She would give only her first name, NAME". */
const NAME_GIVEN_NEXT =
  /^[^.!?“”"]{0,120}?[.!?]\s+(?:He|She)\s+(?:gave|would\s+give)\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name(?:\s+only)?(?:\s+as|,)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/**
 * The name an unnamed speaker whose phrase ends at `end` gives in the next sentence, with
 * where it stands; null when the next sentence gives none.
 */
export function nameGivenNext(
  text: string,
  end: number,
): { start: number; end: number; name: string } | null {
  // Cheap test first: the word "name" shortly after.
  const window = text.slice(end, end + 260);
  if (!window.includes(' name')) return null;
  const m = NAME_GIVEN_NEXT.exec(window);
  if (!m) return null;
  const start = end + m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, name: m[1]! };
}
