/**
 * Endings of place names (林源镇, 东兴村, 德力戈尔工业园区). A proper stem before one of these
 * makes a place even when the gazetteer does not list it (villages, hamlets, zones).
 */
export const PLACE_SUFFIXES: readonly string[] = [
  '特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '街道', '新区', '高新区', '开发区', '经开区', '保税区',
  '自贸区', '工业园区', '产业园区', '产业园', '工业园', '园区', '示范区', '试验区', '经济区', '林区', '矿区', '景区',
  '省', '市', '县', '区', '旗', '盟', '州', '乡', '镇', '村', '屯', '嘎查', '苏木', '社区',
];

/** Suffixes dropped to get a division's short name (黑龙江省 → 黑龙江, 广西壮族自治区 → 广西). */
export const DIVISION_SUFFIXES: readonly string[] = [
  '特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '地区', '自治州', '自治县', '林区', '省', '市', '盟',
];
