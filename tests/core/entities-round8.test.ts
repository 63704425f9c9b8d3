import { describe, expect, it } from 'vitest';
import { buildDocument, ParagraphAnalyzer } from '../../server/src/core/document';
import { findEntities } from '../../server/src/core/entities';
import { sharedJieba } from '../../server/src/core/segmenter';

const analyzer = new ParagraphAnalyzer(sharedJieba());
/** `type:text` for every mention, in document order. */
function mentions(text: string): string[] {
  const index = findEntities(buildDocument(text, analyzer));
  return index.mentions.map((m) => `${index.entities.find((e) => e.id === m.entity)!.type}:${m.text}`);
}

describe('entities, round 8: names extended to their head', () => {
  it('takes a 中欧班列 assembly centre named by its city as one place, the city before or inside it', () => {
    expect(mentions('加快建设西安中欧班列集结中心，推进中欧班列成都集结中心和济南（章丘）中欧班列集结中心建设。\n')).toEqual([
      'place:西安中欧班列集结中心',
      'place:中欧班列成都集结中心',
      'place:济南（章丘）中欧班列集结中心',
    ]);
  });

  it('finds no assembly centre without a city (a kind of hub, or a region)', () => {
    const found = mentions('争创中欧班列集结中心，建设中欧班列华北区域集结中心，获批中欧班列国家集结中心。\n');
    expect(found.some((m) => m.includes('集结中心'))).toBe(false);
  });

  it('takes a reservoir area named after its place as one place (新安江库区, 三门峡库区), not 水库库区', () => {
    const found = mentions('加强新安江库区、密云库区和三门峡库区保护，做好水库库区移民安置。\n');
    expect(found).toEqual(['place:新安江库区', 'place:密云库区', 'place:三门峡库区']);
  });

  it('leaves a programme grade out of a place name (扬州国家级零碳园区 → 扬州) but keeps formal graded names', () => {
    const found = mentions('支持扬州国家级零碳园区、宿州省级智能制造产业园建设，保护武夷山国家级自然保护区。\n');
    expect(found).toEqual(['place:扬州', 'place:宿州', 'place:武夷山国家级自然保护区']);
  });

  it('keeps a zone and drops the programme it joins (…经济技术开发区|国家级零碳园区)', () => {
    expect(mentions('推进库尔勒经济技术开发区国家级零碳园区建设。\n')).toEqual(['place:库尔勒经济技术开发区']);
  });

  it('takes an institute or a centre named by its place after its parent as one organisation', () => {
    const found = mentions('支持中国科学院合肥创新研究院、鹏城国家实验室广州创新中心建设。\n');
    expect(found).toEqual(['organization:中国科学院合肥创新研究院', 'organization:鹏城国家实验室广州创新中心']);
  });

  it('takes zones and hubs after their place as one place (…航空港区, …国际开放枢纽, …引领区), not kinds of them', () => {
    expect(mentions('建设西安航空港区，打造成都国际开放枢纽，推进南沙引领区建设。\n')).toEqual(['place:西安航空港区', 'place:成都国际开放枢纽', 'place:南沙引领区']);
    expect(mentions('创全国公共文化服务高质量发展引领区，建设双向开放枢纽。\n')).toEqual([]);
  });

  it('leaves a verb of pace out of a town site (加速|光明科学城)', () => {
    expect(mentions('加速光明科学城建设，加强中关村科学城建设。\n')).toEqual(['place:光明科学城', 'place:中关村科学城']);
  });

  it('takes tourism corridors and belts after their region as one place, and knows the named canals', () => {
    expect(mentions('建设燕赵文化旅游走廊、珠江黄金旅游带，推进灵渠和浙东运河保护。\n')).toEqual([
      'place:燕赵文化旅游走廊',
      'place:珠江黄金旅游带',
      'place:灵渠',
      'place:浙东运河',
    ]);
  });

  it('takes a bay named after its city as one place (温州|湾), a kind of bay not', () => {
    expect(mentions('治理温州湾、台州湾等重点海湾，建设粤港澳大湾区。\n')).toEqual(['place:温州湾', 'place:台州湾', 'place:粤港澳大湾区']);
  });

  it('takes a corridor named by cities joined with dashes as one place (杭州—宁波—温州经济走廊)', () => {
    expect(mentions('推进杭州—宁波—温州经济走廊建设。\n')).toEqual(['place:杭州—宁波—温州经济走廊']);
  });

  it('takes a joint hub of two named parties as one place, their free trade area not', () => {
    expect(mentions('建设中国—中亚信息港。\n')).toEqual(['place:中国—中亚信息港']);
    expect(mentions('深度参与中国—中亚自贸区建设。\n')).not.toContain('place:中国—中亚自贸区');
  });

  it('takes a school named from its place as an organisation, with its seat in brackets', () => {
    expect(mentions('支持拉萨完全中学（江苏南京）建设，办好乡村小学和全省中学，关心中学生。\n')).toEqual(['organization:拉萨完全中学（江苏南京）']);
  });

  it('knows land border ports that are no division, with their trade zones and cross-border railways', () => {
    expect(mentions('建设阿日哈沙特口岸互贸区，推进珠恩嘎达布其跨境铁路，提升磨憨、打洛口岸通关能力。\n')).toEqual([
      'place:阿日哈沙特口岸互贸区',
      'place:珠恩嘎达布其跨境铁路',
      'place:磨憨',
      'place:打洛',
    ]);
  });

  it('takes a company named after a city whose name is a common word (来宾|集团), the word alone not', () => {
    expect(mentions('支持来宾集团、安康公司做强做优，白银价格上涨。\n')).toEqual(['organization:来宾集团', 'organization:安康公司']);
  });

  it('finds the town a model of work or a spirit is named after (大寨精神), not 振兴经验 or 航天精神', () => {
    expect(mentions('学习大寨精神，推广乡村振兴经验，弘扬航天精神。\n')).toEqual(['place:大寨']);
  });

  it('finds a province after 驻 when jieba fused it with the next word into an unknown one', () => {
    expect(mentions('畅通与驻渝央院央所合作。\n')).toEqual(['place:渝']);
    expect(mentions('加强与驻湘央院央所合作。\n')).toEqual(['place:湘']);
  });

  it('takes a railway named by its initials and its added lines (银兰二线铁路), and an initial jieba reads as a measure word (天/q|武)', () => {
    expect(mentions('推进银兰二线铁路建设。\n')).toEqual(['place:银兰二线铁路']);
    expect(mentions('推动平庆铁路、天武铁路建设。\n')).toEqual(['place:平庆铁路', 'place:天武铁路']);
  });
});
