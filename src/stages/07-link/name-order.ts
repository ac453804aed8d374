/**
 * Name order. Chinese, Korean and Cambodian names put the family name first
 * ("Xi Jinping": Xi is the surname, so "Xi said" is Xi Jinping); Japanese and Hungarian
 * names are written both ways ("Ishiba Shigeru" / "Shigeru Ishiba", "Orbán Viktor"), and
 * copy sometimes turns a family-name-first name round ("Jinping Xi").
 */
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { isSpaceAt } from './spans.js';

/**
 * Countries whose names are written family name first and whose people copy calls by the
 * family name ("Xi said", "Lee said"). Not Vietnam: copy calls Tô Lâm "Lam".
 */
const FAMILY_FIRST_COUNTRIES = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'KH', 'SG']);

/**
 * Countries whose people copy may name in either order. India: South Indian names lead with the
 * family or village name ("Dommaraju Gukesh", "Ravichandran Ashwin"), which copy also writes last.
 */
const EITHER_ORDER_COUNTRIES = new Set([...FAMILY_FIRST_COUNTRIES, 'VN', 'JP', 'HU', 'IN']);

/**
 * Common Chinese, Korean, Vietnamese and Khmer family names in their usual romanisations:
 * the first word of a KB name of those countries is the family name only when it is one
 * ("John Lee", "William Lai", "Lawrence Wong" put the given name first).
 */
const FAMILY_NAMES = new Set(
  `li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie
  han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan
  pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin
  gu hou shao meng long wan duan lei qian yin yi chang qiao lai xi wen hua zhan ji mu ou lam lee kim park
  choi jung chung cho jo yoon yun jang chang lim im oh seo shin kwon hwang ahn an yoo ryu hong jeon ko go
  moon mun yang son bae baek heo nam noh roh ha ju woo choe ri nguyen tran le pham hoang huynh phan vu vo
  dang bui do ho ngo duong ly to hun sar tea chea sok wong ong teo goh tay ng lau`.split(/\s+/),
);

/** The family name of a KB person whose name is written family name first, else null. */
export function familyNameFirst(entity: KbEntity): string | null {
  if (!entity.country || !FAMILY_FIRST_COUNTRIES.has(entity.country)) return null;
  const space = entity.name.indexOf(' ');
  if (space < 0) return null;
  const first = entity.name.slice(0, space);
  return FAMILY_NAMES.has(normalizeName(first)) ? first : null;
}

/** True when copy may write the entity's name in either order. */
export function eitherOrder(entity: KbEntity): boolean {
  return entity.country !== null && EITHER_ORDER_COUNTRIES.has(entity.country);
}

/**
 * "Ishiba Shigeru" → "Shigeru Ishiba": a two-word name turned round; null otherwise. The
 * words (`/\s+/` apart in the trimmed surface) are found by a scan: most surfaces asked are
 * of one word or of three, and none is split into a list.
 */
export function reversedName(surface: string): string | null {
  const t = surface.trim();
  let i = 0;
  while (i < t.length && !isSpaceAt(t, i)) i++;
  // One word (or none).
  if (i === t.length) return null;
  let j = i;
  while (isSpaceAt(t, j)) j++;
  let k = j;
  while (k < t.length && !isSpaceAt(t, k)) k++;
  // A third word after more space.
  if (k < t.length) return null;
  return `${t.slice(j)} ${t.slice(0, i)}`;
}

/**
 * KB people by family name, for the names written family name first (the KB's surname
 * field takes the last word of a name: "Jinping" for Xi Jinping). Built once per KB, on
 * first use.
 */
export class FamilyNames {
  private static readonly shared = new PerKnowledgeBase((kb) => new FamilyNames(kb));

  static for(kb: KnowledgeBase): FamilyNames {
    return FamilyNames.shared.of(kb);
  }

  private index: Map<string, KbEntity[]> | null = null;

  private constructor(private readonly kb: KnowledgeBase) {}

  /** The KB people whose family name (written first) is `word`. */
  bearers(word: string): readonly KbEntity[] {
    if (!this.index) {
      this.index = new Map();
      for (const e of this.kb.entities()) {
        if (e.type !== 'person') continue;
        const family = familyNameFirst(e);
        if (!family) continue;
        const key = normalizeName(family);
        const list = this.index.get(key);
        if (list) list.push(e);
        else this.index.set(key, [e]);
      }
    }
    return this.index.get(normalizeName(word)) ?? [];
  }
}
