/**
 * Fixed phrases of news English and the odd substitutes that synonym spinners and
 * literal translation put in their place. An edited text almost never says "local
 * weather change" or "Safety Council"; a spun or machine-translated copy often does.
 */
import { escapeRegExp } from '../../core/regexp.js';

export interface SpunPhrase {
  /** The substitute, lower case, matched on word boundaries. */
  readonly spun: string;
  /** The fixed phrase it replaced. */
  readonly original: string;
}

export const SPUN_PHRASES: readonly SpunPhrase[] = [
  { spun: 'local weather change', original: 'climate change' },
  { spun: 'synthetic intelligence', original: 'artificial intelligence' },
  { spun: 'inventory market', original: 'stock market' },
  { spun: 'safety council', original: 'Security Council' },
  { spun: 'safety convention', original: 'Security Conference' },
  { spun: 'security convention', original: 'Security Conference' },
  { spun: 'safety conference', original: 'Security Conference' },
  { spun: 'white home', original: 'White House' },
  { spun: 'prime minster', original: 'prime minister' },
  { spun: 'first minister of', original: 'prime minister of' },
  { spun: 'overseas minister', original: 'foreign minister' },
  { spun: 'overseas coverage', original: 'foreign policy' },
  { spun: 'protection minister', original: 'defence minister' },
  { spun: 'protection secretary', original: 'defense secretary' },
  { spun: 'chief government officer', original: 'chief executive officer' },
  { spun: 'united countries', original: 'United Nations' },
  { spun: 'european union fee', original: 'European Commission' },
  { spun: 'huge information', original: 'big data' },
  { spun: 'massive information', original: 'big data' },
  { spun: 'cell phone community', original: 'mobile network' },
  { spun: 'on the margins of', original: 'on the sidelines of' },
  { spun: 'head of the foreign policy', original: 'foreign policy chief' },
  { spun: 'press convention', original: 'press conference' },
  { spun: 'information convention', original: 'news conference' },
];

export interface SpunPhraseHit extends SpunPhrase {
  readonly count: number;
}

const MATCHER = new RegExp(
  `\\b(${SPUN_PHRASES.map((p) => escapeRegExp(p.spun).replace(/ /g, '\\s+')).join('|')})\\b`,
  'gi',
);
const BY_SPUN = new Map(SPUN_PHRASES.map((p) => [p.spun, p]));

export function findSpunPhrases(text: string): SpunPhraseHit[] {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(MATCHER)) {
    const key = match[0].toLowerCase().replace(/\s+/g, ' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([spun, count]) => ({ ...BY_SPUN.get(spun)!, count }));
}
