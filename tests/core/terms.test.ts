import { describe, expect, it } from 'vitest';
import { buildDocument, ParagraphAnalyzer } from '../../server/src/core/document';
import { loadCedictSync } from '../../server/src/core/cedict';
import { termHover } from '../../server/src/core/entityHover';
import { sharedJieba } from '../../server/src/core/segmenter';
import { compoundAt } from '../../server/src/core/terms';

const analyzer = new ParagraphAnalyzer(sharedJieba());
const doc = (text: string) => buildDocument(text, analyzer);

describe('the compound a hovered word belongs to', () => {
  it('names a four-character term of two content words that the report repeats (容缺|受理)', () => {
    loadCedictSync();
    const text = '中心推行容缺受理，材料不全也能先办。\n容缺受理让群众少跑一趟。\n';
    const d = doc(text);
    const c = compoundAt(d, text.indexOf('受理') + 1)!;
    expect(c.text).toBe('容缺受理');
    expect(c.parts).toEqual(['容缺', '受理']);
    expect(c.occurrences).toBe(2);
    expect(c.pinyin).toBe('róng quē shòu lǐ');
    expect(d.text.slice(c.span.start, c.span.end)).toBe('容缺受理');
    const h = termHover(d, text.indexOf('受理') + 1)!;
    expect(h.markdown).toContain('所在词组：**容缺受理**');
    expect(h.markdown).toContain('文中出现 2 次');
    // the hover still describes the word under the cursor
    expect(h.span).toEqual({ start: text.indexOf('受理'), end: text.indexOf('受理') + 2 });
  });

  it('says nothing of a pair the report uses once', () => {
    loadCedictSync();
    const text = '中心推行容缺受理，材料不全也能先办。\n';
    expect(compoundAt(doc(text), text.indexOf('受理') + 1)).toBeUndefined();
    expect(termHover(doc(text), text.indexOf('受理') + 1)!.markdown).not.toContain('所在词组');
  });

  it('glosses the longest dictionary word that jieba cut in pieces (可|持续|发展)', () => {
    loadCedictSync();
    const text = '推动经济可持续发展。\n';
    const c = compoundAt(doc(text), text.indexOf('持续') + 1)!;
    expect(c.text).toBe('可持续发展');
    expect(c.parts).toEqual(['可', '持续', '发展']);
    expect(c.entries.length).toBeGreaterThan(0);
    expect(c.occurrences).toBeUndefined();
    expect(termHover(doc(text), text.indexOf('持续') + 1)!.markdown).toMatch(/所在词组：\*\*可持续发展\*\*[\s\S]*sustainable/);
  });

  it('leaves a word jieba kept whole alone', () => {
    loadCedictSync();
    const text = '农民种植玉米增收，玉米价格稳定。\n';
    expect(compoundAt(doc(text), text.indexOf('玉米') + 1)).toBeUndefined();
  });
});
