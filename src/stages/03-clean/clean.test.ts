import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import type { Block, BlockRole } from '../../core/annotations.js';
import { Resources } from '../../core/resources.js';
import { cleanText } from './clean.js';
import { cleanStage } from './index.js';

/** Blocks of a plain-text article: one per blank-line-separated paragraph. */
function plainBlocks(source: string): Block[] {
  const out: Block[] = [];
  for (const m of source.matchAll(/\S(?:[^\n]|\n(?![ \t]*\n))*/gu)) {
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length, role: 'paragraph' });
  }
  return out;
}

/** Blocks from `[role] text` lines, as HTML extraction would give them. */
function htmlBlocks(parts: [BlockRole, string][]): { source: string; blocks: Block[] } {
  let source = '';
  const blocks: Block[] = [];
  for (const [role, text] of parts) {
    if (source) source += '\n\n';
    blocks.push({ start: source.length, end: source.length + text.length, role });
    source += text;
  }
  return { source, blocks };
}

const SCRAPED = `Zelensky meets Rutte as allies weigh new aid

Ukrainian President Volodymyr Zelensky shakes hands with NATO Secretary -General Mark Rutte in Kyiv, Ukraine, March 3, 2025. REUTERS/Gleb Garanich

KYIV (Reuters) - NATO Secretary -General Mark Rutte arrived in Kyiv on Monday for talks with President Volodymyr Zelensky , who urged allies to speed up deliveries of air defense systems.

Russian President Vladimir Putin attends a meeting in Moscow, Russia, February 12, 2025. Sputnik/Gavriil Grigorov/Pool via REUTERS

Read more: NATO allies pledge to raise defense spending

"We need the systems now , not next year," Zelensky told reporters.He said Ukraine had received only a third of what was promised.

Advertisement

Talks stall in Geneva

The Geneva talks, which began on Friday, stalled over the question of security guarantees.

Read more about it? No, he said. That was the end of the interview.

He resigned.

https://cdn.example-news.com/images/2025/03/rutte-kyiv.webp

Share this article

Follow us on Telegram for the latest news

(Reporting by Tom Balmforth; Editing by Mark Heinrich)

© 2025 Reuters. All rights reserved.

Source link`;

describe('cleanText on a scraped, machine-translated article', () => {
  const result = cleanText(SCRAPED, plainBlocks(SCRAPED));
  const paragraphs = result.paragraphs.map((p) => result.text.slice(p.start, p.end));

  it('keeps the story, subheadings and short real sentences', () => {
    expect(paragraphs).toEqual([
      'Zelensky meets Rutte as allies weigh new aid',
      'KYIV (Reuters) - NATO Secretary-General Mark Rutte arrived in Kyiv on Monday for talks with President Volodymyr Zelensky, who urged allies to speed up deliveries of air defense systems.',
      '"We need the systems now, not next year," Zelensky told reporters. He said Ukraine had received only a third of what was promised.',
      'Talks stall in Geneva',
      'The Geneva talks, which began on Friday, stalled over the question of security guarantees.',
      'Read more about it? No, he said. That was the end of the interview.',
      'He resigned.',
    ]);
    expect(result.text).toBe(paragraphs.join('\n\n'));
  });

  it('removes the debris and says what each piece was', () => {
    expect(result.removed.map((r) => [r.kind, r.text])).toEqual([
      [
        'caption',
        'Ukrainian President Volodymyr Zelensky shakes hands with NATO Secretary -General Mark Rutte in Kyiv, Ukraine, March 3, 2025.',
      ],
      ['photo-credit', 'REUTERS/Gleb Garanich'],
      ['caption', 'Russian President Vladimir Putin attends a meeting in Moscow, Russia, February 12, 2025.'],
      ['photo-credit', 'Sputnik/Gavriil Grigorov/Pool via REUTERS'],
      ['read-more', 'Read more: NATO allies pledge to raise defense spending'],
      ['section-label', 'Advertisement'],
      ['image-url', 'https://cdn.example-news.com/images/2025/03/rutte-kyiv.webp'],
      ['share', 'Share this article'],
      ['share', 'Follow us on Telegram for the latest news'],
      ['boilerplate', '(Reporting by Tom Balmforth; Editing by Mark Heinrich)'],
      ['boilerplate', '© 2025 Reuters. All rights reserved.'],
      ['source-link', 'Source link'],
    ]);
    for (const r of result.removed) {
      expect(SCRAPED.slice(r.source.start, r.source.end)).toBe(r.text);
      expect(r.by).toBe('clean');
      expect(r.confidence).toBeGreaterThan(0.5);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('keeps agencies, image hosts and source links as provenance signals', () => {
    const byKind = (kind: string) => result.signals.filter((s) => s.kind === kind).map((s) => s.value);
    expect(new Set(byKind('agency-credit'))).toEqual(new Set(['Reuters', 'Sputnik']));
    expect(byKind('image-host')).toEqual(['cdn.example-news.com']);
    // Datelines and translation artifacts are the provenance stage's to report.
    expect(byKind('dateline')).toEqual([]);
    expect(byKind('translation-artifact')).toEqual([]);
    expect(byKind('source-link')).toEqual(['Source link']);
    expect(byKind('byline')).toHaveLength(1);
  });

  it('counts the spacing repairs it made', () => {
    expect(Object.fromEntries(result.repairs)).toEqual({
      'spaced-hyphen': 1,
      'spaced-punctuation': 2,
      'run-on': 1,
    });
  });

  it('maps every word of the cleaned text back to the same word in the source', () => {
    for (const m of result.text.matchAll(/\p{L}+/gu)) {
      const start = result.offsets.toSource(m.index);
      expect(SCRAPED.slice(start, start + m[0].length)).toBe(m[0]);
    }
  });

  it('maps paragraph separators into the gaps between source blocks', () => {
    for (const p of result.paragraphs) {
      const start = result.offsets.toSource(p.start);
      expect(SCRAPED[start]).toBe(result.text[p.start]);
    }
  });
});

describe('captions and credits', () => {
  const clean = (source: string) => cleanText(source, plainBlocks(source));

  it('removes a caption on the line before a credit in the same paragraph', () => {
    const source =
      'NATO Secretary -General Mark Rutte during a press conference in Brussels, Belgium, February 13, 2025.\nHristo Rusev | Getty Images News | Getty Images\n\nAllies met on Friday.';
    const result = clean(source);
    expect(result.text).toBe('Allies met on Friday.');
    expect(result.removed.map((r) => r.kind)).toEqual(['caption', 'photo-credit']);
  });

  it('removes a caption and credit line glued to the next paragraph by a single line break', () => {
    const source =
      'Russian President Vladimir Putin attends a meeting in Moscow, Russia, February 12, 2025. Sputnik/Gavriil Grigorov/Pool via REUTERS\nThe Kremlin said on Wednesday that talks with Washington would begin soon.';
    const result = clean(source);
    expect(result.text).toBe('The Kremlin said on Wednesday that talks with Washington would begin soon.');
    expect(result.removed.map((r) => r.kind)).toEqual(['caption', 'photo-credit']);
    expect(result.signals.filter((s) => s.kind === 'agency-credit').map((s) => s.value)).toEqual([
      'Sputnik',
      'Reuters',
    ]);
  });

  it('keeps a body paragraph next to a credit: reported speech is not a caption', () => {
    const source =
      'Rutte said on Thursday that allies were ready to spend more during a meeting in Brussels.\n\nREUTERS/Yves Herman\n\nThe meeting ended late.';
    const result = clean(source);
    expect(result.text).toBe(
      'Rutte said on Thursday that allies were ready to spend more during a meeting in Brussels.\n\nThe meeting ended late.',
    );
    expect(result.removed.map((r) => r.kind)).toEqual(['photo-credit']);
  });

  it('keeps a subheading next to a credit', () => {
    const source = 'Talks stall in Geneva\n\nAFP via Getty Images\n\nThe talks stalled on Friday.';
    const result = clean(source);
    expect(result.text).toBe('Talks stall in Geneva\n\nThe talks stalled on Friday.');
  });

  it('removes a caption with an explicit marker', () => {
    const source = 'FILE PHOTO: Smoke rises over Kharkiv after a missile strike\n\nThe city was hit again.';
    expect(clean(source).removed.map((r) => r.kind)).toEqual(['caption']);
    const tagged =
      'Photo: Rescuers search the rubble in Kharkiv. (AP Photo/Evgeniy Maloletka)\n\nThe city was hit.';
    const result = clean(tagged);
    expect(result.removed.map((r) => [r.kind, r.text])).toEqual([
      ['caption', 'Photo: Rescuers search the rubble in Kharkiv.'],
      ['photo-credit', '(AP Photo/Evgeniy Maloletka)'],
    ]);
    expect(result.text).toBe('The city was hit.');
  });

  it('removes a credit inside a paragraph and keeps the paragraph', () => {
    const source =
      'Protesters gathered outside parliament (Photo by Chip Somodevilla/Getty Images) on Tuesday evening.';
    const result = clean(source);
    expect(result.text).toBe('Protesters gathered outside parliament on Tuesday evening.');
    expect(result.removed.map((r) => [r.kind, r.text])).toEqual([
      ['photo-credit', '(Photo by Chip Somodevilla/Getty Images)'],
    ]);
    expect(result.signals.some((s) => s.kind === 'agency-credit' && s.value === 'Getty Images')).toBe(true);
  });

  it('removes a marked caption with a credit that names no agency', () => {
    const source =
      'Header Image: People have lived in the Amazon forests for thousands of years. Credit: Tomas Munita/CIFOR (CC BY-NC-ND 2.0)\n\nThe study was published on Monday.';
    const result = clean(source);
    expect(result.text).toBe('The study was published on Monday.');
    expect(result.removed.map((r) => r.kind)).toEqual(['caption', 'photo-credit']);
  });

  it('removes an advertisement marker flattened between two sentences', () => {
    const source =
      'The talks ended on Friday. Advertisement The minister said they would resume. Advertisement revenue fell.';
    const result = clean(source);
    expect(result.text).toBe(
      'The talks ended on Friday. The minister said they would resume. Advertisement revenue fell.',
    );
    expect(result.removed.map((r) => [r.kind, r.text])).toEqual([['section-label', 'Advertisement']]);
  });

  it('removes only the credit from the end of a body paragraph', () => {
    const source = 'The minister said the talks would continue next week in Geneva. Reuters/Denis Balibouse';
    const result = clean(source);
    expect(result.text).toBe('The minister said the talks would continue next week in Geneva.');
    expect(result.removed.map((r) => r.kind)).toEqual(['photo-credit']);
  });
});

describe('furniture lines', () => {
  const clean = (source: string) => cleanText(source, plainBlocks(source));

  it.each([
    ['Read more', 'read-more'],
    ['READ MORE: Allies pledge more money', 'read-more'],
    ['Also read: Why NATO is spending more', 'read-more'],
    ['Share', 'share'],
    ['Share Facebook Twitter Email', 'share'],
    ['Subscribe to our newsletter', 'share'],
    ['Related', 'section-label'],
    ['Most read', 'section-label'],
    ['Topics: NATO, Ukraine, Defence', 'section-label'],
    ['Source: https://www.example.com/world/nato-123', 'source-link'],
    ['This article was originally published on Example News.', 'source-link'],
    ['https://www.example.com/world/nato-123', 'source-link'],
    ['https://images.example.com/a/b.png?w=1200', 'image-url'],
    ['Copyright 2025 The Associated Press. All rights reserved.', 'boilerplate'],
    ['5 min read', 'boilerplate'],
    ['Updated: February 14, 2025 10:32 GMT', 'boilerplate'],
    ['Published 3 hours ago', 'boilerplate'],
    ['Image source, Getty Images', 'photo-credit'],
    ['Credit...Doug Mills/The New York Times', 'photo-credit'],
    ['Image caption, Pete Hegseth speaks to reporters in Brussels', 'caption'],
    ['FILE - Ursula von der Leyen speaks in Strasbourg, France, Jan. 21, 2025.', 'caption'],
  ])('%s → %s', (line, kind) => {
    const result = clean(`The allies met.\n\n${line}\n\nThey agreed.`);
    expect(result.text).toBe('The allies met.\n\nThey agreed.');
    expect(result.removed.map((r) => r.kind)).toEqual([kind]);
  });

  it.each([
    'Read more about it? No, he said.',
    'Share prices fell 3 percent on Monday.',
    'Related talks are planned for March.',
    'Source: the ministry did not say how many troops would go, and officials declined to comment further on the matter.',
    'Advertisement revenue fell by a third.',
    'Follow the money, he said.',
    'Photographs of the meeting were not released.',
    'He resigned.',
    'Reuters could not verify the report.',
    'Copyright law is changing fast, lawyers said.',
    'Updated figures show the economy grew 2 percent.',
    'Published reports say the deal is close.',
    'File it under hope, one diplomat said.',
    'X',
    'Email',
  ])('keeps the sentence %s', (line) => {
    const result = clean(`The allies met.\n\n${line}\n\nThey agreed.`);
    expect(result.removed).toEqual([]);
    expect(result.text).toBe(`The allies met.\n\n${line}\n\nThey agreed.`);
  });

  it('treats a heading block that is a section label as debris', () => {
    const { source, blocks } = htmlBlocks([
      ['heading', 'Allies pledge more'],
      ['paragraph', 'The allies met on Friday.'],
      ['heading', 'Related'],
      ['list-item', 'Why NATO matters'],
    ]);
    const result = cleanText(source, blocks);
    expect(result.removed.map((r) => [r.kind, r.confidence])).toEqual([['section-label', 0.95]]);
    expect(result.paragraphs.map((p) => p.role)).toEqual(['heading', 'paragraph', 'list-item']);
  });
});

describe('paragraph structure', () => {
  it('joins a hard-wrapped paragraph and splits one-line-per-paragraph copy', () => {
    const wrapped =
      'European members of NATO promised on Friday to raise military\nspending faster, after the US defense secretary told allies that\nWashington would no longer guarantee their security.';
    expect(cleanText(wrapped, plainBlocks(wrapped)).paragraphs).toHaveLength(1);

    const perLine = 'Munich talks\nThe allies met on Friday.\nThey agreed to spend more.';
    const result = cleanText(perLine, plainBlocks(perLine));
    expect(result.paragraphs.map((p) => [result.text.slice(p.start, p.end), p.role])).toEqual([
      ['Munich talks', 'heading'],
      ['The allies met on Friday.', 'paragraph'],
      ['They agreed to spend more.', 'paragraph'],
    ]);
  });

  it('removes a spinner\'s "Source link" (Supply hyperlink, Source hyperlink) as a source link', () => {
    for (const line of [
      'Supply hyperlink',
      'Source hyperlink',
      'Supply link',
      'Origin link: https://example.com/a',
    ]) {
      const source = `The council approved the budget on Monday.\n\n${line}`;
      const result = cleanText(source, plainBlocks(source));
      expect(result.text).toBe('The council approved the budget on Monday.');
      expect(result.removed.map((r) => [r.kind, r.text])).toEqual([['source-link', line]]);
    }
    // A sentence about supply links is text.
    const prose = 'The port is the main supply link for the region.';
    expect(cleanText(prose, plainBlocks(prose)).text).toBe(prose);
  });

  it('returns an empty text when everything is debris', () => {
    const source = 'Share this article\n\nSource link';
    const result = cleanText(source, plainBlocks(source));
    expect(result.text).toBe('');
    expect(result.paragraphs).toEqual([]);
    expect(result.removed).toHaveLength(2);
  });

  it('keeps debris when asked to', () => {
    const source = 'The allies met.\n\nSource link';
    const result = cleanText(source, plainBlocks(source), { removeDebris: false });
    expect(result.text).toBe(source);
    expect(result.removed).toEqual([]);
  });

  it('leaves spacing artifacts when asked to, but still normalises', () => {
    const source = 'NATO Secretary -General\u00a0Mark Rutte said , talksAnd';
    const result = cleanText(source, plainBlocks(source), { repairArtifacts: false });
    expect(result.text).toBe('NATO Secretary -General Mark Rutte said , talksAnd');
    expect(result.repairs.size).toBe(0);
  });

  it('sorts and clips overlapping blocks', () => {
    const source = 'Second paragraph.\n\nFirst? No, second.';
    const result = cleanText(source, [
      { start: 19, end: 37, role: 'paragraph' },
      { start: 0, end: 17, role: 'paragraph' },
      { start: 10, end: 17, role: 'paragraph' },
    ]);
    expect(result.text).toBe('Second paragraph.\n\nFirst? No, second.');
  });

  it('rejects blocks outside the source', () => {
    expect(() => cleanText('short', [{ start: 0, end: 99, role: 'paragraph' }])).toThrow(
      /does not lie inside/,
    );
  });
});

describe('clean stage', () => {
  it('sets text, offsets and paragraphs, and appends removed debris and signals', () => {
    const source = 'Allies meet in Munich\n\nThe talks began.\n\nREUTERS/Kai Pfaffenbach\n\nSource link';
    const doc = makeDoc(source, { cleaned: false, layers: { blocks: plainBlocks(source) } });
    doc.append('signals', [{ kind: 'byline', value: 'Staff', detail: null, by: 'extract', confidence: 1 }]);
    cleanStage.run(doc, { config: cleanStage.defaultConfig, resources: new Resources() });
    expect(doc.text).toBe('Allies meet in Munich\n\nThe talks began.');
    expect(doc.get('paragraphs')).toHaveLength(2);
    expect(doc.get('offsets').toSource(doc.text.indexOf('The'))).toBe(source.indexOf('The'));
    expect(doc.get('removed').map((r) => r.kind)).toEqual(['photo-credit', 'source-link']);
    expect(doc.get('signals').map((s) => s.kind)).toEqual(['byline', 'agency-credit', 'source-link']);
  });
});

describe('wire credit lines', () => {
  const removedOf = (source: string) =>
    cleanText(source, plainBlocks(source)).removed.map((r) => [r.kind, r.text]);

  it('removes a credit line whose "Editing by" a spinner reworded', () => {
    const source = [
      'Ankara talks end',
      'The two leaders discussed security cooperation and the return of refugees, officials said.',
      'Reporting by Ezgi Erkoyun; Enhancing by Daren Butler',
    ].join('\n\n');
    expect(removedOf(source)).toEqual([
      ['boilerplate', 'Reporting by Ezgi Erkoyun; Enhancing by Daren Butler'],
    ]);
    const longer =
      '(Reporting by Tom Balmforth in Kyiv and Andrew Osborn in Moscow; Modifying by Mark Heinrich)';
    expect(removedOf(source.replace(/Reporting by .*$/u, longer))).toEqual([['boilerplate', longer]]);
    const particles =
      'Reporting by Steve Holland and Nidal al-Mughrabi in Cairo and Charlotte van Campenhout; Enhancing by Daniel Wallis';
    expect(removedOf(source.replace(/Reporting by .*$/u, particles))).toEqual([['boilerplate', particles]]);
  });

  it('keeps a sentence that only opens with "Reporting by"', () => {
    const source = [
      'Ankara talks end',
      'Reporting by local journalists found that the camps were overcrowded; officials by contrast said conditions had improved.',
    ].join('\n\n');
    expect(removedOf(source)).toEqual([]);
  });
});
