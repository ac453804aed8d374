/**
 * Short lines that are page furniture whatever element holds them: share prompts,
 * subscription calls, ad labels, copyright lines, "read more" trailers (English and German,
 * the languages of the evaluation sets, plus a few common French/Spanish ones). Only short
 * blocks are tested: a long paragraph that mentions a newsletter is still prose.
 */
/** A picture's label line: "Photo: Ana Ruiz", "Foto 3:", "Credit:". */
export const PHOTO_CREDIT_LABEL =
  /^(photo|image|picture|foto|bild|credit|quelle|abbildung|titelbild|fig\.|figure)(\s*\d+)?\s*:/i;
/** A photo credit: "Name | Agency | Getty Images", "Foto / dpa". */
export const PHOTO_CREDIT_TAIL =
  /(\||\/|©)\s*(getty images|ap photo|afp|reuters|bloomberg|shutterstock|imago|dpa|picture alliance|istock)[^|]{0,30}$/i;

const PATTERNS: readonly RegExp[] = [
  /^(advertisement|advertising|anzeige|werbung|sponsored( content)?|publicité|publicidad)$/i,
  /^(share|share this|share this (article|story|post)|share on \w+|teilen|diesen artikel teilen|partager)\b/i,
  /^(follow us|folgen sie uns|like us on|follow @\w+|follow \p{Lu}[\p{L} .'-]{1,40} on (twitter|x|facebook|instagram))\b/iu,
  /^(e-?mail|contact) \p{Lu}[\p{L} .'-]{1,40} at \S+@\S+/iu,
  /^(image|photo|picture|slide|bild|foto) \d+ (of|von|\/|de) \d+$/i,
  /^this (slideshow|video|content) requires javascript\b/i,
  /^(sign up|subscribe|register|log ?in|newsletter|jetzt abonnieren|abonnieren|anmelden)\b/i,
  /^(read more|read next|more from|see also|related( articles| stories)?|also read|weiterlesen|mehr zum thema|lesen sie auch|auch interessant|mehr lesen)\b/i,
  /^(©|\(c\)|copyright\b|all rights reserved|alle rechte vorbehalten)/i,
  /^(comments?|kommentare?|leave a (comment|reply)|\d+ comments?)$/i,
  /^(tags?|schlagworte|themen|filed under|posted in|categories|kategorie)\s*:/i,
  PHOTO_CREDIT_LABEL,
  PHOTO_CREDIT_TAIL,
  // Time stamps shown as their own line.
  /^(updated|published|posted|last updated|aktualisiert|veröffentlicht|stand)\b:?\s.{0,50}\d{1,2}[:.]?\d{0,2}\s*(a\.?m\.?|p\.?m\.?|uhr|[a-z]{2,4})?.{0,40}$/i,
  // A byline on its own line ("By Jane Doe", "Von Max Muster und Eva Beispiel").
  /^(by|von|par|por|door)\s+\p{Lu}[^.!?]{0,50}$/u,
  // A bare link on its own line.
  /^https?:\/\/\S+$/i,
  /^(click here|hier klicken|tap here)\b/i,
  /^(we use cookies|this (web)?site uses cookies|diese (web)?seite verwendet cookies|wir verwenden cookies)/i,
  /^(back to top|nach oben|zurück)$/i,
  /^(bild anzeigen|rezept drucken|print (this )?(recipe|article|page)|quellen (anzeigen|ausblenden)|externer inhalt|alle angaben ohne gewähr|artikel merken|merken)\b/i,
  // Markup shown as text (a <noscript> pixel, a broken template).
  /^<\/?[a-z][a-z0-9]*[\s>/][^<>]*>/i,
  /^(print|drucken|e-?mail|whatsapp|facebook|twitter|linkedin|pinterest|reddit|tweet)$/i,
];

/** Lines longer than this are never treated as boilerplate phrases. */
const MAX_PHRASE_LENGTH = 160;

/** Longer furniture: wire-photo captions and reprint notices, recognisable by their opening. */
const LONG_PATTERNS: readonly RegExp[] = [
  /^(in this|this)( [\w,.'’-]+){0,6} (file |handout )?(photo|image|picture)\b/i,
  /^(file photo|handout photo|photo illustration)\b/i,
  /\bfor your personal,? non-?commercial use only\b/i,
];
const MAX_LONG_PATTERN_LENGTH = 500;

export function isBoilerplateText(text: string): boolean {
  if (text.length > MAX_LONG_PATTERN_LENGTH) return false;
  for (const p of LONG_PATTERNS) if (p.test(text)) return true;
  if (text.length > MAX_PHRASE_LENGTH) return false;
  for (const p of PATTERNS) if (p.test(text)) return true;
  return false;
}

/**
 * Labels that open the page furniture after an article: author boxes, related links,
 * comment threads, tag lists. When one follows the article's prose, the article has ended.
 * Inline promos ("Read more: …") are not here: they occur mid-article.
 */
const RELATED_MARKERS =
  /^(related( articles| stories| posts| content| coverage| news| reading)?|further reading|you (may|might) also like|more (stories|from|on this( story| topic)?|in)\b.*|recommended( for you)?|mehr zum thema|das könnte sie auch interessieren|weitere (artikel|beiträge|themen|nachrichten)|ähnliche (artikel|beiträge)|verwandte (artikel|beiträge|themen)|sur le même sujet|à lire aussi|noticias relacionadas|te puede interesar|weitere informationen|mehr (zu|zum|zur|über|aus|von) .{2,40}|(zum )?weiterlesen|weitere .{3,40}|empfehlungen( aus der redaktion| der redaktion)?|aktuelle (news|nachrichten|artikel|beiträge)|lust auf mehr\??|das könnte sie( auch)?( interessieren)?|zobacz (także|też|również)|czytaj (też|także|również)|podobne artykuły|quellen(angaben)?|zusatzinformationen|inhaltsverzeichnis|don'?t miss|want more( stories)?( like this)?\\??|weiterführende (links|informationen|artikel|inhalte)|(further|more) information|useful links|links|downloads?|(pressemitteilung|artikel) als pdf)\s*[:.!…]*$/i;
/** Calls to action that close an article (newsletter, donations, "if you enjoyed this"). */
const FINAL_CALLS =
  /^(receive|get) our .{0,30}newsletter|^never miss\b|^if you (enjoyed|liked|found)\b|^gefällt (dir|ihnen)\b|^unterstütze\b|^unterstützen sie\b|^jede kleine spende|^(jetzt|hier) (spenden|abonnieren)|^we want to hear what you think|^zapraszamy (też )?do subskrypcji/i;
const FINAL_MARKERS =
  /^(about the authors?|comments?|\d+ comments?|leave a (comment|reply)|post a comment|join the (conversation|discussion)|share this( article| story| post)?|tags|topics|filed under|über (den autor|die autorin|die autoren|diese reihe|uns)|zum autor|zur autorin|kommentare?|\d+ kommentare?|kommentar schreiben|diesen artikel teilen|artikel teilen|schlagworte|schlagwörter|commentaires|comentarios|kontakt|contact( us)?|ansprechpartner(in)?|pressekontakt|media contact)\s*[:.!…]*$/i;

/** Which kind of end marker a short block is, if any. */
export function endMarker(text: string): 'related' | 'final' | null {
  const t = text.trim();
  if (t.length <= 160 && FINAL_CALLS.test(t)) return 'final';
  if (t.length > 60) return null;
  if (FINAL_MARKERS.test(t)) return 'final';
  if (RELATED_MARKERS.test(t)) return 'related';
  return null;
}
