/**
 * `“…,” said one man, who had served 19 years. He gave his name only as Abu Khaled.`: an
 * unnamed speaker who gives a name in the next sentence is known by it, as one who gives
 * it in the frame's own clause is (`who gave her name only as Anja`, speaker-after-cue.ts).
 */

/**
 * The sentence after the speaker's: "He gave his name only as NAME", "She would give only
 * her first name, NAME", or one that names the person just described in apposition, "The
 * woman, Sharon Hughes, 58, told …" (the definite "the woman" can only be the one just
 * quoted).
 */
const NAME_GIVEN_NEXT =
  /^[^.!?“”"]{0,120}?[.!?]\s+(?:(?:He|She)\s+(?:gave|would\s+give)\s+(?:only\s+)?(?:his|her)\s+(?:(?:first|family|last)\s+|sur)?name(?:\s+only)?(?:\s+as|,)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)|The\s+(?:wo)?man,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),)/u;

/**
 * The name an unnamed speaker whose phrase ends at `end` gives in the next sentence, with
 * where it stands; null when the next sentence gives none.
 */
export function nameGivenNext(
  text: string,
  end: number,
): { start: number; end: number; name: string } | null {
  // Cheap test first: the word "name" or "man," shortly after.
  const window = text.slice(end, end + 260);
  if (!window.includes(' name') && !window.includes('man, ')) return null;
  const m = NAME_GIVEN_NEXT.exec(window);
  if (!m) return null;
  const name = m[1] ?? m[2]!;
  // (The apposition's name is followed by its closing comma.)
  const start = end + m.index + m[0].length - name.length - (m[1] ? 0 : 1);
  return { start, end: start + name.length, name };
}
