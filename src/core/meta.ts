/** Article metadata: what a reader sees above the body, whatever source it came from. */
export interface LeadImage {
  readonly url: string;
  readonly caption: string | null;
  readonly credit: string | null;
}

export interface ArticleMeta {
  title: string | null;
  authors: string[];
  /** ISO 8601 date or timestamp of publication; also the reference for relative dates. */
  published: string | null;
  modified: string | null;
  publisher: string | null;
  url: string | null;
  canonicalUrl: string | null;
  /** BCP 47 language tag (`en`, `de`) or null when unknown. */
  language: string | null;
  image: LeadImage | null;
}

export function emptyMeta(): ArticleMeta {
  return {
    title: null,
    authors: [],
    published: null,
    modified: null,
    publisher: null,
    url: null,
    canonicalUrl: null,
    language: null,
    image: null,
  };
}

export type MediaType = 'text/plain' | 'text/html';

export type InputOrigin =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'inline'; readonly label: string };

/** The input exactly as received (decoded to a string), kept beside the analysis. */
export interface RawInput {
  readonly content: string;
  readonly mediaType: MediaType;
  readonly origin: InputOrigin;
  /** Size of the undecoded input in bytes. */
  readonly byteLength: number;
}
