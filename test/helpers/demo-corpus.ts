/**
 * A small corpus of hand-built analyses for the HTTP and browser tests: a wire story
 * and a scraped, machine-translated copy of it (mangled names, debris, a dropped
 * paragraph) clustered together, follow-ups in later months, and a hostile article whose
 * every field tries to inject HTML. Entities and quotes are placed by hand because the
 * NER, linking and quote stages are still being built.
 */
import type { AnalysisJson } from '../../src/core/analysis.js';
import { articleRecord } from '../../src/corpus/record.js';
import type { DocumentStore } from '../../src/ports/document-store.js';
import { rawOf, type StoryFixture, storyAnalysis } from './analysis-fixtures.js';

const RUTTE = { name: 'Mark Rutte', kbId: 'Q57792' };
const HEGSETH = { name: 'Pete Hegseth', kbId: 'cd:person/pete-hegseth' };
const KALLAS = { name: 'Kaja Kallas', kbId: 'cd:person/kaja-kallas' };
const NATO = { name: 'NATO', type: 'organization' as const, kbId: 'Q7184' };
const MUNICH = { name: 'Munich', type: 'location' as const, kbId: 'geonames:2867714' };
const MSC = {
  name: 'Munich Security Conference',
  type: 'event' as const,
  kbId: 'cd:org/munich-security-conference',
};

const ORIGINAL_TEXT = `NATO allies pledge to lift defence spending as Hegseth presses Europe

MUNICH, Feb 14 (Copydesk Wire) - European members of NATO promised on Friday to raise military spending faster, after U.S. Defense Secretary Pete Hegseth told allies that Washington would no longer be "the primary guarantor" of security on the continent.

Speaking at the Munich Security Conference, NATO Secretary-General Mark Rutte said 23 NATO members now met the alliance's target of spending 2% of economic output on defence.

"We will not reach 3% by wishing for it," Rutte told reporters. "Every capital has to find the money this year."

EU foreign policy chief Kaja Kallas said Europe was ready to carry more of the burden, but warned against deals made over the heads of Ukrainians.

The allies will meet again in June at a summit in The Hague, where leaders are expected to agree a new spending goal for the next decade.`;

const COPY_TEXT = `NATO allies promise to raise defense spending as Higseth presses Europe

European members of NATO promised on Friday to raise military spending faster, after US Defense Secretary Beit Higseth told allies that Washington would no longer be "the primary guarantor" of security on the continent.

Speaking at the Munich Safety Convention, NATO Secretary -General Mark Root said 23 NATO members now met the alliance's target of spending 2% of economic output on defense.

"We will not reach 3% by wishing for it," Root told journalists. "Every capital has to find the money this year."

EU foreign policy chief Kaja Class said Europe was ready to carry more of the burden, but warned against deals made over the heads of Ukrainians.`;

const evidence = (detail: string) => [
  { kind: 'role-context' as const, detail, score: 0.82 },
  { kind: 'sound-alike' as const, detail: 'sounds like the knowledge-base name', score: 0.74 },
];

function enrich(a: AnalysisJson, extra: Partial<AnalysisJson>): AnalysisJson {
  const entities = a.entities.map((e) =>
    e.mentions.some((m) => m.repaired)
      ? { ...e, evidence: evidence(`"${e.name}" holds the role the sentence names`) }
      : e,
  );
  // Paragraphs as the cleanup stage would give them: blank-line separated blocks.
  const paragraphs: { start: number; end: number; role: 'paragraph' | 'heading' }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(a.text); m; m = re.exec(a.text)) {
    paragraphs.push({
      start: m.index,
      end: m.index + m[0].length,
      role: paragraphs.length === 0 ? 'heading' : 'paragraph',
    });
  }
  return { ...a, entities, paragraphs, pending: [], ...extra };
}

export const DEMO_IDS = {
  original: 'demo-original',
  copy: 'demo-copy',
  followUp: 'demo-followup',
  kallas: 'demo-kallas',
  hostile: 'demo-hostile',
} as const;

export const HOSTILE_MARKER = 'copydeskXSS';

function stories(): { fixture: StoryFixture; extra: (a: AnalysisJson) => Partial<AnalysisJson> }[] {
  const hostile = `<img src=x onerror="window.${HOSTILE_MARKER}=1"> Breaking <script>window.${HOSTILE_MARKER}=2</script> news

Officials said <b onmouseover="window.${HOSTILE_MARKER}=3">nothing</b> happened in <iframe src="javascript:window.${HOSTILE_MARKER}=4">Tallinn</iframe> on Monday.`;
  return [
    {
      fixture: {
        id: DEMO_IDS.original,
        title: 'NATO allies pledge to lift defence spending as Hegseth presses Europe',
        published: '2025-02-14',
        publisher: 'Copydesk Wire',
        canonicalUrl: 'https://wire.example/world/nato-spending',
        text: ORIGINAL_TEXT,
        entities: [
          { ...NATO, surfaces: ['NATO'] },
          { ...HEGSETH, surfaces: ['Pete Hegseth'] },
          { ...MUNICH, surfaces: ['MUNICH'] },
          { ...MSC, surfaces: ['Munich Security Conference'] },
          { ...RUTTE, surfaces: ['Mark Rutte', 'Rutte'] },
          { ...KALLAS, surfaces: ['Kaja Kallas'] },
          { name: 'The Hague', type: 'location', kbId: 'geonames:2747373', surfaces: ['The Hague'] },
        ],
        quotes: [
          { text: '"We will not reach 3% by wishing for it,"', speaker: 'Mark Rutte' },
          { text: '"Every capital has to find the money this year."', speaker: 'Mark Rutte' },
        ],
        figures: [
          { text: '23 NATO members', value: 23, unit: 'count' },
          { text: '2%', value: 2, unit: 'percent' },
        ],
      },
      extra: () => ({
        provenance: {
          originalPublisher: 'Copydesk Wire',
          signals: [],
          scores: { scraped: 0.02, machineTranslated: 0.01 },
        },
      }),
    },
    {
      fixture: {
        id: DEMO_IDS.copy,
        title: 'NATO allies promise to raise defense spending as Higseth presses Europe',
        published: '2025-02-15',
        publisher: 'Daily Aggregator',
        text: COPY_TEXT,
        entities: [
          { ...NATO, surfaces: ['NATO'] },
          { ...HEGSETH, surfaces: ['!Beit Higseth'] },
          { ...MSC, surfaces: ['!Munich Safety Convention'] },
          { ...RUTTE, surfaces: ['!Mark Root', '!Root'] },
          { ...KALLAS, surfaces: ['!Kaja Class'] },
        ],
        quotes: [
          { text: '"We will not reach 3% by wishing for it,"', speaker: 'Mark Rutte' },
          { text: '"Every capital has to find the money this year."', speaker: 'Mark Rutte' },
        ],
        figures: [{ text: '2%', value: 2, unit: 'percent' }],
      },
      extra: () => ({
        removed: [
          {
            kind: 'caption',
            text: 'NATO Secretary -General Mark Root during a press conference in Brussels, Belgium, February 13, 2025.',
            confidence: 0.9,
          },
          { kind: 'credit', text: 'Hristo Rusev | Getty Images News | Getty Images', confidence: 0.95 },
          { kind: 'trailer', text: 'Source link', confidence: 0.99 },
        ] as AnalysisJson['removed'],
        provenance: {
          originalPublisher: 'Copydesk Wire',
          signals: [
            {
              kind: 'agency-credit',
              value: 'Getty Images',
              detail: 'photo credit in the body',
              confidence: 0.9,
            },
            { kind: 'source-link', value: 'Source link', detail: 'scraper trailer', confidence: 0.95 },
          ] as AnalysisJson['provenance']['signals'],
          scores: { scraped: 0.93, machineTranslated: 0.88 },
        },
      }),
    },
    {
      fixture: {
        id: DEMO_IDS.followUp,
        title: 'Rutte urges allies to agree new target before Hague summit',
        published: '2025-04-02',
        publisher: 'Copydesk Wire',
        text: 'Rutte urges allies to agree new target before Hague summit\n\nBRUSSELS, April 2 (Copydesk Wire) - NATO Secretary-General Mark Rutte on Wednesday urged allies to settle on a new defence spending target before leaders meet in The Hague. "The money has to follow the plans," Rutte said. Pete Hegseth is expected to attend.',
        entities: [
          { ...RUTTE, surfaces: ['Mark Rutte', 'Rutte'] },
          { ...NATO, surfaces: ['NATO'] },
          { ...HEGSETH, surfaces: ['Pete Hegseth'] },
          { name: 'The Hague', type: 'location', kbId: 'geonames:2747373', surfaces: ['The Hague'] },
        ],
        quotes: [{ text: '"The money has to follow the plans,"', speaker: 'Mark Rutte' }],
      },
      extra: () => ({}),
    },
    {
      fixture: {
        id: DEMO_IDS.kallas,
        title: 'Kallas says EU will not be sidelined in Ukraine talks',
        published: '2025-03-10',
        publisher: 'Copydesk Wire',
        text: 'Kallas says EU will not be sidelined in Ukraine talks\n\nBRUSSELS, March 10 (Copydesk Wire) - Kaja Kallas said on Monday the European Union would not accept a settlement negotiated without it. "Any deal behind our backs will not work," Kallas said, adding that Mark Rutte shared that view.',
        entities: [
          { ...KALLAS, surfaces: ['Kaja Kallas', 'Kallas'] },
          { ...RUTTE, surfaces: ['Mark Rutte'] },
        ],
        quotes: [{ text: '"Any deal behind our backs will not work,"', speaker: 'Kaja Kallas' }],
      },
      extra: () => ({}),
    },
    {
      fixture: {
        id: DEMO_IDS.hostile,
        title: `<img src=x onerror="window.${HOSTILE_MARKER}=5">Hostile headline`,
        published: '2025-03-11',
        publisher: `<script>window.${HOSTILE_MARKER}=6</script>Evil Press`,
        text: hostile,
        entities: [
          {
            name: `<b onclick="window.${HOSTILE_MARKER}=7">Tallinn</b>`,
            type: 'location',
            surfaces: ['Tallinn'],
          },
        ],
        quotes: [{ text: 'nothing', speaker: `<img src=x onerror="window.${HOSTILE_MARKER}=8">` }],
      },
      extra: () => ({
        meta: {
          title: `<img src=x onerror="window.${HOSTILE_MARKER}=5">Hostile headline`,
          authors: [`<svg onload="window.${HOSTILE_MARKER}=9">`],
          published: '2025-03-11',
          modified: null,
          publisher: `<script>window.${HOSTILE_MARKER}=6</script>Evil Press`,
          url: `javascript:window.${HOSTILE_MARKER}=10`,
          canonicalUrl: null,
          language: 'en',
          image: null,
        },
        removed: [
          { kind: 'caption', text: `<img src=x onerror="window.${HOSTILE_MARKER}=11">`, confidence: 0.5 },
        ] as AnalysisJson['removed'],
      }),
    },
  ];
}

/** Stores the demo articles and clusters the wire story with its scraped copy. */
export async function seedDemoCorpus(store: DocumentStore): Promise<void> {
  for (const { fixture, extra } of stories()) {
    const base = storyAnalysis(fixture);
    const analysis = enrich(base, extra(base));
    const saved = await store.saveArticle(articleRecord(analysis, rawOf(fixture.text), `demo:${fixture.id}`));
    if (saved.status !== 'inserted')
      throw new Error(`demo article ${fixture.id} not stored: ${saved.status}`);
  }
  await store.assignCluster({
    articleIds: [DEMO_IDS.copy, DEMO_IDS.original],
    originalId: DEMO_IDS.original,
    relations: new Map([
      [DEMO_IDS.original, { relation: 'original', similarity: 1 }],
      [DEMO_IDS.copy, { relation: 'machine-translated', similarity: 0.71 }],
    ]),
  });
}
