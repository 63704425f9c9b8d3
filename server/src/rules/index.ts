/** The rule registry: every rule the linter, the CLI and the language server know. */
import type { Rule } from './rule';
import punctuationHalfwidth from './punctuation-halfwidth';
import punctuationRepeated from './punctuation-repeated';
import punctuationUnbalanced from './punctuation-unbalanced';

export const rules: readonly Rule[] = [
  punctuationHalfwidth,
  punctuationUnbalanced,
  punctuationRepeated,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
