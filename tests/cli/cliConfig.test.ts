import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCliSettings } from '../../server/src/cliConfig';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'zh-report-config-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

describe('loadCliSettings', () => {
  it('reads the zhReport keys of the nearest .vscode/settings.json, with comments and trailing commas', () => {
    const root = project({ '.vscode/settings.json': '{\n  // ours and others\n  "editor.fontSize": 14,\n  "zhReport.spacing": "pangu",\n  "zhReport.rules": { "quantity-missing": "off" },\n}\n' });
    mkdirSync(join(root, 'docs', 'deep'), { recursive: true });
    const r = loadCliSettings(undefined, join(root, 'docs', 'deep'));
    expect(r.source).toBe(join(root, '.vscode', 'settings.json'));
    expect(r.settings.spacing).toBe('pangu');
    expect(r.settings.rules).toEqual({ 'quantity-missing': 'off' });
    expect(r.problems).toEqual([]);
  });

  it('prefers .zh-report/config.json in the same folder and takes flat or nested keys', () => {
    const root = project({ '.zh-report/config.json': '{ "runOnLength": 80 }', '.vscode/settings.json': '{ "zhReport.runOnLength": 30 }' });
    expect(loadCliSettings(undefined, root).settings.runOnLength).toBe(80);
    const nested = project({ '.zh-report/config.json': '{ "zhReport": { "quantityPlaceholder": "X" } }' });
    expect(loadCliSettings(undefined, nested).settings.quantityPlaceholder).toBe('X');
  });

  it('a VS Code settings file without zhReport keys leaves the defaults, and no file at all too', () => {
    const root = project({ '.vscode/settings.json': '{ "editor.fontSize": 14, "files.eol": "\\n" }' });
    const r = loadCliSettings(undefined, root);
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, rules: {} });
    expect(r.problems).toEqual([]);
  });

  it('reports bad values and unparsable files as problems, falling back to the defaults', () => {
    const root = project({ '.zh-report/config.json': '{ "spacing": "wide", "runOnLength": 60 }' });
    const bad = loadCliSettings(undefined, root);
    expect(bad.settings.spacing).toBe('none');
    expect(bad.settings.runOnLength).toBe(60);
    expect(bad.problems).toEqual([`${join(root, '.zh-report', 'config.json')}：zhReport.spacing 应为 "none" 或 "pangu"`]);
    const broken = project({ '.zh-report/config.json': '{\n  "spacing": "pangu"\n  "runOnLength": 60\n}' });
    const r = loadCliSettings(undefined, broken);
    expect(r.fatal).toBeUndefined();
    expect(r.settings.spacing).toBe('none');
    expect(r.problems[0]).toMatch(/第 3 行无法解析（CommaExpected），已使用默认设置$/);
  });

  it('an explicit --config that is missing or broken is fatal', () => {
    const root = project({ 'broken.json': '{ "spacing": ' });
    expect(loadCliSettings(join(root, 'missing.json'), root).fatal).toContain('文件不存在');
    expect(loadCliSettings(join(root, 'broken.json'), root).fatal).toContain('无法解析');
  });
});
