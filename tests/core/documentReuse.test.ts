import { describe, expect, it, vi } from 'vitest';
import { analysisOf, buildDocumentSteps, ParagraphAnalyzer, type ReportDocument } from '../../server/src/core/document';
import { sharedJieba } from '../../server/src/core/segmenter';

function build(text: string, analyzer: ParagraphAnalyzer, previous?: ReportDocument): ReportDocument {
  const steps = buildDocumentSteps(text, analyzer, previous);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Everything a rule can read from a paragraph. */
const shape = (d: ReportDocument) => d.paragraphs.map((p) => ({ ...p }));

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const BASE = [
  '2024年全市地区生产总值增长5.2%。',
  '',
  '一、过去一年的工作',
  '省长王文涛到哈尔滨市调研，😀𠮷强调要抓好项目建设。\r',
  '  \u3000',
  '黑龙江伊品生物科技有限公司（简称伊品）投资建设玉米深加工项目。',
  '大庆市林甸县东兴村，合作社收入增长。',
].join('\n');

describe('building a document from the previous version', () => {
  const seg = sharedJieba();

  it('gives the same paragraphs as a fresh build after random edits, CRLF, blank lines and astral characters included', () => {
    const analyzer = new ParagraphAnalyzer(seg);
    const random = rng(11);
    const pieces = ['的', '\n', '\r\n', '', '😀', '。\n新段落开始', ' ', '\u3000'];
    let text = BASE;
    let previous = build(text, analyzer);
    for (let i = 0; i < 120; i++) {
      const at = Math.floor(random() * (text.length + 1));
      const cut = random() < 0.3 ? Math.floor(random() * 4) : 0;
      const insert = pieces[Math.floor(random() * pieces.length)];
      text = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + cut));
      const reused = build(text, analyzer, previous);
      expect(shape(reused)).toEqual(shape(build(text, new ParagraphAnalyzer(seg))));
      previous = reused;
    }
  });

  it('looks up only the paragraphs an edit touched, and shares the others\u2019 analysis', () => {
    const analyzer = new ParagraphAnalyzer(seg);
    const lines = Array.from({ length: 40 }, (_, i) => `第${i}段：全市地区生产总值增长${i}%。`);
    const v1 = build(lines.join('\n') + '\n', analyzer);
    const analyze = vi.spyOn(analyzer, 'analyze');
    const v2Text = [...lines.slice(0, 20), lines[20].replace('增长', '同比增长'), ...lines.slice(21)].join('\n') + '\n';
    const v2 = build(v2Text, analyzer, v1);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(analyze).toHaveBeenCalledWith(v2.paragraphs[20].text);
    for (const i of [0, 19, 21, 39]) expect(analysisOf(v2.paragraphs[i])).toBe(analysisOf(v1.paragraphs[i]));
    // the paragraphs after the edit moved: their offsets are the new ones
    expect(v2.paragraphs[21].start).toBe(v1.paragraphs[21].start + 2);
  });

  it('does not reuse a document built before the analyzer was cleared (a new dictionary)', () => {
    const analyzer = new ParagraphAnalyzer(seg);
    const v1 = build(BASE, analyzer);
    analyzer.clear();
    const analyze = vi.spyOn(analyzer, 'analyze');
    build(BASE + '\n新的一段。', analyzer, v1);
    expect(analyze.mock.calls.length).toBe(v1.paragraphs.length + 1);
  });
});
