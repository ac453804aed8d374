/**
 * People whose description states a post at a named body must carry it as a structured role
 * (issue #5). The linker's strongest evidence for a mangled name is a role cue matched against
 * `roles` held on the article date ("BHP chief executive Mike Henri"); a description alone
 * gives a cue nothing to match, so a person added with only a description stays out of reach.
 * This lists every person without roles whose description reads like a post at a named
 * organisation, team or country, and requires the list to stay within the allow-list below:
 * people whose described "post" is no office the KB can hold as a dated role.
 */

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readResourceFiles } from './build.js';

const dir = fileURLToPath(new URL('../../resources/kb/', import.meta.url));

/** Post words of descriptions (lower case; the first letter may be capital: "Director of …"). */
const POST_WORDS = [
  'chief executive(?: officer)?',
  'CEO',
  'CFO',
  'COO',
  'CTO',
  'chief \\w+(?: \\w+)? officer',
  'chief (?:scientist|economist|rabbi)',
  '(?:executive |vice[- ]|deputy |acting |interim |honorary )?(?:chair(?:man|woman|person)?|president)',
  'managing director',
  'executive director',
  'director(?:-general| general)',
  'head coach',
  '(?:football |baseball )?manager',
  'coach',
  "(?:test |white-ball |t20 |twenty20 |women's |national |vice-)?captain",
  'team principal',
  'governor',
  'minister',
  'secretary(?:-general| general)?',
  'commissioner',
  'mayor',
  'ambassador',
  'envoy',
  '(?:majority |controlling |main )?owner',
  'founder',
  'editor(?:-in-chief)?',
  'judge',
  'prosecutor',
  'senator',
  'speaker',
  'head',
  'leader',
  'boss',
  'patriarch',
  'archbishop',
  'prefect',
  'dean',
];
const POST = `(?:co-)?(?:${POST_WORDS.join('|')})`.replace(
  /(^|[^\w\\])([a-z])/g,
  (_, before: string, c: string) => `${before}[${c}${c.toUpperCase()}]`,
);
/** A named body: capitalised words, with the small words of names between them. */
const NAMED = String.raw`(?:the )?[A-Z0-9][\w'’&.+-]*(?: (?:[A-Z0-9][\w'’&.+-]*|de|of|the|and|for|del|&))*`;
/** "chief executive of BHP", "head of Walmart U.S.", "captain of the Florida Panthers". */
const POST_AT = new RegExp(String.raw`\b${POST} (?:of|at|for|to) ${NAMED}`);
/** "Nvidia's chief financial officer" (opening the description: a possessive, not a nationality). */
const OWNER_POST = new RegExp(String.raw`^[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*['’]s ${POST}\b`);
/** "…; Glencore chief executive 2002-21", "…; Canada head coach since 2024", "former Arsenal captain". */
const NAMED_POST = new RegExp(
  String.raw`(?:[;,] |\b(?:and|former|then|long-time) )[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*)*(?:['’]s)? ${POST}\b`,
);

/** True when a description states a post at a named body. */
function statesPostAtNamedBody(description: string): boolean {
  return POST_AT.test(description) || OWNER_POST.test(description) || NAMED_POST.test(description);
}

/**
 * People whose description matches a post pattern and who have, on purpose, no role. Each
 * entry says why; a new person belongs here only for such a reason, never for want of dates
 * (a role without known dates is written without them: docs/knowledge-base.md).
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // Founders of no organisation the KB could hold under that name.
  'James Dyson': 'the firm bears his surname: an organisation "Dyson" would take his mentions',
  'Simon Porte Jacquemus': 'the label bears his surname: an organisation "Jacquemus" would take his mentions',
  'Justin Sun': 'Tron is a blockchain, no organisation',
  'Ross Ulbricht': 'Silk Road was a dark-web market named like the trade route',
  'Vinod Khosla': 'co-founder of a long-gone firm (Sun Microsystems, sold in 2010)',
  'Rafael Caro Quintero': 'co-founder of a criminal cartel dissolved in 1989',
  'Roger Waters': 'a band, no post',
  'John Lennon': 'a band, no post',
  'G-Dragon': 'leader of a band, no post',
  'John Maynard Keynes': 'founder of a school of thought, no organisation',
  // Founders and leaders of states, movements and empires: no office named.
  'Kim Il Sung': 'founder of a state; the description names no office',
  'Vladimir Lenin': 'founder of a state; the description names no office',
  'Leon Trotsky': 'founder of an army; the description names no office',
  'Genghis Khan': 'founder of an empire; no organisation',
  'Sheikh Mujibur Rahman': 'founding leader of a state; the description names no office',
  'Mahatma Gandhi': 'leader of a movement, no office',
  'Pol Pot': 'leader of a movement; the description names no office',
  // Functions that are no office of a body.
  'Juliette Binoche': 'jury president of one festival edition',
  'Lionel Richie': 'a judge of a television contest',
  'Darren Cahill': 'coach of a player, not of a team',
  'Luke Donald': 'Ryder Cup captain: captain of a team for one match, no organisation',
  'Keegan Bradley': 'Ryder Cup captain: captain of a team for one match, no organisation',
  'Edoardo Molinari': 'Ryder Cup vice-captain: no organisation',
  'Zac Goldsmith': '"former Conservative minister": no portfolio named',
  // Posts whose state is not certain.
  'Anna Wintour': 'gave up the US Vogue editorship in 2025; the description leaves its end open',
  'Hans-Joachim Watzke': 'Dortmund chief executive since 2005, stepping down in 2025 at a date not certain',
};

describe('people whose description states a post at a named body', () => {
  const files = readResourceFiles(dir);
  const roleless = files.people
    .map((l) => l.value)
    .filter((p) => !p.roles?.length && p.description && statesPostAtNamedBody(p.description));

  it('carry the post as a structured role, unless allow-listed with a reason', () => {
    const missing = roleless.filter((p) => !(p.name in ALLOWED)).map((p) => `${p.name}: ${p.description}`);
    expect(missing).toEqual([]);
  });

  it('the allow-list names only people still described so and still without roles', () => {
    const names = new Set(roleless.map((p) => p.name));
    expect(Object.keys(ALLOWED).filter((n) => !names.has(n))).toEqual([]);
  });

  it('reads the posts of descriptions as copy writes them', () => {
    for (const d of [
      "Nvidia's chief financial officer",
      'chief executive of BHP since 2020',
      'German former goalkeeper; Bayern Munich CEO 2021-23',
      'American football manager; Canada head coach since 2024',
      'French canoeist; president of the Paris 2024 organising committee',
      'English footballer; West Ham captain',
    ])
      expect(statesPostAtNamedBody(d), d).toBe(true);
    for (const d of [
      'Austrian film director',
      'English singer of the Rolling Stones',
      'American-born actress raised in Argentina and Britain; The Queen’s Gambit',
      'Austrian founder of psychoanalysis',
      'British-American editor',
    ])
      expect(statesPostAtNamedBody(d), d).toBe(false);
  });
});
