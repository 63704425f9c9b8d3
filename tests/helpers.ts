/** Shared test helpers: one linter per test process (jieba's dictionary loads once). */
import { Linter } from '../server/src/linter';
import { defaultConfig, type Finding, type LintConfig } from '../server/src/core/types';

let linter: Linter | undefined;
export function testLinter(): Linter {
  return (linter ??= new Linter());
}

/** Lints text with only the named rules on (all when none are named). */
export function lintWith(text: string, ruleIds: string[] = [], tweak: (c: LintConfig) => void = () => {}): Finding[] {
  const l = testLinter();
  const config = defaultConfig();
  if (ruleIds.length > 0) for (const r of l.rules) config.rules[r.id] = ruleIds.includes(r.id) ? (r.severity) : 'off';
  tweak(config);
  return l.lint(text, config).findings;
}

/** The flagged text of each finding, as `rule-id: text`. */
export function flagged(text: string, findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}
