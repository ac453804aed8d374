import { defaultKbPath, loadKnowledgeBase } from '../src/kb/store.js';

const kb = loadKnowledgeBase(defaultKbPath());
for (const s of process.argv.slice(2))
  console.log(
    s,
    '=>',
    kb
      .lookup(s)
      .map(
        (h) =>
          `${h.entity.name} [${h.entity.type}/${h.entity.kind}/${h.entity.country}/${h.kind}/p${h.entity.prominence}]`,
      )
      .join('; '),
  );
let n = 0;
for (const e of kb.entities())
  if (
    e.type === 'organization' &&
    /senate|house of representatives|constitutional court|national assembly|communist party|labou?r party|social democrat/i.test(
      e.name,
    )
  ) {
    n++;
    if (n < 60)
      console.log('  ', e.name, e.country, e.kind, e.names.map((x) => x.kind + ':' + x.text).join(','));
  }
console.log(n);
