import { describe, expect, it } from 'vitest';
import { dateFromUrl, normaliseDate, parseHumanDate } from './dates.js';

describe('dates', () => {
  it('normalises machine dates and keeps offsets', () => {
    expect(normaliseDate('2019-11-19T08:00:00-0500')).toBe('2019-11-19T08:00:00-05:00');
    expect(normaliseDate('2019-11-19')).toBe('2019-11-19');
    expect(normaliseDate('20191119')).toBe('2019-11-19');
    expect(normaliseDate('2019-02-30')).toBeNull();
    expect(normaliseDate('not a date')).toBeNull();
  });

  it('reads dates as written in English, German and French', () => {
    expect(parseHumanDate('Updated Nov. 19, 2019 at 5 p.m.')).toBe('2019-11-19');
    expect(parseHumanDate('19. November 2019')).toBe('2019-11-19');
    expect(parseHumanDate('le 3 mars 2021')).toBe('2021-03-03');
    expect(parseHumanDate('Stand: 03.04.2022')).toBe('2022-04-03');
    expect(parseHumanDate('11/19/2019')).toBe('2019-11-19');
  });

  it('finds dates in URL paths', () => {
    expect(dateFromUrl('https://x.example/2019/11/19/story.html')).toBe('2019-11-19');
    expect(dateFromUrl('https://x.example/news/20191119-story')).toBe('2019-11-19');
    expect(dateFromUrl('https://x.example/story-12345')).toBeNull();
  });
});
