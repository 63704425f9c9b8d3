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
  /** First stage: seam feature → weight; unknown features weigh nothing. */
  weights: Record<string, number>;
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
    weights: new WeightTable(model.weights),
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
  constructor(weights: Record<string, number>) {
    const names = Object.keys(weights);
    let size = 16;
    // at most two-thirds full: probes stay short and the table stays within the CPU caches
    while (size < names.length * 1.5) size *= 2;
    // one buffer, two views: a slot's key and weight share a cache line
    const buffer = new ArrayBuffer(8 * size);
    this.keys = new Uint32Array(buffer);
    this.values = new Float32Array(buffer);
    this.mask = size - 1;
    for (const name of names) {
      const h = hashName(name) || 1;
      let i = h & this.mask;
      while (this.keys[2 * i] !== 0 && this.keys[2 * i] !== h) i = (i + 1) & this.mask;
      this.keys[2 * i] = h;
      this.values[2 * i + 1] += weights[name];
    }
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

/** Every seam of a paragraph with its probability of missing a 、. */
export function scoreSeams(text: string, tokens: readonly Token[], evidence?: ReadonlyMap<number, string>, scorer = currentScorer()): ScoredSeam[] {
  const seams = extractSeams(text, tokens, scorer.words, evidence, scorer.items) as ScoredSeam[];
  for (const s of seams) s.p = probability(scorer.weights, s.features);
  return seams;
}
