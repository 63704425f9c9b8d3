import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../server/src/rules';

const root = join(__dirname, '..');

describe('rule registry', () => {
  it('has unique kebab-case ids starting with their category', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(quantity|date|punctuation|sentence|structure)-[a-z]+(-[a-z]+)*$/);
  });

  for (const rule of rules) {
    it(`${rule.id} has Chinese messages, a doc page, a fixture and lives in its own file`, () => {
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const [id, template] of Object.entries(rule.messages)) {
        expect(id).toMatch(/^[a-z][A-Za-z]*$/);
        expect(template).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
      expect(existsSync(join(root, 'server/src/rules', `${rule.id}.ts`))).toBe(true);
      expect(existsSync(join(root, 'tests/fixtures', `${rule.id}.txt`)), 'fixture').toBe(true);
      const doc = join(root, 'docs/rules', `${rule.id}.md`);
      expect(existsSync(doc), 'doc page').toBe(true);
      expect(readFileSync(doc, 'utf8')).toContain(rule.id);
    });
  }
});

describe('README', () => {
  it('lists every rule in its rules table (run `npm run readme` after adding one)', async () => {
    const { rulesMarkdown } = await import('../server/src/cli');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.match(/<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/)?.[1];
    expect(table).toBe(rulesMarkdown());
  });
});
