// postinstall: two changes to nodejieba 3.5.x's binding, rebuilt in place.
//
// 1. textrank-shares-trie: load() builds the whole dictionary twice. Besides the segmenter it
//    constructs a TextRankExtractor from the file paths, and that extractor parses jieba.dict.utf8,
//    the user dictionary and the HMM model into a second, private trie: about half of the load time
//    and ~115 MB of resident memory, for a feature zh-report never calls. cppjieba has a constructor
//    that lets the extractor share the segmenter's trie and model (same dictionaries, same results).
// 2. tag-spans: `tag` hands back one JS object per word, each with four new strings (the keys
//    "word" and "tag" included), set through N-API one property at a time: about half of `tag`'s
//    time on a report is building those objects. `tagSpans` runs the same `Tag` and returns each
//    word's length in UTF-16 code units (one Uint32Array) and the tags joined by spaces (one
//    string); server/src/core/segmenter.ts slices the words from its own text.
// 3. tag-spans-async: `tagSpansAsync` does the same on libuv's thread pool and returns a Promise,
//    so that the linter analyses one batch of paragraphs while jieba segments the next
//    (server/src/linter.ts). cppjieba's Tag only reads the dictionary; the two calls that change
//    it (load, insertWord) take a mutex the pool's call holds while it segments.
//
// It never leaves a broken install: a patch whose source is not the expected one is skipped; when
// node-gyp is missing, the build fails or the rebuilt addon does not segment, the sources and the
// binary are put back as they were and that nodejieba is used (only slower). Run again, it does
// nothing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MARKER = '.zh-report-patch.json';

/**
 * The C++ statements that turn `words` (cppjieba's Tag output) into the [lengths, tags] pair and
 * return it, with `env` in scope: shared by `tagSpans` and the thread pool's call.
 */
const RETURN_SPANS = `  Napi::Uint32Array lengths = Napi::Uint32Array::New(env, words.size());
  std::string tags;
  tags.reserve(words.size() * 3);
  for (size_t i = 0; i < words.size(); i++) {
    const std::string& word = words[i].first;
    uint32_t units = 0;
    // one unit per UTF-8 lead byte, two for a 4-byte sequence (a surrogate pair in JS)
    for (size_t k = 0; k < word.size(); k++) {
      unsigned char b = static_cast<unsigned char>(word[k]);
      if ((b & 0xC0) != 0x80) units += b >= 0xF0 ? 2 : 1;
    }
    lengths[i] = units;
    if (i) tags += ' ';
    tags += words[i].second;
  }
  Napi::Array out = Napi::Array::New(env, 2);
  out.Set(0u, lengths);
  out.Set(1u, Napi::String::New(env, tags));
  return out;
`;

const TAG_SPANS_METHOD = `
// zh-report (scripts/patch-nodejieba.mjs): the words of \`tag\` as [lengths in UTF-16 code units
// (Uint32Array), tags joined by spaces]; no object per word. Undefined before load().
Napi::Value NodeJieba::tagSpans(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() == 0 || !info[0].IsString() || !_jieba_handle) {
    return env.Undefined();
  }
  std::string sentence = info[0].As<Napi::String>();
  std::vector<std::pair<std::string, std::string> > words;
  _jieba_handle->Tag(sentence, words);
${RETURN_SPANS}}
`;

const TAG_SPANS_ASYNC = `
// zh-report (scripts/patch-nodejieba.mjs): \`tagSpans\` on libuv's thread pool, as a Promise of the
// same [lengths, tags]. The pool's call holds the mutex while it segments: load and insertWord,
// the only calls that change the dictionary, wait for it; \`tag\`, \`cut\` and \`tagSpans\` only read.
static Napi::Value zhReportSpansValue(Napi::Env env, const std::vector<std::pair<std::string, std::string> >& words) {
${RETURN_SPANS}}

class TagSpansWorker : public Napi::AsyncWorker {
 public:
  TagSpansWorker(Napi::Env env, NodeJieba* addon, const std::string& sentence)
      : Napi::AsyncWorker(env), _deferred(Napi::Promise::Deferred::New(env)), _addon(addon), _sentence(sentence) {}
  Napi::Promise Promise() { return _deferred.Promise(); }

 protected:
  void Execute() override {
    std::lock_guard<std::mutex> lock(zhReportJiebaMutex());
    if (!_addon->_jieba_handle) {
      SetError("nodejieba: tagSpansAsync before load()");
      return;
    }
    _addon->_jieba_handle->Tag(_sentence, _words);
  }
  void OnOK() override { _deferred.Resolve(zhReportSpansValue(Env(), _words)); }
  void OnError(const Napi::Error& error) override { _deferred.Reject(error.Value()); }

 private:
  Napi::Promise::Deferred _deferred;
  NodeJieba* _addon;
  std::string _sentence;
  std::vector<std::pair<std::string, std::string> > _words;
};

Napi::Value NodeJieba::tagSpansAsync(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() == 0 || !info[0].IsString() || !_jieba_handle) {
    return env.Undefined();
  }
  TagSpansWorker* worker = new TagSpansWorker(env, this, info[0].As<Napi::String>());
  Napi::Promise promise = worker->Promise();
  worker->Queue();
  return promise;
}
`;

/** The mutex of TAG_SPANS_ASYNC, declared in the header so that load and insertWord can take it. */
const JIEBA_MUTEX = `
#include <mutex>
// zh-report: held while the thread pool segments (tagSpansAsync) and while the dictionary changes
inline std::mutex& zhReportJiebaMutex() {
  static std::mutex m;
  return m;
}
`;

/**
 * An edit that adds `lines` right after `anchor` (a whole line or more, newline included); applied
 * once the two stand together.
 */
const insertAfter = (file, anchor, lines) => ({ file, find: anchor, replace: anchor + lines, done: anchor + lines });

/** An edit that appends `code` to the end of `file`; `done` is a line of it. */
const append = (file, code, done) => ({ file, find: /\s*$/, replace: `\n${code}`, done });

/** The first line of a binding method, whose body then takes the dictionary's mutex. */
const lockedMethod = (name) => insertAfter('nodejieba.cpp', `Napi::Value NodeJieba::${name}(const Napi::CallbackInfo& info) {\n`, '  std::lock_guard<std::mutex> zhReportLock(zhReportJiebaMutex());\n');

const declaration = (name) => `  Napi::Value ${name}(const Napi::CallbackInfo& info);\n`;
const registration = (name) => `    InstanceMethod("${name}", &NodeJieba::${name}),\n`;

/**
 * Each patch: edits to files under nodejieba's lib/, each a `find` (string or RegExp) replaced by
 * `replace`; `done` is a string found in the file once the edit is applied.
 */
export const PATCHES = [
  {
    id: 'textrank-shares-trie',
    edits: [
      {
        file: 'nodejieba.cpp',
        find: /_text_rank_extractor_handle = new cppjieba\s*::TextRankExtractor\(dictPath,\s*modelPath,\s*stopWordsPath,\s*userDictPath\);/,
        replace: '_text_rank_extractor_handle = new cppjieba::TextRankExtractor(*_jieba_handle, stopWordsPath);',
        done: '_text_rank_extractor_handle = new cppjieba::TextRankExtractor(*_jieba_handle, stopWordsPath);',
      },
    ],
  },
  {
    id: 'tag-spans',
    edits: [
      insertAfter('nodejieba.h', declaration('tag'), declaration('tagSpans')),
      insertAfter('nodejieba.cpp', registration('tag'), registration('tagSpans')),
      append('nodejieba.cpp', TAG_SPANS_METHOD, 'Napi::Value NodeJieba::tagSpans(const Napi::CallbackInfo& info) {'),
    ],
  },
  {
    id: 'tag-spans-async',
    edits: [
      insertAfter('nodejieba.h', '#include <napi.h>\n', JIEBA_MUTEX),
      insertAfter('nodejieba.h', declaration('tagSpans'), `${declaration('tagSpansAsync')}  friend class TagSpansWorker;\n`),
      insertAfter('nodejieba.cpp', registration('tagSpans'), registration('tagSpansAsync')),
      lockedMethod('load'),
      lockedMethod('insertWord'),
      append('nodejieba.cpp', TAG_SPANS_ASYNC, 'Napi::Value NodeJieba::tagSpansAsync(const Napi::CallbackInfo& info) {'),
    ],
  },
];

/**
 * Applies the patches not yet in `sources` (file name → text) to a copy. Returns the new texts, the
 * ids already applied, those applied now and those skipped because the source is not the
 * expected one. Pure: the install step and the tests share it.
 */
export function applyPatches(sources) {
  const out = { ...sources };
  const already = [];
  const applied = [];
  const skipped = [];
  for (const patch of PATCHES) {
    if (patch.edits.every((e) => (out[e.file] ?? '').includes(e.done))) {
      already.push(patch.id);
      continue;
    }
    const next = { ...out };
    let ok = true;
    for (const e of patch.edits) {
      const text = next[e.file];
      const found = text !== undefined && !text.includes(e.done) && (typeof e.find === 'string' ? text.includes(e.find) : e.find.test(text));
      if (!found) {
        ok = false;
        break;
      }
      // a function replacement: `$` patterns in the inserted C++ are taken literally
      next[e.file] = text.replace(e.find, () => e.replace);
    }
    if (ok) {
      Object.assign(out, next);
      applied.push(patch.id);
    } else skipped.push(patch.id);
  }
  return { sources: out, already, applied, skipped };
}

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
function addonWorks(dir, patches) {
  // (nodejieba's index.js assigns undeclared globals such as `dict`: the probe must not declare them)
  const probe = `
    const nj = require(${JSON.stringify(dir)});
    const fs = require('fs'), os = require('os'), path = require('path');
    const probeDict = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-')), 'd.txt');
    fs.writeFileSync(probeDict, '中国 100 ns\\n');
    nj.load({ dict: probeDict, userDict: probeDict });
    if (nj.cut('中国人').join('|') === '') process.exit(3);
    if (!Array.isArray(nj.textRankExtract('中国人民', 2))) process.exit(4);
    if (${patches.includes('tag-spans')}) {
      const spans = require(path.join(${JSON.stringify(dir)}, 'build', 'Release', 'nodejieba.node')).tagSpans('中国人😀');
      const words = nj.tag('中国人😀');
      if (!spans || spans[0].length !== words.length || spans[1] !== words.map((w) => w.tag).join(' ')) process.exit(5);
      if (spans[0].reduce((a, b) => a + b, 0) !== '中国人😀'.length) process.exit(6);
    }
    if (${patches.includes('tag-spans-async')}) {
      const binding = require(path.join(${JSON.stringify(dir)}, 'build', 'Release', 'nodejieba.node'));
      const sync = binding.tagSpans('中国人😀');
      binding.tagSpansAsync('中国人😀').then(
        (spans) => { if (!spans || spans[1] !== sync[1] || spans[0].join() !== sync[0].join()) process.exit(7); },
        () => process.exit(8),
      );
    }`;
  return spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 60_000 }).status === 0;
}

function readMarker(path) {
  try {
    const m = JSON.parse(readFileSync(path, 'utf8'));
    // the first marker named one patch
    return Array.isArray(m.patches) ? m.patches : m.patch ? [m.patch] : [];
  } catch {
    return undefined;
  }
}

function main() {
  const dir = nodejiebaDir();
  if (!dir) return say('nodejieba not installed; nothing to patch');
  const files = [...new Set(PATCHES.flatMap((p) => p.edits.map((e) => e.file)))];
  const paths = Object.fromEntries(files.map((f) => [f, join(dir, 'lib', f)]));
  const binaryPath = join(dir, 'build', 'Release', 'nodejieba.node');
  const markerPath = join(dir, MARKER);
  if (files.some((f) => !existsSync(paths[f])) || !existsSync(binaryPath)) return say('nodejieba source or binary not found; left as installed');
  const original = Object.fromEntries(files.map((f) => [f, readFileSync(paths[f], 'utf8')]));
  const { sources, already, applied, skipped } = applyPatches(original);
  for (const id of skipped) say(`nodejieba source differs from the expected 3.5.x; patch ${id} skipped`);
  const marked = readMarker(markerPath);
  const sameAsMarked = marked && marked.length === already.length && already.every((id) => marked.includes(id));
  if (applied.length === 0 && (already.length === 0 || sameAsMarked)) {
    return say(already.length ? `nodejieba already patched (${already.join(', ')})` : 'nodejieba left as installed (stock load and tag)');
  }
  const gyp = nodeGyp();
  if (!gyp) return say('node-gyp not found; nodejieba left as installed');

  // the stock addon is kept beside the patched one (the speed benchmark compares the two); the
  // binary of this run's start, to put back if the build fails
  const stock = join(dir, 'build', 'Release', 'nodejieba.stock.node');
  if (!existsSync(stock)) copyFileSync(binaryPath, stock);
  const before = join(dir, 'build', 'Release', 'nodejieba.before-patch.node');
  copyFileSync(binaryPath, before);
  for (const f of files) if (sources[f] !== original[f]) writeFileSync(paths[f], sources[f]);
  const patches = [...already, ...applied];
  // `build` reuses the configuration of the original install; `rebuild` when there is none (a
  // prebuilt binary was downloaded instead of compiled).
  const command = existsSync(join(dir, 'build', 'Makefile')) ? 'build' : 'rebuild';
  say(`rebuilding nodejieba with ${patches.join(', ')} (node-gyp ${command}, ~15 s)`);
  const built = spawnSync(process.execPath, [gyp, command], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (built.status === 0 && addonWorks(dir, patches)) {
    rmSync(before, { force: true });
    writeFileSync(markerPath, JSON.stringify({ patches, by: 'zh-report scripts/patch-nodejieba.mjs' }) + '\n');
    return say(`nodejieba patched: ${patches.join(', ')}`);
  }
  for (const f of files) writeFileSync(paths[f], original[f]);
  // a rename, not a copy over the file: a process may have the addon mapped
  renameSync(before, binaryPath);
  say(`nodejieba rebuild failed; the previous build was restored (only slower). ${(built.stderr ?? '').split('\n').slice(-5).join(' ')}`);
}

// run as the postinstall script, not when a test imports `applyPatches`
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (error) {
    // an install must not fail for an optimisation
    say(`patch skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
}
