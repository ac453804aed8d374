/**
 * The shipped model file: one binary blob holding the lexicon (word clusters and
 * gazetteer phrase table) and the two linear models (first pass, and second pass with
 * document-level features). Layout: 8-byte magic, a little-endian u32 header length,
 * a JSON header listing the sections, then each section's bytes, 8-byte aligned.
 * Weights are int16 with one scale per model (see model.ts), stored as held in memory.
 */
import { CopydeskError } from '../../core/errors.js';
import { HashTable } from './hash-table.js';
import { Gazetteer, type Lexicon } from './lexicon.js';
import { LinearModel } from './model.js';

const MAGIC = 'CDNER001';

export interface NerModelBundle {
  readonly lexicon: Lexicon;
  readonly first: LinearModel;
  readonly second: LinearModel | null;
  /** Free-form facts about training (data, epochs, dev F1), kept in the header. */
  readonly info: Readonly<Record<string, unknown>>;
}

type ArrayKind = 'u32' | 'i32' | 'i16' | 'f32';
interface SectionHeader {
  readonly name: string;
  readonly kind: ArrayKind;
  readonly length: number;
  readonly offset: number;
  readonly scale?: number;
}
interface FileHeader {
  readonly info: Readonly<Record<string, unknown>>;
  readonly gazetteerLists: readonly string[];
  readonly gazetteerMaxTokens: number;
  readonly sections: readonly SectionHeader[];
}

type Typed = Uint32Array | Int32Array | Int16Array | Float32Array;

/** Serialises a bundle to bytes. */
export function writeModelFile(bundle: NerModelBundle): Buffer {
  const arrays: { name: string; kind: ArrayKind; data: Typed; scale?: number }[] = [];
  const clusters = bundle.lexicon.clusters.entries();
  const clustersLower = bundle.lexicon.clustersLower.entries();
  const phrases = bundle.lexicon.gazetteer.table.entries();
  arrays.push({ name: 'clusters.keys', kind: 'u32', data: clusters.keys });
  arrays.push({ name: 'clusters.values', kind: 'i32', data: clusters.values });
  arrays.push({ name: 'clustersLower.keys', kind: 'u32', data: clustersLower.keys });
  arrays.push({ name: 'clustersLower.values', kind: 'i32', data: clustersLower.values });
  arrays.push({ name: 'gazetteer.keys', kind: 'u32', data: phrases.keys });
  arrays.push({ name: 'gazetteer.values', kind: 'i32', data: phrases.values });
  const models: [string, LinearModel][] = [['first', bundle.first]];
  if (bundle.second) models.push(['second', bundle.second]);
  for (const [name, m] of models) {
    arrays.push({ name: `${name}.keys`, kind: 'u32', data: m.keys });
    arrays.push({ name: `${name}.weights`, kind: 'i16', data: m.weights, scale: m.scale });
    arrays.push({ name: `${name}.transitions`, kind: 'f32', data: m.transitions });
  }
  const sections: SectionHeader[] = [];
  let offset = 0;
  for (const a of arrays) {
    sections.push({
      name: a.name,
      kind: a.kind,
      length: a.data.length,
      offset,
      ...(a.scale ? { scale: a.scale } : {}),
    });
    offset += Math.ceil(a.data.byteLength / 8) * 8;
  }
  const header: FileHeader = {
    info: bundle.info,
    gazetteerLists: bundle.lexicon.gazetteer.listNames,
    gazetteerMaxTokens: bundle.lexicon.gazetteer.maxTokens,
    sections,
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (8 - ((12 + json.length) % 8)) % 8;
  json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const out = Buffer.alloc(12 + json.length + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 8);
  json.copy(out, 12);
  const base = 12 + json.length;
  arrays.forEach((a, i) => {
    Buffer.from(a.data.buffer, a.data.byteOffset, a.data.byteLength).copy(out, base + sections[i]!.offset);
  });
  return out;
}

/** Parses model bytes; throws DATA_INVALID on anything that is not a model file. */
export function readModelFile(bytes: Buffer, label = 'model'): NerModelBundle {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== MAGIC) {
    throw new CopydeskError('DATA_INVALID', `${label} is not a copydesk NER model (bad magic)`);
  }
  const headerLength = bytes.readUInt32LE(8);
  let header: FileHeader;
  try {
    header = JSON.parse(bytes.toString('utf8', 12, 12 + headerLength)) as FileHeader;
  } catch {
    throw new CopydeskError('DATA_INVALID', `${label} has a corrupt header`);
  }
  const base = 12 + headerLength;
  // Copy into one aligned buffer so typed-array views are legal.
  const body = new ArrayBuffer(bytes.length - base);
  new Uint8Array(body).set(bytes.subarray(base));
  const sections = new Map(header.sections.map((s) => [s.name, s]));
  const view = (name: string): Typed => {
    const s = sections.get(name);
    if (!s) throw new CopydeskError('DATA_INVALID', `${label} lacks section ${name}`);
    const ctor = { u32: Uint32Array, i32: Int32Array, i16: Int16Array, f32: Float32Array }[s.kind];
    if (s.offset + s.length * ctor.BYTES_PER_ELEMENT > body.byteLength) {
      throw new CopydeskError('DATA_INVALID', `${label} is truncated (section ${name})`);
    }
    return new ctor(body, s.offset, s.length);
  };
  const model = (name: string): LinearModel | null => {
    if (!sections.has(`${name}.keys`)) return null;
    return new LinearModel(
      view(`${name}.keys`) as Uint32Array,
      view(`${name}.weights`) as Int16Array,
      sections.get(`${name}.weights`)!.scale ?? 1,
      view(`${name}.transitions`) as Float32Array,
    );
  };
  const lexicon: Lexicon = {
    clusters: HashTable.from(view('clusters.keys') as Uint32Array, view('clusters.values') as Int32Array),
    clustersLower: HashTable.from(
      view('clustersLower.keys') as Uint32Array,
      view('clustersLower.values') as Int32Array,
    ),
    gazetteer: new Gazetteer(
      header.gazetteerLists,
      HashTable.from(view('gazetteer.keys') as Uint32Array, view('gazetteer.values') as Int32Array),
      header.gazetteerMaxTokens,
    ),
  };
  const first = model('first');
  if (!first) throw new CopydeskError('DATA_INVALID', `${label} has no first-pass model`);
  return { lexicon, first, second: model('second'), info: header.info };
}
