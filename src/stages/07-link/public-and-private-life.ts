/**
 * What a sentence or a whole article speaks of: public affairs (politics, diplomacy, war,
 * markets), everyday life (family, birthdays, holidays) or private life (trades, shops,
 * neighbours). Read over cue text, not around one mention: a near spelling of a famous name
 * is taken for its bearer only in news of public affairs with nothing of private life.
 */
import { PRIVATE_PERSON } from './describing-words.js';

/**
 * Words of public affairs (politics, diplomacy, war, markets, institutions): an article
 * with none of them is no place to take a near-miss of a famous name for its bearer.
 */
const PUBLIC_AFFAIRS =
  /\b(president|prime minister|ministers?|government|parliament|congress|senate|elections?|votes?|voters?|campaign|party|summit|talks|treaty|sanctions|tariffs?|tolls|trade|war|troops|military|army|defen[cs]e|security|allies|nato|ceasefire|diplomats?|diplomatic|embassy|envoy|policy|officials?|administration|white house|kremlin|pentagon|cabinet|central bank|interest rates?|inflation|economy|budget|court|ruling|opposition|protests?|protesters|rally|resign|resigned|resignation|re election|endorsed|nominee|nomination|confirmed|impeachment|coalition|sworn|inauguration|visit|state visit|leaders?|sidelines|export controls|exports|imports|negotiations|intelligence|treasury|chancellor|secretary|oval office|assassination|rebels?|insurgents?|militants?|regime|coup|bombing|bombers|air ?strikes|missiles?|shelling)\b/;

/** The first word of public affairs in `cue` (padded cue text), or null. */
export function publicAffairsIn(cue: string): string | null {
  return PUBLIC_AFFAIRS.exec(cue)?.[0] ?? null;
}

/**
 * Everyday life: what an article about somebody ordinary speaks of ("celebrated his birthday
 * at the lake with friends", "arrived … with her family", "opened a second ice-cream parlour"),
 * or of a small firm ("a Sharjah spice importer won a small-business award. Founder … said"):
 * its founder is presented by the firm, not by public life.
 * A near spelling of a famous name with no support at all is taken for the famous person
 * only in an article with none of these.
 */
const EVERYDAY_LIFE =
  /\b(family|families|friends?|birthday|wedding anniversary|parlou?rs?|ice cream|holidays?|vacation|lake|garden|allotment|neighbou?rs?|his wife|her husband|grandchildren|grandson|granddaughter|retirement|hobby|picnic|barbecue|weekend trip|camping|fishing|knitting|bake sale|dog|cat|pets?|small business(?:es)?|small firms?)\b/;

/** The first word of everyday life in `cue` (padded cue text), or null. */
export function everydayLifeIn(cue: string): string | null {
  return EVERYDAY_LIFE.exec(cue)?.[0] ?? null;
}

/** The first word of private life in `cue` (padded cue text of a sentence), or null. */
export function privateLifeIn(cue: string): string | null {
  return (
    PRIVATE_PERSON.exec(cue.includes(' by ') || cue.includes(' from ') ? withoutCrowds(cue) : cue)?.[0] ??
    null
  );
}

/**
 * "… married in Venice in a celebration that drew protests from residents", "cheered by fans":
 * a crowd of ordinary people reacting to the news is no private life of the person it is about
 * (a private person is presented by a trade or a town of his own: "a resident of …").
 */
function withoutCrowds(cue: string): string {
  return cue.replace(CROWD_REACTING, ' ');
}
const CROWD_REACTING =
  / (?:from|by) (?:(?:angry|local|some|many|hundreds of|thousands of) )?(?:residents|villagers|neighbou?rs|tourists|fans|shoppers|commuters|locals)(?= )/g;
