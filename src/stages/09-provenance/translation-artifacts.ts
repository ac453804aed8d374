/**
 * Traces that machine translation (or a translate-and-back round trip) leaves in a
 * text, found in the source text *before* cleanup repairs them. Each pattern is
 * counted; the scorer weighs them by how rarely edited copy shows them.
 */
export interface ArtifactPattern {
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
    id: 'glued-sentence',
    description: 'no space after a full stop ("defense.He")',
    pattern: /(?<![./@:\w][\w-]*\.)\b\p{Ll}{3,}[.!?]["”’]?\p{Lu}\p{Ll}+/gu,
    weight: 0.3,
  },
  {
    id: 'glued-words',
    description: 'two words run together across a sentence ("talksAnd")',
    pattern: /\b\p{Ll}{3,}(?:And|But|The|He|She|It|In|On|We|They|This)\b/gu,
    weight: 0.3,
  },
  {
    id: 'space-before-punctuation',
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

export function findTranslationArtifacts(source: string): ArtifactCount[] {
  const found: ArtifactCount[] = [];
  for (const artifact of ARTIFACT_PATTERNS) {
    const matches = source.match(artifact.pattern);
    if (!matches || matches.length === 0) continue;
    found.push({
      id: artifact.id,
      description: artifact.description,
      count: matches.length,
      example: matches[0]!,
      weight: artifact.weight,
    });
  }
  return found;
}
