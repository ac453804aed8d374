import { describe, expect, it } from 'vitest';
import { isNameOrAlias, type KbNameKind } from './model.js';

describe('isNameOrAlias', () => {
  it('holds for the names that name an entity in full, and for no other kind', () => {
    const kinds: KbNameKind[] = ['name', 'alias', 'short', 'surname', 'demonym'];
    const full = kinds.filter((kind) => isNameOrAlias({ kind }));
    expect(full).toEqual(['name', 'alias']);
  });
});
