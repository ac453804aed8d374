/**
 * Turns the bytes of an input (a file, stdin, an HTTP body) into a {@link RawInput}:
 * checks size, emptiness and binary content, recognises HTML, and decodes the bytes
 * with the right character encoding — BOM first, then the declared charset (HTTP
 * header or HTML `<meta charset>`), then strict UTF-8, then Windows-1252, which is what
 * undeclared non-UTF-8 news pages almost always are. Never emits mojibake silently:
 * text declared or detected as UTF-8 that is not valid UTF-8 is an error.
 */
import iconv from 'iconv-lite';
import { CopydeskError } from '../../core/errors.js';
import type { InputOrigin, MediaType, RawInput } from '../../core/meta.js';
import { prescanMetaCharset } from './meta-charset.js';

export const DEFAULT_MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface DecodeOptions {
  readonly origin: InputOrigin;
  /** A `Content-Type` header or a media type the caller knows (`text/html; charset=…`). */
  readonly contentType?: string | null;
  readonly maxBytes?: number;
}

export function describeOrigin(origin: InputOrigin): string {
  switch (origin.kind) {
    case 'file':
      return origin.path;
    case 'stdin':
      return 'standard input';
    case 'url':
      return origin.url;
    case 'inline':
      return origin.label;
  }
}

export function decodeInput(bytes: Uint8Array, options: DecodeOptions): RawInput {
  const where = describeOrigin(options.origin);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (bytes.byteLength > maxBytes) {
    throw new CopydeskError(
      'INPUT_TOO_LARGE',
      `${where} is ${formatBytes(bytes.byteLength)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`,
    );
  }
  const bom = detectBom(bytes);
  if (!bom && looksBinary(bytes)) {
    throw new CopydeskError('INPUT_BINARY', `${where} looks like binary data, not text or HTML`);
  }
  const declared = charsetFromContentType(options.contentType);
  const headerSaysHtml = /^\s*(text\/html|application\/xhtml\+xml)/i.test(options.contentType ?? '');
  const sniffedHtml = headerSaysHtml || looksLikeHtml(bytes);
  const charset = bom?.charset ?? declared ?? (sniffedHtml ? prescanMetaCharset(bytes) : null);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const content = decodeWith(body, charset, where);
  if (content.trim().length === 0) {
    throw new CopydeskError('INPUT_EMPTY', `${where} is empty`);
  }
  const mediaType: MediaType = sniffedHtml ? 'text/html' : 'text/plain';
  return {
    content: content.normalize('NFC'),
    mediaType,
    origin: options.origin,
    byteLength: bytes.byteLength,
  };
}

function decodeWith(bytes: Uint8Array, charset: string | null, where: string): string {
  const label = charset ? normaliseCharset(charset) : null;
  // iconv-lite rather than TextDecoder: Node's TextDecoder decodes windows-1252 as
  // ISO-8859-1, turning curly quotes (0x93/0x94) into C1 control characters.
  if (label && label !== 'utf-8' && iconv.encodingExists(label)) {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Real pages are often UTF-8 with a few stray Latin-1 bytes (a template or an ad
    // snippet saved in the wrong encoding): read those bytes as Windows-1252.
    const repaired = repairStrayBytes(bytes);
    if (repaired !== null) return repaired;
    if (label === 'utf-8') {
      throw new CopydeskError('INPUT_BAD_ENCODING', `${where} declares UTF-8 but is not valid UTF-8`);
    }
  }
  // Undeclared and not UTF-8: only accept it as Windows-1252 when it is mostly ASCII
  // text, as Latin-1 family news pages are; otherwise the bytes are not text we know.
  if (asciiShare(bytes) < 0.7) {
    throw new CopydeskError('INPUT_BAD_ENCODING', `${where} is not valid UTF-8 and declares no encoding`);
  }
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
}

/** Share of stray bytes, among all non-ASCII characters, above which a text is not "UTF-8 with strays". */
const MAX_STRAY_SHARE = 0.05;
/** A handful of stray bytes is always repaired (when valid multi-byte text outnumbers them). */
const MAX_STRAY_COUNT = 3;

/**
 * Decodes text that is mostly valid UTF-8 (it has valid multi-byte sequences) but holds
 * a few bytes that are not, reading each of those as Windows-1252. Returns null when the
 * text has no valid multi-byte UTF-8 at all (then it is a single-byte encoding, not UTF-8
 * with strays) or too many stray bytes.
 */
export function repairStrayBytes(bytes: Uint8Array): string | null {
  const parts: string[] = [];
  let runStart = 0;
  let valid = 0;
  let stray = 0;
  const utf8 = new TextDecoder('utf-8');
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = n > 0 && i + n <= bytes.length;
    for (let k = 1; ok && k < n; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok && n === 3) {
      const c1 = bytes[i + 1]!;
      ok = !(b === 0xe0 && c1 < 0xa0) && !(b === 0xed && c1 > 0x9f);
    }
    if (ok && n === 4) {
      const c1 = bytes[i + 1]!;
      ok = !(b === 0xf0 && c1 < 0x90) && !(b === 0xf4 && c1 > 0x8f);
    }
    if (ok) {
      valid++;
      i += n;
      continue;
    }
    stray++;
    parts.push(utf8.decode(bytes.subarray(runStart, i)));
    parts.push(iconv.decode(Buffer.from([b]), 'windows-1252'));
    i++;
    runStart = i;
  }
  if (valid === 0 || stray === 0 || stray > valid) return null;
  if (stray > MAX_STRAY_COUNT && stray / (valid + stray) > MAX_STRAY_SHARE) return null;
  parts.push(utf8.decode(bytes.subarray(runStart)));
  return parts.join('');
}

function normaliseCharset(charset: string): string {
  const c = charset
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (c === 'utf8' || c === 'utf-8' || c === 'unicode-1-1-utf-8') return 'utf-8';
  // As the WHATWG Encoding standard does: pages labelled Latin-1 or ASCII are Windows-1252.
  if (/^(iso-?8859-1|latin-?1|l1|us-ascii|ascii|cp819|iso_8859-1)$/.test(c)) return 'windows-1252';
  return c;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

function detectBom(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** NUL bytes or many control characters in the first 8 KB mean binary, not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.byteLength, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.02;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).trimStart().toLowerCase();
  if (/^(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/.test(head)) return true;
  // A fragment: several block-level tags early on (a pasted body, a scraped <div>).
  const tags = head.match(/<(p|div|article|body|head|h[1-6]|section|span|a|br|img|meta|title)[\s>/]/g);
  return (tags?.length ?? 0) >= 2;
}

function asciiShare(bytes: Uint8Array): number {
  if (bytes.byteLength === 0) return 1;
  let ascii = 0;
  for (const b of bytes) if (b < 0x80) ascii++;
  return ascii / bytes.byteLength;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
