/**
 * Characters of fiction. "In the satirical novel Brussels Nights, the scheming commissioner
 * Ursula van der Laan …", "In the sitcom Barracks, the bumbling defence minister Boris
 * Pistolius …": a name a work of fiction gives one of its characters is nobody in the KB,
 * however near a famous name it is spelt. Read for repairs only: an exact famous name in a
 * story is often the real person portrayed (a satire's president, a novel's Lindbergh).
 */

/**
 * The head both frames below share: "In the satirical novel ", "From the sitcom ": a work of
 * fiction named by its genre (captured), a few words before it, not a documentary or a biopic.
 */
const WORK_GENRE_LEAD = String.raw`\b(?:[Ii]n|[Ff]rom)\s+(?:the|a|an|this|his|her|their)\s+(?:(?!documentary|biopic)[\p{Ll}-]+\s+){0,3}(novel|novella|sitcom|satire|comedy|drama|series|film|movie|play|musical|cartoon|comic|thriller|sketch show|soap opera|soap|miniseries|video game|fairy tale|short story|opera)\s+`;

/**
 * "In the satirical novel Brussels Nights, …": a work of fiction named by its genre at the
 * head of the sentence, then a description ending just before the name ("the scheming
 * commissioner"), or a title after the comma that closes the frame ("In the novel Red Summit,
 * NATO chief "Marc …""), the name in quotes or not. Not a documentary or a biopic: their
 * people are real.
 */
const FICTION_FRAME = new RegExp(
  String.raw`${WORK_GENRE_LEAD}["“‘]?\p{Lu}[^.!?]*?(?:\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,4}|,\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:[\p{Ll}-]+\s+){1,3})["“‘]?$`,
  'u',
);

/**
 * "In the new political novel "Red Box", " right before the name: a work of fiction named by
 * its genre and its title (quoted or capitalised) opens the sentence, and the comma closing the
 * title is the last thing before the name. The name is a character when an apposition or "is
 * a" then says what it is (CHARACTER_AFTER, APPOSED_AFTER): "…, Rachel Reeve, Britain's first
 * female chancellor, battles …". Not the author or the director the frame may name ("In the
 * film Oppenheimer, Christopher Nolan tells …"): a verb follows them, not a description.
 */
const FICTION_TITLE_BEFORE = new RegExp(
  String.raw`${WORK_GENRE_LEAD}(?:["“‘][^"”’.!?]{1,60}["”’]|\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|in|on|at|a))*)\s*,\s+$`,
  'u',
);

/** ", Britain's first female chancellor, …": an apposition right after the name. */
const APPOSED_AFTER = /^,\s+\S/;

/**
 * "In the Dutch television drama that opened on Sunday, " right before the name: a work of
 * fiction named by its genre opens the sentence, set off by a comma; the name is a character
 * when the sentence goes on to say what it is ({@link CHARACTER_AFTER}) — an actor after such
 * a frame plays, stars, is cast. The genre must be a work's, not a figure of speech ("In the
 * drama that followed, …"): with its medium before it ("television drama"), its title after
 * it, or a clause of its release ("that premiered in May").
 */
const FICTION_OPENER =
  /^(?:In|From)\s+(?:the|a|an|this)\s+(?:[\p{L}-]+\s+){0,4}?(?:(television|TV|radio|stage|streaming|crime|costume|period|animated)\s+)?(novel|novella|sitcom|satire|comedy|drama|film|movie|musical|cartoon|comic|thriller|soap opera|soap|miniseries|video game|fairy tale|short story|opera)((?:\s+\p{Lu}[\p{L}'’-]*)+)?(\s+(?:that|which)\s+(?:opened|premiered|premieres|airs|aired|debuted|debuts|began|begins|starts|started|streams|streamed)\b[^,.!?]{0,50})?,\s+$/u;

/** " is a ruthless countess": the character the name is, said right after it. */
const CHARACTER_AFTER = /^\s+(?:is|was)\s+(?:a|an|the)\s/;

/** "…, played by", " is voiced by": the name is a character an actor plays. */
const PLAYED_BY = /^(?:\s*,|\s+(?:is|was))\s+(?:played|voiced|portrayed)\s+by\b/;

/**
 * ", the gruff hero of the crime series Elbufer", ", the tycoon at the centre of the novel
 * 'Weights'": an apposition right after the name making it a work's character — its hero,
 * villain, narrator, or the figure at the centre of a novel, series or film. Not its author or
 * star (real people), and not a documentary or a biopic (its people are real).
 */
const CHARACTER_APPOSITION =
  /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4}?(?:(?:hero|heroine|antihero|protagonist|villain|narrator|character)\s+(?:of|in)|at\s+the\s+(?:centre|center|heart)\s+of)\s+(?:the|a|an|his|her|their)\s+(?:(?!documentary|biopic)[\p{L}'’-]+\s+){0,4}?(novel|novella|sitcom|satire|comedy|drama|series|film|movie|play|musical|cartoon|comic|thriller|soap opera|soap|miniseries|video game|fairy tale|short story|opera)\b/u;

/**
 * "actress Mira Holt plays Olga Scholz", "the comedian who portrays …": the name is the part an
 * actor plays, right after the verb. Only with acting or a work of fiction in the sentence
 * before (an actor, a cast, a film): "Sinner plays Carlos Alcaraz in the final" is a match.
 */
const PLAYS_BEFORE =
  /\b(?:plays|played|playing|play|portrays|portrayed|portraying|portray|stars\s+as|starred\s+as|starring\s+as|cast\s+as)\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,3})?["“‘]?$/u;
const ACTING_IN_SENTENCE =
  /\b(?:actor|actress|actors|actresses|cast|comedian|novel|sitcom|satire|drama|film|movie|musical|thriller|miniseries|soap|opera)\b/u;

/** How far (characters) the sentence is read before the name. */
const REACH = 160;

/**
 * The genre word when the mention at `start`–`end` is presented as a character of fiction
 * ("novel", "sitcom"), "played by" when an actor plays it, else null.
 */
export function fictionCharacter(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - REACH), start);
  const sentence = before.slice(before.search(/(?:^|[.!?]\s+)[^.!?]*$/u));
  const frame = FICTION_FRAME.exec(sentence)?.[1];
  if (frame) return `character in a ${frame}`;
  // (The comma before the name first: the title frame runs only for a name right after one.)
  const titled = /,\s+$/.test(sentence) ? FICTION_TITLE_BEFORE.exec(sentence)?.[1] : undefined;
  if (
    titled &&
    (APPOSED_AFTER.test(text.slice(end, end + 3)) || CHARACTER_AFTER.test(text.slice(end, end + 12)))
  )
    return `character in a ${titled}`;
  const opener = CHARACTER_AFTER.test(text.slice(end, end + 12))
    ? FICTION_OPENER.exec(sentence.trimStart().replace(/^[.!?]\s*/, ''))
    : null;
  // (The medium, the title or the release clause: one of them makes the genre a work's.)
  if (opener && (opener[1] || opener[3] || opener[4])) return `character in a ${opener[2]}`;
  // (A comma first: the apposition pattern runs only for a name an apposition follows.)
  const apposed = text[end] === ',' ? CHARACTER_APPOSITION.exec(text.slice(end, end + 120))?.[1] : undefined;
  if (apposed) return `character in a ${apposed}`;
  if (PLAYED_BY.test(text.slice(end, end + 24))) return 'played by';
  // (The verb first: the sentence is read for acting only before a name that follows one.)
  const part = PLAYS_BEFORE.exec(sentence);
  return part && ACTING_IN_SENTENCE.test(sentence.slice(0, part.index)) ? 'a part an actor plays' : null;
}

/**
 * "The novel's villain, a Kremlin fixer named Dmitri Peskin": a body's or place's name used as
 * the attribute of a character a work of fiction presents ("a Kremlin fixer", "an MI6 mole")
 * is part of the made-up figure, not news of the body. Only when the name qualifies a
 * lower-case noun that is then given a name ("named", "called"), after the work's character
 * ("the novel's villain, a", "the film's hero is an").
 */
const WORKS_CHARACTER_BEFORE =
  /\b(?:novel|novella|book|film|movie|series|sitcom|drama|thriller|play|musical|comic|game|story|show)(?:'s|’s)\s+(?:[\p{Ll}-]+\s+){0,2}(?:villain|hero|heroine|antihero|protagonist|narrator|character|lead)(?:,|\s+is)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const NOUN_THEN_NAMED = /^\s+(?:[\p{Ll}-]+\s+){1,2}(?:named|called)\s+\p{Lu}/u;

/** The character word when the name at `span` describes a character of fiction, else null. */
export function characterAttribute(
  text: string,
  span: { readonly start: number; readonly end: number },
): string | null {
  // (The possessive first: a work's character is written "the novel's villain".)
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  if (!before.includes("'s") && !before.includes('’s')) return null;
  if (!NOUN_THEN_NAMED.test(text.slice(span.end, span.end + 40))) return null;
  return WORKS_CHARACTER_BEFORE.test(before) ? 'a character of fiction' : null;
}
