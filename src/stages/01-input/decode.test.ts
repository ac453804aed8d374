import { describe, expect, it } from 'vitest';
import { CopydeskError } from '../../core/errors.js';
import { decodeInput } from './decode.js';

const origin = { kind: 'inline', label: 'story' } as const;
const utf8 = (s: string) => new TextEncoder().encode(s);

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof CopydeskError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('decodeInput', () => {
  it('decodes UTF-8 plain text and normalises it to NFC', () => {
    const raw = decodeInput(utf8('Zu\u0308rich talks resumed.'), { origin });
    expect(raw.mediaType).toBe('text/plain');
    expect(raw.content).toBe('Zürich talks resumed.');
  });

  it('recognises an HTML document and a pasted HTML fragment', () => {
    expect(
      decodeInput(utf8('<!DOCTYPE html><html><body><p>Hi</p></body></html>'), { origin }).mediaType,
    ).toBe('text/html');
    expect(decodeInput(utf8('<div class="story"><p>One.</p><p>Two.</p></div>'), { origin }).mediaType).toBe(
      'text/html',
    );
    expect(decodeInput(utf8('Profits rose 5% <b>despite</b> the slump.'), { origin }).mediaType).toBe(
      'text/plain',
    );
  });

  it('honours a byte-order mark over everything else', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Café society')]);
    expect(decodeInput(bytes, { origin, contentType: 'text/plain; charset=iso-8859-1' }).content).toBe(
      'Café society',
    );
  });

  it('honours a declared charset from the HTTP header and from <meta>', () => {
    const latin1 = new Uint8Array([
      ...utf8('<html><head><meta charset="windows-1252"></head><p>Caf'),
      0xe9,
      ...utf8('</p>'),
    ]);
    expect(decodeInput(latin1, { origin }).content).toContain('Café');
    const plain = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' culture')]);
    expect(decodeInput(plain, { origin, contentType: 'text/plain; charset=ISO-8859-1' }).content).toBe(
      'Café culture',
    );
  });

  it('falls back to Windows-1252 for undeclared, mostly-ASCII non-UTF-8 text', () => {
    const bytes = new Uint8Array([
      ...utf8('The minister said '),
      0x93,
      ...utf8('no'),
      0x94,
      ...utf8(' again.'),
    ]);
    expect(decodeInput(bytes, { origin }).content).toBe('The minister said \u201cno\u201d again.');
  });

  it('rejects empty, binary, oversized and invalid UTF-8 input with distinct codes', () => {
    expect(codeOf(() => decodeInput(utf8('   \n\t '), { origin }))).toBe('INPUT_EMPTY');
    expect(codeOf(() => decodeInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), { origin }))).toBe(
      'INPUT_BINARY',
    );
    expect(codeOf(() => decodeInput(utf8('x'.repeat(2000)), { origin, maxBytes: 1000 }))).toBe(
      'INPUT_TOO_LARGE',
    );
    const badUtf8 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' ok')]);
    expect(codeOf(() => decodeInput(badUtf8, { origin, contentType: 'text/plain; charset=utf-8' }))).toBe(
      'INPUT_BAD_ENCODING',
    );
    expect(codeOf(() => decodeInput(new Uint8Array(200).fill(0xc3), { origin }))).toBe('INPUT_BAD_ENCODING');
  });
});

describe('UTF-8 with stray Latin-1 bytes', () => {
  const origin = { kind: 'inline', label: 'page' } as const;
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('reads the stray bytes as Windows-1252 when the rest is valid UTF-8', () => {
    // A UTF-8 page ("Mitgefühl") with a Latin-1 "ü" (0xfc) pasted into one alt text.
    const bytes = new Uint8Array([
      ...utf8('<p>Mitgefühl zeigen – jetzt.</p><img alt="K'),
      0xfc,
      ...utf8('chenblogs">'),
    ]);
    const raw = decodeInput(bytes, { origin, contentType: 'text/html; charset=utf-8' });
    expect(raw.content).toBe('<p>Mitgefühl zeigen – jetzt.</p><img alt="Küchenblogs">');
  });

  it('still refuses text with no valid multi-byte UTF-8 that declares UTF-8', () => {
    const bytes = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' ok')]);
    expect(() => decodeInput(bytes, { origin, contentType: 'text/plain; charset=utf-8' })).toThrow(
      /not valid UTF-8/,
    );
  });
});

describe('meta charset declared late in the head', () => {
  it('finds a <meta charset> after 1 KB of injected scripts', () => {
    const scripts = `<script>${'var x = 1;'.repeat(200)}</script>`;
    const head = new TextEncoder().encode(
      `<!DOCTYPE html><html><head>${scripts}<meta charset="windows-1252"></head><body><p>Caf`,
    );
    const bytes = new Uint8Array([...head, 0xe9, ...new TextEncoder().encode(' au lait</p></body></html>')]);
    const raw = decodeInput(bytes, { origin: { kind: 'inline', label: 'page' } });
    expect(raw.content).toContain('Café au lait');
  });
});
