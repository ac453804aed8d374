/**
 * The sphere of an article and of a KB person: sport or culture. A mangled full name very like
 * one sports star's in an article about sport ("Karlos Alkaras won the tournament") is that
 * star, as a political name is its bearer's in news of public affairs. Namesakes in local
 * stories stay apart: an article with words of local or amateur life has no sphere.
 */
import { SPORTS_PROFILE } from './describing-words.js';

/** A sphere an article and a person can share. */
export type Sphere = 'sport' | 'culture';

/** A KB description of a figure of culture: music, film, letters. */
const CULTURE_PROFILE =
  /\b(singer|songwriter|musician|rapper|band|actor|actress|film director|filmmaker|composer|novelist|writer|author|poet|comedian|guitarist|drummer|pianist|record producer|film producer)\b/;

/** Words of sport in an article (padded cue text): the games by name ("Test cricket"), the grand slams ("won the US Open"). */
const SPORT_WORDS =
  /\b(match|matches|goals?|scored|season|races?|tournament|grand prix|formula one|championships?|champions league|semi final|quarter final|league|cup|club|pole|laps?|wimbledon|(?:us|french|australian) open|medals?|olympics?|world cup|transfer|players|team mate|trophy|innings|wickets?|stadium|derby|golf|tennis|chess|cricket|cricketers?|football|rugby|basketball|baseball|hockey|doping|world number one|grand slam|medley|freestyle|backstroke|relay|olympic|javelin|discus|pole vault|high jump|long jump|hurdles|marathon|sprint|podium|world record|gold medals?|silver medals?|bronze medals?|euro \d{4}|tour de france|giro d ?italia|vuelta|peloton|yellow jersey|time trial|(?:won|wins?|winning|took|claimed|individual|olympic|first|second|third|fourth|fifth) gold)\b/;

/** Words of culture in an article. */
const CULTURE_WORDS =
  /\b(films?|movies?|albums?|songs?|grammys?|oscars?|academy awards?|best actress|best actor|tour|concerts?|festival|charts|box office|premiere|gig|music awards?|record label|novels?|nobel prize in literature|booker|artist of the year)\b/;

/** Words of local or amateur life: the article may be about a namesake. */
const LOCAL_LIFE =
  /\b(local|amateur|village|schoolboy|schoolgirl|school|youth|sunday league|parish|grassroots|pub|hobby)\b/;

/** The sphere of a person by the KB's words of them (profileText), or null. */
export function personSphere(profile: string): Sphere | null {
  if (SPORTS_PROFILE.test(profile)) return 'sport';
  if (CULTURE_PROFILE.test(profile)) return 'culture';
  return null;
}

/** The spheres an article speaks of (its padded cue text, read once per document). */
export function documentSpheres(cue: string): ReadonlySet<Sphere> {
  const spheres = new Set<Sphere>();
  if (LOCAL_LIFE.test(cue)) return spheres;
  if (SPORT_WORDS.test(cue)) spheres.add('sport');
  if (CULTURE_WORDS.test(cue)) spheres.add('culture');
  return spheres;
}

/** Trades of a sphere that say who the star is, not that they are a private person. */
const SPHERE_TRADES: Record<Sphere, RegExp> = {
  sport:
    /\b(footballer|striker|midfielder|goalkeeper|defender|cyclist|swimmer|athlete|boxer|driver|coach|fans?)\b/g,
  culture:
    /\b(singer|actor|actress|novelist|author|writer|poet|musician|guitarist|drummer|rapper|pianist|fans?)\b/g,
};

/**
 * The sphere whose trade describes a mention: the head of its apposition ("Billy Ailish, the
 * American singer") or the word just before it ("American footballer Travis Kelsi"); or null.
 */
export function tradeSphere(head: string | null, wordBefore: string): Sphere | null {
  for (const sphere of ['sport', 'culture'] as const) {
    const trades = SPHERE_TRADES[sphere];
    for (const word of [head, wordBefore]) {
      if (!word) continue;
      trades.lastIndex = 0;
      if (trades.test(word) && !/^fans?$/.test(word)) return sphere;
    }
  }
  return null;
}

/** A sentence's cue text without the trades of `sphere` ("American footballer" of a sports star). */
export function withoutSphereTrades(cue: string, sphere: Sphere): string {
  return cue.replace(SPHERE_TRADES[sphere], ' ');
}
