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

describe('entity recognition: facilities, zones, groups and short forms', () => {
  const has = (text: string) => mentions(entities(text));

  it('takes a zone whose name runs over verbs from the place that starts it, and a zone ending inside a word', () => {
    expect(has('推动塔河重点开发开放试验区和宁波前湾新区建设。\n')).toEqual(expect.arrayContaining(['place:宁波前湾新区']));
    expect(has('打造广域武汉大都市圈，辐射周边城市。\n')).toContain('place:武汉大都市圈');
    // news style: the county's short name starts the zone (霍尔果斯 is a county-level city)
    expect(has('记者日前来到霍尔果斯经济开发区，看到企业正忙着装货。\n')).toContain('place:霍尔果斯经济开发区');
  });

  it('does not take a zone named after a slogan (美丽X, 平安X) for a place, but keeps the place in it', () => {
    const gov = has('奋力建设美丽浙江示范区，加快美丽中国先行区建设。\n');
    expect(gov).toEqual(['place:浙江', 'place:中国']);
    expect(has('记者从会上获悉，平安四川建设取得新成效。\n')).toEqual(['place:四川']);
  });

  it('does not stop a zone at a verb that says what happens to it, nor run into another zone', () => {
    const m = has('支持威海创建国际康养旅游试验区。\n');
    expect(m).not.toContain('place:威海创建国际康养旅游试验区');
    expect(m).toContain('place:威海');
  });

  it('recognises metro lines, railways named by their termini and parks after a place', () => {
    const m = has('西安地铁16号线开通运营，加快建设西渝高铁，推进秦岭国家植物园建设，开工建设牛栏江水库。\n');
    expect(m).toEqual(expect.arrayContaining(['place:西安地铁16号线', 'place:西渝高铁', 'place:秦岭国家植物园', 'place:牛栏江水库']));
  });

  it('does not take kinds of railway or zone for names (普速铁路, 城际铁路, 零碳园区)', () => {
    expect(has('推进普速铁路和城际铁路建设，加快零碳园区、低碳园区建设。\n')).toEqual([]);
  });

  it('takes both ends of a route, even where jieba reads a county as a verb, and no railway after the second', () => {
    expect(has('建成达州至万州铁路。\n')).toEqual(['place:达州', 'place:万州']);
    const m = has('开工黔江至吉首高铁重庆段。\n');
    expect(m).toEqual(expect.arrayContaining(['place:黔江', 'place:吉首']));
    expect(m).not.toContain('place:吉首高铁');
  });

  it('recognises a railway station after its city (南京站) as a place, not an organisation', () => {
    expect(has('改造南京站等枢纽，建成郑州南站。\n')).toEqual(['place:南京站', 'place:郑州南站']);
  });

  it('recognises regions named by city initials, but not slogans made of a verb and a province', () => {
    expect(has('高标准开展杭甬温要素市场化配置改革。\n')).toEqual(['place:杭甬温']);
    expect(has('在富民兴陇中开创未来。\n')).toEqual([]);
    // three-character words jieba took for names count in a list of groups, idioms of directions never
    expect(has('推动苏锡常、宁镇扬等融合发展，东西南北大通道全面贯通。\n')).toEqual(['place:苏锡常', 'place:宁镇扬']);
  });

  it('finds the place inside 中国式 and 台湾同胞, and a country abbreviation standing alone after a preposition', () => {
    expect(has('以中国式现代化全面推进强国建设，向台湾同胞致以问候。\n')).toEqual(['place:中国', 'place:台湾']);
    expect(has('深化对俄经贸合作。\n')).toEqual(['place:俄']);
    // 和美乡村: 美 after 和 is part of a word jieba split
    expect(has('建设宜居宜业和美乡村。\n')).toEqual([]);
  });

  it('recognises an institute and a company by their short names after their place, the place apart', () => {
    expect(has('长春光机所、长春应化所等国家级平台加快建设。\n')).toEqual(expect.arrayContaining(['organization:长春应化所']));
    const m = has('推进浏阳蓝思科技3D玻璃研发生产。\n');
    expect(m).toEqual(['place:浏阳', 'organization:蓝思科技']);
    // the ending must close the name: 浑南科技城 is a zone word, not a company
    expect(has('支持沈阳浑南科技城建设。\n')).not.toContain('organization:浑南科技');
  });

  it('joins an organisation, its place and a branch ending into one organisation', () => {
    expect(has('推动怀柔国家实验室内蒙古基地建设，支持清华大学深圳研究院发展。\n')).toEqual([
      'organization:怀柔国家实验室内蒙古基地',
      'organization:清华大学深圳研究院',
    ]);
  });

  it('joins two known names around a dash into a centre, but not into an expo (an event)', () => {
    expect(has('高标准建设中国—东盟海洋合作中心。\n')).toEqual(['organization:中国—东盟海洋合作中心']);
    expect(has('中国—东盟博览会在南宁举办。\n')).toEqual(['place:中国', 'organization:东盟', 'place:南宁']);
  });

  it('recognises central state-owned groups by their short names, not 中化 inside 发展中化债', () => {
    expect(has('加快国能哈密煤制油项目，中车新能源项目投产。\n')).toEqual(expect.arrayContaining(['organization:国能', 'organization:中车']));
    expect(has('在发展中化债、在化债中发展。\n')).toEqual([]);
  });

  it('takes jieba\'s organisation tag only where a known name or a city initial starts an institution', () => {
    expect(has('支持大商所开展期货品种创新。\n')).toEqual(['organization:大商所']);
    const gov = has('上海市政府工作报告\n');
    expect(gov).not.toContain('organization:上海市政府');
  });

  it('finds persons inside doctrines and a given name\'s third character jieba fused with the next word', () => {
    expect(has('坚持马克思列宁主义、毛泽东思想、邓小平理论。\n')).toEqual(['person:马克思', 'person:列宁', 'person:毛泽东', 'person:邓小平']);
    const index = entities('2月3日，省长毛伟明作政府工作报告。\n');
    expect(entityNamed(index, '毛伟明')?.type).toBe('person');
    expect(entityNamed(index, '毛伟明')?.roles).toEqual(['省长']);
    // a two-character name stays two characters before an ordinary word
    expect(mentions(entities('副主任宋亚东说，项目进展顺利。\n'))).toContain('person:宋亚东');
    // news style: a reporter's byline whose third character jieba left alone
    expect(mentions(entities('记者林海东报道\n'))).toEqual(['person:林海东']);
    expect(mentions(entities('记者王刚在现场看到\n'))).toEqual(['person:王刚']);
  });

  it('names a heritage or national park by the word before a designation only such sites get', () => {
    expect(has('建好用好长征国家文化公园，建设大熊猫国家公园。\n')).toEqual(['place:长征国家文化公园', 'place:大熊猫国家公园']);
    // the designation alone names nothing
    expect(has('推进国家考古遗址公园建设。\n')).toEqual([]);
  });

  it('takes the division a segment is named after, and not a district short name that is a common word', () => {
    expect(has('永自高速荣昌段、西成铁路甘肃段加快建设。\n')).toEqual(expect.arrayContaining(['place:荣昌', 'place:甘肃']));
    expect(has('培育长寿养生、旅居养老等新消费产业。\n')).toEqual([]);
  });

  it('names regions by a province abbreviation and a direction, and the province after 驻', () => {
    expect(has('促进赣东北扩大开放合作、赣西转型升级。\n')).toEqual(['place:赣东北', 'place:赣西']);
    expect(has('向驻京人民解放军指战员表示感谢。\n')).toEqual(expect.arrayContaining(['place:京']));
    // a company whose name reads like a region is not one
    expect(has('京东消费金融稳健运营。\n')).not.toContain('place:京东');
  });

  it('shortens autonomous prefectures past their nationalities (昌吉回族自治州 → 昌吉)', () => {
    expect(shortName('昌吉回族自治州')).toBe('昌吉');
    expect(shortName('伊犁哈萨克自治州')).toBe('伊犁');
    expect(shortName('黔东南苗族侗族自治州')).toBe('黔东南');
    expect(has('加快昌吉、伊犁等制种基地建设。\n')).toEqual(['place:昌吉', 'place:伊犁']);
  });

  it('runs a zone name over 发展 and adjectives back to its place, but not from a one-character ns', () => {
    expect(has('长三角生态绿色一体化发展示范区制度创新成果丰硕，壮大北戴河生命健康产业创新示范区。\n')).toEqual([
      'place:长三角生态绿色一体化发展示范区',
      'place:北戴河生命健康产业创新示范区',
    ]);
    expect(has('加快宜居宜业和美乡村片区建设。\n')).toEqual([]);
  });

  it('does not take a counted kind for one body or zone (3个重庆实验室), but keeps the place', () => {
    const m = has('挂牌建设3个重庆实验室，建设5个国家级零碳园区。\n');
    expect(m).not.toContain('organization:重庆实验室');
    expect(m).toContain('place:重庆');
  });

  it('joins a hospital and its branch hospital named by a province, and names motorways by termini', () => {
    expect(has('中山大学附属肿瘤医院甘肃医院建成投运。\n')).toEqual(['organization:中山大学附属肿瘤医院甘肃医院']);
    expect(has('改扩建京沪高速新沂至江都段，新开工高速公路12条。\n')).toEqual(['place:京沪高速', 'place:新沂', 'place:江都']);
  });

  it('recognises a city\'s own metro lines named without it, but no number that only looks like one', () => {
    expect(has('地铁4号线北段、7号线一期南段建成通车。\n')).toEqual(['place:地铁4号线', 'place:7号线']);
    expect(has('开通3条地铁新线。\n')).toEqual([]);
  });

  it('finds ASEAN inside 东盟国家 and cultural figures as words of their own (妈祖文化), not inside other words', () => {
    expect(has('与8个东盟国家开展合作。\n')).toEqual(['organization:东盟']);
    expect(has('弘扬朱子文化、妈祖文化。\n')).toEqual(['person:朱子', 'person:妈祖']);
    expect(has('全面小康社会目标实现。\n')).toEqual([]);
  });

  it('takes counties jieba does not tag as places when a list joined by 、 holds only places', () => {
    expect(has('支持红安、云梦创建国家文物保护利用示范区。\n')).toEqual(['place:红安', 'place:云梦']);
    // one county short name alone, tagged as a common word, stays a word
    expect(has('建设高原经济高质量发展先行区，加快平原新城高质量发展。\n')).toEqual([]);
  });

  it('drops a place guessed from the tail of a longer name jieba split, and matches a long lexicon name jieba ran on from', () => {
    expect(has('建成白龙港三期污水处理设施。\n')).toEqual([]);
    expect(has('强化与京津冀、粤港澳大湾区多领域合作。\n')).toEqual(['place:京津冀', 'place:粤港澳大湾区']);
    // a name after a verb phrase ending in 好 is no tail
    expect(has('建好用好长征国家文化公园。\n')).toEqual(['place:长征国家文化公园']);
  });

  it('does not take the tail of a province\'s government for a mention of it (我代表省人民政府)', () => {
    const m = has('河北省人民政府\n现在，我代表省人民政府向大会报告工作。\n');
    expect(m).toEqual(['organization:河北省人民政府']);
  });

  it('keeps UTF-16 offsets of the new classes across CRLF and astral characters', () => {
    const text = '😀说明。\r\n西安地铁16号线开通，对俄合作加快。\r\n';
    const index = entities(text);
    for (const m of index.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(index.mentions.map((m) => m.text)).toEqual(['西安地铁16号线', '俄']);
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
