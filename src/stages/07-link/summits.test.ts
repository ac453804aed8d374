import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { summitMentions } from './summits.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'org:g20',
    type: 'organization',
    name: 'G20',
    names: [{ text: 'Group of Twenty', kind: 'alias' }],
    prominence: 4,
  }),
  makeEntity({
    id: 'ev:g20-summit',
    type: 'event',
    name: 'G20 summit',
    names: [{ text: 'Group of Twenty summit', kind: 'alias' }],
    prominence: 4,
  }),
  makeEntity({ id: 'ev:g20-2026', type: 'event', name: '2026 G20 summit', prominence: 3 }),
  makeEntity({ id: 'ev:lome', type: 'event', name: 'Lome peace summit', prominence: 2 }),
  makeEntity({ id: 'org:oas', type: 'organization', name: 'OAS', prominence: 3 }),
  makeEntity({ id: 'org:ecowas', type: 'organization', name: 'ECOWAS', prominence: 3 }),
  makeEntity({ id: 'ev:ecowas-summit', type: 'event', name: 'ECOWAS summit', prominence: 2 }),
  makeEntity({ id: 'org:sadc', type: 'organization', name: 'SADC', prominence: 3 }),
  makeEntity({ id: 'org:zadc', type: 'organization', name: 'ZADC', prominence: 1 }),
  makeEntity({ id: 'ev:sadc-summit', type: 'event', name: 'SADC summit', prominence: 2 }),
]);

const link = linkerOver(kb, '2025-11-20');

describe('summits named by their organisation', () => {
  it('links "G20 top" to the summit and keeps the G20 inside it', () => {
    const text = 'Finance ministers prepared the G20 top in Cape Town this week.';
    const entities = link(text, [['G20', 'organization']]);
    expect(writtenAs(entities, text, 'G20 top')?.kbId).toBe('ev:g20-summit');
    expect(writtenAs(entities, text, 'G20')?.kbId).toBe('org:g20');
  });

  it('takes the event of the article year first', () => {
    const text = 'Leaders arrived for the G20 summit on Friday.';
    expect(writtenAs(link(text, [['G20', 'organization']], '2026-12-01'), text, 'G20 summit')?.kbId).toBe(
      'ev:g20-2026',
    );
  });

  it('reads a lower-case word between the name and the summit word', () => {
    const found = summitMentions(
      kb,
      'They met at the Lome peace top on Gaza.',
      [{ start: 16, end: 20, type: 'location', by: 'test', confidence: 1 }],
      '2025-10-13',
    );
    expect(found.map((x) => x.entity.id)).toEqual(['ev:lome']);
  });

  it('is nothing without a KB summit of that name, or for a top that is no summit', () => {
    const text = 'The OAS top official resigned; the mountain top was closed.';
    const entities = link(text, [['OAS', 'organization']]);
    expect(writtenAs(entities, text, 'OAS')?.kbId).toBe('org:oas');
    expect(entities.some((e) => e.type === 'event')).toBe(false);
  });
});

describe('summit words used as adjectives', () => {
  it('is no summit in "the G20 top officials"', () => {
    const text = 'The G20 top officials met in Rome. The G20 summit in Rome opened on Friday.';
    const found = summitMentions(
      kb,
      text,
      [
        { start: 4, end: 7, type: 'organization', by: 'test', confidence: 1 },
        {
          start: text.lastIndexOf('G20'),
          end: text.lastIndexOf('G20') + 3,
          type: 'organization',
          by: 'test',
          confidence: 1,
        },
      ],
      '2025-10-31',
    );
    expect(found.map((x) => text.slice(x.mention.start, x.mention.end))).toEqual(['G20 summit']);
  });
});

describe('acronyms respelt before a summit word', () => {
  const mention = (text: string, word: string) => {
    const start = text.indexOf(word);
    return [{ start, end: start + word.length, type: 'organization' as const, by: 'test', confidence: 1 }];
  };

  it('reads "EKOWAS summit" as the ECOWAS summit, not the bloc', () => {
    const text = 'Heads of state gathered for the EKOWAS summit in Abuja on Sunday.';
    const found = summitMentions(kb, text, mention(text, 'EKOWAS'), '2025-12-14');
    expect(found.map((x) => [text.slice(x.mention.start, x.mention.end), x.entity.id])).toEqual([
      ['EKOWAS summit', 'ev:ecowas-summit'],
    ]);
  });

  it('keeps an acronym the KB knows as written, and needs the summit word', () => {
    const known = 'Delegates of ZADC met at the ZADC summit in Gaborone.';
    expect(summitMentions(kb, known, mention(known, 'ZADC'), '2025-08-17')).toEqual([]);
    const plain = 'The EKOWAS envoy flew to Bamako on Monday.';
    expect(summitMentions(kb, plain, mention(plain, 'EKOWAS'), '2025-08-17')).toEqual([]);
  });
});
