/**
 * The US states an article names, and what they say of a town named alone. Of several US
 * cities of one name ("Springfield" of Illinois, Missouri and Massachusetts) or a US city and a
 * foreign namesake ("Manchester" of England and of New Hampshire), copy writes the town alone
 * once the story has said where it is: "Sanders visited Missouri on Saturday, holding a rally
 * in Springfield", "… said Nicky Driscoll, from Manchester" in a New Hampshire primary story.
 * When the sentence, or else the article, names the state of exactly one of the namesakes, that
 * one is the town.
 *
 * "Washington" places no town: in copy it is the capital far more often than the state.
 */
import type { KbEntity } from '../../kb/model.js';
import { usStateOfCity } from '../../kb/us-states.js';
import { usStateAlternation } from './place-things.js';
import { isTown } from './towns.js';

/** State names that stand for their namesake city in copy, not the state. */
const CAPITAL_FIRST = ['Washington'];

/**
 * Any state's name as a whole word; longest first, so "West Virginia" is not Virginia; not the
 * first word of a city's name ("Kansas City", "Iowa City").
 */
const STATE_NAME = new RegExp(
  `(?<![\\p{L}-])(${usStateAlternation(CAPITAL_FIRST)})(?![\\p{L}-]| City\\b)`,
  'gu',
);

/** The US states `text` names ("Missouri", "New Hampshire"), "Washington" aside. */
export function usStatesNamedIn(text: string): ReadonlySet<string> {
  const states = new Set<string>();
  for (const m of text.matchAll(STATE_NAME)) states.add(m[1]!);
  return states;
}

/**
 * Of namesake cities (`pool`, two or more, all cities), the one whose US state is named: in the
 * mention's sentence when it names one of them ("visited Missouri … a rally in Springfield", in
 * a story of the Illinois and Missouri primaries), else in the article, when exactly one is;
 * `pool` itself otherwise.
 */
export function cityOfNamedState<T extends { readonly entity: KbEntity }>(
  pool: T[],
  sentence: string,
  article: () => ReadonlySet<string>,
): T[] {
  if (pool.length < 2 || !pool.every((h) => isTown(h.entity))) return pool;
  for (const states of [usStatesNamedIn(sentence), article()]) {
    const there = pool.filter((h) => {
      const state = h.entity.country === 'US' ? usStateOfCity(h.entity.description) : null;
      return state !== null && states.has(state);
    });
    const distinct = new Set(there.map((h) => h.entity)).size;
    if (distinct === 1) return there;
    if (distinct > 1) return pool;
  }
  return pool;
}
