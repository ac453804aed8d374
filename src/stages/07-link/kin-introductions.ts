/**
 * Copy introduces a newsmaker's relative by the relation first: "his son Hunter Biden", "Her
 * husband Doug Emhoff". The relative is then called by the given name, and the surname alone
 * goes on meaning the newsmaker (the wire-style rule for two people of one surname).
 */

/** A possessive and a word of kin right before a name ("his son [Jens]", "His son [Ilham]"). */
export const KIN_BEFORE =
  /\b([Hh]is|[Hh]er|[Tt]heir)\s+(son|daughter|brother|sister|father|mother|wife|husband|nephew|niece|grandson|granddaughter|uncle|aunt|cousin)\s+$/;

/** Whether the name starting at `start` is introduced as someone's relative ("his son Hunter Biden"). */
export function introducedAsKin(text: string, start: number): boolean {
  return KIN_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
