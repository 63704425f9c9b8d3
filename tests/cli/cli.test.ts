import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'zh-report-cli-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('zh-report lint', () => {
  it('exits 0 and says so on a clean file', () => {
    const r = run(['lint', file('clean.txt', '今年，全市经济运行总体平稳。\n')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('没有发现问题');
  });

  it('prints file:line:col level rule message and exits 1 when problems remain', () => {
    const p = file('dirty.txt', '第一行。\r\n😀好的,谢谢。\r\n');
    const r = run(['lint', p]);
    expect(r.code).toBe(1);
    // column is 1-based in UTF-16 units: 😀 (2) + 好的 (2) put the comma at index 4, column 5
    expect(r.stdout.split('\n')[0]).toBe(`${p}:2:5  warning  punctuation-halfwidth  中文语境中应使用全角标点“，”，而非半角“,”`);
  });

  it('reports a missing or binary file clearly, exits 2, and still lints the others', () => {
    const good = file('good.txt', '好的,谢谢。\n');
    const binary = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const r = run(['lint', join(dir, 'missing.txt'), binary, good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.txt: 错误 无法读取：文件不存在');
    expect(r.stderr).toContain('image.png: 错误 不是文本文件');
    expect(r.stdout).toContain(`${good}:1:3`);
  });

  it('reads GB18030 files and refuses bytes that are neither UTF-8 nor GB18030', () => {
    const gbk = file('gbk.txt', Buffer.from([0xba, 0xc3, 0xb5, 0xc4, 0x2c, 0xd0, 0xbb, 0xd0, 0xbb, 0xa1, 0xa3])); // 好的,谢谢。
    expect(run(['lint', gbk]).stdout).toContain(':1:3  warning  punctuation-halfwidth');
    const junk = file('junk.bin', Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81]));
    expect(run(['lint', junk]).stderr).toContain('无法识别的文本编码');
  });

  it('prints JSON with positions, rule ids and messages', () => {
    const p = file('json.txt', '好的,谢谢。。\n');
    const r = run(['lint', '--format', 'json', p]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0].file).toBe(p);
    expect(out[0].findings.map((f: { ruleId: string; line: number; column: number; fixable: boolean }) => [f.ruleId, f.line, f.column, f.fixable])).toEqual([
      ['punctuation-halfwidth', 1, 3, true],
      ['punctuation-repeated', 1, 6, true],
    ]);
    expect(out[0].findings[0].message).toMatch(/全角/);
  });

  it('reads stdin when the file is -', () => {
    const r = run(['lint', '-'], '好的,谢谢。\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('-:1:3');
  });

  it('--fix writes the safe fixes, keeps CRLF and a BOM, and a second run is clean', () => {
    const p = file('fix.txt', '\ufeff公司(北京)成立了,发展很快。。\r\n第二行.\r\n');
    const first = run(['lint', '--fix', p]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('已修复');
    expect(readFileSync(p, 'utf8')).toBe('\ufeff公司（北京）成立了，发展很快。\r\n第二行。\r\n');
    expect(run(['lint', p]).code).toBe(0);
  });

  it('--rule turns a rule off or changes its level; bad arguments exit 2 with usage', () => {
    const p = file('rule.txt', '好的,谢谢。\n');
    expect(run(['lint', '--rule', 'punctuation-halfwidth=off', p]).code).toBe(0);
    expect(run(['lint', '--rule=punctuation-halfwidth=error', p]).stdout).toContain('error    punctuation-halfwidth');
    const bad = run(['lint', '--rule', 'no-such-rule=off', p]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('未知规则');
    expect(run(['lint']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
  });

  it('prints the usage for lint --help and -h and exits 0, without linting the files named', () => {
    const p = file('help.txt', '好的,谢谢。\n');
    for (const flag of ['--help', '-h']) {
      const r = run(['lint', flag, p]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('zh-report lint [--format');
      expect(r.stdout).not.toContain('punctuation-halfwidth');
      expect(r.stderr).toBe('');
    }
  });

  it('leaves hints out of the text list unless --hints, counts them in the summary, and exits on what it lists', () => {
    const p = file('hints.txt', '好的,谢谢。\n');
    const asHint = ['--rule', 'punctuation-halfwidth=hint'];
    const quiet = run(['lint', ...asHint, p]);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain('punctuation-halfwidth');
    expect(quiet.stdout).toContain('没有提示及以上级别的问题');
    expect(quiet.stdout).toContain('另有 1 个低于“提示”级别的问题未列出');
    const all = run(['lint', ...asHint, '--hints', p]);
    expect(all.code).toBe(1);
    expect(all.stdout).toContain(`${p}:1:3  hint     punctuation-halfwidth`);
    expect(all.stdout).not.toContain('未列出');
    // JSON keeps every finding for programs to filter, unless a level is asked for
    expect(JSON.parse(run(['lint', ...asHint, '--format', 'json', p]).stdout)[0].findings[0].severity).toBe('hint');
    const json = JSON.parse(run(['lint', ...asHint, '--format', 'json', '--min-severity', 'info', p]).stdout);
    expect(json[0]).toMatchObject({ hidden: 1, findings: [] });
    const errorsOnly = run(['lint', '--min-severity=error', p]);
    expect(errorsOnly.code).toBe(0);
    expect(errorsOnly.stdout).toContain('另有 1 个低于“错误”级别的问题未列出');
    const bad = run(['lint', '--min-severity', 'loud', p]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--min-severity 只接受');
  });

  it('lints the reports under a directory, recursively and in sorted order, and skips other files', () => {
    const root = join(dir, 'batch');
    for (const d of ['b/c', '.git', 'node_modules/x']) mkdirSync(join(root, d), { recursive: true });
    const dirty = '好的,谢谢。\n';
    writeFileSync(join(root, 'b', 'c', 'deep.md'), dirty);
    writeFileSync(join(root, 'a.txt'), dirty);
    writeFileSync(join(root, 'clean.TXT'), '今年，全市经济运行总体平稳。\n');
    for (const skipped of ['.git/x.txt', 'node_modules/x/y.md', 'b/notes.json', 'b/image.png']) writeFileSync(join(root, skipped), dirty);
    const r = run(['lint', root]);
    expect(r.code).toBe(1);
    const files = r.stdout.split('\n').filter((l) => l.includes(':1:')).map((l) => l.slice(0, l.indexOf(':')));
    expect(files).toEqual([join(root, 'a.txt'), join(root, 'b', 'c', 'deep.md')]);
    expect(r.stdout).toContain('共 2 个问题');
  });

  it('a directory without reports is an error (exit 2), and the summary does not call unread files clean', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    const r = run(['lint', empty, file('ok.txt', '今年，全市经济运行总体平稳。\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${empty}: 错误 目录中没有 .txt/.md/.markdown 文件`);
    expect(r.stdout).not.toContain('没有发现问题');
    expect(r.stdout).toContain('未发现问题，但有 1 个文件未能检查');
  });

  it('--format github prints one workflow annotation per finding, with properties escaped', () => {
    const p = file('a,b:c.txt', '好的,谢谢。\n');
    const r = run(['lint', '--format', 'github', p, join(dir, 'missing.txt')]);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n');
    const escaped = p.replace(/,/g, '%2C').replace(/:/g, '%3A');
    expect(lines[0]).toBe(`::warning file=${escaped},line=1,col=3,endLine=1,endColumn=4,title=punctuation-halfwidth::中文语境中应使用全角标点“，”，而非半角“,”`);
    expect(lines[1]).toBe(`::error file=${join(dir, 'missing.txt')},title=zh-report::无法读取：文件不存在`);
    expect(run(['lint', '--format', 'xml', p]).code).toBe(2);
  });

  it('follows the editor settings of the project (.vscode/settings.json); --rule overrides them, --no-config ignores them', () => {
    const root = join(dir, 'styled');
    mkdirSync(join(root, '.vscode'), { recursive: true });
    writeFileSync(join(root, '.vscode', 'settings.json'), '{ "zhReport.spacing": "pangu", // 技术文档\n}');
    writeFileSync(join(root, 'r.txt'), '数据用Excel处理。\n');
    const spawnIn = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: root });
    const styled = spawnIn(['lint', 'r.txt']);
    expect(styled.status).toBe(1);
    expect(styled.stdout).toContain('r.txt:1:3  warning  punctuation-spacing');
    expect(spawnIn(['lint', '--rule', 'punctuation-spacing=off', 'r.txt']).status).toBe(0);
    expect(spawnIn(['lint', '--no-config', 'r.txt']).status).toBe(0);
    const missing = spawnIn(['lint', '--config', 'nope.json', 'r.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('无法读取配置文件 nope.json：文件不存在');
  });
});
