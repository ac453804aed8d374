/**
 * `copydesk analyze` on an article whose headline is in title case (US web style): the
 * person and places in the headline are found and linked, the headline is no longer
 * one long organisation, and the body's entities are what they are under a headline
 * written in sentence case.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ARTICLE = readFileSync(new URL('../fixtures/ner/title-case-headline.txt', import.meta.url), 'utf8');
const HEADLINE = ARTICLE.slice(0, ARTICLE.indexOf('\n'));

interface Entity {
  type: string;
  name: string;
  kbId?: string;
  mentions: { text: string; start: number; end: number }[];
}

async function analyze(text: string): Promise<Entity[]> {
  const result = await runCli(['analyze', '-', '--format', 'json', '--date', '2025-10-14'], { stdin: text });
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout).entities;
}

/** Every mention from `from` on, as "type kbId text @offset-from" lines, sorted. */
function mentionsFrom(entities: readonly Entity[], from: number, shift: number): string[] {
  return entities
    .flatMap((e) =>
      e.mentions
        .filter((m) => m.start >= from)
        .map((m) => `${e.type} ${e.kbId ?? '-'} ${m.text} @${m.start - shift}`),
    )
    .sort();
}

describe('analyze: a title-cased headline', () => {
  it('finds and links the person and the places in the headline, and leaves the body as it was', async () => {
    const entities = await analyze(ARTICLE);
    const inHeadline = (e: Entity) => e.mentions.filter((m) => m.end <= HEADLINE.length).map((m) => m.text);
    const merz = entities.find((e) => e.kbId === 'cd:person/friedrich-merz');
    const ukraine = entities.find((e) => e.kbId === 'cd:country/ua');
    const germany = entities.find((e) => e.kbId === 'cd:country/de');
    expect(merz && inHeadline(merz)).toEqual(['Merz']);
    expect(ukraine && inHeadline(ukraine)).toEqual(['Ukraine']);
    expect(germany && inHeadline(germany)).toEqual(['Germany']);
    expect(entities.some((e) => e.type === 'organization' && /Vows/.test(e.name))).toBe(false);

    // The body's entities are those it has under the same headline in sentence case.
    const sentenceCase = "Germany's Merz vows to maintain Ukraine support as winter looms";
    expect(sentenceCase.length).toBe(HEADLINE.length);
    const titled = entities;
    const plain = await analyze(sentenceCase + ARTICLE.slice(HEADLINE.length));
    const body = HEADLINE.length + 1;
    expect(mentionsFrom(titled, body, 0)).toEqual(mentionsFrom(plain, body, 0));
    expect(mentionsFrom(titled, body, 0).length).toBeGreaterThan(8);
  });
});
