/**
 * False friends: words jieba or the gazetteer would take for names but that are ordinary words in
 * reports. Short names of divisions that are also words (长治久安's 长治, 安康, 来宾, 白银),
 * and words jieba tags nr/ns although they are not names (宣传部, 高新区, 玉米, 小康).
 */
export const NOT_PLACES: readonly string[] = [
  '安康', '来宾', '白银', '海东', '海北', '海西', '黄南', '玉树', '东方', '新星', '白杨', '双河',
  '城区', '郊区', '矿区', '西区', '东区', '新区', '自贸区', '自贸试验区', '综保区', '开发区', '高新区', '城市', '新建', '周边地区', '全国', '全省', '全市', '全县', '全区',
  '本省', '本市', '各地', '地方', '中央', '国家', '内地', '大陆', '北方', '南方', '沿海', '农村', '城乡', '基层',
  '国内', '国外', '境内', '境外', '海外', '海内外', '当地', '本地', '外地', '异地', '省内', '省外', '市内', '城镇', '乡村',
  '山区', '牧区', '库区', '灾区', '老区', '边境', '边疆', '内陆', '东部', '西部', '中部', '南部', '北部', '中西部', '东中部',
  // common words the gazetteer lists as towns somewhere (边境小城镇建设), or jieba as places
  // (突破百万吨大关, 厚望如山)
  '小城镇', '中小城镇', '大关', '如山',
  // words made of province abbreviations that are common words (新晋院士: newly elected)
  '新晋',
  // common words jieba does not know or tags nz, which then pass for a zone's name (文创园区:
  // cultural and creative parks; 增量配电网园区)
  '文创', '配电网',
  // kinds of zone the gazetteer lists as township-level units somewhere (提升综合保税区、陆港空港)
  '综合保税区', '保税区', '经济技术开发区', '经济开发区', '高新技术产业开发区', '高新技术开发区', '工业园区', '工业区',
  // generic town names the gazetteer lists somewhere (县城—中心镇—重点村)
  '中心镇', '中心', '重点镇', '南北', '东西', '安宁', '文旅', '大力发展', '城里',
  // short names of municipal districts that are common words (长寿养生, 金山银山, 和平发展)
  '长寿', '和平', '滨海', '滨江', '江北', '南岸', '金山', '北辰', '红桥',
  // words jieba tags ns that name no place (宜居片区, 江海联运) and a company that reads like a region (京东)
  '宜居', '江海', '京东', '驻村', '新城', '大城', '马拉松',
  // bodies named by a level and a type, which a longer name's tail may look like (河北省人民政府)
  '省人民政府', '市人民政府', '县人民政府', '区人民政府', '省政府', '市政府', '县政府', '区政府', '村里', '乡里', '街头', '世界', '全球', '国际', '天下', '人间', '东方', '西方', '中华', '华夏', '神州',
  // jieba tags these ns although they are adjectives (美丽中国)
  '美丽',
  // new words jieba does not know (x) that name kinds of things, not one thing (零碳园区, 智算中心)
  '零碳', '低碳', '近零碳', '智算', '算力', '数智', '科创', '绿电', '零碳园区', '低碳园区',
  // verbs jieba tags nz
  '力争',
  // kinds of railway, not railways (普速铁路 and 城际铁路 end like 佳同铁路)
  '普速铁路', '城际铁路', '高速铁路', '重载铁路', '货运铁路', '客运铁路', '市域铁路', '专用铁路', '地方铁路', '跨境铁路', '干线铁路', '支线铁路',
];

/**
 * Words that make a slogan of the place after them (美丽中国, 科创广西, 诚信福建, 平安大庆): a zone
 * named after such a slogan (美丽中国先行区) is not a named place; the place inside it is.
 */
export const SLOGAN_MODIFIERS: readonly string[] = [
  '美丽', '科创', '数字', '平安', '法治', '健康', '智慧', '幸福', '活力', '诚信', '清廉', '人文', '绿色', '品质', '魅力',
  '书香', '好客', '文明', '和谐', '开放', '创新', '智造', '生态', '宜居', '韧性', '无废', '海洋', '网络', '交通', '文化',
];

export const NOT_PERSONS: readonly string[] = [
  '高水平', '卓越', '宣传部', '高新区', '玉米', '小康', '尼龙', '齐全', '养老', '阳光', '沃土', '拓宽', '承诺制', '冷冰冰', '严冬', '红利',
  '小型', '小微', '老年', '老旧', '老区', '小区', '小组', '老师', '小学', '高新', '高质量', '高速', '高端', '金融', '金属',
  '黄金', '石油', '石化', '钢铁', '江山', '温暖', '康养', '文明', '文化', '安全', '安康', '万家', '宁静', '平安', '和谐',
  '明显', '明确', '常态', '常规', '水平', '何时', '任何', '任务', '时间', '时代', '龙头', '韩国', '华夏', '华人', '乐观',
  '关键', '关心', '关于', '管理', '马上', '杨柳', '柏油', '牛奶', '羊奶', '鱼虾', '花卉', '花生', '李子', '桂花', '梅花',
  '兰花', '桑葚', '叶片', '程序', '方向', '方案', '方面', '向上', '成效', '成本', '成果', '成熟', '成就', '成员', '田园',
  '林业', '林下', '林地', '武装', '包装', '包括', '余额', '余名', '余只', '季度', '应急', '应用', '段落', '雷同',
  // reduplicated adjectives jieba tags as names (殷殷嘱托)
  '殷殷', '谆谆', '切切',
  // 老/小 and a surname's character that are common nouns (老楼加装电梯, 老房改造)
  '老楼', '老房', '老宅', '老街', '老屋', '小楼', '小店', '老店', '小吃', '老汤', '小商', '老商',
];

/**
 * Words ending like an organisation that name a kind of body, not one (高校院所创新联盟: 院所 is
 * "universities and institutes"); merged with org-suffixes.ts's list.
 */
export const NOT_ORG_WORDS_MORE: readonly string[] = ['院所', '科研院所', '高校院所', '研究院所', '电站', '水电站', '蓄能电站', '加油站', '充电站', '换电站'];

/**
 * Persons reports name inside the doctrines and terms jieba keeps whole (马克思列宁主义, 毛泽东思想,
 * 邓小平理论): found inside any word.
 */
export const KNOWN_PERSONS: readonly string[] = ['马克思', '恩格斯', '列宁', '毛泽东', '邓小平', '周恩来', '孙中山', '习近平'];

/** Deified and historical persons named in cultural terms (妈祖文化): only as a word of their own. */
export const CULTURAL_PERSONS: readonly string[] = ['妈祖', '朱子', '孔子', '孟子', '屈原'];
