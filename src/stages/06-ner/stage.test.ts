/**
 * The ner stage with the trained, shipped model on news fixtures we wrote ourselves,
 * including a scraped copy with mangled names.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTokenizedDoc } from '../../../test/helpers/tokenized-doc.js';
import type { Mention } from '../../core/annotations.js';
import { Pipeline } from '../../core/pipeline.js';
import { Resources } from '../../core/resources.js';
import { nerStage } from './stage.js';

const resources = new Resources();

function fixture(name: string): string {
  return readFileSync(resolve(__dirname, '../../../test/fixtures/ner', name), 'utf8');
}

async function mentions(text: string): Promise<{ text: string; type: string; m: Mention }[]> {
  const doc = makeTokenizedDoc(text);
  await Pipeline.build([nerStage], { resources, initialLayers: ['text', 'sentences', 'tokens'] }).run(doc);
  return doc.get('mentions').map((m) => ({ text: text.slice(m.start, m.end), type: m.type, m }));
}

function typeOf(found: { text: string; type: string }[], name: string): string | undefined {
  return found.find((f) => f.text === name)?.type;
}

describe('ner stage', () => {
  it('finds people, places and organisations in a wire story', async () => {
    const found = await mentions(fixture('wire-summit.txt'));
    expect(typeOf(found, 'Volodymyr Zelenskiy')).toBe('person');
    expect(typeOf(found, 'Joe Biden')).toBe('person');
    expect(typeOf(found, 'Jens Stoltenberg')).toBe('person');
    expect(typeOf(found, 'Olaf Scholz')).toBe('person');
    expect(typeOf(found, 'Sweden')).toBe('location');
    expect(typeOf(found, 'European Union')).toBe('organization');
    expect(typeOf(found, 'World Bank')).toBe('organization');
    expect(typeOf(found, 'Reuters')).toBe('organization');
  });

  it('marks named events: conferences, summits with their venue, operations', async () => {
    const found = await mentions(fixture('wire-summit.txt'));
    expect(typeOf(found, 'Munich Security Conference')).toBe('event');
    expect(typeOf(found, 'NATO summit in Vilnius')).toBe('event');
    expect(typeOf(found, 'Operation Barbarossa')).toBe('event');
    // The summit's organisation and venue keep their own mentions.
    expect(typeOf(found, 'Vilnius')).toBe('location');
    // A conference name absorbs the place inside it.
    expect(found.some((f) => f.text === 'Munich' && f.type === 'location')).toBe(false);
  });

  it('keeps the whole name of a listed event and drops a sentence opener', async () => {
    const found = await mentions(
      'The 2024 Paris Olympics opened on Friday. The Munich Security Conference ended.',
    );
    expect(typeOf(found, '2024 Paris Olympics')).toBe('event');
    expect(typeOf(found, 'Munich Security Conference')).toBe('event');
    expect(found.some((f) => f.text.startsWith('The '))).toBe(false);
  });

  it('does not cut an event out of a longer organisation name', async () => {
    const found = await mentions(
      'Analysts at the International Crisis Group said on Friday that talks had failed.',
    );
    expect(found.some((f) => f.type === 'event')).toBe(false);
    expect(typeOf(found, 'International Crisis Group')).toBe('organization');
  });

  it('tags mangled names after a title as people', async () => {
    const found = await mentions(fixture('scraped-mangled.txt'));
    expect(typeOf(found, 'Beit Higseth')).toBe('person');
    expect(typeOf(found, 'Ziki Levint Gomerokco')).toBe('person');
    expect(typeOf(found, 'Higseth')).toBe('person');
    expect(typeOf(found, 'Pentagon')).toBe('organization');
    expect(typeOf(found, 'Financial Times')).toBe('organization');
  });

  it('tags the two mangled names in one-sentence contexts too', async () => {
    const a = await mentions('US Defense Secretary Beit Higseth said the review would take weeks.');
    expect(typeOf(a, 'Beit Higseth')).toBe('person');
    const b = await mentions('The start-up was created by founder Ziki Levint Gomerokco in a garage.');
    expect(typeOf(b, 'Ziki Levint Gomerokco')).toBe('person');
  });

  it('writes well-formed mentions: in-bounds offsets on token edges, sorted, attributed', async () => {
    const text = fixture('wire-summit.txt');
    const found = await mentions(text);
    expect(found.length).toBeGreaterThan(10);
    let last = -1;
    for (const { m } of found) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.end).toBeGreaterThan(m.start);
      expect(text.slice(m.start, m.end)).toBe(text.slice(m.start, m.end).trim());
      expect(m.by).toBe('ner');
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      expect(m.start).toBeGreaterThanOrEqual(last);
      last = m.start;
    }
  });

  it('tags the name after a business title of several words as a person', async () => {
    const found = await mentions(
      'The buyback, which Chief Financial Officer Colette Kress said was meant to reward holders, starts in June.',
    );
    expect(typeOf(found, 'Colette Kress')).toBe('person');
    expect(found.some((f) => f.text.includes('Officer'))).toBe(false);
  });

  it('tags the name after a spun business title or a police rank as a person', async () => {
    // A spinner's "Chief Monetary Officer" (Chief Financial Officer): "Officer" is a rank of
    // its own ("Officer Dana Whitby"), so the name after it is a person without the title.
    const found = await mentions(
      'Chief Monetary Officer Colette Kres said margins would hold. Detective Sergeant Dana Whitby told the court the van was stolen.',
    );
    expect(typeOf(found, 'Colette Kres')).toBe('person');
    expect(typeOf(found, 'Dana Whitby')).toBe('person');
    expect(found.some((f) => f.text.includes('Officer') || f.text.includes('Sergeant'))).toBe(false);
  });

  it('reads no title in a name that ends in one ("Hun Sen. Then …")', async () => {
    const found = await mentions(
      "The prime minister spoke by phone with Cambodia's Hun Sen. Then she left for Bangkok.",
    );
    expect(found.some((f) => f.text === 'Then')).toBe(false);
  });

  it('parts a title of several words with "of" from the name after it', async () => {
    const found = await mentions(
      'Chief of the General Staff Valery Gerasimov reported to the president on Friday.',
    );
    expect(typeOf(found, 'Valery Gerasimov')).toBe('person');
    expect(found.some((f) => f.text.startsWith('Staff'))).toBe(false);
  });

  it('does not read a title word that starts a company name as a title', async () => {
    const found = await mentions('General Motors said on Monday that it would cut 2,000 jobs in Michigan.');
    expect(typeOf(found, 'General Motors')).toBe('organization');
    expect(found.some((f) => f.text === 'Motors' && f.type === 'person')).toBe(false);
  });

  it('finds nothing in text without names, and copes with an empty document', async () => {
    expect(await mentions('prices rose sharply on tuesday as traders bought shares.')).toEqual([]);
    expect(await mentions('')).toEqual([]);
  });

  it('is refused by the pipeline when tokens are missing', () => {
    expect(() => Pipeline.build([nerStage], { initialLayers: ['text'] })).toThrow(/requires/);
  });
});
