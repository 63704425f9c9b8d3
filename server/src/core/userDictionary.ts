/**
 * The user's entity dictionary: names the built-in lexicons miss, from `.zh-report/dictionary.txt`
 * in the workspace or the `zhReport.dictionary` setting. One entry a line:
 *
 *     名称 类型 [全称]
 *     伊品 机构 黑龙江伊品生物科技有限公司
 *     宋亚东 人名
 *     # a comment
 *
 * 类型 is 人名/地名/机构/媒体 (or person/place/organization/media); without one the name is taken
 * as an organisation. A third field makes the name an alias of that full name.
 */
import type { EntityType } from './entityTypes';

export interface UserEntry {
  name: string;
  type: EntityType;
  /** The full name this entry abbreviates, if given. */
  fullName?: string;
}

const TYPES: Record<string, EntityType> = {
  人名: 'person', 人物: 'person', person: 'person', 地名: 'place', 地点: 'place', place: 'place',
  机构: 'organization', 组织: 'organization', 单位: 'organization', organization: 'organization', org: 'organization',
  媒体: 'media', media: 'media',
};

/** Parses dictionary lines; malformed lines are reported, never thrown. */
export function parseUserDictionary(lines: readonly string[]): { entries: UserEntry[]; problems: string[] } {
  const entries: UserEntry[] = [];
  const problems: string[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/^\ufeff/, '').trim();
    if (!line || line.startsWith('#')) return;
    const [name, typeWord, fullName] = line.split(/[\s\t,，]+/);
    if (!name || name.length > 40) {
      problems.push(`第 ${i + 1} 行：名称为空或过长`);
      return;
    }
    const type = typeWord === undefined ? 'organization' : TYPES[typeWord.toLowerCase()];
    if (!type) {
      problems.push(`第 ${i + 1} 行：未知类型“${typeWord}”（应为 人名、地名、机构 或 媒体）`);
      return;
    }
    entries.push({ name, type, ...(fullName && fullName !== name ? { fullName } : {}) });
  });
  return { entries, problems };
}

let current: { entries: UserEntry[]; key: string } = { entries: [], key: '' };

/** Replaces the active user entries (the LSP server sets them from the file and the setting). */
export function setUserEntries(entries: UserEntry[]): void {
  current = { entries, key: entries.map((e) => `${e.name}/${e.type}/${e.fullName ?? ''}`).join('|') };
}

export function userEntries(): { entries: UserEntry[]; key: string } {
  return current;
}
