/**
 * Every word list cleanup uses, in one place so they are easy to extend. Lists are data:
 * the rules that use them live in debris.ts and artifacts.ts. Regular expressions are
 * compiled from these lists once, when the module loads.
 */

/**
 * News and photo agencies that appear in photo credits, copyright lines and datelines.
 * `names` are regex sources matched as a whole credit part; short acronyms are
 * case-sensitive (`AP`, not `ap`), longer names case-insensitive.
 */
export interface Agency {
  /** The name emitted in `agency-credit` signals. */
  readonly canonical: string;
  readonly exact?: readonly string[];
  readonly anyCase?: readonly string[];
}

export const AGENCIES: readonly Agency[] = [
  { canonical: 'Reuters', exact: ['REUTERS', 'Reuters'], anyCase: ['reuters tv', 'thomson reuters'] },
  {
    canonical: 'AP',
    exact: ['AP', 'AP Photo', 'AP Images', 'The AP'],
    anyCase: ['associated press', 'the associated press'],
  },
  { canonical: 'AFP', exact: ['AFP', 'AFP Photo', 'AFP PHOTO'], anyCase: ['agence france-presse'] },
  {
    canonical: 'Getty Images',
    anyCase: [
      'getty images',
      'getty',
      'getty images news',
      'getty images sport',
      'getty images entertainment',
      'getty images europe',
      'getty images north america',
      'getty images south america',
      'getty images asiapac',
    ],
  },
  { canonical: 'EPA', exact: ['EPA', 'EPA-EFE', 'EFE', 'EPA/EFE'] },
  { canonical: 'Anadolu', exact: ['AA'], anyCase: ['anadolu', 'anadolu agency', 'anadolu ajansı'] },
  { canonical: 'dpa', exact: ['dpa', 'DPA'], anyCase: ['picture alliance', 'picture-alliance'] },
  { canonical: 'Xinhua', anyCase: ['xinhua', 'xinhua news agency'] },
  { canonical: 'TASS', exact: ['TASS', 'ITAR-TASS'] },
  { canonical: 'Bloomberg', anyCase: ['bloomberg', 'bloomberg news'] },
  { canonical: 'Sputnik', anyCase: ['sputnik', 'ria novosti'] },
  { canonical: 'Shutterstock', anyCase: ['shutterstock', 'rex features'] },
  { canonical: 'Alamy', anyCase: ['alamy', 'alamy stock photo'] },
  { canonical: 'NurPhoto', anyCase: ['nurphoto'] },
  { canonical: 'SOPA Images', anyCase: ['sopa images', 'lightrocket'] },
  { canonical: 'ZUMA Press', anyCase: ['zuma press', 'zuma wire', 'zuma'] },
  { canonical: 'Kyodo', anyCase: ['kyodo', 'kyodo news'] },
  { canonical: 'Yonhap', anyCase: ['yonhap'] },
  { canonical: 'ANSA', exact: ['ANSA'] },
  { canonical: 'PA', exact: ['PA', 'PA Wire', 'PA Images', 'PA Media'] },
  { canonical: 'Abaca', anyCase: ['abacapress', 'abaca', 'abaca press'] },
  { canonical: 'SIPA', anyCase: ['sipa', 'sipa usa', 'sipa press'] },
  { canonical: 'Imago', anyCase: ['imago', 'imago images'] },
  { canonical: 'UPI', exact: ['UPI'] },
  { canonical: 'KCNA', exact: ['KCNA'] },
  { canonical: 'IRNA', exact: ['IRNA'] },
  { canonical: 'Ukrinform', anyCase: ['ukrinform'] },
  { canonical: 'Wikimedia Commons', anyCase: ['wikimedia commons', 'wikimedia'] },
  { canonical: 'Unsplash', anyCase: ['unsplash'] },
];

/** Words that fill a credit without naming anyone: `Pool`, `Handout`, `File`. */
export const CREDIT_FILLERS = [
  'pool',
  'handout',
  'file',
  'file photo',
  'courtesy',
  'illustration',
  'photo',
  'photos',
  'news',
  'staff',
  'stringer',
  'x',
  'social media',
];

/** Prefixes that introduce a credit: `Photo: AP`, `Photograph by …`, `Credit: …`. */
export const CREDIT_PREFIX =
  /^(?:\(|\[)?\s*(?:photo credit|image credit|image source|photo(?:graph|grapher|s)?|image|picture|pic|foto|credits|credit|©|\(c\)|copyright)\s*(?:by\b|:|\||-|–|…|\.{3}|,(?= ))?\s*/iu;

/**
 * Phrases of photo captions: what people do in pictures. Used only on a line next to a
 * photo credit, never alone: a body sentence can say "during" too.
 */
export const CAPTION_CUES =
  /\b(?:attends?|attending|speaks?|speaking|gestures?|gesturing|poses?|posing|looks? on|arrives?|arriving|walks?|walking|holds?|holding|waves?|waving|delivers?|listens?|stands?|standing|sits?|sitting|shakes? hands|is seen|are seen|(?:is |are )?pictured|greets?|addresses|reacts?|smiles?|casts? (?:his|her|their) ballot|inspects?|takes? part|during (?:a|an|the|his|her|their)|in this (?:file |handout |undated |aerial )?(?:photo|picture|image|handout|photograph|illustration)|file photo|a view (?:of|shows)|seen (?:in|at|during)|photographed)\b/iu;

/** Verbs of reporting: a line that has them (or quotation marks) is body text, not a caption. */
export const REPORTING = /\b(?:said|says|told|tells|according to|asked|added|announced|stated)\b|["“”]/iu;

/** Explicit caption markers at the start of a line. */
export const CAPTION_PREFIX =
  /^(?:file photo|file|photo|image|picture|caption|image caption|pictured|above|top|main image|header image|featured image|lead image|top image|hero image|foto)\s*(?::|\||-|–|—|,(?= ))\s*/iu;

/** Section labels: headings of page furniture, not of the story. Compared lower-cased. */
export const SECTION_LABELS = new Set([
  'related',
  'related articles',
  'related stories',
  'related news',
  'related content',
  'related topics',
  'related coverage',
  'advertisement',
  'advertisements',
  'sponsored',
  'sponsored content',
  'most read',
  'most popular',
  'most viewed',
  'most shared',
  'popular',
  'trending',
  'trending now',
  'topics',
  'tags',
  'recommended',
  'recommended for you',
  'recommended stories',
  'you may also like',
  'you might also like',
  'more from',
  'more stories',
  'more news',
  'more on this story',
  'more on this topic',
  'latest news',
  'latest stories',
  'latest',
  'top stories',
  "editor's picks",
  'editors picks',
  "editor's choice",
  'read next',
  'up next',
  'what to read next',
  'comments',
  'newsletter',
  'skip advertisement',
  'scroll to continue with content',
  'advertisement - scroll to continue',
  'story continues below advertisement',
  'continue reading below',
  'article continues below',
  'featured',
  'in pictures',
  'watch',
  'video',
  'listen to this article',
]);

/** `Topics: …`, `Tags: …` lines: the label followed by a list of tags. */
export const TAG_LINE = /^(?:topics|tags|filed under|categories|keywords)\s*:\s*\S/iu;

/**
 * `Read more: …` and friends. The cue must be followed by a separator (or stand alone,
 * or be written in capitals), so "Read more about it? No, he said." stays.
 */
export const READ_MORE =
  /^(?:(?:read more|read also|also read|see also|related|more|read|read next|watch|listen|recommended|continue reading|click here to read|related article|related story|related reading|must read)\s*(?::|\||»|›|>|→|–|—|-)\s*\S|(?:read more|continue reading|read the full (?:story|article)|click here(?: to read more)?|see more)\s*(?:…|\.{3}|»|›|>|→)?\s*$)/iu;

/** The same cue in capitals needs no separator: `READ MORE Allies pledge more money`. */
export const READ_MORE_CAPS = /^(?:READ (?:MORE|ALSO|NEXT)|ALSO READ|MUST READ)\b/u;

/** Social and sharing furniture, as whole lines. */
export const SHARE_WORDS = new Set([
  'share',
  'shares',
  'share this',
  'share this article',
  'share this story',
  'share this post',
  'share this page',
  'share on',
  'share via',
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'linkedin',
  'telegram',
  'reddit',
  'pinterest',
  'messenger',
  'flipboard',
  'email',
  'e-mail',
  'mail',
  'print',
  'copy',
  'link',
  'copy link',
  'link copied',
  'tweet',
  'save',
  'comment',
  'comments',
  'bookmark',
  'gift this article',
  'gift article',
]);

/** Lines inviting the reader to follow, subscribe or join: always furniture. */
export const SHARE_LINE =
  /^(?:follow (?:us|@?\S+) on\b|subscribe (?:to|now|for)\b|sign up (?:for|to|here)\b|join (?:us|our)\b.{0,60}\b(?:channel|newsletter|community|group)\b|download (?:our|the) app\b|get (?:our|the) (?:\S+ )?newsletter\b|like us on facebook\b|(?:share this (?:article|story|post|page)|share (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|telegram|email))\W*$)/iu;

/** `Source link`, `Source: …`, `Originally published …`. */
export const SOURCE_LINE =
  /^(?:(?:source|original (?:article|story|source|post))\s*(?::|\||-|–)\s*|(?:originally published|this (?:article|story) (?:was )?(?:originally|first) (?:published|appeared)|this story originally appeared) (?:at|on|by|in)\s+)(.*)$/iu;

/**
 * `Source link`, `Original link`: alone, or followed by nothing but a URL. Synonym spinners
 * turn it into `Supply hyperlink` (source → supply, link → hyperlink), a line no article
 * writes, so the spun pairs are furniture too.
 */
export const SOURCE_LINK_LINE =
  /^(?:(?:source|supply|original|origin) (?:link|hyperlink|url)|link to (?:the )?source)\s*(?::|\||-|–)?\s*(\S*)$/iu;

/** Copyright notices, agency sign-offs and cookie banners. */
export const BOILERPLATE =
  /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4})|all rights reserved|\d{1,2}\s*(?:min|mins|minutes?)\s+read$|(?:published|updated|last updated|posted)(?: on| at)?:?\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s|yesterday\b|today\b)[^.!?]{0,50}$|this material may not be published|our standards:|(?:\()?reporting by\b.{0,200}\b(?:editing|writing) by\b|(?:\()?(?:editing|writing|additional reporting) by\b|we use cookies\b|by (?:using|continuing to use) this (?:site|website)\b|this article (?:was|has been) (?:translated|auto-translated|machine translated)\b|this content was (?:automatically )?(?:translated|generated)\b)/iu;

/**
 * A wire's credit line known by its shape as well as its words: "Reporting by Ezgi Erkoyun;
 * Enhancing by Daren Butler" is a spinner's "Editing by", so any one or two words before
 * the second "by" will do — when what each "by" credits is names only (capitalised words,
 * perhaps after a particle — "Nidal al-Mughrabi", "Charlotte van Campenhout" — "and", "in" a
 * place, commas), which keeps "Reporting by local journalists found …" text.
 */
const NAME_WORD = String.raw`(?:(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|van|von|der|den|de|da|di|du|la|le|dos|das|del|della|ter|ten|zu)[-\s'’]){0,2}\p{Lu}[\p{L}'’.-]*`;
const CREDITED = String.raw`${NAME_WORD}(?:(?:\s+|,\s*)(?:(?:and|in|from|with)\s+)?${NAME_WORD})*`;
export const SPUN_CREDIT_LINE = new RegExp(
  String.raw`^\(?(?:Additional |Further )?[Rr]eporting by\s+${CREDITED}(?:\s*;\s*\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+by\s+${CREDITED})+\)?\.?$`,
  'u',
);

/** Image file URLs and image CDN hosts. */
export const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)(?:[?#]\S*)?$/iu;
export const IMAGE_HOST =
  /(?:^|\.)(?:cdn|img|image|images|static|media|photos?|pics?|assets|i)\d*\.|cloudfront\.net$|akamaized\.net$|twimg\.com$|imgur\.com$|wp\.com$|fbcdn\.net$|googleusercontent\.com$|ytimg\.com$/iu;

/**
 * Hyphen prefixes that machine translation detaches with spaces on both sides
 * (`non - European`); a spaced dash after any other word is left alone.
 */
export const HYPHEN_PREFIXES = [
  'non',
  'anti',
  'pro',
  'self',
  'ex',
  'co',
  'vice',
  'post',
  'pre',
  'semi',
  'multi',
  'neo',
  'counter',
  'inter',
  'ultra',
  'cross',
  'pan',
  'mid',
  'sub',
  'trans',
];

/**
 * Compounds whose hyphen machine translation spaces on both sides (`Secretary - General`).
 * A spaced dash between two other words is a dash and stays.
 */
export const SPACED_COMPOUNDS = new Set([
  'secretary-general',
  'director-general',
  'attorney-general',
  'governor-general',
  'solicitor-general',
  'inspector-general',
  'procurator-general',
  'commander-in-chief',
  'editor-in-chief',
  'vice-president',
  'vice-chancellor',
  'vice-premier',
  'vice-chairman',
  'prime-minister',
  'co-founder',
  'ex-president',
  'ex-minister',
]);

/** Words after `X- ` that mark a suspended hyphen (`pro- and anti-war`), not an artifact. */
export const SUSPENDED_HYPHEN_NEXT = new Set(['and', 'or', 'nor', 'to', 'und', 'as', 'versus', 'vs']);

/**
 * Capitalised words that start sentences. When a capitalised word runs straight into
 * one of these (`MoscowThe`), it is a run-on and gets a space.
 */
export const RUN_ON_STARTERS = [
  'The',
  'And',
  'But',
  'He',
  'She',
  'It',
  'They',
  'We',
  'In',
  'On',
  'At',
  'This',
  'That',
  'These',
  'His',
  'Her',
  'Their',
  'However',
  'Meanwhile',
  'According',
  'Also',
  'After',
  'Before',
  'When',
  'While',
  'If',
  'There',
];

/** Names written in camel case that must not be split as run-ons. Compared lower-cased. */
export const CAMEL_CASE_NAMES = new Set(['linkedin', 'checkin', 'login', 'plugin', 'builtin', 'thein']);
