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
      join(root, 'server/src/cli.ts'),
    ];
    const offenders = pure.filter((f) => /from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|vscode-jsonrpc)['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('the client imports no analysis code (only the shared protocol and the environment the server starts with)', () => {
    const offenders = files(join(root, 'client/src')).filter((f) => /from\s+['"][./]*\/server\/src\/(?!protocol'|processTuning')/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});
