/**
 * The segmenter seam: jieba (nodejieba) in production, any `TagFunction` in tests.
 *
 * jieba is native and counts code points, but it hands back JS strings, so aligning its words
 * against the input string gives UTF-16 spans directly (see `alignTokens`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HUGE_PAGE_TUNABLE } from '../processTuning';
import { findUpward } from './findUpward';
import type { Token } from './types';

export interface TaggedWord {
  word: string;
  tag: string;
}

/**
 * The words of `tag` without an object per word: each word's length in UTF-16 code units, and the
 * tags joined by single spaces.
 */
export interface TaggedSpans {
  lengths: ArrayLike<number>;
  tags: string;
}

export interface Segmenter {
  tag(text: string): TaggedWord[];
  /** The same words as `tag`, as spans (see `TaggedSpans`); undefined when not available. */
  tagSpans?(text: string): TaggedSpans | undefined;
  /**
   * `tagSpans` on another thread (libuv's pool): the caller works while jieba segments. Undefined
   * when not available.
   */
  tagSpansAsync?(text: string): Promise<TaggedSpans> | undefined;
  /** Adds words (e.g. a user dictionary) so that they come out whole. */
  addWords?(words: Iterable<string>): void;
}

/** nodejieba's dictionaries take seconds to load: the load is explicit and happens once. */
export class JiebaSegmenter implements Segmenter {
  private jieba: typeof import('nodejieba') | undefined;
  /** nodejieba's binding when the installed build has `tagSpans` (see `spansBinding`). */
  private binding: SpansBinding | undefined;
  /** Milliseconds the last dictionary load took. */
  loadMillis = 0;

  get loaded(): boolean {
    return this.jieba !== undefined;
  }

  load(): void {
    if (this.jieba) return;
    const started = Date.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jieba = require('nodejieba') as typeof import('nodejieba');
    jieba.load(minimalDictionaries());
    this.jieba = jieba;
    this.binding = spansBinding(jieba);
    this.loadMillis = Date.now() - started;
  }

  tag(text: string): TaggedWord[] {
    this.load();
    return this.jieba!.tag(text);
  }

  tagSpans(text: string): TaggedSpans | undefined {
    this.load();
    const out = this.binding?.tagSpans(text);
    return out && spansOf(out);
  }

  tagSpansAsync(text: string): Promise<TaggedSpans> | undefined {
    this.load();
    return this.binding?.tagSpansAsync?.(text)?.then(spansOf);
  }

  /** Whether `tagSpans` answers (the installed nodejieba has the patch), for logs and benchmarks. */
  get hasSpans(): boolean {
    this.load();
    return this.binding !== undefined;
  }

  addWords(words: Iterable<string>): void {
    this.load();
    for (const w of words) if (w.trim()) this.jieba!.insertWord(w.trim());
  }
}

/** The binding's [lengths, tags] pair as `TaggedSpans`. */
function spansOf([lengths, tags]: [Uint32Array, string]): TaggedSpans {
  return { lengths, tags };
}

interface SpansBinding {
  tagSpans(text: string): [Uint32Array, string] | undefined;
  /** Added by the third patch (tag-spans-async); the same words as `tagSpans`. */
  tagSpansAsync?(text: string): Promise<[Uint32Array, string]> | undefined;
}

/**
 * The native binding behind nodejieba's index.js, when our postinstall added `tagSpans` to it
 * (scripts/patch-nodejieba.mjs): the words of `tag` without building a JS object per word, about
 * half of `tag`'s time. Used only when it agrees with `tag` on a probe (same addon instance, same
 * dictionary); otherwise, or on any error, undefined and `tag` is used.
 */
function spansBinding(jieba: typeof import('nodejieba')): SpansBinding | undefined {
  try {
    // the same file index.js loads: Node keeps one instance of the addon per path
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const binding = require(join(dirname(require.resolve('nodejieba/package.json')), 'build', 'Release', 'nodejieba.node')) as Partial<SpansBinding>;
    if (typeof binding.tagSpans !== 'function') return undefined;
    const probe = '南京市长江大桥2024年通车😀，\r\n';
    const words = jieba.tag(probe);
    const spans = binding.tagSpans(probe);
    const agrees =
      !!spans &&
      spans[0].length === words.length &&
      spans[1] === words.map((w) => w.tag).join(' ') &&
      words.every((w, i) => w.word.length === spans[0][i]);
    return agrees ? (binding as SpansBinding) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * nodejieba's `load` also reads the keyword extractor's IDF table (6 MB) and stop words, which we
 * never use (no `extract`): one-line stand-ins (it asserts the IDF file is non-empty) save
 * ~20 MB; the load time barely moves (most of it is the dictionary trie, which stock nodejieba
 * builds twice: once for `Jieba`, once for its `TextRankExtractor`; our postinstall patches that,
 * scripts/patch-nodejieba.mjs, and see `jiebaSetup`). They
 * ship in server/dict/, copied to dist/dict/ by esbuild.mjs; when neither is found (an odd
 * bundle) jieba's own files are loaded as before.
 */
export function minimalDictionaries(): { idfDict: string; stopWordDict: string } | undefined {
  // dist/dict beside the bundle, server/dict above the sources
  const idfDict = findUpward(__dirname, [join('dict', 'idf.min.utf8')]);
  const stopWordDict = idfDict && join(dirname(idfDict), 'stop_words.min.utf8');
  return idfDict && stopWordDict && existsSync(stopWordDict) ? { idfDict, stopWordDict } : undefined;
}

/**
 * How this process's jieba is set up, for logs and benchmarks: which of our postinstall patches
 * the installed nodejieba was built with (scripts/patch-nodejieba.mjs lists them in its marker
 * file), whether that includes the one that loads the dictionary once, and whether malloc was
 * asked for huge pages (processTuning.ts); all only change speed and memory.
 */
export function jiebaSetup(env: NodeJS.ProcessEnv = process.env): { patches: string[]; patched: boolean; hugePages: boolean } {
  const patches = installedPatches();
  const hugePages = (env.GLIBC_TUNABLES ?? '').split(':').includes(HUGE_PAGE_TUNABLE);
  return { patches, patched: patches.includes('textrank-shares-trie'), hugePages };
}

/** The patch ids in nodejieba's marker file; the first version of the script wrote one, as `patch`. */
function installedPatches(): string[] {
  try {
    const marker = JSON.parse(readFileSync(join(dirname(require.resolve('nodejieba/package.json')), '.zh-report-patch.json'), 'utf8')) as { patches?: unknown; patch?: unknown };
    const ids = Array.isArray(marker.patches) ? marker.patches : [marker.patch];
    return ids.filter((id): id is string => typeof id === 'string');
  } catch {
    // not installed, or never patched
    return [];
  }
}

let shared: JiebaSegmenter | undefined;
/** The process-wide jieba instance (its dictionary is global native state anyway). */
export function sharedJieba(): JiebaSegmenter {
  return (shared ??= new JiebaSegmenter());
}

/**
 * Maps tagged words back onto `text`, producing tokens with UTF-16 spans relative to `text`.
 * jieba keeps every character, but a word it alters or drops is skipped rather than misplaced.
 */
export function alignTokens(text: string, words: TaggedWord[], base = 0): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (const { word, tag } of words) {
    if (!word) continue;
    let at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (at < 0) continue;
    tokens.push({ text: intern(word), tag: intern(tag), start: base + at, end: base + at + word.length });
    pos = at + word.length;
  }
  return tokens;
}

/**
 * jieba hands back a fresh string for every word and tag; a document keeps ~0.55 tokens per
 * character, so sharing one string per distinct word and tag (a few tens of thousands) saves
 * ~45 bytes per token, about 90 MB on a 10 MB report. Bounded: the table is dropped when full.
 */
const internTable = new Map<string, string>();
const INTERN_MAX = 200_000;
const INTERN_MAX_LENGTH = 8;
/**
 * In front of the table, a small direct-mapped cache of its strings by a hash of their units:
 * frequent words are found with a short loop and one comparison, without a lookup in the large
 * table for every token (about a third of interning's time).
 */
const SLOTS = 1 << 14;
const slots: string[] = new Array<string>(SLOTS).fill('');
function intern(s: string): string {
  if (s.length > INTERN_MAX_LENGTH) return s;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  const slot = (h >>> 0) & (SLOTS - 1);
  if (slots[slot] === s) return slots[slot];
  let have = internTable.get(s);
  if (have === undefined) {
    if (internTable.size >= INTERN_MAX) internTable.clear();
    internTable.set(s, (have = s));
  }
  slots[slot] = have;
  return have;
}

/** Longest stretch handed to jieba in one call; long paragraphs are cut after sentence marks. */
const CHUNK = 4000;
const CUT_AFTER = /[。！？；!?;\n]/;

/**
 * Tokens from `tagSpans`: the words sliced from `text` itself. Undefined when the spans do not
 * cover `text` exactly (a word count or a length that disagrees): the caller falls back to `tag`.
 */
export function tokensFromSpans(text: string, spans: TaggedSpans, base = 0): Token[] | undefined {
  const { lengths } = spans;
  const tags = tagsOf(spans);
  if (!tags) return undefined;
  const got = tokensFromLengths(text, 0, text.length, lengths, tags, 0, base);
  if (!got) return undefined;
  // words past the end (only empty ones may be left) mean the spans were not this text's
  for (let i = got.end; i < lengths.length; i++) if (lengths[i] !== 0) return undefined;
  return got.tokens;
}

/** The spans' tags one per word; undefined when their count is not the words' (spans not to be trusted). */
function tagsOf({ lengths, tags }: TaggedSpans): string[] | undefined {
  const split = tags.split(' ');
  if (split.length === lengths.length) return split;
  // no word: '' splits into one empty tag
  return lengths.length === 0 && tags === '' ? [] : undefined;
}

/**
 * The tokens of text[start, end) from words[from, …) of a call's spans (lengths and split tags):
 * the words it takes must end exactly at `end`. Returns them (offsets relative to `start`, plus
 * `base`) and the index of the first word not taken, or undefined when a word crosses `end`.
 */
function tokensFromLengths(text: string, start: number, end: number, lengths: ArrayLike<number>, tags: readonly string[], from: number, base = 0): { tokens: Token[]; end: number } | undefined {
  const tokens: Token[] = [];
  let at = start;
  let i = from;
  for (; i < lengths.length && at < end; i++) {
    const next = at + lengths[i];
    if (next === at) continue;
    if (next > end) return undefined;
    tokens.push({ text: intern(text.slice(at, next)), tag: intern(tags[i]), start: base + at - start, end: base + next - start });
    at = next;
  }
  return at === end ? { tokens, end: i } : undefined;
}

/**
 * Segments several paragraphs in one call on the thread pool (`tagSpansAsync`), joined by line
 * breaks: jieba cuts at every line break (one word of its own), so each paragraph gets the words it
 * would get alone. Resolves to each paragraph's tokens, undefined for a paragraph the spans did not
 * cover exactly (the caller segments it alone); undefined as a whole when the segmenter cannot.
 * Paragraphs must hold no line break and be at most CHUNK units long (`tagText`'s pieces).
 */
export function tagParagraphsAsync(segmenter: Segmenter, texts: readonly string[]): Promise<Array<Token[] | undefined>> | undefined {
  const joined = texts.join('\n');
  const pending = segmenter.tagSpansAsync?.(joined);
  return pending?.then((spans) => {
    const { lengths } = spans;
    const tags = tagsOf(spans);
    if (!tags) return texts.map(() => undefined);
    const out: Array<Token[] | undefined> = [];
    let word = 0;
    let start = 0;
    for (const text of texts) {
      const end = start + text.length;
      const got = word < 0 ? undefined : tokensFromLengths(joined, start, end, lengths, tags, word);
      out.push(got?.tokens);
      // the line break after it is a word of one unit; past a paragraph that did not align, the
      // words of the rest cannot be placed
      word = got && (end === joined.length || lengths[got.end] === 1) ? got.end + 1 : -1;
      start = end + 1;
    }
    return out;
  });
}

/** Longest paragraph `tagParagraphsAsync` takes (longer ones are cut into pieces by `tagText`). */
export const MAX_ASYNC_PARAGRAPH = CHUNK;

/** One chunk's tokens: from spans when the segmenter has them, else aligned from `tag`. */
function tagPiece(segmenter: Segmenter, text: string, base = 0): Token[] {
  const spans = segmenter.tagSpans?.(text);
  return (spans && tokensFromSpans(text, spans, base)) ?? alignTokens(text, segmenter.tag(text), base);
}

/** Tags a paragraph of any length, in chunks so that one huge line never stalls the process. */
export function tagText(segmenter: Segmenter, text: string): Token[] {
  if (text.length <= CHUNK) return tagPiece(segmenter, text);
  const tokens: Token[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      let cut = end;
      while (cut > start + CHUNK / 2 && !CUT_AFTER.test(text[cut - 1])) cut--;
      if (cut > start + CHUNK / 2) end = cut;
      // never split a surrogate pair
      const c = text.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end++;
    }
    const piece = text.slice(start, end);
    tokens.push(...tagPiece(segmenter, piece, start));
    start = end;
  }
  return tokens;
}

