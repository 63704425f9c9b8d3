#!/usr/bin/env node
/**
 * `npm run test:e2e`: zh-report inside a real VS Code (code-server), driven in headless chromium.
 * Installs its toolchain on first use (tests/e2e/node_modules, Debian packages), packages the VSIX
 * with `npm run package`, installs it into a fresh code-server profile opened on a folder holding
 * the sample report, and runs the steps of scenario.mjs. Screenshots go to tests/e2e/artifacts/;
 * `--update-docs` also copies the key ones to docs/images/ for the README.
 *
 * Options: --skip-install (use the toolchain as it is), --skip-package (use the VSIX already built),
 * --only <step,...> (run those steps only), --update-docs.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { useExtensionCli } from './lib/expected.mjs';
import { startCodeServer } from './lib/codeServer.mjs';
import { ARTIFACTS_DIR, REPO_DIR, RUN_DIR, log } from './lib/paths.mjs';
import { ensureAptPackages, ensureNodeToolchain } from './lib/toolchain.mjs';
import { workbench } from './lib/workbench.mjs';
import { SEED_FILE, SMOKE_FILE, SMOKE_TEXT, WORKSPACE_NAME, steps } from './scenario.mjs';

/** Screenshots shown in the README: step name → docs/images file. */
const DOC_IMAGES = {
  'seed-problems': 'problems.png',
  'quick-fix-menu': 'quick-fix.png',
  'hover-person': 'hover.png',
  'report-outline': 'outline.png',
};

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;

function packageVsix() {
  const { version } = JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8'));
  const vsix = join(REPO_DIR, `zh-report-linux-x64-${version}.vsix`);
  if (!flag('--skip-package')) {
    log('npm run package');
    const r = spawnSync('npm', ['run', 'package'], { cwd: REPO_DIR, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
    const done = r.stdout.split('\n').find((l) => l.includes('DONE'));
    if (r.status !== 0) throw new Error(`npm run package failed:\n${r.stdout}`);
    if (done) log(done.trim());
  }
  if (!existsSync(vsix)) throw new Error(`no ${vsix}`);
  return vsix;
}

function prepareWorkspace() {
  rmSync(RUN_DIR, { recursive: true, force: true });
  rmSync(ARTIFACTS_DIR, { recursive: true, force: true });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const workspace = join(RUN_DIR, WORKSPACE_NAME);
  mkdirSync(workspace, { recursive: true });
  // a writable copy: the seed in the repository is read-only and must stay untouched
  writeFileSync(join(workspace, SEED_FILE), readFileSync(join(REPO_DIR, 'seeds', SEED_FILE)));
  writeFileSync(join(workspace, SMOKE_FILE), SMOKE_TEXT);
  return workspace;
}

function exthostLogs(userDataDir) {
  const logs = join(userDataDir, 'logs');
  if (!existsSync(logs)) return [];
  return readdirSync(logs)
    .map((d) => join(logs, d, 'exthost1'))
    .filter((d) => existsSync(d));
}

async function main() {
  ensureAptPackages();
  ensureNodeToolchain();
  const vsix = packageVsix();
  const workspace = prepareWorkspace();
  const server = await startCodeServer({ runDir: RUN_DIR, folder: workspace, vsix });
  useExtensionCli(server.extensionDir);
  const results = [];
  let browser;
  try {
    browser = await launchBrowser(join(RUN_DIR, 'browser-profile'));
    const { page } = browser;
    page.setDefaultTimeout(30_000);
    const wb = workbench(page);
    await wb.load(server.url);
    let index = 0;
    for (const step of steps) {
      if (only && !only.includes(step.name)) continue;
      index++;
      const prefix = `${String(index).padStart(2, '0')}-${step.name}`;
      const shot = async (suffix) => {
        const path = join(ARTIFACTS_DIR, `${prefix}${suffix ? `-${suffix}` : ''}.png`);
        await page.screenshot({ path });
        return path;
      };
      const t = Date.now();
      try {
        const detail = await step.run({ wb, workspace, shot });
        await shot('');
        results.push({ step, ok: true });
        log(`PASS ${step.name}: ${step.title} (${((Date.now() - t) / 1000).toFixed(1)} s)${detail ? `\n        ${detail}` : ''}`);
      } catch (e) {
        await shot('FAILED').catch(() => undefined);
        results.push({ step, ok: false, error: e });
        log(`FAIL ${step.name}: ${step.title}\n        ${String(e?.message ?? e).split('\n').join('\n        ')}`);
        await page.keyboard.press('Escape').catch(() => undefined);
      }
    }
  } finally {
    await browser?.context.close().catch(() => undefined);
    await server.stop();
  }

  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    console.log('\nzh-report e2e failed. Look at:');
    console.log(`  screenshots:         ${relative(process.cwd(), ARTIFACTS_DIR) || '.'}/`);
    for (const d of exthostLogs(server.userDataDir)) console.log(`  extension host logs: ${d}/ (zh-report.zh-report/ has the language server's log)`);
    console.log(`  code-server log:     ${server.serverLog}`);
  } else if (flag('--update-docs')) {
    const images = join(REPO_DIR, 'docs', 'images');
    mkdirSync(images, { recursive: true });
    for (const file of readdirSync(ARTIFACTS_DIR)) {
      const key = Object.keys(DOC_IMAGES).find((k) => file.replace(/^\d+-/, '') === `${k}.png`);
      if (key) copyFileSync(join(ARTIFACTS_DIR, file), join(images, DOC_IMAGES[key]));
    }
    log(`copied ${Object.values(DOC_IMAGES).join(', ')} to docs/images/`);
  }
  // the plain closing line CI reads
  console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
  process.exitCode = failed.length > 0 || results.length === 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(`zh-report e2e could not run: ${e?.stack ?? e}`);
  console.log('\n0 passed, 1 failed');
  process.exitCode = 1;
});
