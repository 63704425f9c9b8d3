/**
 * Lexicon for punctuation-quotation-marks (GB/T 15834-2011, 4.8.3.2: 需要着重论述的对象、特殊含义的
 * 词语用引号; 4.8.3.1: 直接引用). Words here are data, not logic: a report from any province uses
 * the same national slogans and the same verbs that introduce a term.
 */

/**
 * Verbs that introduce a name or term, which then takes quotation marks (简称“伊品”).
 * Longest first.
 */
export const TERM_INTRODUCERS: readonly string[] = [
  '以下简称', '下称', '简称为', '简称', '又称', '亦称', '俗称', '统称', '通称', '人称', '昵称', '号称', '别称',
  '被称为', '被誉为', '誉为', '称之为', '被称作', '称作', '称为', '所谓', '取名为', '名为', '叫做',
];

/** Words that cannot be the term itself (所谓的, 称为了). */
export const TERM_STOP_WORDS: readonly string[] = ['的', '了', '是', '在', '为', '之', '其', '这', '那', '一个', '一种'];

/**
 * National slogans and policy shorthand that reports put in quotation marks. Numeric patterns
 * (十四五, 一老一小, 六稳六保) are recognised structurally; these are the ones with no pattern.
 * Deliberately absent: terms that became ordinary words and are as often left bare (专精特新,
 * 城中村, 以旧换新, 双循环, 河长制, 保交房, 好房子, 白名单, 一站式) and figures of speech
 * (钱袋子, 菜篮子, 卡脖子).
 */
export const SLOGANS: readonly string[] = [
  '一带一路', '两个确立', '两个维护', '四个意识', '四个自信', '四个全面', '三个代表', '五位一体', '两个毫不动摇',
  '两个一百年', '两山', '放管服', '最多跑一次', '一网通办', '一网统管', '跨省通办',
  '一件事一次办', '高效办成一件事', '只进一扇门', '双碳', '双减', '双一流', '三农',
  '三去一降一补', '六稳', '六保', '小巨人',
  '枫桥经验', '千万工程', '百千万工程', '厕所革命', '放管服改革', '证照分离', '多证合一', '三同时',
  '两新', '两重', '三保', '四风', '三公', '首违不罚',
  '无事不扰', '赛马制', '一老一小', '一刀切', '一窗通办', '一窗受理', '一网办',
  '互联网+', '人工智能+', '数据要素×',
];

/**
 * Four-character idioms whose numerals sit where a numbered slogan's do (一心一意, 三令五申):
 * they are not slogans. jieba already tags most idioms `i`; these are the ones it may not.
 */
export const NUMERIC_IDIOMS: readonly string[] = [
  '一心一意', '一点一滴', '一草一木', '一言一行', '一砖一瓦', '一朝一夕', '一举一动', '一针一线', '一五一十', '一模一样',
  '一年一度', '一生一世', '一丝一毫', '一张一弛', '一唱一和', '一来一回', '三令五申', '三番五次', '三心二意', '四面八方',
  '五湖四海', '千方百计', '千家万户', '千山万水', '千军万马', '千变万化', '千差万别', '千辛万苦', '千丝万缕', '七上八下',
  '七嘴八舌', '七零八落', '四平八稳', '九牛一毛', '十全十美', '一干二净', '一清二楚', '独一无二', '三三两两', '百发百中',
  '千行百业', '千村万户', '千企万户', '一年一次', '一月一次', '一周一次', '一季一次', '一人一次', '一户一档', '一事一议',
];

/** Speech verbs that end a slogan's clause and so cannot be part of it. */
export const CHINESE_NUMERALS = '一二三四五六七八九十两双百千万';
