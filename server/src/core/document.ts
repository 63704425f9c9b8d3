/**
 * The document model: lines, paragraphs (one per non-blank line), sentences and tokens.
 *
 * Segmentation is done once per paragraph content and cached, so a new version of a document
 * re-segments only the paragraphs an edit touched.
 */
import { LineIndex } from './lineIndex';
import { segmentSentences } from './sentences';
import { MAX_ASYNC_PARAGRAPH, tagParagraphsAsync, tagText, type Segmenter } from './segmenter';
import type { Paragraph, ParagraphAnalysis, Span, Token } from './types';

export interface ReportDocument {
  text: string;
  lines: LineIndex;
  paragraphs: Paragraph[];
}

/**
 * A bounded content-keyed cache; the least recently used entries go first. Bounded by entry
 * count and, when `weigh` is given, by total weight (e.g. characters).
 */
export class LruCache<V> {
  private map = new Map<string, { value: V; weight: number }>();
  private weight = 0;
  constructor(
    private readonly capacity: number,
    private readonly maxWeight = Infinity,
    private readonly weigh: (key: string, value: V) => number = () => 0,
  ) {}
  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (e !== undefined) {
      this.map.delete(key);
      this.map.set(key, e);
    }
    return e?.value;
  }
  set(key: string, value: V): void {
    const old = this.map.get(key);
    if (old) {
      this.weight -= old.weight;
      this.map.delete(key);
    }
    const weight = this.weigh(key, value);
    this.map.set(key, { value, weight });
    this.weight += weight;
    while (this.map.size > 1 && (this.map.size > this.capacity || this.weight > this.maxWeight)) {
      const [oldestKey, oldest] = this.map.entries().next().value as [string, { weight: number }];
      this.map.delete(oldestKey);
      this.weight -= oldest.weight;
    }
  }
  /** Whether the key is held, without counting as a use. */
  has(key: string): boolean {
    return this.map.has(key);
  }
  get size(): number {
    return this.map.size;
  }
  /** Total weight of the entries held. */
  get totalWeight(): number {
    return this.weight;
  }
  clear(): void {
    this.map.clear();
    this.weight = 0;
  }
}

/**
 * Segmentations kept for reuse, bounded by their text rather than by paragraph count (50k
 * paragraphs could be 50k × 2,000 characters): 6M UTF-16 units hold a 10 MB report (3.6M) with
 * room for edits and other open files; past that, least recently used paragraphs are
 * re-segmented when next seen. Tokens cost ~40 bytes of heap per character (~0.55 tokens of
 * ~70 bytes), so the cache alone stays under ~250 MB; the open documents hold theirs anyway.
 */
const CACHE_PARAGRAPHS = 100_000;
const CACHE_CHARACTERS = 6_000_000;

/**
 * UTF-16 units segmented per call of `analyzeAhead`: the caller's work on a batch this size takes
 * ~10 ms (it runs between the server's other messages), and jieba's per-call cost stays small.
 */
const AHEAD_BATCH = 4000;

export class ParagraphAnalyzer {
  private cache = new LruCache<ParagraphAnalysis>(CACHE_PARAGRAPHS, CACHE_CHARACTERS, (text) => text.length);
  constructor(readonly segmenter: Segmenter) {}

  analyze(text: string): ParagraphAnalysis {
    let a = this.cache.get(text);
    if (!a) {
      a = { tokens: tagText(this.segmenter, text), sentences: segmentSentences(text) };
      this.cache.set(text, a);
    }
    return a;
  }

  /**
   * Segments the paragraph texts not cached yet on the segmenter's own thread (`tagSpansAsync`), a
   * batch at a time, caches their analyses and hands each batch to `ready` while jieba segments
   * the next: the caller's work on one batch overlaps jieba's on the next. Resolves true when every
   * batch was handed over; false when the segmenter has no such call, the call failed, the
   * dictionary changed or `isCancelled` turned true (what was cached stays cached).
   */
  async analyzeAhead(texts: readonly string[], ready: (batch: ReadonlyArray<{ text: string; analysis: ParagraphAnalysis }>) => void, isCancelled: () => boolean = () => false): Promise<boolean> {
    const batches = this.batchesOf(texts);
    const generation = this.generation;
    // each call is marked handled at once: a failure is read by the `await` below, or not at all
    // when the loop stops first, and must not surface as an unhandled rejection
    const start = (batch: string[]) => {
      const call = tagParagraphsAsync(this.segmenter, batch);
      call?.catch(() => undefined);
      return call;
    };
    let pending = batches.length ? start(batches[0]) : undefined;
    if (batches.length && !pending) return false;
    for (let b = 0; b < batches.length; b++) {
      let tokens: Array<Token[] | undefined>;
      try {
        tokens = await pending!;
      } catch {
        return false;
      }
      if (this.generation !== generation) return false;
      pending = b + 1 < batches.length ? start(batches[b + 1]) : undefined;
      const batch = batches[b].map((text, i) => {
        const analysis: ParagraphAnalysis = { tokens: tokens[i] ?? tagText(this.segmenter, text), sentences: segmentSentences(text) };
        this.cache.set(text, analysis);
        return { text, analysis };
      });
      ready(batch);
      // the call under way ends on its own; its result is not wanted
      if (isCancelled()) return false;
    }
    return true;
  }

  /** The texts not cached, each once, in batches of about AHEAD_BATCH units (longer paragraphs alone). */
  private batchesOf(texts: readonly string[]): string[][] {
    const batches: string[][] = [];
    const seen = new Set<string>();
    let batch: string[] = [];
    let units = 0;
    for (const text of texts) {
      if (text.length > MAX_ASYNC_PARAGRAPH || this.cache.has(text) || seen.has(text)) continue;
      seen.add(text);
      batch.push(text);
      units += text.length;
      if (units >= AHEAD_BATCH) {
        batches.push(batch);
        batch = [];
        units = 0;
      }
    }
    if (batch.length) batches.push(batch);
    return batches;
  }

  /** Forget cached segmentations (after the dictionary changed). */
  clear(): void {
    this.cache.clear();
    this.generation++;
  }

  /** Bumped by `clear`: documents built before it are not reused by `buildDocumentSteps`. */
  generation = 0;
}

/** Splits text into paragraph spans: each non-blank line, line break excluded. */
export function splitParagraphs(lines: LineIndex): Array<Span & { line: number }> {
  const out: Array<Span & { line: number }> = [];
  const text = lines.text;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStarts[line];
    const end = lines.lineEnd(line);
    // a line that starts with a visible character (nearly all) needs no slice and no regex
    if (end > start && (!isWhiteSpace(text.charCodeAt(start)) || /\S/.test(text.slice(start, end)))) out.push({ start, end, line });
  }
  return out;
}

/** Whether a UTF-16 unit is one of the characters `\s` matches. */
function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The texts of the paragraphs `buildDocument` makes of `text`, in order. */
export function paragraphTexts(text: string): string[] {
  return splitParagraphs(new LineIndex(text)).map(({ start, end }) => text.slice(start, end));
}

/**
 * A paragraph outside any document, made from a cached analysis, for work done on its content
 * ahead of the document (`paragraphMemo` and the linter's caches find it under the analysis).
 */
export function detachedParagraph(text: string, analysis: ParagraphAnalysis): Paragraph {
  const paragraph: Paragraph = { index: 0, line: 0, start: 0, end: text.length, text, tokens: analysis.tokens, sentences: analysis.sentences };
  origins.set(paragraph, analysis);
  return paragraph;
}

/** The UTF-16 units of `text` outside what it shares with `before` at its start and its end. */
export function changedUnits(before: string, text: string): number {
  const { prefix, suffix } = sharedEnds(before, text);
  return text.length - prefix - suffix;
}

/** The units two texts share at their start and, after that, at their end. */
function sharedEnds(a: string, text: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, text.length);
  // whole chunks first (one native comparison each), then unit by unit inside the chunk that differs
  let p = 0;
  while (p + CHUNK <= max && a.slice(p, p + CHUNK) === text.slice(p, p + CHUNK)) p += CHUNK;
  while (p < max && a.charCodeAt(p) === text.charCodeAt(p)) p++;
  let q = 0;
  while (q + CHUNK <= max - p && a.slice(a.length - q - CHUNK, a.length - q) === text.slice(text.length - q - CHUNK, text.length - q)) q += CHUNK;
  while (q < max - p && a.charCodeAt(a.length - 1 - q) === text.charCodeAt(text.length - 1 - q)) q++;
  return { prefix: p, suffix: q };
}

/**
 * The paragraphs of `previous` that an edit left alone, for `buildDocumentSteps`: those wholly
 * inside the text both versions share at the start, or at the end (shifted), line breaks
 * included. Their text and analysis are reused without slicing or looking the text up.
 */
class Unchanged {
  private readonly prefix: number;
  private readonly suffixStart: number;
  private readonly delta: number;
  constructor(
    private readonly previous: ReportDocument,
    text: string,
  ) {
    const { prefix, suffix } = sharedEnds(previous.text, text);
    this.prefix = prefix;
    this.suffixStart = text.length - suffix;
    this.delta = text.length - previous.text.length;
  }

  /** The previous paragraph with the same text as the new one at [start, end), if known unchanged. */
  find(start: number, end: number): Paragraph | undefined {
    // the unit after the paragraph (its line break, \r\n or not) must be shared too, and the
    // one before it for the end of the text
    let old: Paragraph | undefined;
    if (end + 2 <= this.prefix) old = paragraphAt(this.previous, start);
    else if (start - 2 >= this.suffixStart) old = paragraphAt(this.previous, start - this.delta);
    if (!old) return undefined;
    const shift = end + 2 <= this.prefix ? 0 : this.delta;
    return old.start + shift === start && old.end + shift === end ? old : undefined;
  }
}

/** Code units compared at once by `Unchanged` (a slice of a flat string is a view, not a copy). */
const CHUNK = 2048;

export function buildDocument(text: string, analyzer: ParagraphAnalyzer): ReportDocument {
  const steps = buildDocumentSteps(text, analyzer);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Builds the document one paragraph per step, so that callers can yield on large files. With no
 * analyzer the paragraphs get sentences but no tokens (for rules that need none, before the
 * segmenter is loaded); such paragraphs are not cached and have no `analysisOf`. With the
 * previous version of the document (built by the same analyzer), the paragraphs an edit did not
 * touch take their text and analysis from it: the same as looking them up, without the lookups.
 */
export function* buildDocumentSteps(text: string, analyzer: ParagraphAnalyzer | undefined, previous?: ReportDocument): Generator<void, ReportDocument> {
  const lines = new LineIndex(text);
  const paragraphs: Paragraph[] = [];
  const from = previous && builtWith.get(previous);
  const unchanged = analyzer && from && from.analyzer === analyzer && from.generation === analyzer.generation ? new Unchanged(previous!, text) : undefined;
  for (const { start, end, line } of splitParagraphs(lines)) {
    if (!analyzer) {
      const paraText = text.slice(start, end);
      paragraphs.push({ index: paragraphs.length, line, start, end, text: paraText, tokens: [], sentences: segmentSentences(paraText) });
      yield;
      continue;
    }
    const old = unchanged?.find(start, end);
    const oldAnalysis = old && origins.get(old);
    // a paragraph before the edit (or after it, when the edit kept the lines and the length) is
    // the previous version's object itself, all its fields equal: not made and registered again
    if (oldAnalysis && old.index === paragraphs.length && old.line === line && old.start === start) {
      paragraphs.push(old);
      yield;
      continue;
    }
    const paraText = oldAnalysis ? old.text : text.slice(start, end);
    const analysis = oldAnalysis ?? analyzer.analyze(paraText);
    const paragraph: Paragraph = { index: paragraphs.length, line, start, end, text: paraText, tokens: analysis.tokens, sentences: analysis.sentences };
    origins.set(paragraph, analysis);
    paragraphs.push(paragraph);
    yield;
  }
  const document = { text, lines, paragraphs };
  if (analyzer) builtWith.set(document, { analyzer, generation: analyzer.generation });
  return document;
}

/** The analyzer (and its generation) each document was built with, for reuse. */
const builtWith = new WeakMap<ReportDocument, { analyzer: ParagraphAnalyzer; generation: number }>();

/** Each paragraph's cached analysis: one object per paragraph content, shared across versions. */
const origins = new WeakMap<Paragraph, ParagraphAnalysis>();

/**
 * The cached analysis a paragraph was built from: the same object in every document version
 * while the paragraph's text is unchanged (and the analyzer still caches it), so it can key
 * per-paragraph caches without hashing the text. Undefined for hand-made paragraphs.
 */
export function analysisOf(paragraph: Paragraph): ParagraphAnalysis | undefined {
  return origins.get(paragraph);
}

const paragraphDerived = new WeakMap<ParagraphAnalysis, Map<string, unknown>>();
/**
 * Like `memo`, but per paragraph content and across versions: an edit recomputes it only for the
 * paragraphs it touched. `compute` must depend on the paragraph's text and tokens alone (results
 * relative to the paragraph, never its index or absolute offsets).
 */
export function paragraphMemo<T>(paragraph: Paragraph, key: string, compute: () => T): T {
  const analysis = origins.get(paragraph);
  if (!analysis) return compute();
  let m = paragraphDerived.get(analysis);
  if (!m) paragraphDerived.set(analysis, (m = new Map()));
  // one lookup when the value is there (every paragraph an edit left alone)
  const have = m.get(key);
  if (have !== undefined || m.has(key)) return have as T;
  const value = compute();
  m.set(key, value);
  return value;
}

/** The paragraph containing an absolute offset, by binary search. */
export function paragraphAt(doc: ReportDocument, offset: number): Paragraph | undefined {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = doc.paragraphs[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset > p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}

const derived = new WeakMap<ReportDocument, Map<string, unknown>>();
/**
 * Computes document-level data once per document version and shares it between rules and
 * editor features (e.g. `memo(doc, 'sections', () => findSections(doc))`).
 */
export function memo<T>(doc: ReportDocument, key: string, compute: () => T): T {
  let m = derived.get(doc);
  if (!m) derived.set(doc, (m = new Map()));
  if (!m.has(key)) m.set(key, compute());
  return m.get(key) as T;
}

/** What `memo` holds for the key, without computing it. */
export function memoized<T>(doc: ReportDocument, key: string): T | undefined {
  return derived.get(doc)?.get(key) as T | undefined;
}
