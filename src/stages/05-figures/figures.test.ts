import { describe, expect, it } from 'vitest';
import { roughSentences, roughTokens } from '../../../test/helpers/rough-segment.js';
import { extractFigures, type FigureOptions } from './figures.js';

interface Seen {
  text: string;
  kind: string;
  value: number;
  unit: string;
  subject: string | null;
  qualifier?: string | null;
}

function figs(text: string, options: FigureOptions = {}): Seen[] {
  return extractFigures(text, { sentences: roughSentences(text), tokens: roughTokens(text), ...options }).map(
    (f) => ({
      text: text.slice(f.start, f.end),
      kind: f.kind,
      value: f.value,
      unit: f.unit,
      subject: f.subject,
      qualifier: f.qualifier,
    }),
  );
}

function one(text: string): Seen {
  const found = figs(text);
  expect(found, `${text} → ${JSON.stringify(found)}`).toHaveLength(1);
  return found[0]!;
}

describe('money', () => {
  it.each([
    ['Washington announced $1.2bn in new aid.', '$1.2bn', 1_200_000_000, 'USD'],
    ['The package is worth $800 million.', '$800 million', 800_000_000, 'USD'],
    ['Leaders backed 800 billion euros for defence.', '800 billion euros', 800_000_000_000, 'EUR'],
    ['The bloc may borrow €5bn.', '€5bn', 5_000_000_000, 'EUR'],
    ['Britain set aside £3.2 trillion.', '£3.2 trillion', 3_200_000_000_000, 'GBP'],
    ['Tickets cost US$40 each.', 'US$40', 40, 'USD'],
    ['Japan pledged 1.5 trillion yen.', '1.5 trillion yen', 1_500_000_000_000, 'JPY'],
    ['The cabinet approved Rs 500 crore.', 'Rs 500 crore', 5_000_000_000, 'INR'],
    ['He was fined 5 million rubles.', '5 million rubles', 5_000_000, 'RUB'],
    ['Output is worth $3tn.', '$3tn', 3_000_000_000_000, 'USD'],
    ['A salary of $40k.', '$40k', 40_000, 'USD'],
    ['Shares worth €300m changed hands.', '€300m', 300_000_000, 'EUR'],
    ['A loan of USD 40bn was agreed.', 'USD 40bn', 40_000_000_000, 'USD'],
    ['Canberra spent A$2.5 billion.', 'A$2.5 billion', 2_500_000_000, 'AUD'],
    ['The fund holds 12 billion Swiss francs.', '12 billion Swiss francs', 12_000_000_000, 'CHF'],
    ['Kyiv raised 40 billion hryvnias.', '40 billion hryvnias', 40_000_000_000, 'UAH'],
    ['Seoul set aside 5 trillion won.', '5 trillion won', 5_000_000_000_000, 'KRW'],
    ['A deal worth two million dollars.', 'two million dollars', 2_000_000, 'USD'],
  ])('%s', (text, surface, value, unit) => {
    expect(one(text)).toMatchObject({ text: surface, kind: 'money', value, unit });
  });

  it('reads spaced and hyphenated forms from translated and Canadian copy', () => {
    expect(one('They pledged $ 1.2 bn to Kyiv.')).toMatchObject({ value: 1.2e9, unit: 'USD' });
    expect(one('A $1.2-billion deal.')).toMatchObject({ text: '$1.2-billion', value: 1.2e9 });
    expect(one('They spent 5 bn euros.')).toMatchObject({ value: 5e9, unit: 'EUR' });
    expect(one('Some 40 000 people fled.')).toMatchObject({
      text: '40 000',
      value: 40_000,
      subject: 'people',
    });
    expect(one('Delhi set aside ₹500 crore.')).toMatchObject({ value: 5e9, unit: 'INR' });
    expect(one('About 5 lakh people attended.')).toMatchObject({ value: 500_000, kind: 'count' });
  });

  it('reads crowns by the country the story names, or as an unknown currency', () => {
    expect(one('OSLO (Wire) - Projects worth 4 billion crowns stalled.')).toMatchObject({
      unit: 'NOK',
      value: 4e9,
    });
    expect(one('Stockholm set aside 12 billion Danish crowns.').unit).toBe('DKK');
    expect(one('The club lost 30 million crowns.')).toMatchObject({ kind: 'money', unit: 'XXX' });
    expect(figs('The king wore three crowns.').map((f) => f.kind)).not.toContain('money');
  });

  it('reads British glued forms: 500m euros, 5m people, 5pc', () => {
    expect(one('The club paid 500m euros.')).toMatchObject({ kind: 'money', value: 5e8, unit: 'EUR' });
    expect(one('About 5m people watched.')).toMatchObject({ kind: 'count', value: 5e6, subject: 'people' });
    expect(one('Rates rose to 5pc.')).toMatchObject({ kind: 'percent', value: 5 });
    expect(figs('A 5m wall stood there.')).toEqual([]);
  });

  it('keeps exact values for decimal scales (no float drift)', () => {
    expect(one('It costs $1.15bn.').value).toBe(1_150_000_000);
    expect(one('It costs €0.7 trillion.').value).toBe(700_000_000_000);
  });

  it('reads weight, not money, in "pounds of"', () => {
    expect(one('Police seized 5 million pounds of cannabis.')).toMatchObject({
      kind: 'quantity',
      unit: 'lb',
      subject: 'cannabis',
    });
  });

  it('does not read "won" the verb or bare "pounds" as money', () => {
    expect(figs('The 3 won the final.')).toEqual([]);
    expect(figs('He lost 20 pounds.').map((f) => f.kind)).not.toContain('money');
  });

  it('finds what the money is for', () => {
    expect(one('Washington sent $800 million in military aid to Kyiv.').subject).toBe('military aid');
    expect(one('They signed a $5bn deal.').subject).toBe('deal');
    expect(one('Nvidia wrote off $5.5 billion of H20 chips.').subject).toBe('H20 chips');
    expect(one('Brent traded at $74 a barrel.').subject).toBe('per barrel');
    expect(one('Rent was $90 per square foot.').subject).toBe('per square foot');
    expect(one('The PAC spent $1.3 million dollars on ads.')).toMatchObject({
      text: '$1.3 million dollars',
      value: 1_300_000,
      unit: 'USD',
    });
    expect(one('The defence budget rose to $850bn.').subject).toBe('defence budget');
    expect(one('She sent a total of $1 million.').subject).toBeNull();
  });

  it('reads money ranges with one currency and one scale', () => {
    expect(figs('Repairs will cost $10-15 million.')).toMatchObject([
      { text: '$10', kind: 'money', value: 10_000_000, unit: 'USD' },
      { text: '15 million', kind: 'money', value: 15_000_000, unit: 'USD' },
    ]);
    expect(figs('The stake is worth between $500,000 and $1 million.')).toMatchObject([
      { text: '$500,000', value: 500_000 },
      { text: '$1 million', value: 1_000_000 },
    ]);
    expect(figs('Repairs will cost $10-$15 million.')).toMatchObject([
      { text: '$10', value: 10_000_000 },
      { text: '$15 million', value: 15_000_000 },
    ]);
    expect(figs('It will cost between 5 and 6 billion euros.')).toMatchObject([
      { text: '5', value: 5_000_000_000, unit: 'EUR' },
      { text: '6 billion euros', value: 6_000_000_000, unit: 'EUR' },
    ]);
  });
});

describe('percentages', () => {
  it.each([
    ['Prices rose 5 % in a year.', '5 %', 5],
    ['Prices rose 5% in a year.', '5%', 5],
    ['Prices rose 2 percent in a year.', '2 percent', 2],
    ['Prices rose 2 per cent in a year.', '2 per cent', 2],
    ['Prices rose two percent in a year.', 'two percent', 2],
    ['Prices rose 3.5 pct in a year.', '3.5 pct', 3.5],
    ['Prices rose one percent in a year.', 'one percent', 1],
  ])('%s', (text, surface, value) => {
    expect(one(text)).toMatchObject({ text: surface, kind: 'percent', value, unit: 'percent' });
  });

  it('reads percentage points and basis points as percent kinds with their own unit', () => {
    expect(one('The bank cut rates by 0.25 percentage points.')).toMatchObject({
      text: '0.25 percentage points',
      kind: 'percent',
      value: 0.25,
      unit: 'percentage-point',
    });
    expect(one('Support fell 3.5 percentage-points.')).toMatchObject({
      unit: 'percentage-point',
      value: 3.5,
    });
    expect(one('The bank raised rates by 50 basis points.')).toMatchObject({
      unit: 'basis-point',
      value: 50,
    });
  });

  it('does not read a score in "points" as a percentage', () => {
    expect(figs('He scored 30 points.').map((f) => f.kind)).not.toContain('percent');
  });

  it('finds the subject before ("GDP grew 2%") or after ("a 25% tariff", "5% of the population")', () => {
    expect(one('GDP grew 2% last year.').subject).toBe('GDP');
    expect(one('Defence shares were up 7% on Friday.').subject).toBe('Defence shares');
    expect(one('Inflation in the eurozone rose to 2.5%.').subject).toBe('Inflation in the eurozone');
    expect(one('He imposed a 25% tariff on steel.').subject).toBe('tariff');
    expect(one('About 5% of the population voted.').subject).toBe('population');
    expect(one('The central bank said inflation slipped to 2.1 per cent.').subject).toBe('inflation');
    expect(one('It was 5%.').subject).toBeNull();
  });

  it('reads "20 or 30 percent" as a range and takes no adjective for a subject', () => {
    expect(figs('Buyers paid a 20 or 30 percent premium.')).toMatchObject([
      { text: '20', kind: 'percent', value: 20, subject: 'premium' },
      { text: '30 percent', kind: 'percent', value: 30, subject: 'premium' },
    ]);
    expect(one('He is 100 percent accurate.').subject).toBeNull();
  });

  it('reads a percentage range', () => {
    expect(figs('Polls give them 10-15% of seats.')).toMatchObject([
      { text: '10', kind: 'percent', value: 10, subject: 'seats' },
      { text: '15%', kind: 'percent', value: 15, subject: 'seats' },
    ]);
  });
});

describe('counts', () => {
  it.each([
    ['23 NATO members backed the plan.', '23', 23, 'NATO members'],
    ['Officials said three soldiers died.', 'three', 3, 'soldiers'],
    ['Police arrested a dozen protesters.', 'a dozen', 12, 'protesters'],
    ['The army moved 1,200 troops north.', '1,200', 1200, 'troops'],
    ['Twenty-three people were hurt.', 'Twenty-three', 23, 'people'],
    ['Two senior U.S. officials spoke.', 'Two', 2, 'senior U.S. officials'],
    ['Russia fired 450 Russian-made Shahed drones.', '450', 450, 'Russian-made Shahed drones'],
    ['Three of the victims were children.', 'Three', 3, 'victims'],
    ['The 40k people who marched.', '40k', 40_000, 'people'],
    ['India has 1.4bn people.', '1.4bn', 1_400_000_000, 'people'],
    ['Some 2 million refugees returned.', '2 million', 2_000_000, 'refugees'],
    // Model names mix letters and digits: the count's subject reads through them.
    ['Airbus delivered 300 A320neo planes.', '300', 300, 'A320neo planes'],
    ['The air force ordered 24 F-35 jets.', '24', 24, 'F-35 jets'],
  ])('%s', (text, surface, value, subject) => {
    expect(one(text)).toMatchObject({ text: surface, kind: 'count', value, unit: 'count', subject });
  });

  it('keeps qualifiers out of the value and the span, and records them', () => {
    expect(one('More than 40,000 people fled.')).toMatchObject({
      text: '40,000',
      value: 40_000,
      subject: 'people',
      qualifier: 'more-than',
    });
    expect(one('At least 12 civilians died.').qualifier).toBe('at-least');
    expect(one('Nearly 300 firefighters were deployed.').qualifier).toBe('nearly');
    expect(one('Up to 5,000 troops may go.').qualifier).toBe('up-to');
    expect(one('Fewer than 20 journalists remain.').qualifier).toBe('less-than');
    expect(one('About 400 families left.').qualifier).toBe('about');
  });

  it('reads -plus and -odd as qualifiers written after the number', () => {
    expect(one('Playbook has 100,000-plus subscribers.')).toMatchObject({
      text: '100,000-plus',
      value: 100_000,
      subject: 'subscribers',
      qualifier: 'more-than',
    });
    expect(one('He owns 40-odd cars.')).toMatchObject({ value: 40, qualifier: 'about', subject: 'cars' });
    expect(one('A $20-plus trillion budget.')).toMatchObject({
      kind: 'money',
      value: 20e12,
      qualifier: 'more-than',
    });
  });

  it('does not take a verb at the head of a clause for the subject', () => {
    expect(one('When asked about Rubio, 48 percent chose him.').subject).toBeNull();
    expect(figs('Of those polled, 19 support the plan.')).toEqual([]);
  });

  it('takes the subject before a count across a change verb', () => {
    expect(one('The death toll rose to 42.')).toMatchObject({ value: 42, subject: 'death toll' });
  });

  it('does not take "in <year>" for a ratio', () => {
    expect(figs('The prison population stood at 200,000 in 1972.')).toMatchObject([
      { value: 200_000, kind: 'count', subject: 'prison population' },
      { value: 1972, kind: 'year' },
    ]);
  });

  it('does not count the parts of a ratio', () => {
    expect(figs('One in five Americans agreed.')).toEqual([]);
    expect(figs('3 out of 4 voters agreed.')).toEqual([]);
  });

  it('drops numbers it cannot attach to anything', () => {
    expect(figs('It was 42.')).toEqual([]);
    expect(figs('Arsenal won 3-1 on Saturday.')).toEqual([]);
    expect(figs('No one was hurt and one of them left.')).toEqual([]);
  });

  it('reads hyphenated counts and ages', () => {
    expect(one('The 27-member bloc agreed.')).toMatchObject({
      kind: 'count',
      value: 27,
      subject: 'member bloc',
    });
    expect(one('He unveiled a 10-point plan.')).toMatchObject({
      kind: 'count',
      value: 10,
      subject: 'point plan',
    });
    expect(one('A 34-year-old man was arrested.')).toMatchObject({
      text: '34-year-old',
      kind: 'quantity',
      value: 34,
      unit: 'age',
      subject: 'man',
    });
    // The age standing for the person: the next word is the verb, no subject of the figure.
    expect(one('"He deserved it," the 22-year-old said.').subject).toBeNull();
    expect(one('"He deserved it," the 22-year-old mentioned.').subject).toBeNull();
    expect(one('The 22-year-old has won twice.').subject).toBeNull();
    expect(one('A 40-year-old unemployed man was held.').subject).toBe('unemployed');
  });

  it('does not count fractions and multipliers', () => {
    expect(figs('Two-thirds of voters agreed.')).toEqual([]);
    expect(figs('Costs rose three-fold.')).toEqual([]);
  });
});

describe('years', () => {
  it('reads calendar years with and without a cue', () => {
    expect(figs('In 2024 prices rose, since 2014 they had fallen.')).toMatchObject([
      { text: '2024', kind: 'year', value: 2024, unit: 'year' },
      { text: '2014', kind: 'year', value: 2014, unit: 'year' },
    ]);
    expect(one('The 2022 invasion changed Europe.')).toMatchObject({
      kind: 'year',
      value: 2022,
      subject: 'invasion',
    });
    expect(one('Prices have doubled since mid-2021.')).toMatchObject({ text: '2021', kind: 'year' });
    expect(one("He called Ukraine's pre-2014 borders unrealistic.")).toMatchObject({
      text: '2014',
      kind: 'year',
    });
    expect(one('He lost his 2012 Senate campaign.')).toMatchObject({
      kind: 'year',
      subject: 'Senate campaign',
    });
  });

  it('reads decades', () => {
    expect(one('Inflation last hit that level in the 1990s.')).toMatchObject({
      text: '1990s',
      kind: 'year',
      value: 1990,
      unit: 'decade',
    });
  });

  it('reads years after possessives and determiners, and before names', () => {
    expect(one('Cruz still backs his 2013 amendments.')).toMatchObject({ kind: 'year', value: 2013 });
    expect(one('Pate gave nothing to any 2016 presidential candidates.')).toMatchObject({ kind: 'year' });
    expect(one("Johnson's 1964 Civil Rights Act passed.")).toMatchObject({
      kind: 'year',
      value: 1964,
      subject: 'Civil Rights',
    });
  });

  it('reads a four-digit number before a plural noun as a count', () => {
    expect(one('About 2000 troops crossed.')).toMatchObject({
      kind: 'count',
      value: 2000,
      subject: 'troops',
    });
  });
});

describe('quantities', () => {
  it.each([
    ['The drone hit 5 km from the front.', '5 km', 5, 'km'],
    ['They shipped 300 tonnes of grain.', '300 tonnes', 300, 'tonnes'],
    ['Output held at 2.5 million barrels per day.', '2.5 million barrels per day', 2_500_000, 'bbl/day'],
    ['The fire burned 1,500 hectares.', '1,500 hectares', 1500, 'ha'],
    ['Temperatures hit 45°C.', '45°C', 45, 'degC'],
    ['A 5km stretch was closed.', '5km', 5, 'km'],
    ['The plant makes 900 megawatts.', '900 megawatts', 900, 'MW'],
    ['The bomb yielded 25 kilotons.', '25 kilotons', 25, 'kilotonnes'],
    ['The siege lasted 48 hours.', '48 hours', 48, 'hour'],
    ['They agreed a 30-day ceasefire.', '30-day', 30, 'day'],
    ['The 30-second spot aired.', '30-second', 30, 'second'],
  ])('%s', (text, surface, value, unit) => {
    expect(one(text)).toMatchObject({ text: surface, kind: 'quantity', value, unit });
  });

  it('takes no comparison, direction or following name for a subject', () => {
    expect(one('Make the wall 2 feet shorter.').subject).toBeNull();
    expect(one('The club lies 300 miles north of here.').subject).toBeNull();
    expect(one('It was well below the 22.3 billion gallons Congress had sought.').subject).toBeNull();
    expect(one('Prices ended 7 percent higher.').subject).toBeNull();
  });

  it('finds the subject of a quantity', () => {
    expect(one('They shipped 300 tonnes of grain.').subject).toBe('grain');
    expect(one('Oil output held at 2.5 million barrels per day.').subject).toBe('Oil output');
    expect(one('They agreed a 30-day ceasefire.').subject).toBe('ceasefire');
  });

  it('does not read "over five years" as more than five years', () => {
    expect(one('Britain pledged aid over five years.')).toMatchObject({
      value: 5,
      unit: 'year',
      qualifier: null,
    });
  });

  it('does not read "one year" or "a day" as measurements', () => {
    expect(figs('One day he left, a year later he returned.')).toEqual([]);
  });
});

describe('ordinals', () => {
  it('reads spelled ordinals from "third" up, before a lower-case word', () => {
    expect(one('It was the third time this year.')).toMatchObject({
      text: 'third',
      kind: 'ordinal',
      value: 3,
      unit: 'ordinal',
      subject: 'time',
    });
    expect(one('It is the world’s fifth-largest economy.')).toMatchObject({ value: 5, kind: 'ordinal' });
    expect(one('For a 21st consecutive month prices rose.')).toMatchObject({ value: 21, kind: 'ordinal' });
  });

  it('reads past a modifier, and skips fractions and idioms', () => {
    expect(one('It was the eighth consecutive year of losses.').subject).toBe('consecutive year');
    expect(figs('Her pay is one-third less.')).toEqual([]);
    expect(figs('Less than a third agreed.')).toEqual([]);
    expect(figs('He called her third-rate and a third-world leader.')).toEqual([]);
    expect(one('A third-place finish hurt him.')).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(one('A 21st-century economy.')).toMatchObject({ kind: 'ordinal', value: 21, subject: 'century' });
  });

  it('skips first/second, capitalised ordinals and ordinals in names', () => {
    expect(figs('For the first time, a second round was held.')).toEqual([]);
    expect(figs('The Third Reich and the Fifth Fleet.')).toEqual([]);
    expect(figs('The 3rd Armored Division moved.')).toEqual([]);
    expect(figs('Third, the plan failed.')).toEqual([]);
    expect(figs('About a third of spending.')).toEqual([]);
  });
});

describe('numbers that are not figures', () => {
  it.each([
    ['The G7 and COP29 talks ended.'],
    ['Ukraine wants more F-16 jets and Su-35 parts.'],
    ['Covid-19 cases fell.'],
    ['The Boeing 737 was grounded under Article 5 of the treaty.'],
    ['Resolution 2231 expired.'],
    ['Leaders met at the Group of 20 summit.'],
    ['Petrol rose 1 cent a litre.'],
    ['He was already 18 at the time.'],
    ['He returned to No. 10 on Monday.'],
    ['He lives at 10 Downing Street.'],
    ['Call +44 20 7946 0958 for details.'],
    ['Call 020 7946 0958 for details.'],
    ['Call 555-0100 now.'],
    ['See https://example.com/news/2024/05/article-123456 for more.'],
    ['See bbc.co.uk/news/world-68211234 for more.'],
    ['Write to desk2024@example.org today.'],
    ['The meeting starts at 10:30.'],
    ['The meeting starts at 10 a.m.'],
    ['Flights resume at 0900 GMT.'],
    ['The attack came on Feb. 13, 2025.'],
    ['The attack came on 13 February 2025.'],
    ['The attack came in March 2023.'],
    ['Dated 12/03/2024 and 2025-02-10.'],
    ['The 9/11 attacks and 24/7 news.'],
    ['Version 3.5.1 shipped.'],
    ['Trump is 6\'3" tall.'],
    ['The 5G network and 3D maps.'],
    ['Article id 12345678 was removed.'],
  ])('%s', (text) => {
    expect(figs(text)).toEqual([]);
  });

  it('skips spans the caller excludes (date mentions)', () => {
    const text = 'The vote on 14 March 2025 drew 3 million voters.';
    const exclude = [{ start: 12, end: 25 }];
    expect(figs(text, { exclude })).toMatchObject([{ text: '3 million', kind: 'count' }]);
  });

  it('skips URL tokens from the tokenizer even when the regex would not', () => {
    const text = 'Source: archive 300 tonnes mirror, page two.';
    expect(figs(text)).toMatchObject([{ text: '300 tonnes' }]);
    expect(extractFigures(text, { tokens: [{ start: 8, end: 33, kind: 'url' }] })).toEqual([]);
  });
});

describe('shape of the records', () => {
  it('records stage, confidence in 0..1 and spans that slice to the figure', () => {
    const text = 'Officials said 1,200 troops and $1.2bn were sent, up 5% on 2023.';
    const found = extractFigures(text, { by: 'figures' });
    expect(found.length).toBe(4);
    for (const f of found) {
      expect(f.by).toBe('figures');
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(f.start).toBeLessThan(f.end);
    }
    const starts = found.map((f) => f.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('gives the same figures whichever way the tokenizer split "$1.2bn" and "5%"', () => {
    const text = 'Washington sent $1.2bn and prices rose 5%, while 1,200 troops left.';
    const split = extractFigures(text, { tokens: roughTokens(text, 'split') });
    const glued = extractFigures(text, { tokens: roughTokens(text, 'glued') });
    expect(glued).toEqual(split);
    expect(split.map((f) => text.slice(f.start, f.end))).toEqual(['$1.2bn', '5%', '1,200']);
  });

  it('handles empty text and text without numbers', () => {
    expect(extractFigures('')).toEqual([]);
    expect(extractFigures('No figures here at all.')).toEqual([]);
  });
});
