/**
 * Small, allocation-light helpers over the htmlparser2 / domhandler tree. Every walk is
 * iterative (an explicit stack), so deeply nested markup cannot overflow the call stack.
 */
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';

export type { AnyNode, Document, Element, ParentNode };

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

/** The `class` and `id` of an element, lower-cased, as one string for pattern tests. */
export function classAndId(el: Element): string {
  const c = el.attribs.class;
  const i = el.attribs.id;
  if (!c && !i) return '';
  return `${c ?? ''} ${i ?? ''}`.toLowerCase();
}

/** Calls `visit` on every element below `root` in document order; return false to skip a subtree. */
export function walkElements(root: ParentNode, visit: (el: Element) => boolean | undefined): void {
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (visit(node) === false) continue;
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** All elements with one of the given tag names, in document order. */
export function findAll(root: ParentNode, names: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  walkElements(root, (el) => {
    if (names.has(el.name)) out.push(el);
    return true;
  });
  return out;
}

export function findFirst(root: ParentNode, name: string): Element | null {
  let found: Element | null = null;
  walkElements(root, (el) => {
    if (found) return false;
    if (el.name === name) {
      found = el;
      return false;
    }
    return true;
  });
  return found;
}

/** The text content of a subtree, whitespace collapsed. */
export function textOf(root: AnyNode): string {
  if (isText(root)) return collapse(root.data);
  if (!('children' in root)) return '';
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (isTag(node)) {
      if (node.name === 'script' || node.name === 'style') continue;
      if (node.name === 'br') parts.push(' ');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    } else if ('children' in node) {
      const kids = (node as ParentNode).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return collapse(parts.join(''));
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

/** True when `el` lies inside an element whose tag is in `names` (not counting itself). */
export function hasAncestor(el: Element, names: ReadonlySet<string>): boolean {
  let p = el.parent;
  while (p && isTag(p)) {
    if (names.has(p.name)) return true;
    p = p.parent;
  }
  return false;
}

export function removeNode(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const i = parent.children.indexOf(node as never);
  if (i >= 0) parent.children.splice(i, 1);
  const prev = node.prev;
  const next = node.next;
  if (prev) prev.next = next;
  if (next) next.prev = prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/**
 * `href` made absolute against `base` (a page's address), when it is a web address; null for
 * anything else (`javascript:`, `mailto:`, an empty or unparsable value).
 */
export function absoluteWebUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
