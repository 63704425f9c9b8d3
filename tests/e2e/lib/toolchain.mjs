/**
 * Installs the end-to-end toolchain on first use and reuses it after: Debian's chromium, a CJK
 * font and libkrb5-dev (code-server's kerberos addon builds against it) through apt-get, then
 * code-server, playwright-core and Node 24 (code-server's required version) from npm into
 * tests/e2e/node_modules, apart from the extension's own dependencies.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_DIR, NODE24_DIR, CODE_SERVER_ENTRY, log } from './paths.mjs';

const APT_PACKAGES = ['chromium', 'fonts-wqy-microhei', 'libkrb5-dev'];
const MARKER = join(E2E_DIR, '.cache', 'toolchain.json');

function run(cmd, args, options = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function installed(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

export function ensureAptPackages() {
  const missing = APT_PACKAGES.filter((p) => !installed(p));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // another apt run (or unattended upgrades) may hold the lock: wait for it instead of failing
  run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update', '-q'], { env });
  run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-q', ...missing], { env });
}

/** The lock file's hash: a changed lock reinstalls, an unchanged one reuses the cache. */
function lockHash() {
  return createHash('sha256').update(readFileSync(join(E2E_DIR, 'package-lock.json'))).digest('hex');
}

export function ensureNodeToolchain() {
  const want = lockHash();
  const have = existsSync(MARKER) ? JSON.parse(readFileSync(MARKER, 'utf8')).lock : undefined;
  if (have === want && existsSync(CODE_SERVER_ENTRY) && existsSync(join(NODE24_DIR, 'bin', 'node'))) return;
  log('installing the e2e toolchain (code-server, playwright-core, Node 24): a few minutes, once');
  // under `npm run`, npm_config_* variables (user agent, node version, nodedir) describe the outer
  // npm on Node 20; inherited, they would override what the inner npm on Node 24 reports
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const npmEnv = { ...clean, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  // 1. fetch everything without running scripts (Node 24 is itself one of the packages)
  run('npm', ['ci', '--ignore-scripts'], { cwd: E2E_DIR, env: npmEnv });
  // 2. code-server's postinstall builds VS Code's native modules: it insists on Node 24 and must
  //    compile against Node 24's headers, not the machine's nodedir (the user npmrc may point at Node 20)
  run('npm', ['rebuild', 'code-server', '--foreground-scripts'], {
    cwd: E2E_DIR,
    env: { ...npmEnv, PATH: `${join(NODE24_DIR, 'bin')}:${process.env.PATH}`, npm_config_nodedir: NODE24_DIR },
  });
  mkdirSync(join(E2E_DIR, '.cache'), { recursive: true });
  writeFileSync(MARKER, JSON.stringify({ lock: want, installedAt: new Date().toISOString() }, null, 2));
}
