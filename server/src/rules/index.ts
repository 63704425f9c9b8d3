/** The rule registry: every rule the linter, the CLI and the language server know. */
import type { Rule } from './rule';
import structureHeadingSequence from './structure-heading-sequence';
import structureHeadingMarker from './structure-heading-marker';
import structureFusedHeading from './structure-fused-heading';
import quantityMissing from './quantity-missing';
import dateIncomplete from './date-incomplete';
import punctuationHalfwidth from './punctuation-halfwidth';
import punctuationRepeated from './punctuation-repeated';
import punctuationUnbalanced from './punctuation-unbalanced';
import sentenceRunOn from './sentence-run-on';
import punctuationTerminal from './punctuation-terminal';
import punctuationApproximateNumber from './punctuation-approximate-number';
import punctuationFullwidthAlnum from './punctuation-fullwidth-alnum';
import punctuationSpacing from './punctuation-spacing';
import punctuationEnumerationComma from './punctuation-enumeration-comma';
import punctuationQuotationMarks from './punctuation-quotation-marks';
import punctuationBookTitleMarks from './punctuation-book-title-marks';
import punctuationColon from './punctuation-colon';

export const rules: readonly Rule[] = [
  structureHeadingSequence,
  structureHeadingMarker,
  structureFusedHeading,
  quantityMissing,
  dateIncomplete,
  punctuationHalfwidth,
  punctuationUnbalanced,
  punctuationRepeated,
  sentenceRunOn,
  punctuationTerminal,
  punctuationApproximateNumber,
  punctuationFullwidthAlnum,
  punctuationSpacing,
  punctuationEnumerationComma,
  punctuationQuotationMarks,
  punctuationBookTitleMarks,
  punctuationColon,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
