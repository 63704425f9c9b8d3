import { describe, expect, it } from 'vitest';
import { buildDocument, ParagraphAnalyzer } from '../../server/src/core/document';
import { findEntities, type EntityIndex } from '../../server/src/core/entities';
import { sharedJieba } from '../../server/src/core/segmenter';

const analyzer = new ParagraphAnalyzer(sharedJieba());
const entities = (text: string) => findEntities(buildDocument(text, analyzer));

/** `type:text` for every mention, in document order. */
function mentions(index: EntityIndex): string[] {
  return index.mentions.map((m) => `${index.entities.find((e) => e.id === m.entity)!.type}:${m.text}`);
}
const places = (text: string) => mentions(entities(text)).filter((m) => m.startsWith('place:'));

describe('entity recognition: names composed of parts', () => {
  it('starts a zone at the places named right before it, across a dash', () => {
    expect(places('推动武清京津产业新城建设。\n')).toContain('place:武清京津产业新城');
    expect(places('推动天津滨海—中关村科技园特色化发展。\n')).toContain('place:天津滨海—中关村科技园');
  });

  it('keeps a division with its level, a list mark and a natural feature apart from the zone', () => {
    const found = places('支持南京、昆山建设试验区。呼和浩特敕勒川草原创建景区。\n');
    expect(found).toEqual(expect.arrayContaining(['place:南京', 'place:昆山', 'place:敕勒川草原']));
    expect(found).not.toContain('place:呼和浩特敕勒川草原');
  });

  it('makes one place of a place and a facility ending, and of a field or mine and its name', () => {
    expect(places('加快建设长江博物馆。\n')).toContain('place:长江博物馆');
    expect(places('推进复兴油田等项目。\n')).toContain('place:复兴油田');
    expect(places('大红柳滩锂铍矿、火烧云铅锌矿加快建设。\n')).toEqual(expect.arrayContaining(['place:大红柳滩锂铍矿', 'place:火烧云铅锌矿']));
  });

  it('does not take a kind of facility or road for a name (false friends)', () => {
    const text = '新建智能化煤矿60座。提升普通公路安全设施。加快深水航道整治。推进海上油田开发。建设楚文化博物馆。\n';
    expect(places(text)).toEqual([]);
  });

  it('finds routes and regions named by the initials of their cities', () => {
    const found = places('加快雄忻、石雄铁路项目建设。北沿江、通苏嘉甬、盐泰锡常宜高铁开工建设。打造沈大经济走廊。\n');
    expect(found).toEqual(expect.arrayContaining(['place:雄忻', 'place:石雄铁路', 'place:通苏嘉甬', 'place:盐泰锡常宜高铁', 'place:沈大经济走廊']));
    expect(places('加快推进平漯周、焦济洛平、郑州南站等高铁项目。\n')).toEqual(expect.arrayContaining(['place:平漯周', 'place:焦济洛平', 'place:郑州南站']));
  });

  it('takes three or more initials of one province\'s cities as a region (金白兰武: all in 甘肃)', () => {
    expect(places('壮大金白兰武有色金属产业集群。\n')).toContain('place:金白兰武');
  });

  it('does not take directions, metaphors or words that merely start like cities (false friends)', () => {
    const text = '守好祖国“北大门”。完善东中西高速公路大通道。新开工高速公路100公里。东西南北协同发展。\n';
    const found = places(text);
    expect(found).not.toContain('place:北大门');
    expect(found.some((p) => p.includes('东中西') || p.includes('新开工'))).toBe(false);
  });

  it('gives nothing for a list item that is a route between two places', () => {
    const found = places('白山至临江、松江河至长白等高速公路续建。\n');
    expect(found).not.toContain('place:松江河至长白');
    expect(found).not.toContain('place:白山至临江');
  });
});

describe('entity recognition: companies in project lists and kinds of bodies', () => {
  const orgs = (text: string) => mentions(entities(text)).filter((m) => m.startsWith('organization:'));

  it('takes an unknown word between a city and a product, in a sentence about projects, for a company', () => {
    const found = orgs('推动杭州海康机器人、丽水富乐德传感技术等项目建成投运。\n');
    expect(found).toEqual(expect.arrayContaining(['organization:海康', 'organization:富乐德']));
    expect(places('推动杭州海康机器人、丽水富乐德传感技术等项目建成投运。\n')).toEqual(expect.arrayContaining(['place:杭州', 'place:丽水']));
  });

  it('takes no company outside a project sentence, nor from an adjective (郴州新能源动力)', () => {
    expect(orgs('杭州海康机器人销量增长。\n')).toEqual([]);
    expect(orgs('推进郴州新能源动力和储能等项目。\n')).toEqual([]);
  });

  it('keeps a verb out of a group\'s name and takes no kind of body or plant for one', () => {
    const found = orgs('持续深化龙煤集团、北大荒集团综合改革。加强高校院所创新联盟建设。推进龙潭沟抽水蓄能电站等项目。\n');
    expect(found).toEqual(expect.arrayContaining(['organization:龙煤集团', 'organization:北大荒集团']));
    expect(found.some((o) => o.includes('深化') || o.includes('院所') || o.includes('电站'))).toBe(false);
  });

  it('keeps the city a railway project lies in apart from the railway (台州|温玉铁路)', () => {
    expect(places('推动台州温玉铁路建成投运。\n')).toEqual(['place:台州', 'place:温玉铁路']);
  });

  it('takes 老楼 for an old building, not a person', () => {
    expect(mentions(entities('实施老楼加装电梯800台以上。\n'))).toEqual([]);
  });
});

describe('entity recognition: streets, stations, park parts and counties in lists', () => {
  it('takes a street from its ending and the noun before it, the city apart', () => {
    expect(places('长春新民大街等历史街区焕新亮相。加快内环北路改造。\n')).toEqual(['place:长春', 'place:新民大街', 'place:内环北路']);
  });

  it('does not take a figure of speech for a road, nor 站在 for a station', () => {
    expect(places('走好康庄大道。\n')).toEqual([]);
    expect(places('甘肃站在了一个新的起点上。\n')).toEqual(['place:甘肃']);
    expect(places('加快建设重庆站、永川站。\n')).toContain('place:重庆站');
  });

  it('takes a province\'s part of a park for the province (江西片区 → 江西)', () => {
    const found = places('推进武夷山国家公园（江西片区）建设。\n');
    expect(found).toEqual(['place:武夷山国家公园', 'place:江西']);
  });

  it('takes a county\'s short name that starts an item of a list of places', () => {
    expect(places('余姚井头山、温州朔门古港、仙居下汤遗址入选考古新发现。\n')).toEqual(expect.arrayContaining(['place:余姚', 'place:温州', 'place:仙居']));
    // alone, a county's short name that jieba reads as a noun stays a word
    expect(places('仙居下汤遗址入选考古新发现。\n')).not.toContain('place:仙居');
  });
});

describe('entity recognition: regions before 大地, earthquakes, listed sites', () => {
  it('finds a region\'s traditional name before 大地 even where jieba cuts through it', () => {
    expect(places('展现在陇原大地上。\n')).toEqual(['place:陇原']);
  });

  it('takes the county an earthquake is named after', () => {
    expect(places('巩固定日地震灾后恢复重建成果。\n')).toEqual(['place:定日']);
  });

  it('takes the items of a list of remains as places (陶寺、丁村等遗迹)', () => {
    expect(places('做好陶寺、丁村等遗迹考古。\n')).toEqual(['place:陶寺', 'place:丁村']);
  });
});

describe('entity recognition: institutions and facilities named from a place', () => {
  const orgs = (text: string) => mentions(entities(text)).filter((m) => m.startsWith('organization:'));

  it('runs an institution\'s name from its place over words jieba takes for verbs', () => {
    expect(orgs('建设重庆通用人工智能研究院。组建重庆市生物制造研究院。\n')).toEqual(['organization:重庆通用人工智能研究院', 'organization:重庆市生物制造研究院']);
  });

  it('runs a facility\'s name from its place over nouns, not over a verb', () => {
    expect(places('推进石家庄国际陆港建设。\n')).toEqual(['place:石家庄国际陆港']);
    expect(places('支持鄂州申建空港综保区。\n')).not.toContain('place:鄂州申建空港');
  });

  it('takes nothing for a counted kind or a second place that starts the name', () => {
    expect(orgs('支持3个重庆实验室建设。\n')).toEqual([]);
    expect(places('扬州中国大运河博物馆成为名片。\n')).not.toContain('place:扬州中国大运河博物馆');
  });
});

describe('entity recognition: endings only named sites have', () => {
  it('takes a short stem before 水库, 港区, 国际机场, 大桥 in whatever pieces jieba left it', () => {
    const found = places('加快中皋水库建设，实现官路水库蓄水，大兴寨水库大坝封顶。罗泾港区改造。做好盛乐国际机场配套。黑河公路大桥通车。\n');
    expect(found).toEqual(expect.arrayContaining(['place:中皋水库', 'place:官路水库', 'place:大兴寨水库', 'place:罗泾港区', 'place:盛乐国际机场', 'place:黑河公路大桥']));
  });

  it('does not take a kind of reservoir or airport for a name (false friends)', () => {
    expect(places('实施病险水库除险加固。建成运输机场3座、通用机场5座。扩建水源型水库。\n')).toEqual([]);
  });
});

describe('entity recognition: road codes and corridors of countries', () => {
  it('takes national and provincial road codes, and a zone named after one', () => {
    expect(places('加快G109、G214改造。深化G60科创走廊建设。\n')).toEqual(['place:G109', 'place:G214', 'place:G60科创走廊']);
    expect(places('支持5G建设，推广G60A型号。\n')).toEqual([]);
  });

  it('takes a corridor or railway named by countries\' initials with 中, not a kind of transport', () => {
    expect(places('推进中蒙俄经济走廊建设，中吉乌铁路开工。\n')).toEqual(['place:中蒙俄经济走廊', 'place:中吉乌铁路']);
    expect(places('实现中欧公路直达运输，深化中欧班列合作。\n')).toEqual([]);
  });
});

describe('entity recognition: verbs inside organisations\' names', () => {
  it('lets a verb jieba tags stand right before a strong ending (农商联合银行, 产业发展集团)', () => {
    const orgs = mentions(entities('组建江苏农商联合银行、广西关键金属产业发展集团。\n')).filter((m) => m.startsWith('organization:'));
    expect(orgs).toEqual(['organization:江苏农商联合银行', 'organization:广西关键金属产业发展集团']);
  });
});

describe('entity recognition: endings that span words', () => {
  it('finds an institution\'s or a facility\'s ending over several words (科技/大/市场, 产业/城)', () => {
    expect(mentions(entities('建强安徽科技大市场。支持济南未来产业城建设。\n'))).toEqual(['organization:安徽科技大市场', 'place:济南未来产业城']);
  });
});

describe('entity recognition: groups by their short names', () => {
  const orgs = (text: string) => mentions(entities(text)).filter((m) => m.startsWith('organization:'));

  it('takes a word standing alone before 集团 for the group\'s short name, not a kind of group', () => {
    expect(orgs('首旅集团等市属国企迁入。酒钢集团改造升级。\n')).toEqual(['organization:首旅集团', 'organization:酒钢集团']);
    expect(orgs('组建物流集团，做强国资集团。\n')).toEqual([]);
  });
});

describe('entity recognition: composed names in awkward text', () => {
  it('keeps UTF-16 offsets right across CRLF and astral characters', () => {
    const text = '😀推动武清京津产业新城建设。\r\n𠮷加快石雄铁路建设，展现在陇原大地上。\r\n';
    const index = entities(text);
    const texts = index.mentions.map((m) => text.slice(m.start, m.end));
    expect(texts).toEqual(expect.arrayContaining(['武清京津产业新城', '石雄铁路', '陇原']));
    for (const m of index.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not throw on marks, digits and endings alone', () => {
    for (const text of ['大地', '、、水库', 'G', '集团', '—科技园', '矿', '中蒙', '1号线大街', '大地大地陇原大地']) {
      expect(() => entities(text + '\n')).not.toThrow();
    }
    expect(places('大地回春，陇原大地生机勃勃。\n')).toEqual(['place:陇原']);
  });
});

describe('entity recognition: kinds that end like places (false friends)', () => {
  it('takes no place from a counted or descriptive stem, 小城镇, or 新 the adjective', () => {
    expect(places('完成新一轮村“两委”换届。加强边境小城镇建设。发展嵌入式社区养老。提升“苏新消费”品牌。实施新一轮园区更新。\n')).toEqual([]);
    expect(places('支持沪苏浙合作。\n')).toEqual(['place:沪苏浙']);
    expect(places('产量均突破百万吨大关。走在前、做示范厚望如山。\n')).toEqual([]);
  });
});
