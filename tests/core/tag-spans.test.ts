import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignTokens, jiebaSetup, sharedJieba, tagText, tokensFromSpans, type Segmenter } from '../../server/src/core/segmenter';
// @ts-expect-error a plain .mjs script without types
import { applyPatches, PATCHES } from '../../scripts/patch-nodejieba.mjs';

/** The old path: jieba's `tag`, one object per word, aligned against the text. */
function viaTag(text: string) {
  return alignTokens(text, sharedJieba().tag(text));
}

describe('tokens from tagSpans', () => {
  it('is what the installed segmenter uses when the postinstall patch applied', () => {
    // a patched install whose binding is not picked up would silently lose the speed-up
    expect(sharedJieba().hasSpans).toBe(jiebaSetup().patches.includes('tag-spans'));
  });

  it('gives the same tokens as tag, on reports and on awkward text', () => {
    const corpus = '/work/shared/corpus/gov-reports';
    const reports = existsSync(corpus) ? readdirSync(corpus).slice(0, 3).map((f) => readFileSync(join(corpus, f), 'utf8')) : [];
    const texts = [
      readFileSync(join(__dirname, '../../seeds/daqing-news-stripped.txt'), 'utf8'),
      ...reports,
      '　　😀大庆炼化公司𠮷总投资亿元，GDP增长5.3%\r\n第二行 English words, 3.14 和 ｆｕｌｌ－ｗｉｄｔｈ',
      '',
      ' ',
    ];
    for (const text of texts) for (const para of text.split('\n')) expect(tagText(sharedJieba(), para)).toEqual(viaTag(para));
  });

  it('keeps a lone surrogate as its own token, where tag hands back U+FFFD and alignment dropped it', () => {
    const text = '孤立的代理项\ud800在这里';
    const tokens = tagText(sharedJieba(), text);
    expect(tokens.map((t) => t.text).join('')).toBe(sharedJieba().hasSpans ? text : text.replace('\ud800', ''));
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('falls back to tag when the spans do not cover the text', () => {
    const tag: Segmenter['tag'] = (t) => [...t].map((ch) => ({ word: ch, tag: 'n' }));
    const short: Segmenter = { tag, tagSpans: () => ({ lengths: [1, 1], tags: 'n n' }) };
    expect(tagText(short, '甲乙丙').map((t) => t.text)).toEqual(['甲', '乙', '丙']);
    const miscounted: Segmenter = { tag, tagSpans: () => ({ lengths: [1, 2], tags: 'n' }) };
    expect(tagText(miscounted, '甲乙丙').map((t) => t.text)).toEqual(['甲', '乙', '丙']);
    const absent: Segmenter = { tag, tagSpans: () => undefined };
    expect(tagText(absent, '甲乙').map((t) => t.text)).toEqual(['甲', '乙']);
  });

  it('slices words from the text with UTF-16 spans, astral characters counted twice', () => {
    const text = '😀大庆';
    expect(tokensFromSpans(text, { lengths: Uint32Array.from([2, 2]), tags: 'x ns' }, 10)).toEqual([
      { text: '😀', tag: 'x', start: 10, end: 12 },
      { text: '大庆', tag: 'ns', start: 12, end: 14 },
    ]);
    expect(tokensFromSpans('', { lengths: [], tags: '' })).toEqual([]);
  });
});

describe('the nodejieba postinstall patches', () => {
  const header = '#include <napi.h>\n\nclass NodeJieba {\n  Napi::Value tag(const Napi::CallbackInfo& info);\n};\n';
  const source =
    'DefineAddon(exports, {\n    InstanceMethod("tag", &NodeJieba::tag),\n  });\n' +
    'Napi::Value NodeJieba::load(const Napi::CallbackInfo& info) {\n' +
    '_text_rank_extractor_handle = new cppjieba::TextRankExtractor(dictPath, modelPath, stopWordsPath, userDictPath);\n}\n' +
    'Napi::Value NodeJieba::insertWord(const Napi::CallbackInfo& info) {\n}\n';
  const all = ['textrank-shares-trie', 'tag-spans', 'tag-spans-async'];

  it('were all applied and built by this install (nodejieba is pinned to the version they were written for)', () => {
    // a patch that does not compile is put back silently at install time, and only speed is lost:
    // this is where it shows
    expect(jiebaSetup().patches.sort()).toEqual((PATCHES as Array<{ id: string }>).map((p) => p.id).sort());
  });

  it('applies each patch once and reports those already in the source', () => {
    const first = applyPatches({ 'nodejieba.h': header, 'nodejieba.cpp': source });
    expect(first.applied).toEqual(all);
    expect(first.sources['nodejieba.h']).toContain('Napi::Value tagSpans(const Napi::CallbackInfo& info);');
    expect(first.sources['nodejieba.cpp']).toContain('InstanceMethod("tagSpans", &NodeJieba::tagSpans)');
    expect(first.sources['nodejieba.cpp']).toContain('Napi::Value NodeJieba::tagSpans(const Napi::CallbackInfo& info) {');
    expect(first.sources['nodejieba.cpp']).toContain('new cppjieba::TextRankExtractor(*_jieba_handle, stopWordsPath);');
    // the pool's call and the two calls that change the dictionary share one mutex
    expect(first.sources['nodejieba.h']).toContain('Napi::Value tagSpansAsync(const Napi::CallbackInfo& info);');
    expect(first.sources['nodejieba.cpp']).toContain('InstanceMethod("tagSpansAsync", &NodeJieba::tagSpansAsync)');
    for (const f of ['load', 'insertWord']) expect(first.sources['nodejieba.cpp']).toContain(`NodeJieba::${f}(const Napi::CallbackInfo& info) {\n  std::lock_guard<std::mutex> zhReportLock(zhReportJiebaMutex());`);
    expect(first.sources['nodejieba.cpp'].match(/zhReportJiebaMutex\(\)/g)).toHaveLength(3);
    const again = applyPatches(first.sources);
    expect(again.applied).toEqual([]);
    expect(again.already).toEqual(all);
    expect(again.sources).toEqual(first.sources);
  });

  it('upgrades an install patched by the first version and skips a patch whose source differs', () => {
    const old = applyPatches({ 'nodejieba.h': header, 'nodejieba.cpp': source.replace(/_text_rank[^\n]*\n/, '') });
    expect(old.skipped).toEqual(['textrank-shares-trie']);
    expect(old.applied).toEqual(['tag-spans', 'tag-spans-async']);
    const firstVersion = source.replace('TextRankExtractor(dictPath, modelPath, stopWordsPath, userDictPath)', 'TextRankExtractor(*_jieba_handle, stopWordsPath)');
    const upgraded = applyPatches({ 'nodejieba.h': header, 'nodejieba.cpp': firstVersion });
    expect(upgraded.already).toEqual(['textrank-shares-trie']);
    expect(upgraded.applied).toEqual(['tag-spans', 'tag-spans-async']);
    // an install with the first two patches (here the third was skipped: no napi include to
    // anchor it) gets the third alone
    const two = applyPatches({ 'nodejieba.h': header.replace('#include <napi.h>\n', ''), 'nodejieba.cpp': source });
    expect(two.skipped).toEqual(['tag-spans-async']);
    const third = applyPatches({ ...two.sources, 'nodejieba.h': '#include <napi.h>\n' + two.sources['nodejieba.h'] });
    expect(third.already).toEqual(['textrank-shares-trie', 'tag-spans']);
    expect(third.applied).toEqual(['tag-spans-async']);
  });
});
