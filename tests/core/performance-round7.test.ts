/**
 * Round 7 of issue 7: the work an edit or a hover does, made smaller without changing what they
 * answer. Each test compares the new path with the plain one it replaces.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analysisOf, buildDocumentSteps, ParagraphAnalyzer, type ReportDocument } from '../../server/src/core/document';
import { findSections, sectionsOf } from '../../server/src/core/sections';
import { sharedJieba } from '../../server/src/core/segmenter';
import { testLinter } from '../helpers';
import { cedictIndexCurrent, findCedictFile, indexFromFile, loadCedictSync, lookupCedict, lookupIn, writeCedictIndex } from '../../server/src/core/cedict';

describe('the CC-CEDICT index written at build time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zh-report-cedict-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const data = findCedictFile();

  it.runIf(data)('gives every headword the entries the scan of the data file gives', () => {
    const out = join(dir, 'cedict.txt');
    expect(writeCedictIndex(out, data)).toBe(true);
    const text = readFileSync(out, 'utf8');
    expect(cedictIndexCurrent(text, data)).toBe(true);
    const ix = indexFromFile(text);
    // from sources there is no prebuilt index: this scans the data file
    loadCedictSync();
    const heads = new Set<string>();
    for (let i = 0; i < ix.count; i++) heads.add(text.slice(text.indexOf('\n') + 1).slice(ix.starts[i], ix.starts[i] + 12).split('\t')[0]);
    expect(heads.size).toBeGreaterThan(100_000);
    for (const w of heads) expect(lookupIn(ix, w)).toEqual(lookupCedict(w));
    for (const w of ['中国', '发展', '宋', '新质生产力', '不存在的词语呀', '']) expect(lookupIn(ix, w)).toEqual(lookupCedict(w));
  });

  it.runIf(data)('is not used once the data file it was built from changed', () => {
    const stale = '# CC-CEDICT (CC BY-SA 4.0, MDBG) scanned from cc-cedict data/all.js, 5 bytes\n中\tzhong1\tmiddle';
    expect(cedictIndexCurrent(stale, data)).toBe(false);
    expect(cedictIndexCurrent('中\tzhong1\tmiddle', data)).toBe(false);
    // shipped without the data file, the index stands for it
    expect(cedictIndexCurrent(stale, undefined)).toBe(true);
    expect(lookupIn(indexFromFile(stale), '中')).toEqual([{ pinyin: 'zhong1', senses: ['middle'] }]);
  });
});

describe('a hover and the background entity run', () => {
  it('counts its answer as activity: the idle time the run waits for starts when the hover is answered', async () => {
    const { hoverFeature } = await import('../../server/src/lsp/hover');
    const text = '大庆市林源镇的玉米深加工项目。\n';
    const analysis = { ...testLinter().lint(text), uri: 'file:///a.txt', version: 1 };
    const events: string[] = [];
    let handler!: (p: unknown) => Promise<unknown>;
    const ctx = {
      connection: { onHover: (h: typeof handler) => (handler = h) },
      documents: { get: () => ({ version: 1 }) },
      analyses: {
        get: async () => {
          events.push('analysis');
          return analysis;
        },
      },
      entityRuns: {
        isReady: () => true,
        touch: () => events.push('touch'),
      },
    };
    hoverFeature.register(ctx as never);
    await handler({ textDocument: { uri: 'file:///a.txt' }, position: { line: 0, character: 3 } });
    expect(events).toEqual(['analysis', 'touch']);
  });
});

describe('what an edit re-does', () => {
  const seg = sharedJieba();
  const build = (text: string, analyzer: ParagraphAnalyzer, previous?: ReportDocument): ReportDocument => {
    const steps = buildDocumentSteps(text, analyzer, previous);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  };
  const shape = (d: ReportDocument) => d.paragraphs.map((p) => ({ ...p }));
  // ~9,600 units: the shared start and end are compared in chunks of 2,048, then unit by unit
  const lines = Array.from({ length: 180 }, (_, i) => `第${i}段：全市地区生产总值增长${i}%，规模以上工业增加值增长，固定资产投资增长，社会消费品零售总额增长。`);
  const long = lines.join('\n') + '\n';

  it('reuses every paragraph an edit left alone, whichever chunk of the text the edit falls in', () => {
    for (const at of [0, 1, 2047, 2048, 2049, 4095, 4096, 4097, long.length - 4097, long.length - 2049, long.length - 2048, long.length - 1, long.length]) {
      const analyzer = new ParagraphAnalyzer(seg);
      const v1 = build(long, analyzer);
      const analyze = vi.spyOn(analyzer, 'analyze');
      expect(at >= 0 && at <= long.length).toBe(true);
      const text = long.slice(0, at) + '的' + long.slice(at);
      const v2 = build(text, analyzer, v1);
      expect(shape(v2)).toEqual(shape(build(text, new ParagraphAnalyzer(seg))));
      // the paragraph the character went into is analysed again (and its neighbour when the edit
      // touches the line break between them); every other one is taken from the previous version
      expect(analyze.mock.calls.length).toBeLessThanOrEqual(2);
      const edited = v2.paragraphs.findIndex((p) => p.end >= at);
      for (let i = 0; i < v1.paragraphs.length; i++) if (Math.abs(i - edited) > 1) expect(analysisOf(v2.paragraphs[i])).toBe(analysisOf(v1.paragraphs[i]));
    }
  });

  it('gives the outline and the findings of a fresh lint on every edited version, headings typed in and taken out', () => {
    const linter = testLinter();
    const random = (() => {
      let s = 5;
      return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    })();
    const pieces = ['一、', '（二）', '\n', '\n三是', '# ', '。', '的', '\n1. ', '\n工作回顾\n'];
    let text = `2025年政府工作报告\n${long}`;
    linter.lint(text);
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(random() * (text.length + 1));
      const cut = random() < 0.3 ? Math.floor(random() * 5) : 0;
      text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(Math.min(text.length, at + cut));
      const edited = linter.lint(text);
      const fresh = testLinter().lint(text);
      expect(edited.findings).toEqual(fresh.findings);
      expect(JSON.stringify(sectionsOf(edited.document))).toBe(JSON.stringify(findSections(fresh.document)));
    }
  });
});
