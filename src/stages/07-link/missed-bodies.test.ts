/**
 * Bodies' names the tagger missed (link-missed.ts): a brand written with a lower-case letter
 * then a capital ("xAI"), a club's name with its number ("Racing 92"), a company before a
 * deed of companies ("Boeing named …").
 */
import { describe, expect, it } from 'vitest';
import { kbIdAt, linkerOver, linkLayers } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { segment } from '../04-segment/segment.js';
import { linkDocument } from './link-document.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'o:qai',
    type: 'organization',
    name: 'qAI',
    kind: 'company',
    country: 'US',
    prominence: 3,
  }),
  makeEntity({
    id: 'o:stade-71',
    type: 'organization',
    name: 'Stade 71',
    kind: 'sports-club',
    country: 'FR',
    prominence: 1,
  }),
  makeEntity({
    id: 'o:airframe',
    type: 'organization',
    name: 'Airframa',
    kind: 'company',
    country: 'US',
    prominence: 3,
  }),
  makeEntity({
    id: 'o:liberals-44',
    type: 'organization',
    name: 'Liberals 44',
    names: [{ text: 'L44', kind: 'short' }],
    kind: 'party',
    country: 'NL',
    prominence: 2,
  }),
  makeEntity({
    id: 'o:pacta',
    type: 'organization',
    name: 'PACTA',
    kind: 'alliance',
    prominence: 2,
  }),
  makeEntity({
    id: 'o:norda',
    type: 'organization',
    name: 'Nordic Data Authority',
    names: [{ text: 'NORDA', kind: 'short' }],
    kind: 'agency',
    prominence: 2,
  }),
  makeEntity({
    id: 'o:harvest-moon',
    type: 'organization',
    name: 'Marisol',
    kind: 'film',
    country: 'MX',
    prominence: 2,
  }),
  makeEntity({
    id: 'o:izwi',
    type: 'organization',
    name: 'iZwi laBantu Party',
    names: [{ text: 'iZwi laBantu', kind: 'alias' }],
    kind: 'party',
    country: 'ZA',
    prominence: 2,
  }),
  makeEntity({
    id: 'o:halvorsen-film',
    type: 'organization',
    name: 'Halvorsen (film)',
    kind: 'film',
    country: 'NO',
    prominence: 3,
  }),
  makeEntity({
    id: 'p:halvorsen',
    type: 'person',
    name: 'Ingrid Halvorsen',
    names: [{ text: 'Halvorsen', kind: 'surname' }],
    kind: 'scientist',
    country: 'NO',
    prominence: 2,
  }),
  makeEntity({
    id: 'p:lena',
    type: 'person',
    name: 'Lena Brandt',
    names: [{ text: 'Brandt', kind: 'surname' }],
    kind: 'businessperson',
    country: 'US',
    prominence: 3,
  }),
]);

const link = linkerOver(kb, '2025-08-25', { tokens: true });

describe('bodies the tagger missed', () => {
  it('is the brand written with a capital second, as its owner writes it', () => {
    const text = 'Lena Brandt said her start-up qAI sued two rivals on Monday, accusing them of collusion.';
    const entities = link(text, [['Lena Brandt', 'person']]);
    expect(kbIdAt(entities, text, 'qAI')).toBe('o:qai');
  });

  it('is no brand when the letters are not the KB’s to the letter', () => {
    const text = 'Lena Brandt said the qAi team had been told on Monday.';
    const entities = link(text, [['Lena Brandt', 'person']]);
    expect(kbIdAt(entities, text, 'qAi')).toBeUndefined();
  });

  it('is the body whose name of prefixed words is written as the KB writes it (acc26-link-b)', () => {
    const text = "Lena Brandt noted that the former president's new iZwi laBantu party won 9 percent.";
    const entities = link(text, [['Lena Brandt', 'person']]);
    expect(kbIdAt(entities, text, 'iZwi laBantu')).toBe('o:izwi');
  });

  it('is the club with its number after the name', () => {
    const text = "Jules Petit, a winger for Stade 71's reserve side, scored twice on Sunday.";
    const entities = link(text, [['Jules Petit', 'person']]);
    expect(kbIdAt(entities, text, 'Stade 71')).toBe('o:stade-71');
  });

  it('is the company before a deed of companies: "named"', () => {
    const text = 'Airframa named an industry veteran as chief executive on Thursday.';
    const entities = link(text, []);
    expect(kbIdAt(entities, text, 'Airframa')).toBe('o:airframe');
  });
});

describe('codes, acronyms and works the tagger missed (acc25-link-b)', () => {
  it('is the body whose short form is a code of capitals and digits, to the letter', () => {
    // The segmenter's tokens: the fixtures' word tokens cut a code at its digits.
    const text = 'The liberal L44 of Lena Brandt gained six seats in the election.';
    const entities = linkDocument(kb, {
      text,
      date: '2025-08-25',
      ...linkLayers(text, [['Lena Brandt', 'person']]),
      tokens: segment(text).tokens,
    });
    expect(kbIdAt(entities, text, 'L44')).toBe('o:liberals-44');
    const road = 'Lena Brandt was stuck for an hour after a crash on the L44 near the bridge.';
    const onRoad = linkDocument(kb, {
      text: road,
      date: '2025-08-25',
      ...linkLayers(road, [['Lena Brandt', 'person']]),
      tokens: segment(road).tokens,
    });
    expect(kbIdAt(onRoad, road, 'L44')).toBeUndefined();
  });

  it('is the body the KB names by the acronym itself, at prominence 2', () => {
    const text = 'Lena Brandt said her country was examining joining the research pillar of PACTA.';
    expect(kbIdAt(link(text, [['Lena Brandt', 'person']]), text, 'PACTA')).toBe('o:pacta');
  });

  it('is no body of prominence 2 whose short form alone the acronym is', () => {
    const text = 'Lena Brandt said her country was examining joining NORDA next year.';
    expect(kbIdAt(link(text, [['Lena Brandt', 'person']]), text, 'NORDA')).toBeUndefined();
  });

  it('is the work whose title stands before an award it won', () => {
    const text = 'Marisol won best picture at the awards, and its director thanked her mother.';
    expect(kbIdAt(link(text, []), text, 'Marisol')).toBe('o:harvest-moon');
  });

  it('is the work the KB files with its qualifier, before a count of awards and best picture (acc26-link-b)', () => {
    const text = 'Halvorsen won six Oscars including best picture, and its director thanked the crew.';
    expect(kbIdAt(link(text, []), text, 'Halvorsen')).toBe('o:halvorsen-film');
  });

  it('is no qualified work before awards a person wins too', () => {
    const text = 'Halvorsen won two Oscars in her career before she retired to Bergen.';
    expect(kbIdAt(link(text, []), text, 'Halvorsen')).toBeUndefined();
  });

  it('is no work without an award after the title', () => {
    const text = 'Marisol won the lottery twice, her neighbours said.';
    expect(kbIdAt(link(text, []), text, 'Marisol')).toBeUndefined();
  });
});
