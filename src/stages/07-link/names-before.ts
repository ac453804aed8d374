/**
 * "As The Atlantic recently noted": the tagger marks only the last word of a title ("Atlantic"),
 * which alone is another entity (the ocean). A capitalised "The" inside a sentence (not a
 * sentence's first word) belongs to the title; when "The" and the mention make a name the KB
 * knows exactly (the magazine), that is what the text says.
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** A capitalised "The" after a word of the sentence: part of a title ("As The Atlantic noted"). */
const TITLE_THE_BEFORE = /[\p{Ll},;:] (The )$/u;

/** The KB entity named by a title's "The" before `start` and the mention together, or null. */
export function nameCompletedBefore(
  kb: KnowledgeBase,
  text: string,
  start: number,
  surface: string,
): { readonly entity: KbEntity; readonly name: string } | null {
  const before = text.slice(Math.max(0, start - 30), start);
  const prefix = TITLE_THE_BEFORE.exec(before)?.[1];
  if (!prefix) return null;
  const name = `${prefix}${surface}`;
  const hit = kb.lookup(name).find(isNameOrAlias);
  return hit ? { entity: hit.entity, name } : null;
}
