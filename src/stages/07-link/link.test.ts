import { describe, expect, it } from 'vitest';
import { linkLayers } from '../../../test/helpers/link-fixtures.js';
import { makeDoc } from '../../../test/helpers/make-doc.js';
import type { Entity, EntityType } from '../../core/annotations.js';
import { Pipeline } from '../../core/pipeline.js';
import { Resources } from '../../core/resources.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { knowledgeBaseResource } from '../../kb/resource.js';
import { describeRepairs } from './describe.js';
import { linkStage } from './index.js';
import { linkDocument } from './link-document.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'cd:country/nl',
    type: 'location',
    name: 'Netherlands',
    country: 'NL',
    kind: 'country',
    names: [{ text: 'Dutch', kind: 'demonym' }],
    prominence: 4,
  }),
  makeEntity({
    id: 'cd:country/us',
    type: 'location',
    name: 'United States',
    country: 'US',
    kind: 'country',
    names: [{ text: 'US', kind: 'short' }],
    prominence: 4,
  }),
  makeEntity({
    id: 'Q7184',
    type: 'organization',
    name: 'NATO',
    names: [{ text: 'North Atlantic Treaty Organization', kind: 'alias' }],
    prominence: 5,
  }),
  makeEntity({
    id: 'cd:org/european-union',
    type: 'organization',
    name: 'European Union',
    names: [{ text: 'EU', kind: 'short' }],
    prominence: 5,
  }),
  makeEntity({
    id: 'Q57792',
    type: 'person',
    name: 'Mark Rutte',
    names: [
      { text: 'Mark Rütte', kind: 'alias' },
      { text: 'Rutte', kind: 'surname' },
    ],
    country: 'NL',
    prominence: 5,
    description: 'Secretary General of NATO',
    roles: [
      { role: 'Secretary General', org: 'NATO', orgId: 'Q7184', from: '2024-10-01', to: null },
      { role: 'Prime Minister', org: 'NL', orgId: 'cd:country/nl', from: '2010-10-14', to: '2024-07-02' },
    ],
  }),
  makeEntity({
    id: 'cd:person/pete-hegseth',
    type: 'person',
    name: 'Pete Hegseth',
    names: [{ text: 'Hegseth', kind: 'surname' }],
    country: 'US',
    prominence: 4,
    roles: [
      { role: 'Secretary of Defense', org: 'US', orgId: 'cd:country/us', from: '2025-01-25', to: null },
    ],
  }),
  makeEntity({
    id: 'cd:person/kaja-kallas',
    type: 'person',
    name: 'Kaja Kallas',
    names: [{ text: 'Kallas', kind: 'surname' }],
    country: 'EE',
    prominence: 4,
    roles: [
      {
        role: 'High Representative',
        org: 'European Union',
        orgId: 'cd:org/european-union',
        from: '2024-12-01',
        to: null,
      },
    ],
  }),
]);

const layers = linkLayers;

function link(text: string, date: string, names: [string, EntityType][]): Entity[] {
  return linkDocument(kb, { text, date, ...layers(text, names) });
}

function byName(entities: Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}

describe('linkDocument', () => {
  it('repairs a mangled name next to its role, and the later surname with it', () => {
    const text =
      'NATO Secretary General Mark Root arrived in Brussels. US Defense Secretary Beat Hexet met him. Higseth said Europe must pay. Root agreed.';
    const entities = link(text, '2025-02-14', [
      ['NATO', 'organization'],
      ['Mark Root', 'person'],
      ['Beat Hexet', 'person'],
      ['Higseth', 'person'],
      ['Root', 'person'],
    ]);
    const rutte = byName(entities, 'Mark Rutte')!;
    expect(rutte.kbId).toBe('Q57792');
    expect(rutte.mentions.map((m) => [text.slice(m.start, m.end), m.repaired])).toEqual([
      ['Mark Root', true],
      ['Root', true],
    ]);
    expect(rutte.evidence.map((e) => e.kind)).toEqual([
      'role-context',
      'sound-alike',
      'document-consistency',
    ]);
    const hegseth = byName(entities, 'Pete Hegseth')!;
    expect(hegseth.mentions.map((m) => m.repaired)).toEqual([true, true]);
    expect(describeRepairs(hegseth, text)[0]).toMatch(
      /^Beat Hexet → Pete Hegseth \(role: Secretary of Defense, US; sound-alike 0\.\d\d/,
    );
    expect(byName(entities, 'NATO')?.mentions[0]?.repaired).toBe(false);
  });

  it('leaves a farmer called Mark Root alone', () => {
    const text = 'Mark Root, a dairy farmer from Ohio, said prices had collapsed. Root sold twenty cows.';
    const entities = link(text, '2025-02-14', [
      ['Mark Root', 'person'],
      ['Root', 'person'],
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name: 'Mark Root', kbId: null });
    // The refusal is shown: the apposition names an occupation Mark Rutte's profile lacks.
    expect(entities[0]?.evidence).toEqual([expect.objectContaining({ kind: 'contradiction' })]);
    expect(entities[0]?.evidence[0]?.detail).toMatch(/farmer.*Mark Rutte/);
    expect(entities[0]?.mentions.every((m) => !m.repaired)).toBe(true);
  });

  it('compares a namesake below the floor without a cue only when one of its titles stands next to the name', () => {
    // Pete Hegseth's title next to the name: he is compared down to the role-cue floor, and linked.
    const his = link('US Defense Secretary Beat Hexet visited Kyiv.', '2025-02-14', [
      ['Beat Hexet', 'person'],
    ]);
    expect(his[0]?.kbId).toBe('cd:person/pete-hegseth');
    // Another's title next to it: Hegseth is no nearer than the floor without a cue, so he is
    // not a candidate at all (not even one the farmer's description refuses).
    const another = link('NATO chief Beat Hexet, a retired farmer, visited Kyiv.', '2025-02-14', [
      ['NATO', 'organization'],
      ['Beat Hexet', 'person'],
    ]);
    expect(byName(another, 'Beat Hexet')).toMatchObject({ kbId: null, evidence: [] });
  });

  it('does not repair on similarity alone', () => {
    const entities = link('Mark Root met the mayor on Monday.', '2025-02-14', [['Mark Root', 'person']]);
    expect(entities[0]?.kbId).toBeNull();
  });

  it('lets a surname follow the full form in the article, not a famous namesake', () => {
    const text = 'The opera singer Maria Callas recorded Tosca twice. Callas was 41.';
    const entities = link(text, '2025-03-10', [
      ['Maria Callas', 'person'],
      ['Callas', 'person'],
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name: 'Maria Callas', kbId: null });
  });

  it('matches roles as held on the article date', () => {
    const text = 'Dutch Prime Minister Mark Root spoke in The Hague.';
    const names: [string, EntityType][] = [['Mark Root', 'person']];
    expect(link(text, '2019-05-01', names)[0]?.name).toBe('Mark Rutte');
    expect(link(text, '2025-05-01', names)[0]?.kbId).toBeNull();
  });

  it('joins a person introduced by description with a later name', () => {
    const text =
      "The head of the European Union's foreign policy arrived first. Later, Kaya Callas said the bloc would support Kyiv.";
    const entities = link(text, '2025-02-16', [
      ['European Union', 'organization'],
      ['Kaya Callas', 'person'],
    ]);
    const kallas = byName(entities, 'Kaja Kallas')!;
    expect(kallas.mentions[0]?.repaired).toBe(true);
    expect(kallas.evidence[0]?.detail).toMatch(
      /High Representative, European Union \(elsewhere in the article\)/,
    );
  });

  it('links exact names and aliases without calling them repairs', () => {
    const text = 'Mark Rütte and Mark Rutte are one man; the EU agreed.';
    const entities = link(text, '2025-02-14', [
      ['Mark Rütte', 'person'],
      ['Mark Rutte', 'person'],
      ['EU', 'organization'],
    ]);
    expect(entities.map((e) => [e.name, e.mentions.map((m) => m.repaired)])).toEqual([
      ['Mark Rutte', [false, false]],
      ['European Union', [false]],
    ]);
  });
});

describe('link stage', () => {
  it('runs in a pipeline with the knowledge base as a resource', async () => {
    const text = 'NATO chief Marc Rute said the alliance was united.';
    const doc = makeDoc(text, {
      meta: { published: '2025-06-24T10:00:00Z' },
      layers: { tokens: [], ...layers(text, [['Marc Rute', 'person']]) },
    });
    const pipeline = Pipeline.build([linkStage], {
      initialLayers: ['text', 'sentences', 'tokens', 'mentions'],
      resources: new Resources().provide(knowledgeBaseResource, kb),
    });
    await pipeline.run(doc);
    // (NATO before the title is a mention of its own: spans.ts bodyBeforeTitle.)
    expect(doc.get('entities').find((e) => e.type === 'person')).toMatchObject({
      name: 'Mark Rutte',
      kbId: 'Q57792',
      by: 'link',
    });
  });
});
