/**
 * The learned 顿号 scorer: a logistic regression over the seam features of enumerationFeatures.ts,
 * P(、 belongs here) = σ(Σ weights). The weights are data (server/src/data/enumeration-model.json),
 * written by `node scripts/train-enumeration.mjs` from the clean government reports with their
 * 顿号 deleted. Scoring is one map lookup per feature.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findUpward } from './findUpward';
import { extractSeams, hashName, itemKey, type Seam } from './enumerationFeatures';
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
 * Weights in an open-addressing table of typed arrays keyed by 32-bit name hashes: a lookup is a
 * few array reads (a Map keyed by numbers above 2^30 boxes them and was the rule's main cost).
 * Two names that share a hash (rare in 32 bits) add up.
 */
export class WeightTable {
  /** Slot i: key at 2i of `keys` (the hash, 0 meaning empty), weight at 2i + 1 of `values`. */
  private keys: Uint32Array;
  private values: Float32Array;
  private mask: number;
  constructor(weights: Record<string, number>, hashed?: { hashes: ArrayLike<number>; values: ArrayLike<number> }) {
    const names = hashed ? [] : Object.keys(weights);
    const count = hashed ? hashed.hashes.length : names.length;
    let size = 16;
    // at most two-thirds full: probes stay short and the table stays within the CPU caches
    while (size < count * 1.5) size *= 2;
    // one buffer, two views: a slot's key and weight share a cache line
    const buffer = new ArrayBuffer(8 * size);
    this.keys = new Uint32Array(buffer);
    this.values = new Float32Array(buffer);
    this.mask = size - 1;
    for (let k = 0; k < count; k++) {
      const h = (hashed ? hashed.hashes[k] : hashName(names[k])) || 1;
      let i = h & this.mask;
      while (this.keys[2 * i] !== 0 && this.keys[2 * i] !== h) i = (i + 1) & this.mask;
      this.keys[2 * i] = h;
      this.values[2 * i + 1] += hashed ? hashed.values[k] : weights[names[k]];
    }
  }
  /** A table from name hashes (hashName) and their weights, as a packed model stores them. */
  static fromHashes(hashes: ArrayLike<number>, values: ArrayLike<number>): WeightTable {
    return new WeightTable({}, { hashes, values });
  }
  get(hash: number): number {
    const h = hash || 1;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.keys[2 * i];
      if (k === h) return this.values[2 * i + 1];
      if (k === 0) return 0;
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
  for (const f of features) z += weights.get(f);
  return 1 / (1 + Math.exp(-z));
}

export interface ScoredSeam extends Seam {
  p: number;
}

/** Every seam of a paragraph with its probability of missing a 、 (`stripped`: the document lost all its marks but ，。, strippedDocument). */
export function scoreSeams(text: string, tokens: readonly Token[], evidence?: ReadonlyMap<number, string>, scorer = currentScorer(), stripped = false): ScoredSeam[] {
  const seams = extractSeams(text, tokens, scorer.words, evidence, scorer.items, false, stripped) as ScoredSeam[];
  for (const s of seams) s.p = probability(scorer.weights, s.features);
  return seams;
}
