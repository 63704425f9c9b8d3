import { describe, expect, it } from 'vitest';
import { learnQuotedTerms, quotedTerms, TermLexicon } from '../../server/src/core/slogans';
import { lintWith } from '../helpers';

const RULE = ['punctuation-quotation-marks'];
const found = (text: string) => lintWith(text, RULE).map((f) => [text.slice(f.start, f.end), f.messageId, f.severity]);

describe('quotation marks: evidence from the whole document', () => {
  it('flags a bare use of a term the document quotes more often than not', () => {
    const text = '全面推进“暖企护航”。\n“暖企护航”成效明显。\n继续深化暖企护航，服务企业发展。';
    expect(found(text)).toEqual([['暖企护航', 'quotedElsewhere', 'warning']]);
  });

  it('keeps UTF-16 offsets after CRLF lines and astral characters', () => {
    const text = '😀全面推进“暖企护航”。\r\n“暖企护航”成效明显。\r\n𠀀继续深化暖企护航。';
    const [f] = lintWith(text, RULE);
    expect(text.slice(f.start, f.end)).toBe('暖企护航');
    expect(f.fixes[0].edits.map((e) => [e.start, e.text])).toEqual([
      [text.lastIndexOf('暖企护航'), '“'],
      [text.lastIndexOf('暖企护航') + 4, '”'],
    ]);
  });

  it('gives a term as often bare as quoted only a hint, and leaves a term mostly bare alone', () => {
    expect(found('推进“暖企护航”。\n深化暖企护航。')).toEqual([['暖企护航', 'quotedElsewhere', 'hint']]);
    // quoted once, then the writer's plain word
    expect(found('实施“暖企护航”。\n暖企护航见效。\n暖企护航扩面。')).toEqual([]);
  });

  it('in a document that quotes consistently, leaves learned and shaped terms bare and judges its own terms by their majority', () => {
    const quoting = ['“十五五”规划', '“一老一小”工作', '“放管服”改革', '“双碳”目标', '“三农”工作', '“两新”政策', '“千万工程”经验', '“枫桥经验”'].map((t) => `推进${t}。`).join('\n');
    // the writer quotes eight terms and left these bare: a shaped slogan is their choice, a national one is not
    expect(found(`${quoting}\n坚定践行八八战略。\n共建一带一路。`)).toEqual([['一带一路', 'slogan', 'warning']]);
    // quoted once and bare once: the writer's usage is split (a hint where the text lost its marks)
    expect(found(`${quoting}\n实施“暖企护航”。\n深化暖企护航。`)).toEqual([]);
    // quoted more often than not: the bare use is the exception
    expect(found(`${quoting}\n实施“暖企护航”。\n“暖企护航”见效。\n深化暖企护航。`)).toEqual([['暖企护航', 'quotedElsewhere', 'warning']]);
    // the same bare shaped slogan where the text lost its marks
    expect(found('坚定践行八八战略。')).toEqual([['八八战略', 'slogan', 'warning']]);
  });

  it('shows weak shapes only where the text lost its quotation marks', () => {
    const bare = '全面落实自治区党委1571工作部署。';
    expect(found(bare)).toEqual([['1571', 'slogan', 'hint']]);
    // the writer quotes terms (three here) and left this one bare: their choice
    const careful = `推进“十五五”规划，统筹“一老一小”，深化“放管服”改革。\n${bare}`;
    expect(found(careful)).toEqual([]);
    // warning-level evidence stays
    expect(found(`${careful}\n坚定践行八八战略。`)).toEqual([['八八战略', 'slogan', 'warning']]);
  });
});

describe('learnQuotedTerms', () => {
  it('learns terms that several texts quote in most of their uses', () => {
    const texts = ['推进“暖企护航”和“两癌”筛查，关心每个“小家”。', '深化“暖企护航”，做好“两癌”筛查，温暖“小家”。', '开展“独家行动”。'];
    // 小家: a two-character word quoted for colour; 独家行动: one writer's name
    expect(learnQuotedTerms(texts)).toEqual(['两癌', '暖企护航']);
  });

  it('drops a term the texts mostly leave bare', () => {
    const texts = ['推进“暖企护航”。暖企护航见效，暖企护航扩面。', '深化“暖企护航”。暖企护航继续。'];
    expect(learnQuotedTerms(texts)).toEqual([]);
    expect(learnQuotedTerms(texts, { minShare: 0.3 })).toEqual(['暖企护航']);
  });

  it('counts quoted terms but not quoted sentences or counts', () => {
    expect([...quotedTerms('他说：“我们一定按期完工。”推进“两新”，过去“五年”，“三个高地”。')]).toEqual([
      ['两新', 1],
      ['三个高地', 1],
    ]);
  });
});

describe('TermLexicon', () => {
  it('finds every occurrence in one pass, overlapping ones included', () => {
    const lex = new TermLexicon(['一网通办', '通办', '跨省通办']);
    expect([...lex.occurrences('推行一网通办和跨省通办')].map((o) => [o.word, o.start])).toEqual([
      ['一网通办', 2],
      ['通办', 4],
      ['跨省通办', 7],
      ['通办', 9],
    ]);
  });
});

describe('quotation marks on bad input', () => {
  it('never throws on marks alone, unclosed quotes, numerals and long repetitions', () => {
    const junk = [
      '',
      '“”“”《》',
      '“暖企护航\n暖企护航”暖企护航',
      '五个五个五个五个五个五个',
      '十大十大十大十大和二十',
      '一一一一一一一一一一一一',
      '早建成'.repeat(2000),
      '1571'.repeat(500) + '工作部署',
      '😀“𠀀𠀀𠀀”𠀀𠀀𠀀\r\n𠀀𠀀𠀀',
    ].join('\n');
    expect(() => lintWith(junk, RULE)).not.toThrow();
    // a run of one opener is one chain, not thousands of findings
    expect(lintWith('早建成'.repeat(2000) + '。', RULE).length).toBeLessThanOrEqual(1);
  });
});
