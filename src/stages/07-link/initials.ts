/**
 * "K.P. Oli", "J.K. Rowling": initials and a surname. Copy writes some people so; the KB
 * names them in full ("KP Sharma Oli", "Khadga Prasad Sharma Oli"), which no sound-alike of
 * the initials reaches. The surname is looked up as a surname alone, and the initials must
 * begin the given names of one of the bearer's names.
 */
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';

/**
 * Initials (one to three, each with a stop, or two or three capitals run together: "KP Oli")
 * and a surname of one capitalised word.
 */
const INITIALS_SURNAME = /^((?:\p{Lu}\.\s?){1,3}|\p{Lu}{2,3}\s)\s*(\p{Lu}[\p{L}'’-]+)$/u;

/** The initials ("KP") and the surname of "K.P. Oli" or "KP Oli", or null for any other form. */
export function initialsAndSurname(surface: string): { initials: string; surname: string } | null {
  const m = INITIALS_SURNAME.exec(surface.trim());
  return m ? { initials: m[1]!.replace(/[.\s]/g, ''), surname: m[2]! } : null;
}

/**
 * True when `initials` begin the initials of the given names of one of the entity's names
 * (its name or an alias, the surname last): "KP" of "Khadga Prasad Sharma Oli" and of "KP
 * Sharma Oli" (written initials count one a letter).
 */
export function initialsFit(initials: string, entity: KbEntity): boolean {
  const want = initials.toLowerCase();
  const forms = [entity.name, ...entity.names.filter((n) => n.kind === 'alias').map((n) => n.text)];
  return forms.some((form) => {
    const words = form.split(/\s+/).slice(0, -1);
    const letters = words
      .map((w) => (/^\p{Lu}{2,3}$/u.test(w) ? w.toLowerCase() : normalizeName(w).charAt(0)))
      .join('');
    return letters.startsWith(want);
  });
}
