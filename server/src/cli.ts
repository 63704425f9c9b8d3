/**
 * zh-report's command line: `zh-report lint [--format text|json|github] [--fix] [--rule id=level] PATH...`.
 * Exit codes: 0 clean, 1 problems remain, 2 usage or I/O errors (other files are still linted).
 * Hints are left out of the list by default, as VS Code leaves them out of its Problems panel:
 * they are the low-confidence guesses (a 、 seam right about two times in five), shown in the editor
 * as faint dots; `--hints` lists them and the summary always counts them. JSON keeps them all.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCliSettings } from './cliConfig';
import { expandPaths } from './cliPaths';
import { decodeReport } from './core/readText';
import { LineIndex } from './core/lineIndex';
import { SEVERITIES, type Finding, type LintConfig, type SeverityOrOff } from './core/types';
import { applyFixes, Linter, type LintResult } from './linter';
import { rules, rulesById } from './rules';
import { relaunchTuned } from './processTuning';
import { parseSettings, toLintConfig } from './settings';

const USAGE = `用法 usage:
  zh-report lint [--format text|json|github] [--fix] [--rule <id>=<off|hint|info|warning|error>]
                 [--hints | --min-severity <hint|info|warning|error>]
                 [--config <file> | --no-config] <file|dir|->...
    --hints：同时列出低置信度的建议（hint）；默认只列出提示（info）及以上（json 格式默认全部列出）
    目录：检查其中所有 .txt/.md 文件 (directories are searched for reports)
    设置：默认读取最近的 .zh-report/config.json 或 .vscode/settings.json 中的 zhReport 设置
  zh-report rules [--markdown]  列出所有规则 (list rules)
  zh-report --help | --version`;

interface FileResult {
  file: string;
  findings?: Array<Finding & { line: number; column: number; endLine: number; endColumn: number }>;
  /** findings below --min-severity, counted so that the summary does not pretend they are absent */
  hidden?: number;
  fixed?: number;
  error?: string;
}

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Buffer;
}

const defaultIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0),
};

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const [command, ...rest] = argv;
  // `zh-report --help`, and `zh-report lint --help` too (not an unknown option)
  const help = command === '--help' || command === '-h' || command === 'help' || (command === 'lint' && rest.some((a) => a === '--help' || a === '-h'));
  if (!command || help) {
    io.stdout(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
    return 0;
  }
  if (command === 'rules') {
    io.stdout(rest.includes('--markdown') ? rulesMarkdown() : rules.map((r) => `${r.id.padEnd(34)}${r.severity.padEnd(9)}${r.fixable ? '可修复 ' : '       '}${r.description}\n`).join(''));
    return 0;
  }
  if (command !== 'lint') {
    io.stderr(`zh-report: 未知命令“${command}” (unknown command)\n${USAGE}\n`);
    return 2;
  }
  const parsed = parseLintArgs(rest);
  if ('error' in parsed) {
    io.stderr(`zh-report: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const { files, format, fix, ruleLevels, configFile, noConfig, minSeverity } = parsed;
  const loaded = noConfig ? undefined : loadCliSettings(configFile);
  if (loaded?.fatal) {
    io.stderr(`zh-report: ${loaded.fatal}\n`);
    return 2;
  }
  for (const p of loaded?.problems ?? []) io.stderr(`zh-report: 设置有误：${p}\n`);
  const config = loaded ? toLintConfig(loaded.settings) : toLintConfig(parseSettings(undefined).settings);
  Object.assign(config.rules, ruleLevels);
  const linter = new Linter();
  const results: FileResult[] = [];
  for (const p of expandPaths(files)) results.push('error' in p ? p : keepAtLeast(await lintFile(p.file, linter, config, fix, io), minSeverity));
  if (format === 'json') io.stdout(JSON.stringify(results.map(toJson), null, 2) + '\n');
  else if (format === 'github') printGithub(results, io);
  else printText(results, minSeverity, io);
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings && r.findings.length > 0) ? 1 : 0;
}

/** The README's rules table (kept in sync by a test). */
export function rulesMarkdown(): string {
  const rows = rules.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.description} | ${r.severity} | ${r.fixable ? '✓' : ''} |`);
  return ['| 规则 rule | 检查内容 | 默认级别 | 可修复 |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}

declare const __VERSION__: string | undefined;

type Format = 'text' | 'json' | 'github';
type Severity = Finding['severity'];
type ParsedArgs =
  | { files: string[]; format: Format; fix: boolean; ruleLevels: Record<string, SeverityOrOff>; configFile?: string; noConfig: boolean; minSeverity: Severity }
  | { error: string };

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

function keepAtLeast(r: FileResult, min: Severity): FileResult {
  if (!r.findings) return r;
  const findings = r.findings.filter((f) => RANK[f.severity] >= RANK[min]);
  return { ...r, findings, hidden: r.findings.length - findings.length };
}

function parseLintArgs(args: string[]): ParsedArgs {
  const files: string[] = [];
  let format: Format = 'text';
  let fix = false;
  const ruleLevels: Record<string, SeverityOrOff> = {};
  let configFile: string | undefined;
  let noConfig = false;
  let minSeverity: Severity | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string): string | undefined => {
      if (a.startsWith(name + '=')) return a.slice(name.length + 1);
      return args[++i];
    };
    if (a === '--fix') fix = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = value('--format');
      if (v !== 'text' && v !== 'json' && v !== 'github') return { error: `--format 只接受 text、json 或 github，收到“${v ?? ''}”` };
      format = v;
    } else if (a === '--rule' || a.startsWith('--rule=')) {
      const v = value('--rule') ?? '';
      const [id, level] = v.split('=');
      if (!rulesById.has(id)) return { error: `未知规则“${id}” (unknown rule; see \`zh-report rules\`)` };
      if (!SEVERITIES.includes(level as SeverityOrOff)) return { error: `规则级别应为 off|hint|info|warning|error，收到“${level ?? ''}”` };
      ruleLevels[id] = level as SeverityOrOff;
    } else if (a === '--config' || a.startsWith('--config=')) {
      configFile = value('--config');
      if (!configFile) return { error: '--config 需要一个文件路径' };
    } else if (a === '--no-config') noConfig = true;
    else if (a === '--hints') minSeverity = 'hint';
    else if (a === '--min-severity' || a.startsWith('--min-severity=')) {
      const v = value('--min-severity');
      if (!v || !(v in RANK)) return { error: `--min-severity 只接受 hint、info、warning 或 error，收到“${v ?? ''}”` };
      minSeverity = v as Severity;
    }
    else if (a === '-' || !a.startsWith('-')) files.push(a);
    else return { error: `未知选项“${a}” (unknown option)` };
  }
  if (files.length === 0) return { error: '没有指定要检查的文件 (no files given)' };
  if (noConfig && configFile) return { error: '--config 与 --no-config 不能同时使用' };
  // JSON is for programs, which filter by `severity` themselves: it keeps everything unless told
  return { files, format, fix, ruleLevels, configFile, noConfig, minSeverity: minSeverity ?? (format === 'json' ? 'hint' : 'info') };
}

async function lintFile(file: string, linter: Linter, config: LintConfig, fix: boolean, io: CliIO): Promise<FileResult> {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? io.readStdin() : readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '是目录而不是文件' : code === 'EACCES' ? '没有读取权限' : String((e as Error).message);
    return { file, error: `无法读取：${reason}` };
  }
  const decoded = decodeReport(bytes);
  if (!decoded.ok) return { file, error: decoded.reason };
  let text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  let fixed = 0;
  if (fix) {
    // fixes can uncover others (a doubled mark next to a half-width one): a few passes settle it
    for (let pass = 0; pass < 5; pass++) {
      const { text: next, applied } = applyFixes(text, (await lintWhole(linter, text, config)).findings);
      if (applied === 0) break;
      fixed += applied;
      text = next;
    }
    if (fixed > 0) {
      if (file === '-') io.stdout(text);
      else if (decoded.encoding !== 'utf-8') return { file, error: `文件编码为 ${decoded.encoding}，--fix 不改写非 UTF-8 文件，请先转换为 UTF-8` };
      else writeFileSync(file, (decoded.bom ? '\ufeff' : '') + text);
    }
  }
  const lines = new LineIndex(text);
  const result = await lintWhole(linter, text, config);
  // a rule that threw loses its own findings only; say so rather than pass over it in silence
  for (const e of result.ruleErrors) io.stderr(`${file}: 规则 ${e.ruleId} 出错，其结果缺失：${e.message}\n`);
  const findings = result.findings.map((f) => {
    const s = lines.positionAt(f.start);
    const e = lines.positionAt(f.end);
    return { ...f, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  });
  return { file, findings, ...(fix ? { fixed } : {}) };
}

/**
 * The editor's path (Linter.lintAsync): a large file is segmented on jieba's own thread while the
 * rules run on what is done; never cancelled, and never yielding to an event loop nothing else uses.
 */
async function lintWhole(linter: Linter, text: string, config: LintConfig): Promise<LintResult> {
  return (await linter.lintAsync(text, config, () => false, Infinity))!;
}

const LEVEL_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示', hint: '建议' };

function printText(results: FileResult[], minSeverity: Severity, io: CliIO): void {
  let total = 0;
  let hidden = 0;
  const bySeverity: Record<string, number> = {};
  for (const r of results) {
    if (r.error) {
      io.stderr(`${r.file}: 错误 ${r.error}\n`);
      continue;
    }
    hidden += r.hidden ?? 0;
    for (const f of r.findings!) {
      io.stdout(`${r.file}:${f.line}:${f.column}  ${f.severity.padEnd(7)}  ${f.ruleId}  ${f.message}\n`);
      total++;
      bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    }
    if (r.fixed) io.stderr(`${r.file}: 已修复 ${r.fixed} 处\n`);
  }
  const parts = Object.entries(bySeverity).map(([s, n]) => `${LEVEL_ZH[s]} ${n}`);
  const failed = results.filter((r) => r.error).length;
  // "no problems" would be a lie about files that could not be read
  const unread = failed > 0 ? `${failed} 个文件未能检查（见上方错误）` : '';
  if (total > 0) io.stdout(`\n共 ${total} 个问题（${parts.join('，')}）${unread ? `；${unread}` : ''}\n`);
  else if (hidden > 0) io.stdout(`没有${LEVEL_ZH[minSeverity]}及以上级别的问题${unread ? `，但有 ${unread}` : ''}。\n`);
  else io.stdout(unread ? `未发现问题，但有 ${unread}。\n` : '没有发现问题。\n');
  if (hidden > 0) io.stdout(`另有 ${hidden} 个低于“${LEVEL_ZH[minSeverity]}”级别的问题未列出（加 --hints 列出全部）。\n`);
}

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
const GITHUB_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

function printGithub(results: FileResult[], io: CliIO): void {
  // the documented escapes: properties lose their separators, messages their line breaks
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  for (const r of results) {
    if (r.error) {
      io.stdout(`::error file=${prop(r.file)},title=zh-report::${data(r.error)}\n`);
      continue;
    }
    for (const f of r.findings!) {
      const where = `file=${prop(r.file)},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn}`;
      io.stdout(`::${GITHUB_LEVEL[f.severity]} ${where},title=${prop(f.ruleId)}::${data(f.message)}\n`);
    }
  }
}

function toJson(r: FileResult) {
  if (r.error) return { file: r.file, error: r.error };
  return {
    file: r.file,
    ...(r.fixed !== undefined ? { fixed: r.fixed } : {}),
    ...(r.hidden ? { hidden: r.hidden } : {}),
    findings: r.findings!.map((f) => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      severity: f.severity,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      offset: f.start,
      length: f.end - f.start,
      fixable: f.fixes.length > 0,
    })),
  };
}

export { relaunchTuned };

// Run when invoked directly (`node dist/cli.js`; bin/zh-report.js does the same): relaunched once
// with the huge-page malloc tunable (processTuning.ts), as the dictionary load is most of a run.
if (require.main === module) {
  const args = process.argv.slice(2);
  const relaunched = relaunchTuned(__filename, args);
  if (relaunched !== undefined) process.exitCode = relaunched;
  else void main(args).then((code) => (process.exitCode = code));
}
