import { describe, expect, it } from 'vitest';
import { buildDocument, ParagraphAnalyzer } from '../../server/src/core/document';
import { documentEntities, documentEntitiesAsync, findEntities, mentionAt, type EntityIndex } from '../../server/src/core/entities';
import { entityHover, termHover } from '../../server/src/core/entityHover';
import { chainOf, gazetteer, shortName } from '../../server/src/core/gazetteer';
import { sharedJieba } from '../../server/src/core/segmenter';
import { parseUserDictionary, setUserEntries } from '../../server/src/core/userDictionary';
import { loadCedictSync } from '../../server/src/core/cedict';

const analyzer = new ParagraphAnalyzer(sharedJieba());
const doc = (text: string) => buildDocument(text, analyzer);
const entities = (text: string) => findEntities(doc(text));

/** `type:text` for every mention, in document order. */
function mentions(index: EntityIndex): string[] {
  return index.mentions.map((m) => `${index.entities.find((e) => e.id === m.entity)!.type}:${m.text}`);
}
function entityNamed(index: EntityIndex, text: string) {
  const m = index.mentions.find((x) => x.text === text);
  return m && index.entities.find((e) => e.id === m.entity);
}

describe('entity recognition', () => {
  it('takes the name after a title for a person and keeps the title phrase as the role', () => {
    const index = entities('据江苏省南通市教育局副局长陈明华介绍，全市新建学校十所。\n');
    const e = entityNamed(index, '陈明华');
    expect(e?.type).toBe('person');
    expect(e?.roles).toEqual(['江苏省南通市教育局副局长']);
    expect(mentions(index)).toContain('organization:江苏省南通市教育局');
  });

  it('joins consecutive titles with 、 in the role (副书记、市长)', () => {
    const index = entities('市委副书记市长张建国到企业调研。\n');
    expect(entityNamed(index, '张建国')?.roles).toEqual(['市委副书记、市长']);
  });

  it('recognises a surname with an honorific, a familiar form and a name before a speech verb', () => {
    const index = entities('住在村口的王女士告诉记者，收入翻了一番。一旁的老李表示，今年更好。赵德胜表示满意。\n');
    expect(mentions(index)).toEqual(expect.arrayContaining(['person:王女士', 'person:老李', 'person:赵德胜']));
  });

  it('reads a speaker line with a space-padded two-character name', () => {
    const index = entities('2026年某某市政府工作报告\n市长 林　峰\n');
    expect(mentions(index)).toContain('person:林　峰');
  });

  it('defines an alias with 简称 and links its later uses to the full name', () => {
    const index = entities('江西绿源新能源科技有限公司（以下简称“绿源”）去年投产。绿源计划再建一条生产线。\n');
    const full = entityNamed(index, '江西绿源新能源科技有限公司');
    expect(full?.type).toBe('organization');
    const later = index.mentions.filter((m) => m.text === '绿源');
    expect(later).toHaveLength(2);
    expect(later.every((m) => m.entity === full!.id)).toBe(true);
    expect(full!.aliases).toContain('绿源');
  });

  it('takes an unquoted alias only as far as its characters come from the full name', () => {
    const index = entities('湖南星沙食品有限公司简称星沙主要生产米粉。\n');
    const alias = index.mentions.find((m) => m.evidence === 'alias');
    expect(alias?.text).toBe('星沙');
  });

  it('links a short place name to its full name (coreference) and gives the gazetteer chain', () => {
    const index = entities('哈尔滨市今年新增就业岗位。哈尔滨的冰雪旅游持续升温。\n');
    const e = entityNamed(index, '哈尔滨市');
    expect(e?.type).toBe('place');
    expect(e?.mentions.map((m) => m.text)).toEqual(['哈尔滨市', '哈尔滨']);
    expect(e?.chain).toEqual(['黑龙江省', '哈尔滨市']);
  });

  it('finds townships in the gazetteer and picks among homonyms by the places around them', () => {
    const g = gazetteer();
    expect(g.byName.get('林源镇')?.length).toBeGreaterThan(0);
    const index = entities('大庆市大同区林源镇发展奶山羊养殖。\n');
    expect(entityNamed(index, '林源镇')?.chain).toEqual(['黑龙江省', '大庆市', '大同区', '林源镇']);
    expect(shortName('广西壮族自治区')).toBe('广西');
    expect(chainOf(g.byName.get('大同区')!.find((d) => d.parent?.name === '大庆市')!)).toEqual(['黑龙江省', '大庆市', '大同区']);
  });

  it('recognises a village by its ending on a proper stem and places it under the town before it', () => {
    const index = entities('云南省昆明市嵩明县杨林镇青龙村的合作社扩大了种植。\n');
    const village = entityNamed(index, '青龙村');
    expect(village?.type).toBe('place');
    expect(village?.chain?.slice(-2)).toEqual(['杨林镇', '青龙村']);
  });

  it('recognises organisations and media by their endings, and a department after its company', () => {
    const index = entities('浙江华瑞电气集团与光明日报社记者座谈，集团技术研发部负责人出席。\n');
    expect(mentions(index)).toEqual(expect.arrayContaining(['organization:浙江华瑞电气集团', 'media:光明日报社']));
    // the bare 集团 later is no name of its own
    expect(mentions(index).filter((m) => m.endsWith(':集团'))).toEqual([]);
  });

  it('does not take common words that jieba tags as names for persons (false friends)', () => {
    const index = entities('高新区扩大玉米种植，全面建成小康社会，宣传部组织培训。\n');
    const persons = mentions(index).filter((m) => m.startsWith('person:'));
    expect(persons).toEqual([]);
  });

  it('does not take generic places or 政府工作报告 for names', () => {
    const index = entities('2026年甘肃省政府工作报告指出，城市更新和乡村振兴取得进展，全国各地积极响应。\n');
    expect(mentions(index)).toEqual(['place:甘肃省']);
  });

  it('uses names from the user dictionary', () => {
    const { entries, problems } = parseUserDictionary(['# 注释', '星河湾 地名', '伊泰 机构 内蒙古伊泰集团有限公司', '坏行 未知类型']);
    expect(problems).toHaveLength(1);
    setUserEntries(entries);
    try {
      const d = doc('伊泰在星河湾建设新项目。\n');
      const index = documentEntities(d);
      expect(mentions(index)).toEqual(['organization:伊泰', 'place:星河湾']);
      expect(entityNamed(index, '伊泰')?.name).toBe('内蒙古伊泰集团有限公司');
    } finally {
      setUserEntries([]);
    }
  });

  it('counts offsets in UTF-16 units across CRLF and astral characters', () => {
    const text = '😀𠮷说明。\r\n省长刘德华到杭州市调研。\r\n';
    const index = entities(text);
    const m = index.mentions.find((x) => x.text === '刘德华')!;
    expect(text.slice(m.start, m.end)).toBe('刘德华');
    expect(mentionAt(index, m.start + 1)?.text).toBe('刘德华');
    const h = entityHover(doc(text), m.start + 1)!;
    expect(h.markdown).toContain('人名 · person');
    expect(h.markdown).toContain('首次见第 2 行');
  });

  it('computes the same entities in slices without holding the thread, and memoises them', async () => {
    const text = '省长王文涛到哈尔滨市调研。哈尔滨的企业代表发言。\n'.repeat(400);
    const d = doc(text);
    // With a zero-length slice it must yield to the event loop between steps: an immediate
    // queued before the call runs before the result arrives (timing-free, unlike a timer count).
    let otherWorkRan = false;
    setImmediate(() => (otherWorkRan = true));
    const index = await documentEntitiesAsync(d, 0);
    expect(otherWorkRan).toBe(true);
    expect(mentions(index)).toEqual(mentions(findEntities(d)));
    expect(documentEntities(d)).toBe(index);
  });

  it('survives empty, mark-only and very long inputs', () => {
    expect(entities('').mentions).toEqual([]);
    expect(entities('，，。。！！\n\n').mentions).toEqual([]);
    const long = '北京市'.repeat(3000);
    expect(entities(long).mentions.length).toBeGreaterThan(0);
  });
});

describe('term hover', () => {
  it('gives pinyin, a corrected part of speech and a CC-CEDICT gloss for a word', () => {
    loadCedictSync();
    const text = '农民种植玉米增收。\n';
    const h = termHover(doc(text), text.indexOf('玉米') + 1)!;
    expect(h.span).toEqual({ start: 4, end: 6 });
    expect(h.markdown).toContain('yù mǐ');
    expect(h.markdown).toMatch(/corn/);
  });

  it('glosses a word the dictionary lacks character by character', () => {
    loadCedictSync();
    const text = '推行受审分离模式。\n';
    const d = doc(text);
    const at = text.indexOf('受审') + 1;
    const h = termHover(d, at)!;
    expect(h.markdown).toMatch(/shòu shěn/);
    expect(h.markdown).toMatch(/trial/);
  });
});
