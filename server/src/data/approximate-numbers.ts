/**
 * Lexicon for punctuation-approximate-number (GB/T 15834-2011, A.2.3: neighbouring numbers that
 * together give an estimate take no 顿号 — 七八十, 三四个; but an abbreviated enumeration does —
 * 二、三产业 means 第二产业和第三产业).
 */

/** Neighbouring numeral pairs that read as an estimate (三四, 两三, 三五成群…). */
export const APPROXIMATE_PAIRS: readonly string[] = [
  '一二', '一两', '二三', '两三', '三四', '三五', '四五', '五六', '六七', '七八', '八九',
];

/**
 * Words after the pair that make it a count or measure: place values (七八十, 三四千), 成/倍,
 * and measure words and units. Longest first is not needed: CATEGORY_WORDS is checked before.
 */
export const QUANTITY_WORDS: readonly string[] = [
  '十', '百', '千', '万', '亿', '成', '倍',
  '个', '人', '名', '位', '岁', '年', '天', '周', '星期', '小时', '分钟', '秒', '次', '遍', '趟', '回',
  '家', '户', '所', '座', '台', '辆', '架', '艘', '件', '本', '篇', '种', '样', '句', '步', '张', '份', '条', '项',
  '公里', '千米', '米', '厘米', '毫米', '亩', '公顷', '吨', '斤', '公斤', '千克', '克', '元', '块', '角', '毛',
  '里', '尺', '寸', '度', '口', '只', '头', '棵', '株', '朵', '片', '杯', '碗', '顿', '层楼', '间', '套', '双',
];

/**
 * Words that make the numbers ordinals or categories, so the 顿号 abbreviates an enumeration
 * (二、三级医院, 一、二年级, 五、六月份, 五、六十年代, 二、三产业, 三、四季度).
 */
export const CATEGORY_WORDS: readonly string[] = [
  '级', '类', '等', '产业', '期', '轮', '档', '季度', '季', '章', '节', '款', '版', '号', '线', '星', '环',
  '年级', '年代', '年度', '年份', '月', '月份', '日', '号线', '届', '代', '批', '层', '等奖', '中全会', '把手',
  '楼', '区', '段', '标', '连', '班', '组', '队', '营', '团', '师', '军', '甲', '产', '胎', '孩', '审',
];
