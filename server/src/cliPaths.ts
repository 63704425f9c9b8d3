/**
 * The CLI's arguments as files: a directory stands for the reports under it (batch work in CI),
 * found recursively and sorted so that output and exit codes do not depend on the file system's
 * order. Hidden folders and node_modules are not entered.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a directory is searched for: the languages the extension lints by default. */
export const REPORT_EXTENSIONS = ['.txt', '.md', '.markdown'];

export type PathEntry = { file: string } | { file: string; error: string };

export function expandPaths(paths: readonly string[]): PathEntry[] {
  const out: PathEntry[] = [];
  for (const p of paths) {
    if (p === '-' || !isDirectory(p)) {
      // files (and missing paths) go to the reader, which explains its own failures
      out.push({ file: p });
      continue;
    }
    const found: string[] = [];
    const unreadable: string[] = [];
    walk(p, found, unreadable);
    for (const dir of unreadable) out.push({ file: dir, error: '无法读取目录：没有读取权限或已被删除' });
    if (found.length === 0 && unreadable.length === 0) out.push({ file: p, error: `目录中没有 ${REPORT_EXTENSIONS.join('/')} 文件` });
    for (const f of found.sort()) out.push({ file: f });
  }
  return out;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function walk(dir: string, found: string[], unreadable: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    unreadable.push(dir);
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path, found, unreadable);
    else if (e.isFile() && REPORT_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) found.push(path);
  }
}
