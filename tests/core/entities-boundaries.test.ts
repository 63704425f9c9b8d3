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
const all = (text: string) => mentions(entities(text));
const places = (text: string) => all(text).filter((m) => m.startsWith('place:'));

describe('entity recognition: where a name starts and ends (round 7)', () => {
  it('makes one place of a base named by its place and a national designation', () => {
    expect(places('推进芜湖国家骨干冷链物流基地建设。\n')).toContain('place:芜湖国家骨干冷链物流基地');
  });

  it("reads a national lab's base after its place as a branch of the lab", () => {
    expect(all('推进鹏城国家实验室算力试验基地建设。\n')).toEqual(['organization:鹏城国家实验室算力试验基地']);
  });

  it('takes no base for a place without a designation (false friend)', () => {
    expect(places('建设安徽清洁能源基地。\n')).toEqual(['place:安徽']);
  });

  it('keeps a one-character piece jieba split off the place in a zone name', () => {
    expect(places('推进哈密堡经济技术开发区建设。\n')).toEqual(['place:哈密堡经济技术开发区']);
  });

  it('reads 大 standing alone before a city as part of its name', () => {
    expect(places('加快建设现代化大西安。\n')).toEqual(['place:大西安']);
  });

  it('does not join 大 when it is part of a word before the city', () => {
    expect(places('进一步扩大西安的开放。\n')).not.toContain('place:大西安');
  });

  it('starts an organisation at a name piece jieba split off after a mark', () => {
    expect(all('新开业的鸿瑞康医院、鹏华瑞医院投入使用。\n')).toEqual(['organization:鸿瑞康医院', 'organization:鹏华瑞医院']);
  });

  it('names a site by its own name after the place it lies in, and with a direction', () => {
    expect(places('推进鞍山西露天矿治理，保护天水麦积石窟。\n')).toEqual(['place:鞍山西露天矿', 'place:天水', 'place:麦积石窟']);
  });

  it('takes no site from a kind of terminal or a region before 石窟 (false friends)', () => {
    expect(places('建设新一代集装箱码头、港口码头。\n')).toEqual([]);
    expect(places('保护川渝石窟。\n')).toEqual(['place:川渝']);
  });

  it('joins a line word to the railway, airport or place before it', () => {
    expect(places('建设洋山铁路专用线、宁波机场环线铁路和江阴支线。\n')).toEqual(['place:洋山铁路专用线', 'place:宁波机场环线铁路', 'place:江阴支线']);
    expect(places('改造天然气支线。\n')).toEqual([]);
  });

  it('reads a known company with its trade word as that company', () => {
    expect(all('支持中粮油脂、宝钢钢铁扩能。\n')).toEqual(['organization:中粮油脂', 'organization:宝钢钢铁']);
    expect(all('钢铁能源发展。\n')).toEqual([]);
  });

  it('names a river mouth jieba cut apart, and a park named after it', () => {
    expect(places('推进松花江口国家公园建设。保护闽江口湿地。\n')).toEqual(['place:松花江口国家公园', 'place:闽江口']);
  });

  it('reads a slogan word as a verb after another verb, not as a slogan before a place', () => {
    expect(all('建成开放杭州大剧院。\n')).toEqual(['organization:杭州大剧院']);
  });

  it('keeps a place apart from a river that is a name of its own after it', () => {
    expect(places('修复扬州大运河遗产。\n')).toEqual(['place:扬州', 'place:大运河']);
  });

  it('makes one organisation of a body and its named campus, however jieba cut it', () => {
    expect(all('推进宁波大学梅山校区、协和医院西院区建设。\n')).toEqual(['organization:宁波大学梅山校区', 'organization:协和医院西院区']);
  });

  it('takes no campus from a kind of campus (false friends)', () => {
    expect(all('启用新院区和高校老校区。\n')).toEqual([]);
  });

  it('takes no name from a verb and its result jieba did not know (false friends)', () => {
    expect(all('全力建强产业园区。抓实产业园区建设。投硬科技，投早科技。\n')).toEqual([]);
  });

  it('takes no crossing from a slogan word before its mode word (false friend)', () => {
    expect(all('打造智慧公路口岸。\n')).toEqual([]);
  });

  it('reads a list of city initials before 等 and a belt or a route as places', () => {
    expect(places('加快推进合芜、合六等城际铁路建设，打造南北等通道。\n')).toEqual(['place:合芜', 'place:合六']);
  });

  it('names a heritage site or a waterworks from the single characters jieba cut its stem into', () => {
    expect(places('推进上坝水利枢纽建设。\n')).toEqual(['place:上坝水利枢纽']);
    expect(places('加强考古遗址公园、革命旧址遗址保护，新建遗址公园。\n')).toEqual([]);
  });

  it('reads a science park or town named by a word jieba takes for a verb', () => {
    expect(places('飞跃高教科创园蓬勃发展。\n')).toEqual(['place:飞跃高教科创园']);
    expect(places('推动良渚大学城、天开科学城建设。\n')).toEqual(['place:良渚大学城', 'place:天开科学城']);
    expect(places('支持打造一流大学城，建设科创园。\n')).toEqual([]);
  });

  it('reads the members of a list that shares one site ending as sites of that kind', () => {
    expect(places('推进溪洛渡、向家坝水电站扩机。保护太白山、牛背梁保护区。\n')).toEqual(['place:溪洛渡', 'place:向家坝水电站', 'place:太白山', 'place:牛背梁保护区']);
    expect(places('建设新、老保护区。推进城市、农村保护区建设。\n')).toEqual([]);
  });

  it('reads a city whose short name is a common word as the city after a preposition of place', () => {
    expect(places('在白银建设铜基新材料基地，赴安康考察。\n')).toEqual(['place:白银', 'place:安康']);
    expect(places('欢迎来宾，白银价格上涨。\n')).toEqual([]);
  });

  it('splits a route whose first end jieba fused with 至 into two places', () => {
    expect(places('建设然乌至察隅公路。\n')).toEqual(['place:然乌', 'place:察隅']);
    expect(places('建成太子城至锡林浩特铁路。\n')).toEqual(['place:锡林浩特']);
  });

  it('takes no zone from a common word jieba does not know before a zone ending (false friend)', () => {
    expect(places('支持文创园区、配电网园区提质。\n')).toEqual([]);
  });

  it("reads the initials of a railway section's two end cities before 段 as a place", () => {
    expect(places('推进京港高铁合安段、沪昆高铁杭长段改造。\n')).toEqual(['place:京港高铁', 'place:合安', 'place:沪昆高铁', 'place:杭长']);
    expect(places('推进京港高铁东西段改造。\n')).toEqual(['place:京港高铁']);
  });

  it('makes one organisation of a place, a designation and a hall that jieba left as 馆 alone', () => {
    expect(all('建成西安国家版本馆。\n')).toEqual(['organization:西安国家版本馆']);
    expect(places('建设长江博物馆。\n')).toEqual(['place:长江博物馆']);
  });
});
