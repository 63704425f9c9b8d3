/**
 * The TextMate grammar (syntaxes/zh-report.tmLanguage.json) tokenised with vscode-textmate and
 * vscode-oniguruma, as VS Code does: headings by level, dates, numbers with units, quoted text,
 * 《titles》 and brackets get their scopes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = join(__dirname, '..');
let grammar: textmate.IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scopeName) =>
      scopeName === 'text.zh-report'
        ? textmate.parseRawGrammar(readFileSync(join(root, 'syntaxes', 'zh-report.tmLanguage.json'), 'utf8'), 'zh-report.tmLanguage.json')
        : null,
  });
  grammar = (await registry.loadGrammar('text.zh-report'))!;
});

/** Each line's tokens as [text, scopes]. */
function tokenize(text: string): Array<Array<[string, string[]]>> {
  let stack = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes] as [string, string[]]);
  });
}

/** The scopes of the token that starts with `piece` on a line (throws if none). */
function scopesOf(lines: Array<Array<[string, string[]]>>, line: number, piece: string): string[] {
  const hit = lines[line].find(([text]) => text.startsWith(piece));
  if (!hit) throw new Error(`no token starting with ${piece} on line ${line}: ${JSON.stringify(lines[line].map(([t]) => t))}`);
  return hit[1];
}

describe('zh-report grammar', () => {
  const sample = () => tokenize(readFileSync(join(root, 'tests', 'grammar', 'sample.zhr'), 'utf8'));

  it('marks the first line as the title', () => {
    const lines = sample();
    expect(scopesOf(lines, 0, '2026年市政府工作报告')).toContain('markup.heading.title.zh-report');
    // a later short line is not a title
    expect(scopesOf(lines, 1, '时间').join(' ')).not.toMatch(/title/);
  });

  it('gives each GB/T 9704 level, chapters and Markdown headings their heading scope', () => {
    const lines = sample();
    expect(scopesOf(lines, 2, '一、')).toEqual(expect.arrayContaining(['markup.heading.1.zh-report', 'punctuation.definition.heading.zh-report']));
    expect(scopesOf(lines, 2, '工作回顾')).toEqual(expect.arrayContaining(['markup.heading.1.zh-report', 'entity.name.section.zh-report']));
    expect(scopesOf(lines, 3, '（一）')).toContain('markup.heading.2.zh-report');
    expect(scopesOf(lines, 3, '经济增长迈出坚实步伐')).toContain('entity.name.section.zh-report');
    // a run-in heading ends at its full stop: the body after it is not heading
    expect(scopesOf(lines, 3, '。全市').join(' ')).not.toMatch(/heading/);
    expect(scopesOf(lines, 4, '1.')).toContain('markup.heading.3.zh-report');
    expect(scopesOf(lines, 5, '（1）')).toContain('markup.heading.4.zh-report');
    expect(scopesOf(lines, 6, '第二章')).toContain('markup.heading.chapter.zh-report');
    expect(scopesOf(lines, 7, '三、Markdown 标题')).toContain('markup.heading.markdown.zh-report');
    // 一、二、三产业 enumerates, it does not head anything
    expect(lines[10].flatMap(([, s]) => s).join(' ')).not.toMatch(/heading/);
  });

  it('scopes dates, including those inside headings', () => {
    const lines = sample();
    expect(scopesOf(lines, 1, '2026-02-09')).toContain('constant.other.date.zh-report');
    expect(scopesOf(lines, 2, '2025年')).toEqual(expect.arrayContaining(['markup.heading.1.zh-report', 'constant.other.date.zh-report']));
    expect(scopesOf(lines, 9, '2020年9月24日')).toContain('constant.other.date.zh-report');
  });

  it('scopes numbers with their units', () => {
    const lines = sample();
    expect(scopesOf(lines, 3, '5.67')).toContain('constant.numeric.zh-report');
    expect(scopesOf(lines, 3, '万亿元')).toContain('keyword.other.unit.zh-report');
    expect(scopesOf(lines, 3, '%')).toContain('keyword.other.unit.zh-report');
    expect(scopesOf(lines, 9, '万人次')).toContain('keyword.other.unit.zh-report');
    expect(scopesOf(lines, 9, '1,200')).toContain('constant.numeric.zh-report');
  });

  it('scopes quoted text, 《titles》 (nested) and brackets', () => {
    const lines = sample();
    expect(scopesOf(lines, 8, '两个确立')).toContain('string.quoted.double.zh-report');
    expect(scopesOf(lines, 8, '中华人民共和国预算法')).toContain('entity.name.type.book-title.zh-report');
    expect(scopesOf(lines, 8, '〈')).toContain('punctuation.definition.book-title.begin.zh-report');
    expect(scopesOf(lines, 8, '规划纲要')).toEqual(expect.arrayContaining(['entity.name.type.book-title.zh-report', 'meta.book-title.inner.zh-report']));
    expect(scopesOf(lines, 8, '的说明')).toContain('entity.name.type.book-title.zh-report');
    expect(scopesOf(lines, 9, '以下简称高新区')).toContain('meta.brackets.round.zh-report');
    // outside the brackets again
    expect(scopesOf(lines, 9, '于')).not.toContain('meta.brackets.round.zh-report');
  });

  it('tokenises the sample report without a heading scope leaking past its line', () => {
    const seed = tokenize(readFileSync(join(root, 'seeds', 'daqing-news-stripped.txt'), 'utf8'));
    expect(seed[0][0][1]).toContain('markup.heading.title.zh-report');
    expect(seed[2].flatMap(([, s]) => s).join(' ')).not.toMatch(/heading/);
  });
});
