/**
 * `The Russian leader also repeated a line Trump has often used.`: the object of a speech
 * verb that only names a piece of speech (a line, a claim, a slogan) with no content
 * after it reports nothing said. (`repeated a claim that Kyiv started the war` does: the
 * content follows "that".)
 */
import type { Span } from '../../core/span.js';

/** A determiner, perhaps one modifier, then a noun that names speech. */
const SPEECH_NOUN_OBJECT =
  /^(?:a|an|the|his|her|their|its|this|that)\s+(?:[\p{Ll}-]+\s+)?(?:line|lines|phrase|refrain|slogan|mantra|claim|claims|argument|message|remark|remarks|comment|comments|talking\s+point|point|theme)\b/u;
/** What would carry content after the noun: "that", a colon, a quotation. */
const CONTENT_AFTER = /\bthat\b|[:“"‘]/u;
/** A verb right after the noun: the noun is the subject of the content's clause ("the claims should be …"). */
const VERB_NEXT =
  /^\s+(?:is|was|were|are|be|been|had|has|have|should|would|could|will|can|may|might|must|did|does|do|\p{Ll}+ed)\b/u;

/** Does the content `span` of `text` only name a piece of speech? */
export function namesSpeechOnly(text: string, span: Span): boolean {
  const content = text.slice(span.start, span.end);
  const m = SPEECH_NOUN_OBJECT.exec(content);
  if (!m) return false;
  const rest = content.slice(m[0].length);
  return !CONTENT_AFTER.test(rest) && !VERB_NEXT.test(rest);
}
