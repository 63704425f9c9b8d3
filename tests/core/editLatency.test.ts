/**
 * Issue 7, edit latency: the work redone on every version an editor sends, made smaller without
 * changing what it answers. Each test compares the shortcut with the plain path it replaces.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeRegions } from '../../server/src/core/codeRegions';
import { analysisOf, buildDocumentSteps, ParagraphAnalyzer, type ReportDocument } from '../../server/src/core/document';
import { sharedJieba } from '../../server/src/core/segmenter';
import { LineIndex } from '../../server/src/core/lineIndex';
import { unreadableText } from '../../server/src/core/readText';
import { defaultConfig, type LintConfig } from '../../server/src/core/types';
import { Linter } from '../../server/src/linter';
import { rules } from '../../server/src/rules';
import type { Rule } from '../../server/src/rules/rule';

const seed = readFileSync(join(__dirname, '..', '..', 'seeds', 'daqing-news-stripped.txt'), 'utf8');

describe('paragraph-rule findings kept per paragraph content across versions', () => {
  const random = (() => {
    let s = 11;
    return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  })();
  // half-width marks and repeated marks give the paragraph rules something in many paragraphs
  const base = `${seed}\n经济增长5%,就业稳定,,物价平稳。\n他说:"我们要加油."\n`;
  const pieces = ['的', ',', '。', '\n', '，，', '5%', '"', '一、'];

  it('gives the findings and rule errors of a fresh linter on every edited version, options and severities changed between', () => {
    // a paragraph rule that throws on some paragraph contents: retried on every version, as before
    const flaky: Rule = {
      id: 'test-flaky',
      description: 'throws where a paragraph holds 加油',
      tags: [],
      severity: 'warning',
      scope: 'paragraph',
      messages: { m: 'm' },
      check(p) {
        if (p.text.includes('加油')) throw new Error('boom');
        return p.text.includes('就业') ? [{ messageId: 'm', start: 0, end: 2 }] : [];
      },
    };
    const all = [...rules, flaky];
    const linter = new Linter(undefined, all);
    const configs: LintConfig[] = [defaultConfig(), defaultConfig(), defaultConfig()];
    configs[1].rules['punctuation-halfwidth'] = 'hint';
    configs[1].rules['test-flaky'] = 'off';
    configs[2].options = { ...configs[2].options, spacing: 'pangu', runOnLength: 30 };
    let text = base;
    for (let i = 0; i < 40; i++) {
      const at = Math.floor(random() * (text.length + 1));
      const cut = random() < 0.3 ? Math.floor(random() * 4) : 0;
      text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(Math.min(text.length, at + cut));
      const config = configs[Math.floor(i / 5) % configs.length];
      const edited = linter.lint(text, config);
      const fresh = new Linter(undefined, all).lint(text, config);
      expect(edited.findings).toEqual(fresh.findings);
      expect(edited.ruleErrors).toEqual(fresh.ruleErrors);
    }
  });
});

describe('bare occurrences of quoted terms and slogans, when an edit changes their list', () => {
  it('gives the findings of a fresh linter on every version, terms quoted, unquoted and cut by the edits', () => {
    const random = (() => {
      let s = 3;
      return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    })();
    const paragraphs = [
      '深化“放管服”改革，推进“一网通办”，一网通办事项达到一千项，放管服改革成效明显。',
      '实施“十四五”规划，十四五时期经济增长较快，一老一小服务体系建设加快推进。',
      '推动人工智能+行动，一网通办和一网统管协同发力，“一网统管”覆盖全市。',
      '坚持一老一小优先，落实“双减”政策，双减成果巩固，放管服持续深化。',
      '打造“15分钟生活圈”，15分钟生活圈覆盖率提高，一网通办好办易办。',
    ];
    let text = Array.from({ length: 6 }, (_, k) => paragraphs.map((p) => (k % 2 ? p : p.replace('“', '').replace('”', ''))).join('\n')).join('\n') + '\n';
    const pieces = ['的', '“', '”', '一网通办', '放管服', '\n', '十四五', '。'];
    const linter = new Linter();
    linter.lint(text);
    for (let i = 0; i < 80; i++) {
      const at = Math.floor(random() * (text.length + 1));
      const cut = random() < 0.4 ? 1 + Math.floor(random() * 3) : 0;
      text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(Math.min(text.length, at + cut));
      const edited = linter.lint(text).findings.filter((f) => f.ruleId === 'punctuation-quotation-marks');
      const fresh = new Linter().lint(text).findings.filter((f) => f.ruleId === 'punctuation-quotation-marks');
      expect(edited).toEqual(fresh);
    }
  });
});

describe('the paragraphs of a new version', () => {
  const build = (text: string, analyzer: ParagraphAnalyzer, previous?: ReportDocument): ReportDocument => {
    const steps = buildDocumentSteps(text, analyzer, previous);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  };

  it('are the previous version\'s objects where the edit left index, line and offsets alone, and equal a fresh build everywhere', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `第${i}段：全市地区生产总值增长${i}%，固定资产投资增长。`);
    const text = lines.join('\n') + '\n';
    const analyzer = new ParagraphAnalyzer(sharedJieba());
    const v1 = build(text, analyzer);
    const at = text.indexOf('第20段');
    // an insertion: the paragraphs before it are reused, those after it are shifted copies
    const inserted = text.slice(0, at + 2) + '的' + text.slice(at + 2);
    const v2 = build(inserted, analyzer, v1);
    const shape = (d: ReportDocument) => d.paragraphs.map((p) => ({ ...p }));
    expect(shape(v2)).toEqual(shape(build(inserted, new ParagraphAnalyzer(sharedJieba()))));
    for (let i = 0; i < 20; i++) expect(v2.paragraphs[i]).toBe(v1.paragraphs[i]);
    for (let i = 21; i < 40; i++) {
      expect(v2.paragraphs[i]).not.toBe(v1.paragraphs[i]);
      expect(analysisOf(v2.paragraphs[i])).toBe(analysisOf(v1.paragraphs[i]));
      expect(v2.paragraphs[i].start).toBe(v1.paragraphs[i].start + 1);
    }
    // a replacement of the same length: the paragraphs after it are the same objects too
    const replaced = inserted.slice(0, at + 2) + '地' + inserted.slice(at + 3);
    const v3 = build(replaced, analyzer, v2);
    expect(shape(v3)).toEqual(shape(build(replaced, new ParagraphAnalyzer(sharedJieba()))));
    for (let i = 0; i < 40; i++) if (i !== 20) expect(v3.paragraphs[i]).toBe(v2.paragraphs[i]);
    // a new line: the paragraphs after it change index and line
    const split = replaced.slice(0, at + 3) + '\n' + replaced.slice(at + 3);
    const v4 = build(split, analyzer, v3);
    expect(shape(v4)).toEqual(shape(build(split, new ParagraphAnalyzer(sharedJieba()))));
    expect(v4.paragraphs.length).toBe(41);
    for (let i = 0; i < 20; i++) expect(v4.paragraphs[i]).toBe(v3.paragraphs[i]);
  });
});

describe('the scans every version pays for', () => {
  it('unreadableText: the same answer counting the replacement characters natively', () => {
    const plain = (text: string) => {
      let replaced = 0;
      let visible = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0xfffd) replaced++;
        if (c > 0x20) visible++;
      }
      return replaced >= 8 && replaced >= visible * 0.02;
    };
    const cases = ['', '正常的中文报告。', '\ufffd'.repeat(7) + '文', '\ufffd'.repeat(8), '\ufffd'.repeat(8) + '文'.repeat(392), '\ufffd'.repeat(8) + '文'.repeat(393), ' \ufffd'.repeat(20), seed];
    for (const t of cases) expect(unreadableText(t) !== undefined).toBe(plain(t));
    expect(unreadableText('\ufffd'.repeat(8))).toContain('含有 8 个无法解码的字符');
  });

  it('codeRegions: front matter still found in a text without backticks or tildes', () => {
    const text = '---\ntitle: 报告\n---\n正文，没有代码。\n';
    const spans = codeRegions(new LineIndex(text)).map((r) => text.slice(r.start, r.end));
    expect(spans).toEqual(['---\ntitle: 报告\n---']);
    expect(codeRegions(new LineIndex(seed))).toEqual([]);
    const fenced = '正文。\n~~~\n代码,\n~~~\n';
    expect(codeRegions(new LineIndex(fenced)).map((r) => fenced.slice(r.start, r.end))).toEqual(['~~~\n代码,\n~~~']);
  });
});
