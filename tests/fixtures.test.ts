/**
 * The fixture runner. Each tests/fixtures/*.txt carries its expectations inline:
 *
 *   公司现有员工人，资产总额亿元。
 *   #! expect quantity-missing: 人
 *
 * An `#! expect <rule-id>: <text>` line belongs to the nearest text line above it and names the
 * exact flagged text. `#! rules: a, b` limits the fixture to those rules (default: all rules).
 * Directive lines are removed before linting. The runner fails on any missing or extra finding;
 * where <name>.fixed.txt exists the safe fixes must produce it, and re-linting the fixed text must
 * leave no finding that had a safe fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../server/src/linter';
import { rulesById } from '../server/src/rules';
import { lintWith } from './helpers';

const dir = join(__dirname, 'fixtures');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.endsWith('.fixed.txt'));

interface Parsed {
  text: string;
  rules: string[];
  expected: string[];
}

export function parseFixture(source: string): Parsed {
  const kept: string[] = [];
  const expected: string[] = [];
  let rules: string[] = [];
  for (const line of source.split('\n')) {
    const directive = line.match(/^#!\s*(\w[\w-]*)\s*(.*)$/);
    if (!directive) {
      kept.push(line);
      continue;
    }
    const [, name, rest] = directive;
    if (name === 'rules') rules = rest.replace(/^:\s*/, '').split(/[,\s]+/).filter(Boolean);
    else if (name === 'expect') {
      const m = rest.match(/^([a-z][\w-]*):\s?(.*)$/);
      if (!m) throw new Error(`bad expect line: ${line}`);
      expected.push(`${kept.length - 1}|${m[1]}: ${m[2]}`);
    } else throw new Error(`unknown directive: ${line}`);
  }
  return { text: kept.join('\n'), rules, expected };
}

describe('fixtures', () => {
  it('exist', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const file of fixtures) {
    it(`${file} raises exactly the findings it declares`, () => {
      const { text, rules, expected } = parseFixture(readFileSync(join(dir, file), 'utf8'));
      for (const id of rules) expect(rulesById.has(id), `unknown rule ${id} in ${file}`).toBe(true);
      const findings = lintWith(text, rules);
      const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
      const actual = findings.map((f) => `${lineOf(f.start)}|${f.ruleId}: ${text.slice(f.start, f.end)}`);
      expect(actual.sort()).toEqual([...expected].sort());

      const fixedFile = join(dir, file.replace(/\.txt$/, '.fixed.txt'));
      if (existsSync(fixedFile)) {
        let fixed = text;
        for (let pass = 0; pass < 5; pass++) {
          const r = applyFixes(fixed, lintWith(fixed, rules));
          if (r.applied === 0) break;
          fixed = r.text;
        }
        expect(fixed).toBe(parseFixture(readFileSync(fixedFile, 'utf8')).text);
        const left = lintWith(fixed, rules).filter((f) => f.fixes.some((x) => x.safe));
        expect(left.map((f) => `${f.ruleId}: ${fixed.slice(f.start, f.end)}`), 'Fixable error(s) not fixed').toEqual([]);
      }
    });
  }
});
