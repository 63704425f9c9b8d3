/**
 * The CLI's settings, so that CI checks what the editor checks: `--config FILE`, or else the
 * nearest `.zh-report/config.json` or `.vscode/settings.json` from the working directory up. Both
 * take the editor's `zhReport` settings: flat keys in a config file (`{"spacing": "pangu"}`),
 * `zhReport.`-prefixed keys as VS Code writes them; comments and trailing commas are allowed.
 * A file that cannot be read or parsed is a problem reported to the user, never a crash.
 */
import { readFileSync } from 'node:fs';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { findUpward } from './core/findUpward';
import type { ZhReportSettings } from './protocol';
import { parseSettings } from './settings';

export const CONFIG_FILES = ['.zh-report/config.json', '.vscode/settings.json'];

export interface CliSettings {
  settings: ZhReportSettings;
  /** The file read, if any. */
  source?: string;
  problems: string[];
  /** The explicit `--config` file could not be used: the run must not pretend it was. */
  fatal?: string;
}

export function loadCliSettings(explicit: string | undefined, cwd = process.cwd()): CliSettings {
  const source = explicit ?? findUpward(cwd, CONFIG_FILES);
  if (!source) return parsed(undefined, undefined);
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message;
    const message = `无法读取配置文件 ${source}：${reason}`;
    return explicit ? { ...parsed(undefined, source), fatal: message } : { ...parsed(undefined, source), problems: [message] };
  }
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0) {
    const e = errors[0];
    const line = text.slice(0, e.offset).split('\n').length;
    const message = `配置文件 ${source} 第 ${line} 行无法解析（${printParseErrorCode(e.error)}），已使用默认设置`;
    return explicit ? { ...parsed(undefined, source), fatal: message } : { ...parsed(undefined, source), problems: [message] };
  }
  return parsed(zhReportKeys(raw), source);
}

function parsed(raw: unknown, source: string | undefined): CliSettings {
  const { settings, problems } = parseSettings(raw);
  return { settings, source, problems: problems.map((p) => (source ? `${source}：${p}` : p)) };
}

/** `{"zhReport.spacing": …}` (VS Code) or `{"spacing": …}` / `{"zhReport": {…}}` (config file). */
function zhReportKeys(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const r = raw as Record<string, unknown>;
  if (typeof r.zhReport === 'object' && r.zhReport !== null) return r.zhReport;
  const prefixed = Object.keys(r).filter((k) => k.startsWith('zhReport.'));
  if (prefixed.length === 0) {
    // a VS Code settings file without our keys says nothing about us
    return Object.keys(r).some((k) => k.includes('.')) ? {} : r;
  }
  return Object.fromEntries(prefixed.map((k) => [k.slice('zhReport.'.length), r[k]]));
}
