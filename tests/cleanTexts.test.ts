/**
 * Clean texts written for the checks (news, a notice, survey reports in plain text and Markdown,
 * not taken from the corpus): every rule must stay silent on them, hints included. Two of them
 * drew false findings before this test existed (五棵树镇 as shorthand, 附件：1. then 2. as a list
 * starting at 2).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWith } from './helpers';

const dir = join(__dirname, 'fixtures', 'clean');

describe('clean texts raise nothing', () => {
  for (const file of readdirSync(dir)) {
    it(file, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const findings = lintWith(text).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
      expect(findings).toEqual([]);
    });
  }
});
