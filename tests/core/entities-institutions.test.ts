/**
 * Round 6 recognition paths for organisations (server/src/core/entitiesInstitutions.ts, the
 * enterprise lists of entitiesLists.ts, the lexicons of data/entity-orgs.ts, split short names).
 * Every case is written for the test, with its false friends.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, ParagraphAnalyzer } from '../../server/src/core/document';
import { findEntities, type EntityIndex } from '../../server/src/core/entities';
import { sharedJieba } from '../../server/src/core/segmenter';

const analyzer = new ParagraphAnalyzer(sharedJieba());
const entities = (text: string) => findEntities(buildDocument(text, analyzer));

function mentions(index: EntityIndex): string[] {
  return index.mentions.map((m) => `${index.entities.find((e) => e.id === m.entity)!.type}:${m.text}`);
}
const orgs = (text: string) => mentions(entities(text)).filter((m) => m.startsWith('organization:'));

describe('institutions named by a head, a topic and an ending', () => {
  it('takes a national centre, a provincial institute and an international society with a specific topic', () => {
    const found = orgs('国家海洋牧场创新研究中心落户烟台。组建省光伏产业研究院。国际冰川观测学会秘书处落户。\n');
    expect(found).toEqual(expect.arrayContaining(['organization:国家海洋牧场创新研究中心', 'organization:省光伏产业研究院', 'organization:国际冰川观测学会']));
  });

  it('takes no kind of body or designation (false friends)', () => {
    const found = orgs('新增国家重点实验室2个，争创国家高粱技术创新中心，建设省实验室，各省研究院，国际合作交流协会成立。\n');
    expect(found).toEqual([]);
  });

  it('keeps a scheme body with the branch where it lies', () => {
    expect(orgs('加快建设国家重大工程技术创新中心拉萨基地。\n')).toContain('organization:国家重大工程技术创新中心拉萨基地');
  });
});

describe('institutions named from a place over verbs', () => {
  it('takes a place, a topic with a verb and an ending', () => {
    expect(orgs('湖南省版权保护中心挂牌运行。\n')).toContain('organization:湖南省版权保护中心');
  });

  it('takes no city designated as a centre (false friend)', () => {
    expect(orgs('建设成都国际科技创新中心。\n')).toEqual([]);
  });
});

describe('seats, branches and numbered institutes', () => {
  it('keeps an organisation with its seat in brackets', () => {
    expect(orgs('国家冻土创新研究中心（青海）投入运行。\n')).toContain('organization:国家冻土创新研究中心（青海）');
  });

  it('takes a hospital and its named campus as one', () => {
    expect(orgs('仁和医院湖滨院区启用。\n')).toContain('organization:仁和医院湖滨院区');
  });

  it('takes a numbered institute after its city, the city apart', () => {
    const found = mentions(entities('西安705所研制成功。\n'));
    expect(found).toEqual(expect.arrayContaining(['place:西安', 'organization:705所']));
  });

  it('takes no count of schools for an institute (false friend)', () => {
    expect(orgs('西安120所学校完成改造，新建幼儿园120所。\n')).toEqual([]);
  });
});

describe('research bodies with a conjunction, institutes by short names, companies before a capacity', () => {
  it('takes a place, two fields joined by 与 and a research ending as one body', () => {
    expect(orgs('组建杭州材料与能源研究院。\n')).toContain('organization:杭州材料与能源研究院');
  });

  it("takes a university's short name and its institute's short name as one", () => {
    expect(orgs('提升浙大先研院运营质效。\n')).toContain('organization:浙大先研院');
  });

  it('takes a company jieba cannot segment right before the capacity it builds', () => {
    // jieba: 岚/nr 芯/ng 12 英寸, 禾/n 沐/nz 60 万吨
    const found = orgs('推进岚芯12英寸晶圆、禾沐60万吨饲料等项目。\n');
    expect(found).toEqual(expect.arrayContaining(['organization:岚芯', 'organization:禾沐']));
  });

  it('takes no place or count before a capacity (false friends)', () => {
    expect(orgs('推进哈密100万吨煤制油、新建3条12英寸生产线。\n')).toEqual([]);
  });
});

describe('companies listed by short names', () => {
  it('takes every item of a list closed by 等 and a word for companies', () => {
    const found = orgs('支持宏图智造、凯越、星澜等龙头企业扩产。\n');
    expect(found).toEqual(['organization:宏图智造', 'organization:凯越', 'organization:星澜']);
  });

  it('takes no list of industries (false friend)', () => {
    expect(orgs('推动纺织、化工、建材等企业转型。\n')).toEqual([]);
  });
});

describe('lexicons and short names', () => {
  it('knows ministries, exchanges and banks by their short names', () => {
    const found = orgs('工信部公布名单，北交所上市企业3家，深化世行营商环境评估。\n');
    expect(found).toEqual(['organization:工信部', 'organization:北交所', 'organization:世行']);
  });

  it('reads a company short name jieba splits after its first character', () => {
    // jieba: 蔚/nr 来/v 新车型
    expect(orgs('推进蔚来新车型投产。\n')).toContain('organization:蔚来');
  });

  it('reads a short name the document established where jieba fused its last character into the next word', () => {
    // jieba: 万/m 华新/nz 一代
    const found = orgs('支持万华、星澜等龙头企业扩产。\n推进万华新一代材料项目。\n');
    expect(found.filter((m) => m === 'organization:万华')).toHaveLength(2);
  });

  it('stops a company name at a word for the kind of company and at a grade', () => {
    expect(orgs('民企凯越科技集团扩产。\n')).toEqual(['organization:凯越科技集团']);
    expect(orgs('工信部先进级智能工厂5家。\n')).toEqual(['organization:工信部']);
  });

  it('reads a central body whose name has verbs in it', () => {
    expect(orgs('中央巡视工作领导小组部署任务。\n')).toContain('organization:中央巡视工作领导小组');
  });
});

describe('routes named by a region of two city initials, university towns', () => {
  const places = (text: string) => mentions(entities(text)).filter((m) => m.startsWith('place:'));

  it('takes 成渝 with a line word and a railway or motorway ending as one route', () => {
    const found = places('规划成渝北线高铁，推进成渝高速扩容。\n');
    expect(found).toEqual(expect.arrayContaining(['place:成渝北线高铁', 'place:成渝高速']));
  });

  it('leaves the region alone before other words (false friend)', () => {
    expect(places('成渝地区双城经济圈建设提速，成渝产业协作加深。\n')).not.toContain('place:成渝高速');
  });

  it('takes a university town after its place', () => {
    expect(places('建设昌平高教园，扩建松江大学城。\n')).toEqual(expect.arrayContaining(['place:昌平高教园', 'place:松江大学城']));
  });
});

describe('company short names introduced by the full name elsewhere in the document', () => {
  it('reads the short name left once trade and legal words and the place are taken off', () => {
    const found = orgs('浙江禾沐生物科技股份有限公司在湖州投资。\n支持禾沐扩产，禾沐新工厂投产。\n');
    expect(found.filter((m) => m === 'organization:禾沐').length).toBeGreaterThanOrEqual(1);
  });

  it('gives no common word as a short name (false friend)', () => {
    const found = orgs('北京数据集团有限公司成立。\n推进数据产业发展。\n');
    expect(found).not.toContain('organization:数据');
  });
});

describe('cities abroad and first-tier cities by initials', () => {
  it('takes a foreign city named in a forum or a route, and 北上广', () => {
    const found = mentions(entities('参加冬季达沃斯论坛，开通至维也纳航线，对接北上广研发资源。\n')).filter((m) => m.startsWith('place:'));
    expect(found).toEqual(expect.arrayContaining(['place:达沃斯', 'place:维也纳', 'place:北上广']));
  });
});
