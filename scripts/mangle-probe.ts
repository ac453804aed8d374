/**
 * `npx tsx scripts/mangle-probe.ts [--people N] [--seed S] [--misses K] [--out FILE.jsonl]`:
 * a generalisation probe for name repair. The held-out linking sets are small and each is
 * tuned on once measured; this probe asks the same question of many more names. It takes N
 * (default 300) two-word names of KB people of prominence 3+ (from resources/kb/people/),
 * damages each the way copy damages names — one vowel changed, one consonant swapped for its
 * sound-alike (p/b, v/f, g/j, k/c …), a doubled letter dropped or added, both a vowel and a
 * consonant, the spelling a name gets on its way through Russian ("Dzhokovich",
 * "Ferstappen") — and puts each in two news sentences with no role words (the hard case:
 * only the spelling and the name's fame can speak) and, for the one-letter kinds, in a
 * sentence presenting a private person (a trap: must stay unlinked); and the surname under
 * another common given name (a namesake, also a trap). It runs the full
 * pipeline on each and prints the repair rate per kind of damage and sentence, and the
 * false-repair rate on the traps. `--out` keeps the cases in `eval linking` format.
 * Deterministic for a seed. Synthetic damage is no substitute for held-out copy: it shows
 * which kinds of damage the linker does not survive, not how often copy does them.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type LinkingCase,
  linkingAnalyzer,
  namesEntityIn,
  scoreCase,
} from '../src/apps/cli/commands/eval/linking.js';
import { seededRandom } from '../src/core/random.js';
import { readResourceFiles } from '../src/kb/build.js';
import { activeKbPath, loadKnowledgeBase } from '../src/kb/store.js';
import { option, wholeNumber } from './script-options.js';

// A reader that stops early (`… | head`) ends the probe quietly, as the CLI does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const peopleCount = wholeNumber('--people', '300', 1);
const seed = wholeNumber('--seed', '7', 0);
const misses = wholeNumber('--misses', '0', 0);
const out = option('--out', '');

const random = seededRandom(seed);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const plain = (s: string) => s.normalize('NFD').replace(/\p{Mn}/gu, '');

const VOWELS = 'aeiou';
function vowel(name: string): string | null {
  const at = [...name].flatMap((c, i) => (i > 0 && VOWELS.includes(c) ? [i] : []));
  if (at.length === 0) return null;
  const i = pick(at);
  return name.slice(0, i) + pick([...VOWELS].filter((v) => v !== name[i])) + name.slice(i + 1);
}
const SOUND_ALIKES: readonly [string, string][] = [
  ['p', 'b'],
  ['b', 'p'],
  ['v', 'f'],
  ['f', 'v'],
  ['g', 'j'],
  ['j', 'g'],
  ['k', 'c'],
  ['c', 'k'],
  ['q', 'k'],
  ['z', 's'],
  ['s', 'z'],
  ['w', 'v'],
];
function consonant(name: string): string | null {
  const options = SOUND_ALIKES.filter(([a]) => name.indexOf(a, 1) > 0);
  if (options.length === 0) return null;
  const [a, b] = pick(options);
  const i = name.indexOf(a, 1);
  return name.slice(0, i) + b + name.slice(i + 1);
}
function doubled(name: string): string | null {
  const twice = /([a-z])\1/.exec(name);
  if (twice) return name.slice(0, twice.index) + name.slice(twice.index + 1);
  const at = [...name].flatMap((c, i) => (i > 0 && 'lnrstm'.includes(c) ? [i] : []));
  if (at.length === 0) return null;
  const i = pick(at);
  return name.slice(0, i) + name[i] + name.slice(i);
}
function vowelAndConsonant(name: string): string | null {
  const once = vowel(name);
  return once ? consonant(once) : null;
}
/** English spelling read into Cyrillic and back out by another romanisation. */
const RUSSIAN_ROUTE: readonly [string, string][] = [
  ['sch', 'sh'],
  ['sh', 'sh'],
  ['kh', 'kh'],
  ['zh', 'zh'],
  ['dj', 'dzh'],
  ['ic ', 'ich '],
  ['ch', 'ch'],
  ['x', 'ks'],
  ['j', 'dzh'],
  ['w', 'v'],
  ['th', 't'],
  ['ph', 'f'],
  ['ee', 'i'],
  ['oo', 'u'],
  ['ou', 'u'],
  ['ck', 'k'],
  ['ce', 'se'],
  ['ci', 'si'],
  ['c', 'k'],
  ['z', 'ts'],
  ['h', 'kh'],
  ['y', 'i'],
];
const RUSSIAN_PATTERN = new RegExp(RUSSIAN_ROUTE.map(([a]) => a).join('|'), 'g');
const RUSSIAN_SPELLING = new Map(RUSSIAN_ROUTE);
function russianRoute(name: string): string | null {
  const source = plain(name);
  // An h or y survives about half the time ("Hassan", "Yulia").
  const moved = `${source.toLowerCase()} `
    .replace(RUSSIAN_PATTERN, (a) =>
      (a === 'h' || a === 'y') && random() < 0.5 ? a : RUSSIAN_SPELLING.get(a)!,
    )
    .trimEnd();
  // Capitals where the name had them: after spaces, and after hyphens when it had ("Amir-Abdollahian").
  const starts = /-\p{Lu}/u.test(source) ? /(^|[ -])(\p{L})/gu : /(^| )(\p{L})/gu;
  const spelled = moved.replace(starts, (_, gap: string, first: string) => gap + first.toUpperCase());
  return spelled === source ? null : spelled;
}

/** Common given names, to make a namesake: the same surname under another given name is somebody else. */
const GIVEN_NAMES = {
  male: ['Peter', 'Thomas', 'Daniel', 'Michael', 'Robert', 'Ahmed', 'Luis', 'Ivan', 'Kenji', 'Samuel'],
  female: ['Anna', 'Maria', 'Sarah', 'Fatima', 'Elena', 'Laura', 'Yuki', 'Grace', 'Julia', 'Nadia'],
};
const DAMAGE: Record<string, (name: string) => string | null> = {
  vowel,
  consonant,
  doubled,
  'vowel+consonant': vowelAndConsonant,
  'russian-route': russianRoute,
};
/** The one-letter kinds also get a trap sentence: a private person with that spelling. */
const TRAPPED = new Set(['vowel', 'consonant']);
const SENTENCES: Record<string, string> = {
  arrival: '{name} arrived in the capital on Tuesday for two days of talks, officials said.',
  remarks: '{name} told reporters on Tuesday that the government would not change course on the budget.',
};
const TRAP =
  '{name}, a 54-year-old dairy farmer from a village near the border, said the harvest had been poor this year.';

const files = readResourceFiles(fileURLToPath(new URL('../resources/kb/', import.meta.url)));
const candidates = files.people
  .map((l) => l.value)
  .filter((p) => (p.prominence ?? 1) >= 3 && /^[\p{L}'-]+ [\p{L}'-]+$/u.test(p.name));
for (let i = candidates.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
}

const cases: { kind: string; c: LinkingCase }[] = [];
for (const person of candidates.slice(0, peopleCount)) {
  for (const [damage, damageOf] of Object.entries(DAMAGE)) {
    const surface = damageOf(person.name);
    if (!surface || plain(surface).toLowerCase() === plain(person.name).toLowerCase()) continue;
    const add = (kind: string, text: string, trap: boolean) =>
      cases.push({
        kind,
        c: {
          id: `${kind}-${cases.length + 1}`,
          date: '2025-06-10',
          text: text.replace('{name}', surface),
          mentions: [
            trap ? { surface, canonical: null, trap: person.name } : { surface, canonical: [person.name] },
          ],
        },
      });
    for (const [sentence, text] of Object.entries(SENTENCES)) add(`${damage} / ${sentence}`, text, false);
    if (TRAPPED.has(damage)) add(`${damage} / private-person trap`, TRAP, true);
  }
  // A namesake: the person's surname under another given name, in the sentence with no role words.
  const [given, surname] = person.name.split(' ') as [string, string];
  const others = GIVEN_NAMES[person.gender === 'female' ? 'female' : 'male'].filter(
    (g) => g[0] !== given[0] && !person.name.includes(g),
  );
  const namesake = `${pick(others)} ${surname}`;
  cases.push({
    kind: 'namesake (another given name) / arrival trap',
    c: {
      id: `namesake-${cases.length + 1}`,
      date: '2025-06-10',
      text: SENTENCES.arrival!.replace('{name}', namesake),
      mentions: [{ surface: namesake, canonical: null, trap: person.name }],
    },
  });
}
if (out) {
  try {
    writeFileSync(out, cases.map((x) => JSON.stringify(x.c)).join('\n') + '\n');
  } catch (error) {
    process.stderr.write(
      `mangle-probe: cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`,
    );
    process.exit(2);
  }
}

const kb = loadKnowledgeBase(activeKbPath());
const analyzer = linkingAnalyzer(kb, 'pipeline');
const namesEntity = namesEntityIn(kb);
const tally = new Map<string, { n: number; ok: number; trap: boolean; wrong: string[] }>();
for (const { kind, c } of cases) {
  const [result] = scoreCase(c, await analyzer(c.text, c.date), namesEntity);
  const row = tally.get(kind) ?? { n: 0, ok: 0, trap: result!.trap, wrong: [] };
  row.n++;
  if (result!.ok) row.ok++;
  else row.wrong.push(`${result!.surface} → ${result!.got} (${result!.expected})`);
  tally.set(kind, row);
}
console.log(
  `mangle probe: ${Math.min(peopleCount, candidates.length)} people, ${cases.length} cases, seed ${seed}`,
);
for (const [kind, row] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
  const figure = row.trap
    ? `false repairs ${((row.n - row.ok) / row.n).toFixed(3)}`
    : `repaired ${(row.ok / row.n).toFixed(3)}`;
  console.log(`  ${kind.padEnd(40)} ${String(row.n).padStart(5)}  ${figure}`);
  for (const w of row.wrong.slice(0, misses)) console.log(`      ${w}`);
}
