import { describe, expect, it } from 'vitest';
import { findArtifacts } from './artifacts.js';
import { resolveEdits } from './mapped-text.js';
import { normaliseRanges } from './normalise.js';

/** Normalises and repairs `text` in rounds, as cleanText does. */
function repair(text: string): string {
  let mapped = normaliseRanges(text, [{ start: 0, end: text.length }]);
  for (let round = 0; round < 6; round++) {
    const edits = findArtifacts(mapped.text);
    if (edits.length === 0) break;
    mapped = mapped.applyEdits(resolveEdits(edits));
  }
  return mapped.text;
}

describe('machine-translation spacing artifacts', () => {
  it.each([
    ['NATO Secretary -General Mark Rutte', 'NATO Secretary-General Mark Rutte'],
    ['a non -European member', 'a non-European member'],
    ['a one -sided deal', 'a one-sided deal'],
    ['a non - European member', 'a non-European member'],
    ['the Secretary- General said', 'the Secretary-General said'],
    ['an anti - war protest', 'an anti-war protest'],
    ['UN Secretary - General Antonio Guterres', 'UN Secretary-General Antonio Guterres'],
    ['the commander - in - chief of the army', 'the commander-in-chief of the army'],
  ])('joins spaced hyphens: %s', (input, expected) => {
    expect(repair(input)).toBe(expected);
  });

  it.each([
    'pro- and anti-war groups marched',
    'the war - which began in 2022 - goes on',
    'temperatures fell to -5 degrees',
    'one - the first - was rejected',
    'the Moscow - Kyiv talks',
    'the general - a veteran - said',
  ])('leaves dashes and suspended hyphens alone: %s', (input) => {
    expect(repair(input)).toBe(input);
  });

  it.each([
    [
      'the two sides held talksAnd he said the mood was good',
      'the two sides held talks And he said the mood was good',
    ],
    ['in MoscowThe Kremlin said', 'in Moscow The Kremlin said'],
    [
      'the conventional defense.He called the goal unrealistic',
      'the conventional defense. He called the goal unrealistic',
    ],
    ['spending 2 %According to NATO', 'spending 2 % According to NATO'],
    ['spending 2%According to NATO', 'spending 2% According to NATO'],
    ['in Brussels (Reuters)The alliance', 'in Brussels (Reuters) The alliance'],
    ['said Moscow,Russia and Kyiv;Ukraine', 'said Moscow, Russia and Kyiv; Ukraine'],
    ['he said“We will win”and left', 'he said “We will win” and left'],
    ['it was “unrealistic.”He left', 'it was “unrealistic.” He left'],
  ])('separates run-ons without inventing words: %s', (input, expected) => {
    expect(repair(input)).toBe(expected);
  });

  it.each([
    'McDonald and MacArthur met DeSantis at LaGuardia',
    'She posted on LinkedIn and YouTube from her iPhone and eBay',
    'The U.S. economy and Ph.D. students',
    'a 3.5 percent rise, 1,200 troops and $1.2bn',
    'the BBC, JPMorgan and PricewaterhouseCoopers',
    'Visit https://example.com/SomePage.Html,,Now or mail first.Last@example.com',
    'The score was 5 % higher',
    'He paused ... and went on',
    'election combat. . . . If you are walking',
    // Handles, bare-domain links and camel-case identifiers are names, not run-ons.
    'Trump wrote on @realDonaldTrump and #MakeAmericaGreatAgain',
    'the account realDonaldTrump posted pic.twitter.com/mzvFqiR3zt',
    'a video by NowThis and iHeartMedia',
    // Noun-class prefixes written on a capital, word after word, are a name.
    'the uMkhonto weSizwe party of Jacob Zuma',
    // A curly opening quote misused as a closing one is left where it is.
    'an “expedited review“ of the water system',
    'a ‘D-‘ rating',
    // Dutch particles are not clitics; an informal ellipsis before lower case stays.
    "said Sophie in 't Veld, a Dutch liberal",
    'Uh.. your proposal',
  ])('leaves ordinary text alone: %s', (input) => {
    expect(repair(input)).toBe(input);
  });

  it.each([
    ['Root said , adding that', 'Root said, adding that'],
    ['the target ; and the budget .', 'the target; and the budget.'],
    ['the ( NATO ) target', 'the (NATO) target'],
    ['Why ? Because !', 'Why? Because!'],
    ['he called it “ unrealistic ” on Friday', 'he called it “unrealistic” on Friday'],
    ['he called it " unrealistic " and " late "', 'he called it "unrealistic" and "late"'],
    ["Russia 's envoy", "Russia's envoy"],
    ['Ukraine ’s allies', 'Ukraine’s allies'],
    ["they do n't know", "they don't know"],
    ["they don 't know", "they don't know"],
    ['the target,, and the budget..', 'the target, and the budget.'],
    ['first, , second;; third,.', 'first, second; third.'],
    ['at 10 :30 today', 'at 10 :30 today'],
    [
      'The meeting lasted 4 hours .Details are not disclosed .',
      'The meeting lasted 4 hours. Details are not disclosed.',
    ],
    ['He added :" We are ready to work ".', 'He added: "We are ready to work".'],
    ['it is " not enough ",and NATO should aim higher', 'it is "not enough", and NATO should aim higher'],
  ])('repairs spaced and doubled punctuation: %s', (input, expected) => {
    expect(repair(input)).toBe(expected);
  });

  it('leaves straight quotes alone where curly ones open the quotations they close', () => {
    const text =
      '“The deal is an insurance policy for the planet," U.N. climate chief Simon Stiell said. “It only works if premiums are paid," he added.';
    expect(repair(text)).toBe(text);
  });

  it('leaves straight quotes alone when they do not pair up', () => {
    const text = 'He said " we will go and left';
    expect(repair(text)).toBe(text);
  });
});
