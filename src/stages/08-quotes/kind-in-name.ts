/**
 * `… a panel blew out of an Alaska Airlines jet … None was hurt, the airline said`: an
 * organisation whose own name holds the kind a description calls it by is that
 * description's, over the story's company the headline names (a plane-maker).
 */

/** Does the organisation's name hold `kind` as a word, singular or plural ("Alaska Airlines")? */
export function namesItsKind(name: string, kind: string): boolean {
  for (const w of name.toLowerCase().split(/\s+/u)) if (w === kind || w === `${kind}s`) return true;
  return false;
}
