import { describe, expect, it } from 'vitest';
import { parseCredit } from './credit.js';

describe('parseCredit', () => {
  it.each([
    ['REUTERS/Evelyn Hockstein', ['Reuters']],
    ['Hristo Rusev | Getty Images News | Getty Images', ['Getty Images']],
    ['Sputnik/Gavriil Grigorov/Pool via REUTERS', ['Sputnik', 'Reuters']],
    ['Anadolu Agency via Getty Images', ['Anadolu', 'Getty Images']],
    ['AFP via Getty Images', ['AFP', 'Getty Images']],
    ['(AP Photo/Evan Vucci)', ['AP']],
    ['Photo: AP', ['AP']],
    ['Photo by Chip Somodevilla/Getty Images', ['Getty Images']],
    ['EPA-EFE/YURI KOCHETKOV', ['EPA']],
    ['Kevin Lamarque Reuters', ['Reuters']],
    ['Kay Nietfeld/dpa', ['dpa']],
    ['REUTERS/Evelyn Hockstein/File Photo', ['Reuters']],
    ['Mikhail Metzel/TASS', ['TASS']],
    ['Xinhua/Li Xin', ['Xinhua']],
    ['Andrey Rudakov/Bloomberg', ['Bloomberg']],
    ['Photo: Jane Smith', []],
    ['© Reuters', ['Reuters']],
  ])('%s is a credit naming %j', (text, agencies) => {
    expect(parseCredit(text)?.agencies).toEqual(agencies);
  });

  it.each([
    'The talks ended without agreement',
    'Europe promises more money for weapons',
    'He told Reuters the talks had failed',
    'Read more about it? No, he said.',
    'Jane Smith',
    'Munich Security Conference',
    'Associated with the AP style guide, the rule is simple',
    'From Bloomberg:',
    'According to Reuters',
  ])('%s is not a credit', (text) => {
    expect(parseCredit(text)).toBeNull();
  });
});
