/**
 * How copy presents a name right after it: by a description ("Mark Root, a …", ", who …"), a
 * deed or post at a named thing ("…, the architect of the October 7 assault"), a fall from
 * power (", who fled the country"), a post at a body named by a common noun (", chief
 * executive of a credit union"). Whether such a presentation speaks for a private person or a
 * public figure is each caller's to weigh.
 */

/** "Mark Root, a …" / "Mark Root, the …" / "Mark Root, who …": the name is being introduced by a description. */
export function introducedByApposition(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  // "Jerome Pawell, chief executive of a credit union": a post at an unnamed body presents somebody too.
  return /^\s*,\s*(a|an|the|who|whose)\b/i.test(after) || POST_AT_UNNAMED_BODY.test(after);
}

/**
 * "Yehya Al-Sinwar, the architect of the October 7 assault": a definite description of a
 * deed or post at a named thing presents a public figure, not a private person (whose
 * vetoes — an occupation, an age, kin — have run before).
 */
export function presentedByPublicDeed(text: string, end: number): boolean {
  const after = text.slice(end, end + 80);
  return (
    PUBLIC_DEED.test(after) ||
    LED_PUBLIC_BODY.test(after) ||
    CONTENDER.test(after) ||
    REGIONAL_POST.test(after) ||
    ELECTION_WON.test(after)
  );
}

/**
 * "Carlos Mason, the regional president, faced anger": a definite description of the head of a
 * region, state or province — a public post, whose holder copy names by its level of government.
 */
const REGIONAL_POST =
  /^\s*,\s+the\s+(?:regional|provincial|state|federal|county|prefectural|municipal)\s+(?:president|premier|governor|leader|head|chief minister|first minister|prime minister|mayor)\s*[,.;]/u;

/**
 * "Jens-Frederik Nilsen, whose Demokraatit party won the Greenland election", ", who won the
 * presidential run-off": a clause of winning (or losing) a vote presents a politician, not a
 * private person. The election word must end the object ("won the vote", "lost the 2024
 * primary"), not a prize or a lottery.
 */
const ELECTION_WON =
  /^\s*,\s*(?:who|whose\s+(?:[\p{L}-]+\s+){1,3}?(?:party|coalition|alliance|bloc|list|movement))\s+(?:has\s+|had\s+|narrowly\s+|comfortably\s+)?(?:won|swept|topped|carried|lost)\s+(?:the\s+|a\s+|an\s+|this\s+|last\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?(?:elections?|vote|polls?|ballot|run-?off|primary|primaries|presidency|referendum|leadership\s+contest)\b/u;

/**
 * "Xochitl Galvez, the opposition candidate, conceded": a definite description of a contender
 * in an election (a public race; a private person is presented by a trade, an age, a town).
 */
const CONTENDER =
  /^\s*,\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:candidate|nominee|challenger|front-runner|frontrunner|runner-up)\s*[,.;]/u;
const PUBLIC_DEED = /^\s*,\s+the\s+(?:[\p{Ll}-]+\s+){1,3}of\s+(?:the\s+)?(?:\p{Lu}|\d)/u;

/**
 * "Bashar al-Asad, who fled the country", "…, who fled to Moscow", ", who was ousted in 2022":
 * how a head of state or government lost office. A public deed for a candidate who held such a post (the caller
 * checks that), not the presentation of a private person.
 */
export function fallFromPowerAfter(text: string, end: number): boolean {
  return FALL_FROM_POWER.test(text.slice(end, end + 80));
}
const FALL_FROM_POWER =
  /^\s*,\s*who\s+(?:had\s+|has\s+|later\s+)?(?:fled\s+(?:the\s+country|into\s+exile|abroad|to\s+(?:the\s+)?\p{Lu}[\p{L}-]*)|went\s+into\s+exile|was\s+(?:ousted|overthrown|toppled|deposed|impeached|removed\s+from\s+(?:office|power))|(?:had\s+)?been\s+(?:ousted|overthrown|toppled|deposed))\b/u;

/**
 * ", who had led the army since 2021", ", who headed the central bank": a clause saying the
 * person led a state's body — a public post, not a private person's trade.
 */
const LED_PUBLIC_BODY =
  /^\s*,\s*who\s+(?:had\s+|has\s+|once\s+|previously\s+)?(?:led|headed|commanded|chaired|governed)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:army|armed forces|military|navy|air force|country|nation|state|government|cabinet|ministry|central bank|senate|parliament|party)\b/u;

/**
 * "Jerome Pawell, chief executive of a credit union in Ohio": the person holds a post at a
 * body copy names by a common noun — nobody the KB knows for that post.
 */
export function postAtUnnamedBody(text: string, end: number): boolean {
  return POST_AT_UNNAMED_BODY.test(text.slice(end, end + 60));
}

/** ", chief executive of a …", ", head chef at an …": a title held at a body named by a common noun. */
const POST_AT_UNNAMED_BODY = /^\s*,\s*(?:[\p{Ll}-]+\s+){1,3}(?:of|at|for)\s+(?:a|an)\s/u;
