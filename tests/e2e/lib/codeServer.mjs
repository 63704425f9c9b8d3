/**
 * Starts code-server (a real VS Code 1.139 with a Node extension host) on 127.0.0.1 with a fresh
 * profile, and stops it by killing its whole process group: its extension host otherwise lingers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CODE_SERVER_ENTRY, NODE24, log } from './paths.mjs';

/** Settings that keep the workbench quiet and deterministic for screenshots and assertions. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Light Modern',
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 150,
  'editor.fontFamily': "'WenQuanYi Micro Hei Mono', 'WenQuanYi Micro Hei', monospace",
  'files.autoSave': 'off',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ runDir: string, folder: string, vsix: string }} options
 * @returns {Promise<{ url: string, userDataDir: string, extensionDir: string, serverLog: string, stop: () => Promise<void> }>}
 */
export async function startCodeServer({ runDir, folder, vsix }) {
  const userDataDir = join(runDir, 'user-data');
  const extensionsDir = join(runDir, 'extensions');
  const xdgConfig = join(runDir, 'xdg-config');
  for (const d of [userDataDir, extensionsDir, xdgConfig, join(userDataDir, 'User')]) mkdirSync(d, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  // code-server writes config.yaml under XDG_CONFIG_HOME: keep it out of the user's home
  const env = { ...process.env, XDG_CONFIG_HOME: xdgConfig, XDG_DATA_HOME: join(runDir, 'xdg-data') };
  delete env.VSCODE_IPC_HOOK_CLI; // when run from a VS Code terminal, never talk to that VS Code
  const common = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check'];

  log(`installing ${vsix}`);
  const inst = spawnSync(NODE24, [CODE_SERVER_ENTRY, ...common, '--install-extension', vsix], { env, encoding: 'utf8' });
  if (inst.status !== 0) throw new Error(`code-server --install-extension failed:\n${inst.stdout}\n${inst.stderr}`);
  const installed = readdirSync(extensionsDir).filter((d) => d.startsWith('zh-report.'));
  if (installed.length !== 1) throw new Error(`the extension is not in ${extensionsDir} after install:\n${inst.stdout}${inst.stderr}`);
  log(`installed ${installed[0]}`);

  const port = await freePort();
  const serverLog = join(runDir, 'code-server.log');
  const out = openSync(serverLog, 'a');
  const args = [CODE_SERVER_ENTRY, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-workspace-trust', '--disable-getting-started-override', folder];
  // detached = setsid: the server, its extension host and our language server share one group
  const child = spawn(NODE24, args, { env, detached: true, stdio: ['ignore', out, out] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let alive = true;
  void exited.then(() => (alive = false));
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  // a crash or Ctrl-C of the runner must not leave the group behind
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!alive) throw new Error(`code-server exited at start; see ${serverLog}`);
    try {
      const r = await fetch(`${url}healthz`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} within 60 s; see ${serverLog}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`code-server ${url} (pid ${child.pid}, log ${serverLog})`);

  return {
    url,
    userDataDir,
    extensionDir: join(extensionsDir, installed[0]),
    serverLog,
    async stop() {
      killGroup('SIGTERM');
      const timeout = new Promise((r) => setTimeout(r, 5000, 'timeout'));
      if ((await Promise.race([exited, timeout])) === 'timeout') killGroup('SIGKILL');
      // the extension host and the language server may outlive the server process by a moment
      await new Promise((r) => setTimeout(r, 200));
      killGroup('SIGKILL');
      process.removeListener('exit', onExit);
    },
  };
}
