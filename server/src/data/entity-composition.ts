/**
 * Data for names composed of parts (entityComposition.ts): facilities named after a place, and
 * routes and regions named by the initials of their cities.
 */

/**
 * Endings of facilities and sites named after a place they lie in or serve (长江博物馆, 复兴油田,
 * 新民大街, 331边防路). Zone and division endings are in place-suffixes.ts; these come after a
 * recognised place (or a stem jieba does not know) and make one place with it.
 */
export const FACILITY_ENDINGS: readonly string[] = [
  // (not 公路, 航道: 普通公路, 深水航道, 长江航道 are kinds or parts of a place, not names)
  '博物馆', '博物院', '纪念馆', '油田', '气田', '煤田', '盐田', '大道', '大街', '边防路', '隧道', '轻轨',
  '科创园', '产业城', '科学城', '科技城', '航天港', '空港', '陆港', '海港', '河港', '物流港', '枢纽港',
  '大学城', '生物城', '影视城', '医药城', '国际陆港',
];

/**
 * Endings of institutions whose name runs from a place over words of any kind, verbs included
 * (重庆|通用人工智能研究院, 赣江|创新研究院, 山东|科技大市场); 中心 is not among them: after a place
 * it is mostly a role the place plays (北京国际科技创新中心).
 */
export const INSTITUTION_ENDINGS: readonly string[] = [
  '研究院', '研究所', '实验室', '大学', '学院', '医院', '科学院', '大剧院', '歌剧院', '科技大市场', '技术交易市场',
  // schools named from their place (西藏|完全|中学); 中学生 and 中小学 are other words
  '中学', '小学',
  // a hall named after its place over a designation and a topic, 馆 a word of its own (杭州|国家|版本|馆)
  '馆',
];

/** Mineral words before 矿 in a mine's name (大红柳滩锂铍矿, 火烧云铅锌矿, 某某铜矿). */
export const MINERAL_CHARS: string = '金银铜铁锡铅锌镍钴钨钼锑锂铍铌钽稀土铀磷钾煤铝锰铬钒钛萤石膏硼';

/** Words before 油田 or 气田 that say what kind of field it is, not which (页岩气田, 海上油田). */
export const GENERIC_FIELD_STEMS: readonly string[] = [
  '海上', '陆上', '页岩', '致密', '常规', '非常规', '大型', '特大型', '中型', '小型', '整装', '深层', '超深层', '老', '新', '现有', '主力',
  '高产', '低产', '边际', '成熟', '重点', '国内', '海外', '境外', '沙漠', '稠油', '凝析',
];

/** One-character names of provinces and the province each stands for (冀 河北, 陇 甘肃). */
export const PROVINCE_OF_ABBREVIATION: Readonly<Record<string, string>> = {
  京: '北京', 津: '天津', 冀: '河北', 晋: '山西', 蒙: '内蒙古', 辽: '辽宁', 吉: '吉林', 黑: '黑龙江', 沪: '上海', 苏: '江苏',
  浙: '浙江', 皖: '安徽', 闽: '福建', 赣: '江西', 鲁: '山东', 豫: '河南', 鄂: '湖北', 湘: '湖南', 粤: '广东', 桂: '广西',
  琼: '海南', 渝: '重庆', 川: '四川', 蜀: '四川', 黔: '贵州', 滇: '云南', 藏: '西藏', 陕: '陕西', 甘: '甘肃', 陇: '甘肃',
  青: '青海', 宁: '宁夏', 新: '新疆', 港: '香港', 澳: '澳门', 台: '台湾',
};

/**
 * Cities named in initials by a character other than their first (南通 通, 无锡 锡, 宁波 甬,
 * 雄安 雄), with their province.
 */
export const CITY_INITIAL_PROVINCES: Readonly<Record<string, string>> = {
  通: '江苏', 锡: '江苏', 甬: '浙江', 榕: '福建', 鹭: '福建', 蓉: '四川', 邕: '广西', 筑: '贵州', 穗: '广东', 莞: '广东',
  汉: '湖北', 雄: '河北', 连: '江苏',
};

/**
 * Words a two-character group of city initials stands before when it names a route or a corridor
 * (沈大经济走廊, 宿连航道, 石雄铁路): with them two initials are enough evidence.
 */
export const INITIALS_ROUTE_WORDS: readonly string[] = [
  '铁路', '高铁', '高速', '高速公路', '城际', '城际铁路', '航道', '运河', '通道', '走廊', '经济走廊', '科创走廊', '公路', '管道',
];

/**
 * Products and industries a project is named by after its company (杭州|海康|机器人, 湘潭|中联|
 * 矿山机械装备, 丽水|富乐德|传感技术): a word jieba does not know between a city and one of these,
 * in a sentence about projects, is the company's short name.
 */
export const PRODUCT_WORDS: readonly string[] = [
  '半导体', '芯片', '集成电路', '传感', '传感器', '机器人', '电子', '材料', '新材料', '机械', '矿山机械', '装备', '汽车', '新能源', '电池', '储能',
  '光伏', '医药', '药业', '生物', '化工', '石化', '钢铁', '锂电', '精密', '显示', '显示器', '数控', '重工', '食品', '乳业', '纺织', '造纸',
  '玻璃', '陶瓷', '光电', '通信', '软件', '风电', '氢能', '航空', '船舶', '电机', '电器', '家电', '轮胎', '电缆', '光纤', '硅片', '碳纤维',
  '复合材料', '涂料', '化纤', '种业', '酒业', '动力', '电驱', '激光', '光学', '模组', '面板', '晶圆', '封装', '铜箔', '负极', '正极', '电解液',
];

/**
 * Endings of streets and roads that name one (新民大街, 内环北路): a word jieba knows as a common
 * noun may be the stem (新民/n, 内环/n), since the ending itself is the evidence. 路 alone is not
 * among them (思路, 道路, 丝路).
 */
export const STREET_ENDINGS: readonly string[] = ['大街', '北路', '南路', '东路', '西路', '中路', '北大街', '南大街', '东大街', '西大街', '大道'];

/**
 * Endings only named sites have (水库, 港区, 国际机场, 大桥…): before them a short stem is a name
 * even when jieba breaks it into pieces or takes it for common words (中/皋/水库, 官路/水库,
 * 大兴/寨/水库, 盛乐/国际机场), unless it says what kind of site it is (GENERIC_SITE_STEMS).
 */
/**
 * Endings of named science and university towns and science parks whose own name may be a word
 * jieba takes for a verb or a place word (天开|高教科创园, 良乡|大学城, 东方|航天港): with these a stem
 * of up to four characters is read, a verb included unless it says what is done to the site.
 */
export const TOWN_SITE_ENDINGS: readonly string[] = ['科创园', '大学城', '高教园', '航天港', '科学城', '科技城', '创新港'];

export const STRONG_SITE_ENDINGS: readonly string[] = [
  '水库', '港区', '作业区', '国际机场', '机场', '新区', '公路大桥', '铁路大桥', '跨海大桥', '长江大桥', '黄河大桥', '大桥', '创新城', '智慧城',
  // heritage sites and waterworks, whose stem jieba often cuts into single characters (大/窑|遗址公园,
  // 下/汤|遗址, 拉/洛|水利枢纽)
  '遗址公园', '遗址', '水利枢纽',
];

/** Stems that say what kind of site it is, not which (病险水库, 通用机场, 国家级新区). */
export const GENERIC_SITE_STEMS: readonly string[] = [
  '病险', '大型', '中型', '小型', '大中型', '中小型', '水源型', '各类', '重点', '新建', '在建', '骨干', '调蓄', '平原', '山区', '地下', '水源',
  '通用', '运输', '支线', '民用', '军民', '货运', '国际', '国内', '枢纽', '干线', '新', '老', '省级', '国家级', '国家', '城市', '综合', '集装箱',
  '主体', '一批', '多个', '全部', '所有', '现有', '临港', '沿海', '内河', '跨江', '过江', '跨海', '特大', '这些', '该', '本', '各', '全省',
  '县城', '农村', '乡村', '公路', '铁路', '高速', '轨道', '长江', '黄河', '数字', '智慧', '绿色', '低碳', '零碳', '未来', '科技', '创新', '产业', '经济', '文化', '生态',
  '考古', '古城', '重要', '革命', '红色', '历史', '文物', '工业', '古', '大', '重大', '水利', '骨干水源', '旧址', '革命旧址',
  '一流', '现代', '特色', '高水平', '高质量', '一批', '综合性', '区域性', '高教', '创新型',
];

/**
 * Words before 集团 that say what kind of group it is, not which (国资集团, 物流集团, 金控集团);
 * any other two-character word jieba knows, standing alone before 集团, is a group's short name
 * (首旅集团, 酒钢集团).
 */
export const GENERIC_GROUP_STEMS: readonly string[] = [
  '国资', '国有', '国企', '央企', '民营', '省属', '市属', '区属', '县属', '地方', '大型', '骨干', '龙头', '重点', '优势', '领军', '企业', '产业',
  '物流', '金控', '金融', '投资', '城投', '交投', '文旅', '旅游', '数据', '能源', '电力', '水务', '交通', '建设', '建工', '商贸', '农业',
  '医药', '钢铁', '化工', '煤炭', '矿业', '汽车', '航空', '港口', '运营', '资本', '控股', '实业', '发展', '科技', '传媒', '出版', '教育',
  '医疗', '健康', '体育', '粮食', '供销', '农垦', '林业', '水利', '环保', '机场', '铁路', '高速', '公路', '信息', '通信', '电子', '食品',
  '服务', '贸易', '外贸', '进出口', '国际', '跨国', '中小', '小微', '头部', '链主', '平台', '新型', '专业', '综合', '各类', '相关', '一批',
  '省级', '市级', '国家级', '世界级', '千亿', '百亿', '旗舰', '大中型', '中央', '地方国有', '产业链', '主导', '经营', '管理', '担保', '保险',
];

/**
 * Endings of sites named by a name of their own, often after the place they lie in (阜新|海州
 * 露天矿, 张掖|马蹄石窟群, 佛渡集装箱码头): the words after the last place are the site's name; a
 * direction after the place makes the name with it (抚顺西露天矿). Longest first.
 */
export const OWN_NAME_SITE_ENDINGS: readonly string[] = ['集装箱码头', '露天矿', '石窟群', '石窟', '码头'];

/** Words that say what kind of site it is, not which (新一代|集装箱码头, 港口|码头). */
export const GENERIC_OWN_SITE_STEMS: readonly string[] = ['港口', '内河', '沿海', '沿江', '货运', '客运', '专业', '现代化', '智慧', '自动化', '集装箱', '散货', '煤炭', '油气', '旅游', '游船', '重点', '大型', '新'];

/**
 * Line words after a railway's, an airport's or a port's name that name a line of its own
 * (梅山铁路|专用线, 中川机场|环线铁路, 北仑|支线): the place and the word make one place.
 */
export const LINE_WORDS: readonly string[] = ['环线铁路', '铁路专用线', '专用线', '支线铁路', '支线', '联络线', '环线'];
