/**
 * Removes what is never article text before blocks are cut: code and media elements,
 * forms controls, hidden elements, navigation landmarks, and elements whose class or id
 * names them as boilerplate (comments, share bars, related links, cookie banners, ads…).
 * A class-named element is spared when it holds most of the page's text, so a wrapper
 * called `has-sidebar` or `page-with-comments` cannot take the article with it.
 */
import type { Element, ParentNode } from 'domhandler';
import { classAndId, findFirst, hasAncestor, removeNode, textOf, walkElements } from './dom.js';

/** Elements that never carry article text. */
const DROP_TAGS = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'button',
  'input',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'progress',
  'meter',
  'dialog',
  'menu',
  'head',
  'link',
  'meta',
  'title',
  'base',
  'frameset',
  'frame',
  'applet',
  'label',
  'rt', // ruby annotations (pronunciation over CJK text) are not part of the running text
  'rp',
  'amp-ad',
  'amp-sidebar',
  'amp-analytics',
  'amp-consent',
  'amp-social-share',
  'amp-embed',
  'amp-sticky-ad',
  'amp-user-notification',
  'amp-iframe',
  'amp-list',
]);

/** Page landmarks that are never the article (unless a broken page put it there). */
const LANDMARK_TAGS = new Set(['nav', 'aside']);

/** ARIA landmark roles that are page furniture, not the article. */
const DROP_ROLES =
  /^(navigation|complementary|banner|contentinfo|search|dialog|alertdialog|menu|menubar|toolbar|tablist|alert)$/;

/**
 * Class/id words that mark boilerplate. Tokens are matched on word boundaries made of
 * start/end, space, `-` and `_`, so `ad` does not hit `header` or `shadow`.
 * Strong words mark furniture even on an element also named like content
 * (`article-comments`, `post-share`); weak ones (`sidebar`, `footer`…) only on elements
 * without a content word, since wrappers are often called `content-with-sidebar`.
 */
const STRONG = [
  'comments?(?!ary)',
  'disqus',
  'respond',
  'share(?!d)',
  'sharing',
  'social',
  'sociable',
  'related',
  'recommend(ed|ations?)?',
  'cookie',
  'consent',
  'gdpr',
  'newsletter',
  'subscribe',
  'sign-?up',
  'promo',
  'advert',
  'advertisement',
  'sponsor(ed)?',
  'outbrain',
  'taboola',
  'popup',
  'breadcrumbs?',
  'byline',
  'author-?(bio|box|info|card)',
  'trending',
  'most-?(read|popular|viewed)',
  'read-?more',
  'more-?stories',
  'also-?read',
  'caption',
  'credit',
  'sr-only',
  'visually-?hidden',
  'screen-?reader(-text)?',
  'skip-?link',
  'print-?only',
];
const WEAK = [
  'sidebar',
  'modal',
  // Elementor (a page builder) calls every content box a widget.
  '(?<!elementor-)widget',
  'subscription',
  'banner',
  'masthead',
  'pagination',
  'pager',
  'navbar',
  'menu',
  'footer',
  'toolbar',
  'popular',
];
const STRONG_NAME = new RegExp(String.raw`(^|[\s_-])(${STRONG.join('|')})`);
const WEAK_NAME = new RegExp(String.raw`(^|[\s_-])(${WEAK.join('|')})(?=$|[\s_\d-])`);
/** Stand-alone short tokens that need exact word matches. */
const STRONG_WORD =
  /(^|[\s_])(ads?|ad-\w+|adv|tags?|tag-list|bio|hidden|hide|login|rating|share|print|jump)($|[\s_])/;
const WEAK_WORD = /(^|[\s_])(nav|meta|post-meta|entry-meta)($|[\s_])/;

/** Content words: an element named with one is removed only for a strong boilerplate word. */
const CONTENT_NAME = /article|body|content|entry|main|post|story|text|column|blog/;

const PROTECTED_TAGS = new Set(['html', 'body', 'main', 'article']);

export interface PruneOptions {
  /** Prose length of the page ({@link proseLength} of `<body>`), for the "holds most of the page" guard. */
  readonly pageTextLength: number;
}

/**
 * Characters of paragraph text under `root` (`<p>` elements and `<br>`-separated runs
 * are what articles are made of; menus and link lists are not), links excluded.
 */
export function proseLength(root: ParentNode): number {
  let n = 0;
  walkElements(root, (el) => {
    if (el.name === 'p' || el.name === 'pre' || el.name === 'blockquote') {
      const t = textOf(el);
      if (t.length >= 40) n += t.length;
      return false;
    }
    return true;
  });
  return n;
}

/** Removes boilerplate subtrees in place. */
export function prune(root: ParentNode, options: PruneOptions): void {
  const doomed: Element[] = [];
  walkElements(root, (el) => {
    if (shouldDrop(el, options)) {
      doomed.push(el);
      return false;
    }
    return true;
  });
  for (const el of doomed) removeNode(el);
}

export function shouldDrop(el: Element, options: PruneOptions): boolean {
  const name = el.name;
  // Landmarks are furniture, unless a broken page has put the article inside one.
  if (LANDMARK_TAGS.has(name)) return !holdsMostText(el, options);
  if (DROP_TAGS.has(name)) return true;
  // <noscript> is kept only when it holds the article (script-rendered pages).
  if (name === 'noscript') return proseLength(el) < 200;
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true' && name !== 'body' && name !== 'html') return true;
  const style = a.style;
  if (style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const role = a.role;
  if (role && DROP_ROLES.test(role)) return !holdsMostText(el, options);
  // A page header is furniture; an article header may hold the standfirst (a real paragraph).
  if (name === 'header') return !isArticleHeader(el) && !holdsMostText(el, options);
  if (name === 'footer') return !holdsMostText(el, options);
  if (PROTECTED_TAGS.has(name)) return false;
  const names = classAndId(el);
  if (names.length === 0) return false;
  const strong = STRONG_NAME.test(names) || STRONG_WORD.test(names);
  const weak = !strong && !CONTENT_NAME.test(names) && (WEAK_NAME.test(names) || WEAK_WORD.test(names));
  return (strong || weak) && !holdsMostText(el, options);
}

const ARTICLE_ANCESTORS = new Set(['article', 'main']);
const ARTICLE_HEADER_NAME = /article|entry|post|story|intro|lead|teaser/;

/** An article's own header with a real paragraph in it (a standfirst), not the site's. */
function isArticleHeader(el: Element): boolean {
  if (findFirst(el, 'nav')) return false;
  if (!hasAncestor(el, ARTICLE_ANCESTORS) && !ARTICLE_HEADER_NAME.test(classAndId(el))) return false;
  return proseLength(el) >= 80;
}

function holdsMostText(el: Element, options: PruneOptions): boolean {
  if (options.pageTextLength === 0) return false;
  return proseLength(el) > options.pageTextLength * 0.5;
}
