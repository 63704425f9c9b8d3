/**
 * @fileoverview Full-width digits and Latin letters (１２３, ＧＤＰ). GB/T 15835-2011 writes Arabic
 * numerals half-width in Chinese text, and Latin letters are half-width by the same convention.
 * A decimal point, thousands separator or time colon between full-width digits (１２．５, １，０００,
 * １０：３０) is part of the number and is converted with it. The fix is safe: the half-width form is the same character.
 */
import type { Report } from '../core/types';
import type { ParagraphRule } from './rule';

/** Full-width digits and letters; ．，： only where they are part of a number. */
const RUN = /[０-９Ａ-Ｚａ-ｚ]+(?:．[０-９]+|，[０-９]{3}(?![０-９])|：[０-９]{2}(?![０-９]))*/g;

function toHalf(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ．，：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const rule: ParagraphRule = {
  id: 'punctuation-fullwidth-alnum',
  description: '全角数字或字母',
  tags: ['punctuation'],
  severity: 'warning',
  fixable: true,
  needsTokens: false,
  scope: 'paragraph',
  messages: {
    digits: '全角数字“{{text}}”应改为半角“{{half}}”',
    letters: '全角字母“{{text}}”应改为半角“{{half}}”',
  },
  check(paragraph) {
    const reports: Report[] = [];
    for (const m of paragraph.text.matchAll(RUN)) {
      const text = m[0];
      const half = toHalf(text);
      const start = m.index!;
      reports.push({
        messageId: /[Ａ-Ｚａ-ｚ]/.test(text) ? 'letters' : 'digits',
        start,
        end: start + text.length,
        data: { text, half },
        fixes: [{ title: `改为半角“${half}”`, edits: [{ start, end: start + text.length, text: half }], safe: true }],
      });
    }
    return reports;
  },
};

export default rule;
