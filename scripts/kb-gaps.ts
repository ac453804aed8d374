/**
 * `npx tsx scripts/kb-gaps.ts [DATE…]`: lists gaps in the hand-written people files —
 * countries without a head of state or government on a date, G20/NATO/EU members without
 * a foreign, defence, finance or interior minister, major economies without a central
 * bank governor. A review aid for whoever extends resources/kb/people/; prints only.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { readResourceFiles } from '../src/kb/build.js';
import { roleActiveOn } from '../src/kb/model.js';
import type { CountryRecord } from '../src/kb/sources/convert.js';

const require = createRequire(import.meta.url);
const countries = (require('world-countries') as (CountryRecord & { unMember?: boolean })[]).filter(
  (c) => c.unMember || ['VA', 'PS', 'TW', 'XK'].includes(c.cca2),
);
const files = readResourceFiles(fileURLToPath(new URL('../resources/kb/', import.meta.url)));
const people = files.people.map((l) => l.value);
/** Names and aliases of the listed central banks (kind `central-bank`). */
const centralBanks = new Set(
  files.organizations
    .map((l) => l.value)
    .filter((o) => o.kind === 'central-bank')
    .flatMap((o) => [o.name, ...(o.aliases ?? []), ...(o.short ?? [])]),
);
const dates = process.argv.slice(2).length ? process.argv.slice(2) : ['2025-06-01', '2026-06-01'];

const HEAD =
  /^(President|Prime Minister|Chancellor|Monarch|Head of State|Supreme Leader|King|Emir|Sultan|Premier|Chief Executive|Chairman of the Presidential Council|Taoiseach|Captain Regent|Co-Prince|Pope|Chair of the Transitional|Head of Government|Chairman of the Sovereignty Council)/;

function holders(cc: string, role: RegExp, date: string): string[] {
  return people
    .filter((p) =>
      (p.roles ?? []).some(
        (r) =>
          r.org === cc && role.test(r.role) && roleActiveOn({ from: r.from ?? null, to: r.to ?? null }, date),
      ),
    )
    .map((p) => p.name);
}

const G20 = 'AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US'.split(' ');
const NATO =
  'AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US'.split(
    ' ',
  );
const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const core = [
  ...new Set([
    ...G20,
    ...NATO,
    ...EU,
    'UA',
    'IL',
    'CH',
    'NO',
    'NZ',
    'SG',
    'EG',
    'NG',
    'PK',
    'IR',
    'AE',
    'QA',
    'TH',
    'VN',
    'PH',
    'MY',
    'TW',
    'RS',
    'GE',
    'MD',
    'BY',
    'KZ',
    'AZ',
    'AM',
    'CL',
    'CO',
    'PE',
    'VE',
    'ET',
    'KE',
    'BD',
  ]),
].sort();
const MIN: Record<string, RegExp> = {
  foreign: /^(Minister of Foreign Affairs|Secretary of State|Foreign Secretary)$/,
  defence: /^(Minister of Defence|Secretary of Defense|Defence Secretary)$/,
  finance: /^(Minister of Finance|Secretary of the Treasury|Chancellor of the Exchequer)$/,
  interior: /^(Minister of the Interior|Secretary of Homeland Security|Home Secretary)$/,
};

for (const date of dates) {
  const noHead = countries
    .filter((c) => holders(c.cca2, HEAD, date).length === 0)
    .map((c) => `${c.cca2} ${c.name.common}`);
  console.log(
    `\n== ${date}: ${noHead.length} countries without a head of state/government:\n${noHead.join('; ')}`,
  );
  for (const [what, re] of Object.entries(MIN)) {
    const miss = core.filter((cc) => holders(cc, re, date).length === 0);
    console.log(`== ${date}: no ${what} minister: ${miss.join(' ')}`);
  }
  const cb = core.filter(
    (cc) =>
      !people.some((p) =>
        (p.roles ?? []).some(
          (r) =>
            /Central Bank Governor|Governor$|^Chair$|^President$|Managing Director/.test(r.role) &&
            centralBanks.has(r.org) &&
            p.country === cc &&
            roleActiveOn({ from: r.from ?? null, to: r.to ?? null }, date),
        ),
      ),
  );
  console.log(`== ${date}: no central bank governor (by nationality): ${cb.join(' ')}`);
}
