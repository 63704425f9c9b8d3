/**
 * Speech verbs and speaker words, shared by punctuation-quotation-marks and punctuation-colon
 * (GB/T 15834-2011, 4.7.3.2: a colon after 说/道 introduces a direct quotation; 4.8: quotations
 * take “”).
 */

/**
 * Verbs that attribute speech. Longest first so that 告诉记者 wins over 告诉. The ones after a
 * speaker at the end of a sentence close a direct quotation (……宋亚东说。).
 */
export const SPEECH_VERBS: readonly string[] = [
  '告诉记者', '对记者说', '向记者介绍', '向记者表示', '接受采访时说', '接受采访时表示',
  '笑着说', '感慨地说', '高兴地说', '激动地说', '自豪地说', '动情地说', '坦言道', '感叹道', '说道', '写道', '问道', '答道',
  '表示', '介绍', '指出', '强调', '坦言', '感慨', '感叹', '补充', '透露', '回忆', '解释', '告诉', '直言', '笑言', '说', '讲', '道', '问', '答',
];

/** Verbs after which a quotation that is a whole sentence needs a colon (他说：“……”). */
export const COLON_SPEECH_VERBS: readonly string[] = [
  '告诉记者', '对记者说', '说道', '写道', '问道', '答道', '感叹道', '坦言道',
  '表示', '指出', '强调', '坦言', '感慨', '感叹', '宣布', '说', '道', '问', '答', '喊', '称',
];

/** First-person words that mark a clause as the speaker's own words (direct speech). */
export const FIRST_PERSON = /^(我们|咱们|我(?![国省市区县校院厂部局委镇乡村军党方司行所处队])|咱|俺|本人)/;
/** The same anywhere in a text; 我国, 我省, 我市 are the institution's voice, not a speaker's. */
export const FIRST_PERSON_ANYWHERE = /我们|咱们|我(?![国省市区县校院厂部局委镇乡村军党方司行所处队])|[咱俺]/;

/**
 * Job titles and person nouns that end a speaker phrase (副主任宋亚东, 周女士, 小刘). A speaker is a
 * name, a title, or title + name.
 */
export const SPEAKER_TITLES: readonly string[] = [
  '总经理', '副总经理', '董事长', '副董事长', '总裁', '总监', '经理', '厂长', '主任', '副主任', '部长', '副部长',
  '局长', '副局长', '处长', '科长', '所长', '站长', '院长', '校长', '馆长', '社长', '会长', '队长', '组长', '行长',
  '书记', '副书记', '第一书记', '省长', '市长', '县长', '区长', '乡长', '镇长', '副镇长', '村主任', '主席', '委员',
  '负责人', '工程师', '总工程师', '教授', '研究员', '专家', '医生', '护士', '老师', '教师', '记者', '律师', '民警',
  '村民', '居民', '市民', '群众', '农民', '工人', '职工', '员工', '师傅', '女士', '先生', '同志', '大姐', '大爷', '阿姨',
  '代表', '志愿者', '党员', '游客', '家长', '学生', '创始人', '发言人',
  '厅长', '司长', '支书', '主管', '秘书长', '理事长', '总编辑', '主编', '院士', '大使', '学者', '博士', '分析师', '经济学家',
  '教练', '运动员', '养殖户', '种植户', '农户', '店主', '老板', '司机', '网格员', '干部', '主持人',
];

/** Pronouns that can be the speaker of a closing attribution (……他说。). */
export const SPEAKER_PRONOUNS: readonly string[] = ['他', '她', '他们', '她们', '对方'];

/** Common surnames: a sentence that is only 2-3 characters + 说 names its speaker (刘冬莉说。). */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤牟孔';
