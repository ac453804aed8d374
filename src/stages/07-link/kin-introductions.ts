/**
 * Copy introduces a newsmaker's relative by the relation first: "his son Hunter Biden", "Her
 * husband Doug Emhoff". The relative is then called by the given name, and the surname alone
 * goes on meaning the newsmaker (the wire-style rule for two people of one surname). Also the
 * other readings of kin and relations around a mention: kin of a person named after it
 * (", grandson of Indira Gandhi"), a possessive word of kin or a relation before it ("his
 * great-grandson Abdullah II", "his deputy Sara Dutertre").
 */
import type { MentionContext } from './context.js';

/**
 * A possessive and a word of kin right before a name ("his son [Jens]", "His son [Ilham]"), in
 * the raw text before a mention's start (its readers have no context, only the start). It
 * marks a relative called by the given name who may bear the newsmaker's surname: children,
 * siblings, spouses, uncles, aunts, cousins, one at a time (one given name follows). Not one
 * pattern with {@link POSSESSIVE_KIN_BEFORE}: that one reads cue text (lower case, hyphens as
 * spaces) and lifts a private-life veto; each kin list is what its rule was built and tested
 * on, and one list for both would widen both rules — a change of rules, not of layout.
 */
export const KIN_BEFORE =
  /\b([Hh]is|[Hh]er|[Tt]heir)\s+(son|daughter|brother|sister|father|mother|wife|husband|nephew|niece|grandson|granddaughter|uncle|aunt|cousin)\s+$/;

/**
 * "named after the owner's grandmother Nato", "his daughter Georgia", "their son Jordan": a word
 * of kin after a possessive, right before a one-word name, makes the name somebody's given name
 * — not the body or place the KB files under it (session acc27-link-a). The kin word, or null.
 * Cost: a two-character test before the name; the pattern only after a lower-case word.
 */
export function kinNamingBefore(text: string, start: number): string | null {
  if (start < 2 || text[start - 1] !== ' ' || !/\p{Ll}/u.test(text[start - 2]!)) return null;
  return KIN_NAMING_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? null;
}
const KIN_NAMING_BEFORE =
  /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)|\p{L}['’]s)\s+(?:(?:late|great-)\s*)*((?:step|grand)?(?:son|daughter|father|mother)|brother|sister|wife|husband|nephew|niece|uncle|aunt|cousin|grandma|grandpa|granny|mum|mom|dad)\s+$/u;

/** Whether the name starting at `start` is introduced as someone's relative ("his son Hunter Biden"). */
export function introducedAsKin(text: string, start: number): boolean {
  return KIN_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** ", grandson of former prime minister Indira Gandhi": kin of a person named (not of "a local baker"). */
export function kinOfNamed(context: MentionContext): boolean {
  return KIN_OF_NAMED.test(context.text.slice(context.span.end, context.span.end + 80));
}

/**
 * "Seth Kerr, the younger brother of Stephen Kerr": whether `between` (the text from the end
 * of one name to the start of a later one) is a kin apposition of the first that ends on the
 * second — the later name is the relative the apposition names, whoever the first turns out
 * to be.
 */
export function kinAppositionNaming(between: string): boolean {
  return KIN_APPOSITION_TO_NAME.test(between);
}
const KIN_APPOSITION_TO_NAME =
  /^\s*,\s*(?:(?:the|a|an)\s+)?(?:(?:late|eldest|elder|older|younger|youngest|only|twin|half|step)\s+)?(?:son|daughter|brother|sister|father|mother|wife|husband|widow|widower|nephew|niece|grandson|granddaughter|grandfather|grandmother|uncle|aunt|cousin|sibling|child)\s+of\s+(?:(?!an?\s)[\p{Ll}-]+\s+){0,3}$/u;

const KIN_OF_NAMED =
  /^\s*,\s*(?:the\s+)?(?:\p{Ll}+\s+)?\p{Ll}+\s+of\s+(?:(?!an?\s)[\p{Ll}-]+\s+){0,3}\p{Lu}/u;

/**
 * "his son", "her great-grandson" right before the name, in the context's left cue text:
 * lifts the veto of a private-life word from an exactly written name ("His great-grandson
 * Abdullah II spoke": "grandson" is itself such a word), a dynasty's pedigree. Hence lineal kin
 * with any number of "great" and "grand", and plurals — not the spouses, siblings and cousins
 * of {@link KIN_BEFORE}, whose veto (a trade in the apposition) still holds; see there why the
 * two are not one pattern.
 */
export const POSSESSIVE_KIN_BEFORE =
  /\b(?:his|her|their) (?:great )*(?:grand)?(?:son|daughter|father|mother|child|nephew|niece)s? ?$/;

/**
 * "… and his deputy Sara Dutertre", "her husband Olaf Schulz": a person presented by a
 * relation to somebody else the sentence names; the relation word, or null. Whether that
 * somebody is a private person the caller reads in the sentence.
 */
export function relationBefore(context: MentionContext): string | null {
  return RELATION_BEFORE.exec(context.left)?.[1] ?? null;
}
const RELATION_BEFORE =
  / (?:his|her|their) (deputy|assistant|aide|wife|husband|son|daughter|brother|sister|partner|colleague|friend|neighbou?r|mother|father|cousin|nephew|niece|fianc[eé]e?|business partner) ?$/;
