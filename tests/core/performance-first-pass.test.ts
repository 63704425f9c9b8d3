/**
 * The editor publishes a first pass of the rules marked `needsTokens: false` before jieba's
 * dictionary has loaded (seconds earlier). That is only honest if those rules find exactly the
 * same on unsegmented paragraphs: checked here on the seed, every fixture, CRLF and emoji
 * variants, and corpus reports with their marks stripped (when the corpus is present).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, type LintConfig } from '../../server/src/core/types';
import { rules } from '../../server/src/rules';
import { testLinter } from '../helpers';

const root = join(__dirname, '..', '..');
const tokenFree = rules.filter((r) => r.needsTokens === false);

/** Only the token-free rules on, so that both runs lint with the same rules. */
function tokenFreeConfig(): LintConfig {
  const config = defaultConfig();
  for (const r of rules) if (r.needsTokens !== false) config.rules[r.id] = 'off';
  return config;
}

function texts(): Array<[string, string]> {
  const seed = readFileSync(join(root, 'seeds', 'daqing-news-stripped.txt'), 'utf8');
  const out: Array<[string, string]> = [
    ['seed', seed],
    ['seed, CRLF and emoji', seed.replace(/\r?\n/g, '\r\n').replace(/大庆/g, '大庆😀')],
  ];
  const dir = join(root, 'tests', 'fixtures');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    out.push([f, readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => !l.startsWith('#!')).join('\n')]);
  }
  // the corpus beside the repository (read at run time, never copied in); skipped when absent
  const corpus = process.env.ZH_REPORT_CORPUS ?? join(root, '..', 'shared', 'corpus', 'gov-reports');
  const reports = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().slice(0, 3) : [];
  for (const name of reports) {
    const c = { name, text: readFileSync(join(corpus, name), 'utf8') };
    out.push([c.name, c.text]);
    // damaged like the seed: marks and digits gone, a few half-width marks put in
    out.push([`${c.name}, damaged`, c.text.replace(/[、；：“”‘’《》！？…·]/g, '').replace(/[0-9]/g, '').replace(/，/g, (m, at: number) => (at % 7 === 0 ? ',' : m))]);
  }
  return out;
}

describe('first pass without segmentation', () => {
  it('has token-free rules to run, and they are paragraph or document rules of the registry', () => {
    expect(tokenFree.map((r) => r.id)).toEqual(expect.arrayContaining(['punctuation-halfwidth', 'punctuation-unbalanced', 'punctuation-repeated', 'punctuation-terminal']));
    expect(tokenFree.length).toBeLessThan(rules.length);
  });

  it('gives the token-free rules the same findings without tokens as with them', () => {
    const linter = testLinter();
    let findings = 0;
    for (const [name, text] of texts()) {
      const withTokens = linter.lint(text, tokenFreeConfig()).findings;
      const without = linter.lintWithoutTokens(text, tokenFreeConfig());
      expect(without.document.paragraphs.every((p) => p.tokens.length === 0), name).toBe(true);
      expect(without.findings, name).toEqual(withTokens);
      findings += withTokens.length;
    }
    // the comparison is not vacuous
    expect(findings).toBeGreaterThan(50);
  });

  it('runs no rule that needs tokens', () => {
    const ids = new Set(testLinter().lintWithoutTokens('公司现有员工人,资产总额亿元。。', defaultConfig()).findings.map((f) => f.ruleId));
    for (const id of ids) expect(tokenFree.some((r) => r.id === id), id).toBe(true);
    expect(ids.has('punctuation-halfwidth')).toBe(true);
    expect(ids.has('quantity-missing')).toBe(false);
  });
});

describe('first pass over stdio (bundled server)', () => {
  it('publishes the token-free findings before the dictionary has loaded, then the full result for the same version', async () => {
    const { startServer } = await import('../lsp/lspClient');
    const client = await startServer();
    try {
      const uri = 'file:///early.txt';
      // a half-width comma (token-free rule) and a unit with no number (needs jieba)
      client.open(uri, '公司现有员工人,资产总额亿元。\n');
      const first = await client.diagnostics(uri, 1, 60_000);
      const loadedAt = () => client.logs.find((l) => l.message.includes('分词词典加载用时'))?.at;
      const firstAt = Date.now();
      expect(first.map((d) => d.code)).toEqual(['punctuation-halfwidth']);
      // the full result follows for the same version, once the dictionary is loaded
      for (let i = 0; i < 600 && client.published.filter((p) => p.uri === uri).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      const [early, full] = client.published.filter((p) => p.uri === uri);
      expect(early.version).toBe(1);
      expect(full.version).toBe(1);
      expect(full.diagnostics.map((d) => d.code).sort()).toEqual(['punctuation-halfwidth', 'quantity-missing', 'quantity-missing']);
      // the early findings are the full result's, range for range
      expect(full.diagnostics.filter((d) => d.code === 'punctuation-halfwidth')).toEqual(early.diagnostics);
      expect(loadedAt()).toBeDefined();
      expect(firstAt).toBeLessThanOrEqual(loadedAt()!);
    } finally {
      await client.stop();
    }
  });
});
