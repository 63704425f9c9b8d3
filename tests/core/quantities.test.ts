import { describe, expect, it } from 'vitest';
import { findQuantities, formatDecimal, isNumeralChar, matchUnitAt, parseChineseInteger, quantityAt } from '../../server/src/core/quantities';
import { quantityHover } from '../../server/src/core/quantityHover';
import { buildDocument, ParagraphAnalyzer } from '../../server/src/core/document';
import { sharedJieba } from '../../server/src/core/segmenter';
import { lintWith } from '../helpers';
import { applyFixes } from '../../server/src/linter';

const one = (text: string) => {
  const qs = findQuantities(text);
  expect(qs).toHaveLength(1);
  return qs[0];
};

describe('findQuantities', () => {
  it('normalises 60199.45亿元 exactly, with no float error', () => {
    const q = one('达到60199.45亿元。');
    expect(q.text).toBe('60199.45亿元');
    expect(q.normalized).toBe('6,019,945,000,000 元');
    expect(q.advice).toEqual([]);
  });

  it('normalises 3.5万吨 and 0.4个百分点', () => {
    expect(one('3.5万吨').normalized).toBe('35,000 吨');
    expect(one('高于0.4个百分点').normalized).toBe('0.4 个百分点');
  });

  it('normalises dates, Arabic and Chinese', () => {
    expect(one('2020年9月24日').normalized).toBe('2020-09-24');
    expect(one('二〇二〇年九月二十四日').normalized).toBe('2020-09-24');
    expect(one('9月24日').normalized).toBe('--09-24');
    expect(one('2025年').normalized).toBe('2025 年');
  });

  it('gives GB/T 15835-2011 advice on full-width digits, 5千 and 零 in a year', () => {
    expect(one('２０２０年9月24日').advice.join()).toMatch(/半角/);
    const q = one('5千人');
    expect(q.normalized).toBe('5,000 人');
    expect(q.advice.join()).toMatch(/5000/);
    expect(one('二零二一年').advice.join()).toMatch(/〇/);
    expect(one('2020年2月30日').advice.join()).toMatch(/2 月没有 30 日/);
  });

  it('reads Chinese numerals with magnitudes and approximators', () => {
    expect(one('三十万人').normalized).toBe('300,000 人');
    // 余 and 多 mean a little more than the figure, 来 about it
    expect(one('30余万亩').normalized).toBe('多于 300,000 亩');
    expect(one('十来个').normalized).toBe('约 10 个');
    expect(one('1,234.5元').normalized).toBe('1,234.5 元');
    expect(one('20多个').normalized).toBe('多于 20 个');
    expect(one('一千二百万千瓦时').normalized).toBe('12,000,000 千瓦时');
    expect(one('三十万千瓦').normalized).toBe('300,000 千瓦');
  });

  it('reads percentages written in words (百分之五点三)', () => {
    expect(one('百分之五点三').normalized).toBe('5.3%');
    expect(one('百分之十五').normalized).toBe('15%');
    expect(one('百分之百').normalized).toBe('100%');
    expect(one('百分之二十点零五').normalized).toBe('20.05%');
    expect(findQuantities('增长百分之五点三。').map((q) => q.text)).toEqual(['百分之五点三']);
  });

  it('does not turn ranges such as 七八十 into a value', () => {
    expect(findQuantities('七八十份材料')).toEqual([]);
    expect(parseChineseInteger('七八十')).toBeUndefined();
  });

  it('finds the quantity under an offset', () => {
    const text = '总投资60亿元，占地3.5万平方米';
    expect(quantityAt(text, text.indexOf('亿'))?.normalized).toBe('6,000,000,000 元');
    expect(quantityAt(text, 0)).toBeUndefined();
  });
});

describe('numeral and unit helpers', () => {
  it('parses Chinese integers', () => {
    expect(parseChineseInteger('一千二百三十四')).toBe(1234);
    expect(parseChineseInteger('两万')).toBe(20000);
    expect(parseChineseInteger('三亿五千万')).toBe(350000000);
    expect(parseChineseInteger('十五')).toBe(15);
    expect(parseChineseInteger('二〇二〇')).toBe(2020);
  });

  it('formats exact decimals with thousands separators', () => {
    expect(formatDecimal({ digits: 6019945n, scale: -6 })).toBe('6,019,945,000,000');
    expect(formatDecimal({ digits: 15n, scale: 1 })).toBe('1.5');
  });

  it('matches the longest unit and knows numerals', () => {
    expect(matchUnitAt('平方公里', 0)?.unit).toBe('平方公里');
    expect(matchUnitAt('个百分点', 0)?.unit).toBe('个百分点');
    expect(isNumeralChar('７')).toBe(true);
    expect(isNumeralChar('两')).toBe(true);
    expect(isNumeralChar('项')).toBe(false);
  });
});

describe('quantity hover', () => {
  const doc = (text: string) => buildDocument(text, new ParagraphAnalyzer(sharedJieba()));

  it('shows the normalised value over a quantity, with advice, and nothing elsewhere', () => {
    const text = '第一段\r\n😀总投资60199.45亿元，员工5千人。';
    const d = doc(text);
    const h = quantityHover(d, text.indexOf('亿元'));
    expect(h?.markdown).toContain('6,019,945,000,000 元');
    expect(text.slice(h!.span.start, h!.span.end)).toBe('60199.45亿元');
    expect(quantityHover(d, text.indexOf('千'))?.markdown).toMatch(/GB\/T 15835-2011/);
    expect(quantityHover(d, text.indexOf('员'))).toBeUndefined();
  });
});

describe('placeholder fixes', () => {
  it('insert the placeholder before each unit whose number is gone, across CRLF and emoji', () => {
    const text = '😀总投资亿元，\r\n于年月日开工，员工人。';
    const findings = lintWith(text, ['quantity-missing', 'date-incomplete']);
    expect(findings.every((f) => f.fixes.length === 1 && !f.fixes[0].safe)).toBe(true);
    const fixed = applyFixes(text, findings, { includeUnsafe: true }).text;
    expect(fixed).toBe('😀总投资□亿元，\r\n于□年□月□日开工，员工□人。');
  });

  it('use the configured placeholder', () => {
    const findings = lintWith('总投资亿元。', ['quantity-missing'], (c) => (c.options.quantityPlaceholder = '__'));
    expect(findings[0].fixes[0].edits[0].text).toBe('__');
  });

  it('never throw on odd input', () => {
    for (const t of ['', '亿', '万亿元', '年', '月日', '\u0000个', '个'.repeat(5000), '年月日'.repeat(1000), '🀄'.repeat(100) + '元']) {
      expect(() => lintWith(t, ['quantity-missing', 'date-incomplete'])).not.toThrow();
    }
  });
});

describe('next placeholder (client command)', () => {
  it('finds the next placeholder after the cursor and wraps round', async () => {
    const { nextPlaceholder } = await import('../../client/src/placeholders');
    const text = '总投资□亿元，员工□人。';
    expect(nextPlaceholder(text, 0, '□')).toBe(3);
    expect(nextPlaceholder(text, 4, '□')).toBe(text.indexOf('□人'));
    expect(nextPlaceholder(text, text.length, '□')).toBe(3);
    expect(nextPlaceholder('没有占位符', 0, '□')).toBe(-1);
    expect(nextPlaceholder(text, 0, '')).toBe(-1);
  });
});
