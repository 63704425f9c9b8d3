/**
 * Action verbs that open the policy phrases of 公文 (推动健全地方税体系，规范税收优惠政策). Two
 * clauses both opened by one of them read as a work item, not as a headline couplet; used by the
 * outline's fused-heading shapes (core/fusedHeadings.ts) to stay quiet on report prose.
 */
export const POLICY_VERBS: ReadonlySet<string> = new Set([
  '推动', '推进', '加强', '深化', '健全', '完善', '稳定', '扩大', '贯彻', '落实', '促进', '提升', '保障', '严守',
  '规范', '优化', '强化', '实施', '坚持', '加快', '构建', '守牢', '巩固', '增强', '提高', '统筹', '支持', '培育',
  '打造', '建设', '发展', '推行', '开展', '抓好', '做好', '办好', '狠抓', '加大', '持续', '全面', '大力', '积极',
  '坚决', '着力', '聚焦', '围绕', '筑牢', '守住', '防范', '化解', '保持', '维护', '营造', '激发', '释放', '拓展',
  '夯实', '深入', '加速', '健康', '弘扬', '践行', '压实', '严格', '创新', '引导', '鼓励', '建立', '探索', '支撑',
]);
