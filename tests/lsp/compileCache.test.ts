/**
 * dist/server.js starts the bundle through V8's code cache (server/src/lsp/start.ts). A copy of
 * the two files in a temporary folder (node_modules linked) keeps the cache files of this test
 * apart from the ones other tests' servers may write in dist/.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type TestClient } from './lspClient';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'zh-report-cache-'));
for (const f of ['server.js', 'server-main.js', 'dict', 'data']) cpSync(join(root, 'dist', f), join(dir, f), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
const server = join(dir, 'server.js');
const caches = () => readdirSync(dir).filter((f) => f.endsWith('.cache'));
const running: TestClient[] = [];

async function lintSample(env: NodeJS.ProcessEnv): Promise<{ client: TestClient; count: number; state: string }> {
  const client = await startServer(undefined, {}, { server, env });
  running.push(client);
  client.open('file:///s.txt', '项目总投资亿元，员工人。\n');
  const diagnostics = await client.diagnostics('file:///s.txt', 1);
  const loaded = async () => {
    for (let i = 0; i < 200 && !client.logs.some((l) => l.message.includes('代码缓存')); i++) await new Promise((r) => setTimeout(r, 50));
  };
  await loaded();
  const state = /代码缓存 (\w+)/.exec(client.logs.map((l) => l.message).join('\n'))?.[1] ?? 'not logged';
  return { client, count: diagnostics.length, state };
}

afterAll(async () => {
  for (const c of running) await c.stop();
});

describe('the compile cache of the server bundle', () => {
  it('is written by a first start, used by the next, and changes no finding', async () => {
    const first = await lintSample({ ZH_REPORT_COMPILE_CACHE_DELAY_MS: '0' });
    expect(first.state).toBe('absent');
    for (let i = 0; i < 100 && caches().length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(caches()).toHaveLength(1);
    const second = await lintSample({});
    expect(second.state).toBe('used');
    expect(second.count).toBe(first.count);
    expect(second.count).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('is rejected, not trusted, when its bytes are not a cache, and the server still works', async () => {
    for (let i = 0; i < 100 && caches().length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    const [name] = caches();
    expect(name).toBeDefined();
    writeFileSync(join(dir, name), Buffer.alloc(4096, 7));
    const started = await lintSample({});
    expect(started.state).toBe('rejected');
    expect(started.count).toBeGreaterThanOrEqual(2);
    expect(existsSync(join(dir, name))).toBe(true);
  }, 60_000);

  it('can be turned off', async () => {
    const started = await lintSample({ ZH_REPORT_COMPILE_CACHE: 'off' });
    expect(started.state).toBe('off');
    expect(started.count).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
