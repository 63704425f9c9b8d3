// Bundles the client (vscode external), the language server and the CLI into dist/.
// nodejieba stays external: it is a native addon that finds its dictionaries at run time.
import { build } from 'esbuild';
import { cpSync, readFileSync } from 'node:fs';

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

if (watch) {
  const { context } = await import('esbuild');
  for (const e of entries) await (await context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => build({ ...common, ...e })));
}
