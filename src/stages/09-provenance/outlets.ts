/**
 * Who publishes from where: news outlets and agencies by name and by the web and
 * image hosts they publish from. Provided by the knowledge base; the provenance stage
 * only needs these two look-ups.
 */
import { defineResource } from '../../core/resources.js';

export interface OutletDirectory {
  /** The outlet that serves pages or images from `host` (or a parent domain of it). */
  outletForHost(host: string): string | null;
  /** The canonical outlet name for a name or short form ("AP", "Reuters"). */
  outletForName(name: string): string | null;
}

/** Builds a directory from (host → outlet) and (name → outlet) entries. */
export function outletDirectory(
  hosts: Iterable<readonly [string, string]>,
  names: Iterable<readonly [string, string]>,
): OutletDirectory {
  const byHost = new Map<string, string>();
  for (const [host, outlet] of hosts) byHost.set(host.toLowerCase().replace(/^www\./, ''), outlet);
  const byName = new Map<string, string>();
  for (const [name, outlet] of names) byName.set(name.toLowerCase(), outlet);
  return {
    outletForHost(host) {
      // Walk up the domain: img.cdn.example.com, cdn.example.com, example.com.
      let h = host.toLowerCase().replace(/^www\./, '');
      while (h.includes('.')) {
        const outlet = byHost.get(h);
        if (outlet) return outlet;
        h = h.slice(h.indexOf('.') + 1);
      }
      return null;
    },
    outletForName(name) {
      return byName.get(name.trim().toLowerCase()) ?? null;
    },
  };
}

/**
 * The directory the provenance stage uses. Until it is provided from the knowledge
 * base (see src/presets), it knows no outlets, and provenance falls back to the
 * signals in the text alone.
 */
export const OUTLETS = defineResource<OutletDirectory>('provenance/outlets', () => outletDirectory([], []));
