/**
 * Endings of place names (林源镇, 东兴村, 德力戈尔工业园区). A proper stem before one of these
 * makes a place even when the gazetteer does not list it (villages, hamlets, zones).
 */
export const PLACE_SUFFIXES: readonly string[] = [
  '特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '街道', '新区', '高新区', '开发区', '经开区', '保税区',
  '自贸区', '工业园区', '产业园区', '产业园', '工业园', '园区', '示范区', '试验区', '经济区', '林区', '矿区', '景区',
  '省', '市', '县', '区', '旗', '盟', '州', '乡', '镇', '村', '屯', '嘎查', '苏木', '社区',
  // named sites: 鹤岗机场, 佳同铁路, 良渚古城
  '国际机场', '机场', '高铁', '铁路', '大桥', '遗址', '公园', '古城', '港',
  // reservoirs and waterworks: 藻渡水库, 福寿岩水库
  '水库', '水利枢纽', '水电站',
  // border and port crossings: 别迭里口岸, 二连浩特公路口岸 (the mode word between, see
  // PORT_MODES; 重点口岸, 边境口岸 have no proper stem)
  '口岸',
  // irrigation districts: 景电灌区, 都江堰灌区 (大中型灌区, 重点灌区 have no proper stem)
  '灌区',
];

/** Words for a crossing's mode between its place and 口岸 (二连浩特公路口岸, 满洲里铁路口岸). */
export const PORT_MODES: readonly string[] = ['公路', '铁路', '航空', '水运'];

/**
 * Endings of named zones and areas whose name may run over several common words after the place
 * that starts it: 重庆人工智能湾区, 拉萨金融商务区, 阜阳城市圈.
 */
export const ZONE_SUFFIXES: readonly string[] = [
  '都市圈', '城市圈', '经济圈', '城市群', '经济带', '商务区', '金融区', '湾区', '核心区', '示范区', '试验区', '集聚区', '先行区',
  '港区', '陆港区', '新城', '科学城', '创新港', '开发区', '高新区', '新区', '园区', '产业园', '科技园', '科创园',
  // parks, heritage sites and cultural grounds named after a place: 良渚古城遗址公园, 浙东运河文化园
  '公园', '遗址公园', '文化公园', '国家公园', '文化园', '生态园', '博览园', '植物园', '动物园', '地质公园',
  // areas and waterways named after a place: 辽西先导区, 郑州国际陆港核心功能区, 淮河入海水道, 苏南运河
  '先导区', '经济区', '功能区', '综保区', '作业区', '度假区', '片区', '发展区', '合作区', '经济走廊', '农高区', '农综区',
  '运河', '入海水道', '黄金水道',
  // a reservoir's area named after its dam or its place: 丹江口库区 (水库库区, 库区移民 have no place)
  '库区',
  // zones under their full designation after their place: 蚌埠综合保税区, 上库高新技术产业开发区
  '综合保税区', '保税区', '高新技术产业开发区', '经济技术开发区', '经济开发区',
  // nature reserves named after their mountain, lake or county: 大青山国家级自然保护区
  '自然保护区', '保护区',
  // corridors, science cities and cooperation areas named after a place: 杭州城西科创大走廊,
  // 长江口产业创新绿色发展协同区, 怀柔科学城, 和林格尔数据中心集群
  '协同区', '科创走廊', '科创大走廊', '科技城', '产业新城', '汽车城', '数据中心集群', '会都',
  // a district's riverside: 杨浦滨江, 徐汇滨江
  '滨江',
  // cultural tourism corridors, circles and belts named after their region (巴蜀文化旅游走廊,
  // 长江国际黄金旅游带); 旅游带 ends a word jieba cuts as 旅游/带
  '文化旅游走廊', '文化旅游圈', '旅游圈', '旅游带',
  // a port's border trade zone and cross-border railway named after it (…口岸互贸区, …跨境铁路)
  '口岸互贸区', '互贸区', '互市贸易区', '跨境铁路',
  // designated zones and hubs named after their place (a kind of zone without one: 高质量发展引领区,
  // 双向开放枢纽): 浦东引领区, 虹桥国际开放枢纽, 郑州航空港区
  '引领区', '开放枢纽', '航空港区',
  // airports named by their city and district (杭州萧山国际机场, 福州长乐国际机场)
  '国际机场',
  // valleys named as industry zones after their place (中原农谷, 中国光谷)
  '农谷', '光谷', '药谷', '芯谷',
  // university towns named after their place (良乡大学城, 沙河高教园)
  '大学城', '高教园', '职教城',
  // bases under a national designation after their place (漳州国家骨干冷链物流基地); only with
  // the designation (DESIGNATED_ZONE_SUFFIXES): 甘肃清洁能源基地 describes what the province is
  '基地',
];

/** Zone endings that make a name only with a designation right after the place (大同|国家|数据标注基地). */
export const DESIGNATED_ZONE_SUFFIXES: readonly string[] = ['基地'];

/**
 * One-character abbreviations of provinces; a word made only of them names a region (京津冀,
 * 沪苏浙, 鄂湘赣, 川渝, 粤港澳).
 */
export const PROVINCE_ABBREVIATIONS: string = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕甘陇青宁新疆港澳台';

/**
 * One-character names of cities other than their first character (甬 宁波, 榕 福州, 蓉 成都, 邕 南宁,
 * 筑 贵阳, 穗 广州, 鹭 厦门, 汉 武汉, 锡 无锡, 莞 东莞): with the initials of the other cities they
 * make regions (杭甬温, 汉襄宜).
 */
export const CITY_ABBREVIATIONS: string = '甬榕蓉邕筑穗鹭汉锡莞';

/** Suffixes dropped to get a division's short name (黑龙江省 → 黑龙江, 广西壮族自治区 → 广西). */
export const DIVISION_SUFFIXES: readonly string[] = [
  '特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '地区', '自治州', '自治县', '林区', '省', '市', '盟',
];

/**
 * Kinds of site whose formal name holds their grade (大青山国家级自然保护区, 阿尔山国家级旅游度假区):
 * after 国家级, 省级 or 市级 anything else is a programme the place takes part in (常州国家级零碳园区,
 * 泉州省级人工智能产业园), and the place stands alone.
 */
export const GRADED_SITE_KINDS: readonly string[] = [
  '自然保护区', '旅游度假区', '风景名胜区', '湿地公园', '森林公园', '地质公园', '自然公园', '海洋公园', '水利风景区',
  '文化生态保护区', '文化生态保护实验区', '新区', '经济技术开发区', '高新技术产业开发区', '高新区', '经开区',
];
