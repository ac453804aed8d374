/**
 * The names monarchs and popes reign under, as other languages write them: "Leon the
 * Fourteenth" (Spanish, French copy translated) is Leo XIV, "Benedetto XVI" Benedict XVI,
 * "Carlos III" Charles III. A regnal name is one name in every language; copy translated
 * from another keeps that language's form, so the KB's exact name is not found. The forms
 * below are those of the reigning names of the popes and the European monarchies, keyed by
 * their lower-case spelling.
 */

/** Forms of one regnal name, one class a line, the English form first. */
const REGNAL_NAMES: readonly string[] = [
  'leo leon léon león leone',
  'francis francisco francesco françois franziskus franciszek',
  'benedict benedetto benedikt benoît benedicto benedykt',
  'pius pio pie',
  'gregory gregorio grégoire gregor',
  'charles carlos carlo karl karol',
  'philip felipe philippe filippo',
  'frederick frederik friedrich federico',
  'william willem guillaume wilhelm guillermo',
  'henry henri enrique enrico heinrich',
  'louis luis luigi ludwig',
  'george georges jorge giorgio georg',
  'edward eduardo édouard edouard',
];

/** A lower-case form → its class. */
const CLASS_OF: ReadonlyMap<string, readonly string[]> = new Map(
  REGNAL_NAMES.flatMap((line) => {
    const forms = line.split(' ');
    return forms.map((f) => [f, forms] as const);
  }),
);

/** A name ending in a regnal number ("Leon XIV", "Carlos III"): the given word and the rest. */
const REGNAL_NAME = /^(\p{L}+)( (?:[IVX]+))$/u;

/**
 * The name and its other forms under the same number ("Leon XIV" → ["Leon XIV", "Leo XIV",
 * "Léon XIV", …]): the name itself first; only the name when it has no regnal number or its
 * given word is no regnal name of the table.
 */
export function regnalNameForms(name: string): readonly string[] {
  const m = REGNAL_NAME.exec(name);
  const forms = m ? CLASS_OF.get(m[1]!.toLowerCase()) : undefined;
  if (!m || !forms) return [name];
  const own = m[1]!.toLowerCase();
  const others = forms
    .filter((f) => f !== own)
    .map((f) => `${f.charAt(0).toUpperCase()}${f.slice(1)}${m[2]}`);
  return [name, ...others];
}
