/**
 * Data for institutions named by a head that is no name (国家工业母机创新研究中心,
 * 省氢能产业研究院, 国际深空探测学会) or by a place over words jieba takes for verbs
 * (江西省知识产权保护中心), and for their branches and seats. See core/entitiesInstitutions.ts.
 */

/** Heads that start such a name, with the endings each may take. */
export const INSTITUTION_HEADS: Readonly<Record<string, readonly string[]>> = {
  国家: ['研究中心', '创新中心', '研究院', '研究所', '实验室', '中心', '分中心', '学会', '协会', '联合会', '基金会'],
  省: ['研究院', '研究所', '科学院'],
  国际: ['学会', '协会', '联合会', '研究院'],
};

/** Endings of an institution named from its place over verbs (…知识产权保护中心, …技术转移研究院). */
export const PLACE_INSTITUTION_ENDINGS: readonly string[] = ['研究中心', '创新中心', '研究院', '研究所', '中心', '分中心', '学会', '协会', '联合会', '基金会'];

/** Verbs jieba tags inside institutions' names (技术转移, 知识产权保护, 审评检查, 深空探测). */
export const INSTITUTION_VERBS: readonly string[] = [
  '创新', '研究', '转移', '保护', '探测', '审评', '检查', '计量', '监测', '检测', '检验', '交流', '合作', '发展', '促进', '孵化', '转化',
  '评估', '认证', '鉴定', '审查', '设计', '勘察', '勘探', '规划', '培训', '推广', '服务', '救援', '防治', '治理', '控制', '预防',
];

/**
 * Words that name what every such body is about (重点实验室, 技术创新中心, 区域医疗中心): a head
 * with nothing but these before its ending names a kind of body, not one.
 */
export const GENERIC_TOPICS: readonly string[] = [
  '重点', '技术', '工程', '工程技术', '创新', '研究', '产业', '制造业', '区域', '医疗', '医学', '临床', '临床医学', '企业', '重大', '新型', '高端',
  '科技', '综合', '公共', '服务', '平台', '数据', '大数据', '超算', '算力', '高水平', '一流', '质量', '标准', '检测', '检验', '认证', '计量',
  '监测', '科学', '研发', '中试', '孵化', '转化', '示范', '国际', '野外', '观测', '实验', '专业', '骨干', '基础', '前沿', '交叉', '应用',
  '产业化', '成果', '人才', '培训', '教育', '实训', '学术', '科研', '重要', '制造', '先进', '智能', '数字', '绿色', '低碳', '现代', '合作',
  '交流', '发展', '促进', '评估', '设计', '规划', '推广', '文化', '金融', '贸易', '航运', '消费', '交往', '物流', '商贸', '经济', '枢纽',
  '工程化', '实验室', '卫生', '公共卫生', '健康', '疾控', '会议', '会展', '展览', '体育', '演艺', '建设', '获批',
];

/** A city's designation as a centre (上海国际科技创新中心, 国际消费中心): no body. */
export const DESIGNATION_CENTRES = /(科技创新中心|科创中心|金融中心|航运中心|贸易中心|消费中心|交往中心|物流中心|商贸中心|经济中心|文化中心)$/;

/** Endings of a branch named after its parent body and where or what it is (…医院天塔院区, …实验室西北创新基地). */
export const BRANCH_UNITS: readonly string[] = ['院区', '校区', '分院', '分校', '分中心', '基地', '研究院', '研究所', '中心'];
/** Words between a branch's name and 基地 (西北创新基地, 林芝研发基地). */
export const BRANCH_KIND_WORDS: readonly string[] = ['创新', '研发', '产业化', '转化', '试验', '中试', '科研'];

/**
 * Designations a body is granted under a national or provincial scheme, named by their topic
 * (国家大豆技术创新中心, 省重点实验室): a kind of body, unless a branch follows (…林芝基地).
 */
export const DESIGNATION_KINDS = /(技术创新中心|制造业创新中心|产业创新中心|工程研究中心|工程技术研究中心|临床医学研究中心|医学中心|重点实验室|工程实验室|区域医疗中心|企业技术中心|公共卫生中心)$/;

/** Verbs before a head that say a designation is sought or granted (争创国家…中心, 获批…). */
export const DESIGNATION_VERBS: readonly string[] = ['争创', '创建', '申建', '创成', '获批', '获评', '入选', '认定', '新增', '布局', '争取', '申报'];
