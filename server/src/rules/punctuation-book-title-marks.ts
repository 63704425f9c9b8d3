/**
 * @fileoverview Titles written without 书名号 (GB/T 15834-2011, 4.15): newspapers and magazines
 * when the publication is meant, documents (关于……的意见), laws (中华人民共和国……法), five-year plan
 * outlines, and works after their genre (话剧右玉). Only a law's full name is fixed without asking;
 * a name that may be the organisation (人民日报记者) is a hint.
 */
import { findBareTitles } from '../core/titles';
import type { Report } from '../core/types';
import type { ParagraphRule } from './rule';

const rule: ParagraphRule = {
  id: 'punctuation-book-title-marks',
  description: '报刊、文件、法规、作品名称缺少书名号',
  tags: ['punctuation'],
  severity: 'warning',
  fixable: true,
  scope: 'paragraph',
  messages: {
    publication: '报刊名“{{title}}”指出版物时应加书名号',
    document: '文件名“{{title}}”应加书名号',
    law: '法律名称“{{title}}”应加书名号',
    work: '作品名“{{title}}”应加书名号',
  },
  check(paragraph) {
    const text = paragraph.text;
    return findBareTitles(paragraph).map((t): Report => {
      const title = text.slice(t.start, t.end);
      return {
        messageId: t.kind,
        start: t.start,
        end: t.end,
        data: { title },
        ...(t.severity === 'warning' ? {} : { severity: t.severity }),
        fixes: [{ title: `加书名号：《${title}》`, edits: [{ start: t.start, end: t.start, text: '《' }, { start: t.end, end: t.end, text: '》' }], safe: t.certain }],
      };
    });
  },
};

export default rule;
