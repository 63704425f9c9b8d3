/** Options and line-ending behaviour of the punctuation-style rules that fixtures cannot set. */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../server/src/linter';
import { flagged, lintWith } from '../helpers';

describe('punctuation-spacing', () => {
  it('wants one space between Chinese and Latin or digits under pangu', () => {
    const text = '使用Python编写，全省 100 个县，共  3 项。';
    const findings = lintWith(text, ['punctuation-spacing'], (c) => (c.options.spacing = 'pangu'));
    expect(flagged(text, findings)).toEqual(['punctuation-spacing: 用P', 'punctuation-spacing: n编', 'punctuation-spacing:   ']);
    expect(applyFixes(text, findings).text).toBe('使用 Python 编写，全省 100 个县，共 3 项。');
  });

  it('still removes spaces between Chinese characters and around full-width marks under pangu', () => {
    const text = '我们要 加强管理， 推进改革。';
    const findings = lintWith(text, ['punctuation-spacing'], (c) => (c.options.spacing = 'pangu'));
    expect(applyFixes(text, findings).text).toBe('我们要加强管理，推进改革。');
  });

  it('reports the same spans with CRLF line ends', () => {
    const text = '第一行 没有问题吗？\r\n全省 100 个县。\r\n';
    const findings = lintWith(text, ['punctuation-spacing']);
    expect(flagged(text, findings)).toEqual(['punctuation-spacing:  ', 'punctuation-spacing:  ', 'punctuation-spacing:  ']);
    expect(applyFixes(text, findings).text).toBe('第一行没有问题吗？\r\n全省100个县。\r\n');
  });
});

describe('sentence-run-on', () => {
  const text = '我们要坚持稳中求进工作总基调完整准确全面贯彻新发展理念加快构建新发展格局。';

  it('follows the runOnLength option', () => {
    expect(lintWith(text, ['sentence-run-on'])).toEqual([]);
    const short = lintWith(text, ['sentence-run-on'], (c) => (c.options.runOnLength = 20));
    expect(short.length).toBeGreaterThan(0);
    expect(short[0].message).toMatch(/^连续36个汉字没有标点/);
  });

  it('offers a comma at the break but never applies it as a safe fix', () => {
    const findings = lintWith(text, ['sentence-run-on'], (c) => (c.options.runOnLength = 20));
    expect(findings.every((f) => f.fixes.length === 1 && !f.fixes[0].safe && f.fixes[0].edits[0].text === '，')).toBe(true);
    expect(applyFixes(text, findings).applied).toBe(0);
  });
});

describe('punctuation-terminal', () => {
  it('treats hard-wrapped lines of a blank-line separated document as one paragraph', () => {
    const text = '第一段的第一行，\n接着写完。\n\n第二段，没有句号\n\n第三段，有句号。\n';
    expect(flagged(text, lintWith(text, ['punctuation-terminal']))).toEqual(['punctuation-terminal: 号']);
  });

  it('does not crash on empty or mark-only input', () => {
    for (const text of ['', '\n\n', '。', '，', '“', '\r\n，\r\n']) expect(() => lintWith(text)).not.toThrow();
  });
});

describe('large input', () => {
  it('breaks a 190,000-character paragraph with no mark into a bounded number of reports', () => {
    const text = '全市上下坚持以高质量发展为主题深入推进供给侧结构性改革加快构建现代化产业体系目前经济运行总体平稳'.repeat(4000);
    const findings = lintWith(text, ['sentence-run-on']);
    expect(findings.length).toBeGreaterThan(100);
    expect(findings.length).toBeLessThanOrEqual(511); // one per break, recursion depth capped at 8
    expect(findings.every((f) => f.end - f.start <= 8)).toBe(true);
  }, 60_000);

  it('pairs thousands of nested quotations in one paragraph', () => {
    const text = '“他说“好”吗”'.repeat(3000);
    const findings = lintWith(text, ['punctuation-unbalanced']);
    expect(findings.length).toBe(3000);
    expect(findings.every((f) => f.messageId === 'nestedDouble')).toBe(true);
  }, 60_000);
});

describe('punctuation-terminal on hard-wrapped plain text', () => {
  it('reports only the end of each wrapped paragraph', () => {
    const para = '我们坚持以高质量发展为主题，深入推进供给侧结构性改革，加快构建现代化产业体系，经济运行总体平稳，稳中有进的态势持续巩固，人民生活水平不断提高，社会大局保持和谐稳定';
    const wrap = (s: string) => s.match(/.{1,30}/g)!.join('\n');
    const text = `${wrap(para)}\n\n${wrap(para)}。\n`;
    expect(flagged(text, lintWith(text, ['punctuation-terminal']))).toEqual(['punctuation-terminal: 定']);
  });
});
