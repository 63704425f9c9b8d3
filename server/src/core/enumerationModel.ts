/**
 * The learned 顿号 scorer: a logistic regression over the seam features of enumerationFeatures.ts,
 * P(、 belongs here) = σ(Σ weights). The weights are data (server/src/data/enumeration-model.json),
 * written by `node scripts/train-enumeration.mjs` from the clean government reports with their
 * 顿号 deleted. Scoring is one map lookup per feature.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findUpward } from './findUpward';
import { extractSeams, hashName, itemKey, logistic, type Seam } from './enumerationFeatures';
import type { Token } from './types';

export interface EnumerationModel {
  /** Function words kept as features of their own. */
  words: string[];
  /** Seam feature → weight; unknown features weigh nothing. The trainer's form (names). */
  weights?: Record<string, number>;
  /**
   * The shipped form (packModel): the names' hashes and their weights as base64 of little-endian
   * Uint32 and Float32 arrays, in the same order. Half the size of the names, and read without
   * parsing 90,000 keys or hashing them.
   */
  packed?: { hashes: string; weights: string };
  /** List items seen between two 、 in the training reports. */
  items?: string[];
}

/** A model ready to score: the word set and weights as lookups. */
export interface Scorer {
  words: ReadonlySet<string>;
  /** Weights by the hash of the feature's name (see hashName). */
  weights: WeightTable;
  /** Known list items by itemKey. */
  items?: ReadonlySet<number>;
}

export function toScorer(model: EnumerationModel): Scorer {
  return {
    words: new Set(model.words),
    weights: model.packed ? WeightTable.fromHashes(unpack(model.packed.hashes, Uint32Array), unpack(model.packed.weights, Float32Array)) : new WeightTable(model.weights ?? {}),
    ...(model.items ? { items: new Set(model.items.map(itemKey)) } : {}),
  };
}

/**
 * Weights in an open-addressing table of 32-bit slots keyed by the names' 32-bit hashes: a lookup
 * is one or a few reads of one Int32Array, and the table (4 bytes a slot, at most half full) stays
 * within the CPU caches, where the lookups' cache misses were the rule's main cost. A slot holds a
 * 16-bit fingerprint of the hash (never 0: 0 is an empty slot) and the weight in thousandths as a
 * signed 16-bit number (the trainer rounds weights to thousandths; they stay within ±32). The slot
 * is found by the hash's low bits, so a lookup of an unknown feature matches a stored one only when
 * it shares the slot chain and the fingerprint (about one lookup in 25,000); the fingerprints'
 * salt is chosen so that no two stored hashes share one in a chain. Two names that share a hash
 * (rare in 32 bits) add up.
 */
export class WeightTable {
  private slots: Int32Array;
  private mask: number;
  private salt = 0;
  constructor(weights: Record<string, number>, hashed?: { hashes: ArrayLike<number>; values: ArrayLike<number> }) {
    const names = hashed ? [] : Object.keys(weights);
    const count = hashed ? hashed.hashes.length : names.length;
    const hashes = new Uint32Array(count);
    const thousandths = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      hashes[k] = (hashed ? hashed.hashes[k] : hashName(names[k])) || 1;
      thousandths[k] = Math.round((hashed ? hashed.values[k] : weights[names[k]]) * 1000);
    }
    let size = 16;
    while (size < count * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    // the full hash held in each slot while building, to tell a repeated name from a fingerprint clash
    const full = new Uint32Array(size);
    for (let salt = 0; ; salt++) {
      this.salt = salt;
      if (this.fill(hashes, thousandths, full) || salt === 64) break;
    }
  }
  /** Fills the slots with the current salt; false when two hashes in one chain share a fingerprint. */
  private fill(hashes: Uint32Array, thousandths: Int32Array, full: Uint32Array): boolean {
    const sums = new Int32Array(this.slots.length);
    this.slots.fill(0);
    full.fill(0);
    for (let k = 0; k < hashes.length; k++) {
      const h = hashes[k];
      const fp = this.fingerprint(h);
      let i = h & this.mask;
      for (; this.slots[i] !== 0; i = (i + 1) & this.mask) {
        if (this.slots[i] >>> 16 !== fp) continue;
        if (full[i] !== h) return false;
        break;
      }
      const w = (sums[i] += thousandths[k]);
      full[i] = h;
      this.slots[i] = (fp << 16) | (Math.max(-32767, Math.min(32767, w)) & 0xffff);
    }
    return true;
  }
  private fingerprint(h: number): number {
    return Math.imul(h ^ this.salt, 0x9e3779b1) >>> 16 || 1;
  }
  /** A table from name hashes (hashName) and their weights, as a packed model stores them. */
  static fromHashes(hashes: ArrayLike<number>, values: ArrayLike<number>): WeightTable {
    return new WeightTable({}, { hashes, values });
  }
  get(hash: number): number {
    return this.thousandths(hash) / 1000;
  }
  /** First probes of sumOf, reused. */
  private probes = new Int32Array(64);
  /**
   * Σ of the weights of hashes[0, n) in thousandths: the same sum as `thousandths` of each, but the
   * first slot of every hash is read before any is tested. The reads do not depend on each other,
   * so the CPU overlaps their cache misses (the table is larger than the CPU's own caches) instead
   * of waiting for each in turn; a slot that holds another hash's weight sends the hash through
   * `thousandths` (rare).
   */
  sumOf(hashes: Uint32Array, n: number): number {
    if (this.probes.length < n) this.probes = new Int32Array(Math.max(n, 2 * this.probes.length));
    const probes = this.probes;
    const slots = this.slots;
    const mask = this.mask;
    for (let k = 0; k < n; k++) probes[k] = slots[(hashes[k] || 1) & mask];
    let z = 0;
    for (let k = 0; k < n; k++) {
      const v = probes[k];
      if (v === 0) continue;
      const h = hashes[k] || 1;
      z += v >>> 16 === this.fingerprint(h) ? (v << 16) >> 16 : this.thousandths(h);
    }
    return z;
  }
  /** The weight in thousandths (an integer). */
  thousandths(hash: number): number {
    const h = hash || 1;
    const fp = this.fingerprint(h);
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.slots[i];
      if (v === 0) return 0;
      if (v >>> 16 === fp) return (v << 16) >> 16;
    }
  }
}

/**
 * The shipped form of a trained model: weights by name hash in two base64 arrays (see
 * EnumerationModel.packed). Two names that share a hash add up, as in WeightTable.
 */
export function packModel(model: EnumerationModel): EnumerationModel {
  const byHash = new Map<number, number>();
  for (const [name, w] of Object.entries(model.weights ?? {})) {
    const h = hashName(name) || 1;
    byHash.set(h, (byHash.get(h) ?? 0) + w);
  }
  const keys = [...byHash.keys()].sort((a, b) => a - b);
  const hashes = Uint32Array.from(keys);
  const weights = Float32Array.from(keys, (h) => byHash.get(h)!);
  return { words: model.words, packed: { hashes: toBase64(hashes), weights: toBase64(weights) }, ...(model.items ? { items: model.items } : {}) };
}

function toBase64(a: Uint32Array | Float32Array): string {
  // typed arrays are little-endian on every platform Node runs on; the reader assumes the same
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function unpack<T extends Uint32Array | Float32Array>(base64: string, type: { new (buffer: ArrayBuffer): T }): T {
  const bytes = Buffer.from(base64, 'base64');
  // a copy into a fresh, aligned buffer (Buffer's pool offset need not be a multiple of 4)
  const buffer = new ArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  return new type(buffer);
}

let active: Scorer | undefined;
let generation = 0;

/** Changes whenever useEnumerationModel swaps the model: a key for results cached per model. */
export function modelGeneration(): number {
  return generation;
}

/** The scorer in use: the shipped model unless `useEnumerationModel` replaced it. */
export function currentScorer(): Scorer {
  return (active ??= toScorer(shippedModel()));
}

/**
 * The shipped model, read when first needed rather than bundled: as an object literal in the
 * server bundle its 0.8 MB were parsed and built at every start, before `initialize` could be
 * answered. esbuild.mjs copies it to dist/data/; sources and tests read server/src/data/.
 */
export function shippedModel(): EnumerationModel {
  const file = findUpward(__dirname, [join('data', MODEL_FILE), join('server', 'src', 'data', MODEL_FILE)]);
  if (!file) throw new Error(`${MODEL_FILE} not found in a data/ folder above ${__dirname}`);
  return JSON.parse(readFileSync(file, 'utf8')) as EnumerationModel;
}

const MODEL_FILE = 'enumeration-model.json';

/**
 * Replaces the model (undefined restores the shipped one). For the benchmark, which scores each
 * report with a model trained without it; results cached by a linter are not invalidated.
 */
export function useEnumerationModel(model: EnumerationModel | undefined): void {
  active = model ? toScorer(model) : undefined;
  generation++;
}

export function probability(weights: WeightTable, features: readonly number[]): number {
  let z = 0;
  for (const f of features) z += weights.thousandths(f);
  return logistic(z);
}

export interface ScoredSeam extends Seam {
  p: number;
}

/**
 * Every seam of a paragraph with its probability of missing a 、 (`stripped`: the document lost
 * all its marks but ，。, strippedDocument). With `keep`, only the seams it accepts (by probability
 * and offset) are returned: the others are scored without being made into objects, with the same
 * probabilities.
 */
export function scoreSeams(
  text: string,
  tokens: readonly Token[],
  evidence?: ReadonlyMap<number, string>,
  scorer = currentScorer(),
  stripped = false,
  keep?: (p: number, at: number) => boolean,
): ScoredSeam[] {
  return extractSeams(text, tokens, scorer.words, evidence, scorer.items, false, stripped, { weights: scorer.weights, keep }) as ScoredSeam[];
}
