/**
 * `Merz said his priority was … / Asked how long the talks might take, the conservative
 * leader said …`, `Sinner said … / The world number one said …`: a description of one
 * person that is the first subject of its paragraph (nothing before it but a lead-in
 * clause such as "Asked …," or "In a video message,") goes on with the previous paragraph's speaker, like a
 * paragraph that opens with a quotation does (resolve-named-nearby.ts decides who that
 * speaker is and whether anyone else was named since). Only a description of two words or
 * more, and none anchored to a place or a body (nor contradicting the person's title, see
 * resolve-named-nearby.ts): a bare "The judge said" or "The governor of
 * Luxor said" opening a paragraph may bring in someone new.
 */
import { isOrgNoun } from './lexicon.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** "Asked …,", "Speaking to reporters …,": a participle clause before the subject. */
const LEAD_IN =
  /^(?:(?:Asked|Pressed|Questioned|Speaking|Answering|Responding|Addressing)\b|In\s+(?:a|an|his|her|their)\s)[^.!?“”"«»\n]*,\s*$/u;

/** "the 42-year-old wife of …": a relative is described by the person named after "of". */
const KIN_OF_HEAD =
  /^(?:the|his|her|their)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}(?:widow|widower|wife|husband|son|daughter|mother|father|brother|sister)\s+of\s/iu;

/** "the governor of Luxor", "the head at the agency": a role anchored to a place or a body. */
const ANCHORED = /\s(?:of|at|for|from|in|with)\s/iu;

/** "the world number one", "the world No. 2": a ranking stands for one player. */
const RANKING = /^the\s+(?:world\s+)?(?:number|no\.)\s*(?:one|two|three|1|2|3)$/iu;

/** Is `phrase` (at least two content words `ws`) the first subject of its paragraph? */
export function opensParagraphAsSubject(phrase: SpeakerPhrase, ws: readonly string[], text: string): boolean {
  // (A relative "of" someone is anchored to no place or body: "the wife of NAME".)
  if (ws.length < 2 || (ANCHORED.test(phrase.text) && !KIN_OF_HEAD.test(phrase.text))) return false;
  // "The council leader", "the union chief": an organisation's noun before the head
  // anchors the role to that body, like "of the council" does.
  if (ws.slice(0, -1).some((w) => isOrgNoun(w))) return false;
  const paragraphStart = text.lastIndexOf('\n', phrase.start) + 1;
  const lead = text.slice(paragraphStart, phrase.start);
  return lead === '' || LEAD_IN.test(lead);
}

/** Is `phrase` a relative's description ("the 42-year-old wife of …")? A kinship is no title. */
export function isKinDescription(phrase: SpeakerPhrase): boolean {
  return KIN_OF_HEAD.test(phrase.text);
}

/** Is `phrase` a player's ranking ("The world number one")? It describes one person. */
export function isRanking(phrase: SpeakerPhrase): boolean {
  return RANKING.test(phrase.text);
}
