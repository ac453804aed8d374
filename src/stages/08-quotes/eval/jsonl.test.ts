import { describe, expect, it } from 'vitest';

describe('speaker names in the JSONL scorer', () => {
  it('compare without case and diacritics, but keep transliterations apart', async () => {
    const { normaliseName } = await import('./jsonl.js');
    expect(normaliseName('Viktor Orbán')).toBe(normaliseName('viktor  ORBAN'));
    expect(normaliseName('Inger Støjberg')).toBe(normaliseName('Inger Stojberg'));
    expect(normaliseName('Volodymyr Zelenskyy')).not.toBe(normaliseName('Volodymyr Zelensky'));
    expect(normaliseName('the European Commission')).toBe(normaliseName('European Commission'));
    expect(normaliseName('The Hague Group')).toBe(normaliseName('Hague Group'));
    expect(normaliseName('Theresa May')).not.toBe(normaliseName('resa May'));
  });

  it('read a typographic apostrophe as the straight one', async () => {
    const { normaliseName } = await import('./jsonl.js');
    expect(normaliseName('Netanyahu\u2019s office')).toBe(normaliseName("Netanyahu's office"));
    expect(normaliseName('Netanyahu\u2019s office')).not.toBe(normaliseName('Netanyahus office'));
  });

  it("match a person's office named by the full name or by the surname alone", async () => {
    const { normaliseName, sameOwnersBody } = await import('./jsonl.js');
    const same = (a: string, b: string) => sameOwnersBody(normaliseName(a), normaliseName(b));
    expect(same('Marta Vidal\u2019s office', "Vidal's office")).toBe(true);
    expect(same("Vidal's office", 'Marta Vidal’s office')).toBe(true);
    expect(same("Marta Vidal's office", "Vidal's campaign")).toBe(false);
    expect(same("Marta Vidal's office", "Ortiz's office")).toBe(false);
    expect(same("Marta Vidal's office", "al's office")).toBe(false);
  });

  it('read "Office of X" as "X\'s office" and "Ministry of X" as "X ministry"', async () => {
    const { normaliseName, bodyWordOrder } = await import('./jsonl.js');
    const order = (s: string) => bodyWordOrder(normaliseName(s));
    expect(order('Office of Marta Vidal')).toBe(order("Marta Vidal's office"));
    expect(order('Chilean Ministry of Agriculture')).toBe(order('Chilean agriculture ministry'));
    expect(order('Ministry of the Interior')).toBe(order('interior ministry'));
    expect(order('Office of Marta Vidal')).not.toBe(order("Marta Vidal's campaign"));
    expect(order('Ministry of Health')).not.toBe(order('health department'));
  });
});
