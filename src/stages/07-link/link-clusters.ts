/**
 * The document's clusters: mentions that share one decision (same type and normalised
 * surface), how a mention joins one, and the entities they become in the output (with the
 * evidence of each repair). Separate because every pass records into clusters but none
 * decides how they are stored or written out.
 */
import type { Entity, EntityType, Evidence, Mention } from '../../core/annotations.js';
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { type Cluster, type Decision, LinkState } from './link-state.js';

/**
 * True when a surface differs materially from every name of the entity (not just in case or
 * accents, nor by the KB's qualifier in brackets or a leading "The": "New York" of "New York
 * (state)", "Atlantic" of "The Atlantic"; nor by a town's region after a comma).
 */
export function isRepair(surface: string, entity: KbEntity): boolean {
  const names = normalizedNamesOf(entity);
  if (names.has(normalizeName(surface))) return false;
  // "Orlando, Florida": a town's address, its name then its region's, repairs nothing.
  const comma = surface.indexOf(',');
  return !(entity.type === 'location' && comma > 0 && names.has(normalizeName(surface.slice(0, comma))));
}

/** A name's bare form: without a qualifier in brackets at its end or a leading "The". */
function bareName(name: string): string {
  return name.replace(/\s*\([^)]*\)$/u, '').replace(/^The\s+/u, '');
}

/** Every name of an entity, normalised (kept with the entity: linked entities recur across articles). */
const normalizedNames = new WeakMap<KbEntity, ReadonlySet<string>>();

function normalizedNamesOf(entity: KbEntity): ReadonlySet<string> {
  let names = normalizedNames.get(entity);
  if (!names) {
    const all = [entity.name, ...entity.names.map((n) => n.text)];
    names = new Set([...all, ...all.map(bareName)].map(normalizeName));
    normalizedNames.set(entity, names);
  }
  return names;
}

/** Whether `mentions` are sorted by start (what sorting them would leave them as). */
function inTextOrder(mentions: readonly { readonly start: number }[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.start) return false;
  return true;
}

/** Whether entities are sorted by the start of their first mention. */
function entitiesInTextOrder(entities: readonly Entity[]): boolean {
  for (let i = 1; i < entities.length; i++)
    if (entities[i]!.mentions[0]!.start < entities[i - 1]!.mentions[0]!.start) return false;
  return true;
}

export abstract class DocumentClusters extends LinkState {
  protected readonly clusters: Cluster[] = [];

  /** Clusters by mention type and normalised surface (two levels: no key string per lookup). */
  private readonly bySurface = new Map<EntityType, Map<string, Cluster>>();

  /** Mentions added to clusters so far (tells recoverMissed whether a word was taken). */
  protected mentionCount = 0;

  protected newCluster(surface: string, m: Mention, decision: Decision): void {
    const norm = normalizeName(surface);
    const cluster: Cluster = { surface, norm, type: decision.asType ?? m.type, decision, mentions: [] };
    this.clusters.push(cluster);
    this.addMention(cluster, m, surface);
    this.setClusterOf(m.type, norm, cluster);
  }

  /** The cluster of mentions of `type` with this normalised surface, if any. */
  protected clusterOf(type: EntityType, norm: string): Cluster | undefined {
    return this.bySurface.get(type)?.get(norm);
  }

  protected setClusterOf(type: EntityType, norm: string, cluster: Cluster): void {
    let byNorm = this.bySurface.get(type);
    if (!byNorm) {
      byNorm = new Map();
      this.bySurface.set(type, byNorm);
    }
    byNorm.set(norm, cluster);
  }

  protected addMention(cluster: Cluster, m: Mention, surface: string, extra?: Evidence): void {
    const e = cluster.decision.entity;
    let repaired = false;
    if (e !== null) {
      // Mentions of a cluster repeat a few surfaces: compare each with the entity's names once.
      cluster.repairs ??= new Map();
      repaired = cluster.repairs.get(surface) ?? isRepair(surface, e);
      cluster.repairs.set(surface, repaired);
    }
    cluster.mentions.push({ start: m.start, end: m.end, repaired });
    this.mentionCount++;
    if (
      extra &&
      e &&
      !cluster.decision.evidence.some((x) => x.kind === extra.kind && x.detail === extra.detail)
    ) {
      cluster.decision.evidence.push(extra);
    }
  }

  protected entities(): Entity[] {
    // Clusters linked to the same entity are one entity; unlinked ones of one type and name too.
    const merged = new Map<KbEntity | string, Cluster[]>();
    const order: (KbEntity | string)[] = [];
    for (const cl of this.clusters) {
      const key = cl.decision.entity ?? `${cl.type}|${cl.norm}`;
      if (!merged.has(key)) {
        merged.set(key, []);
        order.push(key);
      }
      merged.get(key)!.push(cl);
    }
    const out: Entity[] = [];
    for (const key of order) {
      const group = merged.get(key)!;
      const first = group[0]!;
      const e = first.decision.entity;
      let mentions = first.mentions;
      if (group.length > 1) {
        mentions = [];
        for (const g of group) for (const m of g.mentions) mentions.push(m);
      }
      // (Sorted already, as a cluster's mentions mostly are: a stable sort would change nothing.)
      if (!inTextOrder(mentions)) mentions.sort((a, b) => a.start - b.start);
      const ev: Evidence[] = [];
      for (const g of group) {
        for (const x of g.decision.evidence)
          if (!ev.some((y) => y.kind === x.kind && y.detail === x.detail)) ev.push(x);
      }
      let confidence = Number.NEGATIVE_INFINITY;
      for (const g of group) confidence = Math.max(confidence, g.decision.confidence);
      out.push({
        id: '',
        type: e ? e.type : first.type,
        name: e ? e.name : group.map((g) => g.surface).sort((a, b) => b.length - a.length)[0]!,
        kbId: e ? e.id : null,
        mentions,
        evidence: ev,
        by: 'link',
        confidence,
      });
    }
    // Ids in text order (set on the fresh records: no copy of each).
    if (!entitiesInTextOrder(out)) out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    out.forEach((x, i) => {
      (x as { id: string }).id = `e${i + 1}`;
    });
    return out;
  }
}
