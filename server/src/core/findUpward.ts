/**
 * Data files are found relative to the running code, which is bundled (dist/, bench/.out/) or not
 * (server/src/core/): from `start` up to the file system's root, the first of `relatives` that
 * exists in a directory on the way.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function findUpward(start: string, relatives: readonly string[]): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    for (const r of relatives) {
      const f = join(dir, r);
      if (existsSync(f)) return f;
    }
    if (dirname(dir) === dir) return undefined;
  }
}
