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

/**
 * Terms learned from the 24 government reports of 2026 (not written by hand): quoted in at least
 * two reports, and quoted in at least 70% of their occurrences there. Two-character terms need a
 * numeral or a sign (两癌, 三资): a quoted two-character word is mostly a figure of speech (小家).
 * The benchmark scores this list out of sample (each report against terms learned from the
 * others) and says when the list differs from what the reports teach; regenerate it with
 * `BENCH_LEARN=1 npm run bench -- punctuation`.
 */
export const LEARNED_SLOGANS: readonly string[] = [
  '1+3', '1+N', '25·7', '4+1', '一业一策', '一件事', '一企一策', '一卡通', '一带一路', '一张图', '一网交易', '一网统管', '一网通办',
  '一老一小', '一表通', '一链一策', '万企兴万村', '万家民营企业评营商环境', '三下降', '三不腐', '三个代表', '三位一体', '三保', '三全', '三公',
  '三农', '三化', '三北', '三医', '三医协同', '三品一标', '三块地', '三改联动', '三管三必须', '三资', '两个更好统筹', '两个毫不动摇', '两个确立',
  '两个维护', '两创', '两区', '两国双园', '两委', '两山', '两新', '两癌', '两重', '两高', '九五', '五个一工程', '五个中心', '五个必须',
  '五个认同', '五个进一步到位', '五位一体', '五型', '五大安全', '五篇大文章', '五连冠', '人工智能+', '人工智能+消费', '体育+', '保交楼', '保税+',
  '信用+', '全国一张清单', '全国十大考古新发现', '八五', '八大行动', '公路口岸+属地直通', '公转水', '公转铁', '六个坚持', '六链五群', '内卷式',
  '几字弯', '北大门', '十三五', '十五五', '十四五', '十项行动', '千万工程', '卡脖子', '压舱石', '双一流', '双中心', '双城记', '双招双引',
  '双百工程', '双碳', '双高建设计划', '双高计划', '四下基层', '四个全面', '四个意识', '四个自信', '四好农村路', '四水四定', '四稳', '四链',
  '四风', '国之大者', '土特产', '多规合一', '大综合一体化', '好房子', '小升规', '小巨人', '小而美', '形象工程', '打非治违', '扫码入企',
  '技能照亮前程', '护城河', '拨改投', '掌上办', '揭榜挂帅', '放得活', '政产学研金服用', '政策+活动', '政绩工程', '数据要素×', '文旅+百业',
  '新三样', '新两翼', '新农人', '无事不扰', '无废城市', '时代楷模', '智改数转网联', '村BA', '村字号', '枫桥经验', '标准地', '民呼我为',
  '氢走廊', '满堂红', '百业+文旅', '百千万', '百千工程', '空中丝绸之路', '管得好', '综合查一次', '菜篮子', '诗和远方', '跨境电商+产业带',
  '跨境电商+海外仓', '车路云一体化', '零自付', '高效办成一件事',
];
