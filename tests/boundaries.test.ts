import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('module boundaries', () => {
  it('the analysis core, rules, linter and CLI import nothing from vscode or the LSP libraries', () => {
    const pure = [
      ...files(join(root, 'server/src/core')),
      ...files(join(root, 'server/src/rules')),
      ...files(join(root, 'server/src/data')),
      join(root, 'server/src/linter.ts'),
      ...['cli', 'cliConfig', 'cliPaths', 'settings', 'tree', 'protocol', 'processTuning'].map((m) => join(root, `server/src/${m}.ts`)),
    ];
    const offenders = pure.filter((f) => /from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|vscode-jsonrpc)['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('the client imports no analysis code (only the shared protocol, tree helpers and the environment the server starts with)', () => {
    const offenders = files(join(root, 'client/src')).filter((f) => /from\s+['"][./]*\/server\/src\/(?!protocol'|processTuning'|tree')/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
    // what the client may import must not pull analysis code in behind it (types are erased)
    for (const shared of ['protocol', 'processTuning', 'tree']) {
      const source = readFileSync(join(root, `server/src/${shared}.ts`), 'utf8');
      expect(source, shared).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+['"]\.\/(core|rules|lsp|linter|data)/m);
    }
  });
});
