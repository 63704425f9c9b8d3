/**
 * Features of the places where a 顿号 could go: every boundary between two jieba words inside a
 * mark-free clause. The learned scorer (enumerationModel.ts) weighs them; the trainer
 * (enumerationTrain.ts) learns the weights from reports whose 顿号 were deleted.
 *
 * Features are classes, not word pairs, so that they carry over from government reports to news:
 * part-of-speech tags around the seam, word lengths, edge characters, parallelism between the
 * word windows on either side (same length, tags, head or tail character), list words nearby
 * (等/和/及, 包括/围绕) and the distance to the clause edges. Only the thousand most frequent words
 * are kept as words, and list items seen between two 、 in training as a lexicon. Extraction is
 * one pass over the clause's tokens (O(tokens)).
 */
import { ASPECT_PARTICLES, NEVER_OPENS_ITEM } from '../data/enumeration-words';
import { SINGLE_SURNAMES } from '../data/surnames';
import { TITLES } from '../data/titles';
import { MARK } from './enclosed';
import type { Span, Token } from './types';

/** A place between two words where 、 could go, with the features that describe it. */
export interface Seam {
  /** Offset of the seam (where 、 would be inserted), relative to the paragraph. */
  at: number;
  left: Token;
  right: Token;
  /**
   * The items on either side as far as the words around the seam look alike: the k words before
   * and after it when they match in tags and length or edge (审计监督|统计监督), else one word each.
   */
  items: { left: Span; right: Span };
  /** The features, hashed (hashName of their names). */
  features: number[];
  /** Their names (`t:n|v`), only when asked for (training, debugging). */
  names?: string[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BAR = 0x7c; // '|'

function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

type Part = string | number;

/** FNV-1a of text[start, end), kept within small-integer range (a list item's key, see itemKey). */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h & 0x3fffffff;
}

/** The key of a known list item (稳增长) in the item set extractSeams takes. */
export function itemKey(item: string): number {
  return hashRange(item, 0, item.length);
}

/** FNV-1a of a feature's name: what extraction computes without building the string. */
export function hashName(name: string): number {
  return mix(FNV_OFFSET, name) >>> 0;
}

/** A feature template's prefix (`t:`) with its hash computed once. */
interface Prefix {
  name: string;
  hash: number;
}
const P: Record<string, Prefix> = Object.fromEntries(
  ['bg:', 'l2c:', 'r2c:', 'tg1:', 'tg2:', 'bias', 'clen:', 'clp:', 'clw:', 'ev:', 'four:', 'heads:', 'it:', 'itp:', 'lc:', 'lcr:', 'lenp:', 'lf:', 'lrl:', 'nb:', 'opp:', 'pos:', 'rc:', 'rcl:', 'rl:', 'rrf:', 't:', 'tails:', 'tll:', 'tpl:', 'tri2:', 'tri:', 'trr:', 'w2:', 'w3:', 'wl:', 'wll:', 'wr:', 'wrr:', 'sb', 'scl:', 'sse:', 'st:', 'stl:'].map((name) => [name, { name, hash: mix(FNV_OFFSET, name) }]),
);

/**
 * Collects a seam's features as hashes of `prefix` + parts joined by '|' (the name), so that
 * scoring builds no strings and looks numbers up; names are built too only when asked for. One
 * sink serves a whole paragraph: each seam's hashes go to the same scratch array (`reset` before
 * each seam), and only the seams kept are given an array of their own. A method per shape of parts
 * (s: a string, c: a number standing for one UTF-16 code unit, a word's edge character) keeps
 * every call site to one type.
 */
class FeatureSink {
  hashes = new Uint32Array(64);
  n = 0;
  names: string[] | undefined;
  constructor(names: boolean) {
    if (names) this.names = [];
  }
  reset(): void {
    this.n = 0;
    if (this.names) this.names = [];
  }
  /** The hashes of the current seam, as an array of their own. */
  features(): number[] {
    const out = new Array<number>(this.n);
    for (let k = 0; k < this.n; k++) out[k] = this.hashes[k];
    return out;
  }
  /** Σ of the current seam's weights in thousandths (an integer: exact in any order). */
  sum(weights: ThousandthsTable): number {
    return weights.sumOf(this.hashes, this.n);
  }
  private put(h: number, prefix: Prefix, a?: Part, b?: Part, c?: Part, d?: Part): void {
    this.hashes[this.n++] = h >>> 0;
    if (this.names) this.names.push(prefix.name + [a, b, c, d].filter((x) => x !== undefined).map((x) => (typeof x === 'number' ? String.fromCharCode(x) : x)).join('|'));
  }
  f0(p: Prefix): void {
    this.put(p.hash, p);
  }
  s(p: Prefix, a: string): void {
    this.put(mix(p.hash, a), p, a);
  }
  c(p: Prefix, a: number): void {
    this.put(code(p.hash, a), p, a);
  }
  ss(p: Prefix, a: string, b: string): void {
    this.put(mix(bar(mix(p.hash, a)), b), p, a, b);
  }
  cc(p: Prefix, a: number, b: number): void {
    this.put(code(bar(code(p.hash, a)), b), p, a, b);
  }
  cs(p: Prefix, a: number, b: string): void {
    this.put(mix(bar(code(p.hash, a)), b), p, a, b);
  }
  sc(p: Prefix, a: string, b: number): void {
    this.put(code(bar(mix(p.hash, a)), b), p, a, b);
  }
  sss(p: Prefix, a: string, b: string, c: string): void {
    this.put(mix(bar(mix(bar(mix(p.hash, a)), b)), c), p, a, b, c);
  }
  ccc(p: Prefix, a: number, b: number, c: number): void {
    this.put(code(bar(code(bar(code(p.hash, a)), b)), c), p, a, b, c);
  }
  ssss(p: Prefix, a: string, b: string, c: string, d: string): void {
    this.put(mix(bar(mix(bar(mix(bar(mix(p.hash, a)), b)), c)), d), p, a, b, c, d);
  }
}

/** FNV-1a of one code unit, and of the '|' between two parts. */
const code = (h: number, c: number): number => Math.imul(h ^ c, FNV_PRIME);
const bar = (h: number): number => Math.imul(h ^ BAR, FNV_PRIME);

/** Weights in thousandths by feature hash (enumerationModel.ts WeightTable). */
export interface ThousandthsTable {
  thousandths(hash: number): number;
  /** Σ thousandths(hashes[k]) for k < n. */
  sumOf(hashes: Uint32Array, n: number): number;
}

/** P(、 belongs at a seam) from the sum of its weights in thousandths: the logistic function. */
export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z / 1000));
}

/**
 * Scoring while extracting: each seam's weights are summed from the sink's scratch array, and a
 * seam is kept (made into an object, with its features and `p`) only when `keep` says so.
 */
export interface SeamScoring {
  weights: ThousandthsTable;
  /** Whether a seam of this probability, at this offset, is returned; every seam when absent. */
  keep?: (p: number, at: number) => boolean;
}

const DIGITS = ['0', '1', '2', '3', '4', '5'];

const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const NUMERAL_CODES = new Set([...'0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两零〇几多余半'].map((c) => c.charCodeAt(0)));
const isNumeral = (c: number): boolean => NUMERAL_CODES.has(c);
/** Shape of two word windows side by side: L same length, T same tags, h same head, t same tail. */
const SHAPES = ['', 'L', 'T', 'LT', 't', 'Lt', 'Tt', 'LTt', 'h', 'Lh', 'Th', 'LTh'];
/** Words that close a list (…等领域, …和…) and words that open one (包括…, 围绕…). */
export const CLOSERS: ReadonlySet<string> = new Set(['等', '等等', '和', '及', '以及', '与', '或', '还有', '及其', '并']);
const OPENERS = new Set(['包括', '围绕', '涵盖', '覆盖', '例如', '比如', '如', '涉及', '聚焦', '重点', '推进', '加强', '发展', '推动', '打造', '实施', '开展', '建设', '培育', '深化', '完善', '做好']);

const TITLE_SET = new Set(TITLES);
const CLAUSE_OPENERS = new Set(NEVER_OPENS_ITEM);
/** Bit of each aspect particle (了 1, 着 2, 过 4), 0 for other words. */
const aspectBit = (w: string): number => {
  const k = ASPECT_PARTICLES.indexOf(w);
  return k < 0 ? 0 : 1 << k;
};
const LEGAL_FORMS = new Set(['公司', '有限公司', '股份有限公司', '有限责任公司', '分公司', '子公司', '集团', '集团公司', '控股']);
function endsWithTitle(word: string): boolean {
  for (let k = 1; k <= Math.min(word.length, 6); k++) if (TITLE_SET.has(word.slice(word.length - k))) return true;
  return false;
}

/** A person's name as jieba tags it (nr…), or an unknown two- or three-character word opening with a surname. */
function personLike(t: Token): boolean {
  if (t.tag.startsWith('nr')) return true;
  return t.tag === 'x' && t.text.length >= 2 && t.text.length <= 3 && SINGLE_SURNAMES.includes(t.text[0]);
}

/** MARK as a test on a code unit, cached per code. */
const markCodes = new Int8Array(0x10000);
function isMark(c: number): boolean {
  let v = markCodes[c];
  if (v === 0) markCodes[c] = v = MARK.test(String.fromCharCode(c)) ? 1 : -1;
  return v === 1;
}

/**
 * The word lists a seam's words are tested against, as bits looked up once per token: one lookup
 * per token in one small Map (the union of the lists, ~1,000 words: it stays in the CPU caches)
 * instead of a Set lookup per list per seam. Bits 8+ hold aspectBit.
 */
const CLOSER = 1;
const OPENER = 2;
const CLAUSE_OPENER = 4;
const LEGAL_FORM = 8;
const KEPT_WORD = 16;
const ASPECT_SHIFT = 8;
const wordClasses = new WeakMap<ReadonlySet<string>, WordClasses>();

/**
 * The bits of every word in any of the lists (a word in none has none: 0), and by first code
 * unit the lengths of the words starting with it (bit min(length, 8) - 1), so that most words,
 * in no list, are told so without a lookup in the Map.
 */
interface WordClasses {
  bits: Map<string, number>;
  lengths: Uint8Array;
  /** classOf's cache: words by slotOf, and their bits. */
  seen: string[];
  seenBits: Int32Array;
}

function classesOf(words: ReadonlySet<string>): WordClasses {
  let m = wordClasses.get(words);
  if (!m) {
    m = { bits: new Map(), lengths: new Uint8Array(0x10000), seen: new Array<string>(SLOTS).fill(''), seenBits: new Int32Array(SLOTS) };
    for (const w of [...CLOSERS, ...OPENERS, ...CLAUSE_OPENERS, ...LEGAL_FORMS, ...words, ...ASPECT_PARTICLES]) {
      m.bits.set(
        w,
        (CLOSERS.has(w) ? CLOSER : 0) |
          (OPENERS.has(w) ? OPENER : 0) |
          (CLAUSE_OPENERS.has(w) ? CLAUSE_OPENER : 0) |
          (LEGAL_FORMS.has(w) ? LEGAL_FORM : 0) |
          (words.has(w) ? KEPT_WORD : 0) |
          (aspectBit(w) << ASPECT_SHIFT),
      );
      if (w.length) m.lengths[w.charCodeAt(0)] |= lengthBit(w.length);
    }
    wordClasses.set(words, m);
  }
  return m;
}

const lengthBit = (n: number): number => 1 << (Math.min(n, 8) - 1);

/**
 * A word's bits (0 for a word in no list). Words whose first unit and length match a listed word
 * are looked up in the Map through a small direct-mapped cache of the words last seen there
 * (token strings are interned: the same word is mostly the same string).
 */
function classOf(c: WordClasses, w: string): number {
  if (!(w.length && c.lengths[w.charCodeAt(0)] & lengthBit(w.length))) return 0;
  const slot = slotOf(w);
  if (c.seen[slot] === w) return c.seenBits[slot];
  const bits = c.bits.get(w) ?? 0;
  c.seen[slot] = w;
  c.seenBits[slot] = bits;
  return bits;
}

/** A clause: tokens between two marks, contiguous. */
interface Clause {
  tokens: Token[];
}

/** Splits the paragraph's tokens into mark-free runs of contiguous tokens. */
export function clauseTokens(text: string, tokens: readonly Token[]): Clause[] {
  const out: Clause[] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (cur.length >= 2) out.push({ tokens: cur });
    cur = [];
  };
  for (const t of tokens) {
    if (!t.text || isMark(t.text.charCodeAt(0)) || isMark(t.text.charCodeAt(t.text.length - 1))) {
      flush();
      continue;
    }
    if (cur.length && cur[cur.length - 1].end !== t.start) flush();
    cur.push(t);
  }
  flush();
  // text is only read through tokens; the parameter keeps the call shape of other core finders
  void text;
  return out;
}

const BUCKETS = ['0', '1', '2', '3', '4-5', '4-5', '6-8', '6-8', '6-8'];
/** Counts in buckets: 0 1 2 3 4-5 6-8 9+ (a table for the small integers every caller passes). */
const bucket = (n: number): string => (n >= 0 && n <= 8 && n === (n | 0) ? BUCKETS[n] : n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 8 ? '6-8' : '9+');
/** Characters in doubling buckets: 0-4, 5-9, 10-19, 20-39, 40-79, 80+. */
const charBucket = (n: number): string => (n < 5 ? '0' : n < 10 ? '5' : n < 20 ? '10' : n < 40 ? '20' : n < 80 ? '40' : '80');
const len = (t: Token): number => Math.min(t.end - t.start, 5);
/** First and last UTF-16 code units of a word: features take codes, not one-character strings. */
const first = (t: Token): number => t.text.charCodeAt(0);
const last = (t: Token): number => t.text.charCodeAt(t.text.length - 1);
/** Coarse tag: n* (nouns and names), v* (verbs), a* (adjectives), or the tag itself. */
const coarse = (tag: string): string => {
  const c = tag[0];
  return c === 'n' || tag === 'j' ? 'n' : c === 'v' ? 'v' : c === 'a' ? 'a' : tag;
};

/**
 * Every seam inside the paragraph's clauses, with its features. `words` are the words kept as
 * features of their own (frequent function words); others are described by class only.
 * `evidence` maps seam offsets to the hand-written evidence found there (enumeration.ts).
 * With `scoring`, each seam is scored as it is extracted and carries `p` (ScoredSeam), and only
 * the seams `scoring.keep` accepts are returned.
 */
export function extractSeams(
  text: string,
  tokens: readonly Token[],
  words: ReadonlySet<string>,
  evidence: ReadonlyMap<number, string> = NO_EVIDENCE,
  items?: ReadonlySet<number>,
  names = false,
  stripped = false,
  scoring?: SeamScoring,
): Seam[] {
  const seams: Seam[] = [];
  const classes = classesOf(words);
  // (the scratch objects are shared by all calls: extraction never calls itself)
  const f = names ? new FeatureSink(true) : sinkScratch;
  const weights = scoring?.weights;
  const keep = scoring?.keep;
  // when most seams are scored and dropped, the features of each word alone are summed once per
  // word (sideSums) rather than hashed and looked up at every seam; a seam kept is then extracted
  // again in full for its features
  const sides = weights && keep && !names ? sideSums(weights, classes) : undefined;
  const c = clauseScratch.use(text, evidence, items && itemTableOf(items), stripped);
  for (const { tokens: ts } of clauseTokens(text, tokens)) {
    c.start(ts, classes);
    const n = ts.length;
    const cls = c.cls;
    // aspect particles seen before the seam (bits of aspectBit)
    let aspectsBefore = cls[0] >> ASPECT_SHIFT;
    for (let i = 1; i < n; i++) {
      const L = ts[i - 1];
      const R = ts[i];
      const seen = aspectsBefore;
      aspectsBefore |= cls[i] >> ASPECT_SHIFT;
      // a connective opens a clause that lost its ，, never an item
      if (cls[i] & CLAUSE_OPENER) continue;
      // a verb with an aspect particle is the predicate of what precedes it (单位|克服了), unless
      // the clause before had the same particle: parallel clauses (指明了方向|提供了遵循)
      const asp = i + 1 < n && R.tag.charCodeAt(0) === 0x76 /* v */ ? cls[i + 1] >> ASPECT_SHIFT : 0;
      if (asp && !(seen & asp)) continue;
      const lc = last(L);
      const rc = first(R);
      if (isNumeral(lc) && isNumeral(rc)) continue;
      // between Chinese words, or a Chinese word and a Latin or digit one (5G、人工智能); not
      // next to emoji or other symbols
      const hanL = isHan(lc);
      const hanR = isHan(rc);
      if (!(hanL || hanR) || !(hanL || isAlnum(lc)) || !(hanR || isAlnum(rc))) continue;
      // a title before a person's name is apposition (省长王文涛, 副主任宋亚东), never a list; the
      // reports name too few people for the model to learn it
      if (personLike(R) && endsWithTitle(L.text)) continue;
      // a legal form never stands alone as an item: …有限责任|公司 is inside a company's name, and
      // so are the two words before it (中国石油|大庆油田|有限责任公司); a seam after a legal form
      // (华为公司|中兴公司) is a list of companies
      if (cls[i] & LEGAL_FORM || ((i + 1 < n ? cls[i + 1] : 0) | (i + 2 < n ? cls[i + 2] : 0)) & LEGAL_FORM && !(cls[i - 1] & LEGAL_FORM)) continue;
      f.reset();
      // with side sums, the features of the tags and lengths around the seam are summed as groups
      // too (ContextSums), when the tags have ids
      const grouped = sides !== undefined && c.tagIds(i);
      c.seam(f, i, !sides, grouped);
      let p = 0;
      if (weights) {
        const z = f.sum(weights) + (sides ? sides.left(L, cls[i - 1]) + sides.right(R, cls[i]) : 0) + (grouped ? sides!.context(c, i) : 0);
        p = logistic(z);
        if (keep && !keep(p, R.start)) continue;
        if (sides) {
          // the seam's features in full, in their order
          f.reset();
          c.seam(f, i, true);
        }
      }
      const extent = { left: { start: c.leftStart, end: L.end }, right: { start: R.start, end: c.rightEnd } };
      const seam: Seam = weights ? ({ at: R.start, left: L, right: R, items: extent, features: f.features(), p } as Seam) : { at: R.start, left: L, right: R, items: extent, features: f.features() };
      if (f.names) seam.names = f.names;
      seams.push(seam);
    }
  }
  c.release();
  return seams;
}

/**
 * A clause's per-word tables, and the features of a seam in it. One object per paragraph,
 * `start`ed for each clause.
 */
class ClauseFeatures {
  ts: readonly Token[] = [];
  n = 0;
  /** Each word's lists (CLOSER, OPENER… bits), looked up once. */
  cls = new Int32Array(0);
  /** Each word's coarse tag. */
  co: string[] = [];
  /** Each word's tag id and coarse tag id (tagId; -1: none left). */
  tid = new Int32Array(0);
  cid = new Int32Array(0);
  /** Distance (in words) to the nearest list closer at or after i, and opener at or before i. */
  toCloser = new Int32Array(0);
  fromOpener = new Int32Array(0);
  /**
   * The two-word window shape at every seam (see nb below), so a seam can be compared with its
   * neighbours: when the next seam's windows look as parallel, the items may be one word over
   * (专业化|饲养规模化 against 专业化饲养|规模化竞争).
   */
  w2 = new Int8Array(0);
  /** Known list items ending (starting) at each word boundary (knownItemEdges). */
  itemEdges: Uint8Array | undefined;
  clauseLen = 0;
  clen = '';
  /** The outer edges of the seam's items (the inner ones are the seam's words), set by `seam`. */
  leftStart = 0;
  rightEnd = 0;

  text = '';
  evidence: ReadonlyMap<number, string> = NO_EVIDENCE;
  items: ItemTable | undefined;
  stripped = false;

  /** Starts a paragraph (its per-word arrays are kept from the last one: they are read up to n). */
  use(text: string, evidence: ReadonlyMap<number, string>, items: ItemTable | undefined, stripped: boolean): this {
    this.text = text;
    this.evidence = evidence;
    this.items = items;
    this.stripped = stripped;
    return this;
  }

  /** Lets go of the paragraph's text and tokens. */
  release(): void {
    this.text = '';
    this.ts = [];
    this.evidence = NO_EVIDENCE;
    this.co.length = 0;
  }

  /** edgeCount per character and side, for the current clause: a clause of one repeated word
   * (大大大…) asks at every seam, and counting each time was quadratic. */
  private edgeMemo = new Map<number, number>();
  private edgeMemoUsed = false;

  private edges(c: number, head: boolean): number {
    const key = c * 2 + (head ? 1 : 0);
    this.edgeMemoUsed = true;
    let k = this.edgeMemo.get(key);
    if (k === undefined) this.edgeMemo.set(key, (k = edgeCount(this.ts, c, head)));
    return k;
  }

  /** Makes the per-word tables of a clause of `ts`; their arrays are reused from clause to clause (read up to n). */
  start(ts: readonly Token[], classes: WordClasses): void {
    const n = ts.length;
    if (this.edgeMemoUsed) {
      this.edgeMemo.clear();
      this.edgeMemoUsed = false;
    }
    this.ts = ts;
    this.n = n;
    if (this.cls.length < n + 1) {
      const size = Math.max(n + 1, 2 * this.cls.length, 64);
      this.cls = new Int32Array(size);
      this.toCloser = new Int32Array(size);
      this.fromOpener = new Int32Array(size);
      this.w2 = new Int8Array(size);
      this.tid = new Int32Array(size);
      this.cid = new Int32Array(size);
    }
    const cls = this.cls;
    const co = this.co; // read below n only
    const tid = this.tid;
    const cid = this.cid;
    for (let i = 0; i < n; i++) {
      cls[i] = classOf(classes, ts[i].text);
      co[i] = coarse(ts[i].tag);
      const t = tagId(ts[i].tag);
      tid[i] = t;
      cid[i] = t > 0 ? coarseIds[t] : -1;
    }
    const toCloser = this.toCloser;
    toCloser[n] = 99;
    for (let i = n - 1; i >= 0; i--) toCloser[i] = cls[i] & CLOSER ? 0 : toCloser[i + 1] + 1;
    const fromOpener = this.fromOpener;
    for (let i = 0; i < n; i++) fromOpener[i] = cls[i] & OPENER ? 0 : i > 0 ? fromOpener[i - 1] + 1 : 99;
    this.clauseLen = ts[n - 1].end - ts[0].start;
    this.clen = bucket(Math.floor(this.clauseLen / 4));
    const w2 = this.w2;
    // the loop below sets w2[2, n - 2]; the seams read w2[0, n]
    w2[0] = w2[1] = w2[n - 1] = w2[n] = 0;
    for (let i = 2; i + 2 <= n; i++) {
      const a = ts[i - 2];
      const L = ts[i - 1];
      const R = ts[i];
      const b = ts[i + 1];
      const tags = co[i - 2] === co[i] && co[i - 1] === co[i + 1];
      const sameLen = L.end - a.start === b.end - R.start;
      const edge = first(a) === first(R) ? 2 : last(L) === last(b) ? 1 : 0;
      w2[i] = (sameLen ? 1 : 0) + (tags ? 2 : 0) + 4 * edge;
    }
    if (this.items) this.itemEdges = knownItemEdges(this.text, ts, this.items, this.itemEdges);
  }

  /** Whether the words around the seam before word i all have tag ids (ContextSums can sum its groups). */
  tagIds(i: number): boolean {
    const tid = this.tid;
    const cid = this.cid;
    return tid[i - 1] > 0 && tid[i] > 0 && cid[i - 1] > 0 && cid[i] > 0 && (i < 2 || (tid[i - 2] > 0 && cid[i - 2] > 0)) && (i + 1 >= this.n || (tid[i + 1] > 0 && cid[i + 1] > 0));
  }

  /**
   * The features of the seam before word i, into `f`; `sides`: with those of each word alone
   * (SideSums), else without them; `grouped`: without those ContextSums sums (tags, lengths,
   * list-word distances, position), whatever `sides`.
   */
  seam(f: FeatureSink, i: number, sides: boolean, grouped = false): void {
    const { ts, n, cls, co } = this;
    const L = ts[i - 1];
    const R = ts[i];
    const lText = L.text;
    const rText = R.text;
    const lc = last(L);
    const rc = first(R);
    const LL = i >= 2 ? ts[i - 2] : undefined;
    const RR = i + 1 < n ? ts[i + 1] : undefined;
    const tl = L.tag;
    const tr = R.tag;
    const cl = co[i - 1];
    const cr = co[i];
    const ll = LL ? LL.tag : '^';
    const rr = RR ? RR.tag : '$';
    const lenL = DIGITS[len(L)];
    const lenR = DIGITS[len(R)];
    const toCloser = this.toCloser[i];
    const closer = bucket(toCloser);
    const opener = bucket(this.fromOpener[i - 1]);
    if (!grouped) tagFeatures(f, ll, tl, tr, rr, lenL, lenR, cl, cr);
    if (sides) {
      f.c(P['lc:'], lc);
      f.c(P['rc:'], rc);
      f.c(P['lf:'], first(L));
      f.c(P['rl:'], last(R));
    }
    if (!grouped) {
      f.sss(P['clp:'], closer, cl, cr);
      f.sss(P['opp:'], opener, cl, cr);
      f.ss(P['pos:'], bucket(i), bucket(n - i));
      f.s(P['clen:'], this.clen);
    }
    // conjunctions a linear model cannot form by itself
    f.cs(P['lcr:'], lc, cr);
    f.sc(P['rcl:'], cl, rc);
    if (sides) {
      f.sc(P['lrl:'], lenL, lc);
      f.sc(P['rrf:'], lenR, rc);
    }
    // the characters across the seam, and one further in on either side (lexical evidence of a
    // word boundary: 化|绿 is one, 牛|肉 is not); shrinkage (DEFAULT_TRAIN.l2) keeps them general
    f.cc(P['bg:'], lc, rc);
    if (lText.length >= 2) {
      const lc2 = lText.charCodeAt(lText.length - 2);
      if (sides) f.cc(P['l2c:'], lc2, lc);
      f.ccc(P['tg1:'], lc2, lc, rc);
    }
    if (rText.length >= 2) {
      const rc2 = rText.charCodeAt(1);
      if (sides) f.cc(P['r2c:'], rc, rc2);
      f.ccc(P['tg2:'], lc, rc, rc2);
    }
    if (!grouped) f.ssss(P['four:'], LL ? co[i - 2] : '^', cl, cr, RR ? co[i + 1] : '$');
    if (toCloser < 99) f.ss(P['clw:'], ts[i + toCloser].text, closer);
    // how many words of the clause (two characters or more) end with the character both words
    // end with (科技创新产业创新制度创新: 新 ×3), or start with the one both start with; counted
    // when asked (both words share an edge: rare)
    const tailRun = lText.length >= 2 && rText.length >= 2 && lc === last(R) ? this.edges(lc, false) : 0;
    if (tailRun >= 2) f.ss(P['tails:'], bucket(tailRun), lenL);
    const headRun = lText.length >= 2 && rText.length >= 2 && first(L) === rc ? this.edges(rc, true) : 0;
    if (headRun >= 2) f.ss(P['heads:'], bucket(headRun), lenL);
    if (sides && cls[i - 1] & KEPT_WORD) f.s(P['wl:'], lText);
    if (sides && cls[i] & KEPT_WORD) f.s(P['wr:'], rText);
    if (LL && cls[i - 2] & KEPT_WORD) f.s(P['wll:'], LL.text);
    if (RR && cls[i + 1] & KEPT_WORD) f.s(P['wrr:'], RR.text);
    const w2 = this.w2;
    if (w2[i]) f.sss(P['nb:'], SHAPES[w2[i]], SHAPES[w2[i - 1]] || '-', SHAPES[w2[i + 1]] || '-');
    // items of several words: the k words before the seam against the k words after it
    let leftStart = L.start;
    let rightEnd = R.end;
    for (let k = 2; k <= 3 && i - k >= 0 && i + k <= n; k++) {
      const a = ts[i - k];
      const b = ts[i + k - 1];
      let tags = true;
      for (let j = 0; j < k; j++) if (co[i - k + j] !== co[i + j]) tags = false;
      const sameLen = L.end - a.start === b.end - R.start;
      const edge = first(a) === rc ? 2 : lc === last(b) ? 1 : 0;
      if (tags || sameLen || edge) f.s(k === 2 ? P['w2:'] : P['w3:'], SHAPES[(sameLen ? 1 : 0) + (tags ? 2 : 0) + 4 * edge]);
      if (tags && (sameLen || edge) && !((cls[i - k] | cls[i + k - 1]) & (CLOSER | OPENER))) {
        leftStart = a.start;
        rightEnd = b.end;
      }
    }
    this.leftStart = leftStart;
    this.rightEnd = rightEnd;
    const itemEdges = this.itemEdges;
    if (itemEdges) {
      // a known item made of whole words ending (starting) at the seam
      const il = itemEdges[i] & ITEM_ENDS;
      const ir = itemEdges[i] & ITEM_STARTS;
      if (il || ir) {
        const side = il ? (ir ? 'LR' : 'L') : 'R';
        f.s(P['it:'], side);
        f.sss(P['itp:'], side, cl, cr);
      }
    }
    const ev = this.evidence.size ? this.evidence.get(R.start) : undefined;
    if (ev) f.s(P['ev:'], ev);
    if (this.stripped) {
      // a document stripped of every mark but ，and 。 (strippedDocument): its long mark-free runs
      // hold seams where “”《》：； or a line break stood, which a 、-only copy never shows
      if (!grouped) f.f0(P['sb']);
      f.s(P['scl:'], charBucket(this.clauseLen));
      f.ss(P['sse:'], charBucket(L.end - ts[0].start), charBucket(ts[n - 1].end - R.start));
      if (!grouped) {
        f.ss(P['st:'], cl, cr);
        f.ssss(P['stl:'], tl, tr, lenL, lenR);
      }
    }
  }
}

/** The features of the tags and lengths of the words around a seam (`ll`/`rr`: ^ and $ at the clause's edges). */
function tagFeatures(f: FeatureSink, ll: string, tl: string, tr: string, rr: string, lenL: string, lenR: string, cl: string, cr: string): void {
  f.f0(P['bias']);
  f.ss(P['t:'], tl, tr);
  f.ss(P['tll:'], ll, tl);
  f.ss(P['trr:'], tr, rr);
  f.ssss(P['lenp:'], lenL, lenR, cl, cr);
  f.ssss(P['tpl:'], tl, tr, lenL, lenR);
  f.sss(P['tri:'], ll, tl, tr);
  f.sss(P['tri2:'], tl, tr, rr);
}

/**
 * Small ids of the tags (and coarse tags) seen, 1 to MAX_TAG_ID, for ContextSums' keys; -1 once
 * that many are taken (jieba has about sixty: never in practice), and such seams are not grouped.
 */
const tagIds = new Map<string, number>();
const MAX_TAG_ID = 63;
function tagId(tag: string): number {
  const id = tagIds.get(tag);
  if (id !== undefined) return id;
  if (tagIds.size >= MAX_TAG_ID) return -1;
  const t = tagIds.size + 1;
  tagIds.set(tag, t);
  // the coarse tag's id, once per tag (-1 when none is left)
  coarseIds[t] = tagId(coarse(tag));
  return t;
}
/** The id of each tag id's coarse tag. */
const coarseIds = new Int32Array(MAX_TAG_ID + 1);

/** Bucket numbers of `bucket`'s strings, for keys (its argument is a non-negative integer here). */
const bucketIndex = (n: number): number => (n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : 6);

/**
 * A direct-mapped cache of integer sums by non-negative integer key: key and sum side by side in
 * one Int32Array, so that a lookup reads one cache line.
 */
class SumCache {
  private readonly cells: Int32Array;
  private readonly mask: number;
  constructor(bits: number) {
    this.cells = new Int32Array(2 << bits).fill(-1);
    this.mask = (1 << bits) - 1;
  }
  /** The cell of `key` (an even index; its sum is at +1), whether or not it holds the key. */
  cell(key: number): number {
    const h = Math.imul(key, 0x9e3779b1);
    return ((h ^ (h >>> 15)) & this.mask) << 1;
  }
  holds(cell: number, key: number): boolean {
    return this.cells[cell] === key;
  }
  sum(cell: number): number {
    return this.cells[cell + 1];
  }
  put(cell: number, key: number, sum: number): number {
    this.cells[cell] = key;
    this.cells[cell + 1] = sum;
    return sum;
  }
}

/**
 * The features of a seam that depend only on the tags and lengths of the words around it, on the
 * distances to list words, and on its place in the clause, summed per combination in small caches:
 * the same integer sums as adding them feature by feature, with a few reads of small tables
 * instead of a dozen reads of the weight table (1 MB), whose cache misses were most of the
 * rule's time. The groups are kept small enough that the combinations a document has (a few
 * thousand each) fit their caches.
 */
class ContextSums {
  /** bias t: lenp: tpl: (and sb st: stl: in a stripped document), by the two words' tags and lengths. */
  private pair = new SumCache(13);
  /** tll: tri:, by the tags of the three words ending at the seam's right word. */
  private before = new SumCache(13);
  /** trr: tri2:, by the tags of the three words starting at the seam's left word. */
  private after = new SumCache(13);
  /** four:, by the coarse tags of the four words around the seam. */
  private four = new SumCache(14);
  /** clp: opp:, by the list-word distances and the two words' coarse tags. */
  private list = new SumCache(12);
  /** pos: clen:, by bucketIndex(i), bucketIndex(n - i) and the clause length's: 7 × 7 × 7, NaN until summed. */
  private place = new Float64Array(7 * 7 * 7).fill(NaN);
  private scratch = new FeatureSink(false);
  constructor(private readonly weights: ThousandthsTable) {}

  /** Σ of the grouped features of the seam before word i of the clause `c` holds (c.tagIds(i)). */
  sum(c: ClauseFeatures, i: number): number {
    const { ts, n, tid, cid, co } = c;
    const L = ts[i - 1];
    const R = ts[i];
    const lenL = len(L);
    const lenR = len(R);
    const f = this.scratch;
    // tag ids: 1-63, 0 for no word (^ and $)
    const tl = tid[i - 1];
    const tr = tid[i];
    const ll = i >= 2 ? tid[i - 2] : 0;
    const rr = i + 1 < n ? tid[i + 1] : 0;
    let z = 0;
    const pairKey = (((tl * 64 + tr) * 8 + lenL) * 8 + lenR) * 2 + (c.stripped ? 1 : 0);
    let cell = this.pair.cell(pairKey);
    if (this.pair.holds(cell, pairKey)) z += this.pair.sum(cell);
    else {
      f.reset();
      const lenLs = DIGITS[lenL];
      const lenRs = DIGITS[lenR];
      f.f0(P['bias']);
      f.ss(P['t:'], L.tag, R.tag);
      f.ssss(P['lenp:'], lenLs, lenRs, co[i - 1], co[i]);
      f.ssss(P['tpl:'], L.tag, R.tag, lenLs, lenRs);
      if (c.stripped) {
        f.f0(P['sb']);
        f.ss(P['st:'], co[i - 1], co[i]);
        f.ssss(P['stl:'], L.tag, R.tag, lenLs, lenRs);
      }
      z += this.pair.put(cell, pairKey, f.sum(this.weights));
    }
    const beforeKey = (ll * 64 + tl) * 64 + tr;
    cell = this.before.cell(beforeKey);
    if (this.before.holds(cell, beforeKey)) z += this.before.sum(cell);
    else {
      f.reset();
      const llTag = i >= 2 ? ts[i - 2].tag : '^';
      f.ss(P['tll:'], llTag, L.tag);
      f.sss(P['tri:'], llTag, L.tag, R.tag);
      z += this.before.put(cell, beforeKey, f.sum(this.weights));
    }
    const afterKey = (tl * 64 + tr) * 64 + rr;
    cell = this.after.cell(afterKey);
    if (this.after.holds(cell, afterKey)) z += this.after.sum(cell);
    else {
      f.reset();
      const rrTag = i + 1 < n ? ts[i + 1].tag : '$';
      f.ss(P['trr:'], R.tag, rrTag);
      f.sss(P['tri2:'], L.tag, R.tag, rrTag);
      z += this.after.put(cell, afterKey, f.sum(this.weights));
    }
    const fourKey = (((i >= 2 ? cid[i - 2] : 0) * 64 + cid[i - 1]) * 64 + cid[i]) * 64 + (i + 1 < n ? cid[i + 1] : 0);
    cell = this.four.cell(fourKey);
    if (this.four.holds(cell, fourKey)) z += this.four.sum(cell);
    else {
      f.reset();
      f.ssss(P['four:'], i >= 2 ? co[i - 2] : '^', co[i - 1], co[i], i + 1 < n ? co[i + 1] : '$');
      z += this.four.put(cell, fourKey, f.sum(this.weights));
    }
    const toCloser = c.toCloser[i];
    const fromOpener = c.fromOpener[i - 1];
    const listKey = ((bucketIndex(toCloser) * 8 + bucketIndex(fromOpener)) * 64 + cid[i - 1]) * 64 + cid[i];
    cell = this.list.cell(listKey);
    if (this.list.holds(cell, listKey)) z += this.list.sum(cell);
    else {
      f.reset();
      f.sss(P['clp:'], bucket(toCloser), co[i - 1], co[i]);
      f.sss(P['opp:'], bucket(fromOpener), co[i - 1], co[i]);
      z += this.list.put(cell, listKey, f.sum(this.weights));
    }
    const placeKey = (bucketIndex(i) * 7 + bucketIndex(n - i)) * 7 + bucketIndex(Math.floor(c.clauseLen / 4));
    let place = this.place[placeKey];
    if (place !== place) {
      f.reset();
      f.ss(P['pos:'], bucket(i), bucket(n - i));
      f.s(P['clen:'], c.clen);
      this.place[placeKey] = place = f.sum(this.weights);
    }
    return z + place;
  }
}

/**
 * The features of a seam that depend on one of its words alone (lc lf lrl l2c wl of the word
 * before it, rc rl rrf r2c wr of the word after it), summed per word and kept in two
 * direct-mapped caches (by the word's text and length): the same integer sums as adding them
 * seam by seam. One per weight table and word lists.
 */
class SideSums {
  private leftWords: string[] = new Array<string>(SLOTS).fill('');
  private leftLens = new Int8Array(SLOTS);
  private leftSums = new Int32Array(SLOTS);
  private rightWords: string[] = new Array<string>(SLOTS).fill('');
  private rightLens = new Int8Array(SLOTS);
  private rightSums = new Int32Array(SLOTS);
  private scratch = new FeatureSink(false);
  private contextSums: ContextSums;
  constructor(
    private readonly weights: ThousandthsTable,
    readonly classes: WordClasses,
  ) {
    this.contextSums = new ContextSums(weights);
  }

  /** Σ of the seam's features that ContextSums groups. */
  context(c: ClauseFeatures, i: number): number {
    return this.contextSums.sum(c, i);
  }

  /** Σ of the features of the word before a seam alone (`cls`: its bits). */
  left(t: Token, cls: number): number {
    const w = t.text;
    const l = len(t) + 1;
    const slot = slotOf(w);
    if (this.leftLens[slot] === l && this.leftWords[slot] === w) return this.leftSums[slot];
    const f = this.scratch;
    f.reset();
    const lc = last(t);
    const lenL = DIGITS[l - 1];
    f.c(P['lc:'], lc);
    f.c(P['lf:'], first(t));
    f.sc(P['lrl:'], lenL, lc);
    if (w.length >= 2) f.cc(P['l2c:'], w.charCodeAt(w.length - 2), lc);
    if (cls & KEPT_WORD) f.s(P['wl:'], w);
    const z = f.sum(this.weights);
    this.leftWords[slot] = w;
    this.leftLens[slot] = l;
    this.leftSums[slot] = z;
    return z;
  }

  /** Σ of the features of the word after a seam alone (`cls`: its bits). */
  right(t: Token, cls: number): number {
    const w = t.text;
    const l = len(t) + 1;
    const slot = slotOf(w);
    if (this.rightLens[slot] === l && this.rightWords[slot] === w) return this.rightSums[slot];
    const f = this.scratch;
    f.reset();
    const rc = first(t);
    const lenR = DIGITS[l - 1];
    f.c(P['rc:'], rc);
    f.c(P['rl:'], last(t));
    f.sc(P['rrf:'], lenR, rc);
    if (w.length >= 2) f.cc(P['r2c:'], rc, w.charCodeAt(1));
    if (cls & KEPT_WORD) f.s(P['wr:'], w);
    const z = f.sum(this.weights);
    this.rightWords[slot] = w;
    this.rightLens[slot] = l;
    this.rightSums[slot] = z;
    return z;
  }
}

/** Slots of the per-word caches (classOf, SideSums). */
const SLOTS = 1 << 14;

/** A (non-empty) word's slot in the per-word caches: a hash of its length and first and last units. */
function slotOf(w: string): number {
  const h = Math.imul(Math.imul(w.charCodeAt(0), 0x9e3779b1) ^ (w.charCodeAt(w.length - 1) + (w.length << 16)), 0x85ebca6b);
  return (h ^ (h >>> 15)) & (SLOTS - 1);
}

const sideSumsOf = new WeakMap<ThousandthsTable, SideSums>();

function sideSums(weights: ThousandthsTable, classes: WordClasses): SideSums {
  let s = sideSumsOf.get(weights);
  if (!s || s.classes !== classes) sideSumsOf.set(weights, (s = new SideSums(weights, classes)));
  return s;
}

const NO_EVIDENCE: ReadonlyMap<number, string> = new Map();

/** How many words of two characters or more end (start) with the code unit `c`. */
function edgeCount(ts: readonly Token[], c: number, head: boolean): number {
  let k = 0;
  for (const t of ts) if (t.text.length >= 2 && (head ? first(t) : last(t)) === c) k++;
  return k;
}

const ITEM_ENDS = 1;
const ITEM_STARTS = 2;

/**
 * For each word boundary of a clause (k: before ts[k]), whether a known list item made of whole
 * words of 2 to 6 code units ends there (ITEM_ENDS) or starts there (ITEM_STARTS). Each run of
 * words is hashed once, from its first word on (FNV-1a is extended a unit at a time), instead of
 * once for the seam it ends at and again for the seam it starts at.
 */
function knownItemEdges(text: string, ts: readonly Token[], items: ItemTable, reuse?: Uint8Array): Uint8Array {
  const n = ts.length;
  const out = reuse && reuse.length > n ? reuse : new Uint8Array(Math.max(n + 1, 64));
  out.fill(0, 0, n + 1);
  for (let s = 0; s < n; s++) {
    const start = ts[s].start;
    let h = FNV_OFFSET;
    let at = start;
    for (let e = s; e < n && ts[e].end - start <= 6; e++) {
      for (const end = ts[e].end; at < end; at++) h = Math.imul(h ^ text.charCodeAt(at), FNV_PRIME);
      if (at - start >= 2 && items.has(h & 0x3fffffff)) {
        out[s] |= ITEM_STARTS;
        out[e + 1] |= ITEM_ENDS;
      }
    }
  }
  return out;
}

/**
 * The known items' keys (itemKey: 30-bit) in an open-addressing table of Int32 slots (key + 1;
 * 0 is empty): exact membership, as the Set's, in 32 KB that stay in the CPU caches.
 */
class ItemTable {
  private slots: Int32Array;
  private shift: number;
  readonly size: number;
  constructor(keys: ReadonlySet<number>) {
    this.size = keys.size;
    let bits = 4;
    while (1 << bits < keys.size * 4) bits++;
    this.shift = 32 - bits;
    this.slots = new Int32Array(1 << bits);
    const mask = (1 << bits) - 1;
    // a key outside 30 bits can never equal a masked hash: left out
    for (const k of keys) {
      if (!Number.isInteger(k) || k < 0 || k > 0x3fffffff) continue;
      let i = Math.imul(k, 0x9e3779b1) >>> this.shift;
      while (this.slots[i] !== 0 && this.slots[i] !== k + 1) i = (i + 1) & mask;
      this.slots[i] = k + 1;
    }
  }
  has(k: number): boolean {
    const mask = this.slots.length - 1;
    for (let i = Math.imul(k, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const v = this.slots[i];
      if (v === 0) return false;
      if (v === k + 1) return true;
    }
  }
}

const itemTables = new WeakMap<ReadonlySet<number>, ItemTable>();

function itemTableOf(items: ReadonlySet<number>): ItemTable {
  let t = itemTables.get(items);
  if (!t || t.size !== items.size) itemTables.set(items, (t = new ItemTable(items)));
  return t;
}

/** extractSeams' sink (when no names are asked for) and per-clause tables, shared by all calls. */
const sinkScratch = new FeatureSink(false);
const clauseScratch = new ClauseFeatures();
