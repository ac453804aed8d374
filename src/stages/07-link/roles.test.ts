import { describe, expect, it } from 'vitest';
import { ANY_ROLE_CUE, cueForRole, cueText, DocumentCueText, mayHaveRoleCue, ROLE_CLASSES } from './roles.js';

const cue = (role: string, text: string) => cueForRole({ role })?.test(` ${cueText(text)} `) ?? false;

describe('cueForRole', () => {
  it('gives a title of its own class its class cue as well as the short title', () => {
    expect(cue('President of the European Commission', 'Commission chief')).toBe(true);
    expect(cue('President of the European Commission', 'President')).toBe(true);
    expect(cue('President of the European Commission', 'Council chief')).toBe(false);
  });

  it('reads a title word copy spells either way in both spellings', () => {
    expect(cue('National Security Advisor', 'the national security adviser said')).toBe(true);
    expect(cue('Chief Economic Adviser', 'chief economic advisor')).toBe(true);
    expect(cue('National Security Advisor', 'a security consultant')).toBe(false);
  });
});

describe('spun secretaries', () => {
  it('reads "Assistant" after an office word as "Secretary", and nowhere else', () => {
    expect(cueText('Overseas Assistant David Lamy')).toContain('overseas secretary');
    expect(cue('Minister of Foreign Affairs', 'Overseas Assistant')).toBe(true);
    expect(cueText('an assistant coach')).toBe('an assistant coach');
  });
});

describe('mayHaveRoleCue', () => {
  // Every word the cue expressions are written with, and some that occur around names.
  const vocabulary = [
    ...new Set(ANY_ROLE_CUE.source.match(/[a-z]+/g)!.filter((w) => w.length > 1 || w === 's')),
    ...'the a of said told reporters on monday mr ms former acting senior top house senate 2024 s us'.split(
      ' ',
    ),
  ];
  let seed = 7;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  it('is true wherever ANY_ROLE_CUE matches (random phrases of the cue words)', () => {
    let matched = 0;
    let ruledOut = 0;
    for (let k = 0; k < 40_000; k++) {
      const words = Array.from({ length: 1 + next(6) }, () => vocabulary[next(vocabulary.length)]!);
      const text = ` ${words.join(next(4) === 0 ? '-' : ' ')} `;
      const any = ANY_ROLE_CUE.test(text);
      if (any) matched++;
      if (!mayHaveRoleCue(text)) {
        ruledOut++;
        expect(any, text).toBe(false);
      }
    }
    // Both answers are common: the test can fail.
    expect(matched).toBeGreaterThan(5_000);
    expect(ruledOut).toBeGreaterThan(1_000);
  });
  it('is true for every phrase a cue expression is written as', () => {
    // The literal phrases of the expressions, their optional parts and alternatives spelt out once.
    for (const cls of ROLE_CLASSES) {
      for (const alt of cls.cue.source.split('|')) {
        const phrase = alt.replace(/\\b|\(\?<?!.*?\)|[()?]/g, '').trim();
        if (phrase.length === 0) continue;
        const text = ` ${phrase} `;
        if (ANY_ROLE_CUE.test(text)) expect(mayHaveRoleCue(text), text).toBe(true);
      }
    }
  });
});

describe('DocumentCueText', () => {
  const texts = [
    'Foreign Priest Sergei Lavrov -- and the Vice Head of State, J.D. Vance (R-Ohio) -- met "Guv" Newsom in 2024; Overseas Assistant David Lamy said.',
    'The U.S. Defense Secretary, 54, told reporters:  "We\'re done."\n\nPM Keir Starmer... the Fed chair!',
    'Zürich’s mayor Corine Mauch and São Paulo’s Foreign Pastor met.',
    'İstanbul — “ﬁnance” ½ Straße, ΟΔΥΣΣΕΥΣ and 𝐀BC 😀 e\u0301\u0301x \u0483y … Foreign\u00a0Priest’s Guv.',
    '\u0301a – b\u0301 \ud800 lone \udc00 x',
    // Code points that give several characters, many of them: the plain form outgrows the text.
    `${'ﬃ'.repeat(40)} Foreign Priest ${'\ufdfa'.repeat(3)} end`,
    `${'ﬃ'.repeat(10)} ${'word '.repeat(30)}Foreign Priest`,
    '',
  ];
  it('cuts every span as cueText reads it on its own', () => {
    for (const text of texts) {
      const cues = new DocumentCueText(text);
      for (let a = 0; a <= text.length; a++) {
        for (let b = a; b <= text.length; b++)
          expect(cues.of(a, b), `${a}-${b}`).toBe(cueText(text.slice(a, b)));
      }
    }
  });

  it('cuts spans of a text whose plain form outgrows 16-bit places', () => {
    // ~81,000 plain characters (ﬃ gives three): the places are kept in 32 bits then.
    const text = 'ﬃ Foreign Priest Sergei Lavrov’s Guv, Zürich ½ 𝐀BC. '.repeat(1500);
    const cues = new DocumentCueText(text);
    expect(cueText(text).length).toBeGreaterThan(80_000);
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      const a = next(text.length);
      const b = Math.min(text.length, a + next(k % 10 === 0 ? 70_000 : 200));
      expect(cues.of(a, b), `${a}-${b}`).toBe(cueText(text.slice(a, b)));
    }
  });

  it('cuts spans of a short text whose plain form outgrows 16-bit places only after its last ligature', () => {
    // 30,000 units, 70,000 plain characters: the ASCII after the last "ﬃ" carries the places
    // past 65,535, so the one pass must take 32-bit places before it gets there.
    const text = `${'ﬃ'.repeat(20_000)}${' word'.repeat(2_000)} Foreign Priest said.`;
    const cues = new DocumentCueText(text);
    expect(text.length).toBeLessThan(0x10000);
    expect(cueText(text).length).toBeGreaterThan(0x10000);
    for (let a = text.length - 12_000; a < text.length; a += 997) {
      for (const b of [a + 1, Math.min(a + 40, text.length), text.length])
        expect(cues.of(a, b), `${a}-${b}`).toBe(cueText(text.slice(a, b)));
    }
    expect(cues.of(0, text.length)).toBe(cueText(text));
  });
});
