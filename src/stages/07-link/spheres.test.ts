/**
 * A mangled full name very like one star's of sport or culture is that star in an article of
 * their sphere ("Kasper Rud won the tournament"); namesakes in local stories, people given an
 * age or a trade, and articles of another sphere or none stay unlinked.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { Entity } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { documentSpheres, personSphere, tradeSphere } from './spheres.js';

const star = (
  id: string,
  name: string,
  surname: string,
  country: string,
  description: string,
  born: number,
) =>
  makeEntity({
    id: `p:${id}`,
    type: 'person',
    name,
    names: [{ text: surname, kind: 'surname' }],
    country,
    description,
    prominence: 2,
    born,
  });

const kb = new MemoryKnowledgeBase([
  countryEntity('NO', 'Norway', 'Norwegian'),
  countryEntity('US', 'United States', 'American'),
  star('ruud', 'Casper Ruud', 'Ruud', 'NO', 'Norwegian tennis player', 1998),
  star('rodrigo', 'Olivia Rodrigo', 'Rodrigo', 'US', 'American singer-songwriter', 2003),
]);

const link = linkerOver(kb, '2025-05-20');

function linked(text: string, surface: string): string | null {
  const entities: Entity[] = link(text, [[surface, 'person']]);
  const e = writtenAs(entities, text, surface);
  return e?.kbId ? e.name : null;
}

describe('a star of sport or culture in an article of their sphere', () => {
  it('repairs a sports star in sports news and a singer in music news', () => {
    expect(
      linked(
        'Kasper Rud won the tournament in Geneva on Saturday, his third title on clay this season.',
        'Kasper Rud',
      ),
    ).toBe('Casper Ruud');
    expect(
      linked('Olivija Rodriga won the Grammy for best pop album on Sunday night.', 'Olivija Rodriga'),
    ).toBe('Olivia Rodrigo');
    // Their own trade in the sentence is no private life.
    expect(
      linked(
        'American singer Olivija Rodriga topped the charts again with her second album.',
        'Olivija Rodriga',
      ),
    ).toBe('Olivia Rodrigo');
  });

  it('takes an apposition naming the star trade as no introduction of a private person', () => {
    expect(
      linked(
        'Olivija Rodriga, the American singer, was named artist of the year at the awards gala.',
        'Olivija Rodriga',
      ),
    ).toBe('Olivia Rodrigo');
    // A trade of another sphere still presents somebody else.
    expect(
      linked(
        'Olivija Rodriga, the American striker, was named player of the year at the gala.',
        'Olivija Rodriga',
      ),
    ).toBeNull();
  });

  it('leaves namesakes alone: local stories, ages, other spheres, no sphere at all', () => {
    expect(
      linked('Kasper Rud, 14, won the under-16 tournament at the local tennis club on Sunday.', 'Kasper Rud'),
    ).toBeNull();
    expect(linked('Kasper Rud, 31, scored twice as the visitors won the match.', 'Kasper Rud')).toBeNull();
    // Music words do not make a tennis player's namesake the tennis player.
    expect(
      linked('Kasper Rud released a folk album and starts a concert tour in May.', 'Kasper Rud'),
    ).toBeNull();
    expect(linked('Kasper Rud celebrated his birthday at the lake with friends.', 'Kasper Rud')).toBeNull();
    expect(
      linked(
        'Olivija Rodriga, a nurse at the city hospital, sang at the charity concert.',
        'Olivija Rodriga',
      ),
    ).toBeNull();
  });

  it('takes a grand slam named in the article for sports news', () => {
    expect(
      linked('Kasper Rud won the French Open on Sunday, beating a Spaniard in four sets.', 'Kasper Rud'),
    ).toBe('Casper Ruud');
    expect([...documentSpheres(' she reached the us open quarter finals ')]).toEqual(['sport']);
    expect([...documentSpheres(' the museum is open to the public ')]).toEqual([]);
  });

  it('reads the spheres of a person and of an article', () => {
    expect(personSphere(' norwegian tennis player ')).toBe('sport');
    expect(personSphere(' american singer songwriter ')).toBe('culture');
    expect(personSphere(' german politician ')).toBeNull();
    expect(tradeSphere('singer', '')).toBe('culture');
    expect(tradeSphere(null, 'footballer')).toBe('sport');
    expect(tradeSphere('fans', 'fan')).toBeNull();
    expect([...documentSpheres(' the grand prix starts at 3pm ')]).toEqual(['sport']);
    expect([...documentSpheres(' he retired from test cricket on monday ')]).toEqual(['sport']);
    expect([...documentSpheres(' a rugby international in cardiff ')]).toEqual(['sport']);
    expect([...documentSpheres(' the village fete ended with a tennis match ')]).toEqual([]);
  });
});
