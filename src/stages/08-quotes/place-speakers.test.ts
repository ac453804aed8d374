/**
 * A place that speaks ("Israel says …", a government's words given to its country) is the
 * place, never a person of the article whose given name it is (session 23, lead: a headline
 * "Israel says it struck …" went to Defence Minister Israel Katz). Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { org, person, place } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

const pairs = (q: Awaited<ReturnType<typeof runQuotes>>) => q.map((x) => [x.text, x.speaker]);

describe('a place that speaks in a headline (session 23)', () => {
  it('is the place, not a person whose given name it is', async () => {
    const q = await runQuotes(
      'Norland says it will reopen the border crossing\n\nFinance Minister Norland Berg later said the crossing would reopen on Monday.',
      { entities: [place('Norland'), person('Norland Berg', 'Berg')] },
    );
    expect(pairs(q)).toEqual([
      ['it will reopen the border crossing', 'Norland'],
      ['the crossing would reopen on Monday', 'Norland Berg'],
    ]);
  });
});

describe('a person titled by a country, as translations from Russian write (session 23)', () => {
  it('is the speaker, not the body or the country before the name', async () => {
    const q = await runQuotes(
      'Secretary of the Security Council of Norland Ivan Berg said that the border would stay closed. Earlier, the press secretary of the President of Norland Anna Lind stated that talks were possible.',
      {
        entities: [
          org('Security Council'),
          place('Norland'),
          person('Ivan Berg', 'Berg'),
          person('Anna Lind', 'Lind'),
        ],
      },
    );
    expect(pairs(q)).toEqual([
      ['the border would stay closed', 'Ivan Berg'],
      ['talks were possible', 'Anna Lind'],
    ]);
  });
});
