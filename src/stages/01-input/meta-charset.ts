/** How far the prescan reads. The standard says 1024 bytes; real pages (archived copies with
 * injected scripts, long comment banners) often declare their charset later in `<head>`. */
const PRESCAN_BYTES = 16 * 1024;

/**
 * The HTML "prescan a byte stream to determine its encoding" step, simplified: looks
 * for `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`
 * in the document head (up to `</head>` or {@link PRESCAN_BYTES}).
 */
export function prescanMetaCharset(bytes: Uint8Array): string | null {
  let head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const end = head.search(/<\/head\s*>|<body[\s>]/i);
  if (end >= 0) head = head.slice(0, end);
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of withoutComments.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return null;
}
