/**
 * Segmenting ahead: jieba segments batches of paragraphs on libuv's pool (tagSpansAsync) while the
 * linter runs the rules on the batch before. The same tokens and findings as the one-thread path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParagraphAnalyzer, paragraphTexts } from '../../server/src/core/document';
import { jiebaSetup, sharedJieba, tagParagraphsAsync, tagText, type Segmenter, type TaggedSpans } from '../../server/src/core/segmenter';
import { defaultConfig } from '../../server/src/core/types';
import { Linter } from '../../server/src/linter';
import { rules, rulesById } from '../../server/src/rules';
import type { ParagraphRule } from '../../server/src/rules/rule';

const seed = readFileSync(join(__dirname, '../../seeds/daqing-news-stripped.txt'), 'utf8');
const corpus = '/work/shared/corpus/gov-reports';
const reports = existsSync(corpus) ? readdirSync(corpus).slice(0, 4).map((f) => readFileSync(join(corpus, f), 'utf8')) : [];
/** Well over AHEAD_MIN (8,000 units) of text no lint has seen: the path that segments ahead. */
const large = [seed, ...reports].join('\n').repeat(reports.length ? 1 : 12);

/** A segmenter whose words are single characters, with an async call that can be told to fail. */
function fakeSegmenter(asyncCall: (text: string) => Promise<TaggedSpans> | undefined): Segmenter {
  const spans = (t: string): TaggedSpans => ({ lengths: [...t].map((ch) => ch.length), tags: [...t].map(() => 'n').join(' ') });
  return { tag: (t) => [...t].map((ch) => ({ word: ch, tag: 'n' })), tagSpans: spans, tagSpansAsync: asyncCall ?? ((t) => Promise.resolve(spans(t))) };
}

describe('tagSpansAsync (third postinstall patch)', () => {
  it('is there when the install applied the patch', async () => {
    const call = sharedJieba().tagSpansAsync('中国人');
    expect(call === undefined).toBe(!jiebaSetup().patches.includes('tag-spans-async'));
    // awaited: no call of the pool is left running when the test file's process ends
    if (call) expect((await call).tags).toBe(sharedJieba().tagSpans('中国人')!.tags);
  });

  it('gives each paragraph of a batch the tokens it gets alone, astral characters and CRLF included', async () => {
    if (!jiebaSetup().patches.includes('tag-spans-async')) return expect(tagParagraphsAsync(sharedJieba(), ['中国'])).toBeUndefined();
    const paragraphs = [...paragraphTexts(seed), ...reports.flatMap(paragraphTexts).slice(0, 300), '😀大庆炼化公司𠮷总投资亿元\r', ' English words 3.14', '　　第二行'];
    const batched = await tagParagraphsAsync(sharedJieba(), paragraphs)!;
    expect(batched).toHaveLength(paragraphs.length);
    paragraphs.forEach((p, i) => expect(batched[i]).toEqual(tagText(sharedJieba(), p)));
  });
});

describe('tagParagraphsAsync', () => {
  it('leaves a paragraph the spans do not cover, and every one after it in the batch, to the caller', async () => {
    // one word runs across the first line break: nothing after it can be placed
    const crossing = fakeSegmenter(() => Promise.resolve({ lengths: [1, 3, 1, 1], tags: 'n n x n' }));
    const out = await tagParagraphsAsync(crossing, ['甲乙', '丙', '丁'])!;
    expect(out).toEqual([undefined, undefined, undefined]);
    // the first paragraph's words end at its end, the next word is not the line break
    const merged = fakeSegmenter(() => Promise.resolve({ lengths: [2, 2, 1], tags: 'n n n' }));
    const got = await tagParagraphsAsync(merged, ['甲乙', '丙丁'])!;
    expect(got[0]!.map((t) => t.text)).toEqual(['甲乙']);
    expect(got[1]).toBeUndefined();
  });

  it('is undefined when the segmenter has no async call', () => {
    expect(tagParagraphsAsync({ tag: () => [] }, ['甲'])).toBeUndefined();
  });
});

describe('ParagraphAnalyzer.analyzeAhead', () => {
  it('caches every new paragraph, hands them over a batch at a time and skips what is cached', async () => {
    const analyzer = new ParagraphAnalyzer(fakeSegmenter(undefined as never));
    analyzer.analyze('已经有了');
    const texts = Array.from({ length: 3000 }, (_, i) => `第${i}段文字，长一些的句子。`);
    const seen: string[] = [];
    let batches = 0;
    expect(await analyzer.analyzeAhead(['已经有了', ...texts, texts[0]], (b) => (batches++, seen.push(...b.map((x) => x.text))))).toBe(true);
    expect(seen).toEqual(texts);
    expect(batches).toBeGreaterThan(5);
    expect(analyzer.analyze(texts[7]).tokens.map((t) => t.text).join('')).toBe(texts[7]);
  });

  it('stops when cancelled or when a call fails, keeping what it cached', async () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `第${i}段文字，长一些的句子。`);
    const analyzer = new ParagraphAnalyzer(fakeSegmenter(undefined as never));
    let batches = 0;
    expect(await analyzer.analyzeAhead(texts, () => batches++, () => batches >= 2)).toBe(false);
    expect(batches).toBe(2);
    let calls = 0;
    const failing = new ParagraphAnalyzer(fakeSegmenter(() => (++calls === 2 ? Promise.reject(new Error('pool')) : Promise.resolve({ lengths: [], tags: '' }))));
    // the first batch's spans cover nothing: its paragraphs are segmented alone, by tagSpans
    const handed: string[] = [];
    expect(await failing.analyzeAhead(texts, (b) => handed.push(...b.map((x) => x.text)))).toBe(false);
    expect(handed.length).toBeGreaterThan(0);
    expect(failing.analyze(handed[0]).tokens.map((t) => t.text).join('')).toBe(handed[0]);
  });
});

describe('Linter.lintAsync segmenting ahead', () => {
  it('finds the same as lint on text large enough to segment ahead, and reuses the work', async () => {
    expect(large.length).toBeGreaterThan(32_000);
    const text = large;
    const ahead = (await new Linter().lintAsync(text))!;
    const alone = new Linter().lint(text);
    expect(ahead.findings).toEqual(alone.findings);
    expect(ahead.findings.length).toBeGreaterThan(20);
  });

  it('runs each paragraph rule once per paragraph, and still reports a rule that throws', async () => {
    let calls = 0;
    const counting: ParagraphRule = {
      id: 'test-counting',
      description: '测试',
      tags: [],
      severity: 'warning',
      messages: { x: 'x' },
      scope: 'paragraph',
      check(p) {
        calls++;
        if (p.text.includes('坏了')) throw new Error('broke');
        return [];
      },
    };
    const text = `${large}\n这一段坏了。\n`;
    const linter = new Linter(sharedJieba(), [counting, rulesById.get('punctuation-enumeration-comma')!]);
    const result = (await linter.lintAsync(text, defaultConfig()))!;
    const paragraphs = new Set(paragraphTexts(text)).size;
    // once ahead for each paragraph, and once more in the lint for the one that threw
    expect(calls).toBe(paragraphs + 1);
    expect(result.ruleErrors).toEqual([{ ruleId: 'test-counting', message: 'broke' }]);
    expect(result.findings).toEqual(new Linter(sharedJieba(), [rulesById.get('punctuation-enumeration-comma')!]).lint(text).findings);
  });

  it('segments ahead only when much of the text is new', async () => {
    let asyncCalls = 0;
    const jieba = sharedJieba();
    const counted: Segmenter = {
      tag: (t) => jieba.tag(t),
      tagSpans: (t) => jieba.tagSpans(t),
      tagSpansAsync: (t) => (asyncCalls++, jieba.tagSpansAsync(t) ?? Promise.resolve(jieba.tagSpans(t)!)),
    };
    const linter = new Linter(counted, rules);
    await linter.lintAsync(large);
    const first = asyncCalls;
    expect(first).toBeGreaterThan(0);
    // a one-character edit: no batch
    await linter.lintAsync(large.replace('。', '，'));
    expect(asyncCalls).toBe(first);
  });
});
