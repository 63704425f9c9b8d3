import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARENA_TUNABLE, HUGE_PAGE_TUNABLE, NO_RELAUNCH, serverExecArgv, tunedEnv } from '../../server/src/processTuning';

const TUNED = `${HUGE_PAGE_TUNABLE}:${ARENA_TUNABLE}`;

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

describe('tunedEnv', () => {
  it('adds the huge-page and arena malloc tunables on Linux, after any tunables the user set', () => {
    expect(tunedEnv({ PATH: '/bin' }, 'linux')).toEqual({ PATH: '/bin', GLIBC_TUNABLES: TUNED });
    expect(tunedEnv({ GLIBC_TUNABLES: 'glibc.malloc.tcache_count=0' }, 'linux').GLIBC_TUNABLES).toBe(`glibc.malloc.tcache_count=0:${TUNED}`);
  });

  it("keeps the user's own choice of either tunable and leaves other systems alone", () => {
    expect(tunedEnv({ GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' }, 'linux').GLIBC_TUNABLES).toBe(`glibc.malloc.hugetlb=0:${ARENA_TUNABLE}`);
    expect(tunedEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=8' }, 'linux').GLIBC_TUNABLES).toBe(`glibc.malloc.arena_max=8:${HUGE_PAGE_TUNABLE}`);
    expect(tunedEnv({ GLIBC_TUNABLES: TUNED }, 'linux').GLIBC_TUNABLES).toBe(TUNED);
    expect(tunedEnv({ PATH: '/bin' }, 'darwin')).toEqual({ PATH: '/bin' });
    expect(tunedEnv({}, 'win32').GLIBC_TUNABLES).toBeUndefined();
  });
});

describe('serverExecArgv', () => {
  it("sizes V8's helper pool to the cores beside the main thread, keeping Node's default of 4 on larger machines", () => {
    expect(serverExecArgv(1)).toEqual(['--v8-pool-size=1']);
    expect(serverExecArgv(2)).toEqual(['--v8-pool-size=1']);
    expect(serverExecArgv(4)).toEqual(['--v8-pool-size=3']);
    expect(serverExecArgv(5)).toEqual([]);
    expect(serverExecArgv(16)).toEqual([]);
  });

  it('is an option Node accepts', () => {
    const r = spawnSync(process.execPath, [...serverExecArgv(2), '-e', 'process.exit(7)']);
    expect(r.status).toBe(7);
  });
});

describe('the CLI relaunch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zh-report-tuning-'));
  const child = join(dir, 'child.js');
  // the relaunched script reports its environment and exits with a code the parent must pass on
  writeFileSync(child, `console.log(JSON.stringify({ t: process.env.GLIBC_TUNABLES, n: process.env.${NO_RELAUNCH}, a: process.argv.slice(2) })); process.exit(7);`);
  // a script file, as bin/zh-report.js is (under `node -e` the relaunch would repeat the -e code)
  const parentScript = join(dir, 'parent.js');
  writeFileSync(parentScript, `process.exit(require(${JSON.stringify(CLI)}).relaunchTuned(${JSON.stringify(child)}, ['lint', '文件.txt']) ?? 42);`);
  const parent = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [parentScript], { encoding: 'utf8', env });
  const { GLIBC_TUNABLES: _ignored, [NO_RELAUNCH]: _ignored2, ...cleanEnv } = process.env;

  it('runs the script again with the tunable, its arguments, and passes its exit code on (Linux)', () => {
    const r = parent(cleanEnv);
    if (process.platform !== 'linux') {
      expect(r.status).toBe(42);
      return;
    }
    expect(r.status).toBe(7);
    expect(JSON.parse(r.stdout)).toEqual({ t: TUNED, n: '1', a: ['lint', '文件.txt'] });
  });

  it('does not relaunch a relaunched process, nor one whose environment already has the tunables', () => {
    expect(parent({ ...cleanEnv, [NO_RELAUNCH]: '1' }).status).toBe(42);
    expect(parent({ ...cleanEnv, GLIBC_TUNABLES: TUNED }).status).toBe(42);
  });
});
