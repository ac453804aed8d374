/** Loads data for a page, with loading and error states, cancelling stale requests. */
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure } from './api.js';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; error: ApiFailure }
  | { state: 'ready'; data: T };

export function useData<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [value, setValue] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setValue({ state: 'loading' });
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setValue({ state: 'ready', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure =
          error instanceof ApiFailure
            ? error
            : new ApiFailure(0, 'CLIENT', (error as Error).message ?? 'failed');
        setValue({ state: 'error', error: failure });
      },
    );
    return () => controller.abort();
  }, deps);
  return value;
}
