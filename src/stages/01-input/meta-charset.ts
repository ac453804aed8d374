/**
 * The HTML "prescan a byte stream to determine its encoding" step, simplified: looks
 * in the first 1024 bytes for `<meta charset=…>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`.
 */
export function prescanMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of withoutComments.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return null;
}
