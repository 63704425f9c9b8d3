import { describe, expect, it } from 'vitest';
import { codeRegions } from '../../server/src/core/codeRegions';
import { LineIndex } from '../../server/src/core/lineIndex';
import { lintWith } from '../helpers';

const regions = (text: string) => codeRegions(new LineIndex(text)).map((r) => text.slice(r.start, r.end));

describe('code regions of a Markdown report', () => {
  it('finds fenced blocks and front matter, and nothing in plain prose', () => {
    const md = '---\ntitle: 报告\n---\n正文，完整。\n\n```js\nconst a = "甲,乙";\n```\n后文。\n  ~~~~\n代码\n~~~\n~~~~\n结尾。';
    expect(regions(md)).toEqual(['---\ntitle: 报告\n---', '```js\nconst a = "甲,乙";\n```', '  ~~~~\n代码\n~~~\n~~~~']);
    expect(regions('今年，全市经济运行总体平稳。\n一、总体情况\n')).toEqual([]);
    // a rule is no front matter when nothing closes it, and a fence never closed runs to the end
    expect(regions('---\n正文。\n```\n代码,\n')).toEqual(['```\n代码,\n']);
    // four spaces make indented code, not a fence; a backtick in the info string makes no fence
    expect(regions('    ```\n文字。\n``` a`b\n文字。')).toEqual([]);
    // inline code: runs of equal length; a lone backtick opens nothing
    expect(regions('用 `甲,乙` 或 ``a`b`` 表示，单个 ` 不算。')).toEqual(['`甲,乙`', '``a`b``']);
  });

  it('keeps findings out of code and front matter, CRLF included, and keeps those around them', () => {
    const md = '---\r\ntitle: 报告,草稿\r\n---\r\n好的,谢谢。\r\n```\r\nprint("甲,乙")\r\n```\r\n再见,谢谢。写作`甲,乙`。\r\n';
    const found = lintWith(md, ['punctuation-halfwidth']).map((f) => md.slice(f.start - 2, f.end + 2));
    expect(found).toEqual(['好的,谢谢', '再见,谢谢']);
  });
});
