/**
 * Shared, lazily loaded resources (models, the knowledge base, lexicons). A stage
 * declares a key with its loader next to its own code; the registry loads it once per
 * process on first use. Tests `provide` small stand-ins instead.
 */
export interface ResourceKey<T> {
  readonly id: string;
  load(): T;
}

export function defineResource<T>(id: string, load: () => T): ResourceKey<T> {
  return { id, load };
}

export class Resources {
  private readonly loaded = new Map<string, unknown>();

  use<T>(key: ResourceKey<T>): T {
    if (!this.loaded.has(key.id)) this.loaded.set(key.id, key.load());
    return this.loaded.get(key.id) as T;
  }

  provide<T>(key: ResourceKey<T>, value: T): this {
    this.loaded.set(key.id, value);
    return this;
  }

  isLoaded(key: ResourceKey<unknown>): boolean {
    return this.loaded.has(key.id);
  }
}
