/**
 * Words around 年/月/日/时 that tell a date or a duration whose number is gone from an ordinary
 * word (今年, 每月, 日前, 年均). Data for the `date-incomplete` rule.
 */

/** A character before 年/月/日 that makes a number unnecessary (今年, 去年, 每月, 当日, 次日). */
export const DATE_DETERMINERS = new Set('今明去前后上下本当同次每全半多数几近历往翌隔新旧逐整该此这那某各个昨元中末初'.split(''));

/** A character before a date that expects the date right after it (于年月日, 至年, 截至年). */
export const DATE_LEADS = new Set('于在至到从自较比与和及是为止—－~～、'.split(''));

/** Words before 年 that expect a count of years (连续年, 未来年, 用年时间). */
export const DURATION_LEADS = ['连续', '历时', '经过', '超过', '长达', '持续', '相隔', '时隔', '坚持', '仅用', '用了', '耗时', '未来', '今后', '此后', '过去', '最近', '用时', '用', '花'];

/** Tokens starting with 月 that still lack the month's number after a bare 年 (今年月底). */
export const MONTH_WORDS = new Set(['月', '月底', '月初', '月末', '月中', '月份', '月上旬', '月中旬', '月下旬', '月日', '月间']);

/**
 * Words after a bare 年 that make it "annual" rather than a year (年接待游客, 年销售收入, 年可繁育,
 * 年均): the year may be gone or never have been there, so the rule keeps quiet.
 */
export const ANNUAL_HEADS = [
  '均', '产', '收益', '收入', '销售', '营业', '营收', '利润', '利税', '产值', '产量', '生产', '加工', '增长', '增加', '减少', '降低', '下降',
  '接待', '处理', '吞吐', '发电', '用电', '用水', '节约', '节能', '节水', '减排', '新增', '出栏', '运量', '客流', '客运', '货运', '供应',
  '供水', '供气', '供热', '需求', '消费', '交易', '可', '能', '将', '实现', '平均', '综合', '分红', '收', '达', '超', '约', '培训', '服务', '输送', '繁育', '养殖', '种植', '出口', '进口', '营业额', '总',
];
