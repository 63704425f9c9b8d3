// postinstall: nodejieba 3.5.x's load() builds the whole dictionary twice. Besides the segmenter it
// constructs a TextRankExtractor from the file paths, and that extractor parses jieba.dict.utf8,
// the user dictionary and the HMM model into a second, private trie: about half of the load time
// and ~115 MB of resident memory, for a feature zh-report never calls. cppjieba has a constructor
// that lets the extractor share the segmenter's trie and model (same dictionaries, same results),
// so this script switches nodejieba's binding to it and rebuilds the addon in place.
//
// It never leaves a broken install: when the source is not the expected one, node-gyp is missing,
// the build fails or the rebuilt addon does not segment, the original source and binary are put
// back and the stock nodejieba is used (only slower). Run again, it does nothing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const MARKER = '.zh-report-patch.json';
const PATCH = 'textrank-shares-trie';
const PATCHED = '_text_rank_extractor_handle = new cppjieba::TextRankExtractor(*_jieba_handle, stopWordsPath);';
const ORIGINAL = /_text_rank_extractor_handle = new cppjieba\s*::TextRankExtractor\(dictPath,\s*modelPath,\s*stopWordsPath,\s*userDictPath\);/;

const say = (message) => console.log(`zh-report postinstall: ${message}`);

function nodejiebaDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('nodejieba/package.json'));
  } catch {
    return undefined;
  }
}

/** npm tells lifecycle scripts where its node-gyp is; otherwise try the one npm ships with. */
function nodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((c) => c && existsSync(c));
}

/** Loads the addon in a fresh process with a one-word dictionary and segments a phrase. */
function addonWorks(dir) {
  // (nodejieba's index.js assigns undeclared globals such as `dict`: the probe must not declare them)
  const probe = `
    const nj = require(${JSON.stringify(dir)});
    const fs = require('fs'), os = require('os'), path = require('path');
    const probeDict = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-')), 'd.txt');
    fs.writeFileSync(probeDict, '中国 100 ns\\n');
    nj.load({ dict: probeDict, userDict: probeDict });
    if (nj.cut('中国人').join('|') === '') process.exit(3);
    if (!Array.isArray(nj.textRankExtract('中国人民', 2))) process.exit(4);`;
  return spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 60_000 }).status === 0;
}

function main() {
  const dir = nodejiebaDir();
  if (!dir) return say('nodejieba not installed; nothing to patch');
  const sourcePath = join(dir, 'lib', 'nodejieba.cpp');
  const binaryPath = join(dir, 'build', 'Release', 'nodejieba.node');
  const markerPath = join(dir, MARKER);
  if (!existsSync(sourcePath) || !existsSync(binaryPath)) return say('nodejieba source or binary not found; left as installed');
  const source = readFileSync(sourcePath, 'utf8');
  if (source.includes(PATCHED) && existsSync(markerPath)) return say('nodejieba already patched');
  if (!ORIGINAL.test(source)) return say('nodejieba source differs from the expected 3.5.x; left as installed (stock load time)');
  const gyp = nodeGyp();
  if (!gyp) return say('node-gyp not found; nodejieba left as installed (stock load time)');

  // the stock addon is kept beside the patched one: the speed benchmark compares the two
  const backup = join(dir, 'build', 'Release', 'nodejieba.stock.node');
  copyFileSync(binaryPath, backup);
  writeFileSync(sourcePath, source.replace(ORIGINAL, PATCHED));
  // `build` reuses the configuration of the original install; `rebuild` when there is none (a
  // prebuilt binary was downloaded instead of compiled).
  const command = existsSync(join(dir, 'build', 'Makefile')) ? 'build' : 'rebuild';
  say(`rebuilding nodejieba so that its TextRank extractor shares the segmenter's dictionary (node-gyp ${command}, ~15 s)`);
  const built = spawnSync(process.execPath, [gyp, command], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (built.status === 0 && addonWorks(dir)) {
    writeFileSync(markerPath, JSON.stringify({ patch: PATCH, by: 'zh-report scripts/patch-nodejieba.mjs' }) + '\n');
    return say('nodejieba patched: the dictionary is loaded once');
  }
  writeFileSync(sourcePath, source);
  // a rename, not a copy over the file: a process may have the addon mapped
  renameSync(backup, binaryPath);
  say(`nodejieba rebuild failed; the stock build was restored (only slower). ${(built.stderr ?? '').split('\n').slice(-5).join(' ')}`);
}

try {
  main();
} catch (error) {
  // an install must not fail for an optimisation
  say(`patch skipped: ${error instanceof Error ? error.message : String(error)}`);
}
