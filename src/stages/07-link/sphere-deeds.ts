/**
 * "Mohamed Sallah, who finished the season with 29 league goals": a relative clause after a
 * name that tells a deed of sport (or culture) presents the star of that sphere, not a private
 * person — as ", who fled the country" presents a fallen head of state. The clause is read
 * with the words of spheres.ts, local or amateur life included ("who scored twice for his
 * village side" has no sphere).
 */
import type { KbEntity } from '../../kb/model.js';
import { profileText } from './descriptor.js';
import { documentSpheres, personSphere } from './spheres.js';

/** ", who finished the season with 29 league goals": the clause, up to its first stop or comma. */
const WHO_CLAUSE = /^\s*,\s*who\s+([^,.;:!?]{1,100})/u;

/** True when a "who" clause right after `end` tells a deed of the sphere `entity` belongs to. */
export function deedOfOwnSphere(text: string, end: number, entity: KbEntity): boolean {
  const clause = WHO_CLAUSE.exec(text.slice(end, end + 120))?.[1];
  if (!clause) return false;
  const sphere = personSphere(profileText(entity));
  if (!sphere) return false;
  const cue = ` ${clause.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return documentSpheres(cue).has(sphere);
}
