import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { Linter } from '../../server/src/linter';
import { applyLspEdits, startServer, type TestClient } from './lspClient';

const SEED = readFileSync(join(__dirname, '..', '..', 'seeds', 'daqing-news-stripped.txt'), 'utf8');

describe('language server over stdio', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startServer();
  });
  afterAll(() => client.stop());

  it('answers initialize before loading the dictionary, which it reports when done', async () => {
    client.open('file:///probe.txt', '好。\n');
    await client.diagnostics('file:///probe.txt');
    const loaded = client.logs.find((l) => l.message.includes('分词词典加载用时'));
    expect(loaded, 'the server logs the dictionary load').toBeDefined();
    expect(client.initializedAt).toBeLessThan(loaded!.at);
  });

  it('publishes diagnostics for the sample report with zh-report codes and valid ranges', async () => {
    const uri = 'file:///seed.txt';
    client.open(uri, SEED);
    const diagnostics = await client.diagnostics(uri);
    const lines = SEED.split('\n');
    for (const d of diagnostics) {
      expect(d.source).toBe('zh-report');
      expect(String(d.code)).toMatch(/^(quantity|date|punctuation|sentence|structure)-[a-z-]+$/);
      expect(d.range.start.line).toBeLessThan(lines.length);
      expect(d.range.end.character).toBeLessThanOrEqual(lines[d.range.end.line].replace(/\r$/, '').length);
      expect(d.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('maps ranges exactly across CRLF and astral characters and links each code to its doc', async () => {
    const uri = 'file:///crlf.txt';
    const text = '第一行没有问题。\r\n😀𠮷公司(北京)成立了,发展很快。\r\n';
    client.open(uri, text);
    const diagnostics = await client.diagnostics(uri);
    const starts = diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]);
    // 😀 and 𠮷 are two UTF-16 units each: ( sits at 2+2+2 = 6
    expect(starts).toEqual([
      ['punctuation-halfwidth', 1, 6, 7],
      ['punctuation-halfwidth', 1, 9, 10],
      ['punctuation-halfwidth', 1, 13, 14],
    ]);
    for (const d of diagnostics) expect(d.codeDescription?.href).toMatch(new RegExp(`docs/rules/${d.code}\\.md$`));
  });

  it('offers a quick fix whose edit repairs the text, and a fix-all action', async () => {
    const uri = 'file:///fix.txt';
    const text = '公司(北京)成立了,发展很快。。\n';
    client.open(uri, text);
    const diagnostics: Diagnostic[] = await client.diagnostics(uri);
    expect(diagnostics.map((d) => d.code)).toEqual(['punctuation-halfwidth', 'punctuation-halfwidth', 'punctuation-halfwidth', 'punctuation-repeated']);
    const comma = diagnostics[2];
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: comma.range,
      context: { diagnostics: [comma] },
    })) as CodeAction[];
    const quick = actions.find((a) => a.title.includes('，'))!;
    expect(quick.kind).toBe('quickfix');
    expect(applyLspEdits(text, quick.edit!.changes![uri])).toBe('公司(北京)成立了，发展很快。。\n');
    const fixAll = actions.find((a) => a.title.startsWith('修复本文件中所有可安全修复的问题'))!;
    expect(applyLspEdits(text, fixAll.edit!.changes![uri])).toBe('公司（北京）成立了，发展很快。\n');
  });

  it('re-lints on incremental change and publishes for the newest version only', async () => {
    const uri = 'file:///change.txt';
    client.open(uri, '发展很快。\n');
    expect(await client.diagnostics(uri, 1)).toEqual([]);
    for (let v = 2; v <= 6; v++) {
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '好,' }],
      });
    }
    const diagnostics = await client.diagnostics(uri, 6);
    expect(diagnostics.length).toBe(5);
    // debounced: the intermediate versions were never published
    expect(client.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1, 6]);
  });

  it('segments a report it opens on jieba\'s own thread and publishes what the CLI finds, also when the report changes meanwhile', async () => {
    // well over the 8,000 new units from which the server segments ahead (Linter.lintAsync), in
    // paragraphs of one sentence each (a paragraph over 4,000 units is segmented alone)
    const text = Array.from({ length: 8 }, (_, i) => SEED.replace(/大庆/g, `大庆${'一二三四五六七八'[i]}`).replace(/。/g, '。\n')).join('\n');
    const uri = 'file:///large.txt';
    client.open(uri, text);
    // a change right away: the first lint is cancelled between batches, the newest version published
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '好,' }],
    });
    const diagnostics: Diagnostic[] = await client.diagnostics(uri, 2, 60_000);
    const expected = new Linter().lint('好,' + text).findings;
    expect(diagnostics.length).toBe(expected.length);
    expect(diagnostics.map((d) => d.code)).toEqual(expected.map((f) => f.ruleId));
    expect(client.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([2]);
  });

  it('survives malformed settings, with a warning and default behaviour', async () => {
    const warnings: string[] = [];
    client.connection.onRequest('window/showMessageRequest', (m: { message: string }) => {
      warnings.push(m.message);
      return null;
    });
    client.settings = { rules: 'all', runOnLength: 'long', spacing: 42 };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = 'file:///settings.txt';
    client.open(uri, '好的,谢谢。\n');
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.map((d) => d.code)).toEqual(['punctuation-halfwidth']);
    expect(warnings.some((w) => w.includes('zhReport.rules'))).toBe(true);
    client.settings = {};
  });

  it('does not lint a binary or misdecoded buffer: says why once, keeps no findings, and lints it again once it is text', async () => {
    const warnings: string[] = [];
    client.connection.onRequest('window/showMessageRequest', (m: { message: string }) => {
      warnings.push(m.message);
      return null;
    });
    const uri = 'file:///binary.txt';
    client.open(uri, 'PK\u0003\u0004\u0000\u0000好的,谢谢。\n');
    expect(await client.diagnostics(uri, 1)).toEqual([]);
    for (let v = 2; v <= 3; v++) {
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
      });
      expect(await client.diagnostics(uri, v)).toEqual([]);
    }
    expect(warnings.filter((w) => w.includes('二进制'))).toHaveLength(1);
    // a GBK report decoded as UTF-8: every Chinese character became U+FFFD
    const gbk = 'file:///gbk-as-utf8.txt';
    client.open(gbk, '\ufffd\ufffd\ufffd\ufffd,\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\n');
    expect(await client.diagnostics(gbk, 1)).toEqual([]);
    expect(warnings.some((w) => w.includes('GB18030'))).toBe(true);
    // replaced by readable text, it is linted as usual
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text: '好的,谢谢。\n' }] });
    expect((await client.diagnostics(uri, 4)).map((d) => d.code)).toEqual(['punctuation-halfwidth']);
  });

  it('applies per-rule severities and turns rules off from settings', async () => {
    client.settings = { rules: { 'punctuation-halfwidth': 'off', 'punctuation-repeated': 'error' } };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = 'file:///levels.txt';
    client.open(uri, '好的,谢谢。。\n');
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['punctuation-repeated', 1]]);
    client.settings = {};
  });
});
