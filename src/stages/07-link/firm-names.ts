/**
 * Firm names the tagger ran on into the next name.
 *
 * A firm named with its town: "Pentagon Plumbing Ltd of Cardiff", "Putin Brothers
 * Construction of Gdańsk". The tagger takes the town into the firm's name; the firm is
 * the name up to its company word, and the town after "of" is a place of its own, linked
 * as any place is. Only after a company word ("Ltd", "Inc", "Construction", "Brothers"…)
 * and only for a town the KB knows: "Bank of England" and "University of Cardiff" are
 * names whole.
 *
 * Two firms' names side by side: "A Jeju Air Boeing 737-800 crashed": the airline and the
 * plane's maker, one mention for the tagger. Split where the words before are a KB company
 * and the words after one too, when the whole is no KB name ("Air France-KLM").
 */
import type { Mention } from '../../core/annotations.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/**
 * A company word, "of" and one or two capitalised words ending the mention. Company words are
 * legal forms and the trades small firms are named by ("Tesla Plumbing & Heating of Leeds",
 * "Apex Roofing of Bristol"): no body of state ends its name in one before "of".
 */
const FIRM_OF_TOWN =
  /\s(?:Ltd|Limited|Inc|LLC|plc|PLC|GmbH|Co|Construction|Brothers|Bros|Sons|Holdings|Builders|Contractors|Plumbing|Heating|Roofing|Electrical|Electrics|Joinery|Glazing|Plastering|Scaffolding|Landscaping|Removals|Haulage|Motors|Garage|Autos|Tyres|Bakery|Butchers|Catering|Decorators|Kitchens|Carpets)\.?(\s+of\s+)(\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*)?)$/u;

/** Whether the KB names an organisation so (name or alias). */
function isBodyName(kb: KnowledgeBase, name: string): boolean {
  return kb.lookup(name).some((h) => h.entity.type === 'organization' && isNameOrAlias(h));
}

/** A model designation after a maker's name: "[Boeing] 787", "[Boeing] 737-800", "[Airbus] A321neo". */
const MODEL_AFTER = /^\s+((?:\p{Lu}{1,2}-?)?\d{2,4}(?:-\d{1,4})?\p{Ll}{0,3})(?![\p{L}\p{N}-])/u;

/** A year, which after a name makes an edition ("Wimbledon 2024"), not a model. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * "[Boeing] 787": the mention taken on over the model designation after it when together they
 * are a KB name ("Boeing 787", filed with the aircraft), else null.
 */
export function withModelAfter(kb: KnowledgeBase, text: string, m: Mention): Mention | null {
  const model = MODEL_AFTER.exec(text.slice(m.end, m.end + 16));
  if (!model || YEAR.test(model[1]!)) return null;
  const wider = { ...m, end: m.end + model[0].length };
  return isBodyName(kb, text.slice(wider.start, wider.end)) ? wider : null;
}

/**
 * "an Air India Boeing 787": whether the capitalised word ending at `end` (a country's name)
 * closes, with the one or two capitalised words before it, a KB body's name — it then
 * belongs to that body and says nothing of the name after it.
 */
export function endsBodyName(kb: KnowledgeBase, text: string, end: number): boolean {
  const m = /(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,2}\p{Lu}[\p{L}\p{M}-]*$/u.exec(
    text.slice(Math.max(0, end - 40), end),
  );
  if (!m) return false;
  const words = m[0].split(/\s+/);
  return words.slice(0, -1).some((_, i) => isBodyName(kb, words.slice(i).join(' ')));
}

/** "[Jeju Air] [Boeing]": the two KB bodies a mention of three or more words runs together, else null. */
function twoBodies(kb: KnowledgeBase, text: string, m: Mention): [Mention, Mention] | null {
  const surface = text.slice(m.start, m.end);
  const spaces = [...surface.matchAll(/ /g)].map((x) => x.index!);
  if (spaces.length < 2 || isBodyName(kb, surface)) return null;
  for (const at of spaces) {
    if (!isBodyName(kb, surface.slice(0, at)) || !isBodyName(kb, surface.slice(at + 1))) continue;
    const second = { ...m, start: m.start + at + 1 };
    return [{ ...m, end: m.start + at }, withModelAfter(kb, text, second) ?? second];
  }
  return null;
}

/**
 * The organisation mentions split into the firm and its town, or into two firms (sorted by
 * start); the others as they are.
 */
export function withFirmNames(kb: KnowledgeBase, text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const pair = m.type === 'organization' ? twoBodies(kb, text, m) : null;
    if (pair) {
      out.push(...pair);
      continue;
    }
    const seat = m.type === 'organization' ? FIRM_OF_TOWN.exec(text.slice(m.start, m.end)) : null;
    const town = seat?.[2];
    if (!seat || !town || !kb.lookup(town).some((h) => h.entity.type === 'location' && isNameOrAlias(h))) {
      out.push(m);
      continue;
    }
    const townStart = m.end - town.length;
    out.push({ ...m, end: townStart - seat[1]!.length }, { ...m, start: townStart, type: 'location' });
  }
  return out;
}
