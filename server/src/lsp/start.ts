/**
 * dist/server.js: starts the language server bundle (dist/server-main.js) through V8's code cache.
 *
 * Compiling the 3.4 MB bundle is a quarter to a third of a second of every start on this kind of
 * machine, before the server can answer `initialize`; with the code V8 produced on an earlier run
 * (including the functions compiled while the first documents were linted) it is about half that
 * (docs/performance.md). Node 20 has no built-in compile cache for CommonJS, so this does what
 * `module.enableCompileCache` does in later versions: compile the wrapped bundle with `cachedData`
 * and, when there was no usable cache, write one a little after start-up.
 *
 * The cache is named after the bundle's size and modification time and the V8 version, so a
 * rebuilt bundle or another runtime (VS Code's Electron vs the CLI's Node) never gets stale code;
 * V8 also rejects a cache it cannot use, and then the bundle is compiled as usual. Writing is
 * best effort (the extension folder may be read-only). Only node: built-ins here: this file must
 * load fast and cannot fail on the bundle's dependencies.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** How the bundle was compiled, for the server's log (read by server.ts). */
export type CompileCacheState = 'used' | 'rejected' | 'absent' | 'off';

const bundle = join(__dirname, 'server-main.js');
const source = readFileSync(bundle, 'utf8');
const stat = statSync(bundle);
const cacheName = `server-main.${stat.size}-${Math.round(stat.mtimeMs)}.v8-${process.versions.v8}.cache`;
const cacheFile = join(__dirname, cacheName);
const enabled = process.env.ZH_REPORT_COMPILE_CACHE !== 'off';

let cachedData: Buffer | undefined;
if (enabled) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
}
const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
const state: CompileCacheState = !enabled ? 'off' : !cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used';
(globalThis as { __zhReportCompileCache?: CompileCacheState }).__zhReportCompileCache = state;

if (state === 'absent' || state === 'rejected') {
  // after the first documents were linted, so that their functions are in the cache too
  const delay = Number(process.env.ZH_REPORT_COMPILE_CACHE_DELAY_MS ?? 10_000);
  setTimeout(writeCache, Number.isFinite(delay) ? delay : 10_000).unref();
}

const wrapper = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
const bundleModule = new Module(bundle, module);
bundleModule.filename = bundle;
wrapper.call(bundleModule.exports, bundleModule.exports, createRequire(bundle), bundleModule, bundle, dirname(bundle));

function writeCache(): void {
  try {
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
    // caches of earlier builds of the bundle are of no further use (other runtimes' are kept)
    const build = `server-main.${stat.size}-${Math.round(stat.mtimeMs)}.`;
    for (const f of readdirSync(__dirname)) {
      if (f.startsWith('server-main.') && f.endsWith('.cache') && !f.startsWith(build)) rmSync(join(__dirname, f), { force: true });
    }
  } catch {
    // a read-only folder: start without a cache next time too
  }
}
