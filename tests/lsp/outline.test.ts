import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { OUTLINE_REQUEST, type OutlineNode, type OutlineResult } from '../../server/src/protocol';
import { applyLspEdits, startServer, type TestClient } from './lspClient';

const SEED = readFileSync(join(__dirname, '..', '..', 'seeds', 'daqing-news-stripped.txt'), 'utf8');

const REPORT = [
  '年度工作报告',
  '时间：2026-02-09',
  '一、工作回顾',
  '过去一年，经济运行稳中有进。',
  '（一）经济运行',
  '经济运行总体平稳。',
  '（二）社会民生',
  '社会民生持续改善。',
  '',
  '二、重点任务',
  '今年要抓好以下工作。',
].join('\r\n');

const names = (ss: DocumentSymbol[]): unknown[] => ss.map((s) => (s.children?.length ? [s.name, names(s.children)] : s.name));

describe('outline over stdio', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startServer();
    client.open('file:///report.txt', REPORT);
    client.open('file:///seed.txt', SEED);
    await client.diagnostics('file:///report.txt');
  });
  afterAll(() => client.stop());

  it('answers documentSymbol with the sections nested under the title, dateline first', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///report.txt' } })) as DocumentSymbol[];
    expect(names(symbols)).toEqual([['年度工作报告', ['时间：2026-02-09', ['一、工作回顾', ['（一）经济运行', '（二）社会民生']], '二、重点任务']]]);
    const one = symbols[0].children![1];
    // the section runs to the line before 二、 (the blank line trimmed); the heading is selected
    expect(one.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 7, character: 9 } });
    expect(one.selectionRange).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 6 } });
    for (const child of one.children!) {
      expect(child.range.start.line).toBeGreaterThanOrEqual(one.range.start.line);
      expect(child.range.end.line).toBeLessThanOrEqual(one.range.end.line);
    }
  });

  it('answers foldingRange with one region per section spanning lines', async () => {
    const ranges = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: 'file:///report.txt' } })) as FoldingRange[];
    const spans = ranges.map((r) => [r.startLine, r.endLine]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(spans).toEqual([[0, 10], [2, 7], [4, 5], [6, 7], [9, 10]]);
  });

  it('finds the fused headings of the sample report, inside its one body line', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///seed.txt' } })) as DocumentSymbol[];
    expect(symbols).toHaveLength(1);
    expect(symbols[0].name).toBe('大庆坚定创新创业步伐迈向全面振兴高质量发展');
    const sections = symbols[0].children!.filter((s) => s.kind !== 24 /* Event: the dateline */);
    expect(sections.map((s) => s.name)).toEqual(expect.arrayContaining(['快马加鞭复工忙只争朝夕谋发展', '厚植亲商爱商沃土打造一流营商环境', '一日办结与一小时出证']));
    for (const s of sections) {
      expect(s.selectionRange.start.line).toBe(2);
      expect(s.detail).toMatch(/连排小标题/);
    }
    // headings fused in one line have nothing to fold
    const ranges = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: 'file:///seed.txt' } })) as FoldingRange[];
    expect(ranges.map((r) => [r.startLine, r.endLine])).toEqual([[0, 2]]);
  });

  it('answers zhReport/outline with problem counts that add up per section', async () => {
    const result = (await client.connection.sendRequest(OUTLINE_REQUEST, { uri: 'file:///seed.txt' })) as OutlineResult;
    expect(result.dateline).toBe('2020/9/24 16:11');
    const title = result.nodes[0];
    const diagnostics = await client.diagnostics('file:///seed.txt');
    expect(title.problems).toBe(diagnostics.filter((d) => d.range.start.line >= 0).length);
    const sum = (n: OutlineNode) => n.children.reduce((a, c) => a + c.problems, 0);
    expect(sum(title)).toBeLessThanOrEqual(title.problems);
    expect(title.children.some((c) => c.problems > 0)).toBe(true);
    expect(title.children.every((c) => c.fused && c.kind === 'fused')).toBe(true);
  });

  it('offers a quick fix that puts a fused heading on its own line', async () => {
    const uri = 'file:///fused.txt';
    const text = '乡村见闻\n记者走进乡镇，看到繁忙的春耕景象。技术下乡与服务上门。农技人员把课堂搬到了田埂上，手把手教农民科学施肥。\n';
    client.open(uri, text);
    const fused = (await client.diagnostics(uri)).filter((d) => d.code === 'structure-fused-heading');
    expect(fused.map((d) => text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character))).toEqual(['技术下乡与服务上门']);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: fused[0].range,
      context: { diagnostics: fused, only: ['quickfix'] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.title.startsWith('将小标题单独成行'))!;
    expect(fix.isPreferred).toBe(false);
    expect(applyLspEdits(text, fix.edit!.changes![uri])).toBe('乡村见闻\n记者走进乡镇，看到繁忙的春耕景象。\n技术下乡与服务上门\n农技人员把课堂搬到了田埂上，手把手教农民科学施肥。\n');
  });

  it('answers null for a document that is not open', async () => {
    expect(await client.connection.sendRequest(OUTLINE_REQUEST, { uri: 'file:///nope.txt' })).toBeNull();
  });
});
