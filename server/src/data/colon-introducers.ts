/**
 * Words after which GB/T 15834-2011 4.7.3 puts a colon because they introduce what follows:
 * 称呼语 (4.7.3.4: 各位代表：), 总说性或提示性词语 (4.7.3.1: 主要预期目标是：…；以下几点：),
 * and a label before its value inside brackets (（牵头单位：人社厅）). Used by punctuation-colon.
 */

/** Forms of address that open a speech or letter on a line of their own. */
export const SALUTATIONS: readonly string[] = [
  '各位代表', '各位委员', '各位代表、各位委员', '各位来宾', '各位嘉宾', '各位领导', '各位同事', '各位同学', '各位老师', '各位家长',
  '各位朋友', '同志们', '朋友们', '同学们', '老师们', '乡亲们', '女士们、先生们', '女士们，先生们', '女士们', '先生们', '亲爱的同学们',
  '亲爱的朋友们', '亲爱的同志们', '尊敬的各位领导', '尊敬的各位来宾', '尊敬的各位代表',
];

/**
 * Nouns that sum up what the rest of the sentence lists (总说性词语): 主要预期目标是：地区生产总值
 * 增长5%左右，…; 总体要求是：坚持…. Followed by 是/为/包括 (or nothing) and a long listing.
 */
export const SUMMARY_NOUNS: readonly string[] = [
  '指导思想', '总体要求', '总的要求', '基本要求', '主要要求', '主要目标', '主要预期目标', '预期目标', '发展目标', '奋斗目标', '总体目标',
  '目标任务', '主要目标任务', '主要指标', '主要任务', '重点任务', '基本原则', '总体思路', '工作思路', '基本思路', '主要举措', '主要做法',
  '主要内容', '主要措施', '重点工作', '主要成效', '主要经验',
];

/** Verbs joining a summary noun to its listing. */
export const SUMMARY_LINKS: readonly string[] = ['包括', '是', '为'];

/**
 * Openers that introduce a list of problems, reasons or items after the sentence naming them
 * (还存在一些不足。主要是：…；…困难和挑战，主要是：…).
 */
export const LIST_OPENERS: readonly string[] = ['主要是', '主要有', '主要包括', '具体是', '具体包括', '具体有', '主要表现在', '主要体现在', '表现在'];

/** What a list opener follows: the sentence before names problems or items in general. */
export const LIST_ANNOUNCERS = /(问题|挑战|不足|困难|短板|矛盾|风险|弱项|差距|原因|因素|任务|方面|内容|特点|措施|做法|经验|成效)/;

/** Labels written before their value inside brackets (（牵头单位：人社厅）). */
export const BRACKET_LABELS: readonly string[] = [
  '牵头单位', '责任单位', '牵头部门', '责任部门', '配合单位', '参与单位', '实施单位', '主办单位', '承办单位', '协办单位', '完成时限',
  '责任人', '联系人', '联系电话', '资料来源', '数据来源', '来源', '注', '备注', '说明',
];
