/** The clean reports used to measure rules; read at run time, never copied into the repo. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface CorpusFile {
  name: string;
  text: string;
}

/** ../shared/corpus/gov-reports beside the repo, or $ZH_REPORT_CORPUS. */
export function corpusDir(): string {
  return process.env.ZH_REPORT_CORPUS ?? resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'gov-reports');
}

/** The corpus files, or undefined (with a message printed) when the corpus is absent. */
export function loadCorpus(): CorpusFile[] | undefined {
  const dir = corpusDir();
  if (!existsSync(dir)) {
    console.log(`语料目录不存在，跳过 (corpus not found, skipped): ${dir}`);
    return undefined;
  }
  // the folder's SOURCES.md (or a README) is a note on where the reports come from, not a report
  return readdirSync(dir)
    .filter((f) => (f.endsWith('.txt') || f.endsWith('.md')) && !/^(SOURCES|README)\.md$/i.test(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8').replace(/^\ufeff/, '') }));
}
