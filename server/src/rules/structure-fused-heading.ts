/**
 * @fileoverview A heading fused into the running text: it shares its line with the paragraph
 * before it, or the body is glued to it with no mark between (…生动实践。快马加鞭复工忙只争朝夕谋发展
 * 大庆，因油而生…). Found by the outline (core/sections.ts): numbered headings inside a paragraph
 * and unnumbered ones recognised by shape. The fix puts the heading on its own line by inserting
 * line breaks around it (a full stop right after it becomes the break: 一日办结与一小时出证。); it is
 * never applied by "fix all", since the heading's extent is inferred.
 * Headings found with less confidence are reported as information.
 */
import { sectionsOf, type Heading } from '../core/sections';
import type { Report, TextEdit } from '../core/types';
import type { DocumentRule } from './rule';

const rule: DocumentRule = {
  id: 'structure-fused-heading',
  description: '小标题与正文连排',
  tags: ['structure'],
  severity: 'warning',
  fixable: true,
  scope: 'document',
  messages: {
    fused: '小标题“{{heading}}”与正文连在一起，应单独成行',
  },
  check(doc) {
    const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
    const reports: Report[] = [];
    for (const h of sectionsOf(doc).headings) {
      if (!h.fused) continue;
      const para = doc.paragraphs[h.paragraph];
      const edits = breaksAround(doc.text, para.start, para.end, h, eol);
      if (!edits.length) continue;
      reports.push({
        messageId: 'fused',
        start: h.start,
        end: h.end,
        data: { heading: h.text.length > 24 ? h.text.slice(0, 24) + '…' : h.text },
        fixes: [{ title: '将小标题单独成行', edits, safe: false }],
        ...(h.confidence < 0.75 ? { severity: 'info' as const } : {}),
      });
    }
    return reports;
  },
};

/** Line breaks before the heading (if text precedes it) and after it (in place of its closing mark). */
function breaksAround(text: string, paraStart: number, paraEnd: number, h: Heading, eol: string): TextEdit[] {
  const edits: TextEdit[] = [];
  if (text.slice(paraStart, h.start).trim()) edits.push({ start: h.start, end: h.start, text: eol });
  // a heading takes no full stop of its own line: the mark that stood for the lost break goes
  const mark = /[。！？]/.test(text[h.end] ?? '') ? 1 : 0;
  if (h.end + mark < paraEnd && text.slice(h.end + mark, paraEnd).trim()) edits.push({ start: h.end, end: h.end + mark, text: eol });
  return edits;
}

export default rule;
