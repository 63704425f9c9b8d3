/** The rule registry: every rule the linter, the CLI and the language server know. */
import type { Rule } from './rule';
import quantityMissing from './quantity-missing';
import dateIncomplete from './date-incomplete';
import structureHeadingSequence from './structure-heading-sequence';
import structureHeadingMarker from './structure-heading-marker';
import structureFusedHeading from './structure-fused-heading';
import punctuationHalfwidth from './punctuation-halfwidth';
import punctuationRepeated from './punctuation-repeated';
import punctuationUnbalanced from './punctuation-unbalanced';
import sentenceRunOn from './sentence-run-on';
import punctuationTerminal from './punctuation-terminal';
import punctuationApproximateNumber from './punctuation-approximate-number';
import punctuationFullwidthAlnum from './punctuation-fullwidth-alnum';
import punctuationSpacing from './punctuation-spacing';

export const rules: readonly Rule[] = [
  quantityMissing,
  dateIncomplete,
  structureHeadingSequence,
  structureHeadingMarker,
  structureFusedHeading,
  punctuationHalfwidth,
  punctuationUnbalanced,
  punctuationRepeated,
  sentenceRunOn,
  punctuationTerminal,
  punctuationApproximateNumber,
  punctuationFullwidthAlnum,
  punctuationSpacing,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
