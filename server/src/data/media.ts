/**
 * Newspapers, agencies, broadcasters and magazines, for punctuation-enumeration-comma (a run of
 * outlets needs 、) and punctuation-book-title-marks (a publication's name takes 《》, GB/T
 * 15834-2011 4.15.3.1). Agencies and broadcasters are organisations: they never take 《》.
 */

/** Publications (newspapers, magazines) known by name. */
export const PUBLICATIONS: readonly string[] = [
  '人民日报', '人民日报海外版', '光明日报', '经济日报', '解放军报', '中国日报', '求是', '半月谈', '瞭望',
  '中国青年报', '工人日报', '农民日报', '法治日报', '法制日报', '科技日报', '中国改革报', '中国纪检监察报',
  '学习时报', '人民政协报', '中国妇女报', '中国教育报', '健康报', '中国青年', '新民晚报', '北京日报',
  '北京晚报', '解放日报', '文汇报', '南方日报', '南方周末', '羊城晚报', '黑龙江日报', '大庆日报', '参考消息',
  '环球时报', '中国新闻周刊', '三联生活周刊', '21世纪经济报道', '第一财经日报', '经济参考报', '证券时报',
  '中国证券报', '上海证券报', '金融时报', '中国经济时报', '中国财经报', '中国税务报', '中国环境报',
  '中国旅游报', '中国文化报', '中国艺术报', '文艺报', '新华每日电讯', '参考消息报',
];

/** Agencies, broadcasters and sites: outlets that are organisations, never titles. */
export const MEDIA_ORGANISATIONS: readonly string[] = [
  '新华社', '中新社', '中国新闻社', '中央广播电视总台', '中央电视台', '央视', '中央人民广播电台', '中国国际广播电台',
  '中国之声', '新华网', '人民网', '央视网', '光明网', '中国网', '中国新闻网', '澎湃新闻', '环球网', '东方网',
  '凤凰卫视', '香港商报', '路透社', '美联社', '法新社', '共同社', '塔斯社',
];

/** Endings that make an unknown name a publication (某某日报, 某某晚报, 某某杂志). */
export const PUBLICATION_SUFFIXES: readonly string[] = ['日报', '晚报', '早报', '晨报', '商报', '时报', '周报', '周刊', '月刊', '杂志', '画报', '青年报'];

/** Endings that make an unknown name a media organisation. */
export const MEDIA_ORG_SUFFIXES: readonly string[] = ['通讯社', '新闻社', '电视台', '广播电台', '广播电视台', '融媒体中心', '新闻网'];

/**
 * Words right after a publication name that mean the organisation (人民日报社, 人民日报记者): the
 * name then takes no 《》, or only a hint.
 */
export const ORGANISATION_FOLLOWERS: readonly string[] = [
  '社', '报社', '记者', '编辑', '总编辑', '社长', '报业', '集团', '客户端', '微博', '公众号', '编辑部', '通讯员', '评论员', '等媒体', '等', '和', '及', '、',
];

/** Words around a publication name that mean the publication itself (在人民日报上发表). */
export const PUBLICATION_CONTEXT_BEFORE: readonly string[] = ['在', '据', '于', '登上', '刊于', '见', '订阅', '阅读', '发表于', '刊登于', '刊发于'];
export const PUBLICATION_CONTEXT_AFTER: readonly string[] = [
  '上', '头版', '刊发', '刊登', '刊载', '发表', '报道', '评论', '专版', '版面', '撰文', '载文', '发文', '社论', '文章', '第',
];
