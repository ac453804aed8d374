/**
 * Traces that machine translation (or a translate-and-back round trip) leaves in a
 * text, found in the source text *before* cleanup repairs them. Each pattern is
 * counted; the scorer weighs them by how rarely edited copy shows them.
 */
export interface ArtifactPattern {
  /** The artifact's name; cleanup reports the repairs it makes under the same names. */
  readonly id: string;
  readonly description: string;
  readonly pattern: RegExp;
  /** How much one occurrence says, in 0..1 (noisy-OR weight). */
  readonly weight: number;
}

export const ARTIFACT_PATTERNS: readonly ArtifactPattern[] = [
  {
    id: 'spaced-hyphen',
    description: 'a space before the hyphen of a compound ("Secretary -General")',
    pattern: /\p{L} -\p{L}{2}/gu,
    weight: 0.35,
  },
  {
    id: 'run-on',
    description: 'no space after a full stop ("defense.He")',
    pattern: /(?<![./@:\w][\w-]*\.)\b\p{Ll}{3,}[.!?]["”’]?\p{Lu}\p{Ll}+/gu,
    weight: 0.3,
  },
  {
    id: 'run-on',
    description: 'two words run together across a sentence ("talksAnd")',
    pattern: /\b\p{Ll}{3,}(?:And|But|The|He|She|It|In|On|We|They|This)\b/gu,
    weight: 0.3,
  },
  {
    id: 'spaced-punctuation',
    description: 'a space before a comma or full stop ("said ,")',
    pattern: /\p{L} [,;](?= )/gu,
    weight: 0.2,
  },
  {
    id: 'spaced-percent',
    description: 'a space between a number and % ("2 %"), the French/German convention',
    pattern: /\d %/g,
    weight: 0.15,
  },
];

export interface ArtifactCount {
  readonly id: string;
  readonly description: string;
  readonly count: number;
  readonly example: string;
  readonly weight: number;
}

/** Artifacts found in `source`, one entry per id (patterns sharing an id add up). */
export function findTranslationArtifacts(source: string): ArtifactCount[] {
  const found = new Map<string, ArtifactCount>();
  for (const artifact of ARTIFACT_PATTERNS) {
    const matches = source.match(artifact.pattern);
    if (!matches || matches.length === 0) continue;
    const earlier = found.get(artifact.id);
    found.set(artifact.id, {
      id: artifact.id,
      description: earlier?.description ?? artifact.description,
      count: (earlier?.count ?? 0) + matches.length,
      example: earlier?.example ?? matches[0]!,
      weight: Math.max(earlier?.weight ?? 0, artifact.weight),
    });
  }
  return [...found.values()];
}
