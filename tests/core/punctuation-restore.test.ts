import { describe, expect, it } from 'vitest';
import { damage } from '../../bench/punctuation';
import { flagged, lintWith } from '../helpers';

const MINE = ['punctuation-enumeration-comma', 'punctuation-quotation-marks', 'punctuation-book-title-marks', 'punctuation-colon'];

describe('punctuation restoring rules', () => {
  it('keeps UTF-16 spans right after CRLF lines and astral characters', () => {
    const text = '第一行😀。\r\n黑龙江伊品生物科技有限公司简称伊品，主要生产赖氨酸。\r\n';
    const f = lintWith(text, ['punctuation-quotation-marks']);
    expect(flagged(text, f)).toEqual(['punctuation-quotation-marks: 伊品']);
    expect(f[0].fixes[0].edits.map((e) => e.start)).toEqual([text.indexOf('伊品，'), text.indexOf('伊品，') + 2]);
  });

  it('reports a direct quotation closed by a speaker without guessing where it starts', () => {
    const text = '我们的愿景是让企业少跑腿。刘冬莉说。';
    const [f] = lintWith(text, ['punctuation-quotation-marks']);
    expect(text.slice(f.start, f.end)).toBe('刘冬莉说');
    expect(f.fixes).toEqual([]);
  });

  it('names the speaker without the title before the name, while the span keeps it', () => {
    const text = '各参建单位全力以赴确保项目的顺利进行工程管理部副主任宋亚东说。';
    const [f] = lintWith(text, ['punctuation-quotation-marks']);
    expect(text.slice(f.start, f.end)).toBe('副主任宋亚东说');
    expect(f.message).toBe('“宋亚东”说的话是直接引语，应加引号');
  });

  it('does not read reported speech or 据说 as a quotation', () => {
    expect(lintWith('据说他们已经完工。据工作人员介绍，项目进展顺利。', MINE)).toEqual([]);
  });

  it('fixes a publication name only when the sentence means the paper', () => {
    const text = '文章在人民日报上发表，人民日报记者随后采访了他。';
    const f = lintWith(text, ['punctuation-book-title-marks']);
    expect(f.map((x) => [text.slice(x.start, x.end), x.severity, x.fixes[0].safe])).toEqual([
      ['人民日报', 'warning', true],
      ['人民日报', 'hint', false],
    ]);
  });

  it('never crashes on marks, digits and empty lines', () => {
    const junk = '“”《》：、\n\n说“\n简称\n关于的意见\n中华人民共和国法\n十五五\n1+\n' + '说'.repeat(500);
    expect(() => lintWith(junk, MINE)).not.toThrow();
  });

  it('the benchmark damage records where each deleted mark was', () => {
    const d = damage('甲、乙和“丙”', { mark: '、', rules: [], chars: '、', pair: false, match: () => false });
    expect(d).toEqual({ text: '甲乙和“丙”', targets: [{ start: 1, end: 1 }] });
    const q = damage('说“好”。', { mark: '“”', rules: [], chars: '“”', pair: true, match: () => false });
    expect(q).toEqual({ text: '说好。', targets: [{ start: 1, end: 2 }] });
  });
});
