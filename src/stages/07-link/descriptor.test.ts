import { describe, expect, it } from 'vitest';
import { makeEntity } from '../../kb/model.js';
import { appositionAfter, contradictingHead, headNoun, isPrivateHead } from './descriptor.js';

const macron = makeEntity({
  id: 'Q3052772',
  type: 'person',
  name: 'Emmanuel Macron',
  description: 'President of France since 2017',
  roles: [{ role: 'President', org: 'FR', orgId: null, from: '2017-05-14', to: null }],
});

const coach = makeEntity({
  id: 'cd:person/some-coach',
  type: 'person',
  name: 'Luis Ortega',
  description: 'Football manager of Sevilla FC',
});

describe('appositionAfter / headNoun', () => {
  it.each([
    ['Emmanuel Macron, a taxi driver in Lyon, said fares were up.', 'driver'],
    ['Emmanuel Macron, head baker at a Rouen boulangerie, said flour was dear.', 'baker'],
    ['Emmanuel Macron, owner of a vineyard near Bordeaux, said the harvest was late.', 'owner'],
    ['Emmanuel Macron, the French president, said the summit would go ahead.', 'president'],
    ["Emmanuel Macron, Europe's longest-serving leader, spoke first.", 'leader'],
    ['Emmanuel Macron, 71, a retired postman from Calais, walks his old round.', 'postman'],
    ['Emmanuel Macron, the Lyon-based shoe maker, opened a shop.', 'maker'],
    ['Emmanuel Macron, a baker based in Lyon, opened a shop.', 'baker'],
  ])('%s → %s', (sentence, head) => {
    const end = 'Emmanuel Macron'.length;
    const apposition = appositionAfter(sentence, end);
    expect(apposition).not.toBeNull();
    expect(headNoun(apposition!)).toBe(head);
  });

  it('ends the head phrase at a new noun phrase or a verb, and reads news, not a person, in it', () => {
    const text = 'with economist Andrei Belousov, a surprise move the Kremlin said was aimed at innovation.';
    const apposition = appositionAfter(text, text.indexOf(',')) ?? '';
    expect(headNoun(apposition)).toBe('move');
    expect(contradictingHead('move', macron, true)).toBeNull();
    expect(contradictingHead('guide', macron, true)).toBe('guide');
  });

  it('reads a short definite phrase joined by "and" to a name before a verb of saying as a list', () => {
    const listed = 'after talks with Emmanuel Macron, the union and Paris prosecutors said on Friday.';
    expect(appositionAfter(listed, listed.indexOf(','))).toBeNull();
    const titles = 'Emmanuel Macron, the founder and CEO of a bakery chain, said bread was dear.';
    expect(appositionAfter(titles, 'Emmanuel Macron'.length)).toBe('the founder and CEO of a bakery chain');
  });

  it('finds no apposition in a plain clause, and no head noun in a relative clause', () => {
    expect(appositionAfter('Emmanuel Macron said on Tuesday that talks would resume.', 15)).toBeNull();
    expect(appositionAfter('Emmanuel Macron, Olaf Scholz and Giorgia Meloni met in Rome.', 15)).toBeNull();
    expect(headNoun('who heads the French state')).toBeNull();
  });
});

describe('a trade at the level of a pastime', () => {
  const striker = makeEntity({
    id: 'cd:person/some-striker',
    type: 'person',
    name: 'Tom Ashby',
    description: 'English professional footballer, striker for Leeds United',
  });

  it('keeps the level with the head, so a professional of that trade is not the person', () => {
    expect(headNoun('a Sunday-league goalkeeper for a Derby pub side')).toBe('sunday league goalkeeper');
    expect(headNoun('an amateur striker from Hull')).toBe('amateur striker');
    expect(contradictingHead(headNoun('an amateur striker from Hull'), striker, true)).toBe(
      'amateur striker',
    );
  });

  it('leaves the trade of a professional and other qualifiers as they were', () => {
    expect(headNoun('a Premier League striker')).toBe('striker');
    expect(headNoun('a Sunday Times columnist')).toBe('columnist');
    expect(contradictingHead(headNoun('a Premier League striker'), striker, true)).toBeNull();
  });
});

describe('a band’s singer', () => {
  it('reads a frontman or a vocalist as the trade of a profile saying singer', () => {
    const singer = makeEntity({
      id: 'cd:person/some-singer',
      type: 'person',
      name: 'Rob Halden',
      description: 'English singer of the heavy metal band Iron Vale',
    });
    expect(contradictingHead(headNoun('the Iron Vale frontman'), singer)).toBeNull();
    expect(contradictingHead(headNoun('a former vocalist'), singer, true)).toBeNull();
    expect(contradictingHead(headNoun('a fishmonger from Hull'), singer, true)).toBe('fishmonger');
  });
});

describe('isPrivateHead', () => {
  it.each(['fishmonger', 'podiatrist', 'postman', 'umpire', 'courier', 'chef', 'librarian', 'club', 'fair'])(
    '%s is private life',
    (w) => expect(isPrivateHead(w)).toBe(true),
  );
  it.each(['president', 'minister', 'leader', 'successor', 'founder', 'governor', 'chancellor'])(
    '%s is public life',
    (w) => expect(isPrivateHead(w)).toBe(false),
  );
});

describe('contradictingHead', () => {
  it('an occupation the profile lacks contradicts; one it names does not', () => {
    expect(contradictingHead('driver', macron)).toBe('driver');
    expect(contradictingHead('president', macron)).toBeNull();
    expect(contradictingHead('manager', coach)).toBeNull();
    expect(contradictingHead(null, macron)).toBeNull();
  });
});
