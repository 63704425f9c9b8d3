/**
 * Validates raw `zhReport` settings (from the client, or a config file the CLI reads). Malformed
 * values never reach the linter: each is replaced by its default and described in a Chinese
 * problem message.
 */
import { SEVERITIES, type LintConfig, type SeverityOrOff } from './core/types';
import { DEFAULT_SETTINGS, type ZhReportSettings } from './protocol';
import { rulesById } from './rules';

export function parseSettings(raw: unknown): { settings: ZhReportSettings; problems: string[] } {
  const settings: ZhReportSettings = { ...DEFAULT_SETTINGS, rules: {} };
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('zhReport 设置应为对象，已使用默认设置');
    return { settings, problems };
  }
  const r = raw as Record<string, unknown>;
  if (r.enable !== undefined) {
    if (typeof r.enable === 'boolean') settings.enable = r.enable;
    else problems.push('zhReport.enable 应为 true 或 false');
  }
  if (r.rules !== undefined) {
    if (typeof r.rules !== 'object' || r.rules === null || Array.isArray(r.rules)) {
      problems.push('zhReport.rules 应为对象，例如 {"punctuation-halfwidth": "error"}');
    } else {
      for (const [id, level] of Object.entries(r.rules)) {
        if (!rulesById.has(id)) problems.push(`zhReport.rules 中的规则“${id}”不存在`);
        else if (!SEVERITIES.includes(level as SeverityOrOff)) problems.push(`zhReport.rules.${id} 应为 off、hint、info、warning 或 error`);
        else settings.rules[id] = level as SeverityOrOff;
      }
    }
  }
  if (r.quantityPlaceholder !== undefined) {
    if (typeof r.quantityPlaceholder === 'string' && r.quantityPlaceholder.length > 0 && r.quantityPlaceholder.length <= 8)
      settings.quantityPlaceholder = r.quantityPlaceholder;
    else problems.push('zhReport.quantityPlaceholder 应为 1 到 8 个字符的字符串');
  }
  if (r.runOnLength !== undefined) {
    if (typeof r.runOnLength === 'number' && Number.isInteger(r.runOnLength) && r.runOnLength >= 10 && r.runOnLength <= 1000)
      settings.runOnLength = r.runOnLength;
    else problems.push('zhReport.runOnLength 应为 10 到 1000 之间的整数');
  }
  if (r.spacing !== undefined) {
    if (r.spacing === 'none' || r.spacing === 'pangu') settings.spacing = r.spacing;
    else problems.push('zhReport.spacing 应为 "none" 或 "pangu"');
  }
  if (r.maxDocumentSize !== undefined) {
    if (typeof r.maxDocumentSize === 'number' && r.maxDocumentSize > 0) settings.maxDocumentSize = r.maxDocumentSize;
    else problems.push('zhReport.maxDocumentSize 应为正数');
  }
  if (r.dictionary !== undefined) {
    if (Array.isArray(r.dictionary) && r.dictionary.every((x) => typeof x === 'string')) settings.dictionary = r.dictionary as string[];
    else problems.push('zhReport.dictionary 应为字符串数组，例如 ["伊品 机构 黑龙江伊品生物科技有限公司"]');
  }
  return { settings, problems };
}

export function toLintConfig(s: ZhReportSettings): LintConfig {
  return {
    rules: { ...s.rules },
    options: { quantityPlaceholder: s.quantityPlaceholder, runOnLength: s.runOnLength, spacing: s.spacing },
  };
}
