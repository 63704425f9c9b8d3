/**
 * The learned 顿号 scorer: a logistic regression over the seam features of enumerationFeatures.ts,
 * P(、 belongs here) = σ(Σ weights). The weights are data (server/src/data/enumeration-model.json),
 * written by `node scripts/train-enumeration.mjs` from the clean government reports with their
 * 顿号 deleted. Scoring is one map lookup per feature.
 */
import shipped from '../data/enumeration-model.json';
import { extractSeams, type Seam } from './enumerationFeatures';
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
  weights: ReadonlyMap<string, number>;
  items?: ReadonlySet<string>;
}

export function toScorer(model: EnumerationModel): Scorer {
  return {
    words: new Set(model.words),
    weights: new Map(Object.entries(model.weights)),
    ...(model.items ? { items: new Set(model.items) } : {}),
  };
}

let active: Scorer | undefined;

/** The scorer in use: the shipped model unless `useEnumerationModel` replaced it. */
export function currentScorer(): Scorer {
  return (active ??= toScorer(shipped as EnumerationModel));
}

/**
 * Replaces the model (undefined restores the shipped one). For the benchmark, which scores each
 * report with a model trained without it; results cached by a linter are not invalidated.
 */
export function useEnumerationModel(model: EnumerationModel | undefined): void {
  active = model ? toScorer(model) : undefined;
}

export function probability(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export interface ScoredSeam extends Seam {
  p: number;
}

/** Every seam of a paragraph with its probability of missing a 、. */
export function scoreSeams(text: string, tokens: readonly Token[], evidence?: ReadonlyMap<number, string>, scorer = currentScorer()): ScoredSeam[] {
  return extractSeams(text, tokens, scorer.words, evidence, scorer.items).map((s) => ({ ...s, p: probability(scorer.weights, s.features) }));
}
