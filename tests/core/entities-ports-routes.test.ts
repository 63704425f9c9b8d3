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

describe('entity recognition: railways jieba keeps as one word', () => {
  it('takes a railway named by the initials of its ends', () => {
    expect(places('沿京九铁路布局物流节点，推进浙赣铁路扩能。\n')).toEqual(expect.arrayContaining(['place:京九铁路', 'place:浙赣铁路']));
  });

  it('does not take a kind of railway for one (false friend)', () => {
    expect(places('发展高速铁路和电气化铁路，建设单线铁路。\n')).toEqual([]);
  });
});

describe('entity recognition: zones the state names 中国（place）', () => {
  it('makes one place of 中国, the place in brackets and the zone', () => {
    const found = places('加快中国（河南）自由贸易试验区建设，复制推广改革经验。\n');
    expect(found).toContain('place:中国（河南）自由贸易试验区');
    expect(found).not.toContain('place:河南');
  });

  it('needs a place in the brackets (false friend)', () => {
    const found = places('举办中国（国际）自贸区发展论坛。\n');
    expect(found.some((m) => m.includes('（'))).toBe(false);
  });
});

describe('entity recognition: zones named with their place in brackets', () => {
  it('makes one place of a word, the place in brackets and a zone or base ending', () => {
    const found = places('建设华东（宿迁）现代物流基地，提升东部（烟台）科学城能级。\n');
    expect(found).toEqual(expect.arrayContaining(['place:华东（宿迁）现代物流基地', 'place:东部（烟台）科学城']));
  });

  it('leaves a platform or a centre with its place in brackets alone (false friend)', () => {
    const found = places('中国建造（江苏）互联网平台上线，国家计量中心（湖南）建成。\n');
    expect(found.some((m) => m.includes('（'))).toBe(false);
    expect(found).toEqual(expect.arrayContaining(['place:江苏', 'place:湖南']));
  });
});

describe('entity recognition: border crossings', () => {
  it('takes a place and 口岸, with the mode word between', () => {
    const found = places('满洲里铁路口岸扩能改造，霍尔果斯口岸通关便利化。\n');
    expect(found).toEqual(expect.arrayContaining(['place:满洲里铁路口岸', 'place:霍尔果斯口岸']));
  });

  it('does not take a kind of crossing or a slogan facility for a name (false friends)', () => {
    const found = places('提升重点口岸和边境口岸功能，建设智慧口岸、绿色机场。\n');
    expect(found).toEqual([]);
  });
});

describe('entity recognition: countries by short forms jieba fused', () => {
  it('takes a continent after 对 in one unknown word, a pair of abbreviations, and short country names', () => {
    const found = places('深化对非经贸往来。巩固美欧市场。中印尼经贸合作不断深化，拓展南亚、北非、北欧市场。\n');
    expect(found).toEqual(expect.arrayContaining(['place:非', 'place:美欧', 'place:印尼', 'place:南亚', 'place:北非', 'place:北欧']));
  });

  it('does not take 非 as negation or virtue and law for countries (false friends)', () => {
    const found = places('开拓非美市场。坚持德法兼修。学习与非门电路。\n');
    expect(found).toEqual([]);
  });
});

describe('entity recognition: where a place ending’s stem starts', () => {
  it('leaves out a conjunction or a verb jieba fused with the stem', () => {
    const found = places('推进引水工程和川藏铁路配套建设。做强宁夏产业园。\n');
    expect(found).toEqual(expect.arrayContaining(['place:川藏铁路', 'place:宁夏产业园']));
    expect(found.some((m) => m.includes('和川藏') || m.includes('做强'))).toBe(false);
  });

  it('takes no railway named by a segment and no one-character stem split from a word (false friends)', () => {
    const found = places('加快拉萨至然乌段铁路前期工作。加快拉洛水利枢纽配套。\n');
    expect(found.some((m) => /段铁路|^place:洛/.test(m))).toBe(false);
  });
});

const orgs = (text: string) => mentions(entities(text)).filter((m) => m.startsWith('organization:'));

describe('entity recognition: zones under a full designation and nature reserves', () => {
  it('takes a place and a zone designation or a reserve as one place', () => {
    const found = places('芜湖综合保税区扩区，鄂尔多斯经济技术开发区提质。推进贺兰山国家级自然保护区修复。\n');
    expect(found).toEqual(expect.arrayContaining(['place:芜湖综合保税区', 'place:鄂尔多斯经济技术开发区', 'place:贺兰山国家级自然保护区']));
  });

  it('does not take the designation alone for a place the gazetteer lists (false friend)', () => {
    expect(places('提升综合保税区和经济技术开发区能级，建设自然保护区。\n')).toEqual([]);
  });
});

describe('entity recognition: a division before a site of its own name', () => {
  it('splits a division from the port or the ruins named after their own place', () => {
    const found = places('加快宣城孙家埠遗址考古发掘。\n');
    expect(found).toEqual(expect.arrayContaining(['place:宣城', 'place:孙家埠遗址']));
  });

  it('keeps a port named by two cities whole (false friend)', () => {
    expect(places('宁波舟山港吞吐量稳居前列。\n')).toContain('place:宁波舟山港');
  });
});

describe('entity recognition: central bodies by their short names', () => {
  it('takes 国务院 or 中央 and the short form of a body as one organisation', () => {
    const found = orgs('整改通过国务院安委会评估。经中央财办调研。\n');
    expect(found).toEqual(expect.arrayContaining(['organization:国务院安委会', 'organization:中央财办']));
  });

  it('does not take a meeting, companies or a kind of body for one (false friends)', () => {
    const found = orgs('国务院常务会议研究部署。落实中央企业责任。认定普惠性民办幼儿园，建设研究型医院。\n');
    expect(found).toEqual(['organization:国务院']);
  });
});

describe('entity recognition: routes, financial companies and abbreviation words', () => {
  it('takes both ends of a route before its railway, not the second end and the railway', () => {
    const found = places('加快怀化至桂林铁路前期工作。\n');
    expect(found).toEqual(expect.arrayContaining(['place:怀化', 'place:桂林']));
    expect(found).not.toContain('place:桂林铁路');
  });

  it('takes a company named by its trade after a proper stem', () => {
    expect(orgs('引进德邦证券区域总部。\n')).toContain('organization:德邦证券');
  });

  it('does not take a trade alone or a common word of abbreviations for a name (false friends)', () => {
    expect(orgs('规范证券期货业务。\n')).toEqual([]);
    expect(places('新晋院士3位。\n')).toEqual([]);
  });
});

describe('entity recognition: districts listed before their kind', () => {
  it('takes the items of a list closed by 等 and a kind of district as places', () => {
    const found = places('推进静安寺、豫园、陆家嘴等重点商圈改造。\n');
    expect(found).toEqual(expect.arrayContaining(['place:静安寺', 'place:豫园', 'place:陆家嘴']));
  });

  it('gives nothing for a list of common words before the kind (false friend)', () => {
    expect(places('丰富餐饮、零售、文旅等商圈业态。\n')).toEqual([]);
  });
});

describe('entity recognition: institutions named once for a coordinated list', () => {
  it('gives the items before an institution with its ending the same kind', () => {
    expect(orgs('支持天目山、钱塘实验室建设。\n')).toEqual(expect.arrayContaining(['organization:天目山', 'organization:钱塘实验室']));
  });

  it('gives nothing to divisions or to an item inside a longer name (false friends)', () => {
    const found = orgs('推进北京、上海交通大学合作。\n');
    expect(found).not.toContain('organization:北京');
  });
});

describe('entity recognition: pairs of city initials', () => {
  it('takes two initials jieba did not know as a pair of cities where they work as one', () => {
    const found = places('推进长吉一体化发展，深化沈抚同城化。\n');
    expect(found).toEqual(expect.arrayContaining(['place:长吉', 'place:沈抚']));
  });

  it('takes no pair without such words after it (false friend)', () => {
    expect(places('兰白两地加强交流。\n')).not.toContain('place:兰白');
  });
});

describe('entity recognition: zones jieba knows as one word, and irrigation districts', () => {
  it('takes a zone word of a known place and a zone ending, and a named irrigation district', () => {
    const found = places('苏州工业园区开放创新。推进都江堰灌区现代化改造。\n');
    expect(found).toEqual(expect.arrayContaining(['place:苏州工业园区', 'place:都江堰灌区']));
  });

  it('does not take a region with 地区 or a kind of irrigation district (false friends)', () => {
    const found = places('华北地区生态屏障。实施大中型灌区改造。\n');
    expect(found).not.toContain('place:华北地区');
    expect(found.some((m) => m.endsWith('灌区'))).toBe(false);
  });
});

describe('entity recognition: autonomous counties by their short names', () => {
  it('knows an autonomous county without its nationalities, even where jieba cut it', () => {
    expect(places('支持肃南、天祝发展。\n')).toEqual(expect.arrayContaining(['place:肃南', 'place:天祝']));
  });

  it('does not join a word and the character after it into a county (false friend)', () => {
    // 长白 is a county's short name; 长白发 is no place
    expect(places('满头长白发。\n')).toEqual([]);
  });
});

describe('entity recognition: traditional names of provinces and regions', () => {
  it('takes a province’s traditional name and a region named after a plain or a range', () => {
    const found = places('三湘儿女奋勇争先，推进河套平原盐碱地治理。\n');
    expect(found).toEqual(expect.arrayContaining(['place:三湘', 'place:河套']));
  });
});

describe('entity recognition: districts and counties jieba does not tag as places', () => {
  it('takes the one county of a short name jieba tags nrt or does not know, and 新区 districts', () => {
    const found = places('奉贤加快新城建设，闵行推进产城融合。浦东新区之外，浦东机场扩容。\n');
    expect(found).toEqual(expect.arrayContaining(['place:奉贤', 'place:闵行']));
  });

  it('takes no short name that several counties share or a word of the stop lists (false friend)', () => {
    expect(places('冬奥遗产持续利用。\n')).toEqual([]);
  });
});
