/**
 * A country's demonym used for the state itself: "Ukrainian troops", "Lithuanian President
 * Gitanas Nauseda", "the Japanese central bank", "the Japanese Bank". Before the armed forces, the government or
 * one of its offices, the adjective names the country acting — the tagger types it as a
 * nationality (misc), which links to nothing. Before "central bank" it names that country's
 * central bank, which the KB holds as a body of its own ("Bank of Japan").
 *
 * Only nouns of the state are read: "Ukrainian refugees", "a Lithuanian singer" or
 * "Japanese cars" speak of people or things of the country, and stay unlinked.
 */
import type { Mention } from '../../core/annotations.js';
import type { KbEntity, KbNameKind } from '../../kb/model.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** A demonym mention read as its country (or widened over "central bank" to the bank). */
export interface StateMention {
  readonly mention: Mention;
  readonly entity: KbEntity;
  /** The tagger's demonym mention the state mention replaces; null when it keeps its own ("[[Russia]'s central bank]"). */
  readonly demonym: Mention | null;
}

/** Nouns of the state's forces and offices right after a demonym. */
const STATE_NOUN_AFTER =
  /^\s+(?:troops|forces|army|navy|air force|military|soldiers|border guards|government|authorities|officials|diplomats|embassy|parliament|(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior) [Mm]inist(?:er|ry)|President|Prime Minister|Chancellor|Foreign Minister|Defen[cs]e Minister)\b/;

/** "central bank" right after a demonym: that country's central bank. */
const CENTRAL_BANK_AFTER = /^\s+central bank\b/i;

/**
 * "'s central bank" right after a country's name: "Russia's central bank raised its key rate"
 * (session acc25-link-b). The country keeps its own mention inside the bank's.
 */
const POSSESSIVE_CENTRAL_BANK_AFTER = /^['’]s central bank\b/i;

/** Name kinds under which a word names its country itself: "Russia", "the Russian Federation". */
const COUNTRY_NAME_KINDS: ReadonlySet<KbNameKind> = new Set(['name', 'alias', 'short']);
const DEMONYM_KINDS: ReadonlySet<KbNameKind> = new Set(['demonym']);

/** The one country `word` names under one of `kinds`, or null (none, or several). */
function soleCountry(kb: KnowledgeBase, word: string, kinds: ReadonlySet<KbNameKind>): KbEntity | null {
  const hits = kb.lookup(word).filter((h) => kinds.has(h.kind) && h.entity.kind === 'country');
  return hits.length > 0 && hits.every((h) => h.entity === hits[0]!.entity) ? hits[0]!.entity : null;
}

/** Per KB: its central banks by country code (read once: the port has no index by kind). */
const CENTRAL_BANKS = new PerKnowledgeBase((kb): ReadonlyMap<string, readonly KbEntity[]> => {
  const byCountry = new Map<string, KbEntity[]>();
  for (const e of kb.entities()) {
    if (e.kind !== 'central-bank' || !e.country) continue;
    const list = byCountry.get(e.country);
    if (list) list.push(e);
    else byCountry.set(e.country, [e]);
  }
  return byCountry;
});

/** The one central bank the KB holds for `country`, or null. */
function centralBankOf(kb: KnowledgeBase, country: KbEntity): KbEntity | null {
  const own = country.country ? CENTRAL_BANKS.of(kb).get(country.country) : undefined;
  return own?.length === 1 ? own[0]! : null;
}

/** A body's name of a demonym and "Bank": "Japanese Bank", as a translation round trip writes "Bank of Japan". */
const DEMONYM_BANK = /^(\p{Lu}[\p{L}-]+) Bank$/u;

/** Words of a central bank's business: what makes "the Japanese Bank" the country's central bank. */
const MONETARY_WORDS =
  /\b(?:interest rates?|monetary|inflation|[Gg]overnor|deposit rate|rate (?:hikes?|cuts?|rises?)|bond[- ]buying|yield curve)\b/;

/**
 * "The Japanese Bank ended negative interest rates": a body named by a demonym and "Bank" that
 * the KB does not know by that name is the country's central bank when the KB calls that bank
 * "Bank of <the country>" and the article speaks of a central bank's business. ("Swiss Bank" is
 * no "Swiss National Bank": only the reordering of "Bank of" is read.)
 */
function demonymBank(kb: KnowledgeBase, text: string, m: Mention): KbEntity | null {
  const name = DEMONYM_BANK.exec(text.slice(m.start, m.end));
  if (!name || kb.lookup(name[0]).length > 0 || !MONETARY_WORDS.test(text)) return null;
  const country = soleCountry(kb, name[1]!, DEMONYM_KINDS);
  const bank = country ? centralBankOf(kb, country) : null;
  if (!bank || !country) return null;
  const countryNames = [country.name, ...country.names.filter((n) => n.kind === 'alias').map((n) => n.text)];
  return countryNames.some((c) => bank.name === `Bank of ${c}`) ? bank : null;
}

/**
 * The demonyms of the article that stand for their state or its central bank, and the
 * countries' names a possessive and "central bank" follow.
 */
export function stateMentions(kb: KnowledgeBase, text: string, mentions: readonly Mention[]): StateMention[] {
  const out: StateMention[] = [];
  for (const m of mentions) {
    if (m.type === 'organization') {
      const bank = demonymBank(kb, text, m);
      if (bank) out.push({ mention: m, entity: bank, demonym: m });
      continue;
    }
    if (m.type === 'location') {
      // One character code first: most places have no possessive after them.
      const c = text.charCodeAt(m.end);
      if (c !== 39 && c !== 0x2019) continue;
      const bank = POSSESSIVE_CENTRAL_BANK_AFTER.exec(text.slice(m.end, m.end + 16));
      const country = bank ? soleCountry(kb, text.slice(m.start, m.end), COUNTRY_NAME_KINDS) : null;
      const entity = country ? centralBankOf(kb, country) : null;
      if (bank && entity)
        out.push({
          mention: { ...m, end: m.end + bank[0].length, type: 'organization' },
          entity,
          demonym: null,
        });
      continue;
    }
    if (m.type !== 'misc') continue;
    const after = text.slice(m.end, m.end + 30);
    const bank = CENTRAL_BANK_AFTER.exec(after);
    if (!bank && !STATE_NOUN_AFTER.test(after)) continue;
    const country = soleCountry(kb, text.slice(m.start, m.end), DEMONYM_KINDS);
    if (!country) continue;
    if (bank) {
      const entity = centralBankOf(kb, country);
      if (entity)
        out.push({
          mention: { ...m, end: m.end + bank[0].length, type: 'organization' },
          entity,
          demonym: m,
        });
      continue;
    }
    out.push({ mention: { ...m, type: 'location' }, entity: country, demonym: m });
  }
  return out;
}
