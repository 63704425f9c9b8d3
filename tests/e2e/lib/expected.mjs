/**
 * What the editor should show, asked of the same bundles that were packaged: the CLI's findings
 * for a file and the rule registry. The browser assertions compare against these, so they stay
 * true as rules are added or tuned.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_DIR } from './paths.mjs';

let CLI = join(REPO_DIR, 'dist', 'cli.js');

/** Asks the CLI inside the installed extension: the very bundles the editor runs. */
export function useExtensionCli(extensionDir) {
  CLI = join(extensionDir, 'dist', 'cli.js');
}

/**
 * @returns {Array<{ ruleId: string, severity: 'error' | 'warning' | 'info' | 'hint', message: string, line: number, column: number, offset: number, length: number, fixable: boolean }>}
 */
export function cliFindings(file) {
  const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`zh-report lint ${file} failed (exit ${r.status}): ${r.stderr}`);
  const [result] = JSON.parse(r.stdout);
  return result.findings;
}

/** The ids of the registered rules, from `zh-report rules`. */
export function ruleIds() {
  const r = spawnSync(process.execPath, [CLI, 'rules'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`zh-report rules failed: ${r.stderr}`);
  return r.stdout
    .split('\n')
    .map((l) => l.trim().split(/\s+/)[0])
    .filter((id) => /^(quantity|date|punctuation|sentence|structure)-[a-z-]+$/.test(id));
}

/** 1-based line and UTF-16 column of an offset, as the status bar and Go to Line count them. */
export function lineColumn(text, offset) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** VS Code's Problems panel lists errors, warnings and infos; hints only show as faint dots. */
export function listedInProblems(findings) {
  return findings.filter((f) => f.severity !== 'hint');
}
