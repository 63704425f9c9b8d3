import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentHighlight, Hover, Location, MarkupContent, SemanticTokens } from 'vscode-languageserver-protocol';
import { startServer, type TestClient } from './lspClient';

const SEED = readFileSync(join(__dirname, '..', '..', 'seeds', 'daqing-news-stripped.txt'), 'utf8');

/** Line and character of the n-th occurrence of `needle` (plus `delta` code units). */
function positionOf(text: string, needle: string, delta = 0, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

describe('entity and term hovers, highlights, references and semantic tokens over stdio', () => {
  let client: TestClient;
  const uri = 'file:///seed-entities.txt';
  beforeAll(async () => {
    client = await startServer();
    client.open(uri, SEED);
    await client.diagnostics(uri, 0, 55_000);
  });
  afterAll(() => client.stop());

  const hover = async (u: string, text: string, needle: string, delta = 1, nth = 0) =>
    (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: positionOf(text, needle, delta, nth) })) as Hover | null;

  it('says who 宋亚东 is: a person, with the role the report gives him, over the whole name', async () => {
    const h = await hover(uri, SEED, '宋亚东');
    const value = (h!.contents as MarkupContent).value;
    expect(value).toContain('人名 · person');
    expect(value).toContain('大庆炼化公司工程管理部副主任');
    expect(value).toMatch(/文中提及 \d+ 次，首次见\[第 \d+ 行\]\(file:\/\/\/seed-entities\.txt#L\d+\)/);
    // the range covers 宋亚东 although jieba splits it into 宋 + 亚东
    const start = positionOf(SEED, '宋亚东');
    expect(h!.range).toEqual({ start, end: { line: start.line, character: start.character + 3 } });
  });

  it('gives a place its administrative chain and an alias its full name', async () => {
    const place = (await hover(uri, SEED, '林源镇')) as Hover;
    expect((place.contents as MarkupContent).value).toContain('地名 · place');
    expect((place.contents as MarkupContent).value).toContain('黑龙江省 › 大庆市 › 大同区 › 林源镇');
    // the second 伊品 is a later mention, after 简称伊品 defined it
    const alias = (await hover(uri, SEED, '伊品', 1, 2)) as Hover;
    const v = (alias.contents as MarkupContent).value;
    expect(v).toContain('机构 · organization');
    expect(v).toContain('全称：黑龙江伊品生物科技有限公司');
  });

  it('shows pinyin, part of speech and an English gloss for an ordinary word, within its jieba word', async () => {
    // the first term hover starts loading CC-CEDICT in the background; the gloss follows
    let h = (await hover(uri, SEED, '玉米深加工', 0)) as Hover;
    for (let i = 0; i < 100 && (h.contents as MarkupContent).value.includes('正在加载'); i++) {
      await new Promise((r) => setTimeout(r, 200));
      h = (await hover(uri, SEED, '玉米深加工', 0)) as Hover;
    }
    const v = (h.contents as MarkupContent).value;
    expect(v).toContain('**玉米** yù mǐ');
    expect(v).toMatch(/corn|maize/);
    // jieba tags 玉米 nr; the hover does not repeat that as if it were a name
    expect(v).toContain('普通词（jieba 标为人名 nr，未识别为实体）');
    expect(v).toContain('分词：万吨 ｜ **玉米** ｜ 深加工');
    const start = positionOf(SEED, '玉米深加工');
    expect(h.range).toEqual({ start, end: { line: start.line, character: start.character + 2 } });
  });

  it('highlights every mention of the entity under the cursor, and finds its definition', async () => {
    const pos = positionOf(SEED, '刘冬莉说', 1);
    const highlights = (await client.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri }, position: pos })) as DocumentHighlight[];
    const count = SEED.split('刘冬莉').length - 1;
    expect(highlights).toHaveLength(count);
    const refs = (await client.connection.sendRequest('textDocument/references', { textDocument: { uri }, position: pos, context: { includeDeclaration: true } })) as Location[];
    expect(refs).toHaveLength(count);
    const def = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: positionOf(SEED, '伊品', 1, 2) })) as Location;
    const full = positionOf(SEED, '黑龙江伊品生物科技有限公司');
    expect(def.range.start).toEqual(full);
  });

  it('encodes semantic tokens with the declared legend, one per mention', async () => {
    const tokens = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as SemanticTokens;
    expect(tokens.data.length % 5).toBe(0);
    // decode and check that 宋亚东 is a variable (person) three characters long
    let line = 0;
    let ch = 0;
    const decoded: Array<[number, number, number, number]> = [];
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, len, type] = tokens.data.slice(i, i + 5);
      line += dl;
      ch = dl === 0 ? ch + dc : dc;
      decoded.push([line, ch, len, type]);
    }
    const p = positionOf(SEED, '宋亚东');
    expect(decoded).toContainEqual([p.line, p.character, 3, 0]);
    const q = positionOf(SEED, '林源镇');
    expect(decoded).toContainEqual([q.line, q.character, 3, 1]);
  });

  it('reads names from .zh-report/dictionary.txt beside the document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zh-dict-'));
    mkdirSync(join(dir, '.zh-report'));
    writeFileSync(join(dir, '.zh-report', 'dictionary.txt'), '# 测试词典\n星河湾 地名\n');
    const text = '记者走进星河湾，看到新建的道路。\n';
    const u = pathToFileURL(join(dir, 'report.txt')).href;
    client.open(u, text);
    await client.diagnostics(u, 0, 55_000);
    const h = (await hover(u, text, '星河湾')) as Hover;
    expect((h.contents as MarkupContent).value).toContain('地名 · place');
    expect((h.contents as MarkupContent).value).toContain('用户词典');
  });
});
