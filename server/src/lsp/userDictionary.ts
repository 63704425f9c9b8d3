/**
 * Keeps the core's user entity dictionary in step with `.zh-report/dictionary.txt` (looked for in
 * the document's folder and its parents) and the `zhReport.dictionary` setting. Refreshed when a
 * document opens or is saved and before entity requests; the file is re-read only when it changed.
 */
import { statSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseUserDictionary, setUserEntries } from '../core/userDictionary';
import type { ZhReportSettings } from '../protocol';
import type { Feature, FeatureContext } from './feature';

const fileCache = new Map<string, { mtimeMs: number; lines: string[] }>();
let lastProblems = '';

/** The dictionary file that applies to a document, if any. */
export function dictionaryFileFor(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  let dir: string;
  try {
    dir = dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
  for (let i = 0; i < 32; i++) {
    const f = join(dir, '.zh-report', 'dictionary.txt');
    try {
      if (statSync(f).isFile()) return f;
    } catch {
      // not here
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

function fileLines(file: string): string[] {
  try {
    const { mtimeMs, size } = statSync(file);
    if (size > 4 * 1024 * 1024) return [];
    const hit = fileCache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.lines;
    const lines = readFileSync(file, 'utf8').split(/\r?\n|\r/);
    fileCache.set(file, { mtimeMs, lines });
    return lines;
  } catch {
    return [];
  }
}

/** Sets the core's user entries from the file and the setting that apply to `uri`. */
export function refreshUserDictionary(uri: string, settings: ZhReportSettings, log?: (m: string) => void): void {
  const file = dictionaryFileFor(uri);
  const { entries, problems } = parseUserDictionary([...(file ? fileLines(file) : []), ...settings.dictionary]);
  setUserEntries(entries);
  // each set of problems is reported once, not on every request
  const said = problems.join('；');
  if (said !== lastProblems) {
    lastProblems = said;
    if (log && said) log(`zh-report: 实体词典有误：${said}`);
  }
}

/** Refreshes the dictionary for a document (errors never reach the caller). */
export async function syncDictionary(ctx: FeatureContext, uri: string): Promise<void> {
  try {
    refreshUserDictionary(uri, await ctx.settingsFor(uri), (m) => ctx.connection.console.warn(m));
  } catch (e) {
    ctx.connection.console.error(`zh-report: ${(e as Error).message}`);
  }
}

export const userDictionaryFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.documents.onDidOpen((e) => void syncDictionary(ctx, e.document.uri));
    ctx.documents.onDidSave((e) => void syncDictionary(ctx, e.document.uri));
  },
};
