import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, Location, MarkupContent, PublishDiagnosticsParams, SemanticTokens } from 'vscode-languageserver-protocol';
import { documentEntities } from '../../server/src/core/entities';
import { testLinter } from '../helpers';
import { startServer, type TestClient } from './lspClient';

const SEED = readFileSync(join(__dirname, '..', '..', 'seeds', 'daqing-news-stripped.txt'), 'utf8');

/** Three distinct copies of the seed's paragraphs: enough entity work to still be under way. */
const REPORT = [0, 1, 2].flatMap((k) => SEED.split('\n').filter((l) => l.trim()).map((p) => `第${k}篇：${p}`)).join('\n') + '\n';

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

describe('edits arriving during background work, over stdio', () => {
  let client: TestClient;
  const uri = 'file:///ordering.txt';
  let text = REPORT;
  let version = 1;

  /** Inserts `insert` before the first occurrence of `before` and sends it as version + 1. */
  const edit = (before: string, insert: string) => {
    const at = text.indexOf(before);
    const position = positionAt(text, at);
    text = text.slice(0, at) + insert + text.slice(at);
    version++;
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text: insert }],
    });
  };
  const hover = (offset: number) =>
    client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionAt(text, offset) }) as Promise<Hover | null>;

  beforeAll(async () => {
    client = await startServer();
    client.open(uri, REPORT);
    await client.diagnostics(uri, 1, 55_000);
  });
  afterAll(() => client.stop());

  it('answers for the last version only: diagnostics, hovers and references after edits that interrupt the entity run', async () => {
    // a hover makes the entity run of version 1 urgent; two edits arrive while it works
    const early = hover(text.indexOf('宋亚东') + 1);
    edit('宋亚东', '市长柯振华说，');
    edit('第2篇：', '柯振华强调，');
    const earlyAnswer = await early;
    // the early hover may answer for version 1 or give up (null): it must not fail
    if (earlyAnswer) expect((earlyAnswer.contents as MarkupContent).value).toContain('宋亚东');
    await client.diagnostics(uri, 3);

    // diagnostics: the last publish is for version 3 and equals a fresh lint of the final text
    const last = client.published.filter((p) => p.uri === uri).at(-1) as PublishDiagnosticsParams;
    expect(last.version).toBe(3);
    const fresh = testLinter().lint(text);
    const got = last.diagnostics.map((d) => [d.code, d.range.start, d.range.end]);
    const want = fresh.findings.map((f) => [f.ruleId, positionAt(text, f.start), positionAt(text, f.end)]);
    expect(got).toEqual(want);

    // hover on the name the edits added: the person, mentioned as often as in the final text
    const index = documentEntities(fresh.document);
    const ke = index.entities.find((e) => e.name === '柯振华')!;
    expect(ke.mentions.length).toBe(2);
    const h = await hover(text.indexOf('柯振华') + 1);
    const value = (h!.contents as MarkupContent).value;
    expect(value).toContain('人名 · person');
    expect(value).toContain(`文中提及 ${ke.mentions.length} 次`);
    expect(h!.range).toEqual({ start: positionAt(text, ke.mentions[0].start), end: positionAt(text, ke.mentions[0].end) });

    // references on 宋亚东: every mention, at its place in the final text
    const song = index.entities.find((e) => e.name === '宋亚东')!;
    const refs = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri },
      position: positionAt(text, text.indexOf('宋亚东') + 1),
      context: { includeDeclaration: true },
    })) as Location[];
    expect(refs.map((r) => r.range.start)).toEqual(song.mentions.map((m) => positionAt(text, m.start)));
  });

  it('keeps answering for the new version when an edit comes while a hover waits for the entities', async () => {
    const waiting = hover(text.indexOf('伊品') + 1);
    edit('伊品', '大庆');
    const answer = await waiting;
    if (answer) expect((answer.contents as MarkupContent).value).toMatch(/伊品|大庆/);
    await client.diagnostics(uri, version);
    // a hover now describes the text of the new version: its range covers the hovered character
    // in the final text, and it names what is there
    const at = text.indexOf('大庆伊品') + 1;
    const h = await hover(at);
    expect(h).not.toBeNull();
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    const [start, end] = [offset(h!.range!.start), offset(h!.range!.end)];
    expect(start).toBeLessThanOrEqual(at);
    expect(end).toBeGreaterThan(at);
    expect((h!.contents as MarkupContent).value).toContain(`**${text.slice(start, end)}**`);
  });

  it('recognises nothing for a version an edit made stale while semantic tokens waited, and answers for the new one', async () => {
    const other = 'file:///ordering-tokens.txt';
    const v1 = REPORT.replace(/第(\d)篇/g, '卷$1');
    client.open(other, v1);
    await client.diagnostics(other, 1, 55_000);
    const stale = client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: other } });
    const v2 = '市长柯振华说，' + v1;
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: other, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '市长柯振华说，' }],
    });
    await expect(stale).rejects.toMatchObject({ code: -32801 }); // ContentModified: the client asks again
    await client.diagnostics(other, 2);
    const tokens = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: other } })) as SemanticTokens;
    const index = documentEntities(testLinter().lint(v2).document);
    expect(tokens.data.length / 5).toBe(index.mentions.length);
    // the first token is the name the edit added, at the start of the first line
    expect(tokens.data.slice(0, 3)).toEqual([0, 2, 3]);
  });
});
