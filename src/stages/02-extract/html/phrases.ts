/**
 * Short lines that are page furniture whatever element holds them: share prompts,
 * subscription calls, ad labels, copyright lines, "read more" trailers (English and German,
 * the languages of the evaluation sets, plus a few common French/Spanish ones). Only short
 * blocks are tested: a long paragraph that mentions a newsletter is still prose.
 */
const PATTERNS: readonly RegExp[] = [
  /^(advertisement|advertising|anzeige|werbung|sponsored( content)?|publicité|publicidad)$/i,
  /^(share|share this|share this (article|story|post)|share on \w+|teilen|diesen artikel teilen|partager)\b/i,
  /^(follow us|folgen sie uns|like us on)\b/i,
  /^(sign up|subscribe|register|log ?in|newsletter|jetzt abonnieren|abonnieren|anmelden)\b/i,
  /^(read more|read next|more from|see also|related( articles| stories)?|also read|weiterlesen|mehr zum thema|lesen sie auch|auch interessant|mehr lesen)\b/i,
  /^(©|\(c\)|copyright\b|all rights reserved|alle rechte vorbehalten)/i,
  /^(comments?|kommentare?|leave a (comment|reply)|\d+ comments?)$/i,
  /^(tags?|schlagworte|themen|filed under|posted in|categories|kategorie)\s*:/i,
  /^(photo|image|picture|foto|bild|credit|quelle)\s*:/i,
  /^(click here|hier klicken|tap here)\b/i,
  /^(we use cookies|this (web)?site uses cookies|diese (web)?seite verwendet cookies|wir verwenden cookies)/i,
  /^(back to top|nach oben|zurück)$/i,
  /^(print|drucken|e-?mail|whatsapp|facebook|twitter|linkedin|pinterest|reddit|tweet)$/i,
];

/** Lines longer than this are never treated as boilerplate phrases. */
const MAX_PHRASE_LENGTH = 160;

export function isBoilerplateText(text: string): boolean {
  if (text.length > MAX_PHRASE_LENGTH) return false;
  for (const p of PATTERNS) if (p.test(text)) return true;
  return false;
}
