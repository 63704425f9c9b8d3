import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { setUserEntries, userEntries } from '../../server/src/core/userDictionary';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';
import { parseSettings } from '../../server/src/settings';
import { dictionaryFileFor, refreshUserDictionary } from '../../server/src/lsp/userDictionary';

describe('user entity dictionary', () => {
  afterEach(() => setUserEntries([]));

  it('validates zhReport.dictionary as an array of strings', () => {
    expect(parseSettings({ dictionary: ['伊品 机构'] }).settings.dictionary).toEqual(['伊品 机构']);
    const bad = parseSettings({ dictionary: '伊品' });
    expect(bad.settings.dictionary).toEqual([]);
    expect(bad.problems[0]).toMatch(/zhReport\.dictionary/);
  });

  it('finds .zh-report/dictionary.txt in a parent folder and re-reads it when it changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'zh-dict-'));
    mkdirSync(join(root, '.zh-report'));
    mkdirSync(join(root, 'reports', '2026'), { recursive: true });
    const file = join(root, '.zh-report', 'dictionary.txt');
    writeFileSync(file, '星河湾 地名\r\n');
    const uri = pathToFileURL(join(root, 'reports', '2026', 'a.txt')).href;
    expect(dictionaryFileFor(uri)).toBe(file);
    refreshUserDictionary(uri, { ...DEFAULT_SETTINGS, dictionary: ['宋亚东 人名'] });
    expect(userEntries().entries.map((e) => `${e.name}/${e.type}`)).toEqual(['星河湾/place', '宋亚东/person']);
    writeFileSync(file, '星河湾 地名\n伊品 机构 黑龙江伊品生物科技有限公司\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    refreshUserDictionary(uri, DEFAULT_SETTINGS);
    expect(userEntries().entries.map((e) => e.fullName ?? e.name)).toEqual(['星河湾', '黑龙江伊品生物科技有限公司']);
  });

  it('has no dictionary for untitled documents and reports bad lines without throwing', () => {
    expect(dictionaryFileFor('untitled:Untitled-1')).toBeUndefined();
    const logs: string[] = [];
    refreshUserDictionary('untitled:Untitled-1', { ...DEFAULT_SETTINGS, dictionary: ['甲乙 神仙'] }, (m) => logs.push(m));
    expect(userEntries().entries).toEqual([]);
    expect(logs[0]).toMatch(/未知类型“神仙”/);
  });
});
