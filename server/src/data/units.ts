/**
 * Chinese units and measure words (量词) as data: what may follow a number in a report.
 *
 * `strength` says how sure a unit standing alone (no numeral before it) is of a missing number:
 * - `strong`: practically never written without a number (亿元, 平方米, %, 个百分点, 小时).
 * - `weak`: a measure word that jieba also uses in other roles (人, 项, 处, 户); flagged only
 *   with measure-like context (jieba tags it q/m, or a mark or a noun follows).
 * - `homograph`: a measure word that is an ordinary word too (位, 种 "to plant", 人次 "visits");
 *   flagged only when jieba tags it as a measure word and a mark follows.
 * - `rare`: mostly something else (段 "section", 路 "road", 期 "period", 批 in 获批); flagged only
 *   after a magnitude or approximator (万吨, 余批) or after 第.
 * `factor` converts to `base` for the hover (公斤 → 1000 克 is not wanted: base is the unit
 * itself unless a plain multiple of another one, e.g. 千米 → 1000 米).
 */

export type UnitKind = 'currency' | 'mass' | 'length' | 'area' | 'volume' | 'energy' | 'percent' | 'temperature' | 'time' | 'measure';
export type UnitStrength = 'strong' | 'weak' | 'homograph' | 'rare';

export interface UnitInfo {
  unit: string;
  kind: UnitKind;
  strength: UnitStrength;
}

function group(kind: UnitKind, strength: UnitStrength, words: string): UnitInfo[] {
  return words.split(/\s+/).filter(Boolean).map((unit) => ({ unit, kind, strength }));
}

export const UNITS: readonly UnitInfo[] = [
  ...group('currency', 'strong', '元 美元 欧元 日元 港元 港币 英镑 卢布 韩元'),
  ...group('mass', 'strong', '吨 公斤 千克 毫克 微克 斤 公吨 吨标准煤 标准煤'),
  ...group('mass', 'homograph', '克'),
  ...group('length', 'strong', '公里 千米 厘米 毫米 英寸 海里 延米'),
  ...group('length', 'homograph', '米 纳米'),
  ...group('area', 'strong', '平方米 平方公里 平方千米 亩 公顷 平米'),
  ...group('volume', 'strong', '立方米 毫升 标方 立方'),
  ...group('volume', 'rare', '方 升'),
  ...group('energy', 'strong', '千瓦时 千瓦 兆瓦时 兆瓦 吉瓦 千伏安 千伏 度电 标准箱 标箱 马力'),
  ...group('energy', 'rare', '瓦 伏'),
  ...group('percent', 'strong', '% ％ ‰ 个百分点 百分点'),
  ...group('percent', 'rare', '成'),
  ...group('temperature', 'strong', '℃ °C 摄氏度'),
  ...group('time', 'strong', '个月 小时 个小时 分钟 秒钟 周年 个工作日 工作日 个季度'),
  ...group('time', 'homograph', '季度 星期'),
  ...group('time', 'rare', '天 周 秒'),
  ...group('measure', 'strong', '个'),
  ...group('measure', 'weak', '人 项 件 户 家 处 所 座 栋 幢 辆 艘 架 场次 篇 份 株 棵 匹 枚 例 宗 颗 粒 盏 只 名 届 轮 条 户次 亩次 批次 车次 班次 台次 版次'),
  ...group('measure', 'homograph', '部 位 种 人次 架次 辆次 艘次 台套 台 套 次 场 张 倍'),
  ...group('measure', 'rare', '人口 批 段 期 类 道 路 门 片 笔 单 方 口 头 本 尾 羽 团 队 层 根 组 支 块 趟 起 间 对 副 箱 袋 瓶 桶'),
];

/** Units indexed by their first character, longest first, for matching at a position. */
export const UNITS_BY_FIRST: ReadonlyMap<string, readonly UnitInfo[]> = (() => {
  const m = new Map<string, UnitInfo[]>();
  const seen = new Set<string>();
  for (const u of UNITS) {
    if (seen.has(u.unit)) continue;
    seen.add(u.unit);
    const k = u.unit[0];
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(u);
  }
  for (const list of m.values()) list.sort((a, b) => b.unit.length - a.unit.length);
  return m;
})();

/** Magnitudes written after a number (3.5万, 60199.45亿); value as a power of ten. */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  十: 1,
  百: 2,
  千: 3,
  万: 4,
  十万: 5,
  百万: 6,
  千万: 7,
  亿: 8,
  十亿: 9,
  百亿: 10,
  千亿: 11,
  万亿: 12,
};

/** Approximators written between a number and its unit (30余万, 20多个, 万余人). */
export const APPROXIMATORS = ['余', '多', '来'] as const;

/** Words after a unit that still belong to the quantity (3个左右, 5万元以上). */
export const QUANTITY_SUFFIXES = ['左右', '以上', '以下', '上下', '之多', '有余', '以内', '余'];

/**
 * Characters directly before a unit that make a number unnecessary: determiners (这个, 每项,
 * 该项, 首个, 本次), quantifiers (多个, 几个, 数家), "per" (按户, 逐项) and reduplication.
 */
export const DETERMINERS = new Set('这那每各某该本此哪首逐整全单同另多诸几数当次上下近挨按其半头末好全'.split(''));

/** The determiners that also stand before a strong unit without a number (每平方米, 各小时); not 近%. */
export const STRONG_DETERMINERS = new Set('这那每各某该本此哪首逐整全单同另诸几数按其半'.split(''));

/** Before 万/亿 these make a round figure of their own (上万人, 近万场, 数万, 成千上万, 两个万亿元台阶). */
export const MAGNITUDE_LEADS = new Set('上近数几成千百十亿万个'.split(''));

/**
 * Words after a bare 万元/万人 that make it a per-unit or a name (万元地区生产总值能耗 = per
 * 10,000 yuan of GDP, 万人发明专利拥有量, 万亿级产业, “万人计划”); matched right after the unit.
 */
export const PER_UNIT_FOLLOWERS = ['地区生产总值', '生产总值', 'GDP', '增加值', '产值', '级', '俱乐部', '大关', '台阶', '拥有', '高价值', '发明', '计划'];

/** Words that jieba may split after a unit character although they are one word (元宇宙, 个税). */
export const NOT_AFTER: Readonly<Record<string, readonly string[]>> = {
  亩: ['均', '产'],
  元: ['宇宙', '素', '旦', '宵', '器件', '件', '年', '气', '老', '帅', '首', '代', '生', '协同'],
  个: ['税', '体', '案', '性', '别', '转'],
};

/** After 突破, 超过, 迈上 a bare 万亿元 may be the milestone itself (突破万亿元, 迈上万亿元台阶). */
export const MILESTONE_LEADS = ['突破', '超过', '超', '跨上', '迈上', '连跨', '跨', '迈', '站上', '跃上', '破'];

/**
 * Measure words that often end a word jieba splits after a noun (农牧户, 投资家); the
 * agent suffixes 人 and 名 also after a verb (参保人, 知名): they need a mark after them.
 */
export const COMPOUND_PRONE = new Set(['人', '家', '名', '户']);
export const AGENT_SUFFIXES = new Set(['人', '名']);

/**
 * Characters before a unit that make a word with it (链条, 取件, 等次). jieba normally joins these,
 * but not always next to a stripped number or an unknown word.
 */
export const NOT_BEFORE: Readonly<Record<string, string>> = {
  次: '等批版层档车班席位其依屡渐',
  条: '链线面金教萧便字借收欠发信头',
  件: '取寄文案部配软硬条事证邮附物元稿信要',
  家: '专作画商国农厂船店住管行亲老安成回资',
  户: '用客农门住账开落入窗散商租储',
  处: '到住好长短用益难坏深远高低妙相办何',
  人: '个本他别众军工主客敌恩商族',
  名: '知姓排署报点命题提出有',
  所: '场厕住处诊派',
  项: '事款强选弱专立',
  场: '站市现广会商剧球农牧战官机在登退入',
  套: '成配外手圈',
};

/** Verbs whose object 人 means "people" in general (鼓舞人, 激励人, 以文育人), not a head count. */
export const PERSON_VERBS = new Set(['鼓舞', '激励', '教育', '培养', '吸引', '凝聚', '感动', '鼓励', '团结', '育', '聚', '惠', '安', '化', '塑', '造就', '成就', '引导', '留住', '温暖', '感染', '打动', '服务于', '投资于']);

/**
 * 企业家 after a kind of enterprise (专精特新企业家、, 创新型企业家) or before 以上 is 企业 and a
 * count of 家 whose number is gone; after anything else it is "entrepreneur" (优秀企业家).
 */
export const ENTERPRISE_KINDS = ['专精', '特新', '高新技术', '规上', '规模以上', '上市', '创新型', '科技型', '龙头', '领军', '独角兽', '瞪羚', '巨人', '链主', '骨干', '外资', '外贸', '出口', '总部', '平台', '制造业', '工业', '加工', '服务业'];
