import { describe, expect, it } from 'vitest';
import { roughSentences } from '../../../test/helpers/rough-segment.js';
import { extractDates, parseReference } from './dates.js';

/** Friday 14 February 2025. */
const FRIDAY = '2025-02-14';

function dates(text: string, published: string | null = FRIDAY) {
  return extractDates(text, roughSentences(text), published).map((d) => ({
    text: text.slice(d.start, d.end),
    value: d.value,
    grain: d.grain,
    relative: d.relative,
  }));
}

function only(text: string, published: string | null = FRIDAY) {
  const found = dates(text, published);
  expect(found, `${text} → ${JSON.stringify(found)}`).toHaveLength(1);
  return found[0]!;
}

describe('weekdays around the publication date', () => {
  it('reads a bare weekday as the latest such day on or before publication', () => {
    expect(only('Talks collapsed on Thursday.')).toEqual({
      text: 'Thursday',
      value: '2025-02-13',
      grain: 'day',
      relative: true,
    });
    expect(only('He resigned on Friday.').value).toBe('2025-02-14');
    expect(only('Troops crossed the border on Saturday.').value).toBe('2025-02-08');
    expect(only('On Sunday night the drones hit.').value).toBe('2025-02-09');
    expect(only("Thursday's meeting was cancelled.").value).toBe('2025-02-13');
  });

  it('reads a weekday forward when the clause speaks of the future', () => {
    expect(only('The vote will be held on Monday.').value).toBe('2025-02-17');
    expect(only('The next round of talks is due on Wednesday.').value).toBe('2025-02-19');
  });

  it('keeps a weekday after a past reporting verb in the past, whatever follows', () => {
    expect(only('He said on Monday he would resign.').value).toBe('2025-02-10');
    expect(only('Officials told reporters on Tuesday that talks will resume.').value).toBe('2025-02-11');
  });

  it('follows last/next modifiers', () => {
    expect(only('He spoke last Thursday.').value).toBe('2025-02-13');
    expect(only('They meet next Tuesday.').value).toBe('2025-02-18');
  });

  it('crosses a year boundary backwards', () => {
    // Wednesday 1 January 2025: "on Monday" is 30 December 2024
    expect(only('The strike began on Monday.', '2025-01-01').value).toBe('2024-12-30');
  });
});

describe('days and months without a year', () => {
  it('picks the nearest such date to publication', () => {
    expect(only('The ceasefire began on February 13.')).toEqual({
      text: 'February 13',
      value: '2025-02-13',
      grain: 'day',
      relative: true,
    });
    expect(only('Officials met on Dec. 28.').value).toBe('2024-12-28');
    expect(only('Officials met on December 28.', '2025-01-03').value).toBe('2024-12-28');
    expect(only('The summit opens on January 2.', '2024-12-30').value).toBe('2025-01-02');
    expect(only('Fighting eased in late November.', '2025-01-03')).toMatchObject({
      value: '2024-11',
      grain: 'month',
    });
    expect(only('The summit is in June.').value).toBe('2025-06');
  });

  it('takes the year written at the other end of a range', () => {
    expect(dates('Talks ran from December 28 to January 3, 2025.')[0]).toMatchObject({
      value: '2024-12-28',
      relative: false,
    });
    expect(dates('The emails range from early October to early November of 2008.')).toMatchObject([
      { text: 'October', value: '2008-10', grain: 'month', relative: false },
      { text: 'November of 2008', value: '2008-11', grain: 'month', relative: false },
    ]);
    expect(dates('The emails range from early October to early November of 2008.', null)).toHaveLength(2);
  });

  it('keeps the abbreviation period in the span', () => {
    expect(only('The meeting is set for Jan. 5.').text).toBe('Jan. 5');
  });
});

describe('absolute dates', () => {
  it('reads dates with their own year, and drops the leading preposition from the span', () => {
    expect(only('The summit on 3 March 2024 ended early.')).toEqual({
      text: '3 March 2024',
      value: '2024-03-03',
      grain: 'day',
      relative: false,
    });
    expect(only('The law passed in March 2023.')).toEqual({
      text: 'March 2023',
      value: '2023-03',
      grain: 'month',
      relative: false,
    });
    expect(only('The report was dated 2025-02-10.').value).toBe('2025-02-10');
  });

  it('leaves bare years to the figures', () => {
    expect(dates('In 2024 prices rose, as in 1991.')).toEqual([]);
  });
});

describe('relative expressions', () => {
  it('resolves yesterday, today, tomorrow and this morning', () => {
    expect(only('Yesterday the talks failed.').value).toBe('2025-02-13');
    expect(only('The talks resume tomorrow.').value).toBe('2025-02-15');
    expect(only('He spoke this morning.')).toMatchObject({
      value: '2025-02-14',
      grain: 'day',
      relative: true,
    });
  });

  it('resolves months and years', () => {
    expect(only('He resigned last month.')).toMatchObject({ value: '2025-01', grain: 'month' });
    expect(only('Earlier this month he resigned.')).toMatchObject({ value: '2025-02', grain: 'month' });
    expect(only('Last year inflation fell.')).toMatchObject({ value: '2024', grain: 'year' });
    expect(only('He ran four years ago.')).toMatchObject({ value: '2021', grain: 'year', relative: true });
  });

  it('reads "end of June" at month grain', () => {
    expect(only('The deal expires at the end of June.')).toMatchObject({ value: '2025-06', grain: 'month' });
  });

  it('resolves weeks to the Monday that starts them', () => {
    expect(only('It happened last week.')).toMatchObject({
      text: 'last week',
      value: '2025-02-03',
      grain: 'day',
    });
    expect(only('The vote is next week.').value).toBe('2025-02-17');
    expect(only('Two weeks ago he left.').value).toBe('2025-01-31');
  });

  it('reads clock times on the publication day, with a zone when one is given', () => {
    expect(only('He spoke at 10:30 a.m. to reporters.')).toEqual({
      text: '10:30 a.m.',
      value: '2025-02-14T10:30',
      grain: 'time',
      relative: true,
    });
    expect(only('Sirens sounded at 10 a.m. GMT on Tuesday.')).toMatchObject({
      value: '2025-02-11T10:00Z',
      grain: 'time',
    });
  });
});

describe('things that are not dates', () => {
  it.each([
    ['Prime Minister Theresa May said it was over.'],
    ['April Ryan asked a question.'],
    ['The Sun reported it first.'],
    ['For now the talks continue.'],
    ['Protesters will march on the capital.'],
    ['A week later he left.'],
    ['Over the past three years prices rose.'],
    ['Room 101 at 5 was empty.'],
    ['The 9/11 attacks and 24/7 news.'],
    ['That night the crowd left.'],
    ['Figueroa told USA Today the campaign knew.'],
    ['He raised it on the day after Monday’s debate.'],
    ['He told NBC’s TODAY show it was over.'],
    ['Prices will rise over the next four years.'],
    ['In the last few months prices rose.'],
  ])('%s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('without a publication date', () => {
  it('keeps dates with their own year and drops everything it would have to guess', () => {
    const text =
      'The war began on 24 February 2022. On Thursday the talks failed. On February 13 they resumed. Yesterday they ended.';
    expect(dates(text, null)).toEqual([
      { text: '24 February 2022', value: '2022-02-24', grain: 'day', relative: false },
    ]);
  });

  it('treats an unreadable publication date as none', () => {
    expect(parseReference('2025-02-30')).toBeNull();
    expect(parseReference('last Friday')).toBeNull();
    expect(dates('On Thursday the talks failed.', 'not a date')).toEqual([]);
  });

  it('reads other full date forms (zoned ones in UTC)', () => {
    expect(parseReference('Fri, 14 Feb 2025 10:00:00 GMT')).toMatchObject({ y: 2025, m: 2, d: 14 });
    expect(parseReference('February 14, 2025')).toMatchObject({ y: 2025, m: 2, d: 14 });
    expect(parseReference('Friday')).toBeNull();
  });

  it('uses the calendar date of a timestamp as written, whatever its zone', () => {
    expect(parseReference('2025-02-14T23:30:00-05:00')).toMatchObject({ y: 2025, m: 2, d: 14 });
    expect(only('Talks collapsed on Thursday.', '2025-02-14T23:30:00-05:00').value).toBe('2025-02-13');
  });
});

describe('offsets and records', () => {
  it('points into the whole text across sentences and records stage and confidence', () => {
    const text = 'Talks failed. Officials met again on Thursday. The summit on 3 March 2024 was calm.';
    const found = extractDates(text, roughSentences(text), FRIDAY, { by: 'figures' });
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['Thursday', '3 March 2024']);
    for (const d of found) {
      expect(d.by).toBe('figures');
      expect(d.confidence).toBeGreaterThan(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('finds dates deep inside a run-on "sentence" that chrono gets in pieces', () => {
    const text = `${'word '.repeat(600)}the strike began on Thursday and ${'more '.repeat(300)}ended on 3 March 2024`;
    const found = extractDates(text, [{ start: 0, end: text.length }], FRIDAY);
    expect(found.map((d) => [text.slice(d.start, d.end), d.value])).toEqual([
      ['Thursday', '2025-02-13'],
      ['3 March 2024', '2024-03-03'],
    ]);
  });

  it('works on the whole text when no sentences are given', () => {
    expect(extractDates('It ended on Thursday.', undefined, FRIDAY)).toHaveLength(1);
    expect(extractDates('', [], FRIDAY)).toEqual([]);
  });
});
