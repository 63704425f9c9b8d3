/**
 * Lexicon for punctuation-book-title-marks (GB/T 15834-2011, 4.15: 书名号 marks the names of books,
 * newspapers, periodicals, documents, laws, films, plays, songs…).
 */

/** Endings of a document's name (…的意见, …条例). */
export const DOCUMENT_SUFFIXES: readonly string[] = [
  '实施意见', '指导意见', '若干意见', '意见', '实施细则', '实施办法', '管理办法', '办法', '实施条例', '条例', '规定', '决定',
  '通知', '规划纲要', '纲要', '规划', '行动计划', '实施方案', '工作方案', '方案', '若干措施', '若干政策', '措施', '建议', '报告',
  '白皮书', '公报',
];

/** Words that introduce a document by name (印发《…》, 根据《…》). */
export const DOCUMENT_VERBS: readonly string[] = [
  '出台', '印发', '制定', '制订', '颁布', '发布', '公布', '施行', '实施', '修订', '修改', '审议', '通过', '贯彻', '落实',
  '贯彻落实', '学习', '宣传', '依据', '根据', '按照', '对照', '执行', '签署', '批准', '编制', '起草', '下发',
];

/**
 * Short titles a report gives the draft it submits (《纲要草案》, 《纲要（草案）》): standing as a
 * noun phrase of their own (after a mark, a verb or a preposition) they always mean the document.
 */
export const DRAFT_SHORT_TITLES: readonly string[] = ['纲要（草案）', '纲要(草案)', '纲要草案', '规划（草案）', '规划草案', '计划草案', '预算草案', '报告（草案）'];

/** Issuers before a bare 建议/意见 that is their document (省委《建议》, 中央《意见》). */
export const SHORT_TITLE_ISSUERS: readonly string[] = ['党中央', '中央', '中共中央', '国务院', '省委', '市委', '区委', '县委', '州委', '党委', '自治区党委'];

/** What follows a short title used as a document's name (《建议》提出, 《建议》明确的目标). */
export const SHORT_TITLE_FOLLOWERS = /^(?:提出|明确|指出|强调|确定|部署|要求|描绘|擘画|作出|规划|安排|的[^\u4e00-\u9fff]|[，。；、）和及])/;

/** Endings of a law's name; the name must also open with 中华人民共和国 (or a place) to count. */
export const LAW_SUFFIXES: readonly string[] = ['法典', '法', '条例', '实施条例', '规定'];

/**
 * Words for a work's genre, after which the work's own name follows (话剧《右玉》). Longest first
 * is handled by the rule.
 */
export const WORK_GENRES: readonly string[] = [
  '纪录电影', '电影', '电视剧', '网络剧', '微短剧', '短剧', '纪录片', '专题片', '动画片', '宣传片', '话剧', '舞剧', '歌剧', '音乐剧',
  '京剧', '越剧', '黄梅戏', '豫剧', '秦腔', '评剧', '婺剧', '川剧', '昆曲', '曲剧', '粤剧', '杂技剧', '舞蹈诗', '歌曲', '主题曲',
  '专著', '小说', '长篇小说', '诗集', '散文集', '丛书', '报告文学', '图书', '读物', '教材', '栏目', '节目', '综艺',
];

/**
 * Nouns after a genre word that continue the common noun instead of naming a work
 * (电视剧产业, 话剧团, 纪录片创作).
 */
export const GENRE_CONTINUATIONS: readonly string[] = [
  '产业', '行业', '市场', '创作', '制作', '拍摄', '生产', '出品', '团', '院', '节', '展', '展映', '展播', '作品', '精品', '基地',
  '人才', '演员', '编剧', '导演', '剧本', '剧目', '工作', '事业', '发展', '艺术', '演出', '频道', '平台', '等', '和', '及',
  '类', '片', '奖', '文化', '成果', '曲本', '传承', '保护', '进校园', '下乡', '进社区', '表演', '经典', '名家', '艺术家', '大赛', '比赛', '评选', '研讨会', '首映', '播出', '上映', '公映', '领域', '企业', '公司', '题材', '中心',
];
