import { describe, expect, it } from 'vitest';
import { buildDocument, ParagraphAnalyzer } from '../../server/src/core/document';
import { LineIndex } from '../../server/src/core/lineIndex';
import { alignTokens, sharedJieba, tagText, type Segmenter } from '../../server/src/core/segmenter';
import { segmentSentences } from '../../server/src/core/sentences';

describe('LineIndex', () => {
  it('maps offsets to positions and back with LF, CRLF and lone CR', () => {
    const text = 'ab\r\ncd\nef\rgh';
    const lines = new LineIndex(text);
    expect(lines.lineCount).toBe(4);
    expect(lines.positionAt(text.indexOf('c'))).toEqual({ line: 1, character: 0 });
    expect(lines.positionAt(text.indexOf('h'))).toEqual({ line: 3, character: 1 });
    expect(lines.lineText(0)).toBe('ab');
    expect(lines.lineText(2)).toBe('ef');
    for (let o = 0; o <= text.length; o++) {
      const p = lines.positionAt(o);
      // offsets inside a CRLF pair clamp to the line end
      if (text[o - 1] === '\r' && text[o] === '\n') continue;
      expect(lines.offsetAt(p)).toBe(o);
    }
  });

  it('counts astral characters as two UTF-16 units, as LSP does', () => {
    const lines = new LineIndex('😀𠮷中');
    expect(lines.positionAt(4)).toEqual({ line: 0, character: 4 });
    expect(lines.offsetAt({ line: 0, character: 99 })).toBe(5);
  });
});

describe('segmentation', () => {
  it('aligns jieba words to exact UTF-16 spans, around emoji and full-width spaces', () => {
    const text = '　　😀大庆炼化公司𠮷总投资亿元，GDP增长5.3%';
    const tokens = tagText(sharedJieba(), text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    const yi = tokens.find((t) => t.text === '亿元')!;
    expect(yi.start).toBe(text.indexOf('亿元'));
  });

  it('skips a word the segmenter altered instead of misplacing the rest', () => {
    const fake = [{ word: '甲', tag: 'n' }, { word: 'X', tag: 'x' }, { word: '乙丙', tag: 'n' }];
    expect(alignTokens('甲乙丙', fake)).toEqual([
      { text: '甲', tag: 'n', start: 0, end: 1 },
      { text: '乙丙', tag: 'n', start: 1, end: 3 },
    ]);
  });

  it('tags a huge single line in chunks that never split a surrogate pair', () => {
    const calls: string[] = [];
    const seg: Segmenter = {
      tag: (t) => {
        calls.push(t);
        return [...t].map((ch) => ({ word: ch, tag: 'x' }));
      },
    };
    const text = ('中'.repeat(3999) + '😀').repeat(3);
    const tokens = tagText(seg, text);
    expect(calls.length).toBeGreaterThan(1);
    for (const c of calls) expect(c.charCodeAt(c.length - 1) >= 0xd800 && c.charCodeAt(c.length - 1) <= 0xdbff).toBe(false);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits sentences after terminal marks and keeps closing quotes with them', () => {
    const s = segmentSentences('　　他说：“好。”我们走吧！真的吗？……好');
    expect(s.map((x) => x.text)).toEqual(['他说：“好。”', '我们走吧！', '真的吗？……', '好']);
  });
});

describe('document model', () => {
  it('makes one paragraph per non-blank line with absolute spans, CRLF excluded', () => {
    const text = '标题\r\n\r\n　　第一段。\r\n第二段😀。';
    const doc = buildDocument(text, new ParagraphAnalyzer(sharedJieba()));
    expect(doc.paragraphs.map((p) => [p.line, p.text])).toEqual([
      [0, '标题'],
      [2, '　　第一段。'],
      [3, '第二段😀。'],
    ]);
    for (const p of doc.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('re-segments only paragraphs whose text changed', () => {
    let calls = 0;
    const seg: Segmenter = {
      tag: (t) => {
        calls++;
        return [{ word: t, tag: 'x' }];
      },
    };
    const analyzer = new ParagraphAnalyzer(seg);
    buildDocument('一\n二\n三', analyzer);
    expect(calls).toBe(3);
    buildDocument('一\n二改\n三\n一', analyzer);
    expect(calls).toBe(4);
  });
});
