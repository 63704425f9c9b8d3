/**
 * Words for a kind of place or organisation that close a list of names (赵口、陆浑、渠村等灌区;
 * 金凤、嘉陵江、明月湖3个重庆实验室): each member of the list is a name of that kind.
 * See entitiesLists.ts.
 */
export const PLACE_KINDS: readonly string[] = [
  '城市', '地区', '县市', '市县', '区县', '乡镇', '灌区', '景区', '流域', '河流', '湖泊', '水库', '港口', '口岸',
  '机场', '园区', '开发区', '高新区', '古镇', '古城', '遗址', '片区', '城市群', '都市圈', '煤矿', '矿区', '油田', '气田',
  // railways and motorways listed by the initials of their ends (平漯周、焦济洛平等高铁项目)
  '高铁', '铁路', '高速', '城际',
  // heritage sites and sights listed by name (陶寺、丁村等遗迹)
  '遗迹', '景点', '古村落',
  // districts listed by name (南京东路、陆家嘴等商圈; 苍梧、昭平等县区; 包头、鄂尔多斯等盟市)
  '商圈', '街区', '县区', '盟市', '地市', '州市',
];

export const ORG_KINDS: readonly string[] = [
  '企业', '公司', '集团', '龙头企业', '高校', '大学', '院校', '医院', '实验室', '研究院', '科研院所', '银行', '央企',
];

/** Words allowed between a list's 等 or count and its kind (等重点流域, 3个省实验室). */
export const KIND_MODIFIERS: readonly string[] = ['国家级', '省级', '市级', '国家', '省', '市', '重点', '大型', '骨干', '知名', '龙头', '优质'];

/**
 * What closes a list of companies by their short names (超聚变、中创智领、许继、平高等领军企业;
 * 赛力斯、长城等车企): 等, an optional count word and grade, and a word for companies.
 */
export const ENTERPRISE_LIST_END = /^等(?:一批|一大批|多家)?(?:行业|产业)?(?:领军|龙头|链主|骨干|头部|重点|知名|优势|民营|科技型|领先)?(?:企业|车企|公司|集团|央企|民企|国企)/;

/** Verbs that open such a list (支持超聚变、…): the first item starts right after them. */
export const ENTERPRISE_LIST_OPENERS: readonly string[] = [
  '支持', '培育', '培育了', '引进', '引育', '做强', '壮大', '依托', '推动', '包括', '集聚', '涌现', '涌现出', '引导', '鼓励', '扶持', '招引',
  '带动', '发挥', '以', '如', '有', '落地', '吸引', '聚集', '形成', '引入', '推进', '加快', '联合', '携手', '对接', '服务', '与',
];
